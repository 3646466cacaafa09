"""A referred case's attachments travel with it: each re-sealed for the receiving team.

A referral is one envelope, at most 2 MiB (``app/team/referrals.py``), and a case's photos of identity
documents and signed consents are megabytes each, so they never ride inside it. Each attachment
of the referred submissions travels as **its own envelope of kind ``attachment``**, with its own
new id, uploaded and fetched in resumable chunks exactly like a team's own attachments
(``app/team/attachment_sync.py``).

**Sending** (``plan`` then ``record``, called by ``referrals._seal`` in the referral's
transaction). For every attachment the referred submission records name, the referral payload
lists ``{"id": attachment id, "envelope": envelope id, "sha256": the file's, "submission_id"}``.
The envelope is the one recorded for that attachment and that team before (a case referred to
the same team twice is sealed once), or a new one: a row of ``referral_attachments``. It is
sealed at once when the file is on this laptop (else at a later sync, once it arrived here),
with the same plaintext as a team attachment (one JSON line naming the ORIGINAL attachment id,
its SHA-256, device and submission, then the file's bytes), encrypted to the receiving team's
recipient, its export key and ours (as the referral), signed by this device, with
``recipient_team`` set. Its sealed body waits in the workspace (``sealed:<envelope id>``) until
the server stored it (``upload_pending``), so an upload cut off resumes with the same bytes. A
server restored from a backup older than the upload no longer holds it: ``send_again`` (from
``app.team.restored_server``) has it sealed again from the file, under the same id, and uploaded.

**Receiving** (``record_received``, called by ``referrals.receive_referral`` once a referral of
another team is verified). Each attachment its submissions name and this laptop lacks becomes a
row of ``referral_downloads`` with the envelope that carries it (none from an older fieldcase,
whose referral has no list: those are simply not available, and not waited for). The team's own
download scan leaves them alone. ``download_pending`` fetches each in ranges (every range kept at
once, ``partial:<envelope id>``), then checks end to end: the size and SHA-256 the server vouched
for, the sending device's signature against the sending team's signed directory entry, one of
our keys opens it, the JSON line names the attachment and submission the referral named, and the
file's SHA-256 is the one the submission record says. Anything else is refused (reported, nothing
kept). One not uploaded yet counts as waiting.

**Erasure** (``erase``, from ``app.cases.erasure.apply_erasure``): the case's rows in both tables
and their sealed or partial bodies go. The erasure envelope does not name these envelopes, as it
does not name the referral itself: what was handed to the other team is that team's now, and the
server keeps it for them.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from app.errors import BadInput
from app.interviews import attachments
from app.team.attachment_sync import (
    AttachmentReport,
    fetch,
    named_entry,
    plaintext_of,
    read_plaintext,
    received_attachment,
    upload_sealed,
)
from app.team.directory import known_team_entry
from app.team.keyring import Keyring
from app.team.outbox import outbox_of, team_name
from app.workspace import audit
from app.workspace.ids import new_id
from app.workspace.store import Store
from sync.client import SyncClient
from sync.directory import TeamEntry
from sync.envelope import ENVELOPE_ID, Envelope, open_envelope, seal
from sync.errors import SyncError, SyncErrorKind

if TYPE_CHECKING:
    from app.cases.book import CaseBook

_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class Carried:
    """One attachment of a referred case and the envelope that carries it to the other team."""

    attachment_id: str
    envelope_id: str
    submission_id: str
    sha256: str
    new: bool  # no row yet: recorded (and sealed) with this referral

    def listed(self) -> dict[str, str]:
        """Its entry in the referral payload's ``attachments``."""
        return {
            "id": self.attachment_id,
            "envelope": self.envelope_id,
            "sha256": self.sha256,
            "submission_id": self.submission_id,
        }


def named_in(record: Any) -> list[dict[str, Any]]:
    """The attachments a submission record names (``record["attachments"]``), well formed."""
    listed = record.get("attachments") if isinstance(record, dict) else None
    return [
        e
        for e in (listed if isinstance(listed, list) else [])
        if isinstance(e, dict) and isinstance(e.get("id"), str) and isinstance(e.get("sha256"), str)
    ]


def recipients_for(keyring: Keyring, entry: TeamEntry) -> list[str]:
    """A referral's recipients: the other team's key, its export key and ours."""
    recipients = [entry.recipient]
    for extra in (entry.export_recipient, keyring.export_recipient()):
        if extra and extra not in recipients:
            recipients.append(extra)
    return recipients


# -- sending -------------------------------------------------------------------------------------


def plan(book: CaseBook, to_team: str, submissions: list[dict[str, Any]]) -> list[Carried]:
    """The attachments the referred submissions name, each with the envelope that carries it to
    ``to_team``: the one recorded for it before, or a new id."""
    carried: list[Carried] = []
    seen: set[str] = set()
    for item in submissions:
        for entry in named_in(item.get("record")):
            attachment_id = str(entry["id"])
            if attachment_id in seen:
                continue
            seen.add(attachment_id)
            known = book.store.scalar(
                "SELECT envelope_id FROM referral_attachments WHERE attachment_id = ?"
                " AND to_team = ?",
                (attachment_id, to_team),
            )
            envelope_id = str(known) if known is not None else new_id()
            carried.append(
                Carried(
                    attachment_id,
                    envelope_id,
                    str(item["id"]),
                    str(entry["sha256"]),
                    known is None,
                )
            )
    return carried


def record(
    book: CaseBook, carried: list[Carried], *, referral_id: str, case_id: str, to_team: str
) -> None:
    """Keep the new envelopes a referral names and seal those whose file is on this laptop; call
    inside the referral's transaction."""
    store = book.store
    with store.atomic():
        for item in carried:
            if not item.new:
                continue
            store.execute(
                "INSERT INTO referral_attachments (envelope_id, attachment_id, submission_id,"
                " case_id, to_team, referral_id, sha256, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (item.envelope_id, item.attachment_id, item.submission_id, case_id, to_team,
                 referral_id, item.sha256, audit.now_iso()),
            )  # fmt: skip
            _seal_one(book, item.envelope_id)


def seal_pending(book: CaseBook) -> int:
    """Seal the envelopes whose file has reached this laptop since their referral; how many."""
    rows = book.store.query(
        "SELECT envelope_id FROM referral_attachments WHERE wire IS NULL AND refused IS NULL"
        " ORDER BY envelope_id"
    )
    return sum(1 for (envelope_id,) in rows if _seal_one(book, str(envelope_id)))


def _seal_one(book: CaseBook, envelope_id: str) -> bool:
    store = book.store
    row = store.query_one(
        "SELECT attachment_id, to_team, sha256 FROM referral_attachments WHERE envelope_id = ?",
        (envelope_id,),
    )
    assert row is not None
    attachment_id, to_team, sha256 = str(row[0]), str(row[1]), str(row[2])
    attachment = attachments.get(store, attachment_id)
    keyring, team = Keyring(store), team_name(store)
    entry = known_team_entry(book, to_team)
    if attachment is None or attachment.submission_id is None:
        return False  # not on this laptop yet: a later sync seals it
    if entry is None or team is None or keyring.current_team_key() is None:
        return False
    try:
        data = attachments.read(store, attachment_id)
        if attachment.sha256 != sha256:
            raise BadInput(f"the attachment {attachment.original_name} is not the file named")
    except BadInput as exc:
        with store.atomic():
            store.execute(
                "UPDATE referral_attachments SET refused = ? WHERE envelope_id = ?",
                (str(exc), envelope_id),
            )
        return False
    sealed = seal(
        plaintext_of(attachment, data),
        recipients=recipients_for(keyring, entry),
        signer=keyring.signing_key(),
        envelope_id=envelope_id,
        team=team,
        device=book.device,
        kind="attachment",
    )
    envelope = replace(sealed, recipient_team=to_team)
    head = envelope.to_wire(body=False)
    with store.atomic():
        attachments.write_blob(store, f"sealed:{envelope_id}", envelope.body)
        store.execute(
            "UPDATE referral_attachments SET wire = ?, size = ?, body_sha256 = ?, sealed_at = ?"
            " WHERE envelope_id = ?",
            (json.dumps(head), len(envelope.body), envelope.body_sha256, audit.now_iso(),
             envelope_id),
        )  # fmt: skip
    return True


def upload_pending(
    book: CaseBook, client: SyncClient, report: AttachmentReport, **options: Any
) -> None:
    """Upload every re-sealed attachment the server has not stored yet (resumable chunks, as
    ``attachment_sync.upload_pending``; a retryable error is raised for the next round)."""
    if not outbox_of(book).ready():
        return
    seal_pending(book)
    rows = book.store.query(
        "SELECT envelope_id, wire, size, body_sha256 FROM referral_attachments"
        " WHERE wire IS NOT NULL AND sent_at IS NULL AND refused IS NULL ORDER BY envelope_id"
    )
    for envelope_id, wire, size, body_sha256 in rows:
        upload_sealed(
            book, client, "referral_attachments", str(envelope_id), json.loads(wire), int(size),
            str(body_sha256), report, **options,
        )  # fmt: skip


def send_again(store: Store, envelope_ids: list[str]) -> None:
    """Envelopes marked sent that the server no longer holds (it was restored from a backup):
    their sealed bodies were dropped once stored, so each is sealed again, under the same id, from
    the file kept here, and uploaded at the round's upload (``upload_pending``)."""
    with store.atomic():
        for envelope_id in envelope_ids:
            store.execute(
                "UPDATE referral_attachments SET wire = NULL, size = NULL, body_sha256 = NULL,"
                " sealed_at = NULL, sent_at = NULL, attempts = 0, last_error = NULL"
                " WHERE envelope_id = ?",
                (envelope_id,),
            )
            attachments.drop_blob(store, f"sealed:{envelope_id}")


def waiting_uploads(book: CaseBook) -> int:
    """Re-sealed attachments not stored by the server yet (or not sealed: file not here yet)."""
    return int(
        book.store.scalar(
            "SELECT count(*) FROM referral_attachments WHERE sent_at IS NULL AND refused IS NULL"
        )
        or 0
    )


# -- receiving -----------------------------------------------------------------------------------


def record_received(book: CaseBook, envelope: Envelope, payload: dict[str, Any]) -> None:
    """Note the attachments a verified referral of another team names, and the envelope that
    carries each, for ``download_pending``. Raises ``SyncError`` for a list that does not match
    the referral's own submissions (nothing of the referral is kept then)."""
    store = book.store
    case_id = str(payload.get("case_id"))
    named: dict[str, tuple[str, str]] = {}
    for item in payload.get("submissions") or []:
        for entry in named_in(item.get("record") if isinstance(item, dict) else None):
            named[str(entry["id"])] = (str(item["id"]), str(entry["sha256"]))
    carried = _carried(envelope, payload.get("attachments"), named)
    for attachment_id, (submission_id, sha256) in sorted(named.items()):
        if attachments.get(store, attachment_id) is not None:
            continue  # this laptop holds it already (a case referred back, say)
        envelope_id = carried.get(attachment_id)
        if envelope_id is not None:
            other = store.scalar(
                "SELECT attachment_id FROM referral_downloads WHERE envelope_id = ?",
                (envelope_id,),
            )
            if other is not None and other != attachment_id:
                raise _malformed(envelope, "an attachment envelope named for another attachment")
        store.execute(
            "INSERT INTO referral_downloads (attachment_id, from_team, envelope_id, submission_id,"
            " case_id, referral_id, sha256) VALUES (?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (attachment_id, from_team) DO UPDATE SET"
            " envelope_id = excluded.envelope_id, referral_id = excluded.referral_id"
            " WHERE referral_downloads.envelope_id IS NULL",
            (attachment_id, envelope.team, envelope_id, submission_id, case_id, envelope.id,
             sha256),
        )  # fmt: skip


def _carried(envelope: Envelope, listed: Any, named: dict[str, tuple[str, str]]) -> dict[str, str]:
    """attachment id -> envelope id, from the payload's ``attachments`` (absent from a referral
    an older fieldcase sealed: nothing carried then)."""
    if listed is None:
        return {}
    if not isinstance(listed, list):
        raise _malformed(envelope, "its attachments are not a list")
    carried: dict[str, str] = {}
    for item in listed:
        fields = ("id", "envelope", "sha256", "submission_id")
        if not isinstance(item, dict) or not all(isinstance(item.get(k), str) for k in fields):
            raise _malformed(envelope, "an attachment without its envelope")
        if not ENVELOPE_ID.fullmatch(item["envelope"]) or not _SHA256.fullmatch(item["sha256"]):
            raise _malformed(envelope, "an attachment without its envelope")
        if named.get(item["id"]) != (item["submission_id"], item["sha256"]):
            raise _malformed(envelope, "an attachment its submissions do not name")
        if item["envelope"] in carried.values() or item["id"] in carried:
            raise _malformed(envelope, "an attachment envelope named twice")
        carried[item["id"]] = item["envelope"]
    return carried


def _malformed(envelope: Envelope, why: str) -> SyncError:
    return SyncError(SyncErrorKind.MALFORMED, f"envelope {envelope.id}: not a referral ({why})")


def download_pending(
    book: CaseBook, client: SyncClient, report: AttachmentReport, **options: Any
) -> None:
    """Fetch and keep the attachments referrals received here name (see the module docstring)."""
    store = book.store
    rows = store.query(
        "SELECT attachment_id, from_team, envelope_id, submission_id, sha256, received"
        " FROM referral_downloads WHERE envelope_id IS NOT NULL AND refused IS NULL"
        " AND received_at IS NULL ORDER BY envelope_id"
    )
    for attachment_id, from_team, envelope_id, submission_id, sha256, received in rows:
        key = (str(attachment_id), str(from_team))
        if attachments.get(store, key[0]) is not None:
            _done(store, key, str(envelope_id))  # it came another way meanwhile
            continue

        def progress(kept: int, size: int, k: tuple[str, str] = key) -> None:
            store.execute(
                "UPDATE referral_downloads SET received = ?, size = ?"
                " WHERE attachment_id = ? AND from_team = ?",
                (kept, size, *k),
            )

        fetched = fetch(book, client, str(envelope_id), int(received), progress, **options)
        if fetched is None:
            report.waiting += 1  # named by the referral, not uploaded by the other team yet
            continue
        expected = _Expected(str(envelope_id), key[0], key[1], str(submission_id), str(sha256))
        try:
            _accept(book, expected, *fetched)
        except SyncError as exc:
            with store.atomic():
                attachments.drop_blob(store, f"partial:{envelope_id}")
                store.execute(
                    "UPDATE referral_downloads SET refused = ?, received = 0"
                    " WHERE attachment_id = ? AND from_team = ?",
                    (str(exc), *key),
                )
            report.refused.append({"id": str(envelope_id), "reason": str(exc)})
            continue
        report.received += 1


@dataclass(frozen=True)
class _Expected:
    """What the verified referral said of the envelope: checked against what arrived."""

    envelope_id: str
    attachment_id: str
    from_team: str
    submission_id: str
    sha256: str


def _accept(book: CaseBook, expected: _Expected, meta: dict[str, Any], body: bytes) -> None:
    """Verify end to end and keep; raises ``SyncError`` for anything that does not hold."""
    envelope_id = expected.envelope_id
    head = meta.get("envelope")
    if not isinstance(head, dict) or head.get("id") != envelope_id:
        raise SyncError(
            SyncErrorKind.SIGNATURE, f"attachment {envelope_id}: the server sent another envelope"
        )
    if len(body) != int(meta["size"]) or hashlib.sha256(body).hexdigest() != meta["sha256"]:
        raise SyncError(
            SyncErrorKind.DECRYPT,
            f"attachment {envelope_id}: the body was altered (not the size and SHA-256 the "
            "server stored)",
        )
    envelope = Envelope.from_wire({**head, "body": base64.b64encode(body).decode("ascii")})
    if envelope.kind != "attachment" or envelope.team != expected.from_team:
        raise SyncError(
            SyncErrorKind.SIGNATURE,
            f"attachment {envelope_id}: not an attachment of team {expected.from_team}",
        )
    entry = known_team_entry(book, expected.from_team)
    key = None if entry is None else entry.devices.get(envelope.device)
    if key is None:
        raise SyncError(
            SyncErrorKind.SIGNATURE,
            f"attachment {envelope_id}: device {envelope.device} is not a known device of team "
            f"{expected.from_team}'s directory entry",
        )
    plaintext = open_envelope(envelope, Keyring(book.store).identities(), key)
    header, data = read_plaintext(plaintext)
    if (header.get("id"), header.get("submission_id")) != (
        expected.attachment_id,
        expected.submission_id,
    ):
        raise SyncError(
            SyncErrorKind.SIGNATURE,
            f"attachment {envelope_id}: claims another id than attachment {expected.attachment_id}",
        )
    digest = hashlib.sha256(data).hexdigest()
    named = named_entry(book, expected.submission_id, expected.attachment_id)
    if named is None or {named.get("sha256"), header.get("sha256"), expected.sha256} != {digest}:
        raise SyncError(
            SyncErrorKind.SIGNATURE,
            f"attachment {envelope_id}: not the file its submission names",
        )
    kept = received_attachment(
        envelope, header, data, digest, expected.attachment_id, expected.submission_id
    )
    with book.store.atomic():
        attachments.store_received(book.store, kept, data)
        _done(book.store, (expected.attachment_id, expected.from_team), envelope_id)


def _done(store: Store, key: tuple[str, str], envelope_id: str) -> None:
    with store.atomic():
        attachments.drop_blob(store, f"partial:{envelope_id}")
        store.execute(
            "UPDATE referral_downloads SET received_at = ? WHERE attachment_id = ?"
            " AND from_team = ?",
            (audit.now_iso(), *key),
        )


# -- erasure -------------------------------------------------------------------------------------


def erase(store: Store, case_id: str) -> None:
    """Drop a case's re-sealed envelopes (sent or waiting, with their sealed bodies) and its
    referred attachments' downloads (with what was fetched); inside the erasure's transaction."""
    for (envelope_id,) in store.query(
        "SELECT envelope_id FROM referral_attachments WHERE case_id = ?", (case_id,)
    ):
        attachments.drop_blob(store, f"sealed:{envelope_id}")
    for (envelope_id,) in store.query(
        "SELECT envelope_id FROM referral_downloads WHERE case_id = ? AND envelope_id IS NOT NULL",
        (case_id,),
    ):
        attachments.drop_blob(store, f"partial:{envelope_id}")
    store.execute("DELETE FROM referral_attachments WHERE case_id = ?", (case_id,))
    store.execute("DELETE FROM referral_downloads WHERE case_id = ?", (case_id,))
