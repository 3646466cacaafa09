"""The case book as the application uses it: what it records leaves through the team's outbox.

``case_book(session)`` is the one way the desktop app and the command line open a ``CaseBook``
(tests/test_layering.py checks it): the book is given a ``TeamCarrier``, which seals each event,
submission, erasure and referral in the transaction that stores it, and which erases, with a case,
what the rooms above the case book keep of it. The case domain (app/cases/) knows only the
``Carrier`` it is given, never the outbox.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from app.cases.book import CaseBook
from app.cases.events import CaseEvent
from app.cases.schedule import ScheduleRules
from app.interviews import attachments
from app.team import referral_attachments
from app.team.outbox import Outbox, team_name

if TYPE_CHECKING:
    from app.workspace.session import Session


def case_book(
    session: Session,
    rules: ScheduleRules | None = None,
    today: Callable[[], date] = date.today,
) -> CaseBook:
    """A case book whose records leave this laptop sealed to its team."""
    book = CaseBook(session, rules, today)
    book.carrier = TeamCarrier(book.store, book.device)
    return book


class TeamCarrier(Outbox):
    """The outbox, as the carrier the case book is given."""

    def team(self) -> str | None:
        return team_name(self.store)

    def send_referral(self, book: CaseBook, event: CaseEvent) -> None:
        from app.team.referrals import seal_referral

        seal_referral(book, event)

    def carried(self, submission_ids: list[str]) -> list[str]:
        return [a.id for a in attachments.for_submissions(self.store, submission_ids)]

    def erase_case(
        self,
        case_id: str,
        erased_at: str,
        known_ids: list[str],
        envelope_ids: list[str],
        submission_ids: list[str],
        draft_ids: list[str],
    ) -> None:
        store = self.store
        for envelope_id in known_ids:  # named by the erasure: never applied if it comes later
            store.execute(
                "INSERT OR IGNORE INTO inbox (envelope_id, device, status, reason, received_at)"
                " VALUES (?, '', 'applied', 'erased', ?)",
                (envelope_id, erased_at),
            )
        for envelope_id in envelope_ids:
            store.execute("DELETE FROM outbox WHERE envelope_id = ?", (envelope_id,))
            store.execute("UPDATE inbox SET wire = NULL WHERE envelope_id = ?", (envelope_id,))
        attachments.erase(store, submission_ids, draft_ids)
        referral_attachments.erase(store, case_id)
        store.execute(
            "DELETE FROM outbox WHERE kind = 'referral' AND envelope_id IN"
            " (SELECT envelope_id FROM referrals WHERE case_id = ?)",
            (case_id,),
        )
        store.execute("DELETE FROM referrals WHERE case_id = ?", (case_id,))
