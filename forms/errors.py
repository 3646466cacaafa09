"""The form engine's one exception root and its error catalogue.

Every error the engine raises on purpose is a ``FormError``. A form author reads these messages, so
each one says *where* (sheet and row of the XLSForm, or the XForm element) and *what* is wrong::

    FormError                     code + message template + location
    ├── FormLoadError             the form cannot be loaded (bad file, pyxform error, cycle, ...)
    │   └── ExpressionError       an XPath expression does not parse (names expression + position)
    ├── AnswerError               an answer cannot be stored (wrong type, unknown question, ...)
    └── EvaluationError           an expression failed at run time (unknown function, bad argument)

``EvaluationError`` never escapes a ``FormSession``: it is recorded against the field whose bind
failed (see ``FormSession.field_errors``), so one bad bind never crashes a session.

Codes are stable identifiers (``FORM001`` ...) for tests and documentation; the message text may
improve over time.
"""

from __future__ import annotations

from dataclasses import dataclass

CATALOGUE: dict[str, str] = {
    "FORM001": "cannot read the form file: {detail}",
    "FORM002": "unsupported form file type '{suffix}' (expected .xlsx, .xls, .csv, .md or .xml)",
    "FORM003": "{detail}",  # pyxform's own message, with the location we could find for it
    "FORM004": "the XForm is not well-formed XML: {detail}",
    "FORM005": "the XForm has no {what}",
    "FORM006": "cycle in the form's calculations: {cycle}",
    "FORM007": "bad expression in '{attribute}': {detail}",
    "FORM008": "reference to '{path}', which is not in the form",  # a warning since issue 22
    "FORM009": "unknown function '{name}'",
    "FORM010": "cannot read the form's data file '{file}': {detail}",
    "FORM011": "the calculation of '{name}' reads '{name}' itself, which ODK Collect refuses as "
    "a cycle too: give a starting value with 'default' (or 'trigger'), or keep the first value "
    "with once(...)",
    # what a form does to a case (forms/entities.py, docs/form-authoring.md)
    "FORM012": "'{value}' is not a {what}: write {choices}",
    "FORM013": "{what} is given twice, on '{first}' and on '{second}': keep one",
    "FORM014": "the case action '{action}' changes the case the form is filled for, but {why}: "
    "the entities sheet needs list_name 'cases' and an entity_id (e.g. ${{case_id}})",
    "FORM015": "the case role '{role}' belongs to the case action {actions}; this form's is "
    "'{action}'",
    "FORM016": "the {role} ('{name}') must be {types}, not {qtype}",
    "FORM017": "the case action '{action}' needs a question whose case_role is '{role}' ({what})",
    "FORM018": "the case role '{role}' is on '{name}', {where}: put it on a question outside "
    "any repeat",
    "FORM019": "the column '{column}' uses the namespace prefix '{prefix}', {why}",
    "ANS001": "no question named '{name}' in this form",
    "ANS002": "'{name}' is {what}; it cannot be answered",
    "ANS003": "'{value}' is not a valid {type} for '{name}'",
    "ANS004": "'{value}' is not a choice of '{name}' (choices: {choices})",
    "ANS005": "repeat '{name}' has no instance {index}",
    "ANS006": "repeat '{name}' has its number of instances set by the form (jr:count)",
    "ANS007": "the draft does not belong to this form ({detail})",
    "ANS008": "the form is not complete: {detail}",
    "ANS009": "{detail}",
    "ANS010": "'{name}' is the name of more than one question here: give its path ({paths})",
    "EVAL001": "{detail}",
}


# Every character str.splitlines() breaks at, each replaced by one space (positions stay true).
_LINE_BREAKS = str.maketrans(dict.fromkeys("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029", " "))


@dataclass(frozen=True, slots=True)
class Location:
    """Where in the form author's file a problem is.

    For an XLSForm: ``sheet`` and 1-based ``row`` as the spreadsheet shows them (the header is row
    1). For an XForm: ``element`` (e.g. ``bind nodeset="/data/age"``). ``column`` names the
    XLSForm column or XForm attribute when known.
    """

    sheet: str | None = None
    row: int | None = None
    element: str | None = None
    column: str | None = None

    def __str__(self) -> str:
        parts: list[str] = []
        if self.sheet is not None:
            parts.append(f"sheet '{self.sheet}'")
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.element is not None:
            parts.append(self.element)
        if self.column is not None:
            parts.append(f"column '{self.column}'")
        return ", ".join(parts)


class FormError(Exception):
    """Root of every error the form engine raises on purpose.

    ``code`` picks the message template in ``CATALOGUE``; ``params`` fill it; ``location`` says
    where. ``str(error)`` is one line for a person: ``[sheet 'survey', row 4] message``.
    """

    def __init__(self, code: str, location: Location | None = None, **params: object) -> None:
        self.code = code
        self.location = location
        self.params = params
        super().__init__(self.render())

    @property
    def detail(self) -> str:
        """The message without its location."""
        template = CATALOGUE.get(self.code, "{detail}")
        try:
            return template.format(**self.params)
        except (KeyError, IndexError):
            return f"{self.code} {self.params}"

    def render(self) -> str:
        where = str(self.location) if self.location is not None else ""
        text = f"[{where}] {self.detail}" if where else self.detail
        return text.translate(_LINE_BREAKS)  # one line, whatever an expression or answer held

    def at(self, location: Location) -> FormError:
        """The same error, placed at ``location`` (keeps a more precise location already set)."""
        if self.location is not None and (self.location.row or self.location.element):
            return self
        clone = type(self).__new__(type(self))
        FormError.__init__(clone, self.code, location, **self.params)
        return clone


class FormLoadError(FormError):
    """The form cannot be loaded; the message names the sheet and row or the element."""


class ExpressionError(FormLoadError):
    """An XPath expression does not parse. ``expression`` and 0-based ``position`` say where."""

    def __init__(
        self,
        expression: str,
        position: int,
        problem: str,
        location: Location | None = None,
        attribute: str = "expression",
    ) -> None:
        self.expression = expression
        self.position = position
        self.problem = problem
        detail = f"{problem} at position {position + 1} of '{expression.strip()}'"
        super().__init__("FORM007", location, attribute=attribute, detail=detail)

    def at(self, location: Location) -> FormError:
        if self.location is not None and (self.location.row or self.location.element):
            return self
        column = location.column or self.params.get("attribute", "expression")
        return ExpressionError(
            self.expression, self.position, self.problem, location, attribute=str(column)
        )


class AnswerError(FormError):
    """An answer cannot be stored: unknown question, wrong type, not a choice, calculated."""


class EvaluationError(FormError):
    """An expression failed while it ran (bad argument, unknown function, repeated field)."""

    def __init__(self, detail: str, location: Location | None = None) -> None:
        super().__init__("EVAL001", location, detail=detail)
