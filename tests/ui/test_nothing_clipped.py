"""Issue 17, defect 7: at 1000×700, in each of the seven languages and the pseudo-language, no
screen or dialog cuts off a label, a button, a box title, a list's text or a column header, and
every dialog fits the window.

The first-run screen is seen as ``fieldcase --lang CODE`` starts it; then the app is started in
English and the language chosen on the login screen (every screen is then switched, the case
that clipped headers and filter boxes); the pseudo-language only exists as ``--lang pseudo``.
Each dialog is opened the way a person
opens it (a menu entry clicked, a button clicked, a timeline row double-clicked) and measured
with the widgets' own fonts (tests/ui/clipping.py). What the test finds is listed whole.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.ui.form_view import InterviewWidget
from app.ui.i18n import LANGUAGES, install_language
from app.ui.main import DesktopApp
from tests.ui.by_hand import (
    WAIT,
    action_named,
    bring_forward,
    choose,
    click,
    click_action,
    double_click,
    open_menu_by_click,
    press,
)
from tests.ui.casefile import PASSWORD, make_case_file, timeline_rows
from tests.ui.clipping import clipped
from tests.ui.desktop import log_in
from tests.ui.test_case_in_language import open_the_case

WIDTH, HEIGHT = 1000, 700
CTRL = Qt.KeyboardModifier.ControlModifier


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


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


class Findings:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def look(self, where: str, widget: QWidget) -> None:
        settle()
        if isinstance(widget, QDialog) and (widget.width() > WIDTH or widget.height() > HEIGHT):
            self.lines.append(f"{where}: the dialog is {widget.width()}×{widget.height()}")
        found = clipped(widget)
        for _ in range(3):  # a wrapped label's height settles through posted layout requests:
            if not found:  # only what stays cut off once they are all handled is a finding
                break
            QTest.qWait(100)
            settle()
            found = clipped(widget)
        self.lines += [f"{where}: {line}" for line in found]


def started(qtbot: QtBot, path: Path, language: str, desktops: list[DesktopApp]) -> DesktopApp:
    """``fieldcase --workspace PATH --lang CODE``."""
    install_language(language)
    desktop = DesktopApp(path, language if language in LANGUAGES else "en")
    qtbot.addWidget(desktop.window)
    desktops.append(desktop)
    desktop.start()
    desktop.window.resize(WIDTH, HEIGHT)
    bring_forward(qtbot, desktop.window)
    return desktop


def from_menu(qtbot: QtBot, desktop: DesktopApp, menu: QMenu, entry: str) -> None:
    open_menu_by_click(qtbot, desktop.window, menu)
    click_action(qtbot, menu, action_named(menu, entry))


def dialog_opened(qtbot: QtBot, owner: object, before: object = None) -> QDialog:
    qtbot.waitUntil(
        lambda: (
            isinstance(owner.dialog, QDialog)  # type: ignore[attr-defined]
            and owner.dialog is not before  # type: ignore[attr-defined]
            and owner.dialog.isVisible()
        ),  # type: ignore[attr-defined]
        timeout=WAIT,
    )
    return owner.dialog  # type: ignore[attr-defined, no-any-return]


def dismissed(qtbot: QtBot, dialog: QDialog, desktop: DesktopApp) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    bring_forward(qtbot, desktop.window)


LANGUAGE_CODES = [*LANGUAGES, "pseudo"]


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_nothing_is_cut_off(
    qtbot: QtBot, tmp_path: Path, desktops: list[DesktopApp], language: str
) -> None:
    found = Findings()
    first = started(qtbot, tmp_path / "new", language, desktops)
    assert first.first_run is not None
    found.look("first run", first.window)
    first.shutdown()

    path = tmp_path / "workspace"
    make_case_file(path)
    if language in LANGUAGES:  # started in English, the language chosen on the login screen
        desktop = started(qtbot, path, "en", desktops)
        assert desktop.login is not None
        choose(qtbot, desktop.login.language, LANGUAGES[language])
    else:
        desktop = started(qtbot, path, language, desktops)
    found.look("login", desktop.window)
    log_in(qtbot, desktop, "ana", PASSWORD)
    qtbot.waitUntil(lambda: desktop.window.home.model.rowCount() == 1, timeout=WAIT)
    found.look("home", desktop.window)
    window = desktop.window

    dialogs = [
        (window.workspace_menu, window.users_action.text().replace("&", "")),
        (window.workspace_menu, window.settings_action.text().replace("&", "")),
        (window.workspace_menu, window.wipe_action.text().replace("&", "")),
        (window.cases_menu, window.export_action.text().replace("&", "")),
    ]
    for menu, entry in dialogs:
        from_menu(qtbot, desktop, menu, entry)
        dialog = dialog_opened(qtbot, desktop)
        found.look(entry, dialog)
        dismissed(qtbot, dialog, desktop)

    from_menu(qtbot, desktop, window.cases_menu, window.conflicts_action.text().replace("&", ""))
    conflicts = window.session_screens()[2]
    qtbot.waitUntil(lambda: conflicts.tree.topLevelItemCount() == 1, timeout=WAIT)
    found.look("conflicts", window)
    click(qtbot, conflicts.back_button)

    view = open_the_case(qtbot, desktop)
    found.look("case", window)
    dialog: QDialog | None = None
    buttons: list[QPushButton] = [
        view.refer_button,
        view.close_button,
        view.withdraw_button,
        view.erase_button,
        view.print_button,
        view.resolve_buttons[0],
    ]
    for button in buttons:
        click(qtbot, button)
        dialog = dialog_opened(qtbot, view, dialog)
        found.look(button.text(), dialog)
        dismissed(qtbot, dialog, desktop)
    timeline = view.timeline
    (intake,) = timeline_rows(timeline, "create")
    double_click(qtbot, timeline.viewport(), timeline.visualItemRect(intake).center())
    dialog = dialog_opened(qtbot, view, dialog)
    found.look("interview read-only", dialog)
    dismissed(qtbot, dialog, desktop)

    press(qtbot, Qt.Key.Key_N, CTRL)  # a new intake: its first page holds a date question
    qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), InterviewWidget))
    found.look("intake", window)
    assert found.lines == [], "\n".join(found.lines)
