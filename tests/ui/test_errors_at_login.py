"""What the login window says when the fault is not the password: a workspace on a read-only disk,
and a key file whose slot for the name typed cannot be read. Typed by hand, read off the screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.ui.main import DesktopApp
from app.workspace.folder import Workspace
from app.workspace.roles import Role
from tests.app.workspace.keyslot_cells import index_of, with_cell
from tests.conftest import CHEAP
from tests.read_only import read_only_view
from tests.ui.desktop import WAIT, shut_down, start_desktop

PW = "a long shelter password"


def _type_password(qtbot: QtBot, desktop: DesktopApp, user: str, password: str) -> str:
    """The name chosen (or typed, where the login screen asks for it) and the password typed,
    then Return; returns what the login window says."""
    login = desktop.login
    assert login is not None
    if login.asks_name:
        qtbot.mouseClick(login.user_name, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(login.user_name, user)
    else:
        qtbot.waitUntil(lambda: login.user.findText(user) >= 0, timeout=WAIT)
        login.user.setCurrentText(user)
    qtbot.keyClicks(login.password, password)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: login.error.text() != "", timeout=WAIT)
    return str(login.error.text())


def test_a_workspace_on_a_read_only_disk_is_named_not_called_damaged(
    qtbot: QtBot, tmp_path: Path
) -> None:
    shelf = tmp_path / "usb"
    Workspace.create(shelf / "ws", "Ana", PW, cost=CHEAP)[0].lock()
    with read_only_view(shelf) as view:
        desktop = start_desktop(qtbot, view / "ws")
        said = _type_password(qtbot, desktop, "Ana", PW)
        assert said == (
            f"The workspace folder is read-only: {view / 'ws'}. The disk is mounted read-only,"
            " or you may not write there. Copy the folder to a writable disk to open it."
        )
        assert desktop.session is None
        shut_down(qtbot, desktop)


def test_a_damaged_keyslot_says_the_key_file_is_damaged(qtbot: QtBot, workspace_path: Path) -> None:
    session, _ = Workspace.create(workspace_path, "Ana", PW, cost=CHEAP, login_asks_name=True)
    session.add_user("Bopha", Role.SOCIAL_WORKER, PW, cost=CHEAP)
    session.lock()
    path = workspace_path / "keyslots"
    index = index_of(path, "user", "Bopha")
    data = path.read_bytes()
    for copy in (0, 1):  # both copies of Bopha's slot torn
        data = with_cell(data, index, copy, b"\xff" * 300)
    path.write_bytes(data)
    desktop = start_desktop(qtbot, workspace_path)
    said = _type_password(qtbot, desktop, "Bopha", PW)  # her right password
    assert said == (
        "The key file of this workspace is damaged: the password of this name cannot be"
        " checked. Another user or the recovery code may still open the workspace; ask your"
        " supervisor for help."
    )
    shut_down(qtbot, desktop)
    desktop = start_desktop(qtbot, workspace_path)  # a wrong password stays a wrong password
    assert _type_password(qtbot, desktop, "Ana", "not the password") == (
        "Wrong user name or password."
    )
    shut_down(qtbot, desktop)
