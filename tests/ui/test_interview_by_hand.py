"""Issue 17, defects 4, 5 and 10: an interview page filled in by mouse and keyboard.

4. Choosing a radio option must not move anything on the page (the "Clear answer" button that
   then appears has its place kept), so the next click lands where the person aimed.
5. After clicking an option, Tab goes to the next question; Space there never erases the answer
   (clearing is a deliberate act: the button, by mouse, or its shortcut).
10. "Next" does not move on over text the question cannot take: the page stays, the text stays,
   the message shows; required questions are marked before the review page.

The app is started and logged into; the intake is opened with Ctrl+N; every answer is a click or
a key press on what is on screen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.ui.form_view import InterviewWidget
from app.ui.main import DesktopApp
from app.workspace.folder import Workspace
from tests.conftest import CHEAP
from tests.ui.by_hand import WAIT, bring_forward, click, focus, press, scroll_into_view
from tests.ui.desktop import log_in, start_desktop

PASSWORD = "supervisor password 1"
CTRL = Qt.KeyboardModifier.ControlModifier


def new_intake(qtbot: QtBot, path: Path, desktops: list[DesktopApp]) -> InterviewWidget:
    """Ana logged in on a fresh workspace, Ctrl+N pressed: the intake's first page."""
    session, _ = Workspace.create(path, "Ana", PASSWORD, cost=CHEAP)
    session.lock()
    desktop = start_desktop(qtbot, path)
    desktops.append(desktop)
    log_in(qtbot, desktop, "Ana", PASSWORD)
    bring_forward(qtbot, desktop.window)
    press(qtbot, Qt.Key.Key_N, CTRL)
    stack = desktop.window.stack
    qtbot.waitUntil(lambda: isinstance(stack.currentWidget(), InterviewWidget), timeout=WAIT)
    widget = stack.currentWidget()
    assert isinstance(widget, InterviewWidget)
    settle()
    return widget


def settle() -> None:
    """Let Qt lay the page out again (posted layout requests), as it does before it paints."""
    for _ in range(3):
        QApplication.processEvents()


def where(widget: QWidget, screen: InterviewWidget) -> QPoint:
    return widget.mapTo(screen, QPoint(0, 0))


def on_screen(qtbot: QtBot, screen: InterviewWidget, widget: QWidget) -> None:
    scroll_into_view(screen.scroll, widget)
    settle()


def test_choosing_an_option_moves_nothing_on_the_page(
    qtbot: QtBot, workspace_path: Path, desktops: list[DesktopApp]
) -> None:
    screen = new_intake(qtbot, workspace_path, desktops)
    person = screen.boxes["language_person"]
    option = person.editor.buttons["km"]  # type: ignore[union-attr]
    on_screen(qtbot, screen, option)
    below = [screen.boxes[k] for k in ("language_worker", "interpreter_present")]
    before = [where(w, screen) for w in (option, *below)]
    click(qtbot, option)
    assert screen.interview.form.answer("language_person") == "km"
    assert person.clear_button.isVisibleTo(screen)  # undoing the click is offered...
    settle()
    after = [where(w, screen) for w in (option, *below)]
    assert after == before  # ...without moving the option clicked or the questions after it


def test_tab_after_a_click_goes_to_the_next_question_and_space_keeps_the_answer(
    qtbot: QtBot, workspace_path: Path, desktops: list[DesktopApp]
) -> None:
    screen = new_intake(qtbot, workspace_path, desktops)
    person = screen.boxes["language_person"]
    option = person.editor.buttons["km"]  # type: ignore[union-attr]
    on_screen(qtbot, screen, option)
    click(qtbot, option)
    press(qtbot, Qt.Key.Key_Tab)
    assert focus() in screen.boxes["language_worker"].focus_widgets()
    press(qtbot, Qt.Key.Key_Space)
    assert screen.interview.form.answer("language_person") == "km"  # not erased


def test_clearing_an_option_is_a_deliberate_act(
    qtbot: QtBot, workspace_path: Path, desktops: list[DesktopApp]
) -> None:
    screen = new_intake(qtbot, workspace_path, desktops)
    person = screen.boxes["language_person"]
    on_screen(qtbot, screen, person)
    click(qtbot, person.editor.buttons["km"])  # type: ignore[union-attr]
    click(qtbot, person.clear_button)  # by mouse
    assert screen.interview.form.answer("language_person") == ""
    click(qtbot, person.editor.buttons["th"])  # type: ignore[union-attr]
    press(qtbot, Qt.Key.Key_Backspace, CTRL)  # or by its shortcut, in the question
    assert screen.interview.form.answer("language_person") == ""


def test_next_stays_on_the_page_over_text_a_number_question_cannot_take(
    qtbot: QtBot, workspace_path: Path, desktops: list[DesktopApp]
) -> None:
    screen = new_intake(qtbot, workspace_path, desktops)
    click(qtbot, screen.next_button)  # to the consent page
    consent = screen.boxes["con_Consent"].editor.buttons["TRUE"]  # type: ignore[union-attr]
    on_screen(qtbot, screen, consent)
    click(qtbot, consent)
    click(qtbot, screen.next_button)  # to "About the person"
    age = screen.boxes["age"]
    line = age.editor.line  # type: ignore[union-attr]
    on_screen(qtbot, screen, line)
    click(qtbot, line)
    qtbot.keyClicks(focus(), "abc")
    page = screen.page_title.text()
    click(qtbot, screen.next_button)
    assert screen.page_title.text() == page  # Next stopped here...
    assert screen.boxes["age"] is age and line.text() == "abc"  # ...kept what was typed...
    assert age.message.isVisibleTo(screen)  # ...and says why
    assert age.message.text() == "Type a whole number, for example 25."
    assert focus() is line
    press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # the shortcut too
    assert screen.page_title.text() == page and line.text() == "abc"
    line.selectAll()
    qtbot.keyClicks(line, "16")
    click(qtbot, screen.next_button)  # a number: on it goes
    assert screen.page_title.text() != page
    assert screen.interview.form.answer("age") == "16"


def test_required_questions_are_marked_before_the_review_page(
    qtbot: QtBot, workspace_path: Path, desktops: list[DesktopApp]
) -> None:
    screen = new_intake(qtbot, workspace_path, desktops)
    click(qtbot, screen.next_button)
    consent = screen.boxes["con_Consent"].editor.buttons["TRUE"]  # type: ignore[union-attr]
    on_screen(qtbot, screen, consent)
    click(qtbot, consent)
    click(qtbot, screen.next_button)  # "About the person": some required, some not
    form = screen.interview.form
    marks = {key: box.required_mark for key, box in screen.boxes.items()}
    required = {key for key in marks if form.state(key).required}
    assert {"prs_First_Name", "age"} <= required and "prs_Second_Name" not in required
    for key, mark in marks.items():
        assert mark.isVisibleTo(screen) == (key in required), key
        if key in required:
            assert mark.text() == "Required"
