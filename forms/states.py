"""What the session knows of each node (``NodeState``) and what a screen or ``forms run`` shows
of each field (``FieldState``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from forms.instance import Node
    from forms.session import FormSession


@dataclass(slots=True)
class NodeState:
    relevant: bool = True
    required: bool = False
    readonly: bool = False
    constraint_ok: bool = True
    errors: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class FieldState:
    """What a screen (or ``forms run``) shows for one field of the session."""

    key: str
    name: str
    kind: str
    qtype: str
    value: str
    relevant: bool
    required: bool
    readonly: bool
    valid: bool
    message: str | None
    error: str | None
    problem: str | None = None  # "required" or "constraint" when not valid
    own_message: bool = False  # the message is the form's (else our English default: the app
    # may show its own translated text instead)


def field_state(session: FormSession, node: Node) -> FieldState:
    """What a screen shows of ``node``: its value, relevance, requiredness and, when its answer
    stops the form, the problem and the message (the form's own, or a plain default)."""
    from forms.display import message_text

    fld = session.field(node.gpath)
    state = session.state_of(node)
    relevant = session.relevant(node)
    message: str | None = None
    problem: str | None = None
    own = False
    if relevant and fld is not None:
        bind = fld.bind
        if state.required and node.value == "":
            problem, message = "required", message_text(session, bind.required_msg, node)
            own = bool(message)
            message = message or "This field is required."
        elif node.value != "" and not state.constraint_ok:
            problem = "constraint"
            failure = state.errors.get("constraint")
            if failure is not None:  # the form's fault, not the answer's: say so
                message = f"The constraint could not be checked: {failure}"
            else:
                message = message_text(session, bind.constraint_msg, node)
                own = bool(message)
                message = message or "Value not allowed."
    valid = problem is None
    return FieldState(
        key=session.key(node),
        name=node.name,
        kind=fld.kind if fld else "group",
        qtype=fld.qtype if fld else "group",
        value=node.value,
        relevant=relevant,
        required=state.required,
        readonly=session.readonly(node) or (fld is not None and fld.kind != "question"),
        valid=valid,
        message=message,
        error="; ".join(f"{k}: {v}" for k, v in state.errors.items()) or None,
        problem=problem,
        own_message=own,
    )
