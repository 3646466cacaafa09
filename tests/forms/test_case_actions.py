"""What an update form does to its case, declared in the form: ``bind::fieldcase:case_action`` and
``bind::fieldcase:case_role`` (forms/entities.py), read back from the XForm and checked when the
form loads, each mistake at its sheet, row and column."""

from __future__ import annotations

from pathlib import Path

import pytest

from forms import FormDefinition, load_form
from forms.check import check_file, format_line
from forms.definitions.build import FORMS, convert_form, xlsx_path
from forms.entities import case_declaration, consent_given
from forms.errors import FormLoadError
from tests.forms.conftest import form

NAMESPACES = 'fieldcase="urn:fieldcase:xforms"'
UPDATES = """
| entities |           |            |
|          | list_name | entity_id  |
|          | cases     | ${person}  |
"""
CREATES = """
| entities |           |            |
|          | list_name | label      |
|          | cases     | ${person}  |
"""


def visit(rows: str, entities: str = UPDATES, namespaces: str = NAMESPACES) -> str:
    """A form whose first survey row (row 2) holds the case id; ``rows`` start at row 3, as
    ``| type | name | label | case_action | case_role |``."""
    return f"""
| settings |           |            |
|          | form_id   | namespaces |
|          | home_visit | {namespaces} |
| survey   |           |        |        |                             |                           |
|          | type      | name   | label  | bind::fieldcase:case_action | bind::fieldcase:case_role |
|          | text      | person | Person | follow_up                   |                           |
{rows}
| choices  |           |        |        |
|          | list_name | name   | label  |
|          | outcome   | Closed | Closed |
|          | outcome   | Active | Active |
|          | agree     | yes    | Yes    |
|          | agree     | no     | No     |
{entities}
"""


def test_a_follow_up_of_its_own_names_its_action_and_the_questions_it_reads() -> None:
    definition = form(
        visit("""
|          | date      | seen_on | Seen on  |  | visit_date |
|          | text      | visitor | Visitor  |  | worker     |
|          | text      | notes   | Notes    |  |            |
""")
    )
    declaration = case_declaration(definition)
    assert declaration is not None and declaration.mode == "update"
    assert declaration.action == "follow_up" and declaration.declared
    assert declaration.roles == {"visit_date": "seen_on", "worker": "visitor"}
    assert 'fieldcase:case_role="visit_date"' in definition.xml  # in the XForm, for the app


def test_an_update_form_that_declares_nothing_is_an_update() -> None:
    definition = form("""
| survey   |           |        |        |
|          | type      | name   | label  |
|          | text      | person | Person |
|          | text      | place  | Place  |
| entities |           |            |
|          | list_name | entity_id  |
|          | cases     | ${person}  |
""")
    declaration = case_declaration(definition)
    assert declaration is not None
    assert (declaration.action, declaration.roles, declaration.declared) == ("update", {}, False)


def test_consent_is_given_by_true_yes_or_one() -> None:
    assert [consent_given(v) for v in ("TRUE", "yes", "1", "FALSE", "no", "")] == [
        True,
        True,
        True,
        False,
        False,
        False,
    ]


ACTION = "column 'bind::fieldcase:case_action'"
ROLE = "column 'bind::fieldcase:case_role'"


@pytest.mark.parametrize(
    ("md", "where", "words"),
    [
        (
            visit("|  | text | other | Other | visit |  |"),
            f"row 3, {ACTION}",
            "'visit' is not a case action: write 'follow_up', 'referral', 'close' or 'update'",
        ),
        (
            visit("|  | text | other | Other | close |  |"),
            f"row 3, {ACTION}",
            "the case action is given twice, on 'person' and on 'other': keep one",
        ),
        (
            visit("", entities=CREATES),
            f"row 2, {ACTION}",
            "the case action 'follow_up' changes the case the form is filled for, but its "
            "entities sheet creates a case (a label, no entity_id): the entities sheet needs "
            "list_name 'cases' and an entity_id (e.g. ${case_id})",
        ),
        (
            visit("", entities=""),
            f"row 2, {ACTION}",
            "but the form has no entities sheet",
        ),
        (
            visit("|  | date | seen_on | Seen on |  | visit_day |"),
            f"row 3, {ROLE}",
            "'visit_day' is not a case role: write 'visit_date', 'worker', 'recipient', "
            "'consent', 'purpose', 'status' or 'reason'",
        ),
        (
            visit("|  | text | outcome | Outcome |  | status |"),
            f"row 3, {ROLE}",
            "the case role 'status' belongs to the case action 'close'; this form's is 'follow_up'",
        ),
        (
            visit("|  | text | seen_on | Seen on |  | visit_date |"),
            f"row 3, {ROLE}",
            "the visit date ('seen_on') must be 'date', not text",
        ),
        (
            visit(
                "|  | date | seen_on | Seen on |  | visit_date |\n"
                "|  | date | again | Again |  | visit_date |"
            ),
            f"row 4, {ROLE}",
            "the case role 'visit_date' is given twice, on 'seen_on' and on 'again'",
        ),
        (
            visit(
                "|  | begin_repeat | visits | Visits |  |  |\n"
                "|  | date | seen_on | Seen on |  | visit_date |\n"
                "|  | end_repeat | | |  |  |"
            ),
            f"row 4, {ROLE}",
            "the case role 'visit_date' is on 'seen_on', inside a repeat",
        ),
        (
            visit(
                "|  | begin_group | visit | Visit |  | worker |\n"
                "|  | text | who | Who |  |  |\n"
                "|  | end_group | | |  |  |"
            ),
            f"row 3, {ROLE}",
            "the case role 'worker' is on 'visit', a group",
        ),
    ],
)
def test_a_declaration_that_cannot_work_is_refused_at_its_row(
    md: str, where: str, words: str
) -> None:
    with pytest.raises(FormLoadError) as caught:
        form(md)
    assert caught.value.code.startswith("FORM01")
    assert f"[sheet 'survey', {where}]" in str(caught.value)
    assert words in str(caught.value)


def test_a_referral_without_a_recipient_or_a_closure_without_a_status_is_refused() -> None:
    referral = visit("|  | select_one agree | agreed | Agreed? |  | consent |").replace(
        "| follow_up ", "| referral  "
    )
    with pytest.raises(FormLoadError) as caught:
        form(referral)
    assert "[sheet 'survey', row 2, column 'bind::fieldcase:case_action']" in str(caught.value)
    assert "the case action 'referral' needs a question whose case_role is 'recipient'" in str(
        caught.value
    )
    closure = visit("|  | text | why | Why? |  | reason |").replace("| follow_up ", "| close     ")
    with pytest.raises(FormLoadError) as caught:
        form(closure)
    assert "needs a question whose case_role is 'status' (the case's status at closure)" in str(
        caught.value
    )
    form(
        closure.replace(
            "| text | why | Why? |  | reason |",
            "| select_one outcome | outcome | Outcome |  | status |",
        )
    )  # with one, it loads


def test_the_namespace_must_be_declared_as_fieldcase_reads_it() -> None:
    rows = "|  | date | seen_on | Seen on |  | visit_date |"
    with pytest.raises(FormLoadError) as caught:
        form(visit(rows, namespaces=""))
    assert str(caught.value) == (
        "[sheet 'survey', row 1, column 'bind::fieldcase:case_action'] the column "
        "'bind::fieldcase:case_action' uses the namespace prefix 'fieldcase', which the settings "
        "sheet does not declare: add a 'namespaces' column with "
        'fieldcase="urn:fieldcase:xforms"'
    )
    with pytest.raises(FormLoadError) as caught:
        form(visit(rows, namespaces='fieldcase="http://example.org/x"'))
    assert "binds to 'http://example.org/x': fieldcase reads its declarations as" in str(
        caught.value
    )


def test_forms_check_names_the_row_of_a_bad_declaration(tmp_path: Path) -> None:
    path = tmp_path / "home_visit.md"
    path.write_text(visit("|  | text | seen_on | Seen on |  | visit_date |"), encoding="utf-8")
    report = check_file(path)
    assert not report.loaded
    assert format_line(report) == (
        f"{path}: error [sheet 'survey', row 3, column 'bind::fieldcase:case_role'] the visit "
        "date ('seen_on') must be 'date', not text"
    )


def test_the_shipped_update_forms_declare_what_they_do() -> None:
    found = {}
    for name in FORMS:
        xform, warnings = convert_form(xlsx_path(name))  # the real pyxform conversion
        assert warnings == []
        assert 'xmlns:fieldcase="urn:fieldcase:xforms"' in xform or name == "intake"
        declaration = case_declaration(form_from_xlsx(name))
        assert declaration is not None
        found[name] = (declaration.action, declaration.roles)
    assert found == {
        "intake": ("create", {}),
        "follow_up": ("follow_up", {"visit_date": "followup_date", "worker": "social_worker"}),
        "referral": (
            "referral",
            {
                "recipient": "recipient_organisation",
                "consent": "referral_consent",
                "purpose": "cas_ReasonForIncomingReferral",
            },
        ),
        "closure": ("close", {"status": "cas_Status", "reason": "closure_reason"}),
    }


def form_from_xlsx(name: str) -> FormDefinition:
    return load_form(xlsx_path(name))
