"""Issue 17 (also wrong): a new follow-up starts with the logged-in worker and today's date
filled in, as answers the person can change.

Ana opens the only case on her home screen by a double-click, clicks "New follow-up" and Next:
the worker's name reads "Ana" and the date is today's; she types another name over it, and that is
the answer.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.team.case_book import case_book
from app.ui.form_view import InterviewWidget
from app.ui.main import DesktopApp
from app.ui.question_widgets import DateEditor, LineEditor
from app.workspace.folder import Workspace
from tests.conftest import CHEAP
from tests.ui.by_hand import WAIT, bring_forward, click, double_click, press, type_text
from tests.ui.desktop import log_in, start_desktop
from tests.ui.test_interview_by_hand import on_screen

PASSWORD = "supervisor password 1"


def test_a_new_follow_up_starts_with_the_worker_and_today(
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
    qtbot.waitUntil(lambda: desktop.window.stack.currentWidget() is view, timeout=WAIT)
    qtbot.waitUntil(view.follow_up_button.isVisible, timeout=WAIT)
    click(qtbot, view.follow_up_button)
    stack = desktop.window.stack
    qtbot.waitUntil(lambda: isinstance(stack.currentWidget(), InterviewWidget), timeout=WAIT)
    screen = stack.currentWidget()
    assert isinstance(screen, InterviewWidget)

    click(qtbot, screen.next_button)  # from the page naming the person to the visit's page
    qtbot.waitUntil(lambda: "social_worker" in screen.boxes, timeout=WAIT)
    worker = screen.boxes["social_worker"].editor
    when = screen.boxes["followup_date"].editor
    assert isinstance(worker, LineEditor) and isinstance(when, DateEditor)
    assert worker.isVisible() and when.isVisible()
    assert worker.line.text() == "Ana"
    assert screen.interview.form.answer("followup_date") == date.today().isoformat()
    assert screen.interview.form.answer("social_worker") == "Ana"

    on_screen(qtbot, screen, worker)
    click(qtbot, worker.line)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text("Sokha Chea")
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.waitUntil(
        lambda: screen.interview.form.answer("social_worker") == "Sokha Chea", timeout=WAIT
    )
