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
import hmac
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


# -- verifying the chain, and its checkpoints ----------------------------------------------------

BATCH = 5000  # rows read at a time: the walk holds one batch, whatever the length of the chain
_CHECKPOINT_LABEL = b"fieldcase audit checkpoint v1"
_COLUMNS = "seq, at, user, action, object, detail, prev_hash, hash"


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    rows: int  # the last row examined: every row of the chain when it is whole
    first_broken: int | None
    reason: str | None
    from_checkpoint: int = 0  # rows up to this one were vouched for by a checkpoint
    rows_hashed: int = 0  # rows whose content was hashed again by this walk
    last_hash: str = GENESIS  # the chain's hash at ``rows`` (a checkpoint's, when ok)

    def to_json(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "rows": self.rows,
            "first_broken": self.first_broken,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class Checkpoint:
    """The chain's hash at row ``seq`` as a check verified it, MAC'd with a key only the
    workspace's key gives (``checkpoint_key``)."""

    seq: int
    hash: str
    at: str
    mac: str


def checkpoint_key(workspace_key: bytes | bytearray) -> bytes:
    """The checkpoints' MAC key, derived from the workspace key (never stored)."""
    return hmac.new(bytes(workspace_key), _CHECKPOINT_LABEL, hashlib.sha256).digest()


def _mac(key: bytes, workspace_id: str, seq: int, digest: str, at: str) -> str:
    text = json.dumps([workspace_id, seq, digest, at], separators=(",", ":"))
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()


def add_checkpoint(store: Store, key: bytes, workspace_id: str, seq: int, digest: str) -> None:
    """Record that the chain up to ``seq`` was verified and ends there in ``digest``."""
    if seq == 0:
        return
    at = now_iso()
    store.execute(
        "INSERT OR REPLACE INTO audit_checkpoints (seq, hash, at, mac) VALUES (?, ?, ?, ?)",
        (seq, digest, at, _mac(key, workspace_id, seq, digest, at)),
    )


def checkpoints(store: Store) -> list[Checkpoint]:
    """Every checkpoint, oldest first (one per check that found the chain whole: a few hundred
    in a workspace's life, so they are read at once)."""
    return [
        Checkpoint(int(r[0]), str(r[1]), str(r[2]), str(r[3]))
        for r in store.query("SELECT seq, hash, at, mac FROM audit_checkpoints ORDER BY seq")
    ]


def verify(
    store: Store, key: bytes | None = None, workspace_id: str = "", full: bool = True
) -> ChainReport:
    """Walk the chain and name the first row that does not fit.

    Without ``key`` every row is hashed again and checkpoints are not read. With it, every
    checkpoint's MAC is checked and so is the row it names (its hash must be the one the check
    that made it saw); then ``full`` walks every row from the first, and otherwise the walk
    starts at the last checkpoint: the rows before it are checked by SQL for gaps and links
    (cheap), not hashed again. What that does and does not prove: docs/security.md."""
    marks: list[Checkpoint] = []
    if key is not None:
        marks = checkpoints(store)
        for mark in marks:
            if not hmac.compare_digest(
                mark.mac, _mac(key, workspace_id, mark.seq, mark.hash, mark.at)
            ):
                return ChainReport(
                    False, mark.seq, mark.seq, "its checkpoint was changed or not made here"
                )
        last = int(store.scalar("SELECT coalesce(max(seq), 0) FROM audit"))
        for mark in marks:
            if mark.seq > last:
                return ChainReport(False, last, last + 1, f"row {last + 1} is missing")
            found = store.query_one("SELECT hash FROM audit WHERE seq = ?", (mark.seq,))
            if found is None:
                return ChainReport(False, mark.seq, mark.seq, f"row {mark.seq} is missing")
            if str(found[0]) != mark.hash:
                return ChainReport(
                    False, mark.seq, mark.seq, "differs from what an earlier check verified"
                )
    start = marks[-1] if marks and not full else None
    if start is not None:
        broken = _gaps_and_links(store, start.seq)
        if broken is not None:
            return broken
    return _walk(
        store,
        start.seq if start else 0,
        start.hash if start else GENESIS,
        {m.seq: m.hash for m in marks},
    )


def _gaps_and_links(store: Store, upto: int) -> ChainReport | None:
    """Rows 1..``upto`` all present, each linking to the one before: one SQL pass, no hashing."""
    first_missing = store.query_one(
        "SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM audit WHERE seq = 1)"
        " UNION ALL SELECT * FROM (SELECT a.seq + 1 FROM audit a WHERE a.seq < ?"
        " AND NOT EXISTS (SELECT 1 FROM audit b WHERE b.seq = a.seq + 1) ORDER BY a.seq LIMIT 1)",
        (upto,),
    )
    if first_missing is not None:
        seq = int(first_missing[0])
        return ChainReport(False, seq, seq, f"row {seq} is missing")
    unlinked = store.query_one(
        "SELECT a.seq FROM audit a LEFT JOIN audit b ON b.seq = a.seq - 1 WHERE a.seq <= ?"
        " AND a.prev_hash IS NOT coalesce(b.hash, ?) ORDER BY a.seq LIMIT 1",
        (upto, GENESIS),
    )
    if unlinked is not None:
        seq = int(unlinked[0])
        return ChainReport(False, seq, seq, "does not link to the row before it")
    return None


def _walk(store: Store, after: int, prev: str, marks: dict[int, str]) -> ChainReport:
    """Hash every row after ``after`` (whose hash is ``prev``), a batch at a time."""
    expected_seq = after + 1
    hashed = 0
    row_hash = _row_hash
    while batch := store.query(
        f"SELECT {_COLUMNS} FROM audit WHERE seq > ? ORDER BY seq LIMIT {BATCH}",
        (expected_seq - 1,),
    ):
        for seq, at, user, action, obj, detail, prev_hash, digest in batch:
            hashed += 1
            if seq != expected_seq:
                return ChainReport(
                    False, seq, int(seq), f"row {expected_seq} is missing", after, hashed, prev
                )
            if prev_hash != prev:
                reason = "does not link to the row before it"
                return ChainReport(False, seq, int(seq), reason, after, hashed, prev)
            if row_hash(seq, at, user, action, obj, detail, prev_hash) != digest:
                reason = "its content was changed"
                return ChainReport(False, seq, int(seq), reason, after, hashed, prev)
            if marks.get(seq, digest) != digest:
                reason = "differs from what an earlier check verified"
                return ChainReport(False, seq, int(seq), reason, after, hashed, prev)
            prev = digest
            expected_seq += 1
    return ChainReport(True, expected_seq - 1, None, None, after, hashed, prev)
