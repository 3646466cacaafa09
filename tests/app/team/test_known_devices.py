"""What this laptop knows of other devices: admitting a laptop never demotes a supervisor's."""

from __future__ import annotations

from app.team.case_book import case_book
from app.team.outbox import Inbox
from app.workspace.session import Session

KEY = bytes(range(32))
RECIPIENT = "age1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq"


def _role(session: Session, device: str) -> str:
    return str(session.store.scalar("SELECT role FROM devices WHERE device = ?", (device,)))


def test_a_known_supervisor_device_keeps_its_role_when_admitted_again(session: Session) -> None:
    inbox = Inbox(case_book(session))
    inbox.know_device("sup-laptop", KEY, RECIPIENT, "server roster", role="supervisor")
    inbox.know_device("sup-laptop", KEY, RECIPIENT, "admitted here")  # the welcome step
    assert _role(session, "sup-laptop") == "supervisor"  # its erasures are still honoured
    inbox.know_device("sup-laptop", KEY, RECIPIENT, "server roster", role="member")
    assert _role(session, "sup-laptop") == "member"  # the roster may change it


def test_a_new_device_without_a_role_is_a_member(session: Session) -> None:
    Inbox(case_book(session)).know_device("field-laptop", KEY, RECIPIENT, "transfer")
    assert _role(session, "field-laptop") == "member"
