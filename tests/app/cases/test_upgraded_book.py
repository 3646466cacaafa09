"""A workspace made by an earlier version, opened by today's case book.

- One made before the dashboard's counts were kept (migration 0021) is counted when its first
  case book is made (as the desktop app makes it, on the database thread before any screen can
  save a draft), not at the first overview.
- One whose name-order entries were kept in ``case_terms`` (before migration 0024) has them moved
  to ``case_order``, and one that had none or only some (made before them) gets them all at its
  next opening:
  every search then finds what a rebuild from the events finds, in the same order.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from app.cases import case_list, tallies
from app.cases.book import CaseBook
from app.cases.name_order import ORDER
from app.cases.overview import facts_in, summarise
from app.team.case_book import case_book
from app.workspace.folder import Workspace
from app.workspace.session import Session
from tests.app.cases.test_batch_ingest import QUERIES, _terms
from tests.conftest import CHEAP, PASSWORD
from tests.upgrades.test_every_workspace_version import WORKSPACES, made_of

TODAY = date(2026, 11, 28)
BEFORE_COUNTS = "v18-05eea4b"  # the last version before migration 0021_case_tallies


def _filled(session: Session) -> bool:
    return (
        session.store.query_one("SELECT 1 FROM case_tallies WHERE dimension = 'filled'") is not None
    )


def test_a_workspace_from_before_the_counts_is_counted_when_its_case_book_opens(
    tmp_path: Path,
) -> None:
    folder = tmp_path / BEFORE_COUNTS
    shutil.copytree(WORKSPACES / BEFORE_COUNTS / "laptop-a", folder)
    password = made_of(WORKSPACES / BEFORE_COUNTS)["passwords"]["ana"]
    session = Workspace.at(folder).sign_in("ana", password)
    assert isinstance(session, Session)
    assert session.store.scalar("SELECT count(*) FROM cases") > 0
    assert not _filled(session)  # the update's migration could not count them
    book = case_book(session, today=lambda: TODAY)
    assert _filled(session)  # counted before anything asks for the overview
    counted = tallies.summarise_counts(session.store, TODAY)
    assert counted == summarise(facts_in(session.store), TODAY)
    assert counted.cases == book.count()
    session.lock()


def _workspace(tmp_path: Path) -> tuple[Path, list[str]]:
    """A workspace of today's version with cases in every script (the batch ingest test's)."""
    from tests.app.cases.test_batch_ingest import _history

    source_session, _ = Workspace.create(tmp_path / "source", "ana", PASSWORD, cost=CHEAP)
    other_session, _ = Workspace.create(tmp_path / "other", "ana", PASSWORD, cost=CHEAP)
    events = _history(CaseBook(source_session), CaseBook(other_session))
    source_session.lock()
    other_session.lock()
    session, _ = Workspace.create(tmp_path / "old", "ana", PASSWORD, cost=CHEAP)
    book = CaseBook(session, today=lambda: TODAY)
    book.ingest(events)
    ids = [r[0] for r in session.store.query("SELECT case_id FROM cases")]
    session.lock()
    return tmp_path / "old", ids


def _as_before_0024(folder: Path, entries: str) -> None:
    """The workspace's tables as a version before migration 0024 left them: the name-order
    entries among the search terms (``entries`` "all"), of some cases only ("some": a workspace
    made before them whose cases changed since were given theirs), or none ("none")."""
    session = Workspace.at(folder).login("ana", PASSWORD)
    store = session.store
    with store.atomic():
        if entries == "all":
            store.execute("INSERT INTO case_terms (term, case_id) SELECT * FROM case_order")
        if entries == "some":
            some = [r[0] for r in store.query("SELECT case_id FROM cases ORDER BY case_id")][::2]
            store.execute(
                "INSERT INTO case_terms (term, case_id) SELECT * FROM case_order"
                f" WHERE case_id IN ({', '.join('?' * len(some))})",
                some,
            )
        store.execute("DROP TABLE case_order")
        store.execute("DELETE FROM _migrations WHERE name = '0024_case_order'")
    session.lock()


def _searches(book: CaseBook) -> dict[str, list[str]]:
    found = {}
    for query in QUERIES:
        rows, page = [], book.list_cases(query=query, limit=4)
        rows += [r.case_id for r in page.rows]
        while page.after is not None:
            page = book.list_cases(query=query, limit=4, after=page.after)
            rows += [r.case_id for r in page.rows]
        found[query] = rows
    return found


def _check_updated(folder: Path) -> None:
    session = Workspace.at(folder).login("ana", PASSWORD)
    book = CaseBook(session, today=lambda: TODAY)
    store = session.store
    assert store.query_one("SELECT 1 FROM case_order LIMIT 1") is not None
    assert (
        store.query_one(
            "SELECT 1 FROM case_terms WHERE term >= ? AND term < ?", (ORDER, chr(ord(ORDER) + 1))
        )
        is None
    )  # no entry left among the search terms
    assert case_list._has_order_entries(store)
    found, kept = _searches(book), _terms(book)
    assert found["somchai"] and found["李"] and found["aye mon"] and found["ma"]
    book.rebuild()  # from the events alone
    assert _terms(book) == kept
    assert _searches(book) == found
    session.lock()


def test_name_order_entries_kept_among_the_terms_move_to_their_own_table(tmp_path: Path) -> None:
    folder, _ = _workspace(tmp_path)
    _as_before_0024(folder, "all")
    _check_updated(folder)


@pytest.mark.parametrize("entries", ["none", "some"])
def test_a_workspace_lacking_name_order_entries_gets_them_all_at_its_next_opening(
    tmp_path: Path, entries: str
) -> None:
    folder, _ = _workspace(tmp_path)
    _as_before_0024(folder, entries)
    _check_updated(folder)
