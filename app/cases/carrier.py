"""The port above the case book: a ``Carrier`` is how a ``CaseBook``'s records leave this laptop
and what the other rooms keep of a case (the team layer's is ``app.team.case_book.TeamCarrier``).
``StaysHere`` carries nothing: a book on its own keeps everything on this laptop.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from app.cases.events import CaseEvent

if TYPE_CHECKING:
    from app.cases.book import CaseBook


class Carrier(Protocol):
    """What lies above the book: how its records leave this laptop, and what the other rooms keep
    of a case. Every call is made inside the transaction that stores the record (or erases it), so
    nothing is stored without its sealed copy, and nothing of an erased case is left behind."""

    def team(self) -> str | None:
        """The team this laptop belongs to (``None``: none yet)."""
        ...

    def ready(self) -> bool:
        """Whether records can be sealed now (a team and its key are here)."""
        ...

    def put_event(self, event: CaseEvent) -> object:
        """Seal an event made here."""
        ...

    def put_submission(self, submission_id: str, record: dict[str, Any]) -> object:
        """Seal a finished submission."""
        ...

    def put_erasure(
        self, case_id: str, erased_at: str, erased_by: str, known_ids: list[str]
    ) -> object:
        """Seal a supervisor's erasure, so every laptop of the team erases the case too."""
        ...

    def send_referral(self, book: CaseBook, event: CaseEvent) -> None:
        """Seal a referral event's case to the team it names."""
        ...

    def carried(self, submission_ids: list[str]) -> list[str]:
        """Ids of the envelopes that carry what these submissions hold besides themselves (their
        attachments), so an erasure names them too and none is fetched later."""
        ...

    def erase_case(
        self,
        case_id: str,
        erased_at: str,
        known_ids: list[str],
        envelope_ids: list[str],
        submission_ids: list[str],
        draft_ids: list[str],
    ) -> None:
        """Remove what the other rooms keep of an erased case (its envelopes waiting or received,
        attachments, referrals in transit); ``known_ids``, the envelopes an erasure received
        names, must never be applied later."""
        ...


class StaysHere:
    """A carrier that carries nothing: a book on its own keeps every record on this laptop, and
    nothing but the case's own rows, drafts and submissions is erased with a case."""

    def team(self) -> str | None:
        return None

    def ready(self) -> bool:
        return False

    def put_event(self, event: CaseEvent) -> object:
        return None

    def put_submission(self, submission_id: str, record: dict[str, Any]) -> object:
        return None

    def put_erasure(
        self, case_id: str, erased_at: str, erased_by: str, known_ids: list[str]
    ) -> object:
        return None

    def send_referral(self, book: CaseBook, event: CaseEvent) -> None:
        return None

    def carried(self, submission_ids: list[str]) -> list[str]:
        return []

    def erase_case(
        self,
        case_id: str,
        erased_at: str,
        known_ids: list[str],
        envelope_ids: list[str],
        submission_ids: list[str],
        draft_ids: list[str],
    ) -> None:
        return None
