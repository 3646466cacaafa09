"""Issue 17, defect 3: the language chosen is remembered, per laptop and per user.

- The workspace is created in Khmer on the first-run screen; after a restart the login window
  is in Khmer (the laptop's language, read before any password), and so is home after login.
- A user who chose a language on the login screen finds it again at their next login, whatever
  the laptop's language is by then.

The app is started without a language (as ``fieldcase`` without ``--lang``); the language is
picked from the list by keyboard, names and passwords are typed, buttons clicked.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, QSettings
from pytestqt.qtbot import QtBot

from app.ui.i18n import install_language
from app.ui.main import DesktopApp
from app.workspace.folder import Workspace
from app.workspace.roles import Role
from tests.conftest import CHEAP
from tests.ui.by_hand import WAIT, bring_forward, choose, click, type_text
from tests.ui.desktop import log_in, shut_down

PASSWORD = "supervisor password 1"
KHMER, ENGLISH = "ខ្មែរ", "English"
LOCKED = {"en": "fieldcase is locked", "km": "fieldcase ត្រូវបានចាក់សោ"}
CASES_MENU = {"en": "&Cases", "km": "ករណី (&C)"}


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    install_language("en")
    QLocale.setDefault(QLocale("en"))


def started(qtbot: QtBot, path: Path, desktops: list[DesktopApp]) -> DesktopApp:
    """``fieldcase --workspace PATH``: no language asked for."""
    desktop = DesktopApp(path)
    qtbot.addWidget(desktop.window)
    desktops.append(desktop)
    desktop.start()
    bring_forward(qtbot, desktop.window)
    return desktop


def restarted(qtbot: QtBot, before: DesktopApp, desktops: list[DesktopApp]) -> DesktopApp:
    shut_down(qtbot, before)
    before.window.close()
    install_language("en")  # a new process starts with no translator
    return started(qtbot, before.workspace_path, desktops)


def test_the_language_chosen_at_first_run_is_the_laptops_after_a_restart(
    qtbot: QtBot, workspace_path: Path, desktops: list[DesktopApp]
) -> None:
    desktop = started(qtbot, workspace_path, desktops)
    first = desktop.first_run
    assert first is not None
    choose(qtbot, first.language, KHMER)
    for field, text in (
        (first.user_name, "Ana"),
        (first.password, PASSWORD),
        (first.password_again, PASSWORD),
    ):
        click(qtbot, field)
        type_text(text)
    click(qtbot, first.create_button)
    qtbot.waitUntil(lambda: first.pages.currentIndex() == 1, timeout=WAIT)
    box = first.written_down
    click(qtbot, box, QPoint(8, box.height() // 2))  # its tick box, at the left
    assert first.continue_button.isEnabled()
    click(qtbot, first.continue_button)
    home = desktop.window.home
    qtbot.waitUntil(lambda: desktop.window.stack.currentWidget() is home, timeout=WAIT)

    desktop = restarted(qtbot, desktop, desktops)
    assert desktop.login is not None
    assert desktop.login.title.text() == LOCKED["km"]  # before any password
    assert desktop.login.language.currentText() == KHMER
    log_in(qtbot, desktop, "Ana", PASSWORD)
    assert desktop.window.cases_menu.title() == CASES_MENU["km"]
    settings = QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "fieldcase", "fieldcase"
    )
    with open(settings.fileName(), encoding="utf-8") as kept:
        assert "Ana" not in kept.read()  # the laptop's preferences name nobody


def test_each_user_logs_in_to_their_own_language(
    qtbot: QtBot, workspace_path: Path, desktops: list[DesktopApp]
) -> None:
    session, _ = Workspace.create(workspace_path, "ana", PASSWORD, cost=CHEAP)
    session.add_user("bo", Role.SOCIAL_WORKER, PASSWORD, cost=CHEAP)
    session.lock()

    desktop = started(qtbot, workspace_path, desktops)
    assert desktop.login is not None
    assert desktop.login.title.text() == LOCKED["en"]
    choose(qtbot, desktop.login.language, KHMER)  # ana chooses Khmer and logs in
    log_in(qtbot, desktop, "ana", PASSWORD)
    assert desktop.window.cases_menu.title() == CASES_MENU["km"]

    desktop = restarted(qtbot, desktop, desktops)
    assert desktop.login is not None
    assert desktop.login.title.text() == LOCKED["km"]
    choose(qtbot, desktop.login.language, ENGLISH)  # bo prefers English
    log_in(qtbot, desktop, "bo", PASSWORD)
    assert desktop.window.cases_menu.title() == CASES_MENU["en"]

    desktop = restarted(qtbot, desktop, desktops)
    assert desktop.login is not None
    assert desktop.login.title.text() == LOCKED["en"]  # the laptop's: chosen last
    log_in(qtbot, desktop, "ana", PASSWORD)  # ana chooses nothing this time
    qtbot.waitUntil(lambda: desktop.window.cases_menu.title() == CASES_MENU["km"], timeout=WAIT)
    assert desktop.login.title.text() == LOCKED["km"]
