"""The name a case is shown by (app/cases/names.py), and a workspace made before the rule changed.

The case list once joined the name fields in the alphabetical order of their field names
("ស្រីពៅ Sreypov សុខ Sok") while the case view showed "សុខ ស្រីពៅ": now every screen shows the
name in the person's script in the order of their citizenship, the Latin letters after it.
"""

from __future__ import annotations

from typing import Any

import pytest

from app.cases.book import CaseBook
from app.cases.names import NAME_RULE, display_name
from app.workspace.session import Session

SREYPOV = {
    "prs_First_Name": "ស្រីពៅ",
    "prs_Second_Name": "សុខ",
    "prs_First_Name_Latin": "Sreypov",
    "prs_Second_Name_Latin": "Sok",
    "prs_Citizenship": "KH",
}


@pytest.mark.parametrize(
    ("fields", "shown"),
    [
        (SREYPOV, "សុខ ស្រីពៅ (Sok Sreypov)"),  # Khmer: family name first, in both scripts
        ({**SREYPOV, "other_names": "Pov"}, "សុខ ស្រីពៅ (Sok Sreypov)"),  # searched, not shown
        (
            {"prs_First_Name": "สมชาย", "prs_Second_Name": "ใจดี", "prs_Citizenship": "TH"},
            "สมชาย ใจดี",  # Thai: given name first
        ),
        ({"prs_First_Name_Latin": "Dara", "prs_Second_Name_Latin": "Chan"}, "Dara Chan"),
        ({"prs_First_Name": "Hương", "prs_Name_Latin": "Hương"}, "Hương"),  # the same: once
        ({"prs_Name_Latin": "Mya Mya", "prs_Citizenship": "MM"}, "Mya Mya"),  # older cases
        ({"prs_First_Name": "  Sokha ", "prs_Second_Name": "Sokha"}, "Sokha"),  # typed whole
        ({"prs_name": "Dara", "other_names": "Pov"}, "Pov Dara"),  # a team's own form
        ({"vic_age": 15}, ""),
    ],
)
def test_the_name_a_case_is_shown_by(fields: dict[str, Any], shown: str) -> None:
    assert display_name(fields) == shown


def test_a_workspace_listed_by_the_old_rule_lists_by_the_new_one_once_opened(
    session: Session,
) -> None:
    book = CaseBook(session)
    case_id = book.open_case(SREYPOV, form_id="intake")
    thai = book.open_case({"prs_First_Name": "สมชาย", "prs_Second_Name": "ใจดี"}, "intake")
    # As a workspace of the version before: names joined by field name, and no rule recorded.
    store = session.store
    with store.atomic():
        store.execute(
            "UPDATE cases SET display_name = 'ស្រីពៅ Sreypov សុខ Sok' WHERE case_id = ?", (case_id,)
        )
        store.execute("DELETE FROM settings WHERE key = 'name_rule'")

    rows = {r.case_id: r.display_name for r in CaseBook(session).list_cases().rows}
    assert rows == {case_id: "សុខ ស្រីពៅ (Sok Sreypov)", thai: "สมชาย ใจดี"}
    assert store.scalar("SELECT value FROM settings WHERE key = 'name_rule'") == NAME_RULE
    found = CaseBook(session).list_cases(query="sok").rows  # the search follows the new names
    assert [r.display_name for r in found] == ["សុខ ស្រីពៅ (Sok Sreypov)"]
