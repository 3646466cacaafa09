"""What a form saves to a case: ODK entities, as XLSForm writes them.

A form author declares it in the XLSForm itself (see docs/form-authoring.md):

- an ``entities`` sheet: ``list_name`` (the dataset, ``cases`` for fieldcase) and either ``label``
  (the form *creates* a case, e.g. the intake) or ``entity_id`` (the form *updates* the case whose
  id that expression gives, e.g. ``${case_id}`` in a follow-up);
- a ``save_to`` column on the survey sheet: the case property an answer is saved to.

pyxform turns these into ``<meta><entity dataset= create=|update=>`` in the instance and
``entities:saveto`` on the binds; this module reads them back. The form engine itself does
nothing with them: the app decides what a case event is.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from forms.definition import XF, FormDefinition
from forms.evaluate import evaluate
from forms.session import FormSession
from forms.values import bind_truth

_PATH = re.compile(r"^\s*(/[A-Za-z_][\w.-]*)+\s*$")


@dataclass(frozen=True)
class CaseDeclaration:
    dataset: str
    mode: str  # "create" or "update"
    properties: dict[str, str] = field(default_factory=dict)  # field name -> case property
    id_field: str | None = None  # update forms: the field whose value is the case id
    create_if: str | None = None  # create forms: the condition under which a case is made


_declarations: dict[int, tuple[FormDefinition, CaseDeclaration | None]] = {}


def case_declaration(definition: FormDefinition) -> CaseDeclaration | None:
    """The form's entity declaration, or None for a form that saves nothing to a case."""
    cached = _declarations.get(id(definition))
    if cached is not None and cached[0] is definition:
        return cached[1]
    declaration = _read_declaration(definition)
    _declarations[id(definition)] = (definition, declaration)
    return declaration


def _read_declaration(definition: FormDefinition) -> CaseDeclaration | None:
    root = ET.fromstring(definition.xml)
    entity = None
    for instance in root.iter(f"{XF}instance"):
        if instance.get("id"):
            continue  # secondary instances
        entity = next(instance.iter(f"{XF}entity"), None)
        break
    if entity is None:
        return None
    mode = "create" if entity.get("create") not in (None, "", "0", "false") else "update"
    properties = {}
    for fld in definition.fields:
        if fld.bind.save_to:
            properties[fld.name] = fld.bind.save_to
    id_field = None
    create_if = None
    for el in root.iter(f"{XF}bind"):
        if (el.get("nodeset") or "").endswith("/meta/entity/@create") and el.get("calculate"):
            create_if = el.get("calculate")
        if (el.get("nodeset") or "").endswith("/meta/entity/@id") and el.get("calculate"):
            expression = el.get("calculate", "")
            if _PATH.match(expression):
                gpath = expression.strip()
                id_field = next((f.name for f in definition.fields if f.gpath == gpath), None)
    return CaseDeclaration(entity.get("dataset", ""), mode, properties, id_field, create_if)


def creates_case(session: FormSession, declaration: CaseDeclaration) -> bool:
    """Whether this finished session makes a new case (``create_if`` holds, or there is none)."""
    if declaration.mode != "create":
        return False
    if not declaration.create_if:
        return True
    return bind_truth(evaluate(declaration.create_if, session.data, session.env))


def case_properties(
    session: FormSession, declaration: CaseDeclaration, *, keep_blank: bool
) -> dict[str, str]:
    """The values a finished session saves to its case: relevant answers of ``save_to`` fields.
    Blank answers are kept only when ``keep_blank`` (a new case), so a follow-up that skips a
    question never erases what the case already knows."""
    values: dict[str, str] = {}
    for name, prop in declaration.properties.items():
        state = session.state(name)
        if not state.relevant:
            continue
        if state.value == "" and not keep_blank:
            continue
        values[prop] = state.value
    return values
