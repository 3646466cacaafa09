"""A batch of events ingested at once (a pulled page) leaves the same case book as the same events
ingested one by one: the same ``cases`` rows, the same search terms, the same search results, on
names in every script the region writes, with renames, follow-ups, concurrent edits, events that
arrive before their case's creation, duplicates and an erased case among them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from app.cases.book import CaseBook
from app.cases.events import CaseEvent
from app.workspace.folder import Workspace
from tests.conftest import CHEAP, PASSWORD

TODAY = date(2026, 11, 28)

NAMES = [
    ("សុខា", "Sokha"),
    ("សុខ ដារា", "Sok Dara"),
    ("ບຸນມີ ແກ້ວ", "Bounmy Keo"),
    ("สมชาย ใจดี", "Somchai Jaidee"),
    ("มาลี", "Malee"),
    ("အေးအေးမွန်", "Aye Aye Mon"),
    ("ေအးေအးမြန္", "Aye Aye Mon"),  # typed in Zawgyi
    ("Nguyễn Thị Hương", "Nguyen Thi Huong"),
    ("李明", "Li Ming"),
    ("王小红", "Wang Xiaohong"),
    ("O'Brien Jean-Pierre", "O'Brien"),
    ("Kyaw Zin", "Kyaw Zin"),
]

QUERIES = [
    "s", "so", "sok", "sokha", "សុ", "សុខា", "dara", "ບຸນ", "bounmy", "keo", "สม", "somchai",
    "ใจดี", "malee", "อ", "aye", "aye mon", "အေး", "ေအး", "nguyen", "huong", "hương", "李", "明",
    "liming", "li ming", "wang", "xiaohong", "obrien", "jean", "kyaw", "k", "zzzz", "ma", "m",
]  # fmt: skip


def _book(folder: Path, name: str) -> CaseBook:
    session, _ = Workspace.create(folder / name, "ana", PASSWORD, cost=CHEAP)
    return CaseBook(session, today=lambda: TODAY)


@pytest.fixture
def books(tmp_path: Path) -> Iterator[tuple[CaseBook, CaseBook, CaseBook, CaseBook]]:
    made = tuple(_book(tmp_path, n) for n in ("source", "other", "batched", "one_by_one"))
    yield made  # type: ignore[misc]
    for book in made:
        book.session.lock()


def _history(source: CaseBook, other: CaseBook) -> list[CaseEvent]:
    """Events of two laptops on the same cases, as a pull would bring them."""
    cases = []
    for index, (native, latin) in enumerate(NAMES):
        props = {"prs_First_Name": native, "prs_Name_Latin": latin, "prs_Citizenship": "KH"}
        if index % 3 == 0:
            props["return_date"] = "2026-10-01"
        cases.append(source.open_case(props, "intake", team="bangkok"))
    source.update(cases[1], {"prs_First_Name": "ដារា"})  # renamed: its terms change
    source.follow_up(cases[2], date(2026, 11, 1), {"visit_note": "well"})
    source.close(cases[3], "closed", "returned home")
    other.ingest(source.events(cases[4]))
    other.update(cases[4], {"prs_Name_Latin": "Mali"})  # concurrent with the next: a conflict
    source.update(cases[4], {"prs_Name_Latin": "Maly"})
    events = [e for case_id in cases for e in source.events(case_id)]
    events += other.events(cases[4])
    return sorted(events, key=lambda e: (e.hlc, e.id))


def _cases(book: CaseBook) -> list[tuple[object, ...]]:
    return [tuple(r) for r in book.store.query("SELECT * FROM cases ORDER BY case_id")]


def _terms(book: CaseBook) -> list[tuple[object, ...]]:
    """The search terms and the name-order entries (a rename leaves none of the old name's)."""
    terms = book.store.query("SELECT * FROM case_terms ORDER BY term, case_id")
    entries = book.store.query("SELECT * FROM case_order ORDER BY entry, case_id")
    return [tuple(r) for r in terms] + [("order", *r) for r in entries]


def _found(book: CaseBook) -> dict[str, list[str]]:
    return {q: [r.case_id for r in book.list_cases(query=q, limit=100).rows] for q in QUERIES}


def _same(a: CaseBook, b: CaseBook) -> None:
    assert _cases(a) == _cases(b)
    assert _terms(a) == _terms(b)
    assert _found(a) == _found(b)


def _as_pulled(events: list[CaseEvent]) -> list[CaseEvent]:
    """The events as a receiver decodes them from an opened envelope's JSON."""
    return [CaseEvent.from_json(json.loads(json.dumps(e.to_json()))) for e in events]


class _Pulled:
    """A case book ingesting as the inbox does: events decoded from JSON, ``decoded=True``."""

    def __init__(self, book: CaseBook) -> None:
        self.book = book

    def ingest(self, events: list[CaseEvent]) -> int:
        return self.book.ingest(_as_pulled(events), decoded=True)


@pytest.mark.parametrize("pulled", [False, True], ids=["events", "decoded"])
def test_a_batch_ingest_leaves_what_one_by_one_ingests_leave(
    books: tuple[CaseBook, CaseBook, CaseBook, CaseBook], pulled: bool
) -> None:
    source, other, batched, one_by_one = books
    ingest = _Pulled(batched).ingest if pulled else batched.ingest
    events = _history(source, other)
    erased = next(  # the last case, Kyaw Zin
        e.case_id
        for e in events
        if e.payload.get("properties", {}).get("prs_Name_Latin") == NAMES[-1][1]
    )
    for book in (batched, one_by_one):
        book.store.execute(
            "INSERT INTO tombstones (case_id, erased_at, erased_by) VALUES (?, ?, ?)",
            (erased, "2026-11-27T00:00:00Z", "ana"),
        )
    # Updates first, their cases' creations in a later batch (the page order of a pull is the
    # server's arrival order, not the events' causal order); duplicates within and across batches.
    creates = [e for e in events if e.type == "create"]
    rest = [e for e in events if e.type != "create"]
    assert ingest(rest + rest[:3]) == one_by_one_count(one_by_one, rest + rest[:3])
    _same(batched, one_by_one)
    assert ingest(creates + rest) == one_by_one_count(one_by_one, creates + rest)
    _same(batched, one_by_one)
    assert ingest(events) == 0  # idempotent
    renamed = source.update(creates[0].case_id, {"prs_First_Name": "ចាន់ថា"})  # a later rename
    assert ingest([renamed]) == one_by_one_count(one_by_one, [renamed]) == 1
    _same(batched, one_by_one)
    one_by_one.rebuild()  # from the events alone: no term of an old name left behind
    _same(batched, one_by_one)
    assert len(_cases(batched)) == len(NAMES) - 1  # the erased case never comes back
    found = _found(batched)
    assert found["somchai"] and found["李"] and found["aye mon"] and found["ma"]
    assert not any(erased in ids for ids in found.values())


def test_a_rebuild_in_chunks_leaves_what_ingesting_left(
    books: tuple[CaseBook, CaseBook, CaseBook, CaseBook],
) -> None:
    source, other, batched, _ = books
    batched.ingest(_as_pulled(_history(source, other)), decoded=True)
    before = (_cases(batched), _terms(batched), _found(batched))
    assert batched.rebuild() == len(NAMES)
    assert (_cases(batched), _terms(batched), _found(batched)) == before


def one_by_one_count(book: CaseBook, events: list[CaseEvent]) -> int:
    """Ingest one event at a time; the number of distinct cases any of them touched."""
    touched: set[str] = set()
    for event in events:
        if book.ingest([event]):
            touched.add(event.case_id)
    return len(touched)
