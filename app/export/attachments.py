"""Attachments in an export: the files themselves, beside the tables, in ``attachments/``.

Only the attachments of the submissions the tables hold leave (the same filters, the same consent
rule), and never in a de-identified export: a photo of a passport or a signed consent identifies
the person whatever the tables hide. Each file is named ``<submission id>_<question>_<original
name>`` (``family[2]/photo`` becomes ``family-2-photo``), so a row's answer (the ODK file name
``<id>.jpg``) and its file are found together; the export report counts them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

from app.export.tables import Table
from app.interviews import attachments
from app.interviews.attachments import Attachment
from app.workspace.durable import private_folder, write_atomically
from app.workspace.session import Session

FOLDER = "attachments"
_UNSAFE = re.compile(r"[^\w.-]+")


def _safe(text: str, limit: int) -> str:
    cleaned = _UNSAFE.sub("-", text).strip("-.")
    return cleaned[:limit] or "file"


def export_name(attachment: Attachment) -> str:
    return "_".join(
        (
            attachment.submission_id or "draft",
            _safe(attachment.question, 60),
            _safe(attachment.original_name, 120),
        )
    )


def submission_ids_in(tables: Iterable[Table]) -> list[str]:
    ids: set[str] = set()
    for table in tables:
        if "SUBMISSION_ID" in table.columns:
            column = table.columns.index("SUBMISSION_ID")
            ids.update(row[column] for row in table.rows if row[column])
    return sorted(ids)


def write_attachments(
    session: Session,
    submission_ids: Iterable[str],
    out: Path,
    check: Callable[[], None],
    written: list[Path],
) -> int:
    """Write the attachments of these submissions into ``out/attachments``; each path written is
    appended to ``written`` at once (a cancelled export removes them). Returns how many."""
    found = attachments.for_submissions(session.store, submission_ids)
    if not found:
        return 0
    folder = out / FOLDER
    private_folder(folder)
    used: set[str] = set()
    for attachment in found:
        check()
        name = export_name(attachment)
        if name in used:
            name = f"{attachment.id}_{name}"
        used.add(name)
        path = folder / name
        write_atomically(path, attachments.read(session.store, attachment.id))
        written.append(path)
    return len(found)
