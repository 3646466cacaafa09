"""Issue 17 (also wrong): "Don't know" and "Declined to answer" appeared twice, as a button
beside the question and as an option of its list. They are given one way: the button (one click
away whatever the length of the list), or its shortcut while the keyboard is in the question.

Ana presses Ctrl+N; on the intake's first page the country of the interview is a long list. Its
list, opened by a click, holds no "Don't know"; the button beside it gives that answer, and so
does Ctrl+Shift+K after a country was chosen by keyboard.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.ui.main import DesktopApp
from app.ui.question_widgets import ComboEditor
from tests.ui.by_hand import WAIT, click, press
from tests.ui.test_interview_by_hand import new_intake, on_screen

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_dont_know_is_a_button_and_not_also_an_option_of_the_list(
    qtbot: QtBot, workspace_path: Path, desktops: list[DesktopApp]
) -> None:
    screen = new_intake(qtbot, workspace_path, desktops)
    country = screen.boxes["interview_country"]
    dont_know = country.quick["dont_know"]
    on_screen(qtbot, screen, dont_know)
    assert dont_know.isVisible() and dont_know.text() == "Don't know"
    editor = country.editor
    assert isinstance(editor, ComboEditor)
    click(qtbot, editor.combo)  # the list opens, as for a person
    view = editor.combo.view()
    qtbot.waitUntil(view.isVisible, timeout=WAIT)
    shown = [editor.combo.itemText(i) for i in range(editor.combo.count())]
    assert "Don't know" not in shown and len(shown) > 5
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not view.isVisible(), timeout=WAIT)

    click(qtbot, dont_know)
    assert screen.interview.form.answer("interview_country") == "dont_know"
    assert dont_know.isChecked() and editor.combo.currentIndex() == 0  # the list shows none

    click(qtbot, editor.combo)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(editor.combo.hasFocus, timeout=WAIT)
    press(qtbot, Qt.Key.Key_Down)  # a country, by keyboard
    qtbot.waitUntil(
        lambda: screen.interview.form.answer("interview_country") not in ("", "dont_know"),
        timeout=WAIT,
    )
    assert not dont_know.isChecked()
    press(qtbot, Qt.Key.Key_K, CTRL_SHIFT)  # "Don't know" from the keyboard, in the question
    qtbot.waitUntil(
        lambda: screen.interview.form.answer("interview_country") == "dont_know", timeout=WAIT
    )
    assert dont_know.isChecked()
