"""Issue 18: what a form does to a case is declared in the form, not known by its id.

An organisation's own follow-up form, with another id and other question names, records a
follow-up on the date its declared visit date holds; its own closure form closes the case. The
shipped forms, and the versions of them made before forms declared anything, do exactly what
they did.
"""

from __future__ import annotations

import re
import textwrap

import pytest

from app.cases.book import CaseBook
from app.interviews.case_actions import declaration_of, form_for
from app.interviews.form_library import FormLibrary
from app.interviews.interview import Interview
from app.team.case_book import case_book
from app.workspace.session import Session
from forms import FormDefinition, load_markdown, load_xform
from tests.app.form_filler import TODAY, fill_required

LIBRARY = FormLibrary()
NAMESPACES = 'fieldcase="urn:fieldcase:xforms"'

HOME_VISIT = f"""
| settings |                                |            |            |
|          | form_id                        | version    | namespaces |
|          | home_visit                     | 3          | {NAMESPACES} |
| survey   |                                |            |            |          |          |                             |                           |
|          | type                           | name       | label      | save_to  | read_only | bind::fieldcase:case_action | bind::fieldcase:case_role |
|          | select_one_from_file cases.csv | person     | Person     |          | yes      | follow_up                   |                           |
|          | date                           | seen_on    | Seen on    | seen_on  |          |                             | visit_date                |
|          | text                           | visitor    | Visitor    |          |          |                             | worker                    |
|          | text                           | home       | Home       | home     |          |                             |                           |
| entities |                                |            |            |          |          |                             |                           |
|          | list_name                      | entity_id  |            |          |          |                             |                           |
|          | cases                          | ${{person}} |           |          |          |                             |                           |
"""

END_OF_SUPPORT = f"""
| settings |                                |            |            |
|          | form_id                        | version    | namespaces |
|          | end_of_support                 | 1          | {NAMESPACES} |
| survey   |                                |            |            |          |                             |                           |
|          | type                           | name       | label      | read_only | bind::fieldcase:case_action | bind::fieldcase:case_role |
|          | select_one_from_file cases.csv | file_no    | Person     | yes      | close                       |                           |
|          | select_one outcome             | outcome    | Outcome    |          |                             | status                    |
|          | text                           | why        | Why        |          |                             | reason                    |
| choices  |                                |            |            |          |                             |                           |
|          | list_name                      | name       | label      |          |                             |                           |
|          | outcome                        | Closed     | Closed     |          |                             |                           |
|          | outcome                        | Active     | Active     |          |                             |                           |
| entities |                                |            |            |          |                             |                           |
|          | list_name                      | entity_id  |            |          |                             |                           |
|          | cases                          | ${{file_no}} |          |          |                             |                           |
"""

PASS_ON = f"""
| settings |                                |            |            |
|          | form_id                        | version    | namespaces |
|          | pass_on                        | 1          | {NAMESPACES} |
| survey   |                                |            |            |          |                             |                           |
|          | type                           | name       | label      | read_only | bind::fieldcase:case_action | bind::fieldcase:case_role |
|          | select_one_from_file cases.csv | who        | Person     | yes      | referral                    |                           |
|          | text                           | to_whom    | To         |          |                             | recipient                 |
|          | select_one agree               | agreed     | Agreed?    |          |                             | consent                   |
|          | text                           | for_what   | For what   |          |                             | purpose                   |
| choices  |                                |            |            |          |                             |                           |
|          | list_name                      | name       | label      |          |                             |                           |
|          | agree                          | yes        | Yes        |          |                             |                           |
|          | agree                          | no         | No         |          |                             |                           |
| entities |                                |            |            |          |                             |                           |
|          | list_name                      | entity_id  |            |          |                             |                           |
|          | cases                          | ${{who}}   |            |          |                             |                           |
"""


@pytest.fixture
def book(session: Session) -> CaseBook:
    return case_book(session, today=lambda: TODAY)


def _case(book: CaseBook) -> str:
    return book.open_case({"prs_First_Name": "Dara"}, form_id="intake")


def _form(md: str) -> FormDefinition:
    return load_markdown(textwrap.dedent(md))


def test_a_follow_up_form_of_its_own_records_a_follow_up_on_the_declared_date(
    session: Session, book: CaseBook
) -> None:
    case_id = _case(book)
    visit = Interview.start(session, book, _form(HOME_VISIT), case_id=case_id)
    assert visit.form.answer("person") == case_id  # the case id, as the entities sheet says
    visit.set_answer("seen_on", "2026-11-20")
    visit.set_answer("visitor", "Ana")
    visit.set_answer("home", "with her aunt")
    done = visit.finish()
    assert (done.event_type, done.case_id) == ("follow_up", case_id)
    state = book.state(case_id)
    assert [e.type for e in state.timeline] == ["create", "follow_up"]
    follow_up = state.timeline[-1]
    assert follow_up.payload["date"] == "2026-11-20"
    assert follow_up.payload["properties"] == {"seen_on": "2026-11-20", "home": "with her aunt"}
    assert follow_up.payload["submission_id"] == done.submission_id
    assert state.fields["home"] == "with her aunt"


def test_a_closure_form_of_its_own_closes_the_case(session: Session, book: CaseBook) -> None:
    case_id = _case(book)
    closing = Interview.start(session, book, _form(END_OF_SUPPORT), case_id=case_id)
    closing.set_answer("outcome", "Closed")
    closing.set_answer("why", "moved abroad")
    done = closing.finish()
    assert done.event_type == "close"
    state = book.state(case_id)
    assert state.timeline[-1].payload == {"status": "Closed", "reason": "moved abroad"}
    assert state.fields["_status"] == "closed"


def test_a_referral_form_of_its_own_refers_with_the_declared_consent(
    session: Session, book: CaseBook
) -> None:
    case_id = _case(book)
    referral = Interview.start(session, book, _form(PASS_ON), case_id=case_id)
    referral.set_answer("to_whom", "Team Vientiane")
    referral.set_answer("agreed", "yes")
    referral.set_answer("for_what", "family tracing")
    done = referral.finish()
    assert done.event_type == "referral"
    event = next(e for e in book.state(case_id).timeline if e.type == "referral")
    assert event.payload == {
        "to_team": "Team Vientiane",
        "consent": {"given": True, "recipient": "Team Vientiane", "purpose": "family tracing"},
        "note": done.submission_id,
    }


def _filled(session: Session, book: CaseBook, definition: FormDefinition, **answers: str) -> str:
    """Finish ``definition`` on a new case with ``answers`` then plausible ones; the case id."""
    case_id = _case(book)
    interview = Interview.start(session, book, definition, case_id=case_id)
    for key, value in answers.items():
        interview.set_answer(key, value)
    fill_required(interview.form, interview.set_answer)
    interview.finish()
    return case_id


def _before_declarations(shipped: FormDefinition) -> FormDefinition:
    """The same form as a version made before forms declared their action (kept in workspaces
    for its drafts): no fieldcase attributes, an older version number."""
    xml = re.sub(r'\s+(xmlns:)?fieldcase(:case_\w+)?="[^"]*"', "", shipped.xml)
    xml = xml.replace(f'version="{shipped.version}"', 'version="2026112901"')
    old = load_xform(xml)
    assert "fieldcase" not in old.xml and old.version == "2026112901"
    return old


@pytest.mark.parametrize("old", [False, True], ids=["shipped", "made before declarations"])
def test_the_shipped_forms_record_what_they_always_did(
    session: Session, book: CaseBook, old: bool
) -> None:
    def shipped(form_id: str) -> FormDefinition:
        definition = LIBRARY.get(form_id)
        return _before_declarations(definition) if old else definition

    case_id = _filled(
        session,
        book,
        shipped("follow_up"),
        followup_date="2026-11-20",
        person_reached="no",
        recommend_closure="no",
    )
    follow_up = book.state(case_id).timeline[-1]
    assert (follow_up.type, follow_up.payload["date"]) == ("follow_up", "2026-11-20")
    assert follow_up.payload["properties"]["last_follow_up_date"] == "2026-11-20"

    case_id = _filled(
        session,
        book,
        shipped("referral"),
        recipient_organisation="Team Vientiane",
        referral_consent="TRUE",
        cas_ReasonForIncomingReferral="family_tracing medical",
    )
    types = [e.type for e in book.state(case_id).timeline]
    assert types == ["create", "referral", "update"]
    referral = book.state(case_id).timeline[1]
    assert referral.payload["to_team"] == "Team Vientiane"
    assert referral.payload["consent"] == {
        "given": True,
        "recipient": "Team Vientiane",
        "purpose": "family_tracing medical",
    }

    case_id = _filled(
        session, book, shipped("closure"), cas_Status="Closed", closure_reason="goals_met"
    )
    state = book.state(case_id)
    assert [e.type for e in state.timeline] == ["create", "close", "update"]
    assert state.timeline[1].payload == {"status": "Closed", "reason": "goals_met"}


def test_new_follow_up_uses_the_form_that_declares_it(session: Session, book: CaseBook) -> None:
    assert form_for(LIBRARY, "follow_up") == "follow_up"
    assert form_for(LIBRARY, "close") == "closure"
    assert form_for(LIBRARY, "create") == "intake"  # New intake
    assert form_for(LIBRARY, "no such action") is None
    declaration = declaration_of(_before_declarations(LIBRARY.get("follow_up")))
    assert declaration is not None and declaration.roles["visit_date"] == "followup_date"
