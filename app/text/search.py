"""Finding a person by name, however the name is typed.

A worker looking for ``Nguyễn Thị Hương`` may type ``nguyen huong``; for ``สมชาย ใจดี``, ``สมชาย``,
``ใจดี`` or ``somchai``; for ``សុខា``, ``Sokha``; for ``李明``, ``明`` or ``liming``; for
``အေးအေးမွန်``, the same name typed in Zawgyi, or ``aye mon``. The rules:

- Every name is cut into **index terms** once (:func:`search_keys`), and the case list stores them
  with the case. A query is cut the same way (:func:`parse_query`) and matches when **every query
  term is a prefix of some index term** of the name, in any order.
- Index terms of a name: each whitespace-separated part and each word of it (ICU word segmentation,
  for Thai, Lao, Khmer, Burmese and Chinese), and each Chinese character alone; each of these
  folded (NFKC, case-folded, digits in ASCII, accents off Latin letters, so ``Hương`` is also
  ``huong``); the romanisation of each (see ``romanize.py``, so ``สมชาย`` is also ``smchay``); and
  a **loose key** of each romanisation, marked with :data:`LOOSE`.
- The loose key is a consonant skeleton (``somchai`` and ``smchay`` both give ``smc``): vowels,
  ``h``, ``w`` and ``y`` dropped after the first letter, voiced and unvoiced pairs merged (b/p,
  d/t, g/k, j/ch, z/s, v/w, f/p), ``r`` merged with ``l``, doubled letters written once. It is
  what lets a Latin spelling find a name in another script, since no two people romanise a name
  alike. It is used only for query terms typed in Latin letters, of three letters or more whose
  skeleton keeps at least two letters (``zzzz`` is ``s``: it would find every S name), and a
  loose match ranks below an exact one.
- Burmese in Zawgyi: a query is matched in its typed form and in its Unicode conversion; a name
  that is likely Zawgyi (which stored text should never be) is indexed in both.

:class:`NameIndex` keeps the terms of many cases sorted, so a query costs a few binary searches
instead of a scan of every case.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Collection, Hashable, Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from app.text.digits import fold_digits
from app.text.romanize import romanizations
from app.text.segment import script_of, words
from app.text.zawgyi import LIKELY_ZAWGYI, has_myanmar, zawgyi_probability, zawgyi_to_unicode

LOOSE = "\u0001"  # prefix of loose keys; cannot be typed, so never confused with a real term
LOOSE_MIN_LETTERS = 3
# A skeleton of one letter ("zzzz" -> "s", "aye" -> "a") as a prefix would find every name
# starting with it: such a skeleton must equal the name's ("aye" finds "Aye", not "Aung Min").
LOOSE_MIN_SKELETON = 2
WHOLE = "\u0002"  # ends a query form that must equal a term, not be a prefix of one

# Match ranks: what the case list sorts results by.
NO_MATCH = 0
LOOSE_MATCH = 1
EXACT_MATCH = 2

_PARTS = re.compile(r"[\s\u200b,;:/()\[\]\".·–—_]+")
_JOINERS = re.compile(r"['’\-]+")  # inside a name part: O'Brien, Jean-Pierre


def fold(text: str) -> str:
    """The form terms are compared in: NFKC, case-folded, ASCII digits, Latin accents removed
    (marks on other scripts are letters of the word and stay)."""
    text = fold_digits(unicodedata.normalize("NFKC", text)).casefold()
    decomposed = unicodedata.normalize("NFD", text)
    out: list[str] = []
    base = ""
    for ch in decomposed:
        if unicodedata.combining(ch) and script_of(base) == "latin":
            continue
        if not unicodedata.combining(ch):
            base = ch
        out.append(ch)
    folded = unicodedata.normalize("NFC", "".join(out))
    return folded.replace("đ", "d").replace("ł", "l").replace("ø", "o")


_DIGRAPHS = (
    ("ng", "n"),
    ("ny", "n"),
    ("nh", "n"),
    ("gn", "n"),
    ("ph", "p"),
    ("th", "t"),
    ("kh", "k"),
    ("ch", "c"),
    ("sh", "s"),
    ("hs", "s"),
    ("ts", "s"),
)
_MERGE = str.maketrans("bdgjzxqrvf", "ptkcssklwp")


def loose_key(latin: str) -> str:
    """The consonant skeleton of a Latin spelling (``"Somchai"`` -> ``"smc"``); "" if none."""
    letters = [ch for ch in latin.casefold() if "a" <= ch <= "z"]
    # Written double letters are one sound (Vutthy, Vuthy); merged letters below stay distinct
    # sounds (Thida is t-d, not t).
    s = "".join(ch for i, ch in enumerate(letters) if i == 0 or ch != letters[i - 1])
    if not s:
        return ""
    if s[0] == "h" and len(s) > 1 and s[1] not in "aeiouy":
        s = s[1:]  # aspiration written first (Burmese "hk", "ht", "hp")
    for digraph, single in _DIGRAPHS:
        s = s.replace(digraph, single)
    s = s.translate(_MERGE)
    first = "a" if s[0] in "aeiouy" else s[0]
    return first + "".join(ch for ch in s[1:] if ch not in "aeiouyhw")


def _unicode_readings(text: str, *, query: bool) -> list[str]:
    """``text`` and, for Burmese, its Zawgyi-to-Unicode conversion: always for a query (a wrong
    reading only adds results), for a stored name only when it is likely Zawgyi."""
    if not has_myanmar(text):
        return [text]
    if not query and zawgyi_probability(text) < LIKELY_ZAWGYI:
        return [text]
    converted = zawgyi_to_unicode(text)
    return [text] if converted == text else [text, converted]


def _pieces(part: str) -> list[str]:
    """A name part, its pieces around apostrophes and hyphens, its words, and each Chinese
    character alone."""
    pieces = [part]
    joined = [p for p in _JOINERS.split(part) if p]
    if len(joined) > 1:
        pieces.extend(joined)
    segmented = words(part)
    if len(segmented) > 1:
        pieces.extend(segmented)
    pieces.extend(ch for ch in part if script_of(ch) == "han")
    return pieces


def _spellings(piece: str) -> set[str]:
    """The folded piece and its romanisations (each also without its internal spaces)."""
    out = {fold(piece)}
    for latin in romanizations(piece):
        out.add(latin.replace(" ", ""))
        out.update(latin.split())
    return {s for s in out if s}


@functools.lru_cache(maxsize=4096)
def search_keys(name: str) -> frozenset[str]:
    """The index terms of ``name`` (see the module docstring). Store them with the case; they are
    plain strings, fine in JSON or a side table. Remembered for the last few thousand names: a
    case's terms are recomputed on every event (a follow-up), its names seldom change."""
    keys: set[str] = set()
    for reading in _unicode_readings(name, query=False):
        for part in _PARTS.split(unicodedata.normalize("NFC", reading)):
            if part:
                keys |= _part_keys(part)
    return frozenset(keys)


@functools.lru_cache(maxsize=16384)
def _part_keys(part: str) -> frozenset[str]:
    """The index terms of one name part (a whitespace-separated word of a name). Remembered per
    part, not only per whole name: whole names are mostly distinct, but their parts repeat (the
    same given and family names come back again and again, Nguyen, Sokha, Somchai, Aye), so a
    pull of thousands of new cases romanises each distinct part once."""
    keys: set[str] = set()
    for piece in _pieces(part):
        for spelling in _spellings(piece):
            keys.add(spelling)
            if spelling.isascii():
                loose = loose_key(spelling)
                if loose:
                    keys.add(LOOSE + loose)
    return frozenset(keys)


@dataclass(frozen=True)
class QueryTerm:
    """One typed word: the forms it matches exactly, and its loose keys (may be empty)."""

    text: str
    exact: frozenset[str]
    loose: frozenset[str]


@dataclass(frozen=True)
class Query:
    """A parsed query: every term must match. Build it once per keystroke, match it many times."""

    text: str
    terms: tuple[QueryTerm, ...]


def parse_query(text: str) -> Query:
    """Cut a typed query into terms (see the module docstring)."""
    terms: list[QueryTerm] = []
    readings = _unicode_readings(unicodedata.normalize("NFC", text), query=True)
    parts_per_reading = [[p for p in _PARTS.split(r) if p] for r in readings]
    for index, part in enumerate(parts_per_reading[0]):
        alternatives = [part]
        for other in parts_per_reading[1:]:
            if index < len(other):
                alternatives.append(other[index])
        exact: set[str] = set()
        loose: set[str] = set()
        for alt in alternatives:
            for spelling in _spellings(alt):
                exact.add(spelling)
                letters = sum(ch.isalpha() for ch in spelling)
                typed_latin = fold(alt).isascii()
                if typed_latin and spelling.isascii() and letters >= LOOSE_MIN_LETTERS:
                    key = loose_key(spelling)
                    if len(key) >= LOOSE_MIN_SKELETON:
                        loose.add(LOOSE + key)
                    elif key:
                        loose.add(LOOSE + key + WHOLE)
        terms.append(QueryTerm(part, frozenset(exact), frozenset(loose)))
    return Query(text, tuple(terms))


def term_range(form: str) -> tuple[str, str]:
    """The terms a query form finds, as the half-open range ``[low, high)``: every term it is a
    prefix of, or (a form ending in :data:`WHOLE`) that one term alone."""
    if form.endswith(WHOLE):
        whole = form[:-1]
        return whole, whole + "\x00"
    return form, form + "\U0010ffff"


def _found_by(form: str, key: str) -> bool:
    low, high = term_range(form)
    return low <= key < high


def _term_rank(term: QueryTerm, keys: Collection[str]) -> int:
    if any(_found_by(form, key) for form in term.exact for key in keys):
        return EXACT_MATCH
    if any(_found_by(form, key) for form in term.loose for key in keys):
        return LOOSE_MATCH
    return NO_MATCH


def match_rank(query: Query | str, keys: Collection[str]) -> int:
    """EXACT_MATCH if every term matches a key exactly (as a prefix), LOOSE_MATCH if every term
    matches but some only loosely, NO_MATCH otherwise. An empty query matches everything."""
    parsed = parse_query(query) if isinstance(query, str) else query
    rank = EXACT_MATCH
    for term in parsed.terms:
        rank = min(rank, _term_rank(term, keys))
        if rank == NO_MATCH:
            break
    return rank


def matches(query: Query | str, keys: Collection[str]) -> bool:
    """True if the name with these :func:`search_keys` is found by ``query``."""
    return match_rank(query, keys) != NO_MATCH


K = TypeVar("K", bound=Hashable)


class NameIndex(Generic[K]):
    """Search keys of many records (cases, people), kept sorted for prefix search.

    ``index.add(case_id, "สมชาย ใจดี")`` or ``index.add_keys(case_id, stored_keys)``;
    ``index.search("somchai")`` returns the ids, exact matches first. Not thread-safe.
    """

    def __init__(self) -> None:
        self._entries: list[tuple[str, K]] = []
        self._sorted = True
        self._keys: dict[K, frozenset[str]] = {}

    def __len__(self) -> int:
        return len(self._keys)

    def add(self, record: K, name: str) -> None:
        self.add_keys(record, search_keys(name))

    def add_keys(self, record: K, keys: Iterable[str]) -> None:
        if record in self._keys:
            self.remove(record)
        frozen = frozenset(keys)
        self._keys[record] = frozen
        self._entries.extend((key, record) for key in frozen)
        self._sorted = False

    def remove(self, record: K) -> None:
        keys = self._keys.pop(record, None)
        if keys is not None:
            self._entries = [entry for entry in self._entries if entry[1] != record]

    def _with_prefix(self, prefix: str) -> set[K]:
        if not self._sorted:
            self._entries.sort(key=lambda entry: entry[0])
            self._sorted = True
        found: set[K] = set()
        low, high = term_range(prefix)
        start = bisect.bisect_left(self._entries, low, key=lambda entry: entry[0])
        for key, record in self._entries[start:]:
            if key >= high:
                break
            found.add(record)
        return found

    def search(self, query: Query | str) -> list[K]:
        """Ids of the records ``query`` finds: exact matches, then loose ones (each group in
        insertion order; sort by name with ``collation.sort_key`` for display)."""
        parsed = parse_query(query) if isinstance(query, str) else query
        if not parsed.terms:
            return list(self._keys)
        exact: set[K] | None = None
        either: set[K] | None = None
        for term in parsed.terms:
            term_exact: set[K] = set()
            for form in term.exact:
                term_exact |= self._with_prefix(form)
            term_either = set(term_exact)
            for form in term.loose:
                term_either |= self._with_prefix(form)
            exact = term_exact if exact is None else exact & term_exact
            either = term_either if either is None else either & term_either
        assert exact is not None and either is not None
        return [r for r in self._keys if r in exact] + [
            r for r in self._keys if r in either and r not in exact
        ]
