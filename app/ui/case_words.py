"""Words for a case's fields and values in one language, taken from the forms that write them.

A case field is a case property a form saved (``save_to``: ``prs_Gender``, ``last_follow_up_date``)
or, failing that, a question of a form by its name. Its label is the question's label in the
language asked for, and a select's value is shown by its choices' labels (``TransgenderFeminine``
becomes the Khmer or Chinese words of the form's ``label::`` column); a code no form knows is shown
as it is. The forms asked are the newest version open to new interviews of each form on this
laptop, in the order of what they do to a case (``form_order``, as each form declares it): the
forms that create a case first -- the intake's words win where two forms write one property --
then follow-ups, referrals, closures, other updates, and forms that save nothing to a case.

``case_words`` reads the library (published versions are in the store), so it runs on the database
thread; what it returns is plain data the GUI thread may use. Nothing here imports Qt.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the forms load after login, not before the login window
    from app.export.tables import Column, Labeller
    from app.interviews.form_library import FormLibrary
    from forms import FormDefinition

_labellers: dict[tuple[str, str, str], Labeller] = {}
_lock = threading.Lock()


def labeller(definition: FormDefinition, language: str) -> Labeller:
    """One form's labels in one language (versions never change once published: cached)."""
    from app.export.tables import Labeller

    key = (definition.form_id, definition.version, language)
    with _lock:
        found = _labellers.get(key)
        if found is None:
            found = _labellers[key] = Labeller(definition, language)
        return found


@dataclass(frozen=True)
class FieldWords:
    labeller: Labeller
    column: Column


@dataclass(frozen=True)
class CaseWords:
    """What a case field is called and how its values read, in ``language``."""

    language: str
    fields: dict[str, FieldWords] = field(default_factory=dict)

    def label(self, name: str) -> str | None:
        """The question's label, or None when no form asks for this field."""
        found = self.fields.get(name)
        if found is None:
            return None
        return found.labeller.header(found.column) if _has_label(found) else None

    def qtype(self, name: str) -> str | None:
        found = self.fields.get(name)
        return found.column.qtype if found is not None else None

    def value(self, name: str, value: Any) -> str:
        """A select's codes as their labels ("; " between several); anything else as it is."""
        text = "" if value is None else str(value)
        found = self.fields.get(name)
        if found is None or not text:
            return text
        return found.labeller.value(found.column, text)


def _has_label(found: FieldWords) -> bool:
    header = found.labeller.header(found.column)
    return bool(header) and header != found.column.name


def form_order() -> tuple[str, ...]:
    """The case actions in the order their forms' words are taken (the first wins)."""
    from forms.entities import CLOSE, CREATE, FOLLOW_UP, REFERRAL, UPDATE

    return (CREATE, FOLLOW_UP, REFERRAL, CLOSE, UPDATE)


def case_words(library: FormLibrary, language: str) -> CaseWords:
    """Runs on the database thread. A form the library cannot open is left out (its fields then
    show by their names), never an error: words must not stop a case from being shown."""
    from app.errors import BadInput
    from app.export.tables import Column
    from app.interviews.case_actions import declaration_of

    order = form_order()
    forms: list[tuple[int, str, FormDefinition]] = []
    for form_id in library.form_ids():
        try:
            definition = library.get(form_id)
        except BadInput:
            continue
        declaration = declaration_of(definition)
        action = declaration.action if declaration is not None else ""
        rank = order.index(action) if action in order else len(order)
        forms.append((rank, form_id, definition))
    saved: dict[str, FieldWords] = {}  # questions, by the case property they save to
    named: dict[str, FieldWords] = {}  # questions, by their own names
    computed: dict[str, FieldWords] = {}  # calculations saved to a property (no label)
    for _, _, definition in sorted(forms, key=lambda f: f[:2]):
        words = labeller(definition, language)
        for fld in definition.fields:
            if fld.kind not in ("question", "calculate"):
                continue
            entry = FieldWords(words, Column(fld.name, fld.gpath, fld.qtype))
            target = fld.bind.save_to
            if fld.kind == "calculate":
                if target:
                    computed.setdefault(target, entry)
                continue
            if target:
                saved.setdefault(target, entry)
            named.setdefault(fld.name, entry)
    return CaseWords(language, {**computed, **named, **saved})
