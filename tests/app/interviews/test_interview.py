"""Interviews with the shipped forms on a real workspace: drafts, submissions, case events."""

from __future__ import annotations

import datetime as dt

import pytest

from app.cases.book import CaseBook
from app.errors import BadInput
from app.interviews.form_library import FormLibrary
from app.interviews.interview import Interview, normalise_answer
from app.team.case_book import case_book
from app.workspace.folder import Workspace
from app.workspace.session import Session
from tests.app.form_filler import TODAY, fill_required
from tests.conftest import PASSWORD

LIBRARY = FormLibrary()


@pytest.fixture
def book(session: Session) -> CaseBook:
    return case_book(session, today=lambda: TODAY)


def _intake(session: Session, book: CaseBook, **answers: object) -> Interview:
    interview = Interview.start(session, book, LIBRARY.get("intake"), language="km")
    for key, value in answers.items():
        interview.set_answer(key, value)
    return interview


def test_an_intake_with_consent_opens_a_case_with_the_declared_properties(
    session: Session, book: CaseBook
) -> None:
    interview = _intake(
        session,
        book,
        con_Consent="TRUE",
        prs_First_Name="សុខា",
        prs_Second_Name="ជា",
        age=15,
        prs_Citizenship="KH",
    )
    assert interview.form.state(
        "guardian_present"
    ).relevant  # a child: the guardian questions appear
    fill_required(interview.form, interview.set_answer)
    done = interview.finish()
    assert done.event_type == "create" and done.case_id is not None
    state = book.state(done.case_id)
    assert state.fields["prs_First_Name"] == "សុខា" and state.fields["age"] == "15"
    assert state.fields["is_child"] == "1" and state.fields["prs_Citizenship"] == "KH"
    assert "guardian_name" not in state.fields  # not declared with save_to: stays in the submission
    assert session.drafts() == []
    record = session.submission(done.submission_id)
    assert record["form_id"] == "intake" and "<prs_First_Name>សុខា</prs_First_Name>" in record["xml"]
    assert [r.case_id for r in book.list_cases(query="sokha").rows] == [done.case_id]


def test_an_adult_has_no_guardian_questions(session: Session, book: CaseBook) -> None:
    interview = _intake(session, book, con_Consent="TRUE", age=30)
    assert not interview.form.state("guardian_present").relevant


def test_consent_refused_ends_the_interview_and_opens_no_case(
    session: Session, book: CaseBook
) -> None:
    interview = _intake(session, book, con_Consent="FALSE")
    assert not interview.form.state("prs_First_Name").relevant
    assert interview.form.state("consent_refused_note").relevant
    fill_required(interview.form, interview.set_answer)
    done = interview.finish()
    assert done.case_id is None and book.count() == 0
    assert session.submission_ids() == [done.submission_id]


def test_a_follow_up_from_the_case_moves_the_schedule(session: Session, book: CaseBook) -> None:
    intake = _intake(session, book, con_Consent="TRUE", prs_First_Name="Dara", age=25)
    fill_required(intake.form, intake.set_answer)
    case_id = intake.finish().case_id
    assert case_id is not None
    with pytest.raises(BadInput, match="open it from the case"):
        Interview.start(session, book, LIBRARY.get("follow_up"))
    follow = Interview.start(session, book, LIBRARY.get("follow_up"), case_id=case_id)
    assert follow.form.answer("case_id") == case_id
    follow.set_answer("followup_date", "2026-11-20")
    follow.set_answer("recommend_closure", "no")
    follow.set_answer("con_Consent", "TRUE") if follow.form.state("con_Consent").relevant else None
    fill_required(follow.form, follow.set_answer)
    follow.set_answer("next_followup_date", "2027-01-15") if follow.form.state(
        "next_followup_date"
    ).relevant else None
    done = follow.finish()
    assert done.event_type == "follow_up" and done.case_id == case_id
    state = book.state(case_id)
    assert [e.type for e in state.timeline] == ["create", "follow_up"]
    assert state.fields["last_follow_up_date"] == "2026-11-20"
    assert book.list_cases().rows[0].next_due == "2027-01-15"


def test_a_draft_resumes_after_the_process_died(session: Session, book: CaseBook) -> None:
    interview = _intake(session, book, con_Consent="TRUE", prs_First_Name="ນ້ອຍ", age=19)
    draft_id = interview.draft_id
    assert draft_id is not None
    folder = session.workspace.path
    session.store.close()  # the laptop lost power: nothing but what is on disk remains
    again = Workspace.at(folder).login("ana", PASSWORD)
    resumed = Interview.resume(again, case_book(again, today=lambda: TODAY), LIBRARY, draft_id)
    assert resumed.form.answer("prs_First_Name") == "ນ້ອຍ" and resumed.form.answer("age") == "19"
    again.lock()


def test_a_buddhist_era_date_is_stored_as_iso(session: Session, book: CaseBook) -> None:
    assert normalise_answer("15/3/2569", "date") == "2026-03-15"
    assert normalise_answer("๑๕/๓/๒๕๖๙", "date") == "2026-03-15"
    assert normalise_answer("15/3/2569", "text") == "15/3/2569"
    interview = _intake(session, book, con_Consent="TRUE")
    interview.set_answer("prs_Birthdate", "2/5/2553")
    assert interview.form.answer("prs_Birthdate") == "2010-05-02"
    assert interview.form.answer("age_years") == str(
        dt.date.today().year - 2010 - (dt.date.today() < dt.date(dt.date.today().year, 5, 2))
    )
