"""What the session knows of each node (``NodeState``) and what a screen or ``forms run`` shows
of each field (``FieldState``)."""

from __future__ import annotations

from dataclasses import dataclass, field


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
