"""A pulled page is applied with Python's cyclic collector held off (it runs once the page is
done), and the collector is as it was after the page, whatever happened in it."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.cases.book import CaseBook
from app.team.case_book import case_book
from app.team.membership import admit, found_team, join, make_request
from app.team.outbox import Inbox, outbox_of
from app.team.pull import collector_paused, receive_page
from app.team.synchronise import SyncReport
from app.workspace.folder import Workspace
from tests.conftest import CHEAP, PASSWORD

TODAY = date(2026, 11, 28)


@pytest.fixture
def team(tmp_path: Path) -> Iterator[tuple[CaseBook, CaseBook]]:
    books = []
    for name, user in (("supervisor", "ana"), ("field", "sopheap")):
        session, _ = Workspace.create(tmp_path / name, user, PASSWORD, cost=CHEAP)
        books.append(case_book(session, today=lambda: TODAY))
    supervisor, field = books
    found_team(supervisor, "bangkok-shelter")
    request, _ = make_request(field)
    welcome, _ = admit(supervisor, request)
    join(field, welcome)
    yield supervisor, field
    for book in books:
        book.session.lock()


@pytest.fixture
def collections() -> Iterator[list[int]]:
    """The generations collected while the test runs (the collector on at its start)."""
    seen: list[int] = []

    def note(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            seen.append(info["generation"])

    was = gc.isenabled()
    gc.enable()
    gc.callbacks.append(note)
    yield seen
    gc.callbacks.remove(note)
    (gc.enable if was else gc.disable)()


def test_a_page_starts_no_collection_and_the_collector_runs_after(
    team: tuple[CaseBook, CaseBook], collections: list[int]
) -> None:
    supervisor, field = team
    with field.store.atomic():
        for n in range(40):
            field.open_case({"prs_First_Name": f"Sokha {n}", "given_name": "Dara"}, "intake")
    items = [
        {"seq": n + 1, "envelope": e.to_wire()}
        for n, e in enumerate(outbox_of(field).pending(limit=1000))
    ]
    report, inbox = SyncReport(), Inbox(supervisor)
    with supervisor.store.atomic():
        gc.collect()
        collections.clear()
        receive_page(supervisor.store, inbox, items, report)
        during = list(collections)
    # 40 cases applied, tens of thousands of allocations: one collection, once the page is done
    assert len(during) <= 1
    assert report.pulled == len(items) and report.pull_refused == []
    assert gc.isenabled()
    collections.clear()
    junk: list[list[int]] = [[] for _ in range(2000)]
    del junk
    assert collections  # on again: allocating starts collections as before


def test_the_collector_is_as_it_was_after_a_page_that_failed() -> None:
    with pytest.raises(RuntimeError), collector_paused():
        assert not gc.isenabled()
        raise RuntimeError("a page that failed")
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # off before: left off
    finally:
        gc.enable()


def test_pages_in_two_threads_turn_it_on_once_both_are_done() -> None:
    inside, release = threading.Event(), threading.Event()

    def other_page() -> None:
        with collector_paused():
            inside.set()
            release.wait(10)

    thread = threading.Thread(target=other_page)
    with collector_paused():
        thread.start()
        inside.wait(10)
    assert not gc.isenabled()  # the other thread's page is still being applied
    release.set()
    thread.join(10)
    assert gc.isenabled()


def test_a_usb_import_starts_no_collection_while_its_envelopes_are_applied(
    team: tuple[CaseBook, CaseBook], collections: list[int], tmp_path: Path
) -> None:
    from app.team.transfer import transfer_in, transfer_out

    supervisor, field = team
    with field.store.atomic():
        for n in range(40):
            field.open_case({"prs_First_Name": f"Sokha {n}", "given_name": "Dara"}, "intake")
    transfer_out(field, tmp_path / "to-office.fieldcase")
    during: list[int] = []
    apply = Inbox.receive

    def receive(inbox: Inbox, envelopes: Any) -> Any:
        gc.collect()
        collections.clear()
        try:
            return apply(inbox, envelopes)
        finally:
            during.extend(collections)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Inbox, "receive", receive)
        report = transfer_in(supervisor, tmp_path / "to-office.fieldcase")
    assert report.applied == 40 and report.refused == []
    assert len(during) <= 1  # tens of thousands of allocations, no collection while applying
    assert gc.isenabled()
