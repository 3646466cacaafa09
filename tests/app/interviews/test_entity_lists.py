"""The case list an update form reads (cases.csv): only the interview's case, from memory."""

from __future__ import annotations

import csv
import io

import pytest

from app.cases.book import CaseBook
from app.interviews.entity_lists import case_media
from app.interviews.form_library import FormLibrary
from app.interviews.interview import Interview
from app.team.case_book import case_book
from app.workspace.session import Session
from forms.display import choices
from tests.app.form_filler import TODAY, fill_required

LIBRARY = FormLibrary()


@pytest.fixture
def book(session: Session) -> CaseBook:
    return case_book(session, today=lambda: TODAY)


def _case(session: Session, book: CaseBook, name: str) -> str:
    intake = Interview.start(session, book, LIBRARY.get("intake"))
    intake.set_answer("con_Consent", "TRUE")
    intake.set_answer("prs_First_Name", name)
    intake.set_answer("age", 30)
    intake.set_answer("prs_Citizenship", "LA")
    fill_required(intake.form, intake.set_answer)
    case_id = intake.finish().case_id
    assert case_id is not None
    return case_id


def test_a_follow_up_names_its_person_and_sees_no_other_case(
    session: Session, book: CaseBook
) -> None:
    first = _case(session, book, "ນ້ອຍ")
    _case(session, book, "Somchai")
    follow = Interview.start(session, book, LIBRARY.get("follow_up"), case_id=first)
    assert [(c.value, c.label) for c in choices(follow.form, "case_id")] == [(first, "ນ້ອຍ")]
    resumed = Interview.resume(session, book, LIBRARY, follow.draft_id or "")
    assert [c.label for c in choices(resumed.form, "case_id")] == ["ນ້ອຍ"]


def test_the_case_file_carries_the_case_properties_for_pulldata(
    session: Session, book: CaseBook
) -> None:
    case_id = _case(session, book, "Dara")
    media = case_media(LIBRARY.get("follow_up"), book.state(case_id))
    rows = list(csv.DictReader(io.StringIO(media["cases.csv"].decode("utf-8"))))
    assert len(rows) == 1
    assert rows[0]["name"] == case_id and rows[0]["label"] == "Dara"
    assert rows[0]["prs_Citizenship"] == "LA" and rows[0]["prs_First_Name"] == "Dara"
    assert case_media(LIBRARY.get("intake"), book.state(case_id)) == {}  # reads no case file
