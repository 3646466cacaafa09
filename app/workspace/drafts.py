"""Drafts and the submissions they become, for a session. ``Session`` keeps the methods callers
use; the bodies are here.

A draft is one row, rewritten on every saved answer (a power cut loses at most the answer being
typed); finishing it writes one immutable submission row in the same transaction as its audit row.
A draft naming an interpreter is also kept sealed to them outside the database
(``shared_drafts.py``), and their newer answers are taken in when the draft is read.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from app.errors import BadInput, PermissionDenied
from app.workspace import audit, shared_drafts, signed_roles
from app.workspace.audit import Action
from app.workspace.ids import new_id
from app.workspace.roles import Permission

if TYPE_CHECKING:
    from app.workspace.session import Session


def save_draft(
    session: Session,
    form_id: str,
    form_version: str,
    data: dict[str, Any],
    draft_id: str | None = None,
    interpreter: str | None = None,
) -> str:
    """Create or overwrite a draft (one row per draft); returns its id. Called on every answer:
    a power cut loses at most the answer being typed."""
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    now = audit.now_iso()
    with session.store.atomic():
        if draft_id is None:
            session.require(Permission.EDIT_CASES)
            draft_id = new_id()
            session.store.execute(
                "INSERT INTO drafts (id, form_id, form_version, owner, interpreter, data,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (draft_id, form_id, form_version, session.user, interpreter, payload, now, now),
            )
            audit.record(session.store, session.user, Action.CREATE, f"draft:{draft_id}", form_id)
        else:
            row = _require_draft_access(session, draft_id)
            session.store.execute(
                "UPDATE drafts SET data = ?, updated_at = ? WHERE id = ?",
                (payload, now, draft_id),
            )
            if interpreter is not None and interpreter != row["interpreter"]:
                name_interpreter(session, draft_id, interpreter)
                return draft_id
            interpreter = row["interpreter"]
        if interpreter:  # sealed to them too: their login holds no workspace key
            shared_drafts.share(
                session.store, session.workspace.path, session.workspace.workspace_id, draft_id
            )
    return draft_id


def interpreters(session: Session) -> list[str]:
    """The interpreters a social worker may name in an interview (enabled, signed as such)."""
    session.require(Permission.EDIT_CASES)
    workspace_id = session.workspace.workspace_id
    return [
        str(r["name"])
        for r in session.store.query(
            "SELECT name FROM users WHERE role = 'interpreter' AND disabled = 0 ORDER BY name"
        )
        if signed_roles.verifies_now(session.store, workspace_id, str(r["name"]))
    ]


def name_interpreter(session: Session, draft_id: str, name: str | None) -> None:
    """Name ``name`` as the draft's interpreter (None: nobody): the draft is sealed to them
    from now on, and no longer to whoever was named before. Audited."""
    session.require(Permission.EDIT_CASES)
    row = _require_draft_access(session, draft_id)
    if name is not None and name not in interpreters(session):
        raise BadInput(f"{name} is not an interpreter of this workspace")
    if name == row["interpreter"]:
        return
    with session.store.atomic():
        session.store.execute("UPDATE drafts SET interpreter = ? WHERE id = ?", (name, draft_id))
        audit.record(
            session.store,
            session.user,
            Action.EDIT,
            f"draft:{draft_id}",
            f"interpreter={name or ''}",
        )
        shared_drafts.remove(session.workspace.path, draft_id)
        if name is not None:
            shared_drafts.share(
                session.store, session.workspace.path, session.workspace.workspace_id, draft_id
            )


def load_draft(session: Session, draft_id: str) -> dict[str, Any]:
    """The draft's data; answers an interpreter saved since (sealed, outside the database)
    are taken in first when they are newer (app/workspace/shared_drafts.py)."""
    row = _require_draft_access(session, draft_id)
    if row["interpreter"] and session.can(Permission.EDIT_CASES):
        with session.store.atomic():
            workspace_id = session.workspace.workspace_id
            path = session.workspace.path
            if shared_drafts.pick_up(session.store, path, workspace_id, draft_id, session.user):
                row = _require_draft_access(session, draft_id)
    audit.record(session.store, session.user, Action.VIEW, f"draft:{draft_id}")
    data: dict[str, Any] = json.loads(row["data"])
    return data


def listed(session: Session) -> list[dict[str, Any]]:
    """The drafts this user may continue (an interpreter sees only interviews they assist).
    ``summary``: what the app stored for listing the draft (its ``"summary"`` object, e.g.
    the person's name and the page left on), ``{}`` when none."""
    session.require(Permission.ASSIST_INTERVIEW)
    columns = "id, form_id, form_version, owner, interpreter, updated_at, data"
    if session.can(Permission.EDIT_CASES):
        rows = session.store.query(f"SELECT {columns} FROM drafts ORDER BY updated_at DESC")
    else:
        rows = session.store.query(
            f"SELECT {columns} FROM drafts WHERE interpreter = ? ORDER BY updated_at DESC",
            (session.user,),
        )
    if session.can(Permission.EDIT_CASES) and any(row["interpreter"] for row in rows):
        # answers an interpreter saved since (sealed, outside the database) taken in first
        with session.store.atomic():
            workspace, workspace_id = session.workspace.path, session.workspace.workspace_id
            taken = [
                shared_drafts.pick_up(
                    session.store, workspace, workspace_id, row["id"], session.user
                )
                for row in rows
                if row["interpreter"]
            ]
        if any(taken):
            rows = session.store.query(f"SELECT {columns} FROM drafts ORDER BY updated_at DESC")
    found = []
    for row in rows:
        draft = dict(row)
        summary = json.loads(draft.pop("data")).get("summary")
        draft["summary"] = summary if isinstance(summary, dict) else {}
        found.append(draft)
    return found


def discard_draft(session: Session, draft_id: str) -> None:
    """Delete a draft for good (the person chose to discard it); audited."""
    session.require(Permission.EDIT_CASES)
    _require_draft_access(session, draft_id)
    with session.store.atomic():
        session.store.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))
        audit.record(session.store, session.user, Action.EDIT, f"draft:{draft_id}", "discarded")
    shared_drafts.remove(session.workspace.path, draft_id)


def finalise_draft(
    session: Session, draft_id: str, submission: dict[str, Any] | None = None
) -> str:
    """Turn a draft into an immutable submission; returns the submission id."""
    session.require(Permission.EDIT_CASES)
    row = _require_draft_access(session, draft_id)
    submission_id = new_id()
    payload = (
        row["data"]
        if submission is None
        else json.dumps(submission, ensure_ascii=False, separators=(",", ":"))
    )
    with session.store.atomic():
        session.store.execute(
            "INSERT INTO submissions (id, form_id, form_version, author, interpreter, data,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                submission_id,
                row["form_id"],
                row["form_version"],
                row["owner"],
                row["interpreter"],
                payload,
                audit.now_iso(),
            ),
        )
        session.store.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))
        audit.record(
            session.store,
            session.user,
            Action.CREATE,
            f"submission:{submission_id}",
            row["form_id"],
        )
    shared_drafts.remove(session.workspace.path, draft_id)
    return submission_id


def submission(session: Session, submission_id: str) -> dict[str, Any]:
    session.require(Permission.VIEW_CASES)
    row = session.store.query_one("SELECT data FROM submissions WHERE id = ?", (submission_id,))
    if row is None:
        raise BadInput(f"there is no submission {submission_id}")
    audit.record(session.store, session.user, Action.VIEW, f"submission:{submission_id}")
    data: dict[str, Any] = json.loads(row["data"])
    return data


def submission_ids(session: Session) -> list[str]:
    session.require(Permission.VIEW_CASES)
    return [r[0] for r in session.store.query("SELECT id FROM submissions ORDER BY id")]


def _require_draft_access(session: Session, draft_id: str) -> Any:
    session.require(Permission.ASSIST_INTERVIEW)
    row = session.store.query_one("SELECT * FROM drafts WHERE id = ?", (draft_id,))
    if row is None:
        raise BadInput(f"there is no draft {draft_id}")
    if not session.can(Permission.EDIT_CASES) and row["interpreter"] != session.user:
        raise PermissionDenied("an interpreter may only open the interviews they assist")
    return row
