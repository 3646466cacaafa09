"""Issue 17 (also wrong): interpreter mode puts the two languages side by side, not one under the
other. The interpreter reads across: the interviewer's label and hint on the left, the
interviewee's on the right, each wrapping within its half at 1000×700 in every language of the
form; the answers below both; a choice reads "label — label".

The intake is opened with Ctrl+N, interpreter mode switched on with a click, the interviewee's
language chosen from the list by keyboard, the Consent page opened by a click in the page list.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.ui.fonts import register_bundled_fonts
from app.ui.form_view import InterviewWidget
from app.ui.main import DesktopApp
from app.ui.question_box import QuestionBox
from app.ui.text_size import style_sheet
from tests.ui.by_hand import bring_forward, choose, click
from tests.ui.clipping import clipped
from tests.ui.test_interview_by_hand import new_intake, settle


@pytest.fixture(autouse=True)
def as_the_app_starts(qapp: QApplication) -> Iterator[None]:
    """The bundled fonts and the style sheet, as ``fieldcase`` sets them (where each script
    may wrap depends on its font)."""
    register_bundled_fonts()
    sheet = qapp.styleSheet()
    qapp.setStyleSheet(style_sheet(1.0))
    yield
    qapp.setStyleSheet(sheet)


LANGUAGES = ["ខ្មែរ", "ລາວ", "ไทย", "မြန်မာ", "Tiếng Việt", "中文"]


def _rect(widget: QWidget, box: QuestionBox) -> QRect:
    return QRect(widget.mapTo(box, QPoint(0, 0)), widget.size())


def _cut_off(box: QuestionBox) -> list[str]:
    """Texts of ``box`` cut off once the posted layout requests are all handled (a wrapped
    label's height settles through them, as test_nothing_clipped.py waits for)."""
    found: list[str] = []
    for _ in range(4):
        found = [f for f in clipped(box) if "Label" in f]
        if not found:
            break
        QTest.qWait(100)
        settle()
    return found


def _check_side_by_side(screen: InterviewWidget, box: QuestionBox, language: str) -> None:
    where = f"{box.key} in {language}"
    first, second = _rect(box.label, box), _rect(box.second_label, box)
    assert box.second_label.isVisibleTo(screen), where
    assert first.top() == second.top(), f"{where}: not on one line ({first} / {second})"
    assert first.right() < second.left(), f"{where}: the columns overlap"
    for column in (first, second):  # each about half of the box, not squeezed to a sliver
        assert column.width() > box.width() * 0.3, f"{where}: a column {column.width()} px"
    texts = [first, second]
    for hint in (box.hint, box.second_hint):
        if hint.isVisibleTo(screen):
            texts.append(_rect(hint, box))
    if box.editor is not None:  # the answers run below both columns
        editor = _rect(box.editor, box)
        assert editor.top() > max(t.bottom() for t in texts), f"{where}: answers beside the text"


def test_interpreter_mode_puts_the_two_languages_side_by_side(
    qtbot: QtBot, workspace_path: Path, desktops: list[DesktopApp]
) -> None:
    screen = new_intake(qtbot, workspace_path, desktops)
    window = screen.window()
    window.resize(1000, 700)
    settle()
    mode = screen.interpreter_mode
    click(qtbot, mode, QPoint(8, mode.height() // 2))  # its tick box
    assert mode.isChecked()
    pages = screen.page_list
    consent = pages.findItems("Consent", Qt.MatchFlag.MatchExactly)[0]
    click(qtbot, pages.viewport(), pages.visualItemRect(consent).center())
    qtbot.waitUntil(lambda: "consent_script" in screen.boxes)
    for language in LANGUAGES:
        bring_forward(qtbot, window)  # as the window is after the list closed, on a real screen
        choose(qtbot, screen.interviewee_language, language)
        settle()
        shown = [b for b in screen.boxes.values() if b.second_label.isVisibleTo(screen)]
        assert {b.key for b in shown} >= {"consent_script", "consent_language"}, language
        for box in shown:
            _check_side_by_side(screen, box, language)
            assert _cut_off(box) == [], f"{box.key} in {language}"
        assert not screen.scroll.horizontalScrollBar().isVisible(), language
        # a choice in both languages on one line of text, "label — label"
        row = screen.boxes["consent_language"].editor
        assert row is not None
        texts = [label.text() for label in row.findChildren(QLabel)]
        assert any("Khmer — " in text for text in texts), texts
