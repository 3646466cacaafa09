"""Name-order entries of one letter (issue 21): a case writes its terms' first letters only, a
query of two letters or more walks its first letter's entries checked against the terms, and
finds the same cases in the same order as before, when the entries had two letters. Migration
0026 leaves an older workspace's entries exactly as the new code writes them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from app.cases import case_list, name_order
from app.cases.book import CaseBook
from app.text.search import LOOSE, WHOLE
from app.workspace.migrations.cases import case_order_one_letter
from app.workspace.session import Session
from tests.app.cases.test_search_pages import _all_pages, _everything_ranked, _people

# Two letters in each script (李明: the first syllable, then both), loose keys of two letters
# ("som" -> marker "sm") and of one ("aye" -> marker "a" that must equal a term), two words.
QUERIES = ["so", "ng", "សុ", "มา", "ບຸ", "အေ", "李", "李明", "som", "bun", "ming", "aye", "ng hu"]


@contextmanager
def two_letters(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The name-order entries as they were before migration 0026: prefixes of one and two letters."""
    with monkeypatch.context() as patch:
        patch.setattr(name_order, "ORDER_PREFIX", 2)
        patch.setattr(name_order, "_LENGTHS", (range(1, 3), range(2, 4)))
        yield


def _prefixes(book: CaseBook) -> set[str]:
    return {
        str(r[0]).split("\x00")[0][1:] for r in book.store.query("SELECT entry FROM case_order")
    }


def _entries(book: CaseBook) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in book.store.query("SELECT * FROM case_order ORDER BY 1, 2")]


@pytest.mark.parametrize("dense", [case_list.DENSE, 4], ids=["as-shipped", "walk-every-form"])
def test_two_letter_searches_find_what_they_found_with_two_letter_entries(
    session: Session,
    new_workspace: tuple[Session, str],
    dense: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(case_list, "DENSE", dense)  # 4: every form's prefix walked, none read
    book = CaseBook(session)
    _people(book, 300)
    assert all(
        len(p) == 1 or (p[0] == LOOSE and (len(p) == 2 or p[2:] == WHOLE)) for p in _prefixes(book)
    )
    before = {}
    with two_letters(monkeypatch):
        book.rebuild()  # the same cases, their entries as the code before wrote them
        assert any(len(p) == 2 and p[0] != LOOSE for p in _prefixes(book))
        for query in QUERIES:
            before[query] = _all_pages(book, 9, query=query)[0]
    book.rebuild()
    for query in QUERIES:
        expected = _everything_ranked(book, query)
        assert expected, query
        assert before[query] == expected, query
        assert _all_pages(book, 9, query=query)[0] == expected, query
        first = book.list_cases(query=query, limit=9)
        assert [r.case_id for r in first.rows] == expected[:9], query
        assert first.total == len(expected), query
    khmer = _everything_ranked(book, "សុ", citizenship="KH")
    assert khmer and _all_pages(book, 5, query="សុ", citizenship="KH")[0] == khmer


def test_migration_0026_leaves_the_entries_the_new_code_writes(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    book = CaseBook(session)
    _people(book, 300)
    written = _entries(book)
    with two_letters(monkeypatch):
        book.rebuild()
    older = _entries(book)
    assert len(older) > 1.5 * len(written)  # about 14 a case, now 7
    with book.store.atomic():
        case_order_one_letter(book.store)
    assert _entries(book) == written
    book.rebuild()
    assert _entries(book) == written
