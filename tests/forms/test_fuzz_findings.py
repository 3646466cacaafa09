"""What the form fuzzer (tests/fuzz/test_forms_fuzz.py) found, each fixed at its cause in forms/."""

from __future__ import annotations

import pytest

from forms.errors import AnswerError, ExpressionError, FormLoadError
from forms.session import FormSession
from forms.submission import draft_bytes, finish, resume
from forms.xpath import parse
from tests.forms.conftest import form


def test_a_label_given_twice_in_the_default_language_names_the_cell() -> None:
    """pyxform fails with a bare ``TypeError: unhashable type: 'dict'`` here."""
    with pytest.raises(FormLoadError) as error:
        form(
            """
            | survey   |                  |      |       |                  |                   |
            |          | type             | name | label | label::Thai (th) | label::Khmer (km) |
            |          | text             | a    | A     | A                |                   |
            |          | text             | q    | Q     | คำถาม            | សំណួរ             |
            | settings |                  |      |       |                  |                   |
            |          | default_language |      |       |                  |                   |
            |          | Khmer (km)       |      |       |                  |                   |
            """
        )
    assert error.value.location is not None
    assert (error.value.location.row, error.value.location.column) == (3, "label")
    assert "TypeError" not in str(error.value)
    assert "label::Khmer (km)" in str(error.value)


def test_the_same_columns_without_the_clash_still_load() -> None:
    definition = form(
        """
        | survey   |                  |      |       |                  |                   |
        |          | type             | name | label | label::Thai (th) | label::Khmer (km) |
        |          | text             | q    |       | คำถาม            | សំណួរ             |
        |          | text             | r    | R     | อาร์             |                   |
        | settings |                  |      |       |                  |                   |
        |          | default_language |      |       |                  |                   |
        |          | Khmer (km)       |      |       |                  |                   |
        """
    )
    assert definition.languages


def test_a_name_the_xml_reader_refuses_is_reported_at_its_row() -> None:
    """pyxform accepts a Khmer name, writes it as an element, and expat cannot read it back: the
    author used to see 'the XForm is not well-formed XML: line 1, column 413'."""
    with pytest.raises(FormLoadError) as error:
        form(
            """
            | survey |      |       |       |
            |        | type | name  | label |
            |        | text | a     | A     |
            |        | text | ដារ៉ា  | Dara  |
            """
        )
    assert error.value.location is not None
    assert (error.value.location.row, error.value.location.column) == (3, "name")
    assert "XForm is not well-formed" not in str(error.value)


def test_rank_without_a_list_is_reported_at_its_row() -> None:
    """pyxform's ``ValueError`` ('itemset' and 'list_name' ...) carried no row."""
    with pytest.raises(FormLoadError) as error:
        form(
            """
            | survey |      |      |       |
            |        | type | name | label |
            |        | text | a    | A     |
            |        | rank | r    | R     |
            """
        )
    assert error.value.location is not None and error.value.location.row == 3
    assert "rank LIST_NAME" in str(error.value)


def test_a_pyxform_message_naming_questions_as_references_is_placed_at_a_row() -> None:
    """pyxform names the questions as ``${consent}`` and ``${score}``, not in quotes: the error
    carried no row at all."""
    with pytest.raises(FormLoadError) as error:
        form(
            """
            | survey |           |         |       |             |             |
            |        | type      | name    | label | calculation | trigger     |
            |        | calculate | consent |       | 1           |             |
            |        | text      | score   | S     |             | ${consent}  |
            """
        )
    assert error.value.location is not None and error.value.location.row == 3


@pytest.mark.parametrize("text", ["0\n0", "'a\nb' 0", "1 +\r\n", "concat('\u2028', )"])
def test_an_expression_error_is_one_line(text: str) -> None:
    with pytest.raises(ExpressionError) as error:
        parse(text)
    assert len(str(error.value).splitlines()) == 1


def test_an_answer_error_is_one_line() -> None:
    session = FormSession(
        form(
            """
            | survey |         |      |       |
            |        | type    | name | label |
            |        | integer | n    | N     |
            """
        )
    )
    with pytest.raises(AnswerError) as error:
        session.set_answer("n", "1\n2")
    assert len(str(error.value).splitlines()) == 1


TEXT_AND_DECODE = """
| survey |           |      |       |                       |
|        | type      | name | label | calculation           |
|        | text      | t    | T     |                       |
|        | calculate | c    |       | base64-decode('AEI=') |
"""


def test_control_characters_never_make_a_draft_unreadable() -> None:
    """A NUL typed or pasted into a text answer, or decoded by base64-decode(), made the draft
    XML not well-formed: resume() refused the draft, and the interview was lost."""
    definition = form(TEXT_AND_DECODE)
    session = FormSession(definition, seed=1)
    session.set_answer("t", "a\x00b\x0bc\ud800d\te")
    assert session.answer("t") == "abcd\te"
    assert session.answer("c") == "\x00B"
    again = resume(definition, draft_bytes(session))
    assert again.answer("t") == "abcd\te"
    assert again.answer("c") == "\x00B"  # recomputed on resume, dropped only when written
    assert b"\x00" not in finish(session, allow_incomplete=True).xml


def test_an_answer_keeps_its_own_spaces_through_a_draft() -> None:
    """Reading the draft stripped every value as if it were XForm layout: ' 3 ' came back '3'."""
    definition = form(TEXT_AND_DECODE)
    session = FormSession(definition, seed=1)
    session.set_answer("t", "  Dara\n ")
    assert resume(definition, draft_bytes(session)).answer("t") == "  Dara\n "


def test_line_ends_typed_as_return_survive_a_draft_unchanged() -> None:
    """Found by the 10,000-form run: '0\r' came back from a draft as '0\n' (XML reads every
    line end as a newline), so an answer changed on its way through the draft."""
    definition = form(TEXT_AND_DECODE)
    session = FormSession(definition, seed=1)
    session.set_answer("t", "line one\r\nline two\rend\r")
    assert session.answer("t") == "line one\nline two\nend\n"
    assert resume(definition, draft_bytes(session)).answer("t") == session.answer("t")


def test_a_choice_name_with_a_space_in_a_select_multiple_list_is_placed_at_its_row() -> None:
    """pyxform's 'See [x y] in [yn]' named the choice in brackets: the error had no row."""
    with pytest.raises(FormLoadError) as error:
        form(
            """
            | survey  |                    |      |       |
            |         | type               | name | label |
            |         | select_multiple yn | q    | Q     |
            | choices |                    |      |       |
            |         | list_name          | name | label |
            |         | yn                 | 1    | One   |
            |         | yn                 | x y  | Two   |
            """
        )
    location = error.value.location
    assert location is not None and (location.sheet, location.row) == ("choices", 3)


def test_a_translated_settings_column_is_named_not_a_crash() -> None:
    """pyxform fails on ``form_title::Khmer (km)`` with "'dict' object has no attribute
    'nodeType'"; the author hears which column to remove."""
    md = """
    | survey   |         |         |            |                        |
    |          | type    | name    | label      |                        |
    |          | text    | a       | A          |                        |
    | settings |         |         |            |                        |
    |          | form_id | version | form_title | form_title::Khmer (km) |
    |          | t1      | 1       | Intake     | ការចុះឈ្មោះ            |
    """
    with pytest.raises(FormLoadError) as caught:
        form(md)
    text = str(caught.value)
    assert "sheet 'settings'" in text and "form_title::Khmer (km)" in text
    assert "nodeType" not in text
