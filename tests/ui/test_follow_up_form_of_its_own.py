"""Issue 18: an organisation's own follow-up form is the follow-up, because it says so.

Ana's team published "Home visit", a follow-up form of its own: another id and other question
names, declaring the follow-up action, its visit date and its visitor (``bind::fieldcase:...``).
She opens the case by a double-click and clicks "New follow-up": Home visit opens, not the shipped
follow-up, with her name and today's date already in its visitor and date; by keys to Finish, and
the case's timeline shows a follow-up visit.
"""

from __future__ import annotations

import textwrap
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.team.case_book import case_book
from app.team.form_versions import publish_form
from app.ui.main import DesktopApp
from app.ui.question_widgets import LineEditor
from app.workspace.folder import Workspace
from tests.conftest import CHEAP
from tests.ui.by_hand import WAIT, bring_forward, click, double_click
from tests.ui.desktop import log_in, start_desktop
from tests.ui.test_user_paths import answer_until, finish_by_keys, shown_interview

PASSWORD = "supervisor password 1"
HOME_VISIT = """
| settings |                                |          |            |            |
|          | form_id                        | version  | form_title | namespaces |
|          | home_visit                     | 1        | Home visit | fieldcase="urn:fieldcase:xforms" |
| survey   |                                |          |            |            |          |           |                             |                           |
|          | type                           | name     | label      | appearance | save_to  | read_only | bind::fieldcase:case_action | bind::fieldcase:case_role |
|          | select_one_from_file cases.csv | person   | Person     |            |          | yes       | follow_up                   |                           |
|          | begin_group                    | visit    | The visit  | field-list |          |           |                             |                           |
|          | date                           | seen_on  | Seen on    |            | seen_on  |           |                             | visit_date                |
|          | text                           | visitor  | Visitor    |            |          |           |                             | worker                    |
|          | text                           | home     | Home       |            | home     |           |                             |                           |
|          | end_group                      |          |            |            |          |           |                             |                           |
| entities |                                |          |            |          |           |                             |                           |
|          | list_name                      | entity_id |           |          |           |                             |                           |
|          | cases                          | ${person} |           |          |           |                             |                           |
"""


def test_new_follow_up_opens_the_teams_own_follow_up_form_filled_as_it_declares(
    qtbot: QtBot, workspace_path: Path, tmp_path: Path, desktops: list[DesktopApp]
) -> None:
    session, _ = Workspace.create(workspace_path, "Ana", PASSWORD, cost=CHEAP)
    book = case_book(session)
    book.open_case({"prs_First_Name": "Dara"}, form_id="intake")
    form = tmp_path / "home_visit.md"
    form.write_text(textwrap.dedent(HOME_VISIT), "utf-8")
    publish_form(book, form)
    session.lock()
    desktop = start_desktop(qtbot, workspace_path)
    desktops.append(desktop)
    log_in(qtbot, desktop, "Ana", PASSWORD)
    bring_forward(qtbot, desktop.window)
    home = desktop.window.home
    qtbot.waitUntil(lambda: home.model.rowCount() == 1, timeout=WAIT)
    table = home.table
    double_click(qtbot, table.viewport(), table.visualRect(table.model().index(0, 0)).center())
    view = desktop.window.case_view
    qtbot.waitUntil(lambda: desktop.window.stack.currentWidget() is view, timeout=WAIT)
    qtbot.waitUntil(view.follow_up_button.isVisible, timeout=WAIT)
    click(qtbot, view.follow_up_button)

    screen = shown_interview(qtbot, desktop)
    assert screen.title.text() == "Home visit"
    click(qtbot, screen.next_button)  # from the page naming the person to the visit's page
    qtbot.waitUntil(lambda: "visitor" in screen.boxes, timeout=WAIT)
    visitor = screen.boxes["visitor"].editor
    assert isinstance(visitor, LineEditor)
    qtbot.waitUntil(visitor.isVisible, timeout=WAIT)
    assert visitor.line.text() == "Ana"
    assert screen.interview.form.answer("seen_on") == date.today().isoformat()

    answer_until(qtbot, screen, {"home": "with her aunt"})
    finish_by_keys(qtbot, screen)
    qtbot.waitUntil(lambda: desktop.window.stack.currentWidget() is view, timeout=WAIT)
    qtbot.waitUntil(lambda: view.timeline.topLevelItemCount() == 2, timeout=WAIT)
    rows = [row for i in range(2) if (row := view.timeline.topLevelItem(i)) is not None]
    kinds = [row.data(0, Qt.ItemDataRole.UserRole) for row in rows]
    assert kinds == ["follow_up", "create"]  # newest first
    shown = [rows[0].text(c) for c in range(view.timeline.columnCount())]
    assert "Follow-up visit" in shown
