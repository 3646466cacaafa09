"""Submissions flattened into tables: one per form, one per repeat group (ODK's layout).

Main table columns: ``KEY`` (the instance id), ``SUBMISSION_ID``, ``FORM_VERSION``, ``AUTHOR``,
``SUBMITTED``, ``CASE_ID`` (when the submission opened or updated a case), then every question and
calculation of the form in form order (notes left out), by XLSForm name (unique in a form).
A repeat's table (``intake-family``) has ``PARENT_KEY`` (the parent row's ``KEY``), ``KEY``
(``<parent key>/family[2]``) and the repeat's own fields. Values are as the instance holds them;
with ``language`` set, headers become labels and choice codes become choice labels in it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from forms import FormDefinition, FormSession
from forms.display import choice_label, render

SKIP_KINDS = ("note",)
META_COLUMNS = ["KEY", "SUBMISSION_ID", "FORM_VERSION", "AUTHOR", "SUBMITTED", "CASE_ID"]
CHILD_META = ["PARENT_KEY", "KEY"]


@dataclass
class Table:
    """A table's rows held in ``rows`` (or ``lines``), or streamed: ``source`` yields them a
    chunk at a time, afresh each time it is called, and the writer counts them in ``written``;
    an export holds a chunk, never a whole table."""

    name: str
    columns: list[str]
    headers: list[str]
    rows: list[list[str]] = field(default_factory=list)
    # or, for a CSV export of codes, each row as its CSV line (app/export/lines.py), rows empty
    lines: list[str] | None = None
    source: Callable[[], Iterator[list[Any]]] | None = None  # chunks of rows, or of lines
    streams_lines: bool = False  # ``source`` yields CSV lines (app/export/lines.py)
    written: int = 0

    def count(self) -> int:
        if self.source is not None:
            return self.written
        return len(self.rows) if self.lines is None else len(self.lines)

    @property
    def holds_lines(self) -> bool:
        return self.lines is not None or (self.source is not None and self.streams_lines)


@dataclass(frozen=True)
class Column:
    name: str
    gpath: str
    qtype: str


@dataclass
class Shape:
    """Which fields go in which table, for one form."""

    repeat: str | None  # gpath of the repeat this table is for (None: the main table)
    columns: list[Column]
    children: list[Shape]


def shape_of(definition: FormDefinition) -> Shape:
    repeats = sorted(definition.repeats, key=len)

    def owner(gpath: str) -> str | None:
        found = None
        for repeat in repeats:
            if gpath.startswith(repeat + "/"):
                found = repeat
        return found

    shapes: dict[str | None, Shape] = {None: Shape(None, [], [])}
    for repeat in repeats:
        shapes[repeat] = Shape(repeat, [], [])
        shapes[owner(repeat)].children.append(shapes[repeat])
    for fld in definition.fields:
        if fld.kind in SKIP_KINDS:
            continue
        shapes[owner(fld.gpath)].columns.append(Column(fld.name, fld.gpath, fld.qtype))
    return shapes[None]


class Labeller:
    """Labels of one form in one language (from a blank session: no answers involved)."""

    def __init__(self, definition: FormDefinition, language: str) -> None:
        self.session = FormSession(definition, language=language)
        self.language = language
        self._choices: dict[tuple[str, str], str] = {}

    def header(self, column: Column) -> str:
        control = self.session.definition.controls.get(column.gpath)
        text = render(
            self.session, control.label if control else None, self.session.data, self.language
        )
        return text or column.name

    def value(self, column: Column, value: str) -> str:
        if not value or not column.qtype.startswith("select"):
            return value
        codes = value.split() if column.qtype.startswith("select_multiple") else [value]
        labels = []
        for code in codes:
            key = (column.gpath, code)
            if key not in self._choices:
                self._choices[key] = choice_label(self.session, column.gpath, code) or code
            labels.append(self._choices[key])
        return "; ".join(labels)


def _steps(gpath: str, base: str) -> list[str]:
    return [s for s in gpath[len(base) :].split("/") if s]


def as_cell(value: Any) -> str:
    """A value as the instance holds it; a group or a list where a value belongs is blank."""
    if value is None or isinstance(value, (dict, list)):
        return ""
    return value if type(value) is str else str(value)


@dataclass(frozen=True)
class SubmissionRow:
    submission_id: str
    version: str
    author: str
    submitted: str
    case_id: str | None
    instance_id: str
    data: dict[str, Any]


ChildRows = dict[str, list[list[str]]]  # repeat gpath -> rows of its table, in document order


class Flattener:
    """One form version's submissions to cells: the main row's answers (in column order) and the
    rows of its repeats. Labels are not applied here: cells are the codes the instance holds."""

    def __init__(self, definition: FormDefinition) -> None:
        self.shape = shape_of(definition)
        self.root = "/" + definition.primary.children[0].name if definition.primary.children else ""
        # per table: (steps to the group, [(key, column index)]), one walk per group
        self._plans: dict[int, list[tuple[tuple[str, ...], list[tuple[str, int]]]]] = {}

    def _plan(self, s: Shape, base: str) -> list[tuple[tuple[str, ...], list[tuple[str, int]]]]:
        if id(s) not in self._plans:
            groups: dict[tuple[str, ...], list[tuple[str, int]]] = {}
            for index, column in enumerate(s.columns):
                steps = _steps(column.gpath, base)
                groups.setdefault(tuple(steps[:-1]), []).append((steps[-1], index))
            self._plans[id(s)] = list(groups.items())
        return self._plans[id(s)]

    def _values(self, s: Shape, data: dict[str, Any], base: str) -> list[str]:
        found = [""] * len(s.columns)
        for group, members in self._plan(s, base):
            holder: Any = data
            for step in group:
                holder = holder.get(step) if isinstance(holder, dict) else None
            if not isinstance(holder, dict):
                continue
            get = holder.get
            for key, index in members:
                value = get(key)
                if type(value) is str:
                    found[index] = value
                elif value is not None:
                    found[index] = as_cell(value)
        return found

    def cells(self, data: dict[str, Any]) -> list[str]:
        return self._values(self.shape, data, self.root)

    def children(self, data: dict[str, Any], key: str) -> ChildRows:
        out: ChildRows = {}
        self._children(self.shape, data, self.root, key, out)
        return out

    def repeat_steps(self) -> list[list[str]]:
        """The steps below the root to each repeat of the main table, in ``children_of`` order."""
        return [_steps(child.repeat or "", self.root) for child in self.shape.children]

    def column_steps(self) -> list[list[str]]:
        """The steps below the root to each main column's value, in column order."""
        return [_steps(column.gpath, self.root) for column in self.shape.columns]

    def children_of(self, found: Sequence[Any], key: str) -> ChildRows:
        """``children`` from what each repeat's path (``repeat_steps``) holds in a record, found
        without walking the rest of it (by SQL: ``app.export.rows``)."""
        out: ChildRows = {}
        for child, instances in zip(self.shape.children, found, strict=True):
            self._instances(child, instances, key, out)
        return out

    def _children(
        self, s: Shape, data: dict[str, Any], base: str, key: str, out: ChildRows
    ) -> None:
        for child in s.children:
            assert child.repeat is not None
            instances: Any = data
            for step in _steps(child.repeat, base):
                instances = instances.get(step) if isinstance(instances, dict) else None
            self._instances(child, instances, key, out)

    def _instances(self, child: Shape, instances: Any, key: str, out: ChildRows) -> None:
        assert child.repeat is not None
        if isinstance(instances, dict):
            instances = [instances]
        if not isinstance(instances, list):
            return
        name = child.repeat.rsplit("/", 1)[-1]
        for index, instance in enumerate(instances, start=1):
            if not isinstance(instance, dict):
                continue
            child_key = f"{key}/{name}[{index}]"
            out.setdefault(child.repeat, []).append(
                [key, child_key, *self._values(child, instance, child.repeat)]
            )
            self._children(child, instance, child.repeat, child_key, out)


class Assembler:
    """The tables of one form version, filled row by row from flattened cells (``Flattener``, or
    the same cells kept in the store: ``app.export.rows``). With ``language``, headers become
    labels and choice codes choice labels. ``as_lines`` (codes only): the tables hold CSV lines
    (``add_lines``) instead of rows."""

    def __init__(
        self,
        definition: FormDefinition,
        shape: Shape,
        language: str | None = None,
        as_lines: bool = False,
    ) -> None:
        if as_lines and language:
            raise ValueError("CSV lines hold codes: labels are applied to rows")
        self.as_lines = as_lines
        self.labeller = Labeller(definition, language) if language else None
        self._tables: dict[str | None, Table] = {}
        self._columns: dict[str, list[Column]] = {}
        self._add(shape, definition.form_id, definition.form_id)
        self.main = self._tables[None]

    def _add(self, s: Shape, name: str, form_id: str) -> None:
        meta = META_COLUMNS if s.repeat is None else CHILD_META
        cols = [c.name for c in s.columns]
        headers = [self.labeller.header(c) for c in s.columns] if self.labeller else cols
        lines: list[str] | None = [] if self.as_lines else None
        self._tables[s.repeat] = Table(name, meta + cols, meta + headers, lines=lines)
        if s.repeat is not None:
            self._columns[s.repeat] = s.columns
        else:
            self._main_columns = s.columns
        for child in s.children:
            assert child.repeat is not None
            self._add(child, f"{form_id}-{child.repeat.rsplit('/', 1)[-1]}", form_id)

    def _labelled(self, columns: list[Column], cells: list[str]) -> list[str]:
        assert self.labeller is not None
        value = self.labeller.value
        return [value(column, cell) for column, cell in zip(columns, cells, strict=True)]

    def main_cells(self, cells: list[str]) -> list[str]:
        """A main row's cells as the table shows them (labelled, with a language)."""
        return cells if self.labeller is None else self._labelled(self._main_columns, cells)

    def child_row(self, repeat: str, row: list[str]) -> list[str]:
        """A repeat's row (PARENT_KEY, KEY, cells) as its table shows it."""
        if self.labeller is None:
            return row
        return row[:2] + self._labelled(self._columns[repeat], row[2:])

    def table(self, repeat: str | None) -> Table:
        return self._tables[repeat]

    def add(self, meta: list[str], cells: list[str], children: ChildRows | None) -> None:
        """``meta``: KEY, SUBMISSION_ID, FORM_VERSION, AUTHOR, SUBMITTED, CASE_ID."""
        if self.labeller is not None:
            cells = self._labelled(self._main_columns, cells)
        meta.extend(cells)
        self.main.rows.append(meta)
        if not children:
            return
        for repeat, rows in children.items():
            table = self._tables[repeat]
            if self.labeller is None:
                table.rows.extend(rows)
            else:
                columns = self._columns[repeat]
                table.rows.extend([r[:2] + self._labelled(columns, r[2:]) for r in rows])

    def add_lines(self, line: str, children: dict[str, list[str]] | None) -> None:
        """A main row and its repeats' rows as CSV lines (``app.export.lines``), for an
        assembler made ``as_lines``."""
        assert self.main.lines is not None
        self.main.lines.append(line)
        if children:
            for repeat, lines in children.items():
                child = self._tables[repeat].lines
                assert child is not None
                child.extend(lines)

    def repeats(self) -> list[str]:
        """The repeats' gpaths, in the order of their tables in ``tables``."""
        return sorted(k for k in self._tables if k is not None)

    def tables(self) -> list[Table]:
        return [self._tables[k] for k in [None, *self.repeats()]]


def build_tables(
    definition: FormDefinition, submissions: Iterable[SubmissionRow], language: str | None = None
) -> list[Table]:
    flattener = Flattener(definition)
    assembler = Assembler(definition, flattener.shape, language)
    for sub in submissions:
        key = sub.instance_id or sub.submission_id
        meta = [key, sub.submission_id, sub.version, sub.author, sub.submitted, sub.case_id or ""]
        assembler.add(meta, flattener.cells(sub.data), flattener.children(sub.data, key))
    return assembler.tables()
