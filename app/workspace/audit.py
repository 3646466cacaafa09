"""The audit log: who did what, when, in a hash chain that shows where it was edited.

Each row holds the SHA-256 of its own content and of the row before it. ``verify`` walks the chain
and names the first row whose content, link or number does not fit. The chain shows edits, removed
rows and inserted rows anywhere but at the very end; someone holding the workspace key could still
rewrite the whole chain or cut its tail (syncing audit rows off the laptop is what closes that gap).
Rows say which record was touched, never what it contains. The users table joins the chain through
``user_signed`` rows: each carries the hash of a user's row as the supervisors' key signed it
(app/workspace/signed_roles.py), and ``check`` compares the table with them.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime

from app.workspace.store import Store

GENESIS = "0" * 64


class Action:
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOCK = "lock"
    RECOVER = "recover"
    VIEW = "view"
    CREATE = "create"
    EDIT = "edit"
    EXPORT = "export"
    PRINT = "print"  # a case file written as a PDF: it leaves the encryption, like an export
    CHECK = "check"
    USER_ADD = "user_add"
    USER_DISABLE = "user_disable"
    USER_ENABLE = "user_enable"
    USER_ROLE = "user_role"
    USER_SIGNED = "user_signed"  # detail: SHA-256 of the row the supervisors' key signed
    ROLES_SIGNED = "roles_signed"  # every row signed at once: a new workspace or its upgrade
    LOGIN_REFUSED = "login_refused"  # a role no supervisor signed, or a replaced key
    ROLES_KEY_RESTORED = "roles_key_restored"  # a supervisor's login found another key pinned
    PASSWORD_CHANGE = "password_change"
    WORKSPACE_CREATE = "workspace_create"
    FORM_PUBLISH = "form_publish"
    FORM_WITHDRAW = "form_withdraw"
    DEVICE_APPROVE = "device_approve"


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _row_hash(seq: int, at: str, user: str, action: str, obj: str, detail: str, prev: str) -> str:
    payload = json.dumps([seq, at, user, action, obj, detail, prev], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(
    store: Store, user: str, action: str, obj: str = "", detail: str = "", at: str | None = None
) -> None:
    """Append one row. Call inside the transaction of the act it records, so both land or neither."""
    at = at or now_iso()
    with store.atomic():
        last = store.query_one("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")
        seq = 1 if last is None else int(last[0]) + 1
        prev = GENESIS if last is None else str(last[1])
        digest = _row_hash(seq, at, user, action, obj, detail, prev)
        store.execute(
            "INSERT INTO audit (seq, at, user, action, object, detail, prev_hash, hash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (seq, at, user, action, obj, detail, prev, digest),
        )


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    rows: int
    first_broken: int | None
    reason: str | None

    def to_json(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "rows": self.rows,
            "first_broken": self.first_broken,
            "reason": self.reason,
        }


def verify(store: Store) -> ChainReport:
    prev = GENESIS
    expected_seq = 1
    rows = 0
    for row in store.query(
        "SELECT seq, at, user, action, object, detail, prev_hash, hash FROM audit ORDER BY seq"
    ):
        seq, at, user, action, obj, detail, prev_hash, digest = row
        rows += 1
        if seq != expected_seq:
            return ChainReport(False, rows, int(seq), f"row {expected_seq} is missing")
        if prev_hash != prev:
            return ChainReport(False, rows, int(seq), "does not link to the row before it")
        if _row_hash(seq, at, user, action, obj, detail, prev_hash) != digest:
            return ChainReport(False, rows, int(seq), "its content was changed")
        prev = digest
        expected_seq += 1
    return ChainReport(True, rows, None, None)
