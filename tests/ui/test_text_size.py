"""The View menu's text size: scales the whole app, remembered, bounded, translated."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.ui.main import DesktopApp
from app.ui.question_box import QuestionBox
from app.ui.text_size import STEPS, TextSize


def _start(qtbot: QtBot, path: Path, language: str = "en") -> DesktopApp:
    desktop = DesktopApp(path, language)
    qtbot.addWidget(desktop.window)
    desktop.start()
    return desktop


def test_larger_text_scales_the_app_and_is_remembered(qtbot: QtBot, workspace_path: Path) -> None:
    desktop = _start(qtbot, workspace_path)
    size = desktop.text_size
    base = size.base_point_size
    assert size.menu is not None and size.menu.title() == "&View"
    assert QKeySequence(QKeySequence.StandardKey.ZoomIn) in size.larger.shortcuts()
    size.larger.trigger()
    assert QGuiApplication.font().pointSizeF() == base * 1.15
    assert "23.0pt" in QApplication.instance().styleSheet()  # type: ignore[union-attr]
    desktop.shutdown()

    again = _start(qtbot, workspace_path)  # the next start reads it back
    assert again.text_size.scale == 1.15
    again.text_size.normal.trigger()
    assert QGuiApplication.font().pointSizeF() == base
    again.shutdown()
    assert TextSize().scale == 1.0


def test_text_size_stops_at_its_bounds(qtbot: QtBot, workspace_path: Path) -> None:
    desktop = _start(qtbot, workspace_path)
    size = desktop.text_size
    for _ in range(len(STEPS) + 2):
        size.larger.trigger()
    assert size.scale == STEPS[-1] and not size.larger.isEnabled()
    for _ in range(len(STEPS) + 2):
        size.smaller.trigger()
    assert size.scale == STEPS[0] and not size.smaller.isEnabled() and size.larger.isEnabled()
    desktop.shutdown()


def test_the_interviewees_language_grows_with_the_text(qtbot: QtBot) -> None:
    size = TextSize()
    box = QuestionBox("q", "text", 0)
    qtbot.addWidget(box)
    before = box.second_label.font().pointSizeF()
    size.set_scale(1.5)
    qtbot.waitUntil(lambda: box.second_label.font().pointSizeF() > before * 1.4)
    assert box.second_label.font().pointSizeF() > box.label.font().pointSizeF()
    size.set_scale(1.0)


def test_the_view_menu_speaks_the_interface_language(qtbot: QtBot, workspace_path: Path) -> None:
    desktop = _start(qtbot, workspace_path)
    desktop.set_language("km")
    try:
        assert desktop.text_size.menu is not None
        assert desktop.text_size.menu.title() != "&View"
        assert desktop.text_size.larger.text() != "&Larger text"
    finally:
        desktop.set_language("en")  # never leave the next test in Khmer
        desktop.shutdown()
