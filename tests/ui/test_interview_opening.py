"""Issue 17, found walking it by hand: what an interview says and where the keyboard is the
moment it opens.

- New intake opened and nothing answered: there is no draft yet (one is made with the first
  answer), so the footer does not say "Draft saved"; it does once something is answered.
- A follow-up opens on a page with nothing to answer (the person's details, read-only): the
  keyboard is on Next, so Space or Enter turns the page, not on "Interpreter mode" (where Space
  switched the second language on).

The app is started and logged into; screens are opened with Ctrl+N or the case view's button;
every answer is a key press or a click on what is on screen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.team.case_book import case_book
from app.ui.form_view import InterviewWidget
from app.ui.main import DesktopApp
from app.workspace.folder import Workspace
from tests.conftest import CHEAP
from tests.ui.by_hand import WAIT, bring_forward, click, double_click, focus, press, type_text
from tests.ui.desktop import log_in, start_desktop
from tests.ui.test_interview_by_hand import new_intake, settle

PASSWORD = "supervisor password 1"


def test_a_new_intake_says_draft_saved_only_once_something_is_answered(
    qtbot: QtBot, workspace_path: Path, desktops: list[DesktopApp]
) -> None:
    screen = new_intake(qtbot, workspace_path, desktops)
    assert screen.save_status.isVisible()
    assert screen.save_status.text() == ""  # nothing answered: no draft, and none claimed

    worker = screen.boxes["social_worker"].focus_widgets()[0]
    click(qtbot, worker)
    type_text("Sophea")
    qtbot.waitUntil(lambda: screen.save_status.text() == "Draft saved", timeout=WAIT)


def test_a_follow_up_opening_on_a_page_with_nothing_to_answer_has_the_keyboard_on_next(
    qtbot: QtBot, workspace_path: Path, desktops: list[DesktopApp]
) -> None:
    session, _ = Workspace.create(workspace_path, "Ana", PASSWORD, cost=CHEAP)
    case_book(session).open_case({"prs_First_Name": "Dara"}, form_id="intake")
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
    qtbot.waitUntil(view.follow_up_button.isVisible, timeout=WAIT)
    click(qtbot, view.follow_up_button)
    stack = desktop.window.stack
    qtbot.waitUntil(lambda: isinstance(stack.currentWidget(), InterviewWidget), timeout=WAIT)
    screen = stack.currentWidget()
    assert isinstance(screen, InterviewWidget)
    settle()
    assert not any(w.isEnabled() for w in screen.boxes["case_id"].focus_widgets())  # read-only

    assert focus() is screen.next_button
    press(qtbot, Qt.Key.Key_Space)  # a keyboard user's first key: the page turns
    qtbot.waitUntil(lambda: "social_worker" in screen.boxes, timeout=WAIT)
    assert not screen.interpreter_mode.isChecked()  # and no second language switched on
    assert focus() in screen.boxes["followup_date"].focus_widgets()  # the visit's first question
