"""Issue 20: the keyless interpreter, by hand. Her login opens no database: her window lists the
interviews a social worker named her in (sealed to her), opens one in the interview screen,
saves each answer back, and offers no Finish, no case list, no new interview. The social worker
then logs in and sees the interpreter's answer in her draft.

(Issue 17's dead end stays fixed: the window says what an interpreter does here and offers
"Switch user".)
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.interviews.form_library import FormLibrary
from app.interviews.interview import Interview
from app.team.case_book import case_book
from app.ui.form_view import InterviewWidget
from app.ui.main import DesktopApp
from app.workspace.folder import Workspace
from app.workspace.roles import Role
from tests.conftest import CHEAP
from tests.ui.by_hand import (
    WAIT,
    bring_forward,
    choose,
    click,
    click_action,
    double_click,
    focus,
    open_menu_by_click,
    press,
    scroll_into_view,
)
from tests.ui.desktop import log_in, start_desktop

PASSWORD = "supervisor password 1"
WORKER_PASSWORD = "social worker password"
INTERPRETER_PASSWORD = "interpreter password"


def a_draft_naming_chi(path: Path) -> None:
    """Sokha starts an intake with Chi as its interpreter: consent given, no name yet."""
    session, _ = Workspace.create(path, "Ana", PASSWORD, cost=CHEAP, login_asks_name=True)
    session.add_user("Sokha", Role.SOCIAL_WORKER, WORKER_PASSWORD, cost=CHEAP)
    session.add_user("Chi", Role.INTERPRETER, INTERPRETER_PASSWORD, cost=CHEAP)
    session.lock()
    sokha = Workspace.at(path).login("Sokha", WORKER_PASSWORD)
    book = case_book(sokha)
    intake = Interview.start(
        sokha, book, FormLibrary().on(book.store).get("intake"), interpreter="Chi"
    )
    intake.set_answer("con_Consent", "TRUE")
    sokha.lock()


def type_login(qtbot: QtBot, desktop: DesktopApp, user: str, password: str) -> None:
    """A click in the name, then by keyboard: the name, Tab, the password, Enter."""
    login = desktop.login
    assert login is not None and login.asks_name
    qtbot.waitUntil(login.isVisible, timeout=WAIT)
    bring_forward(qtbot, desktop.window)
    click(qtbot, login.user_name)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focus(), user)
    if focus() is not login.user_name:  # a list of names it completes to: closed first
        press(qtbot, Qt.Key.Key_Escape)
    press(qtbot, Qt.Key.Key_Tab)
    assert focus() is login.password
    qtbot.keyClicks(focus(), password)
    press(qtbot, Qt.Key.Key_Return)


def interview_screen(qtbot: QtBot, desktop: DesktopApp) -> InterviewWidget:
    stack = desktop.window.stack
    qtbot.waitUntil(lambda: isinstance(stack.currentWidget(), InterviewWidget), timeout=WAIT)
    widget = stack.currentWidget()
    assert isinstance(widget, InterviewWidget)
    return widget


def to_the_name(qtbot: QtBot, screen: InterviewWidget) -> None:
    for _ in range(5):
        box = screen.boxes.get("prs_First_Name")
        if box is not None and box.isVisibleTo(screen):
            return
        click(qtbot, screen.next_button)
    raise AssertionError("the name question never showed")


def test_the_interpreter_answers_in_the_draft_she_is_named_in_and_the_worker_sees_it(
    qtbot: QtBot, workspace_path: Path, desktops: list[DesktopApp]
) -> None:
    a_draft_naming_chi(workspace_path)
    desktop = start_desktop(qtbot, workspace_path)
    desktops.append(desktop)
    bring_forward(qtbot, desktop.window)
    type_login(qtbot, desktop, "Chi", INTERPRETER_PASSWORD)

    qtbot.waitUntil(lambda: desktop.interpreter.screen is not None, timeout=WAIT)
    screen = desktop.interpreter.screen
    assert screen is not None
    qtbot.waitUntil(lambda: screen.list.count() == 1 and screen.list.isVisible(), timeout=WAIT)
    assert screen.title.text() == "Interviews you assist"
    assert "Intake" in screen.list.item(0).text() and "Sokha" in screen.list.item(0).text()
    assert screen.switch_button.isVisible()
    # nothing of a full session: no case list, no cases menu, no wipe
    window = desktop.window
    assert desktop.session is None and desktop.case_tasks is None
    assert not window.cases_menu.menuAction().isVisible()
    assert not window.wipe_action.isVisible() and not window.users_action.isVisible()

    qtbot.waitUntil(screen.list.hasFocus, timeout=WAIT)
    press(qtbot, Qt.Key.Key_Return)  # the first interview, opened by keyboard
    interview = interview_screen(qtbot, desktop)
    assert "Chi" in interview.interpreter_label.text()
    to_the_name(qtbot, interview)
    line = interview.boxes["prs_First_Name"].editor.line  # type: ignore[union-attr]
    scroll_into_view(interview.scroll, line)
    click(qtbot, line)
    qtbot.keyClicks(focus(), "Sreymom")
    assert not interview.finish_button.isVisibleTo(interview)  # she does not finish it
    click(qtbot, interview.close_button)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is screen, timeout=WAIT)
    qtbot.waitUntil(lambda: "Sreymom" in screen.list.item(0).text(), timeout=WAIT)

    click(qtbot, screen.switch_button)
    qtbot.waitUntil(lambda: desktop.login is not None and desktop.login.isVisible(), timeout=WAIT)
    assert desktop.interpreter.desk is None
    log_in(qtbot, desktop, "Sokha", WORKER_PASSWORD)
    panel = window.home.drafts_panel
    qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=WAIT)
    qtbot.waitUntil(lambda: "Sreymom" in panel.list.item(0).text(), timeout=WAIT)
    item = panel.list.item(0)
    double_click(qtbot, panel.list.viewport(), panel.list.visualItemRect(item).center())
    resumed = interview_screen(qtbot, desktop)
    to_the_name(qtbot, resumed)
    assert resumed.boxes["prs_First_Name"].editor.line.text() == "Sreymom"  # type: ignore[union-attr]
    assert resumed.finish_button is not None  # hers to finish


def test_the_social_worker_names_the_interpreter_in_the_interview(
    qtbot: QtBot, workspace_path: Path, desktops: list[DesktopApp]
) -> None:
    session, _ = Workspace.create(workspace_path, "Ana", PASSWORD, cost=CHEAP, login_asks_name=True)
    session.add_user("Sokha", Role.SOCIAL_WORKER, WORKER_PASSWORD, cost=CHEAP)
    session.add_user("Chi", Role.INTERPRETER, INTERPRETER_PASSWORD, cost=CHEAP)
    session.lock()
    desktop = start_desktop(qtbot, workspace_path)
    desktops.append(desktop)
    bring_forward(qtbot, desktop.window)
    log_in(qtbot, desktop, "Sokha", WORKER_PASSWORD)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # a new intake
    interview = interview_screen(qtbot, desktop)
    qtbot.waitUntil(interview.interpreter_choice.isVisible, timeout=WAIT)
    choose(qtbot, interview.interpreter_choice, "Chi")
    assert interview.interpreter_label.text() == "Interpreter: Chi"
    click(qtbot, interview.close_button)
    qtbot.waitUntil(lambda: desktop.window.stack.currentWidget() is desktop.window.home)
    qtbot.waitUntil(lambda: desktop.tasks.pending == 0, timeout=WAIT)

    window = desktop.window
    open_menu_by_click(qtbot, window, window.workspace_menu)
    click_action(qtbot, window.workspace_menu, window.switch_action)
    qtbot.waitUntil(lambda: desktop.login is not None and desktop.login.isVisible(), timeout=WAIT)
    type_login(qtbot, desktop, "Chi", INTERPRETER_PASSWORD)
    qtbot.waitUntil(lambda: desktop.interpreter.screen is not None, timeout=WAIT)
    screen = desktop.interpreter.screen
    assert screen is not None
    qtbot.waitUntil(lambda: screen.list.count() == 1, timeout=WAIT)
    assert "Sokha" in screen.list.item(0).text()
