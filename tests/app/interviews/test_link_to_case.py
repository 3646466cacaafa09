"""An intake linked to an earlier case of the same person finishes onto that case."""

from __future__ import annotations

import pytest

from app.cases.book import CaseBook
from app.errors import BadInput
from app.interviews.form_library import FormLibrary
from app.interviews.interview import Interview
from app.team.case_book import case_book
from app.workspace.session import Session
from tests.app.form_filler import TODAY, fill_required

LIBRARY = FormLibrary()


@pytest.fixture
def book(session: Session) -> CaseBook:
    return case_book(session, today=lambda: TODAY)


def _intake(session: Session, book: CaseBook, **answers: object) -> Interview:
    interview = Interview.start(session, book, LIBRARY.get("intake"))
    for key, value in answers.items():
        interview.set_answer(key, value)
    return interview


def test_a_linked_intake_adds_its_answers_to_the_earlier_case(
    session: Session, book: CaseBook
) -> None:
    earlier = book.open_case(
        {"prs_First_Name": "Sokha", "prs_Citizenship": "KH", "phone": "012"}, "intake"
    )
    interview = _intake(
        session, book, con_Consent="TRUE", prs_First_Name="សុខា", age=16, prs_Citizenship="KH"
    )
    interview.link_to_case(earlier)
    interview.save()
    again = Interview.resume(session, book, LIBRARY, str(interview.draft_id))
    assert again.linked_case == earlier  # the link is part of the draft
    fill_required(again.form, again.set_answer)
    done = again.finish()
    assert (done.case_id, done.event_type) == (earlier, "update")
    assert book.count() == 1  # no new case
    state = book.state(earlier)
    assert state.fields["prs_First_Name"] == "សុខា" and state.fields["phone"] == "012"
    last = state.timeline[-1]
    assert last.type == "update" and last.payload["submission_id"] == done.submission_id
    assert session.submission(done.submission_id)["form_id"] == "intake"  # kept whole


def test_an_undone_link_opens_a_new_case(session: Session, book: CaseBook) -> None:
    earlier = book.open_case({"prs_First_Name": "Dara"}, "intake")
    interview = _intake(session, book, con_Consent="TRUE", prs_First_Name="Dara", age=30)
    interview.link_to_case(earlier)
    interview.link_to_case(None)
    fill_required(interview.form, interview.set_answer)
    done = interview.finish()
    assert done.event_type == "create" and done.case_id != earlier and book.count() == 2


def test_a_link_to_a_case_gone_meanwhile_keeps_the_draft(session: Session, book: CaseBook) -> None:
    interview = _intake(session, book, con_Consent="TRUE", prs_First_Name="Dara", age=30)
    interview.link_to_case("no-such-case")
    fill_required(interview.form, interview.set_answer)
    with pytest.raises(BadInput):
        interview.finish()
    assert len(session.drafts()) == 1 and session.submission_ids() == []


def test_only_a_form_that_opens_a_case_can_be_linked(session: Session, book: CaseBook) -> None:
    case_id = book.open_case({"prs_First_Name": "Dara"}, "intake")
    follow_up = Interview.start(session, book, LIBRARY.get("follow_up"), case_id=case_id)
    with pytest.raises(BadInput):
        follow_up.link_to_case(case_id)
