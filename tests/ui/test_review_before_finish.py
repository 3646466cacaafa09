"""Issue 17 (also wrong): before the irreversible Finish, the review page lists the answers
given: each question's label and its answer's label, in the interface language.

Ana works in Khmer. She presses Ctrl+N, chooses the person's language by a click and "Don't know"
for the country, then clicks Next until the review page: there, under what is still missing,
every answer she gave reads as on the pages she filled, never as a code.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItemIterator
from pytestqt.qtbot import QtBot

from app.ui.form_view import InterviewWidget
from app.ui.main import DesktopApp
from app.workspace.folder import Workspace
from tests.conftest import CHEAP
from tests.ui.by_hand import WAIT, bring_forward, click, press
from tests.ui.desktop import log_in, start_desktop
from tests.ui.test_interview_by_hand import on_screen, settle

PASSWORD = "supervisor password 1"


def _rows(tree: QTreeWidget) -> list[tuple[str, str]]:
    rows = []
    it = QTreeWidgetItemIterator(tree)
    while (item := it.value()) is not None:
        rows.append((item.text(0), item.text(1)))
        it += 1
    return rows


def _khmer(text: str) -> bool:
    return any("\u1780" <= ch <= "\u17ff" for ch in text)


def test_the_review_page_lists_the_answers_in_the_interface_language(
    qtbot: QtBot, workspace_path: Path, desktops: list[DesktopApp]
) -> None:
    session, _ = Workspace.create(workspace_path, "Ana", PASSWORD, cost=CHEAP)
    session.lock()
    desktop = start_desktop(qtbot, workspace_path, "km")
    desktops.append(desktop)
    log_in(qtbot, desktop, "Ana", PASSWORD)
    bring_forward(qtbot, desktop.window)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    stack = desktop.window.stack
    qtbot.waitUntil(lambda: isinstance(stack.currentWidget(), InterviewWidget), timeout=WAIT)
    screen = stack.currentWidget()
    assert isinstance(screen, InterviewWidget)
    settle()

    person = screen.boxes["language_person"]
    khmer = person.editor.buttons["km"]  # type: ignore[union-attr]
    on_screen(qtbot, screen, khmer)
    click(qtbot, khmer)
    country = screen.boxes["interview_country"]
    dont_know = country.quick["dont_know"]
    on_screen(qtbot, screen, dont_know)
    click(qtbot, dont_know)
    asked = {
        person.label.text(): khmer.accessibleName(),
        country.label.text(): dont_know.text(),
    }
    assert all(_khmer(q) and _khmer(a) for q, a in asked.items()), asked

    for _ in range(40):
        if screen.on_finish_page:
            break
        click(qtbot, screen.next_button)
        settle()
    assert screen.on_finish_page
    page = screen.finish_page
    assert page.answers.isVisible()
    rows = _rows(page.answers)
    for question, answer in asked.items():
        assert (question, answer) in rows, rows
    assert not any(a in ("km", "dont_know") for _, a in rows)
    assert not page.finish_button.isEnabled()  # required questions are still missing
