"""The main window's status bar is one line high in every script (the sync panel's sentence was
wrapped onto three lines in Burmese and Khmer, whose fonts are tall): the sentence is cut short
with "…" where it does not fit, and the whole of it is in its tooltip, shown by pointing at it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from app.team.case_book import case_book
from app.team.membership import found_team
from app.ui.i18n import install_language
from app.ui.main import DesktopApp
from app.workspace.folder import Workspace
from tests.conftest import CHEAP, PASSWORD
from tests.ui.desktop import log_in, shut_down

WAIT = 30_000


@pytest.fixture(autouse=True)
def as_the_app_starts(qapp: QApplication) -> Iterator[None]:
    """The bundled fonts and the style sheet, as ``fieldcase`` sets them; English afterwards."""
    from app.ui.fonts import register_bundled_fonts
    from app.ui.text_size import style_sheet

    register_bundled_fonts()
    sheet = qapp.styleSheet()
    qapp.setStyleSheet(style_sheet(1.0))
    yield
    qapp.setStyleSheet(sheet)
    install_language("en")
    QLocale.setDefault(QLocale("en"))


@pytest.mark.parametrize("language", ["my", "km", "en"])
def test_the_status_bar_is_one_line_and_the_whole_sync_status_is_in_its_tooltip(
    qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    session, _ = Workspace.create(tmp_path / "ws", "ana", PASSWORD, cost=CHEAP)
    found_team(case_book(session), "t1")  # a laptop not enrolled with a server: the long sentence
    session.lock()
    install_language(language)
    desktop = DesktopApp(tmp_path / "ws", language)
    qtbot.addWidget(desktop.window)
    desktop.start()
    desktop.window.resize(1000, 700)
    log_in(qtbot, desktop, "ana", PASSWORD)
    panel = desktop.window.sync_panel
    qtbot.waitUntil(lambda: panel.state is not None and panel.status.isVisible(), timeout=WAIT)
    for _ in range(5):
        QApplication.processEvents()

    # One line: no taller than the one-line button beside the sentence and the bar's frame (a
    # line of Burmese alone is 1.6 lines of the Latin UI font; the wrapped sentence made 3.5).
    line = QFontMetrics(QApplication.font()).height()
    button = panel.enrol_button.sizeHint().height()
    bar = desktop.window.statusBar()
    assert bar.height() <= min(button + 8, 2.5 * line), (
        f"the status bar is {bar.height()} px, a line {line} px, a button {button} px"
    )

    # Pointing at the sync status shows the whole sentence, the part cut off included.
    QTest.mouseMove(panel.status, QPoint(5, panel.status.height() // 2))
    qtbot.waitUntil(QToolTip.isVisible, timeout=5_000)
    whole = QToolTip.text()
    not_enrolled = panel.tr("This laptop is not enrolled with a sync server.")
    assert not_enrolled in whole and panel.tr("Sent: %1").replace("%1", QLocale().toString(0)) in whole
    shown = panel.status.text()
    assert shown == whole or shown.endswith("…")
    QTest.mouseMove(desktop.window.stack, QPoint(5, 5))
    shut_down(qtbot, desktop)
