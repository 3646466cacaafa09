"""A pulled page is applied with Python's cyclic collector held off (it runs once the page is
done), and the collector is as it was after the page, whatever happened in it."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.cases.book import CaseBook
from app.team.outbox import Inbox, outbox_of
from app.team.pull import collector_paused, page_cache_raised, receive_page
from app.team.synchronise import SyncReport
from app.workspace.store import CACHE_MAX_KIB
from sync.envelope import Envelope


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


def _cache_kib(book: CaseBook) -> int:
    return -int(book.store.scalar("PRAGMA cache_size"))


def test_the_page_cache_is_as_large_as_it_goes_while_a_pull_applies_and_as_it_was_after(
    team: tuple[CaseBook, CaseBook],
) -> None:
    _, field = team
    opened = _cache_kib(field)
    assert opened < CACHE_MAX_KIB  # a new workspace: the smallest cache
    with page_cache_raised(field.store):
        assert _cache_kib(field) == CACHE_MAX_KIB
    assert _cache_kib(field) == opened
    with pytest.raises(RuntimeError), page_cache_raised(field.store):
        raise RuntimeError("the page failed")
    assert _cache_kib(field) == opened


class _Server:
    """A server's pull that serves ``sent`` one envelope a page, whatever the limit asked."""

    def __init__(self, sent: list[Envelope]) -> None:
        self.sent, self.asked = sent, 0

    def pull(
        self, since: int, limit: int, include_own: bool = False, framed: bool = False
    ) -> dict[str, Any]:  # answers JSON whatever is asked, as a server before framed pages
        self.asked += 1
        page = [{"seq": n + 1, "envelope": e.to_wire()} for n, e in enumerate(self.sent)]
        return {
            "envelopes": page[since : since + 1],
            "next": min(since + 1, len(page)),
            "more": since + 1 < len(page),
        }


def test_a_rounds_pages_are_applied_together_with_the_cache_raised_and_the_cursor_after(
    team: tuple[CaseBook, CaseBook],
) -> None:
    from app.team import synchronise

    supervisor, field = team
    with supervisor.store.atomic():
        for name in ("Sokha", "Dara", "Malis"):
            supervisor.open_case({"prs_First_Name": name}, "intake")
    server = _Server(outbox_of(supervisor).pending(limit=10))
    applied: list[tuple[int, int]] = []  # (envelopes, cache) of each transaction
    apply = receive_page

    def receive(store: Any, inbox: Inbox, items: list[dict[str, Any]], *rest: Any) -> None:
        applied.append((len(items), _cache_kib(field)))
        apply(store, inbox, items, *rest)

    opened = _cache_kib(field)
    report = SyncReport()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("app.team.pull.receive_page", receive)
        synchronise.Synchroniser(field)._pull(server, report)  # type: ignore[arg-type]
    assert report.pull_refused == [] and field.count() == 3  # the cases came
    assert server.asked == len(server.sent) > 3  # a page an envelope
    assert applied == [(len(server.sent), CACHE_MAX_KIB)]  # in one transaction
    assert field.store.scalar("SELECT value FROM settings WHERE key = 'server_cursor'") == str(
        len(server.sent)
    )
    assert _cache_kib(field) == opened
