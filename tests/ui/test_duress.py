"""The duress password set from the users dialog: it then wipes the workspace at login."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.errors import WrongCredentials
from app.team.case_book import case_book
from app.ui.main import DesktopApp
from app.ui.users_view import UsersDialog
from app.workspace.folder import Workspace
from app.workspace.session import Session
from tests.conftest import CHEAP
from tests.ui.desktop import started_and_logged_in

PASSWORD = "supervisor password 1"
DURESS = "my birthday garden"
WAIT = 20_000


@pytest.fixture(autouse=True)
def cheap_duress(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(Session.set_duress_password, "__defaults__", (CHEAP,))
    yield


def _open_users(qtbot: QtBot, path: Path) -> tuple[DesktopApp, UsersDialog]:
    session, _ = Workspace.create(path, "Ana", PASSWORD, cost=CHEAP)
    case_book(session).open_case({"prs_First_Name": "Sokha"}, form_id="intake")
    session.lock()
    desktop = started_and_logged_in(qtbot, path, "Ana", PASSWORD)
    desktop.window.users_action.trigger()
    users = desktop.dialog
    assert isinstance(users, UsersDialog)
    qtbot.waitUntil(lambda: users.duress.is_set is not None, timeout=WAIT)
    return desktop, users


def test_a_supervisor_sets_a_duress_password_that_then_wipes(
    qtbot: QtBot, workspace_path: Path
) -> None:
    desktop, users = _open_users(qtbot, workspace_path)
    box = users.duress
    assert box.state.text() == "No duress password is set."
    assert not box.remove_button.isEnabled()

    qtbot.keyClicks(box.password, PASSWORD)  # a user's own password is refused by the core
    qtbot.keyClicks(box.password_again, PASSWORD)
    qtbot.mouseClick(box.set_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "differ" in box.message.text(), timeout=WAIT)
    assert box.is_set is False

    qtbot.keyClicks(box.password, DURESS)
    qtbot.keyClicks(box.password_again, DURESS + "x")
    qtbot.mouseClick(box.set_button, Qt.MouseButton.LeftButton)
    assert box.message.text() == "The two passwords are not the same."
    box.password.clear()
    box.password_again.clear()
    qtbot.keyClicks(box.password, DURESS)
    qtbot.keyClicks(box.password_again, DURESS)
    qtbot.mouseClick(box.set_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.is_set is True, timeout=WAIT)
    assert box.state.text() == "A duress password is set on this laptop."
    assert box.password.text() == "" and box.remove_button.isEnabled()
    qtbot.waitUntil(lambda: desktop.tasks.pending == 0, timeout=WAIT)
    desktop.shutdown()

    opened = Workspace.at(workspace_path).login("Ana", DURESS)  # as if forced
    assert case_book(opened).count() == 0  # an empty workspace: the case is gone
    opened.lock()
    with pytest.raises(WrongCredentials):
        Workspace.at(workspace_path).login("Ana", PASSWORD)


def test_a_duress_password_can_be_removed(qtbot: QtBot, workspace_path: Path) -> None:
    desktop, users = _open_users(qtbot, workspace_path)
    box = users.duress
    qtbot.keyClicks(box.password, DURESS)
    qtbot.keyClicks(box.password_again, DURESS)
    qtbot.mouseClick(box.set_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.is_set is True, timeout=WAIT)
    qtbot.mouseClick(box.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.is_set is False, timeout=WAIT)
    assert box.message.text() == "The duress password was removed."
    qtbot.waitUntil(lambda: desktop.tasks.pending == 0, timeout=WAIT)
    desktop.shutdown()
    with pytest.raises(WrongCredentials):
        Workspace.at(workspace_path).login("Ana", DURESS)  # now only a wrong password
    again = Workspace.at(workspace_path).login("Ana", PASSWORD)
    assert case_book(again).count() == 1
    again.lock()
