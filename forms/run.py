"""``forms run``: a form's logic without a screen, for form authors and tests.

``run_form(definition, answers, lang=..., today=...)`` fills a session from an answers object --
question name -> value, a repeat as a list of objects (``{"family": [{"name": "Dara"}]}``), a name
the form uses twice given by its path (``{"g1/a": 1}``, inside a repeat's object the path below
the repeat) -- in the order of the form, and returns exactly the JSON of the contract in docs/architecture.md::

    {"form_id": ..., "version": ..., "complete": bool,
     "fields": {"family[2]/name": {"value", "relevant", "required", "valid", "message"}, ...}}

A repeat missing from the answers keeps the instances the form starts with; a repeat with a
``repeat_count`` gets its instances from the count, and the answers may fill up to that many.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from forms.definition import FormDefinition
from forms.errors import AnswerError
from forms.session import FormSession


def fixed_clock(today: dt.date | None) -> dt.datetime | None:
    if today is None:
        return None
    return dt.datetime(today.year, today.month, today.day, tzinfo=dt.UTC)


def run_form(
    definition: FormDefinition,
    answers: dict[str, Any],
    *,
    lang: str | None = None,
    today: dt.date | None = None,
    media: Mapping[str, bytes] | None = None,
) -> tuple[dict[str, Any], FormSession]:
    """Fill a session from ``answers``; returns (contract JSON, the session). ``media``: the
    form's data files by name (see forms.media)."""
    moment = fixed_clock(today)
    session = FormSession(
        definition,
        language=lang,
        now=(lambda: moment) if moment is not None else None,
        seed=0,
        media=media,
    )
    order = _form_order(definition)
    apply_answers(session, answers, order, prefix="", parent=None)
    fields: dict[str, Any] = {}
    complete = True
    for state in session.field_states():
        fields[state.key] = {
            "value": state.value,
            "relevant": state.relevant,
            "required": state.required,
            "valid": state.valid,
            "message": state.message,
        }
        complete = complete and state.valid
    result = {
        "form_id": definition.form_id,
        "version": definition.version,
        "complete": complete,
        "fields": fields,
    }
    return result, session


def _form_order(definition: FormDefinition) -> dict[str, int]:
    order: dict[str, int] = {}
    for i, f in enumerate(definition.fields):
        order.setdefault(f.gpath, i)
        for repeat in definition.repeats:
            if f.gpath.startswith(repeat + "/"):
                order.setdefault(repeat, i)
    return order


def apply_answers(
    session: FormSession,
    answers: dict[str, Any],
    order: dict[str, int],
    prefix: str,
    parent: str | None,
) -> None:
    definition = session.definition
    if not isinstance(answers, dict):
        raise AnswerError(
            "ANS009", detail=f"answers must be an object of name -> value{_at(prefix)}"
        )
    known = []
    for name, value in answers.items():
        gpath = _gpath(session, name, parent)
        known.append((order.get(gpath, len(order)), name, gpath, value))
    for _, name, gpath, value in sorted(known, key=lambda k: k[0]):
        if gpath not in definition.repeats:
            session.set_answer(prefix + name, value)
            continue
        if not isinstance(value, list):
            raise AnswerError("ANS009", detail=f"repeat '{name}' takes a list of objects")
        have = session.repeat_count(gpath, parent)
        if definition.repeats[gpath]:
            if len(value) > have:
                raise AnswerError(
                    "ANS009",
                    detail=f"repeat '{name}' has {have} instance(s) from its repeat_count; "
                    f"the answers give {len(value)}",
                )
        else:
            while have > len(value):
                session.remove_repeat(f"{prefix}{name}[{have}]")
                have -= 1
            while have < len(value):
                session.add_repeat(gpath, parent)
                have += 1
        for i, item in enumerate(value, start=1):
            key = f"{prefix}{name}[{i}]"
            apply_answers(session, item, order, prefix=key + "/", parent=key)


def _gpath(session: FormSession, name: str, parent: str | None) -> str:
    """What an answers key stands for: a name, a path below the root, or (inside a repeat's
    object) a path below the repeat instance (``g/a`` in ``{"family": [{"g/a": ...}]}``)."""
    definition = session.definition
    if parent is not None and "/" in name:
        below = f"{session.node(parent).gpath}/{name}"
        if definition.gpath_of(below) is not None:
            return below
    gpath = definition.gpath_of(name)
    if gpath is not None:
        return gpath
    session.node(name)  # raises the reason: no such name, or a name used twice
    raise AnswerError("ANS001", name=name)


def _at(prefix: str) -> str:
    return f" (in {prefix.rstrip('/')})" if prefix else ""
