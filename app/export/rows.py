"""Export rows: each submission flattened once and kept, encrypted, beside it in the store.

An export of 100 000 submissions spent most of its time reading each record (its XML copy and all),
parsing its JSON and walking it column by column, at every export. Here a submission is flattened
once, by the same ``Flattener`` an export used, into the cells of its main row and the rows of its
repeats; the cells are kept in ``export_rows`` (migration ``0011_export_rows``) inside the SQLCipher
database, like everything else of a record: never a plaintext cache, never a file.

The rows are a cache of what the submissions say, made lazily by the export that first needs them
(``refresh``: only submissions without a current row are read), so a supervisor's export flattens
just what arrived since the last one. A row is current when its ``shape`` (a fingerprint of the
form version's columns and repeats and of the flattening itself, ``FLATTEN_FORMAT``) matches the
form definition the export uses; any other row is flattened again. Erasing a submission erases its
row (a foreign key, ``ON DELETE CASCADE``); a change to a submission (never made: they are
immutable) drops its row (a trigger). Labels are applied at export time, so one row serves every
language.

Beside the cells each row keeps the CSV text a codes export writes for it (``app.export.lines``,
migration ``0014_export_cells``): formula-safe, quoted, ready to join. A CSV export without labels
reads that text (``read_lines``) and decodes nothing; labelled, XLSX and JSON exports read the
cells (``read``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from app.errors import BadInput
from app.export import lines
from app.export.tables import ChildRows, Flattener, Shape
from app.interviews.form_library import FormLibrary
from app.workspace.store import Store
from forms import FormDefinition

FLATTEN_FORMAT = "2"  # bump when Flattener's output changes: every row is then made again
BATCH = 500  # submissions read and written per statement batch (and per cancel check)
READ = 5000  # export rows read at a time as CSV text (and per cancel check)
CELLS = 1000  # export rows read at a time as cells (decoded: larger in memory than text)

Version = tuple[str, str]  # (form id, form version)


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


@dataclass
class FormVersion:
    """A form version as the export sees it: its definition (None: not in this laptop's library,
    so its submissions cannot be exported) and its flattening."""

    form_id: str
    version: str
    definition: FormDefinition | None
    flattener: Flattener | None
    shape: str | None


class ExportRows:
    """The export rows of one workspace, for one export (form definitions looked up once)."""

    def __init__(self, store: Store, library: FormLibrary) -> None:
        self.store = store
        self.library = library
        self._versions: dict[Version, FormVersion] = {}

    def version(self, form_id: str, version: str) -> FormVersion:
        found = self._versions.get((form_id, version))
        if found is None:
            try:
                definition: FormDefinition | None = self.library.get(form_id, version)
            except BadInput:
                definition = None
            flattener = Flattener(definition) if definition is not None else None
            shape = fingerprint(definition, flattener) if definition and flattener else None
            found = FormVersion(form_id, version, definition, flattener, shape)
            self._versions[(form_id, version)] = found
        return found

    def refresh(self, check: Callable[[], None]) -> set[Version]:
        """Make the rows that are missing or stale; returns every form version that has
        submissions (those without a definition included, so the export can name them)."""
        store = self.store
        present = {
            (str(r[0]), str(r[1])): str(r[2])
            for r in store.query("SELECT DISTINCT form_id, form_version, shape FROM export_rows")
        }
        stale: list[str] = []
        for (form_id, version), shape in present.items():
            current = self.version(form_id, version).shape
            if current is not None and current != shape:
                stale += [
                    str(r[0])
                    for r in store.query(
                        "SELECT submission_id FROM export_rows"
                        " WHERE form_id = ? AND form_version = ? AND shape = ?",
                        (form_id, version, shape),
                    )
                ]
        missing = [
            str(r[0])
            for r in store.query(
                "SELECT id FROM submissions WHERE id NOT IN (SELECT submission_id FROM export_rows"
                " WHERE csv_head IS NOT NULL) ORDER BY id"
            )
        ]
        versions = set(present)
        for batch in _batches(stale + missing):
            check()
            versions |= self._flatten(batch)
        return versions

    def _flatten(self, ids: Sequence[str]) -> set[Version]:
        rows = self.store.query(
            "SELECT id, form_id, form_version, author, created_at, data FROM submissions"
            f" WHERE id IN ({','.join('?' * len(ids))}) ORDER BY form_id, form_version, id",
            list(ids),
        )
        seen: set[Version] = set()
        made: list[tuple[str, str, str, str, str, str, str, list[str], ChildRows]] = []
        for r in rows:
            sid, form_id, version = str(r[0]), str(r[1]), str(r[2])
            seen.add((form_id, version))
            form = self.version(form_id, version)
            if form.flattener is None or form.shape is None:
                continue  # no definition here: exported (and flattened) once it arrives
            record = json.loads(r[5])
            record = record if isinstance(record, dict) else {}
            data = record.get("data")
            data = data if isinstance(data, dict) else {}
            key = _as_sql_text(record.get("instance_id")) or sid
            cells = form.flattener.cells(data)
            children = form.flattener.children(data, key)
            made.append((sid, form_id, version, form.shape, key, r[3], r[4], cells, children))
        # the CSV text of the rows (app/export/lines.py), encoded a batch at a time
        heads = lines.fields([[m[4], m[0], m[2], m[5], m[6]] for m in made])
        tails = iter(lines.fields([m[7] for m in made if m[7]]))
        rows_made = [
            (
                *m[:7],
                _dumps(m[7]),
                _dumps(m[8]) if m[8] else None,
                head,
                "," + next(tails) if m[7] else "",
                _dumps({r: lines.lines(rs) for r, rs in m[8].items()}) if m[8] else None,
            )
            for m, head in zip(made, heads, strict=True)
        ]
        with self.store.atomic():
            self.store.executemany(
                "INSERT OR REPLACE INTO export_rows (submission_id, form_id, form_version, shape,"
                " key, author, submitted, cells, children, csv_head, csv_tail, csv_children)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows_made,
            )
        return seen

    def read(
        self, form: FormVersion, where: Sequence[str], params: Sequence[Any]
    ) -> Iterator[tuple[str, str, str, str, list[str], ChildRows | None]]:
        """The current rows of one form version in submission order, as (submission id, key,
        author, submitted, cells, children); ``where`` may test ``submitted``."""
        loads = json.loads
        for batch in self._batches(
            form, "key, author, submitted, cells, children", where, params, CELLS
        ):
            for sid, key, author, submitted, cells, children in batch:
                yield (
                    sid,
                    key,
                    author,
                    submitted,
                    loads(cells),
                    loads(children) if children else None,
                )

    def read_children(
        self, form: FormVersion, where: Sequence[str], params: Sequence[Any], lines: bool
    ) -> Iterator[list[tuple[str, Any]]]:
        """The repeats' rows of one form version's submissions that have any, in submission
        order, in batches: (submission id, the rows by repeat as JSON; ``lines``: as CSV text)."""
        column = "csv_children" if lines else "children"
        yield from self._batches(form, column, [*where, f"{column} IS NOT NULL"], params, CELLS)

    def ids(
        self, form: FormVersion, where: Sequence[str], params: Sequence[Any]
    ) -> Iterator[list[tuple[str]]]:
        """The submission ids of one form version's current rows, in batches."""
        yield from self._batches(form, "", where, params, READ)

    def _batches(
        self,
        form: FormVersion,
        columns: str,
        where: Sequence[str],
        params: Sequence[Any],
        size: int,
    ) -> Iterator[list[Any]]:
        """Rows of one form version in submission order, ``size`` at a time (a batch is all an
        export holds): the submission id, then ``columns``."""
        sql = (
            f"SELECT submission_id{', ' + columns if columns else ''} FROM export_rows"
            " WHERE form_id = ? AND form_version = ? AND shape = ? AND submission_id > ?"
            + "".join(f" AND {w}" for w in where)
            + f" ORDER BY submission_id LIMIT {size}"
        )
        after = ""
        while batch := self.store.query(
            sql, [form.form_id, form.version, form.shape, after, *params]
        ):
            yield batch
            after = batch[-1][0]

    def read_lines(
        self, form: FormVersion, where: Sequence[str], params: Sequence[Any]
    ) -> Iterator[list[tuple[str, str, str, str | None]]]:
        """The current rows of one form version in submission order, in batches of ``READ``, as
        their CSV text (``app.export.lines``): (submission id, head, tail, the repeats' lines as
        JSON or None); ``where`` may test ``submitted``."""
        yield from self._batches(form, "csv_head, csv_tail, csv_children", where, params, READ)


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


def _batches(ids: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(ids), BATCH):
        yield ids[start : start + BATCH]
