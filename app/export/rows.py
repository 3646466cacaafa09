"""Export rows: each submission flattened once and kept, encrypted, beside it in the store.

An export of 100 000 submissions spent most of its time reading each record (its XML copy and all),
parsing its JSON and walking it column by column, at every export. Here a submission is flattened
once, by the same ``Flattener`` an export used, into the cells of its main row and the rows of its
repeats; the cells are kept in ``export_rows`` (migration ``0011_export_rows``) inside the SQLCipher
database, like everything else of a record: never a plaintext cache, never a file.

The rows are a cache of what the submissions say, made by the export that first needs them, in
the same pass that writes them (``lines``, ``cells``): an export reads its submissions' ids in
order, takes the current rows kept for them and flattens the others, a batch at a time (one
statement reads them, one ``executemany`` keeps them), so a supervisor's export flattens just what
arrived since the last one and never reads back what it has just made. A row is current when its
``shape`` (a fingerprint of the form version's columns and repeats and of the flattening itself,
``FLATTEN_FORMAT``) matches the form definition the export uses; any other row is flattened
again. Erasing a submission erases its row (a foreign key, ``ON DELETE CASCADE``); a change to a
submission (never made: they are immutable) drops its row (a trigger). Labels are applied at
export time, so one row serves every language.

Flattening is a plan made once per form version (``Plan``): SQLite's ``json_extract`` takes every
column's value out of the stored record in one call (one per 500 columns), in C, and Python
decodes only that short array (plus the repeats, for a form that has any), never the whole
record with its XML copy.
The cells are what ``Flattener.cells`` makes of the record (``as_cell``: blank for a missing
value, a group or a list); the array is kept as SQLite wrote it (nulls and all) and made cells
again when read (``_cells``). A record that is not strict JSON (``NaN``, which Python writes and
SQLite reads as null; never in a record fieldcase makes: answers are text) takes the slow way,
``json.loads`` and the ``Flattener``. (``json_valid``'s flags need SQLite 3.45 or later; the
SQLCipher 4.19 of the ``sqlcipher3`` wheel has 3.53.)

Beside the cells each row keeps the CSV text a codes export writes for it (``app.export.lines``,
migration ``0014_export_cells``): formula-safe, quoted, ready to join. A CSV export without labels
reads that text (``lines``) and decodes nothing; labelled, XLSX and JSON exports read the cells
(``cells``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from app.errors import BadInput
from app.export import lines as csv_lines
from app.export.tables import ChildRows, Flattener, Shape, as_cell
from app.interviews.form_library import FormLibrary
from app.workspace.store import Store
from forms import FormDefinition

FLATTEN_FORMAT = "2"  # bump when Flattener's output changes: every row is then made again
BATCH = 500  # submissions flattened and kept per statement batch
READ = 5000  # export rows read at a time as CSV text (and per cancel check)
CELLS = 1000  # export rows read at a time as cells (decoded: larger in memory than text)

Version = tuple[str, str]  # (form id, form version)
Line = tuple[str, str, str, str | None]  # submission id, csv head, csv tail, repeats' lines
Cells = tuple[str, str, str, str, list[str], ChildRows | None]  # id, key, author, submitted, ...


def _shape_json(shape: Shape) -> list[Any]:
    return [
        shape.repeat,
        [[c.name, c.gpath, c.qtype] for c in shape.columns],
        [_shape_json(child) for child in shape.children],
    ]


def fingerprint(definition: FormDefinition, flattener: Flattener) -> str:
    """What a stored row depends on: the flattening and this form version's layout."""
    text = json.dumps(
        [
            FLATTEN_FORMAT,
            definition.form_id,
            definition.version,
            flattener.root,
            _shape_json(flattener.shape),
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(text.encode()).hexdigest()[:32]


PATHS = 500  # paths per json_extract call (SQLite takes at most 1000 arguments)


def _path(steps: Sequence[str]) -> str:
    """A JSON path into a stored record (``{"data": {...}}``) as an SQL string literal; every
    step quoted, as XML names may hold dots and hyphens (never a quote)."""
    quoted = "".join(f'."{step}"' for step in steps).replace("'", "''")
    return f"'$.\"data\"{quoted}'"


def _extract(paths: Sequence[str]) -> list[tuple[str, int]]:
    """``json_extract`` calls of ``PATHS`` paths at most, each returning a JSON array (with one
    path it would return a bare value: the path is then asked twice and the array cut), with
    the number of paths each asks."""
    calls = []
    for start in range(0, len(paths), PATHS):
        part = paths[start : start + PATHS]
        asked = part if len(part) > 1 else [*part, *part]
        calls.append((f"json_extract(data, {', '.join(asked)})", len(part)))
    return calls


class Plan:
    """How one form version's records become rows, made once per export: the SQL that reads the
    columns' values and the repeats out of the stored records (``Flattener``'s paths), each in
    one JSON array where the form has no more than ``PATHS`` of them."""

    def __init__(self, flattener: Flattener) -> None:
        self.flattener = flattener
        self.width = len(flattener.shape.columns)
        self.repeats = len(flattener.shape.children)
        columns = _extract([_path(steps) for steps in flattener.column_steps()]) or [("'[]'", 0)]
        found = _extract([_path(steps) for steps in flattener.repeat_steps()]) or [("NULL", 0)]
        self._columns = [n for _, n in columns]
        self._found = [n for _, n in found]
        self.sql = (
            "SELECT id, author, created_at, json_extract(data, '$.instance_id'),"
            f" {', '.join(c for c, _ in columns)}, {', '.join(c for c, _ in found)},"
            " json_valid(data, 1) FROM submissions WHERE id IN "
        )

    def values(self, row: Sequence[Any]) -> tuple[list[str], str, list[Any] | None]:
        """A row of ``sql``'s: the cells, their array as kept (SQLite's text when it is one
        array of the columns alone), and what each repeat's path holds (None: no repeats)."""
        loads = json.loads
        texts = row[4 : 4 + len(self._columns)]
        if len(texts) == 1:
            cells = _cells(loads(texts[0]))
            if len(cells) == self.width:
                return cells, texts[0], self._repeats(row)
            cells = cells[: self.width]  # one column, asked twice
        else:
            cells = _cells(
                [v for t, n in zip(texts, self._columns, strict=True) for v in loads(t)[:n]]
            )
        return cells, _dumps(cells), self._repeats(row)

    def _repeats(self, row: Sequence[Any]) -> list[Any] | None:
        if not self.repeats:
            return None
        start = 4 + len(self._columns)
        texts = row[start : start + len(self._found)]
        return [v for t, n in zip(texts, self._found, strict=True) for v in json.loads(t)[:n]]


@dataclass
class FormVersion:
    """A form version as the export sees it: its definition (None: not in this laptop's library,
    so its submissions cannot be exported) and its flattening."""

    form_id: str
    version: str
    definition: FormDefinition | None
    flattener: Flattener | None
    shape: str | None
    plan: Plan | None = None


_BLANK: dict[Any, Any] = {None: ""}


def _cells(values: list[Any]) -> list[str]:
    """The cells of a kept array (SQLite's, nulls and all, or already cells): a null blank,
    found in C (``dict.get``); when anything else but text is left (``join`` refuses it, as
    ``get`` refuses a group or a list) each value is made a cell the long way (``as_cell``)."""
    try:
        cells: list[str] = list(map(_BLANK.get, values, values))
        "".join(cells)
    except TypeError:
        return [as_cell(v) for v in values]
    return cells


class ExportRows:
    """The export rows of one workspace, for one export (form definitions looked up once)."""

    def __init__(self, store: Store, library: FormLibrary) -> None:
        self.store = store
        self.library = library
        self._versions: dict[Version, FormVersion] = {}

    def version(self, form_id: str, version: str) -> FormVersion:
        """A form version's definition: the copy the workspace holds when it has one (its XForm
        read in milliseconds), else the library's (the shipped forms converted, seconds)."""
        found = self._versions.get((form_id, version))
        if found is None:
            definition = self.library.stored(form_id, version)
            if definition is None:
                try:
                    definition = self.library.get(form_id, version)
                except BadInput:
                    definition = None
            flattener = Flattener(definition) if definition is not None else None
            shape = fingerprint(definition, flattener) if definition and flattener else None
            plan = Plan(flattener) if flattener is not None else None
            found = FormVersion(form_id, version, definition, flattener, shape, plan)
            self._versions[(form_id, version)] = found
        return found

    def versions(self) -> set[Version]:
        """Every form version that has submissions (those without a definition included, so
        the export can name them)."""
        rows = self.store.query("SELECT DISTINCT form_id, form_version FROM submissions")
        return {(str(r[0]), str(r[1])) for r in rows}

    def ids(self, form: FormVersion, where: Sequence[str], params: Sequence[Any]) -> list[str]:
        """The ids of one form version's submissions, in order; ``where`` may test
        ``created_at``."""
        rows = self.store.query(
            "SELECT id FROM submissions WHERE form_id = ? AND form_version = ?"
            + "".join(f" AND {w}" for w in where)
            + " ORDER BY id",
            [form.form_id, form.version, *params],
        )
        return [str(r[0]) for r in rows]

    def keep(self, limit: int, after: list[str]) -> int:
        """Keep the rows of at most ``limit`` submissions that have no current row (``_make``, the
        export's own code, in transactions of ``BATCH`` at most); returns how many were kept, 0
        when none is left. Found without reading the records: rows of another ``shape`` in the
        export rows' index, submissions without a row from the two primary keys' indexes
        (``after[0]``: the last id looked at, for the submissions of a form version this laptop
        has no definition of, which never get a row); only the records to flatten are read. A
        row kept before its CSV text was (migration 0014) is left to the export, which makes it
        again."""
        while found := self._stale(limit) or self._missing(limit, after):
            kept = 0
            for (form_id, version), ids in sorted(found.items()):
                form = self.version(form_id, version)
                if form.shape is None:
                    continue  # no definition here: the export names it, nothing to keep
                for start in range(0, len(ids), BATCH):
                    kept += len(self._make(form, ids[start : start + BATCH], True))
            if kept:
                return kept
        return 0

    def _missing(self, limit: int, after: list[str]) -> dict[Version, list[str]]:
        """Submissions after ``after[0]`` without an export row (the two primary keys' indexes,
        no record read), at most ``limit``, by form version; moves ``after[0]`` on."""
        rows = self.store.query(
            "SELECT s.id FROM submissions s WHERE s.id > ? AND NOT EXISTS"
            " (SELECT 1 FROM export_rows e WHERE e.submission_id = s.id)"
            " ORDER BY s.id LIMIT ?",
            [after[0], limit],
        )
        found: dict[Version, list[str]] = {}
        if rows:
            ids = [str(r[0]) for r in rows]
            after[0] = ids[-1]
            for sid, form_id, version in self.store.query(
                "SELECT id, form_id, form_version FROM submissions"
                f" WHERE id IN ({','.join('?' * len(ids))}) ORDER BY id",
                ids,
            ):
                found.setdefault((str(form_id), str(version)), []).append(str(sid))
        return found

    def _stale(self, limit: int) -> dict[Version, list[str]]:
        """The rows kept for another layout or flattening than the current one (the export rows'
        index alone), at most ``limit``, by form version."""
        found: dict[Version, list[str]] = {}
        versions = self.store.query("SELECT DISTINCT form_id, form_version FROM export_rows")
        for form_id, version in sorted((str(r[0]), str(r[1])) for r in versions):
            form = self.version(form_id, version)
            left = limit - sum(map(len, found.values()))
            if form.shape is None or left <= 0:
                continue
            ids = self.store.query(
                "SELECT submission_id FROM export_rows WHERE form_id = ? AND form_version = ?"
                " AND shape <> ? LIMIT ?",
                [form_id, version, form.shape, left],
            )
            if ids:
                found[(form_id, version)] = [str(r[0]) for r in ids]
        return found

    def lines(self, form: FormVersion, ids: Sequence[str]) -> Iterator[list[Line]]:
        """The rows of these submissions (of one form version, in order) as their CSV text
        (``app.export.lines``), in batches of ``READ``: (submission id, head, tail, the repeats'
        lines as JSON or None). Rows not kept yet are made and kept on the way."""
        yield from self._rows(form, ids, True, READ)

    def cells(self, form: FormVersion, ids: Sequence[str]) -> Iterator[list[Cells]]:
        """The rows of these submissions (of one form version, in order) as cells, in batches
        of ``CELLS``: (submission id, key, author, submitted, cells, children or None). Rows not
        kept yet are made and kept on the way."""
        yield from self._rows(form, ids, False, CELLS)

    def _rows(
        self, form: FormVersion, ids: Sequence[str], as_lines: bool, size: int
    ) -> Iterator[list[Any]]:
        columns = (
            "csv_head, csv_tail, csv_children"
            if as_lines
            else "key, author, submitted, cells, children"
        )
        kept_sql = (
            f"SELECT submission_id, {columns} FROM export_rows WHERE shape = ?"
            + (" AND csv_head IS NOT NULL" if as_lines else "")
            + " AND submission_id IN "
        )
        loads = json.loads
        for start in range(0, len(ids), size):
            batch = ids[start : start + size]
            found: dict[str, Any] = {
                r[0]: r
                for r in self.store.query(
                    kept_sql + f"({','.join('?' * len(batch))})", [form.shape, *batch]
                )
            }
            if not as_lines:
                found = {
                    sid: (sid, r[1], r[2], r[3], _cells(loads(r[4])), loads(r[5]) if r[5] else None)
                    for sid, r in found.items()
                }
            missing = [sid for sid in batch if sid not in found]
            for part in range(0, len(missing), BATCH):
                found.update(self._make(form, missing[part : part + BATCH], as_lines))
            yield [found[sid] for sid in batch if sid in found]

    def _make(self, form: FormVersion, ids: Sequence[str], as_lines: bool) -> dict[str, Any]:
        """Flatten these submissions, keep their rows (one ``executemany``) and return them as
        ``lines`` or ``cells`` gives them."""
        plan, flattener = form.plan, form.flattener
        assert plan is not None and flattener is not None
        rows = self.store.query(plan.sql + f"({','.join('?' * len(ids))})", list(ids))
        odd = [str(r[0]) for r in rows if not r[-1]]  # not strict JSON: NaN, read as json does
        records = dict(
            self.store.query(
                f"SELECT id, data FROM submissions WHERE id IN ({','.join('?' * len(odd))})", odd
            )
            if odd
            else []
        )
        made: list[tuple[str, str, str, str, str, list[str], ChildRows]] = []
        for row in rows:
            sid, author, submitted, instance = str(row[0]), str(row[1]), str(row[2]), row[3]
            if not row[-1]:
                record = records[sid]
                data = _record_data(record)
                key = _as_sql_text(_record(record).get("instance_id")) or sid
                cells = flattener.cells(data)
                text = _dumps(cells)
                children = flattener.children(data, key)
            else:
                key = str(instance or "") or sid
                cells, text, repeats = plan.values(row)
                children = flattener.children_of(repeats, key) if repeats is not None else {}
            made.append((sid, key, author, submitted, text, cells, children))
        # the CSV text of the rows (app/export/lines.py), encoded a batch at a time
        heads = csv_lines.fields([[m[1], m[0], form.version, m[2], m[3]] for m in made])
        tails = iter(csv_lines.fields([m[5] for m in made if m[5]]))
        kept = []
        out: dict[str, Any] = {}
        for (sid, key, author, submitted, text, cells, children), head in zip(
            made, heads, strict=True
        ):
            tail = "," + next(tails) if cells else ""
            child_lines = (
                _dumps({r: csv_lines.lines(rs) for r, rs in children.items()}) if children else None
            )
            kept.append(
                (
                    sid,
                    form.form_id,
                    form.version,
                    form.shape,
                    key,
                    author,
                    submitted,
                    text,
                    _dumps(children) if children else None,
                    head,
                    tail,
                    child_lines,
                )
            )
            if as_lines:
                out[sid] = (sid, head, tail, child_lines)
            else:
                out[sid] = (sid, key, author, submitted, cells, children or None)
        with self.store.atomic():
            self.store.executemany(
                "INSERT OR REPLACE INTO export_rows (submission_id, form_id, form_version, shape,"
                " key, author, submitted, cells, children, csv_head, csv_tail, csv_children)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                kept,
            )
        return out

    def read_children(
        self, form: FormVersion, where: Sequence[str], params: Sequence[Any], lines: bool
    ) -> Iterator[list[tuple[str, Any]]]:
        """The repeats' rows of one form version's submissions that have any, in submission
        order, in batches: (submission id, the rows by repeat as JSON; ``lines``: as CSV text).
        Read after the main table's pass (``lines``, ``cells``), which kept every row."""
        column = "csv_children" if lines else "children"
        sql = (
            f"SELECT submission_id, {column} FROM export_rows"
            " WHERE form_id = ? AND form_version = ? AND shape = ? AND submission_id > ?"
            f" AND {column} IS NOT NULL"
            + "".join(f" AND {w}" for w in where)
            + f" ORDER BY submission_id LIMIT {CELLS}"
        )
        after = ""
        while batch := self.store.query(
            sql, [form.form_id, form.version, form.shape, after, *params]
        ):
            yield batch
            after = batch[-1][0]


def _record(text: str) -> dict[str, Any]:
    record = json.loads(text)
    return record if isinstance(record, dict) else {}


def _record_data(text: str) -> dict[str, Any]:
    data = _record(text).get("data")
    return data if isinstance(data, dict) else {}


def _as_sql_text(value: Any) -> str:
    """The instance id as earlier exports read it (``json_extract``, then ``str(x or "")``), so
    keys stay what they were whatever a record holds."""
    if isinstance(value, bool):
        value = int(value)
    elif isinstance(value, (dict, list)):
        value = _dumps(value)
    return str(value or "")


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
