"""Keyboard only: from the login screen to a filled intake page with nothing but key presses.

Every key goes to whatever has the keyboard focus at that moment (``QApplication.focusWidget``),
as on a real screen; the test never puts the focus anywhere itself. Reaching a widget with Tab
is counted, so a broken tab order (a question that Tab skips, a focus stuck in the header) fails.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.ui.form_view import InterviewWidget
from app.ui.main import DesktopApp
from app.workspace.folder import Workspace
from app.workspace.roles import Role
from tests.conftest import CHEAP

SUPERVISOR_PW = "supervisor password 1"
WORKER_PW = "worker password 12"
WAIT = 20_000
NONE = Qt.KeyboardModifier.NoModifier


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
    qtbot.keyClick(focus(), key, modifier)


def type_text(text: str) -> None:
    """One key event per character into the focused widget (any script, unlike keyClicks)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(focus(), QKeyEvent(kind, 0, NONE, char))


def tab_to(qtbot: QtBot, target: QWidget, most: int = 12) -> int:
    """Press Tab until ``target`` has the focus; how many presses it took."""
    for count in range(most + 1):
        if focus() is target:
            return count
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"{most} presses of Tab never reached {target!r} (focus: {focus()!r})")


def test_from_the_login_screen_to_a_filled_intake_page_by_keyboard(
    qtbot: QtBot, workspace_path: Path
) -> None:
    session, _ = Workspace.create(workspace_path, "Ana", SUPERVISOR_PW, cost=CHEAP)
    session.add_user("Sopheap", Role.SOCIAL_WORKER, WORKER_PW, cost=CHEAP)
    session.lock()
    desktop = DesktopApp(workspace_path, "en")
    qtbot.addWidget(desktop.window)
    desktop.start()
    window = desktop.window
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    login = desktop.login
    assert login is not None
    qtbot.waitUntil(lambda: login.user.count() == 2, timeout=WAIT)

    # The login screen: the password has the focus; Alt+U reaches the user list, a letter picks.
    assert focus() is login.password
    press(qtbot, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    assert focus() is login.user
    type_text("S")
    assert login.user.currentText() == "Sopheap"
    assert tab_to(qtbot, login.password) == 1
    type_text(WORKER_PW)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desktop.case_tasks is not None, timeout=WAIT)
    assert desktop.session is not None and desktop.session.user == "Sopheap"

    # Ctrl+N: a new intake, the keyboard in its first question.
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), InterviewWidget), timeout=WAIT)
    form = window.stack.currentWidget()
    assert isinstance(form, InterviewWidget)
    boxes = form.boxes
    date_line = boxes["interview_date"].editor.line  # type: ignore[union-attr]
    assert focus() is date_line
    type_text("28/11/2026")
    assert tab_to(qtbot, boxes["social_worker"].focus_widgets()[0]) == 2  # past the calendar
    type_text("Sopheap Chea")
    press(qtbot, Qt.Key.Key_Return)  # Enter: the next question
    assert focus() is boxes["interview_place"].focus_widgets()[0]
    type_text("ศูนย์คุ้มครอง Bangkok")
    country = boxes["interview_country"].focus_widgets()[0]
    assert isinstance(country, QComboBox)
    assert tab_to(qtbot, country) == 1
    type_text("Thai")  # the combo's own search
    # Each choice list: Tab reaches its first choice, arrows move, Space chooses.
    for key, moves in (("language_person", 1), ("language_worker", 0), ("interpreter_present", 1)):
        first = boxes[key].focus_widgets()[0]
        assert tab_to(qtbot, first) <= 3  # Tab skips the unchosen choices of the last list
        for _ in range(moves):
            press(qtbot, Qt.Key.Key_Down)
        press(qtbot, Qt.Key.Key_Space)

    answers = form.interview.form.answer
    assert answers("interview_date") == "2026-11-28"
    assert answers("social_worker") == "Sopheap Chea"
    assert answers("interview_place") == "ศูนย์คุ้มครอง Bangkok"
    assert answers("interview_country") == "TH"
    chosen = [answers(k) for k in ("language_person", "language_worker", "interpreter_present")]
    assert all(chosen), chosen
    assert chosen[0] != chosen[1]  # the arrow moved to another language

    # Ctrl+Return: the next page (consent), its first question focused; choose by keyboard.
    page = form.index
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.index == page + 1
    consent = form.boxes["con_Consent"].editor.buttons["TRUE"]  # type: ignore[union-attr]
    assert tab_to(qtbot, consent) <= 4
    press(qtbot, Qt.Key.Key_Space)
    assert answers("con_Consent") == "TRUE"
    assert not isinstance(focus(), QLineEdit) or focus().window() is window

    # Everything typed is in the draft: reopening it would show the same answers.
    form.flush()
    qtbot.waitUntil(lambda: not form.saver.pending, timeout=WAIT)
    qtbot.waitUntil(lambda: desktop.tasks.pending == 0, timeout=WAIT)
    drafts: list[object] = []
    desktop.tasks.run_database(desktop.session.drafts, drafts.append, drafts.append)
    qtbot.waitUntil(lambda: bool(drafts), timeout=WAIT)
    assert len(drafts[0]) == 1  # type: ignore[arg-type]

    # Ctrl+L locks from anywhere: back to the login screen, the password focused.
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: desktop.login is not None and desktop.session is None, timeout=WAIT)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desktop.login.password, timeout=WAIT)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: desktop.tasks.pending == 0, timeout=WAIT)
    desktop.shutdown()
