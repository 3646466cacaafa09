"""Issue 17, defect 9: drafts a person can manage. No draft until something is answered; drafts
on the home screen named by the person (or "no name yet") with the local time; one resumes on
the page it was left on; discarding asks first.

Driven by input only: Ctrl+N, clicks on Next, options and fields, typing, Save and close, a
double-click on the draft, the Discard… button and the question box's own buttons.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QListWidgetItem
from pytestqt.qtbot import QtBot

from app.interviews.form_library import FormLibrary
from app.interviews.interview import Interview
from app.team.case_book import case_book
from app.ui.drafts_panel import DraftsPanel
from app.ui.form_view import InterviewWidget
from app.ui.main import DesktopApp
from app.workspace.folder import Workspace
from tests.conftest import CHEAP
from tests.ui.by_hand import (
    WAIT,
    action_named,
    bring_forward,
    click,
    double_click,
    focus,
    hover,
    open_menu_by_click,
    press,
    scroll_into_view,
)
from tests.ui.desktop import log_in, start_desktop

PASSWORD = "supervisor password 1"
CTRL = Qt.KeyboardModifier.ControlModifier
LOCAL_TIME = re.compile(r"\d{1,2} \w+ \d{4}, \d{2}:\d{2}$")  # "6 Dec 2026, 14:05"


def _logged_in(qtbot: QtBot, path: Path, desktops: list[DesktopApp]) -> DesktopApp:
    desktop = start_desktop(qtbot, path)
    desktops.append(desktop)
    log_in(qtbot, desktop, "Ana", PASSWORD)
    bring_forward(qtbot, desktop.window)
    return desktop


def _new_workspace(path: Path, draft: bool = False) -> None:
    session, _ = Workspace.create(path, "Ana", PASSWORD, cost=CHEAP)
    if draft:  # begun elsewhere (the command line, an older version): no name stored
        book = case_book(session)
        interview = Interview.start(session, book, FormLibrary().on(book.store).get("intake"))
        interview.set_answer("social_worker", "Sokha Chea")
    session.lock()


def _screen(qtbot: QtBot, desktop: DesktopApp) -> InterviewWidget:
    stack = desktop.window.stack
    qtbot.waitUntil(lambda: isinstance(stack.currentWidget(), InterviewWidget), timeout=WAIT)
    widget = stack.currentWidget()
    assert isinstance(widget, InterviewWidget)
    return widget


def _save_and_close(qtbot: QtBot, desktop: DesktopApp, screen: InterviewWidget) -> None:
    click(qtbot, screen.close_button)
    home = desktop.window.home
    qtbot.waitUntil(lambda: desktop.window.stack.currentWidget() is home, timeout=WAIT)


def _panel_texts(panel: DraftsPanel) -> list[str]:
    """Each draft as listed on home, its lines joined by " | "."""
    return [panel.list.item(i).text().replace("\n", " | ") for i in range(panel.list.count())]


def _item_centre(panel: DraftsPanel, item: QListWidgetItem) -> QPoint:
    return panel.list.visualItemRect(item).center()


def test_an_interview_left_without_an_answer_leaves_no_draft(
    qtbot: QtBot, workspace_path: Path, desktops: list[DesktopApp]
) -> None:
    _new_workspace(workspace_path)
    desktop = _logged_in(qtbot, workspace_path, desktops)
    for _ in range(3):  # opened and closed, again and again
        press(qtbot, Qt.Key.Key_N, CTRL)
        _save_and_close(qtbot, desktop, _screen(qtbot, desktop))
    cases, drafts = desktop.window.cases_menu, desktop.interviews.drafts_menu
    open_menu_by_click(qtbot, desktop.window, cases)
    hover(qtbot, cases, drafts.menuAction())
    qtbot.waitUntil(drafts.isVisible, timeout=WAIT)
    qtbot.waitUntil(lambda: desktop.tasks.pending == 0, timeout=WAIT)  # the list read again
    assert [a.text() for a in drafts.actions()] == ["No drafts"]
    panel = desktop.window.home.drafts_panel
    assert panel.empty.isVisibleTo(panel) and panel.list.count() == 0
    press(qtbot, Qt.Key.Key_Escape)
    press(qtbot, Qt.Key.Key_Escape)


def test_a_draft_on_home_is_named_and_resumes_on_its_page(
    qtbot: QtBot, workspace_path: Path, desktops: list[DesktopApp]
) -> None:
    _new_workspace(workspace_path)
    desktop = _logged_in(qtbot, workspace_path, desktops)
    press(qtbot, Qt.Key.Key_N, CTRL)
    screen = _screen(qtbot, desktop)
    click(qtbot, screen.next_button)
    consent = screen.boxes["con_Consent"].editor.buttons["TRUE"]  # type: ignore[union-attr]
    scroll_into_view(screen.scroll, consent)
    click(qtbot, consent)
    click(qtbot, screen.next_button)
    page = screen.page_title.text()
    name = screen.boxes["prs_First_Name"].editor.line  # type: ignore[union-attr]
    scroll_into_view(screen.scroll, name)
    click(qtbot, name)
    qtbot.keyClicks(focus(), "Sokha")
    _save_and_close(qtbot, desktop, screen)

    panel = desktop.window.home.drafts_panel
    qtbot.waitUntil(
        lambda: _panel_texts(panel)[:1] != [] and desktop.tasks.pending == 0
    )  # read again after the last save
    text = _panel_texts(panel)[0]
    assert len(_panel_texts(panel)) == 1
    assert text.startswith("Sokha | Intake") and LOCAL_TIME.search(text), text
    item = panel.list.item(0)
    double_click(qtbot, panel.list.viewport(), _item_centre(panel, item))
    screen = _screen(qtbot, desktop)
    assert screen.page_title.text() == page  # where it was left
    assert screen.boxes["prs_First_Name"].editor.line.text() == "Sokha"  # type: ignore[union-attr]


def test_discarding_a_draft_asks_first(
    qtbot: QtBot, workspace_path: Path, desktops: list[DesktopApp]
) -> None:
    _new_workspace(workspace_path, draft=True)
    desktop = _logged_in(qtbot, workspace_path, desktops)
    panel = desktop.window.home.drafts_panel
    qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=WAIT)
    assert _panel_texts(panel)[0].startswith("no name yet | Intake")
    item = panel.list.item(0)
    click(qtbot, panel.list.viewport(), _item_centre(panel, item))
    click(qtbot, panel.discard_button)
    qtbot.waitUntil(lambda: panel.confirm is not None and panel.confirm.isVisible(), timeout=WAIT)
    box = panel.confirm
    assert box is not None
    bring_forward(qtbot, box)
    press(qtbot, Qt.Key.Key_Return)  # Enter keeps the draft
    qtbot.waitUntil(lambda: panel.confirm is None, timeout=WAIT)
    assert panel.list.count() == 1

    click(qtbot, panel.discard_button)
    qtbot.waitUntil(lambda: panel.confirm is not None and panel.confirm.isVisible(), timeout=WAIT)
    box = panel.confirm
    assert box is not None
    discard = next(b for b in box.buttons() if b.text() == "Discard")
    click(qtbot, discard)
    qtbot.waitUntil(lambda: panel.list.count() == 0, timeout=WAIT)
    drafts = desktop.interviews.drafts_menu
    assert [a.text() for a in drafts.actions()] == ["No drafts"]
    assert action_named(drafts, "No drafts").isEnabled() is False
