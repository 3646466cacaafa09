"""Salvage: what can still be trusted of a damaged workspace database, copied into a new workspace.

SQLCipher authenticates every 4096-byte page with its own HMAC-SHA512 (keyed from the workspace
key) and refuses to read a page whose HMAC fails; one flipped bit in one page makes every query
that touches it fail. The SQLCipher in our wheel has no switch to read past a failed HMAC, and
none is wanted: a page whose HMAC fails may be noise or may have been made by someone who wants
us to trust it. So salvage reads the file itself, page by page:

1. the workspace key is unwrapped from the user's keyslot, as a login does (the failed-login
   back-off applies, and a failure is counted in ``auth-state.json``, the one file of the damaged
   folder salvage writes, with the temporary files of a dead process that opening a folder
   removes; the database, its log and the keyslots are only read, the keyslots without the
   repair a normal read may write);
2. each page of ``workspace.db``, and each committed frame of ``workspace.db-wal`` (whose
   checksums must chain, as SQLite requires), is checked against its HMAC and only then decrypted
   (AES-256-CBC, SQLCipher 4's page format); a page that fails is never decrypted, never parsed;
3. every table's B-tree is walked from the schema on page 1; a row is kept only when the page
   holding its cell and every overflow page of its value verified. The damaged pages are named,
   and so are the lost rows where an index (read from verified pages too) still names them:
   index entries point at rows by rowid, so an entry whose row was not recovered names a lost row
   and the indexed values (an event's id and case). A damaged interior page cuts its table off
   from leaves that still verify: a row on such a leaf is given back to a table only when that
   table's own index names its rowid with the same values (and no other table's index does);
   otherwise its page is reported as unplaced;
4. the rows are inserted into a NEW workspace folder with the same workspace id, key and keyslots
   (every user's password and the recovery code still open it), after the current migrations;
   the derived tables (``cases``, ``case_terms``) are left for the case book to rebuild from the
   events; the audit rows are carried as they were, so a gap left by lost audit rows stays visible
   to ``fieldcase check``; the salvage is then audited in the new workspace with what was lost.

Reading the file (steps 2 and 3's pages, B-trees and records) is app/workspace/salvage_pages.py;
which rows to trust and their copy into the new workspace (steps 3 and 4) are
app/workspace/salvage_copy.py; the report is app/workspace/salvage_report.py. Here: the key, the
target folder, the damaged database's schema and who may salvage.

Nothing of a record touches disk unencrypted: pages are decrypted in memory only, the new
database is a SQLCipher database like any other. Attachments whose chunks were not all recovered
are named (their SHA-256 no longer matches).
"""

from __future__ import annotations

import shutil
import sqlite3
import unicodedata
from pathlib import Path
from typing import Any

from app.errors import BadInput, LockedOut, PermissionDenied, WorkspaceDamaged, WrongCredentials
from app.workspace.keyslots import KEY_BYTES, Keyslot, unwrap_key, zero
from app.workspace.salvage_copy import DamagedTable, Row, SalvageCopy
from app.workspace.salvage_pages import BTrees, Pages, decode_record
from app.workspace.salvage_report import SalvageReport, ranges

# -- salvage ------------------------------------------------------------------------------------


def salvage(source: Path | str, out: Path | str, user: str, password: str) -> SalvageReport:
    """Copy what verifies of the workspace at ``source`` into a new workspace at ``out``.

    ``user`` must be a supervisor of the damaged workspace (as its users table, read from
    verified pages, says). Raises ``WrongCredentials`` (wrong name or password), ``LockedOut``,
    ``PermissionDenied``, ``BadInput`` (``out`` not new) or ``WorkspaceDamaged`` (page 1 lost)."""
    from app.workspace.folder import Workspace

    workspace = Workspace.at(source)
    target = Path(out)
    _check_target(workspace.path, target)
    user = unicodedata.normalize("NFC", user).strip()
    password = unicodedata.normalize("NFC", password)
    key = _unwrap(workspace, user, password)
    try:
        if not workspace.database_path.is_file():
            raise WorkspaceDamaged(f"{workspace.database_path} is missing")
        pages = Pages(workspace.database_path, key)
        try:
            return _salvage(workspace, target, key, user, pages)
        finally:
            pages.close()
    finally:
        zero(key)


def _salvage(
    workspace: Any, target: Path, key: bytearray, user: str, pages: Pages
) -> SalvageReport:
    trees = BTrees(pages)
    tables = read_schema(trees)
    report = SalvageReport(str(workspace.path), str(target), workspace.workspace_id)
    report.pages = pages.count
    report.wal_frames = pages.wal_frames
    copy = SalvageCopy(trees, tables, report)
    users = copy.read_users()
    _require_supervisor(users, tables.get("users"), user)
    fresh = not target.exists()
    try:
        copy.write(workspace.path, target, key, user, users)
    except BaseException:
        # what was written is encrypted, but half a workspace helps nobody
        if fresh:
            shutil.rmtree(target, ignore_errors=True)
        else:
            for path in target.iterdir():
                path.unlink()
        raise
    return report


def _check_target(source: Path, target: Path) -> None:
    src = source.resolve()
    dst = target.resolve()
    if dst == src or src in dst.parents:
        raise BadInput("salvage writes to a new folder outside the damaged workspace")
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise BadInput(f"{target} is not empty: choose a new or empty folder")


def _unwrap(workspace: Any, user: str, password: str) -> bytearray:
    """The workspace key from ``user``'s slot, with the login's back-off and cost."""
    import secrets

    from app.workspace.keyslots import DEFAULT_COST, derive_key

    state = workspace.auth_state()
    wait = state.seconds_to_wait(user)
    if wait > 0:
        raise LockedOut(
            f"too many failed logins for {user}: try again in {int(wait) + 1} seconds", wait
        )
    slots = _read_slots(workspace)
    slot = next((s for s in slots if s.kind == "user" and s.name == user), None)
    key = None
    if slot is not None:
        key = unwrap_key(workspace.workspace_id, slot, password)
    else:  # an unknown name costs as much as a wrong password, as at login
        costs = [s.cost for s in slots if s.kind == "user"]
        derive_key(password, secrets.token_bytes(16), costs[0] if costs else DEFAULT_COST)
    if key is None:
        state.record_failure(user)
        raise WrongCredentials("wrong user name or password")
    # A slot's plaintext starts with the workspace key; what a slot may hold after it (a
    # supervisor's signing secrets) is not needed: the keyslots are carried over unchanged.
    workspace_key = bytearray(key[:KEY_BYTES])
    zero(key)
    if len(workspace_key) != KEY_BYTES:
        raise PermissionDenied(f"{user}'s slot holds no workspace key: ask a supervisor")
    return workspace_key


def _read_slots(workspace: Any) -> list[Keyslot]:
    """The keyslots, read without the repair a normal read may write (a slot whose two copies
    disagree): the damaged folder's keyslot file is only read, then copied as it is."""
    from app.workspace import keyslot_area
    from app.workspace.folder import KEYSLOTS
    from app.workspace.keyslots import slot_from_bytes

    data = (workspace.path / KEYSLOTS).read_bytes()
    if not keyslot_area.is_area(data):  # the earlier line format: converted, as a login does
        return list(workspace.keyslots().slots)
    slots = []
    for payload in keyslot_area.parse(data).payloads:
        if payload:
            try:
                slots.append(slot_from_bytes(payload))
            except ValueError:
                continue
    return slots


def read_schema(trees: BTrees) -> dict[str, DamagedTable]:
    """The tables of the damaged database (from ``sqlite_schema`` on verified pages), their
    columns in stored order learned by replaying their SQL in an empty in-memory database."""
    walk = trees.walk(1)
    if walk.damaged:
        raise WorkspaceDamaged(
            "the schema of the workspace database is damaged (pages "
            + ranges(walk.damaged)
            + "): nothing can be salvaged"
        )
    entries = []
    for cell in walk.cells:
        if cell.payload is None:
            raise WorkspaceDamaged("the schema of the workspace database is damaged")
        kind, name, table, root, sql = decode_record(cell.payload)[:5]
        entries.append((str(kind), str(name), str(table), int(root or 0), sql))
    scratch = sqlite3.connect(":memory:")
    try:
        tables: dict[str, DamagedTable] = {}
        for kind, name, _, root, sql in entries:
            if kind != "table" or name.startswith("sqlite_") or not sql:
                continue
            scratch.execute(sql)
            info = scratch.execute(f'PRAGMA table_info("{name}")').fetchall()
            columns = [str(c[1]) for c in info]
            pk = [c for c in info if c[5]]
            without_rowid = "WITHOUT ROWID" in str(sql).upper().replace("\n", " ")
            alias = None
            if len(pk) == 1 and str(pk[0][2]).upper() == "INTEGER" and not without_rowid:
                alias = str(pk[0][1])
            if without_rowid:  # stored: the primary key's columns first, then the rest
                keys = [str(c[1]) for c in sorted(pk, key=lambda c: c[5])]
                columns = keys + [c for c in columns if c not in keys]
            tables[name] = DamagedTable(name, root, columns, alias, without_rowid, [])
        for kind, name, table, root, sql in entries:
            if kind == "index" and table in tables and root:
                t = tables[table]
                if sql:
                    scratch.execute(sql)
                elif t.without_rowid:
                    continue  # the table itself
                # (an automatic index, of UNIQUE or a non-integer PRIMARY KEY, exists in the
                # scratch database too, under the same name: the CREATE TABLE made it)
                info = scratch.execute(f'PRAGMA index_info("{name}")').fetchall()
                t.indexes.append((name, root, [str(c[2] or "") for c in info]))
    finally:
        scratch.close()
    return tables


def _require_supervisor(users: list[Row], table: DamagedTable | None, user: str) -> None:
    if table is None:
        raise WorkspaceDamaged("the users table cannot be read: salvage needs a supervisor")
    for _, values in users:
        row = dict(zip(table.columns, values, strict=False))
        if row.get("name") == user:
            if row.get("disabled"):
                raise WrongCredentials(f"{user} is disabled in this workspace")
            if row.get("role") != "supervisor":
                raise PermissionDenied("only a supervisor may salvage a workspace")
            return
    raise WorkspaceDamaged(
        f"{user}'s row in the users table was lost: ask another supervisor to salvage"
    )
