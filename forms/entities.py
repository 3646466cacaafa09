"""What a form saves to a case: ODK entities, as XLSForm writes them.

A form author declares it in the XLSForm itself (see docs/form-authoring.md):

- an ``entities`` sheet: ``list_name`` (the dataset, ``cases`` for fieldcase) and either ``label``
  (the form *creates* a case, e.g. the intake) or ``entity_id`` (the form *updates* the case whose
  id that expression gives, e.g. ``${case_id}`` in a follow-up);
- a ``save_to`` column on the survey sheet: the case property an answer is saved to.

pyxform turns these into ``<meta><entity dataset= create=|update=>`` in the instance and
``entities:saveto`` on the binds; this module reads them back.

A form that updates a case also says *what* it does to it, in two survey columns of fieldcase's
own namespace (declared on the settings sheet: ``namespaces`` = ``fieldcase="urn:fieldcase:xforms"``;
pyxform copies them onto the binds, and other ODK tools ignore them):

- ``bind::fieldcase:case_action`` on one row (by custom the case id's): ``follow_up`` (a visit),
  ``referral`` (to another team, with the person's consent), ``close`` or ``update`` (the
  default of an update form that declares none);
- ``bind::fieldcase:case_role`` on the questions the action reads (``ROLES``): the visit's
  ``visit_date`` and ``worker`` (the app fills them with today and the logged-in user), the
  referral's ``recipient``, ``consent`` and ``purpose``, the closure's ``status`` and ``reason``.

``check_declaration`` refuses a declaration that cannot work when the form loads, at the row. The
form engine itself does nothing with any of it: the app decides what a case event is.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from forms.definition import XF, Field, FormDefinition
from forms.errors import FormLoadError
from forms.evaluate import evaluate
from forms.session import FormSession
from forms.values import bind_truth

_PATH = re.compile(r"^\s*(/[A-Za-z_][\w.-]*)+\s*$")


CASES = "cases"  # the entity list (dataset) of fieldcase's cases

# What an update form does to its case (``fieldcase:case_action``).
FOLLOW_UP = "follow_up"
REFERRAL = "referral"
CLOSE = "close"
UPDATE = "update"
ACTIONS = (FOLLOW_UP, REFERRAL, CLOSE, UPDATE)
CREATE = "create"  # the action of a form that creates a case (not declared: the entities sheet)


@dataclass(frozen=True)
class Role:
    """A ``fieldcase:case_role``: which actions read it, which question types can hold it, and
    (when the action cannot do without it) what it is needed for."""

    actions: tuple[str, ...]
    types: tuple[str, ...]
    needed_for: str = ""


ROLES: dict[str, Role] = {
    "visit_date": Role((FOLLOW_UP,), ("date",)),  # the visit's day (today when blank)
    "worker": Role((*ACTIONS, CREATE), ("text",)),  # filled with the logged-in user at start
    "recipient": Role((REFERRAL,), ("text", "select_one"), "the team the case is referred to"),
    "consent": Role(
        (REFERRAL,), ("select_one", "text", "calculate"), "the person's consent to the referral"
    ),
    "purpose": Role((REFERRAL,), ("text", "select_one", "select_multiple", "calculate")),
    "status": Role((CLOSE,), ("select_one", "text", "calculate"), "the case's status at closure"),
    "reason": Role((CLOSE,), ("select_one", "text", "calculate")),
}
CONSENT_GIVEN = frozenset({"true", "yes", "1"})  # a consent answer that gives it (any case)


@dataclass(frozen=True)
class CaseDeclaration:
    dataset: str
    mode: str  # "create" or "update"
    properties: dict[str, str] = field(default_factory=dict)  # field name -> case property
    id_field: str | None = None  # update forms: the field whose value is the case id
    create_if: str | None = None  # create forms: the condition under which a case is made
    action: str = UPDATE  # CREATE, or what an update form does: one of ACTIONS
    roles: dict[str, str] = field(default_factory=dict)  # case role -> field name
    declared: bool = False  # the form names its action or roles itself (fieldcase:...)

    def field_for(self, role: str) -> str | None:
        return self.roles.get(role)


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
    action, roles, declared = UPDATE if mode == "update" else CREATE, {}, False
    for fld in definition.fields:
        if fld.bind.case_role:
            roles[fld.bind.case_role] = fld.name
            declared = True
    for bind in definition.binds.values():
        if bind.case_action:
            action, declared = bind.case_action, True
    return CaseDeclaration(
        entity.get("dataset", ""),
        mode,
        properties,
        id_field,
        create_if,
        action=action,
        roles=roles,
        declared=declared,
    )


def consent_given(value: str) -> bool:
    """A consent question's answer: given by ``TRUE``, ``yes`` or ``1`` (any case)."""
    return value.strip().lower() in CONSENT_GIVEN


# -- checking a declaration when the form loads ---------------------------------------------------

_ACTION = "fieldcase:case_action"
_ROLE = "fieldcase:case_role"


def check_declaration(definition: FormDefinition) -> None:
    """Refuse, at its row, a case action or role the app could not act on: an unknown word, one
    given twice, an action on a form that does not update a case, a role another action reads, a
    question of the wrong type or inside a repeat, a role the action cannot do without."""
    locate = definition.locate
    action_at: tuple[str, str] | None = None  # (gpath, action)
    for gpath, bind in definition.binds.items():
        if not bind.case_action:
            continue
        value = bind.case_action.strip()
        if value not in ACTIONS:
            raise FormLoadError(
                "FORM012",
                locate(gpath, _ACTION),
                value=value,
                what="case action",
                choices=_either(ACTIONS),
            )
        if action_at is not None:
            raise FormLoadError(
                "FORM013",
                locate(gpath, _ACTION),
                what="the case action",
                first=_name(action_at[0]),
                second=_name(gpath),
            )
        action_at = (gpath, value)
    fields = {f.gpath: f for f in definition.fields}
    roles: dict[str, str] = {}  # role -> gpath
    for gpath, bind in definition.binds.items():
        if bind.case_role:
            _check_role(definition, gpath, bind.case_role.strip(), fields.get(gpath), roles)
    if action_at is None and not roles:
        return
    declaration = _read_declaration(definition)
    mode = declaration.mode if declaration is not None else None
    if action_at is not None:
        why = ""
        if declaration is None:
            why = "the form has no entities sheet"
        elif declaration.dataset != CASES:
            why = f"its entities sheet's list_name is '{declaration.dataset}'"
        elif mode != "update":
            why = "its entities sheet creates a case (a label, no entity_id)"
        if why:
            raise FormLoadError(
                "FORM014", locate(action_at[0], _ACTION), action=action_at[1], why=why
            )
    action = action_at[1] if action_at else (UPDATE if mode == "update" else CREATE)
    for role, gpath in roles.items():
        if action not in ROLES[role].actions:
            raise FormLoadError(
                "FORM015",
                locate(gpath, _ROLE),
                role=role,
                action=action,
                actions=_either(tuple(a for a in ROLES[role].actions if a != CREATE)),
            )
    for role, spec in ROLES.items():
        if spec.needed_for and action in spec.actions and role not in roles:
            assert action_at is not None  # every role something needs is an update's
            raise FormLoadError(
                "FORM017",
                locate(action_at[0], _ACTION),
                action=action,
                role=role,
                what=spec.needed_for,
            )


def _check_role(
    definition: FormDefinition, gpath: str, role: str, fld: Field | None, seen: dict[str, str]
) -> None:
    where = definition.locate(gpath, _ROLE)
    if role not in ROLES:
        raise FormLoadError(
            "FORM012", where, value=role, what="case role", choices=_either(tuple(ROLES))
        )
    if role in seen:
        raise FormLoadError(
            "FORM013",
            where,
            what=f"the case role '{role}'",
            first=_name(seen[role]),
            second=_name(gpath),
        )
    if fld is None:
        place = "a group" if gpath in definition.groups or gpath in definition.repeats else None
        raise FormLoadError(
            "FORM018", where, role=role, name=_name(gpath), where=place or "not a question"
        )
    if any(gpath.startswith(repeat + "/") for repeat in definition.repeats):
        raise FormLoadError("FORM018", where, role=role, name=fld.name, where="inside a repeat")
    types = ROLES[role].types
    if fld.qtype not in types:
        raise FormLoadError(
            "FORM016",
            where,
            role=role.replace("_", " "),
            name=fld.name,
            qtype=fld.qtype,
            types=_either(types),
        )
    seen[role] = gpath


def _either(words: tuple[str, ...]) -> str:
    quoted = [f"'{w}'" for w in words]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


def _name(gpath: str) -> str:
    return gpath.rstrip("/").rsplit("/", 1)[-1]


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
