"""Answering a real form the way a patient tester would: every required question that is relevant
and blank gets the first plausible answer, until the form is complete (used by app and UI tests)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from forms import AnswerError, FormSession
from forms.display import choices

TODAY = dt.date(2026, 11, 28)


def plausible(session: FormSession, key: str, qtype: str) -> object:
    if qtype.startswith("select"):
        options = [c.value for c in choices(session, key)]
        preferred = [o for o in options if o not in ("other", "declined", "dont_know", "none")]
        return (preferred or options)[0]
    if qtype == "date":
        return (TODAY - dt.timedelta(days=1)).isoformat()
    if qtype in ("integer", "decimal"):
        return 1
    if qtype == "datetime":
        return "2026-11-27T10:00:00"
    if qtype == "time":
        return "10:00:00"
    return "answer"


def fill_required(
    session: FormSession, set_answer: Callable[[str, object], None], rounds: int = 60
) -> None:
    for _ in range(rounds):
        todo = [
            s for s in session.field_states() if s.relevant and not s.valid and s.kind == "question"
        ]
        if not todo:
            return
        state = todo[0]
        value = plausible(session, state.key, state.qtype)
        try:
            set_answer(state.key, value)
        except AnswerError:
            set_answer(state.key, "2")
        if not session.state(state.key).valid and state.qtype in ("integer", "decimal"):
            set_answer(state.key, 20)
    raise AssertionError(f"could not complete the form: {[s.key for s in session.validate()][:5]}")
