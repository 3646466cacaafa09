"""A finished submission as lines a person reads: each question's label and its answer's label,
in one of the form's languages, under the headings of its groups (a repeat's instances numbered).

``read_submission`` runs on the database thread: reading a submission is audited as a view
(``Session.submission``), exactly as opening a case is. ``submission_lines`` is pure and may run
on the GUI thread (it builds labels from the form definition, cached per form version and
language). Nothing here imports Qt, so a printable case file can reuse it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.ui.case_words import labeller

if TYPE_CHECKING:
    from app.cases.book import CaseBook
    from forms import FormDefinition
    from forms.body import Control

SKIPPED_KINDS = ("note", "metadata", "hidden", "calculate")


@dataclass(frozen=True)
class SubmissionRecord:
    submission_id: str
    definition: FormDefinition
    data: dict[str, Any]
    author: str
    interpreter: str | None
    finished_at: str | None  # the form's ``end`` (ISO, UTC), when it has one
    person_language: str | None  # the person's language code, when the form asked it


@dataclass(frozen=True)
class Line:
    """A heading (``answer`` None) or a question and its answer; ``depth`` is the nesting."""

    depth: int
    text: str
    answer: str | None = None
    qtype: str = ""


def read_submission(book: CaseBook, submission_id: str) -> SubmissionRecord:
    """Database thread: the submission (an audited view) and the form version it was made on."""
    from app.interviews.form_library import FormLibrary

    record = book.session.submission(submission_id)
    definition = FormLibrary().on(book.store).get(str(record["form_id"]), str(record["version"]))
    data = record.get("data")
    data = data if isinstance(data, dict) else {}
    interpreter = record.get("interpreter") or _find(data, "interpreter_name") or None
    person = _find(data, "language_person")
    return SubmissionRecord(
        submission_id=submission_id,
        definition=definition,
        data=data,
        author=str(record.get("author") or ""),
        interpreter=str(interpreter) if interpreter else None,
        finished_at=str(data["end"]) if isinstance(data.get("end"), str) else None,
        person_language=person or None,
    )


def _find(data: dict[str, Any], name: str) -> str:
    """The first answer named ``name`` anywhere in the submission's groups ("" if none)."""
    for key, value in data.items():
        if key == name and isinstance(value, str):
            return value
        if isinstance(value, dict):
            found = _find(value, name)
            if found:
                return found
    return ""


def _answer_at(data: dict[str, Any], expr: str) -> str:
    """The answer at an absolute path (``/data/context/interpreter_name``); "" for anything
    else (an expression, a path into a repeat): a label then reads with a blank there."""
    steps = [s for s in expr.strip().split("/") if s][1:]
    node: Any = data
    for step in steps:
        if not isinstance(node, dict):
            return ""
        node = node.get(step)
    return node if isinstance(node, str) else ""


def language_codes(definition: FormDefinition) -> list[str]:
    """The form's languages as codes (``Khmer (km)`` -> ``km``), in the form's order."""
    codes = []
    for language in definition.languages:
        code = language.rsplit("(", 1)[-1].rstrip(")") if language.endswith(")") else language
        codes.append(code)
    return codes


def submission_lines(record: SubmissionRecord, language: str) -> list[Line]:
    """Every question the submission holds, in form order, with its label and its answer's
    label in ``language`` (the form's default where it lacks a text); an answer left blank is
    ``""``. Dates and other values stay as the form holds them: the screen formats them."""
    from app.export.tables import Column

    definition = record.definition
    words = labeller(definition, language)
    fields = {f.gpath: f for f in definition.fields}
    lines: list[Line] = []
    chosen = definition.resolve_language(language)

    def label(control: Control) -> str:
        """The control's label, its ``${...}`` references filled from the answers."""
        out = []
        for part in definition.text(control.label, chosen):
            out.append(part if isinstance(part, str) else _answer_at(record.data, part.expr))
        return " ".join("".join(out).split())

    def heading(control: Control, depth: int, number: int | None) -> None:
        text = label(control) or control.gpath.rsplit("/", 1)[-1]
        lines.append(Line(depth, f"{text} {number}" if number else text))

    def walk(controls: list[Control], data: dict[str, Any], depth: int) -> None:
        for control in controls:
            name = control.gpath.rsplit("/", 1)[-1]
            value = data.get(name)
            if control.kind == "repeat" or control.gpath in definition.repeats:
                instances = value if isinstance(value, list) else []
                for number, instance in enumerate(instances, 1):
                    if isinstance(instance, dict):
                        heading(control, depth, number)
                        walk(control.children, instance, depth + 1)
            elif control.kind == "group":
                if isinstance(value, dict):  # a group left out was not relevant
                    if control.label is not None:
                        heading(control, depth, None)
                        walk(control.children, value, depth + 1)
                    else:
                        walk(control.children, value, depth)
                elif control.children and control.children[0].kind == "repeat":
                    walk(control.children, data, depth)  # pyxform's group around a repeat
            else:
                field = fields.get(control.gpath)
                if field is None or field.kind in SKIPPED_KINDS or not isinstance(value, str):
                    continue
                column = Column(field.name, field.gpath, field.qtype)
                answer = words.value(column, value) if value else ""
                lines.append(Line(depth, label(control) or field.name, answer, field.qtype))

    walk(definition.body, record.data, 0)
    return lines
