"""A second connection for the sync round: both write, neither waits long, clocks stay ordered."""

from __future__ import annotations

import threading

from app.cases.hlc import Timestamp
from app.team.case_book import case_book
from app.workspace.session import Session


def test_two_connections_write_in_turn_and_stamp_in_order(session: Session) -> None:
    book = case_book(session)
    first = book.open_case({"prs_First_Name": "Dara"}, "intake")
    stamps: list[str] = []
    errors: list[BaseException] = []

    def sync_round() -> None:  # what the network pool does: its own connection, its own book
        companion = session.companion()
        try:
            other = case_book(companion)
            for n in range(20):
                other.follow_up(first, other.today(), {"note": f"from sync {n}"})
        except BaseException as exc:
            errors.append(exc)
        finally:
            companion.close_companion()

    thread = threading.Thread(target=sync_round)
    thread.start()
    for n in range(20):  # meanwhile the database thread keeps saving
        book.update(first, {"note_here": str(n)})
    thread.join(timeout=60)
    assert errors == [] and not thread.is_alive()
    events = book.events(first)
    assert len(events) == 41
    stamps = [e.hlc.encode() for e in events]
    assert len(set(stamps)) == 41  # no two events share a stamp
    # the clock persisted is the largest ever given, whichever connection gave it
    last = Timestamp.decode(str(session.store.scalar("SELECT value FROM settings WHERE key='hlc'")))
    assert last.encode() == max(stamps)
    later = book.update(first, {"note_here": "after"})
    assert later.hlc.encode() > max(stamps)  # a new event sorts after everything seen


def test_a_companion_is_its_own_connection_and_leaves_no_audit_rows(session: Session) -> None:
    rows = session.store.scalar("SELECT count(*) FROM audit")
    companion = session.companion()
    assert companion.store is not session.store and companion.user == session.user
    companion.close_companion()
    assert companion.is_locked and not session.is_locked
    assert session.store.scalar("SELECT count(*) FROM audit") == rows
