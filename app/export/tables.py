"""Submissions flattened into tables: one per form, one per repeat group (ODK's layout).

Main table columns: ``KEY`` (the instance id), ``SUBMISSION_ID``, ``FORM_VERSION``, ``AUTHOR``,
``SUBMITTED``, ``CASE_ID`` (when the submission opened or updated a case), then every question and
calculation of the form in form order (notes left out), by XLSForm name (unique in a form).
A repeat's table (``intake-family``) has ``PARENT_KEY`` (the parent row's ``KEY``), ``KEY``
(``<parent key>/family[2]``) and the repeat's own fields. Values are as the instance holds them;
with ``language`` set, headers become labels and choice codes become choice labels in it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from forms import FormDefinition, FormSession
from forms.display import choice_label, render

SKIP_KINDS = ("note",)
META_COLUMNS = ["KEY", "SUBMISSION_ID", "FORM_VERSION", "AUTHOR", "SUBMITTED", "CASE_ID"]
CHILD_META = ["PARENT_KEY", "KEY"]


@dataclass
class Table:
    name: str
    columns: list[str]
    headers: list[str]
    rows: list[list[str]] = field(default_factory=list)


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


def _lookup(data: dict[str, Any], relative: list[str]) -> Any:
    current: Any = data
    for step in relative:
        if not isinstance(current, dict):
            return None
        current = current.get(step)
    return current


def _steps(gpath: str, base: str) -> list[str]:
    return [s for s in gpath[len(base) :].split("/") if s]


@dataclass(frozen=True)
class SubmissionRow:
    submission_id: str
    version: str
    author: str
    submitted: str
    case_id: str | None
    instance_id: str
    data: dict[str, Any]


def build_tables(
    definition: FormDefinition, submissions: Iterable[SubmissionRow], language: str | None = None
) -> list[Table]:
    shape = shape_of(definition)
    labeller = Labeller(definition, language) if language else None
    root = "/" + definition.primary.children[0].name if definition.primary.children else ""
    tables: dict[str | None, Table] = {}

    def table_for(s: Shape, name: str) -> Table:
        if s.repeat not in tables:
            meta = META_COLUMNS if s.repeat is None else CHILD_META
            cols = [c.name for c in s.columns]
            headers = [labeller.header(c) for c in s.columns] if labeller else cols
            tables[s.repeat] = Table(name, meta + cols, meta + headers)
            for child in s.children:
                table_for(
                    child,
                    f"{definition.form_id}-{child.repeat.rsplit('/', 1)[-1] if child.repeat else ''}",
                )
        return tables[s.repeat]

    main = table_for(shape, definition.form_id)

    plans: dict[int, list[tuple[tuple[str, ...], list[tuple[str, int]]]]] = {}

    def plan_for(s: Shape, base: str) -> list[tuple[tuple[str, ...], list[tuple[str, int]]]]:
        """Columns grouped by the group that holds them: one walk per group, one get per column."""
        if id(s) not in plans:
            groups: dict[tuple[str, ...], list[tuple[str, int]]] = {}
            for index, column in enumerate(s.columns):
                steps = _steps(column.gpath, base)
                groups.setdefault(tuple(steps[:-1]), []).append((steps[-1], index))
            plans[id(s)] = list(groups.items())
        return plans[id(s)]

    def values(s: Shape, data: dict[str, Any], base: str) -> list[str]:
        found = [""] * len(s.columns)
        for group, members in plan_for(s, base):
            holder: Any = data
            for step in group:
                holder = holder.get(step) if isinstance(holder, dict) else None
            if not isinstance(holder, dict):
                continue
            for key, index in members:
                value = holder.get(key)
                if value is not None and not isinstance(value, (dict, list)):
                    found[index] = str(value)
        if labeller is None:
            return found
        return [
            labeller.value(column, value) for column, value in zip(s.columns, found, strict=True)
        ]

    def children(s: Shape, data: dict[str, Any], base: str, key: str) -> None:
        for child in s.children:
            assert child.repeat is not None
            instances = _lookup(data, _steps(child.repeat, base))
            if isinstance(instances, dict):
                instances = [instances]
            if not isinstance(instances, list):
                continue
            name = child.repeat.rsplit("/", 1)[-1]
            for index, instance in enumerate(instances, start=1):
                if not isinstance(instance, dict):
                    continue
                child_key = f"{key}/{name}[{index}]"
                tables[child.repeat].rows.append(
                    [key, child_key, *values(child, instance, child.repeat)]
                )
                children(child, instance, child.repeat, child_key)

    for sub in submissions:
        key = sub.instance_id or sub.submission_id
        main.rows.append(
            [
                key,
                sub.submission_id,
                sub.version,
                sub.author,
                sub.submitted,
                sub.case_id or "",
                *values(shape, sub.data, root),
            ]
        )
        children(shape, sub.data, root, key)
    return [tables[k] for k in [None, *sorted(k for k in tables if k is not None)]]
