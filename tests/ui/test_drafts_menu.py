"""Issue 17, defect 1: Cases › "Continue a draft ▸" and "New interview ▸" open the way a person
opens a submenu (hover, click, the → key, Alt+C then D) and list what is there; a draft chosen
there resumes with its answers.

Only input events drive the app: the menu bar title clicked or Alt+C pressed, the submenu
hovered, clicked or opened by key, its action clicked where it is drawn or chosen by Return.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from app.interviews.form_library import FormLibrary
from app.interviews.interview import Interview
from app.team.case_book import case_book
from app.ui.form_view import InterviewWidget
from app.ui.main import DesktopApp
from app.workspace.folder import Workspace
from tests.conftest import CHEAP
from tests.ui.by_hand import (
    ALT,
    WAIT,
    action_named,
    bring_forward,
    click,
    click_action,
    focus,
    hover,
    open_menu_by_click,
    press,
)
from tests.ui.desktop import log_in, shut_down, start_desktop

PASSWORD = "supervisor password 1"


def _workspace_with_a_draft(path: Path) -> None:
    """Ana's workspace, holding one intake begun and left: the social worker's name typed."""
    session, _ = Workspace.create(path, "Ana", PASSWORD, cost=CHEAP)
    book = case_book(session)
    interview = Interview.start(session, book, FormLibrary().on(book.store).get("intake"))
    interview.set_answer("social_worker", "Sokha Chea")
    session.lock()


def _logged_in(qtbot: QtBot, path: Path, desktops: list[DesktopApp]) -> DesktopApp:
    desktop = start_desktop(qtbot, path)
    desktops.append(desktop)
    log_in(qtbot, desktop, "Ana", PASSWORD)
    bring_forward(qtbot, desktop.window)
    return desktop


def _interview_shown(qtbot: QtBot, desktop: DesktopApp) -> InterviewWidget:
    stack = desktop.window.stack
    qtbot.waitUntil(lambda: isinstance(stack.currentWidget(), InterviewWidget), timeout=WAIT)
    widget = stack.currentWidget()
    assert isinstance(widget, InterviewWidget)
    return widget


def _open_submenu(qtbot: QtBot, desktop: DesktopApp, submenu: QMenu, way: str) -> None:
    """Cases › ``submenu`` opened one of the ways a person opens it."""
    cases = desktop.window.cases_menu
    if way == "alt+c then d":
        press(qtbot, Qt.Key.Key_C, ALT)
        qtbot.waitUntil(cases.isVisible, timeout=WAIT)
        press(qtbot, Qt.Key.Key_D)
    elif way == "right key":
        press(qtbot, Qt.Key.Key_C, ALT)
        qtbot.waitUntil(cases.isVisible, timeout=WAIT)
        for _ in range(len(cases.actions())):  # down to the submenu's entry
            if cases.activeAction() is submenu.menuAction():
                break
            press(qtbot, Qt.Key.Key_Down)
        assert cases.activeAction() is submenu.menuAction()
        press(qtbot, Qt.Key.Key_Right)
    else:
        open_menu_by_click(qtbot, desktop.window, cases)
        entry = submenu.menuAction()
        if way == "hover":
            hover(qtbot, cases, entry)
        else:
            click_action(qtbot, cases, entry)
    qtbot.waitUntil(submenu.isVisible, timeout=WAIT)


@pytest.mark.parametrize("way", ["hover", "click", "right key", "alt+c then d"])
def test_continue_a_draft_opens_and_the_draft_resumes(
    qtbot: QtBot, workspace_path: Path, desktops: list[DesktopApp], way: str
) -> None:
    _workspace_with_a_draft(workspace_path)
    desktop = _logged_in(qtbot, workspace_path, desktops)
    drafts = desktop.interviews.drafts_menu
    _open_submenu(qtbot, desktop, drafts, way)
    qtbot.waitUntil(lambda: drafts.actions()[0].isEnabled(), timeout=WAIT)  # read after login
    draft = action_named(drafts, "Intake")
    if way in ("right key", "alt+c then d"):
        # by its text: a list read again while the menu is open brings new entries for it
        qtbot.waitUntil(
            lambda: (
                drafts.activeAction() is not None and drafts.activeAction().text() == draft.text()
            ),
            timeout=WAIT,
        )
        press(qtbot, Qt.Key.Key_Return)
    else:
        click_action(qtbot, drafts, draft)
    widget = _interview_shown(qtbot, desktop)
    assert widget.boxes["social_worker"].editor.line.text() == "Sokha Chea"  # type: ignore[union-attr]
    assert QApplication.activePopupWidget() is None  # the menus closed behind the choice
    shut_down(qtbot, desktop)


def test_a_new_interview_saved_and_closed_is_continued_from_the_menu(
    qtbot: QtBot, workspace_path: Path, desktops: list[DesktopApp]
) -> None:
    """The daily path: Cases › New interview › Intake, a name typed, Save and close, and the
    draft reopened from Cases › Continue a draft."""
    session, _ = Workspace.create(workspace_path, "Ana", PASSWORD, cost=CHEAP)
    session.lock()
    desktop = _logged_in(qtbot, workspace_path, desktops)
    new = desktop.interviews.new_menu
    _open_submenu(qtbot, desktop, new, "hover")
    click_action(qtbot, new, action_named(new, "Intake"))
    widget = _interview_shown(qtbot, desktop)
    line = widget.boxes["social_worker"].editor.line  # type: ignore[union-attr]
    click(qtbot, line)
    qtbot.keyClicks(focus(), "Dara Keo")
    click(qtbot, widget.close_button)
    qtbot.waitUntil(
        lambda: desktop.window.stack.currentWidget() is desktop.window.home, timeout=WAIT
    )

    drafts = desktop.interviews.drafts_menu
    _open_submenu(qtbot, desktop, drafts, "click")
    qtbot.waitUntil(lambda: drafts.actions()[0].isEnabled(), timeout=WAIT)  # the draft is listed
    click_action(qtbot, drafts, action_named(drafts, "Intake"))
    widget = _interview_shown(qtbot, desktop)
    assert widget.boxes["social_worker"].editor.line.text() == "Dara Keo"  # type: ignore[union-attr]
    shut_down(qtbot, desktop)


def test_with_no_draft_the_menu_opens_and_says_so(
    qtbot: QtBot, workspace_path: Path, desktops: list[DesktopApp]
) -> None:
    session, _ = Workspace.create(workspace_path, "Ana", PASSWORD, cost=CHEAP)
    session.lock()
    desktop = _logged_in(qtbot, workspace_path, desktops)
    drafts = desktop.interviews.drafts_menu
    _open_submenu(qtbot, desktop, drafts, "hover")
    shown = [a for a in drafts.actions() if a.isVisible()]
    assert [a.text() for a in shown] == ["No drafts"]
    assert not shown[0].isEnabled()
    press(qtbot, Qt.Key.Key_Escape)
    shut_down(qtbot, desktop)
