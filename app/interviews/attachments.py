"""Attachments: the photos and scans that answer image and file questions, kept in the workspace.

An attachment's bytes live inside the encrypted database, in rows of ``CHUNK`` bytes
(``attachment_chunks``), never in a loose file: the person picks a file, its bytes are read into
memory (an image needlessly large is scaled down there by the screen, app/ui/attachment_widget.py)
and stored in one transaction. The form's answer is the attachment's *file name*, as ODK records
it: ``<attachment id>.<extension>`` (``0193c9d2-....jpg``); the original name is kept beside it
for people (exports name the file by submission, question and original name).

Life of an attachment:
1. added while a draft is open (``add``): linked to that draft and the question's key;
2. replaced or removed in the draft (``remove_from_draft``): deleted;
3. the interview finishes (``manifest`` then ``link_to_submission``): the attachments the final
   answers name are linked to the submission and listed in its record; any other attachment of
   the draft is deleted;
4. sync seals each one as its own envelope and uploads it in resumable chunks
   (app/team/attachment_sync.py);
5. erasing a case removes its attachments with its submissions (``erase``).

A size limit (a workspace setting, app/workspace/settings.py: 20 MB by default) is checked before
anything is stored; ``AttachmentTooLarge`` says how large the file is and what the limit is.
"""

from __future__ import annotations

import hashlib
import mimetypes
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.errors import BadInput
from app.workspace import audit
from app.workspace import settings as workspace_settings
from app.workspace.audit import Action
from app.workspace.durable import write_atomically
from app.workspace.ids import new_id
from app.workspace.roles import Permission
from app.workspace.session import Session
from app.workspace.store import Store

CHUNK = 256 * 1024
LARGE_IMAGE_PX = 2000
"""A photo whose long side is larger than this is scaled down to it before it is stored."""

_EXTENSION = re.compile(r"[a-z0-9]{1,8}")
_COLUMNS = (
    "id, file_name, original_name, media_type, size, sha256, question, draft_id, submission_id,"
    " device, created_at"
)


class AttachmentTooLarge(BadInput):
    def __init__(self, size: int, limit: int) -> None:
        super().__init__(
            f"the file is {size / 1_000_000:.1f} MB; a form can keep files up to "
            f"{limit / 1_000_000:.0f} MB"
        )
        self.size = size
        self.limit = limit


@dataclass(frozen=True)
class Attachment:
    id: str
    file_name: str
    original_name: str
    media_type: str
    size: int
    sha256: str
    question: str
    draft_id: str | None
    submission_id: str | None
    device: str
    created_at: str

    @property
    def is_image(self) -> bool:
        return self.media_type.startswith("image/")

    def manifest_entry(self) -> dict[str, Any]:
        """What a submission's record says of it (and other laptops fetch by ``id``)."""
        return {
            "id": self.id,
            "file_name": self.file_name,
            "original_name": self.original_name,
            "media_type": self.media_type,
            "question": self.question,
            "size": self.size,
            "sha256": self.sha256,
        }


def _attachment(row: Any) -> Attachment:
    return Attachment(*(row[i] for i in range(11)))


# -- limits and names ---------------------------------------------------------------------------


def check_size(size: int, limit: int) -> None:
    if size > limit:
        raise AttachmentTooLarge(size, limit)


def media_type_of(name: str) -> str:
    guessed, _ = mimetypes.guess_type(name, strict=False)
    return guessed or "application/octet-stream"


def file_name_for(attachment_id: str, original_name: str) -> str:
    """``<id>.<ext>``: the extension of the original (lower case, letters and digits) or ``bin``."""
    suffix = Path(original_name).suffix.lower().lstrip(".")
    return f"{attachment_id}.{suffix if _EXTENSION.fullmatch(suffix) else 'bin'}"


# -- bytes in chunks ----------------------------------------------------------------------------


def write_blob(store: Store, blob: str, data: bytes, first: int = 0) -> None:
    """Store ``data`` as rows ``first``, ``first + 1``, ... of ``blob`` (inside a transaction)."""
    rows = [
        (blob, first + n, data[start : start + CHUNK])
        for n, start in enumerate(range(0, len(data), CHUNK))
    ]
    store.executemany(
        "INSERT OR REPLACE INTO attachment_chunks (blob, n, data) VALUES (?, ?, ?)", rows
    )


def iter_blob(store: Store, blob: str) -> Iterator[bytes]:
    rowids = [
        r[0]
        for r in store.query("SELECT n FROM attachment_chunks WHERE blob = ? ORDER BY n", (blob,))
    ]
    for n in rowids:
        yield bytes(
            store.scalar("SELECT data FROM attachment_chunks WHERE blob = ? AND n = ?", (blob, n))
        )


def read_blob(store: Store, blob: str) -> bytes:
    return b"".join(iter_blob(store, blob))


def drop_blob(store: Store, blob: str) -> None:
    store.execute("DELETE FROM attachment_chunks WHERE blob = ?", (blob,))


# -- the workspace's attachments ----------------------------------------------------------------


def add(
    session: Session,
    data: bytes,
    *,
    original_name: str,
    question: str,
    draft_id: str,
    media_type: str | None = None,
) -> Attachment:
    """Keep ``data`` as the answer to ``question`` of a draft; the answer to set is the returned
    attachment's ``file_name``. Raises ``AttachmentTooLarge`` past the workspace's limit."""
    session.require(Permission.ASSIST_INTERVIEW)
    store = session.store
    if store.query_one("SELECT 1 FROM drafts WHERE id = ?", (draft_id,)) is None:
        raise BadInput(f"there is no draft {draft_id}")
    if not data:
        raise BadInput("the file is empty")
    check_size(len(data), workspace_settings.attachment_limit_bytes(store))
    original = Path(original_name.replace("\\", "/")).name[:200] or "file"
    attachment_id = new_id()
    attachment = Attachment(
        id=attachment_id,
        file_name=file_name_for(attachment_id, original),
        original_name=original,
        media_type=media_type or media_type_of(original),
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        question=question,
        draft_id=draft_id,
        submission_id=None,
        device=_device(store),
        created_at=audit.now_iso(),
    )
    with store.atomic():
        _insert(store, attachment)
        write_blob(store, attachment.id, data)
        audit.record(store, session.user, Action.CREATE, f"attachment:{attachment.id}", question)
    return attachment


def _device(store: Store) -> str:
    value = store.scalar("SELECT value FROM settings WHERE key = 'device_id'")
    return str(value or "")


def _insert(store: Store, a: Attachment) -> None:
    store.execute(
        f"INSERT INTO attachments ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (a.id, a.file_name, a.original_name, a.media_type, a.size, a.sha256, a.question,
         a.draft_id, a.submission_id, a.device, a.created_at),
    )  # fmt: skip


def store_received(store: Store, attachment: Attachment, data: bytes) -> None:
    """Keep an attachment another laptop made (its envelope verified and opened by the caller)."""
    with store.atomic():
        if get(store, attachment.id) is not None:
            return
        _insert(store, attachment)
        write_blob(store, attachment.id, data)


def get(store: Store, attachment_id: str) -> Attachment | None:
    row = store.query_one(f"SELECT {_COLUMNS} FROM attachments WHERE id = ?", (attachment_id,))
    return None if row is None else _attachment(row)


def by_file_name(store: Store, file_name: str) -> Attachment | None:
    row = store.query_one(f"SELECT {_COLUMNS} FROM attachments WHERE file_name = ?", (file_name,))
    return None if row is None else _attachment(row)


def read(store: Store, attachment_id: str) -> bytes:
    """The attachment's bytes, checked against the SHA-256 recorded when it was kept."""
    attachment = get(store, attachment_id)
    if attachment is None:
        raise BadInput(f"there is no attachment {attachment_id}")
    data = read_blob(store, attachment_id)
    if hashlib.sha256(data).hexdigest() != attachment.sha256:
        raise BadInput(f"the attachment {attachment.original_name} is damaged in this workspace")
    return data


def view(session: Session, attachment_id: str) -> tuple[Attachment, bytes]:
    """Open an attachment to show it on screen (audited as a view)."""
    session.require(Permission.ASSIST_INTERVIEW)
    data = read(session.store, attachment_id)
    attachment = get(session.store, attachment_id)
    assert attachment is not None
    if attachment.submission_id is not None:
        session.require(Permission.VIEW_CASES)
    audit.record(session.store, session.user, Action.VIEW, f"attachment:{attachment_id}")
    return attachment, data


def save_copy(session: Session, attachment_id: str, path: Path) -> None:
    """Write a plaintext copy where the person chose: an export of identifying data, audited."""
    session.require(Permission.VIEW_CASES)
    data = read(session.store, attachment_id)
    write_atomically(path, data)
    audit.record(
        session.store, session.user, Action.EXPORT, f"attachment:{attachment_id}", str(path)
    )


def for_draft(store: Store, draft_id: str) -> list[Attachment]:
    rows = store.query(
        f"SELECT {_COLUMNS} FROM attachments WHERE draft_id = ? ORDER BY id", (draft_id,)
    )
    return [_attachment(r) for r in rows]


def for_submissions(store: Store, submission_ids: Iterable[str]) -> list[Attachment]:
    ids = list(submission_ids)
    found: list[Attachment] = []
    for start in range(0, len(ids), 500):
        part = ids[start : start + 500]
        found += [
            _attachment(r)
            for r in store.query(
                f"SELECT {_COLUMNS} FROM attachments WHERE submission_id IN"
                f" ({','.join('?' * len(part))}) ORDER BY submission_id, question, id",
                part,
            )
        ]
    return found


def remove_from_draft(session: Session, file_name: str, draft_id: str) -> bool:
    """The person removed or replaced the file: forget it (only a draft's, never a submission's)."""
    session.require(Permission.ASSIST_INTERVIEW)
    attachment = by_file_name(session.store, file_name)
    if attachment is None or attachment.draft_id != draft_id or attachment.submission_id:
        return False
    with session.store.atomic():
        _delete(session.store, attachment.id)
        audit.record(
            session.store, session.user, Action.EDIT, f"attachment:{attachment.id}", "removed"
        )
    return True


def _delete(store: Store, attachment_id: str) -> None:
    drop_blob(store, attachment_id)
    store.execute("DELETE FROM attachments WHERE id = ?", (attachment_id,))


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield from value.split()
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def manifest(store: Store, draft_id: str, answers: Any) -> list[dict[str, Any]]:
    """The draft's attachments that the final answers name (the submission's ``attachments``)."""
    named = set(_strings(answers))
    return [a.manifest_entry() for a in for_draft(store, draft_id) if a.file_name in named]


def link_to_submission(
    store: Store, draft_id: str, submission_id: str, kept: Iterable[str]
) -> None:
    """Link the kept attachments (ids) to the submission; delete the draft's others. Call inside
    the transaction that stores the submission."""
    keep = set(kept)
    for attachment in for_draft(store, draft_id):
        if attachment.id in keep:
            store.execute(
                "UPDATE attachments SET submission_id = ?, draft_id = NULL WHERE id = ?",
                (submission_id, attachment.id),
            )
        else:
            _delete(store, attachment.id)


def erase(store: Store, submission_ids: Iterable[str], draft_ids: Iterable[str]) -> list[str]:
    """Remove every attachment of these submissions and drafts, with their sealed copies and
    downloads in progress; returns the attachment ids (their envelopes must not come back)."""
    subs = list(submission_ids)
    gone = [a.id for a in for_submissions(store, subs)]
    for draft_id in draft_ids:
        gone += [a.id for a in for_draft(store, draft_id)]
    for submission_id in subs:
        for table in ("attachment_outbox", "attachment_downloads"):
            gone += [
                r[0]
                for r in store.query(
                    f"SELECT envelope_id FROM {table} WHERE submission_id = ?", (submission_id,)
                )
            ]
    for attachment_id in sorted(set(gone)):
        _delete(store, attachment_id)
        for prefix in ("sealed:", "partial:"):
            drop_blob(store, prefix + attachment_id)
        store.execute("DELETE FROM attachment_outbox WHERE envelope_id = ?", (attachment_id,))
        store.execute("DELETE FROM attachment_downloads WHERE envelope_id = ?", (attachment_id,))
    return sorted(set(gone))


def for_case(session: Session, case_id: str) -> list[Attachment]:
    """The attachments of every submission behind a case's events (for the case view)."""
    session.require(Permission.VIEW_CASES)
    rows = session.store.query(
        "SELECT DISTINCT json_extract(payload, '$.submission_id') FROM case_events"
        " WHERE case_id = ? AND json_extract(payload, '$.submission_id') IS NOT NULL",
        (case_id,),
    )
    return for_submissions(session.store, [r[0] for r in rows])
