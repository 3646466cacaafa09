"""Finding people by name however the name is typed: own script, romanised, with or without
Vietnamese accents, in Zawgyi, any case, any order, prefixes while typing."""

from __future__ import annotations

import time

import pytest

from app.text import NameIndex, match_rank, matches, parse_query, search_keys
from app.text.search import EXACT_MATCH, LOOSE, LOOSE_MATCH, NO_MATCH, fold, loose_key

NAMES = {
    "vi": "Nguyễn Thị Hương",
    "vi2": "Đặng Văn Long",
    "th": "สมชาย ใจดี",
    "th2": "ทองใบ มาลี",
    "km": "សុខា ចាន់",
    "km2": "តារា",
    "km3": "វុទ្ធី",
    "lo": "ສົມໃຈ ພອນສະຫວັນ",
    "my": "အေးအေးမွန်",
    "my2": "သီတာ",
    "my3": "ခင်ခင်ဝင်း",
    "zh": "李明",
    "en": "Mary O'Brien",
}


@pytest.fixture(scope="module")
def index() -> NameIndex[str]:
    idx: NameIndex[str] = NameIndex()
    for record, name in NAMES.items():
        idx.add(record, name)
    return idx


@pytest.mark.parametrize(
    "query,found,rank",
    [
        # Vietnamese: with or without diacritics, any case, any order, prefixes
        ("Nguyễn Thị Hương", "vi", EXACT_MATCH),
        ("nguyen huong", "vi", EXACT_MATCH),
        ("HUONG nguyen", "vi", EXACT_MATCH),
        ("Hương", "vi", EXACT_MATCH),
        ("ngu", "vi", EXACT_MATCH),
        ("dang van", "vi2", EXACT_MATCH),
        ("Đặng", "vi2", EXACT_MATCH),
        # Thai: own script, words of an unspaced name, romanised
        ("สมชาย", "th", EXACT_MATCH),
        ("ใจดี", "th", EXACT_MATCH),
        ("สมชายใจดี", "th", EXACT_MATCH),
        ("สม", "th", EXACT_MATCH),
        ("smchay", "th", EXACT_MATCH),  # ICU's Thai-Latin spelling
        ("jaidee", "th", LOOSE_MATCH),  # how people spell it
        ("malee", "th2", LOOSE_MATCH),
        ("thongbai", "th2", LOOSE_MATCH),
        ("thong", "th2", EXACT_MATCH),
        # Khmer
        ("សុខា", "km", EXACT_MATCH),
        ("sokha", "km", EXACT_MATCH),
        ("Sok", "km", EXACT_MATCH),
        ("chan", "km", EXACT_MATCH),
        ("dara", "km2", LOOSE_MATCH),  # ត is "t" in UNGEGN, "d" in usage
        ("vuthy", "km3", LOOSE_MATCH),
        # Lao
        ("ສົມໃຈ", "lo", EXACT_MATCH),
        ("somchai", "lo", EXACT_MATCH),
        ("phonsavanh", "lo", LOOSE_MATCH),
        # Burmese: Unicode, Zawgyi, romanised
        ("အေးအေးမွန်", "my", EXACT_MATCH),
        ("မွန်", "my", EXACT_MATCH),
        ("ေအးေအးမြန္", "my", EXACT_MATCH),  # typed in Zawgyi
        ("မြန္", "my", EXACT_MATCH),  # Zawgyi, one word
        ("aye mon", "my", LOOSE_MATCH),
        ("thida", "my2", LOOSE_MATCH),
        ("khin win", "my3", LOOSE_MATCH),
        # Chinese: characters, one character, pinyin with or without the space
        ("李明", "zh", EXACT_MATCH),
        ("明", "zh", EXACT_MATCH),
        ("liming", "zh", EXACT_MATCH),
        ("li ming", "zh", EXACT_MATCH),
        ("Ming", "zh", EXACT_MATCH),
        # Latin
        ("obrien", "en", EXACT_MATCH),
        ("o'brien mary", "en", EXACT_MATCH),
        ("brien", "en", EXACT_MATCH),
    ],
)
def test_a_person_is_found(index: NameIndex[str], query: str, found: str, rank: int) -> None:
    assert found in index.search(query)
    assert match_rank(query, search_keys(NAMES[found])) == rank
    assert matches(query, search_keys(NAMES[found]))


@pytest.mark.parametrize(
    "query,not_found",
    [
        ("สมชาย", "lo"),  # a Thai query is not matched loosely against a Lao name
        ("明", "my"),
        ("nguyen", "th"),
        ("sokha", "zh"),
        ("huong long", "vi"),  # every term must match
        ("ming li x", "zh"),
        ("xa", "lo"),  # loose keys only from three letters (xa would loosely be "s")
    ],
)
def test_others_are_not(query: str, not_found: str) -> None:
    assert match_rank(query, search_keys(NAMES[not_found])) == NO_MATCH


def test_exact_matches_come_first(index: NameIndex[str]) -> None:
    # somchai: the Lao name's own spelling; the Thai name only loosely (ICU spells it smchay).
    assert index.search("somchai")[:2] == ["lo", "th"]


def test_empty_query_finds_everyone(index: NameIndex[str]) -> None:
    assert set(index.search("")) == set(NAMES)
    assert matches("", search_keys("สมชาย"))


def test_index_add_replace_remove() -> None:
    idx: NameIndex[int] = NameIndex()
    idx.add(1, "สมชาย ใจดี")
    idx.add(2, "Nguyễn Thị Hương")
    assert idx.search("huong") == [2]
    idx.add(2, "Đặng Văn Long")  # renamed
    assert idx.search("huong") == []
    assert idx.search("long") == [2]
    idx.remove(1)
    assert idx.search("สมชาย") == []
    assert len(idx) == 1
    idx.add_keys(3, search_keys("李明"))  # keys stored with the case
    assert idx.search("liming") == [3]


def test_keys_are_plain_strings_with_loose_keys_marked() -> None:
    keys = search_keys("สมชาย ใจดี")
    assert {"สมชาย", "ใจดี", "smchay"} <= keys
    assert LOOSE + "smc" in keys
    assert all(isinstance(k, str) and k for k in keys)


def test_a_stored_zawgyi_name_is_indexed_in_unicode_too() -> None:
    keys = search_keys("ေအးေအးမြန္")
    assert "အေးအေးမွန်" in keys
    assert matches("အေးအေး", keys)


def test_digits_fold_in_names_and_queries() -> None:
    assert matches("12", search_keys("ห้อง ๑๒"))


@pytest.mark.parametrize(
    "text,folded",
    [("Hương", "huong"), ("ĐẶNG", "dang"), ("ＡＢＣ", "abc"), ("สมชาย", "สมชาย"), ("ស៊ុន", "ស៊ុន")],
)
def test_fold_removes_latin_accents_only(text: str, folded: str) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize(
    "a,b",
    [
        ("somchai", "smchay"),
        ("jaidee", "cidi"),
        ("dara", "tara"),
        ("vuthy", "votthei"),
        ("phonsavanh", "phonsavan"),
        ("xaysomboun", "saisomboun"),
        ("khin", "hkain"),
        ("aung", "aaung"),
        ("thida", "tetar"),
    ],
)
def test_loose_keys_meet_across_spellings(a: str, b: str) -> None:
    ka, kb = loose_key(a), loose_key(b)
    assert ka.startswith(kb) or kb.startswith(ka)


def test_query_is_parsed_once_and_reused() -> None:
    query = parse_query("sokha chan")
    assert [t.text for t in query.terms] == ["sokha", "chan"]
    assert matches(query, search_keys("សុខា ចាន់"))


def test_search_is_fast_enough_for_typing() -> None:
    idx: NameIndex[int] = NameIndex()
    base = list(NAMES.values())
    keys = [search_keys(name) for name in base]
    for i in range(5000):
        idx.add_keys(i, keys[i % len(keys)])
    idx.search("x")  # sorts once
    start = time.perf_counter()
    for query in ("somchai", "nguyen h", "សុខា", "li"):
        assert idx.search(query)
    assert time.perf_counter() - start < 0.5


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("zzzz", "Somchai"),  # skeleton "s": a prefix of every S name
        ("zzzz", "สมชาย"),
        ("aye", "Aung Min"),  # skeleton "a"
        ("ooo", "อารีย์"),
    ],
)
def test_a_one_letter_skeleton_does_not_find_every_name_with_that_letter(
    query: str, name: str
) -> None:
    assert not matches(query, search_keys(name))


def test_a_one_letter_skeleton_still_finds_the_name_it_spells(index: NameIndex[str]) -> None:
    assert matches("aye", search_keys("အေး"))  # Burmese "Aye", romanised by ear
    idx: NameIndex[str] = NameIndex()
    idx.add("aye", "အေး")
    idx.add("aung", "Aung Min")
    idx.add("somchai", "สมชาย")
    assert idx.search("aye") == ["aye"]
    assert idx.search("zzzz") == []
