"""Erasing a case: here at once, on every laptop of the team when the erasure envelope arrives.

Only a tombstone remains (case id, when, by whom). The envelope names every envelope of the case
the erasing laptop knew, so none of them is applied if it arrives later from a laptop that was
offline or from an old USB file; any later event for the case is dropped on sight
(``CaseBook.ingest``). SQLCipher's ``secure_delete`` overwrites freed pages, and the WAL is
checkpointed and truncated after the erasure so old page versions leave it too.

What the rooms above the case book keep of the case goes with it, erased by the carrier the book
was given (``Carrier.erase_case``; the team layer's is ``app.team.case_book.TeamCarrier``): its
envelopes waiting in the outbox or kept in the inbox's quarantine, its attachments (app/interviews/
attachments.py) with their sealed copies and downloads. Referrals of the case leave this laptop too: the referral envelopes in the outbox (one not pushed
yet is never pushed), the attachments re-sealed for them with their sealed bodies, the record of
which referrals were sent or received, and the downloads of referred attachments. The erasure
does not name the referral envelopes nor the re-sealed attachments: once handed to another team
they are that team's copy (an erasure does not reach another team), and the server keeps them
for it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from app.errors import BadInput
from app.workspace import audit
from app.workspace.roles import Permission

if TYPE_CHECKING:
    from app.cases.book import CaseBook


def erase(book: CaseBook, case_id: str, reason: str) -> None:
    """Supervisors only; the audit log records the act and its reason, not the data."""
    book.session.require(Permission.ERASE_CASES)
    if not reason.strip():
        raise BadInput("say why this case is erased")
    if book._row(case_id) is None and not book.events(case_id):
        raise BadInput(f"there is no case {case_id}")
    erased_at = audit.now_iso()
    with book.store.atomic():
        known = envelope_ids(book, case_id)
        apply_erasure(book, case_id, erased_at, book.session.user)
        book.carrier.put_erasure(case_id, erased_at, book.session.user, known)
        audit.record(book.store, book.session.user, "erase", f"case:{case_id}", reason[:500])
    book.store.checkpoint()


def envelope_ids(book: CaseBook, case_id: str) -> list[str]:
    """The envelopes that carry this case: its events, the submissions behind them and what the
    rooms above carry with those (attachments: their envelope ids are the attachments' ids)."""
    rows = book.store.query(
        "SELECT id, json_extract(payload, '$.submission_id') FROM case_events WHERE case_id = ?",
        (case_id,),
    )
    submissions = sorted({r[1] for r in rows if r[1]})
    carried = book.carrier.carried(submissions)
    return sorted({r[0] for r in rows} | set(submissions) | set(carried))


def apply_erasure(
    book: CaseBook, case_id: str, erased_at: str, erased_by: str, known_ids: Iterable[str] = ()
) -> None:
    """Remove everything of a case from this workspace and leave a tombstone: what the rooms
    above keep of it (``Carrier.erase_case``), then its drafts, submissions and case rows."""
    store = book.store
    with store.atomic():
        ids = envelope_ids(book, case_id)
        submissions = [
            r[0]
            for r in store.query(
                "SELECT json_extract(payload, '$.submission_id') FROM case_events"
                " WHERE case_id = ? AND json_extract(payload, '$.submission_id') IS NOT NULL",
                (case_id,),
            )
        ]
        drafts = [
            r[0]
            for r in store.query(
                "SELECT id FROM drafts WHERE json_extract(data, '$.case_id') = ?", (case_id,)
            )
        ]
        book.carrier.erase_case(case_id, erased_at, list(known_ids), ids, submissions, drafts)
        for submission_id in submissions:
            store.execute("DELETE FROM submissions WHERE id = ?", (submission_id,))
        store.execute("DELETE FROM drafts WHERE json_extract(data, '$.case_id') = ?", (case_id,))
        store.execute("DELETE FROM case_events WHERE case_id = ?", (case_id,))
        # With no events left the case is gone from every derived row: its row, search terms
        # and name-order entries, and the dashboard's counts (app/cases/tallies.py).
        book._refresh_cases([case_id])
        store.execute(
            "INSERT OR IGNORE INTO tombstones (case_id, erased_at, erased_by) VALUES (?, ?, ?)",
            (case_id, erased_at, erased_by),
        )
