"""Drafts (save and resume) and finished submissions (XML and JSON)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from forms.errors import AnswerError
from forms.session import FormSession
from forms.submission import draft_bytes, finish, resume, to_draft
from tests.forms.conftest import NOW, form, session

FORM = """
| survey |              |        |                |             |          |
|        | type         | name   | label          | relevant    | required |
|        | start        | start  |                |             |          |
|        | end          | end    |                |             |          |
|        | integer      | age    | Age            |             | yes      |
|        | begin group  | minor  | Minor          | ${age} < 18 |          |
|        | text         | guardian | Guardian     |             |          |
|        | end group    |        |                |             |          |
|        | begin repeat | family | Family         |             |          |
|        | text         | fname  | Name           |             |          |
|        | end repeat   |        |                |             |          |
| settings |          |         |
|          | form_id  | version |
|          | intake   | 2026.1  |
"""


def filled() -> FormSession:
    s = session(FORM, language=None)
    s.set_answer("age", 12)
    s.set_answer("guardian", "Srey")
    s.set_answer("family[1]/fname", "Dara")
    s.add_repeat("family")
    s.set_answer("family[2]/fname", "Sokha")
    return s


def test_draft_round_trip_as_dict_and_bytes() -> None:
    s = filled()
    definition = s.definition
    for draft in (to_draft(s), draft_bytes(s)):
        if isinstance(draft, dict):
            json.dumps(draft)  # JSON-able
        again = resume(definition, draft, now=lambda: NOW)
        assert [(x.key, x.value, x.relevant) for x in again.field_states()] == [
            (x.key, x.value, x.relevant) for x in s.field_states()
        ]
        again.set_answer("family[2]/fname", "Vanna")
        assert again.answer("family[2]/fname") == "Vanna"


def test_draft_of_another_form_is_refused() -> None:
    s = filled()
    other = form(FORM.replace("intake", "followup"))
    with pytest.raises(AnswerError, match="does not belong"):
        resume(other, to_draft(s))
    with pytest.raises(AnswerError):
        resume(other, b"not json")


def test_submission_xml_and_json() -> None:
    s = filled()
    sub = finish(s)
    root = ET.fromstring(sub.xml)
    assert root.tag == "data" and root.get("id") == "intake" and root.get("version") == "2026.1"
    assert root.findtext("age") == "12"
    assert root.findtext("minor/guardian") == "Srey"
    assert [e.text for e in root.findall("family/fname")] == ["Dara", "Sokha"]
    assert root.findtext("end") == "2024-05-01T09:30:00.000Z"
    assert (
        sub.instance_id.startswith("uuid:") and root.findtext("meta/instanceID") == sub.instance_id
    )
    assert sub.to_json() == {
        "form_id": "intake",
        "version": "2026.1",
        "instance_id": sub.instance_id,
        "data": {
            "start": "2024-05-01T09:30:00.000Z",
            "end": "2024-05-01T09:30:00.000Z",
            "age": "12",
            "minor": {"guardian": "Srey"},
            "family": [{"fname": "Dara"}, {"fname": "Sokha"}],
            "meta": {"instanceID": sub.instance_id},
        },
    }


def test_incomplete_form_is_not_finished_unless_allowed() -> None:
    s = session(FORM)
    with pytest.raises(AnswerError, match="not complete: 1 field"):
        finish(s)
    assert finish(s, allow_incomplete=True).data["age"] == ""


def test_a_draft_survives_a_new_version_of_its_form() -> None:
    s = filled()
    newer = form(
        FORM.replace("| 2026.1  |", "| 2026.2  |").replace(
            "|        | text         | fname  | Name           |             |          |",
            "|        | text         | fname  | Name           |             |          |\n"
            "|        | integer      | fage   | Age            |             |          |",
        )
    )
    again = resume(newer, to_draft(s))
    assert again.answer("family[2]/fname") == "Sokha"
    assert again.answer("family[2]/fage") == ""
    assert again.answer("guardian") == "Srey"
    assert again.answer("/data/meta/instanceID") == s.answer("/data/meta/instanceID")
