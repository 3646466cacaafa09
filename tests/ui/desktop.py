"""Driving the real desktop app in UI tests: start it on a workspace, log in through the login
window as a user would (the name chosen or typed, the password typed, Return), shut it down cleanly."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.ui.main import DesktopApp

WAIT = 20_000  # ms: generous, the machines running the tests are shared


def start_desktop(qtbot: QtBot, path: Path, language: str = "en") -> DesktopApp:
    desktop = DesktopApp(path, language)
    qtbot.addWidget(desktop.window)
    desktop.start()
    return desktop


def log_in(qtbot: QtBot, desktop: DesktopApp, user: str, password: str) -> None:
    """Through the login window; returns once the user's cases are open."""
    login = desktop.login
    assert login is not None
    if login.asks_name:  # the workspace asks users to type their name (made by the first run)
        qtbot.mouseClick(login.user_name, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(login.user_name, user)
    else:
        qtbot.waitUntil(lambda: login.user.findText(user) >= 0, timeout=WAIT)
        login.user.setCurrentText(user)
    qtbot.keyClicks(login.password, password)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desktop.case_tasks is not None, timeout=WAIT)


def started_and_logged_in(qtbot: QtBot, path: Path, user: str, password: str) -> DesktopApp:
    desktop = start_desktop(qtbot, path)
    log_in(qtbot, desktop, user, password)
    return desktop


def shut_down(qtbot: QtBot, desktop: DesktopApp) -> None:
    """Shut down once no database work is in flight: a result delivered after the runner stopped
    would make its screen ask for more (the home screen chains its two lists)."""
    qtbot.waitUntil(lambda: desktop.tasks.pending == 0, timeout=WAIT)
    desktop.shutdown()
