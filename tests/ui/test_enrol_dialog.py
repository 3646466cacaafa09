"""Enrolling a laptop from the app: paste the invitation, read the fingerprint to the supervisor."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.team.case_book import case_book
from app.team.invitation import Invitation
from app.team.keyring import Keyring
from app.ui.enrol_dialog import EnrolDialog
from app.ui.main import DesktopApp
from app.workspace.folder import Workspace
from tests.conftest import CHEAP, PASSWORD
from tests.integration.test_server_process import ServerProcess, fieldcase
from tests.ui.desktop import started_and_logged_in

WAIT = 30_000


def _log_in(qtbot: QtBot, path: Path) -> DesktopApp:
    session, _ = Workspace.create(path, "ana", PASSWORD, cost=CHEAP)
    session.lock()
    desktop = started_and_logged_in(qtbot, path, "ana", PASSWORD)
    panel = desktop.window.sync_panel
    qtbot.waitUntil(lambda: panel.state is not None, timeout=WAIT)
    return desktop


def test_a_laptop_enrols_from_the_app_and_shows_its_fingerprint(
    qtbot: QtBot, server: ServerProcess, workspace_path: Path
) -> None:
    desktop = _log_in(qtbot, workspace_path)
    panel = desktop.window.sync_panel
    assert panel.enrol_button.isVisibleTo(panel) and not panel.sync_button.isVisibleTo(panel)
    panel.enrol_button.click()
    dialog = panel.enrol_dialog
    assert isinstance(dialog, EnrolDialog)
    dialog.invitation.setText("not an invitation")
    assert dialog.error.text() == "This is not a fieldcase invitation."
    code = fieldcase("server", "enrol-code", "--db", server.db_url, "--team", "t1").strip()
    dialog.invitation.setText(Invitation(server.url, code).to_text())
    assert (dialog.server.text(), dialog.code.text()) == (server.url, code)
    dialog.enrol_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=WAIT)
    shown = dialog.fingerprint.text()
    listed = fieldcase("server", "devices", "--db", server.db_url)
    assert shown and shown in listed  # what the supervisor compares on the server
    dialog.close_button.click()
    qtbot.waitUntil(lambda: panel.sync_button.isVisibleTo(panel), timeout=WAIT)
    assert not panel.enrol_button.isVisibleTo(panel)
    qtbot.waitUntil(lambda: desktop.tasks.pending == 0, timeout=WAIT)
    desktop.shutdown()
    session = Workspace.at(workspace_path).login("ana", PASSWORD)
    assert Keyring(case_book(session).store).fingerprint() == shown
    session.lock()


def test_a_wrong_code_is_said_plainly_and_nothing_is_enrolled(
    qtbot: QtBot, server: ServerProcess, workspace_path: Path
) -> None:
    desktop = _log_in(qtbot, workspace_path)
    panel = desktop.window.sync_panel
    panel.enrol_button.click()
    dialog = panel.enrol_dialog
    assert isinstance(dialog, EnrolDialog)
    dialog.server.setText(server.url)
    dialog.code.setText("AAAA-BBBB-CCCC-DDDD")
    dialog.enrol_button.click()
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=WAIT)
    assert "did not accept this code" in dialog.error.text()
    assert dialog.pages.currentIndex() == 0 and dialog.enrol_button.isEnabled()
    dialog.reject()
    qtbot.waitUntil(lambda: desktop.tasks.pending == 0, timeout=WAIT)
    assert panel.enrol_button.isVisibleTo(panel)
    desktop.shutdown()
