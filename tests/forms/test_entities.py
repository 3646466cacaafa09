"""What a form saves to a case (ODK entities as XLSForm writes them), and app prefills."""

from __future__ import annotations

import pytest

from forms import AnswerError, FormSession, load_markdown
from forms.entities import case_declaration, case_properties, creates_case

INTAKE = """
| survey   |                  |        |         |                |
|          | type             | name   | label   | save_to        |
|          | select_one yn    | ok     | OK?     |                |
|          | text             | first  | First   | prs_First_Name |
|          | integer          | age    | Age     | age            |
|          | text             | secret | Secret  |                |
| choices  |                  |        |         |                |
|          | list_name        | name   | label   |                |
|          | yn               | yes    | Yes     |                |
|          | yn               | no     | No      |                |
| entities |                  |        |         |                |
|          | list_name        | label  | create_if |              |
|          | cases            | ${first} | ${ok} = 'yes' |          |
"""

FOLLOW_UP = """
| survey   |                                |        |        |           |          |
|          | type                           | name   | label  | save_to   | read_only |
|          | select_one_from_file cases.csv | case_id | Case  |           | yes      |
|          | text                           | place  | Place  | current_place |      |
| entities |                                |        |        |           |          |
|          | list_name                      | entity_id |     |           |          |
|          | cases                          | ${case_id} |    |           |          |
"""


def test_a_create_form_declares_its_properties_and_condition() -> None:
    definition = load_markdown(INTAKE)
    declaration = case_declaration(definition)
    assert declaration is not None and declaration.mode == "create"
    assert declaration.properties == {"first": "prs_First_Name", "age": "age"}
    session = FormSession(definition)
    session.set_answer("first", "Dara")
    session.set_answer("ok", "no")
    assert creates_case(session, declaration) is False
    session.set_answer("ok", "yes")
    assert creates_case(session, declaration) is True
    assert case_properties(session, declaration, keep_blank=True) == {
        "prs_First_Name": "Dara",
        "age": "",
    }
    assert case_properties(session, declaration, keep_blank=False) == {"prs_First_Name": "Dara"}


def test_an_update_form_names_the_field_holding_the_case_id() -> None:
    definition = load_markdown(FOLLOW_UP)
    declaration = case_declaration(definition)
    assert declaration is not None and declaration.mode == "update"
    assert declaration.id_field == "case_id"
    session = FormSession(definition)
    with pytest.raises(AnswerError):
        session.set_answer("case_id", "01a2-case")  # a person cannot change it
    session.set_answer("case_id", "01a2-case", prefill=True)  # the app can, before the interview
    assert session.answer("case_id") == "01a2-case"
    assert creates_case(session, declaration) is False


def test_a_form_without_entities_saves_nothing_to_a_case() -> None:
    definition = load_markdown("""
| survey |      |      |       |
|        | type | name | label |
|        | text | a    | A     |
""")
    assert case_declaration(definition) is None
