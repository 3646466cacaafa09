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
which rows to trust, the copy and the report are here.

Nothing of a record touches disk unencrypted: pages are decrypted in memory only, the new
database is a SQLCipher database like any other. Attachments whose chunks were not all recovered
are named (their SHA-256 no longer matches).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.errors import BadInput, LockedOut, PermissionDenied, WorkspaceDamaged, WrongCredentials
from app.workspace.keyslots import KEY_BYTES, Keyslot, unwrap_key, zero
from app.workspace.salvage_pages import (
    LOCK_BYTE_PAGE,
    PAGE_TABLE_INTERIOR,
    PAGE_TABLE_LEAF,
    BTrees,
    Pages,
    TreeWalk,
    decode_record,
)
from app.workspace.salvage_report import (
    NOT_COPIED,
    SalvageReport,
    TableReport,
    ranges,
)

SALVAGE = "salvage"  # the audit action recorded in the new workspace


# -- salvage ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Table:
    name: str
    root: int
    columns: list[str]
    rowid_alias: str | None  # an INTEGER PRIMARY KEY column, stored as the rowid
    without_rowid: bool
    indexes: list[tuple[str, int, list[str]]]  # name, root, indexed columns


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
    copy = _Copy(trees, tables, report)
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


def read_schema(trees: BTrees) -> dict[str, _Table]:
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
        tables: dict[str, _Table] = {}
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
            tables[name] = _Table(name, root, columns, alias, without_rowid, [])
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


Row = tuple[int | None, list[Any]]


class _Copy:
    """Reads each table's rows from verified pages and writes them into the new store as they
    come (never the whole database in memory), then what the indexes say of the rest."""

    def __init__(self, trees: BTrees, tables: dict[str, _Table], report: SalvageReport) -> None:
        self.trees = trees
        self.tables = tables
        self.report = report
        self.recovered: dict[str, set[int]] = {name: set() for name in tables}
        self.event_cases: set[Any] = set()  # case ids of the events kept
        self.listed_cases: set[Any] = set()  # case ids the damaged ``cases`` table listed
        self.store: Any = None
        self.columns: dict[str, list[str]] = {}

    def read_users(self) -> list[Row]:
        """The users table, read first: who may salvage is decided before anything is written."""
        users: list[Row] = []
        if "users" in self.tables:
            self._read(
                self.tables["users"], lambda table, rowid, values: users.append((rowid, values))
            )
        return users

    def write(
        self, source: Path, target: Path, key: bytearray, user: str, users: list[Row]
    ) -> None:
        from app.workspace import audit
        from app.workspace.durable import fsync_folder, write_atomically
        from app.workspace.folder import AUTH_STATE, DATABASE, KEYSLOTS, META
        from app.workspace.schema import MIGRATIONS
        from app.workspace.store import Store

        target.mkdir(parents=True, exist_ok=True, mode=0o700)
        # The keyslots and the small files beside them, unchanged: the same passwords, recovery
        # code and login screen. Not the database, its log, the back-off counter or temp files.
        skipped = {META, DATABASE, f"{DATABASE}-wal", f"{DATABASE}-shm", AUTH_STATE}
        for path in sorted(source.iterdir()):
            if path.is_file() and path.name not in skipped and not path.name.startswith("."):
                shutil.copyfile(path, target / path.name)
                os.chmod(target / path.name, 0o600)
        if not (target / KEYSLOTS).is_file():
            raise WorkspaceDamaged(f"{source / KEYSLOTS} could not be copied")
        os.close(os.open(target / DATABASE, os.O_CREAT | os.O_WRONLY, 0o600))
        self.store = store = Store.open(target / DATABASE, key)
        try:
            store.migrate(MIGRATIONS)
            store.execute("PRAGMA foreign_keys = OFF")  # a parent row may be among the lost
            self.columns = {
                r[0]: [c[1] for c in store.query(f'PRAGMA table_info("{r[0]}")')]
                for r in store.query("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            with store.atomic():
                store.execute("DELETE FROM settings")  # the damaged workspace's own settings win
                self._copy_all(users)
                _check_attachments(store, self.report)
                audit.record(
                    store,
                    user,
                    SALVAGE,
                    f"workspace:{self.report.workspace_id}",
                    json.dumps(
                        {
                            "from": self.report.source,
                            "damaged_pages": len(self.report.damaged_pages),
                            "lost": self.report.lost_summary(),
                        },
                        ensure_ascii=False,
                    ),
                )
            store.checkpoint()
        finally:
            store.close()
        meta = json.loads((source / META).read_text("utf-8"))
        meta["salvaged_at"] = audit.now_iso()
        write_atomically(target / META, json.dumps(meta, indent=1).encode("utf-8"))
        fsync_folder(target)

    def _copy_all(self, users: list[Row]) -> None:
        report = self.report
        for rowid, values in users:
            self._insert(self.tables["users"], rowid, values)
        for table in self.tables.values():
            if table.name != "users":
                self._read(table, self._insert)
        missing = {
            table.name: _index_entries(self.trees, table, self.recovered[table.name], report)
            for table in self.tables.values()
        }
        for name, (_, whole) in missing.items():
            report.tables[name].indexed_whole = whole
        lost = {name: entries for name, (entries, _) in missing.items()}
        _place_orphans(self.trees, self.tables, lost, report, self._placed)
        for table in self.tables.values():
            _name_lost_rows(table, report.tables[table.name], lost[table.name], report)
        _audit_gaps(self.recovered.get("audit", set()), report)
        _cases_lost(self.event_cases, self.listed_cases, report)
        pages = self.trees.pages
        pages.scan()
        report.damaged_pages = sorted(pages.damaged)
        free = self.trees.freelist()
        report.unplaced_pages = sorted(
            set(report.unplaced_pages)
            | {
                p
                for p in range(1, pages.count + 1)
                if p not in self.trees.visited
                and p not in free
                and p not in pages.damaged
                and p != LOCK_BYTE_PAGE
            }
        )

    def _read(self, table: _Table, sink: Callable[[_Table, int | None, list[Any]], None]) -> None:
        walk = TreeWalk()
        t = TableReport(table.name)
        self.report.tables[table.name] = t
        for cell in self.trees.cells(table.root, walk):
            if cell.payload is None:
                t.lost_known += 1
                if cell.lost_page is not None:
                    t.damaged_pages.append(cell.lost_page)
                first = _first_value(cell.local)
                if first is not None:
                    t.lost_ids.append(first)
                continue
            try:
                values = decode_record(cell.payload)
            except (ValueError, IndexError, UnicodeDecodeError):
                t.lost_known += 1
                continue
            sink(table, cell.rowid, values)
            t.recovered += 1
            if cell.rowid is not None:
                self.recovered[table.name].add(cell.rowid)
        t.damaged_pages.extend(walk.damaged)

    def _placed(self, table: _Table, rowid: int, values: list[Any]) -> None:
        """A row below a damaged page, which its table's index names."""
        self._insert(table, rowid, values)
        self.recovered[table.name].add(rowid)
        self.report.tables[table.name].recovered += 1
        self.report.tables[table.name].placed_by_index += 1

    def _insert(self, table: _Table, rowid: int | None, values: list[Any]) -> None:
        row = dict(zip(table.columns, values, strict=False))
        if table.name == "case_events":
            self.event_cases.add(row.get("case_id"))
        elif table.name == "cases":
            self.listed_cases.add(row.get("case_id"))
        if table.name in NOT_COPIED or table.name not in self.columns:
            return
        if table.rowid_alias is not None and row.get(table.rowid_alias) is None:
            row[table.rowid_alias] = rowid
        names = [c for c in row if c in self.columns[table.name]]
        sql = (
            f'INSERT OR IGNORE INTO "{table.name}" ('
            + ", ".join(f'"{c}"' for c in names)
            + ") VALUES ("
            + ", ".join("?" for _ in names)
            + ")"
        )
        self.store.execute(sql, [row[c] for c in names])


def _audit_gaps(seqs: set[int], report: SalvageReport) -> None:
    """The audit log is numbered from 1 and never loses a row: a missing number is a lost row."""
    t = report.tables.get("audit")
    if t is None or not seqs:
        return
    gaps = sorted(set(range(1, max(seqs) + 1)) - seqs)
    if gaps:
        t.lost_known = max(t.lost_known, len(gaps))
        t.lost_ids.append("seq " + ranges(gaps))


def _first_value(local: bytes) -> str | None:
    """The first column of a row whose overflow was lost, when the verified page holds it."""
    try:
        value = decode_record(local, limit=1)[0]
    except (ValueError, IndexError, UnicodeDecodeError):
        return None
    return value if isinstance(value, str) else None


def _index_entries(
    trees: BTrees, table: _Table, recovered: set[int], report: SalvageReport
) -> tuple[dict[int, dict[str, Any]], bool]:
    """The entries of ``table``'s indexes (read from verified pages) whose row was not recovered,
    by rowid: each names a lost row and the indexed values. And whether some index was read
    whole (then it lists every row the table had)."""
    missing: dict[int, dict[str, Any]] = {}
    whole = False
    for name, root, columns in table.indexes:
        walk = trees.walk(root)
        if walk.damaged:
            report.lost_indexes[name] = walk.damaged
        if table.without_rowid:  # its indexes point by key, not rowid: only checked
            continue
        readable = True
        for cell in walk.cells:
            try:
                if cell.payload is None:
                    raise ValueError("overflow lost")
                values = decode_record(cell.payload)
            except (ValueError, IndexError, UnicodeDecodeError):
                readable = False
                continue
            rowid = values[-1]
            if not isinstance(rowid, int) or rowid in recovered:
                continue
            named = missing.setdefault(rowid, {})
            for column, value in zip(columns, values[:-1], strict=False):
                if column:
                    named[column] = value
        whole = whole or (readable and not walk.damaged)
    return missing, whole


def _place_orphans(
    trees: BTrees,
    tables: dict[str, _Table],
    missing: dict[str, dict[int, dict[str, Any]]],
    report: SalvageReport,
    place: Callable[[_Table, int, list[Any]], None],
) -> None:
    """Rows on verified pages that no table reached, because a page above them is damaged. A row
    is given back to a table only when that table's own index, read from verified pages, names
    its rowid with the same values, and no other table's does; the rest stay unplaced."""
    free = trees.freelist()
    for pgno in range(1, trees.pages.count + 1):
        if pgno in trees.visited or pgno in free:
            continue
        page = trees.pages.page(pgno)
        if page is None or page[0] not in (PAGE_TABLE_LEAF, PAGE_TABLE_INTERIOR):
            continue
        walk = TreeWalk()
        unplaced = False
        for cell in trees.cells(pgno, walk):
            try:
                if cell.payload is None or cell.rowid is None:
                    raise ValueError("overflow lost")
                values = decode_record(cell.payload)
            except (ValueError, IndexError, UnicodeDecodeError):
                unplaced = True
                continue
            owners = [
                t
                for t in tables.values()
                if cell.rowid in missing[t.name]
                and _matches(t, cell.rowid, values, missing[t.name][cell.rowid])
            ]
            if len(owners) != 1:
                unplaced = True
                continue
            del missing[owners[0].name][cell.rowid]
            place(owners[0], cell.rowid, values)
        if unplaced:
            report.unplaced_pages.extend(walk.pages)


def _matches(table: _Table, rowid: int, values: list[Any], named: dict[str, Any]) -> bool:
    if not named or len(values) > len(table.columns):
        return False
    for column, expected in named.items():
        if column == table.rowid_alias:
            actual: Any = rowid
        else:
            at = table.columns.index(column)
            actual = values[at] if at < len(values) else None
        if actual != expected or type(actual) is not type(expected):
            return False
    return True


def _name_lost_rows(
    table: _Table, t: TableReport, missing: dict[int, dict[str, Any]], report: SalvageReport
) -> None:
    """What the index entries of rows still missing say about them."""
    t.lost_known = max(t.lost_known, len(missing))
    for named in missing.values():
        ident = named.get("id")
        if isinstance(ident, str):
            t.lost_ids.append(ident)
        case_id = named.get("case_id")
        if table.name == "case_events" and isinstance(case_id, str):
            if case_id not in report.cases_affected:
                report.cases_affected.append(case_id)


def _cases_lost(event_cases: set[Any], listed: set[Any], report: SalvageReport) -> None:
    """Cases the damaged workspace listed (its derived ``cases`` table, from verified pages) with
    no event left: lost whole. Cases that kept some events but lost others: affected."""
    affected = set(report.cases_affected)
    report.cases_lost = sorted(str(c) for c in (listed | affected) - event_cases if c)
    report.cases_affected = sorted(str(c) for c in affected & event_cases)


def _require_supervisor(users: list[Row], table: _Table | None, user: str) -> None:
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


def _check_attachments(store: Any, report: SalvageReport) -> None:
    """Attachments whose kept chunks no longer add up to their SHA-256."""
    for row in store.query("SELECT id, sha256 FROM attachments"):
        digest = hashlib.sha256()
        for chunk in store.query(
            "SELECT data FROM attachment_chunks WHERE blob = ? ORDER BY n", (row[0],)
        ):
            digest.update(bytes(chunk[0]))
        if digest.hexdigest() != row[1]:
            report.attachments_incomplete.append(str(row[0]))
