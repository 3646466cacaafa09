"""A round's pull writes thousands of envelopes in few, long transactions; a draft's save made
meanwhile (the app's database thread, its own connection) does not wait for all of them: the
pull commits what it applied and lets the save go first. And while it pulls, SQLite's
checkpoints are held back, then done once. Real SQLCipher workspaces, real threads."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest

from app.cases.book import CaseBook
from app.team import pull
from app.team.outbox import Inbox, outbox_of
from app.team.synchronise import Synchroniser, SyncReport
from app.workspace.store import Store
from sync.envelope import Envelope


class _Server:
    """A server's pull that serves ``sent`` one envelope a page, in JSON."""

    def __init__(self, sent: list[Envelope]) -> None:
        self.sent = sent

    def pull(
        self, since: int, limit: int, include_own: bool = False, framed: bool = False
    ) -> dict[str, Any]:
        page = [{"seq": n + 1, "envelope": e.to_wire()} for n, e in enumerate(self.sent)]
        return {
            "envelopes": page[since : since + 1],
            "next": min(since + 1, len(page)),
            "more": since + 1 < len(page),
        }


NAMES = ("Sokha", "Dara", "Malis", "Chenda", "Vanna", "Bopha")


def _supervisors_cases(supervisor: CaseBook) -> _Server:
    with supervisor.store.atomic():
        for name in NAMES:
            supervisor.open_case({"prs_First_Name": name}, "intake")
    return _Server(outbox_of(supervisor).pending(limit=100))


def _cursor(book: CaseBook) -> str | None:
    value = book.store.scalar("SELECT value FROM settings WHERE key = 'server_cursor'")
    return None if value is None else str(value)


def test_a_draft_saved_during_a_pull_goes_in_between_and_nothing_pulled_is_lost(
    team: tuple[CaseBook, CaseBook], monkeypatch: pytest.MonkeyPatch
) -> None:
    supervisor, field = team
    server = _supervisors_cases(supervisor)
    monkeypatch.setattr(pull, "APPLY", 1)  # parts of one envelope, all in one transaction
    order: list[str] = []
    saver: list[threading.Thread] = []

    def save_a_draft() -> None:  # on the app's other connection, as the database thread saves
        other = field.session.companion()
        try:
            with other.store.atomic():
                other.store.execute(
                    "INSERT INTO settings (key, value) VALUES ('draft_probe', 'Sokha, 17')"
                )
            order.append("saved")
        finally:
            other.close_companion()

    apply = pull.receive_page

    def receive(store: Store, inbox: Inbox, items: list[Any], *rest: Any) -> None:
        apply(store, inbox, items, *rest)
        order.append(f"applied {len(items)} (cursor {_cursor(field)})")
        if not saver:  # after the first part, someone saves: the pull must let it through
            saver.append(threading.Thread(target=save_a_draft))
            saver[0].start()
            deadline = time.monotonic() + 60
            while not store.writers_waiting():
                assert time.monotonic() < deadline and saver[0].is_alive(), order

    monkeypatch.setattr(pull, "receive_page", receive)
    report = SyncReport()
    Synchroniser(field)._pull(server, report)  # type: ignore[arg-type]
    saver[0].join(timeout=60)
    # the save went through right after the first envelope's transaction (its cursor 1
    # committed), before the rest, which went on together in the next transaction
    assert order[0] == "applied 1 (cursor None)"
    assert order[1] == "saved"
    assert order[2:] == ["applied 1 (cursor 1)"] * (len(server.sent) - 1)
    # nothing of either was lost: every case came, the draft is there, the cursor at the end
    assert report.pull_refused == [] and field.count() == len(NAMES)
    assert field.store.scalar("SELECT value FROM settings WHERE key = 'draft_probe'") == (
        "Sokha, 17"
    )
    assert _cursor(field) == str(len(server.sent))


def test_with_nobody_waiting_the_pages_of_a_transaction_are_committed_together(
    team: tuple[CaseBook, CaseBook], monkeypatch: pytest.MonkeyPatch
) -> None:
    supervisor, field = team
    server = _supervisors_cases(supervisor)
    monkeypatch.setattr(pull, "APPLY", 1)
    cursors: list[str | None] = []
    apply = pull.receive_page

    def receive(store: Store, inbox: Inbox, items: list[Any], *rest: Any) -> None:
        apply(store, inbox, items, *rest)
        cursors.append(_cursor(field))

    monkeypatch.setattr(pull, "receive_page", receive)
    report = SyncReport()
    Synchroniser(field)._pull(server, report)  # type: ignore[arg-type]
    assert len(server.sent) <= pull.TRANSACTION
    assert cursors == [None] * len(server.sent)  # one transaction: the cursor moved only at its end
    assert field.count() == len(NAMES) and _cursor(field) == str(len(server.sent))


def test_checkpoints_are_held_back_while_pulling_and_put_back_after_even_on_failure(
    team: tuple[CaseBook, CaseBook], monkeypatch: pytest.MonkeyPatch
) -> None:
    supervisor, field = team
    server = _supervisors_cases(supervisor)
    before = field.store.scalar("PRAGMA wal_autocheckpoint")
    during: list[int] = []
    apply = pull.receive_page

    def receive(store: Store, inbox: Inbox, items: list[Any], *rest: Any) -> None:
        during.append(int(store.scalar("PRAGMA wal_autocheckpoint")))
        apply(store, inbox, items, *rest)

    monkeypatch.setattr(pull, "receive_page", receive)
    Synchroniser(field)._pull(server, SyncReport())  # type: ignore[arg-type]
    assert during and set(during) == {pull.WAL_PAGES_DURING_PULL}
    assert field.store.scalar("PRAGMA wal_autocheckpoint") == before == 1000
    assert field.count() == len(NAMES)
    with pytest.raises(RuntimeError), pull.checkpoints_held_back(field.store):
        raise RuntimeError("the server vanished mid-round")
    assert field.store.scalar("PRAGMA wal_autocheckpoint") == before
