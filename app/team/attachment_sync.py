"""Attachments over sync: each sealed as its own envelope, uploaded and fetched in resumable chunks.

Sealing (``seal_pending``): an attachment of a finished submission made here becomes an envelope
of kind ``attachment`` whose id is the attachment's id, encrypted to the team key and the export
key and signed by this device, like every envelope. Its plaintext is one JSON line (what the
attachment is: id, device, submission, question, names, media type, size, SHA-256) then the
file's bytes. The sealed body is kept in the workspace (``sealed:<id>`` chunks) until the server
has stored it, so an upload cut off resumes with the very same bytes, after a restart too.

Upload (``upload_pending``): the submission's attachment ids are declared to the server (so it
knows when the submission is complete), then each envelope goes up with ``sync.chunks.upload``.

Download (``download_pending``): a submission received from another laptop names its attachments
(``record["attachments"]``: id, SHA-256, ...). Each one not in this workspace is fetched with
ranged reads, every range kept at once (``partial:<id>``), so a dropped connection costs at most
the range in flight. Then, end to end: the body's size and SHA-256 are those the server vouched
for, the device signature verifies against a known device, one of our keys opens it, the JSON
line names the same id and device, and the file's SHA-256 is the one the submission recorded.
Anything else is refused (kept out of the workspace, reported).

Referrals: the attachments of a case referred to another team travel as envelopes of their own,
re-sealed for that team under new ids (``app/team/referral_attachments.py``), with the same plaintext
(``plaintext_of``: the JSON line keeps the original attachment id), the same upload
(``upload_sealed``) and the same ranged download (``fetch``). Submissions a referral brought are
not scanned here: their attachments are not in this team's envelopes, and the referral names the
envelopes that carry them.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from app.cases.book import CaseBook
from app.interviews import attachments
from app.interviews.attachments import Attachment
from app.team.keyring import Keyring
from app.team.outbox import team_name
from app.workspace import audit
from app.workspace.store import Store
from sync import chunks
from sync.client import SyncClient, with_retries
from sync.envelope import Envelope, open_envelope, seal
from sync.errors import SyncError, SyncErrorKind
from sync.padding import padme

FORMAT = "fieldcase-attachment-1"
SCANNED = "attachments_scanned_rowid"


@dataclass
class AttachmentReport:
    sent: int = 0
    received: int = 0
    refused: list[dict[str, str]] = field(default_factory=list)
    waiting: int = 0  # not yet uploaded here, or not yet downloadable


def plaintext_of(attachment: Attachment, data: bytes) -> bytes:
    """The header line, then the file's bytes. The header line is padded with spaces (JSON allows
    them; earlier versions read it as before) so that the whole is its PADMÉ size
    (``sync.padding``): the server sees a size bucket, not the photo's exact size."""
    header = {"format": FORMAT, **attachment.manifest_entry()}
    header.update(device=attachment.device, submission_id=attachment.submission_id)
    line = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode()
    total = len(line) + 1 + len(data)
    return line + b" " * (padme(total) - total) + b"\n" + data


def read_plaintext(plaintext: bytes) -> tuple[dict[str, Any], bytes]:
    line, _, data = plaintext.partition(b"\n")
    try:
        header = json.loads(line)
        if not isinstance(header, dict) or header.get("format") != FORMAT:
            raise ValueError("not an attachment")
    except ValueError as exc:
        raise SyncError(SyncErrorKind.MALFORMED, f"not an attachment envelope: {exc}") from exc
    return header, data


def read_range(book: CaseBook, blob: str, start: int, length: int) -> bytes:
    """Bytes ``start`` .. ``start + length`` of a chunked blob, reading only the rows needed."""
    first, last = start // attachments.CHUNK, (start + length - 1) // attachments.CHUNK
    rows = book.store.query(
        "SELECT data FROM attachment_chunks WHERE blob = ? AND n BETWEEN ? AND ? ORDER BY n",
        (blob, first, last),
    )
    joined = b"".join(bytes(r[0]) for r in rows)
    skip = start - first * attachments.CHUNK
    return joined[skip : skip + length]


# -- this laptop's attachments going up ---------------------------------------------------------


def seal_pending(book: CaseBook) -> int:
    """Seal every attachment of this laptop's submissions that has no envelope yet."""
    keyring, store = Keyring(book.store), book.store
    team = team_name(store)
    if team is None or keyring.current_team_key() is None:
        return 0
    rows = store.query(
        "SELECT id FROM attachments WHERE submission_id IS NOT NULL AND device = ?"
        " AND id NOT IN (SELECT envelope_id FROM attachment_outbox) ORDER BY id",
        (book.device,),
    )
    for (attachment_id,) in rows:
        attachment = attachments.get(store, attachment_id)
        assert attachment is not None and attachment.submission_id is not None
        envelope = seal(
            plaintext_of(attachment, attachments.read(store, attachment_id)),
            recipients=keyring.recipients(),
            signer=keyring.signing_key(),
            envelope_id=attachment.id,
            team=team,
            device=book.device,
            kind="attachment",
        )
        head = envelope.to_wire(body=False)
        with store.atomic():
            attachments.write_blob(store, f"sealed:{envelope.id}", envelope.body)
            store.execute(
                "INSERT INTO attachment_outbox (envelope_id, submission_id, wire, size, sha256,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (envelope.id, attachment.submission_id, json.dumps(head), len(envelope.body),
                 hashlib.sha256(envelope.body).hexdigest(), audit.now_iso()),
            )  # fmt: skip
    return len(rows)


def upload_pending(
    book: CaseBook, client: SyncClient, report: AttachmentReport, **options: Any
) -> None:
    """Upload every sealed attachment not yet stored by the server. Retryable errors are raised
    once ``sync.chunks`` gives up (the next round resumes where this one stopped)."""
    seal_pending(book)
    store = book.store
    rows = store.query(
        "SELECT envelope_id, submission_id, wire, size, sha256 FROM attachment_outbox"
        " WHERE sent_at IS NULL AND refused IS NULL ORDER BY envelope_id"
    )
    linked: set[str] = set()
    for envelope_id, submission_id, wire, size, sha256 in rows:
        if submission_id not in linked:
            names = [r[0] for r in rows if r[1] == submission_id]
            with_retries(partial(client.link_attachments, submission_id, names))
            linked.add(submission_id)
        upload_sealed(
            book, client, "attachment_outbox", envelope_id, json.loads(wire), size, sha256,
            report, submission=submission_id, **options,
        )  # fmt: skip


OUTBOXES = ("attachment_outbox", "referral_attachments")


def upload_sealed(
    book: CaseBook,
    client: SyncClient,
    table: str,
    envelope_id: str,
    head: dict[str, Any],
    size: int,
    sha256: str,
    report: AttachmentReport,
    *,
    submission: str | None = None,
    **options: Any,
) -> None:
    """Upload one sealed attachment envelope (its body in ``sealed:<id>``) with the resumable
    chunked upload, and keep in ``table`` (one of ``OUTBOXES``) how it went: ``sent_at`` once
    the server stored it as sent (the sealed copy is dropped then), ``refused`` with the reason,
    or ``attempts``/``last_error`` for a retryable failure, which is raised."""
    if table not in OUTBOXES:
        raise ValueError(f"not an attachment outbox: {table}")
    store = book.store
    try:
        result = chunks.upload(
            client,
            head,
            partial(read_range, book, f"sealed:{envelope_id}"),
            size=size,
            sha256=sha256,
            submission=submission,
            **options,
        )
        if result.get("status") == "stored" and result.get("recipient_team") != head.get(
            "recipient_team"
        ):
            raise SyncError(
                SyncErrorKind.PROTOCOL,
                f"attachment {envelope_id}: the server stored it without the team it is for "
                "(a server too old for attachments in referrals: update the fieldcase server)",
            )
    except SyncError as exc:
        if exc.retryable:
            with store.atomic():
                store.execute(
                    f"UPDATE {table} SET attempts = attempts + 1, last_error = ?"
                    " WHERE envelope_id = ?",
                    (str(exc), envelope_id),
                )
            raise
        with store.atomic():
            store.execute(
                f"UPDATE {table} SET refused = ? WHERE envelope_id = ?", (str(exc), envelope_id)
            )
        report.refused.append({"id": envelope_id, "reason": str(exc)})
        return
    if result.get("status") == "stored":
        with store.atomic():
            store.execute(
                f"UPDATE {table} SET sent_at = ? WHERE envelope_id = ?",
                (audit.now_iso(), envelope_id),
            )
            attachments.drop_blob(store, f"sealed:{envelope_id}")
        report.sent += 1


# -- other laptops' attachments coming down -----------------------------------------------------


def _scan_submissions(book: CaseBook) -> None:
    """Queue the attachments named by submissions stored since the last scan."""
    store = book.store
    mark = int(store.scalar("SELECT value FROM settings WHERE key = ?", (SCANNED,)) or 0)
    rows = store.query(
        "SELECT rowid, id, json_extract(data, '$.attachments') FROM submissions WHERE rowid > ?"
        " ORDER BY rowid",
        (mark,),
    )
    with store.atomic():
        for rowid, submission_id, listed in rows:
            mark = max(mark, int(rowid))
            for entry in json.loads(listed) if listed else []:
                if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
                    continue
                if _referred(store, entry["id"]):
                    continue  # another team's: it comes with its referral (app/team/referral_attachments.py)
                if attachments.get(store, entry["id"]) is None:
                    store.execute(
                        "INSERT OR IGNORE INTO attachment_downloads (envelope_id, submission_id)"
                        " VALUES (?, ?)",
                        (entry["id"], submission_id),
                    )
        store.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (SCANNED, str(mark)),
        )


def _referred(store: Store, attachment_id: str) -> bool:
    found = store.query_one(
        "SELECT 1 FROM referral_downloads WHERE attachment_id = ?", (attachment_id,)
    )
    return found is not None


def fetch(
    book: CaseBook,
    client: SyncClient,
    envelope_id: str,
    received: int,
    progress: Callable[[int, int], None],
    **options: Any,
) -> tuple[dict[str, Any], bytes] | None:
    """Fetch an attachment envelope's body in ranges from byte ``received`` on, each range kept
    in the workspace (``partial:<id>``) with ``progress(bytes kept, size)`` in its transaction;
    returns the server's metadata and the whole body, or None while it is not uploaded."""
    store = book.store
    meta = with_retries(partial(client.attachment, envelope_id))
    if meta is None:
        return None
    size, blob = int(meta["size"]), f"partial:{envelope_id}"

    def keep(offset: int, data: bytes) -> None:
        if offset % attachments.CHUNK:
            raise SyncError(SyncErrorKind.MALFORMED, "a range that is not chunk-aligned")
        with store.atomic():
            attachments.write_blob(store, blob, data, first=offset // attachments.CHUNK)
            progress(offset + len(data), size)

    chunks.download(
        client, envelope_id, start=received, size=size, write=keep,
        chunk_size=attachments.CHUNK, **options,
    )  # fmt: skip
    return meta, attachments.read_blob(store, blob)


def _device_key(book: CaseBook, device: str) -> bytes | None:
    if device == book.device:
        return Keyring(book.store).signing_public()
    row = book.store.query_one(
        "SELECT signing_key FROM devices WHERE device = ? AND status = 'approved'", (device,)
    )
    return None if row is None else base64.b64decode(row[0])


def named_entry(book: CaseBook, submission_id: str, attachment_id: str) -> dict[str, Any] | None:
    listed = book.store.scalar(
        "SELECT json_extract(data, '$.attachments') FROM submissions WHERE id = ?",
        (submission_id,),
    )
    entries = json.loads(listed) if listed else []
    return next((e for e in entries if isinstance(e, dict) and e.get("id") == attachment_id), None)


def download_pending(
    book: CaseBook, client: SyncClient, report: AttachmentReport, **options: Any
) -> None:
    _scan_submissions(book)
    store = book.store
    rows = store.query(
        "SELECT envelope_id, submission_id, received FROM attachment_downloads"
        " WHERE refused IS NULL ORDER BY envelope_id"
    )
    for envelope_id, submission_id, received in rows:

        def progress(kept: int, size: int, e: str = envelope_id) -> None:
            store.execute(
                "UPDATE attachment_downloads SET received = ?, size = ? WHERE envelope_id = ?",
                (kept, size, e),
            )

        fetched = fetch(book, client, envelope_id, int(received), progress, **options)
        if fetched is None:
            report.waiting += 1  # named by its submission, not uploaded yet
            continue
        try:
            _accept(book, fetched[0], submission_id, fetched[1])
        except SyncError as exc:
            with store.atomic():
                attachments.drop_blob(store, f"partial:{envelope_id}")
                store.execute(
                    "UPDATE attachment_downloads SET refused = ?, received = 0 WHERE envelope_id = ?",
                    (str(exc), envelope_id),
                )
            report.refused.append({"id": envelope_id, "reason": str(exc)})
            continue
        report.received += 1


def _accept(book: CaseBook, meta: dict[str, Any], submission_id: str, body: bytes) -> None:
    """Verify end to end and keep; raises ``SyncError`` for anything that does not hold."""
    head = meta["envelope"]
    envelope_id = str(head["id"])
    if len(body) != int(meta["size"]) or hashlib.sha256(body).hexdigest() != meta["sha256"]:
        raise SyncError(SyncErrorKind.DECRYPT, f"attachment {envelope_id}: the body was altered")
    envelope = Envelope.from_wire({**head, "body": base64.b64encode(body).decode("ascii")})
    accept_envelope(book, envelope, submission_id)


def accept_envelope(book: CaseBook, envelope: Envelope, submission_id: str) -> None:
    """Verify an attachment envelope end to end and keep it, however it came (a download, a USB
    transfer file): a known device of the team signed it, one of our keys opens it, it names the
    same id, device and submission, and its file is the one the submission recorded. Raises
    ``SyncError`` for anything that does not hold; nothing of it is kept then."""
    envelope_id = envelope.id
    if envelope.kind != "attachment":
        raise SyncError(SyncErrorKind.MALFORMED, f"envelope {envelope_id}: not an attachment")
    key = _device_key(book, envelope.device)
    if key is None:
        raise SyncError(
            SyncErrorKind.SIGNATURE,
            f"attachment {envelope_id}: device {envelope.device} is not a known device of this team",
        )
    header, data = read_plaintext(open_envelope(envelope, Keyring(book.store).identities(), key))
    named = named_entry(book, submission_id, envelope_id)
    digest = hashlib.sha256(data).hexdigest()
    if (header.get("id"), header.get("device"), header.get("submission_id")) != (
        envelope.id,
        envelope.device,
        submission_id,
    ):
        raise SyncError(SyncErrorKind.SIGNATURE, f"attachment {envelope_id}: claims another id")
    if named is None or named.get("sha256") != digest or header.get("sha256") != digest:
        raise SyncError(
            SyncErrorKind.SIGNATURE,
            f"attachment {envelope_id}: not the file its submission names",
        )
    kept = received_attachment(envelope, header, data, digest, envelope.id, submission_id)
    with book.store.atomic():
        attachments.store_received(book.store, kept, data)
        attachments.drop_blob(book.store, f"partial:{envelope_id}")
        book.store.execute("DELETE FROM attachment_downloads WHERE envelope_id = ?", (envelope_id,))


def received_attachment(
    envelope: Envelope,
    header: dict[str, Any],
    data: bytes,
    sha256: str,
    attachment_id: str,
    submission_id: str,
) -> Attachment:
    """The attachment a verified envelope carries (``data``, whose ``sha256`` was checked), as
    this laptop keeps it; a header that lacks a field is refused (``SyncError``), never a crash."""
    try:
        return Attachment(
            id=attachment_id,
            file_name=str(header["file_name"]),
            original_name=str(header["original_name"]),
            media_type=str(header["media_type"]),
            size=len(data),
            sha256=sha256,
            question=str(header["question"]),
            draft_id=None,
            submission_id=submission_id,
            device=str(header["device"]),
            created_at=envelope.created,
        )
    except KeyError as exc:
        raise SyncError(
            SyncErrorKind.MALFORMED, f"attachment {envelope.id}: its header lacks {exc}"
        ) from exc


def waiting_uploads(book: CaseBook) -> int:
    return int(
        book.store.scalar(
            "SELECT count(*) FROM attachment_outbox WHERE sent_at IS NULL AND refused IS NULL"
        )
        or 0
    )
