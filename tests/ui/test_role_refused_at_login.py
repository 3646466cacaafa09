"""A user who made himself a supervisor by writing the database (issue 20, item 1; the issue's
interpreter, now a social worker: an interpreter's slot holds no workspace key) types
his own right password at the login window: the window refuses, says why in one line, and opens
nothing. The social worker logs in as before. Typed by hand, read off the screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.ui.main import DesktopApp
from app.workspace.folder import Workspace
from app.workspace.keyslots import KeyslotFile, unwrap_key
from app.workspace.roles import Role
from app.workspace.store import Store
from tests.conftest import CHEAP
from tests.ui.desktop import WAIT, shut_down, start_desktop

PW = "a long shelter password"
VIT = "vit's own password here"


def _log_in(qtbot: QtBot, desktop: DesktopApp, user: str, password: str) -> None:
    login = desktop.login
    assert login is not None
    qtbot.mouseClick(login.user_name, Qt.MouseButton.LeftButton)  # the screen asks for the name
    qtbot.keyClicks(login.user_name, user)
    qtbot.keyClicks(login.password, password)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)


def test_a_role_written_into_the_database_is_refused_at_the_login_window(
    qtbot: QtBot, workspace_path: Path
) -> None:
    session, _ = Workspace.create(workspace_path, "Ana", PW, cost=CHEAP, login_asks_name=True)
    session.add_user("Bopha", Role.SOCIAL_WORKER, PW, cost=CHEAP)
    # (a social worker: an interpreter's slot holds no workspace key to open the database with)
    session.add_user("Vit", Role.SOCIAL_WORKER, VIT, cost=CHEAP)
    session.lock()
    workspace = Workspace.at(workspace_path)
    slot = KeyslotFile.read(workspace_path / "keyslots").find("user", "Vit")
    assert slot is not None
    plain = unwrap_key(workspace.workspace_id, slot, VIT)
    assert plain is not None
    store = Store.open(workspace.database_path, plain[:32])
    store.execute("UPDATE users SET role = 'supervisor' WHERE name = 'Vit'")
    store.close()

    desktop = start_desktop(qtbot, workspace_path)
    _log_in(qtbot, desktop, "Vit", VIT)
    login = desktop.login
    assert login is not None
    qtbot.waitUntil(lambda: login.error.text() != "", timeout=WAIT)
    said = login.error.text()
    assert said == (
        "Your role in this workspace was changed outside the app, so this login is refused."
        " Ask a supervisor to check the workspace."
    )
    assert desktop.session is None and login.isVisible()
    shut_down(qtbot, desktop)

    desktop = start_desktop(qtbot, workspace_path)
    _log_in(qtbot, desktop, "Bopha", PW)
    qtbot.waitUntil(lambda: desktop.session is not None, timeout=WAIT)
    assert desktop.session is not None and desktop.session.role is Role.SOCIAL_WORKER
    shut_down(qtbot, desktop)
