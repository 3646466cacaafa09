"""Salvage's copy: the rows of a damaged database that verify, written into the new workspace.

``SalvageCopy`` reads each table's B-tree from verified pages (app/workspace/salvage_pages.py) and
inserts its rows into the new store as they come (never the whole database in memory), then
turns to what the tables did not reach:

- the entries of each table's indexes, read from verified pages too, whose row was not
  recovered: each names a lost row by rowid and the indexed values (an event's id and case);
- rows on verified pages below a damaged interior page: given back to a table only when that
  table's own index names the rowid with the same values and no other table's index does
  (``_place_orphans``); the rest are reported as unplaced pages;
- gaps in the audit log's numbering (a lost audit row), cases left without any event (lost
  whole) or with some lost (affected), attachments whose kept chunks no longer add up to their
  SHA-256.

Everything found goes into the ``SalvageReport`` (app/workspace/salvage_report.py); the salvage
itself is audited in the new workspace (``SALVAGE``) in the transaction that copied the rows.
The derived tables (``NOT_COPIED``) are read, for the report, but not copied. The credentials,
the target folder and who may salvage are app/workspace/salvage.py's.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.errors import WorkspaceDamaged
from app.workspace.salvage_pages import (
    LOCK_BYTE_PAGE,
    PAGE_TABLE_INTERIOR,
    PAGE_TABLE_LEAF,
    BTrees,
    TreeWalk,
    decode_record,
)
from app.workspace.salvage_report import NOT_COPIED, SalvageReport, TableReport, ranges

SALVAGE = "salvage"  # the audit action recorded in the new workspace


@dataclass(frozen=True)
class DamagedTable:
    """A table of the damaged database as its schema (on verified pages) describes it."""

    name: str
    root: int
    columns: list[str]
    rowid_alias: str | None  # an INTEGER PRIMARY KEY column, stored as the rowid
    without_rowid: bool
    indexes: list[tuple[str, int, list[str]]]  # name, root, indexed columns


Row = tuple[int | None, list[Any]]


class SalvageCopy:
    """Reads each table's rows from verified pages and writes them into the new store as they
    come (never the whole database in memory), then what the indexes say of the rest."""

    def __init__(
        self, trees: BTrees, tables: dict[str, DamagedTable], report: SalvageReport
    ) -> None:
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

    def _read(
        self, table: DamagedTable, sink: Callable[[DamagedTable, int | None, list[Any]], None]
    ) -> None:
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

    def _placed(self, table: DamagedTable, rowid: int, values: list[Any]) -> None:
        """A row below a damaged page, which its table's index names."""
        self._insert(table, rowid, values)
        self.recovered[table.name].add(rowid)
        self.report.tables[table.name].recovered += 1
        self.report.tables[table.name].placed_by_index += 1

    def _insert(self, table: DamagedTable, rowid: int | None, values: list[Any]) -> None:
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
    trees: BTrees, table: DamagedTable, recovered: set[int], report: SalvageReport
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
    tables: dict[str, DamagedTable],
    missing: dict[str, dict[int, dict[str, Any]]],
    report: SalvageReport,
    place: Callable[[DamagedTable, int, list[Any]], None],
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


def _matches(table: DamagedTable, rowid: int, values: list[Any], named: dict[str, Any]) -> bool:
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
    table: DamagedTable, t: TableReport, missing: dict[int, dict[str, Any]], report: SalvageReport
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
