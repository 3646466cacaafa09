"""A case as the field makes it, for user-path tests of the case view: an intake interview and a
follow-up interview finished on the shipped forms (real submissions, real case events), and a
second laptop's concurrent edit of the gender (a conflict).

Set up through the core, not the window: the tests are about what the case view then shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from app.cases.events import CaseEvent
from app.cases.hlc import HybridClock
from app.interviews.form_library import FormLibrary
from app.interviews.interview import Interview
from app.team.case_book import case_book
from app.workspace.folder import Workspace
from app.workspace.ids import new_id
from app.workspace.roles import Role
from forms import AnswerError, FormSession
from forms.display import choices
from tests.conftest import CHEAP

PASSWORD = "supervisor password 1"
GIVEN, FAMILY = "ស្រីពៅ", "សុខ"  # Sok Sreypov, a Cambodian citizen: family name first
GIVEN_LATIN, FAMILY_LATIN = "Sreypov", "Sok"
INTAKE = {
    "interview_date": "2026-11-02",
    "social_worker": "Ana",
    "language_person": "km",
    "interpreter_present": "yes",
    "interpreter_name": "Chi",
    "con_Consent": "TRUE",
    "prs_First_Name": GIVEN,
    "prs_Second_Name": FAMILY,
    "first_name_latin": GIVEN_LATIN,
    "second_name_latin": FAMILY_LATIN,
    "prs_Gender": "TransgenderFeminine",
    "age": "16",
    "prs_Citizenship": "KH",
    "vic_TypeOfExploitation": "ForcedLabour",
}
FOLLOW_UP = {"followup_date": "2026-11-20", "living_situation": "with_family"}
# Codes and field names a person must never see in the case view.
CODES = (
    "TransgenderFeminine",
    "ForcedLabour",
    "with_family",
    "last_follow_up_date",
    "living_situation",
    "prs_Gender",
)


@dataclass(frozen=True)
class CaseFile:
    case_id: str
    intake_submission: str
    follow_up_submission: str


def fill(form: FormSession, answers: dict[str, Any]) -> None:
    """The answers given, then every required question still blank answered plainly."""
    for key, value in answers.items():
        if form.state(key).relevant:
            form.set_answer(key, value)
    for _ in range(20):
        todo = [
            s for s in form.field_states() if s.relevant and not s.valid and s.kind == "question"
        ]
        if not todo:
            return
        for state in todo:
            if not form.state(state.key).relevant:
                continue
            options = [c.value for c in choices(form, state.key)]
            value: object = {"date": "2026-11-02", "integer": 2, "decimal": 2}.get(state.qtype, "-")
            if state.qtype.startswith("select"):
                value = next((o for o in options if o in ("yes", "TRUE", "no")), options[0])
            try:
                form.set_answer(state.key, value)
            except AnswerError:
                form.set_answer(state.key, 2)


def make_case_file(path: Path) -> CaseFile:
    """Supervisor ana (PASSWORD) and interpreter chi; one case with an intake, a follow-up and a
    conflict on the gender (here "Transgender woman", there "Woman or girl")."""
    session, _ = Workspace.create(path, "ana", PASSWORD, cost=CHEAP)
    session.add_user("chi", Role.INTERPRETER, PASSWORD, cost=CHEAP)
    book = case_book(session)
    library = FormLibrary().on(book.store)
    intake = Interview.start(session, book, library.get("intake"), interpreter="chi")
    fill(intake.form, INTAKE)
    first = intake.finish()
    assert first.case_id is not None
    case_id = first.case_id
    follow = Interview.start(session, book, library.get("follow_up"), case_id=case_id)
    fill(follow.form, FOLLOW_UP)
    second = follow.finish()
    heads = book.heads(case_id)
    book.update(case_id, {"prs_Gender": "TransgenderFeminine"})
    other = HybridClock("laptop0two")
    remote = CaseEvent(
        new_id(),
        case_id,
        "update",
        {"properties": {"prs_Gender": "Feminine"}},
        "lin",
        other.device,
        other.now(),
        tuple(heads),
    )
    book.ingest([remote])
    session.lock()
    return CaseFile(case_id, first.submission_id, second.submission_id)


def visit_day() -> date:
    return date.fromisoformat(FOLLOW_UP["followup_date"])


def timeline_rows(tree: QTreeWidget, event_type: str) -> list[QTreeWidgetItem]:
    """The case view's timeline rows of one kind of event (``create``, ``follow_up``...),
    top to bottom, whatever language their titles are in."""
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return [row for row in rows if row.data(0, Qt.ItemDataRole.UserRole) == event_type]
