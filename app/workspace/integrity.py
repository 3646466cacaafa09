"""``fieldcase check`` for a session: the integrity of the database, its encryption, the audit
chain (from its last checkpoint, leaving a new one) and the keyslots, in one report. ``Session``
keeps the method callers use; the body is here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.errors import WorkspaceDamaged
from app.workspace import audit, signed_roles
from app.workspace.audit import Action
from app.workspace.roles import Permission

if TYPE_CHECKING:
    from app.workspace.session import Session


def _interpreter_slots(session: Session, slots: Any) -> dict[str, Any]:
    """Interpreters whose slot still holds the workspace key: its size says so without a
    password (a keyless slot wraps 48 bytes). Rewritten at their next login."""
    from app.workspace.keyslots import KEYLESS_BYTES

    interpreters = {
        str(r["name"])
        for r in session.store.query(
            "SELECT name FROM users WHERE role = 'interpreter' AND disabled = 0"
        )
    }
    waiting = sorted(
        slot.name
        for slot in slots.slots
        if slot.kind == "user"
        and slot.name in interpreters
        and len(slot.wrapped) != KEYLESS_BYTES + 16
    )
    if not waiting:
        return {}
    return {
        "interpreters_not_converted": waiting,
        "note": "not yet converted: these interpreters' slots still hold the workspace key"
        " until their next login",
    }


def check(session: Session, full: bool = False) -> dict[str, Any]:
    """Integrity of the database, its encryption, the audit chain and the keyslots.

    Each part reads the workspace as a stream (a page, a batch of rows at a time), so memory
    stays flat whatever the workspace holds. By default the audit chain is walked from its
    last checkpoint (``audit.verify``) and every page of the tables that hold records is
    read once (``PRAGMA quick_check``: SQLCipher checks each page's HMAC as it reads it),
    leaving out the case book's tables that ``CaseBook.rebuild`` makes again from the events
    (a damaged page there costs a rebuild, not a record); ``full`` walks the whole chain,
    matches every index against its table and checks the HMAC of every page of the file.
    A check that finds the chain whole leaves a checkpoint where it ended. A further part
    adds its report to the result and its verdict to ``oks``."""
    session.require(Permission.CHECK)
    from app.workspace.salvage_report import DERIVED  # the case book's own tables, rebuilt

    problems = session.store.integrity_check(quick=not full, leave_out=() if full else DERIVED)
    key = audit.checkpoint_key(session._key)
    workspace_id = session.workspace.workspace_id
    chain = audit.verify(session.store, key, workspace_id, full=full)
    slots = session.workspace.keyslots()
    counts = {
        table: int(session.store.scalar(f"SELECT count(*) FROM {table}"))
        for table in ("users", "drafts", "submissions", "cases", "case_events", "audit")
    }
    roles = signed_roles.report(session.store, session.workspace.path, workspace_id)
    oks = [not problems, chain.ok, slots.damaged == 0, not roles["problems"]]
    try:
        with session.store.atomic():
            if chain.ok:
                audit.add_checkpoint(session.store, key, workspace_id, chain.rows, chain.last_hash)
            audit.record(session.store, session.user, Action.CHECK, workspace_id)
    except WorkspaceDamaged:
        pass  # a page failed its HMAC: SQLCipher refuses writes; the report says so
    return {
        "workspace": str(session.workspace.path),
        "workspace_id": workspace_id,
        "ok": all(oks),
        "full": full,
        "roles": roles,
        "integrity": "ok" if not problems else problems[:10],
        "audit": chain.to_json(),
        "audit_walk": {
            "from_checkpoint": chain.from_checkpoint,
            "rows_hashed": chain.rows_hashed,
        },
        "keyslots": {
            "slots": len(slots.slots),
            "damaged": slots.damaged,
            **_interpreter_slots(session, slots),
        },
        "counts": counts,
    }
