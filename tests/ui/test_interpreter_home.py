"""Issue 17 (also wrong): an interpreter's login landed on a dead end. Their home screen now
says what an interpreter does here, how a social worker opens an interview for them, and offers
"Switch user" so she can log in: one click and the login window is back, the interpreter's
session closed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.ui.main import DesktopApp
from app.workspace.folder import Workspace
from app.workspace.roles import Role
from tests.conftest import CHEAP
from tests.ui.by_hand import WAIT, bring_forward, click
from tests.ui.desktop import log_in, start_desktop

PASSWORD = "supervisor password 1"
INTERPRETER_PASSWORD = "interpreter password"


def test_an_interpreter_is_told_what_to_do_and_can_make_way_for_the_social_worker(
    qtbot: QtBot, workspace_path: Path, desktops: list[DesktopApp]
) -> None:
    session, _ = Workspace.create(workspace_path, "Ana", PASSWORD, cost=CHEAP)
    session.add_user("Chi", Role.INTERPRETER, INTERPRETER_PASSWORD, cost=CHEAP)
    session.lock()
    desktop = start_desktop(qtbot, workspace_path)
    desktops.append(desktop)
    login = desktop.login  # an interpreter gets no case list: log_in() would wait for one
    assert login is not None
    qtbot.waitUntil(lambda: login.user.findText("Chi") >= 0, timeout=WAIT)
    login.user.setCurrentText("Chi")
    qtbot.keyClicks(login.password, INTERPRETER_PASSWORD)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    home = desktop.window.home
    qtbot.waitUntil(lambda: desktop.session is not None, timeout=WAIT)
    bring_forward(qtbot, desktop.window)
    qtbot.waitUntil(home.switch_user_button.isVisible, timeout=WAIT)
    assert home.interpreter_title.isVisible()
    assert "interpreter" in home.interpreter_title.text()
    steps = home.interpreter_steps.text()
    assert home.interpreter_steps.isVisible()
    assert "Interpreter mode: show two languages" in steps and "Switch user" in steps
    assert not home.table.isVisible() and not home.new_intake_button.isVisible()

    click(qtbot, home.switch_user_button)
    qtbot.waitUntil(lambda: desktop.login is not None and desktop.login.isVisible(), timeout=WAIT)
    assert desktop.session is None  # the interpreter's session is closed
    log_in(qtbot, desktop, "Ana", PASSWORD)  # the social worker logs in next
