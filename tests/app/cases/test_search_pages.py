"""The case list and search read one page at a time (keyset, ranked and limited in SQL): the
results and their order are what ranking every match gave, in every script, the first letter
included, whichever way the page is found (through a rare term, or walking the name index)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from app.cases import case_list
from app.cases.book import CaseBook, Cursor
from app.cases.events import CaseEvent
from app.cases.hlc import HybridClock
from app.interviews.demo_people import PEOPLE
from app.text.search import NO_MATCH, match_rank, parse_query
from app.workspace.ids import new_id
from app.workspace.session import Session
from app.workspace.store import cache_kib

QUERIES = [
    "s",  # first letters, in each script
    "ស",
    "李",
    "ส",
    "ບ",
    "မ",
    "n",
    "明",
    "sokha",
    "somchai",
    "nguyen huong",
    "aye",
    "li ming",
    "zzzz",
    "ลำดวน",
]


def _people(book: CaseBook, count: int, seed: int = 7) -> list[str]:
    rnd = random.Random(seed)
    clock = HybridClock("testlaptop", physical_ms=lambda: 1_780_000_000_000)
    events, ids = [], []
    for _ in range(count):
        country = rnd.choice(list(PEOPLE))
        given, family, _, _ = PEOPLE[country]
        first, latin = rnd.choice(given)
        last, last_latin = rnd.choice(family)
        props = {
            "prs_First_Name": f"{first} {last}".strip(),
            "prs_Name_Latin": f"{latin} {last_latin}".strip(),
            "prs_Citizenship": country,
        }
        if rnd.random() < 0.2:
            props["return_date"] = "2026-10-01"
        case_id = new_id()
        ids.append(case_id)
        payload = {"form_id": "intake", "properties": props, "team": "bangkok"}
        events.append(
            CaseEvent(new_id(), case_id, "create", payload, "t", clock.device, clock.now(), ())
        )
    book.ingest(events)
    return ids


def _everything_ranked(book: CaseBook, query: str, citizenship: str | None = None) -> list[str]:
    """What the list showed before: every case ranked against the query, then by name."""
    terms: dict[str, set[str]] = {}
    for term, case_id in book.store.query("SELECT term, case_id FROM case_terms"):
        terms.setdefault(case_id, set()).add(term)
    parsed = parse_query(query)
    found = []
    for case_id, sort_key, country in book.store.query(
        "SELECT case_id, sort_key, citizenship FROM cases"
    ):
        rank = match_rank(parsed, terms.get(case_id, set()))
        if rank != NO_MATCH and citizenship in (None, country):
            found.append((-rank, sort_key, case_id))
    return [case_id for *_, case_id in sorted(found)]


def _all_pages(book: CaseBook, limit: int, **filters: str) -> tuple[list[str], list[int]]:
    ids: list[str] = []
    totals: list[int] = []
    after: Cursor | None = None
    while True:
        page = book.list_cases(after=after, limit=limit, **filters)
        ids += [r.case_id for r in page.rows]
        totals.append(page.total)
        if page.after is None:
            return ids, totals
        after = page.after


@pytest.mark.parametrize(
    ("dense", "gather", "order_entries"),
    [
        (case_list.DENSE, case_list.GATHER, True),
        (4, case_list.GATHER, True),
        (4, 1, True),
        (4, case_list.GATHER, False),
    ],
    ids=[
        "read-rare-terms",
        "walk-name-order-entries",
        "walk-seeking-each-case",
        "walk-names-older-workspace",
    ],
)
def test_search_pages_rank_as_before_in_every_script(
    session: Session,
    dense: int,
    gather: int,
    order_entries: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(case_list, "DENSE", dense)
    monkeypatch.setattr(case_list, "GATHER", gather)  # 1: no term's cases gathered in a set
    book = CaseBook(session)
    _people(book, 240)
    if not order_entries:  # a workspace from before them: the name index is walked instead
        book.store.execute("DELETE FROM case_order")
    for query in QUERIES:
        expected = _everything_ranked(book, query)
        ids, totals = _all_pages(book, 9, query=query)
        assert ids == expected, query
        assert totals[0] == len(expected), query
        first = book.list_cases(query=query, limit=9)
        assert [r.case_id for r in first.rows] == expected[:9], query
    khmer = _everything_ranked(book, "ស", citizenship="KH")
    assert khmer and _all_pages(book, 5, query="ស", citizenship="KH")[0] == khmer
    assert _all_pages(book, 5, query="ស", citizenship="CN")[0] == []


def test_a_search_with_very_many_matches_says_at_least(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(case_list, "DENSE", 4)
    monkeypatch.setattr(case_list, "COUNT_LIMIT", 20)
    book = CaseBook(session)
    _people(book, 120)
    many = book.list_cases(query="s", limit=5)
    assert many.total == 20 and not many.total_exact
    few = book.list_cases(query="sokha", limit=5)
    assert few.total_exact and few.total == len(_everything_ranked(book, "sokha"))
    monkeypatch.setattr(case_list, "COUNT_BUDGET", 4)  # too many to count: "at least a page"
    many = book.list_cases(query="s", limit=5)
    assert many.total == 5 and not many.total_exact


@pytest.mark.parametrize("due", [None, "any"])
def test_keyset_pages_show_every_case_once_while_cases_are_added(
    session: Session, due: str | None
) -> None:
    book = CaseBook(session)
    before = _people(book, 60)
    if due:
        before = [r.case_id for r in book.list_cases(due=due, limit=1000).rows]
        assert before
    seen: list[str] = []
    after: Cursor | None = None
    added = 0
    while True:
        page = book.list_cases(after=after, limit=7, due=due)
        seen += [r.case_id for r in page.rows]
        if page.after is None:
            break
        after = page.after
        _people(book, 3, seed=100 + added)  # names anywhere in the order, before and after
        added += 1
    assert added > 3
    assert len(seen) == len(set(seen))  # nobody twice
    assert set(before) <= set(seen)  # nobody who was there skipped


def test_the_page_cache_grows_with_the_workspace(tmp_path: Path) -> None:
    small, big = tmp_path / "small.db", tmp_path / "big.db"
    small.write_bytes(b"x" * 4096)
    with big.open("wb") as out:  # sparse: no disk used
        out.truncate(1 << 30)
    assert cache_kib(small) == 8 * 1024  # SQLite's default
    assert cache_kib(big) == 64 * 1024  # the most it takes
    assert cache_kib(tmp_path / "new.db") == 8 * 1024
    with small.open("r+b") as out:
        out.truncate(40 << 20)
    assert cache_kib(small) == 20 * 1024  # half the database
