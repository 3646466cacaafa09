"""A supervisor approves a waiting laptop from the desktop app (Workspace menu), after comparing
its fingerprint; her laptop then gives it the team key at its next sync. Real server process."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.cases.book import CaseBook
from app.keyring import Keyring
from app.synchronise import Synchroniser
from app.team import found_team
from app.ui.device_approval_dialog import DeviceApprovalDialog
from app.workspace import Workspace
from tests.conftest import CHEAP, PASSWORD
from tests.integration.test_server_process import ServerProcess
from tests.integration.test_team_sync import _enrol
from tests.ui.desktop import started_and_logged_in

WAIT = 30_000


def test_a_supervisor_approves_a_waiting_laptop_in_the_app(
    qtbot: QtBot, server: ServerProcess, workspace_path: Path, tmp_path: Path
) -> None:
    session, _ = Workspace.create(workspace_path, "ana", PASSWORD, cost=CHEAP)
    supervisor = CaseBook(session)
    found_team(supervisor, "t1")
    _enrol(server, supervisor, "t1", supervisor=True)
    field_session, _ = Workspace.create(tmp_path / "field", "sok", PASSWORD, cost=CHEAP)
    field = CaseBook(field_session)
    _enrol(server, field, "t1")  # approved on the server only
    shown = Keyring(field.store).fingerprint()  # what the field laptop shows its user
    report = Synchroniser(supervisor).sync()
    assert report.welcomed == []
    supervisor.session.lock()

    desktop = started_and_logged_in(qtbot, workspace_path, "ana", PASSWORD)
    desktop.window.sync_panel._synced(report)  # as after the round above, in the app
    assert "waiting for your approval: 1" in desktop.window.sync_panel.problem.text()
    screens = desktop.window.supervisor
    assert screens.devices_action in desktop.window.workspace_menu.actions()
    assert screens.devices_action.isVisible()
    screens.devices_action.trigger()
    dialog = screens.devices_dialog
    assert isinstance(dialog, DeviceApprovalDialog)
    assert "compare" in dialog.intro.text()
    qtbot.waitUntil(lambda: dialog.waiting.rowCount() == 1 and not dialog.loading, timeout=WAIT)
    item = dialog.waiting.item(0, 1)
    assert item is not None and item.text() == shown
    assert not dialog.approve_button.isEnabled()  # nothing chosen yet
    dialog.waiting.selectRow(0)
    assert dialog.approve_button.isEnabled() and dialog.supervisor_button.isEnabled()
    dialog.approve_button.click()
    qtbot.waitUntil(
        lambda: (
            dialog.last_approved == field.device
            and not dialog.loading
            and dialog.waiting.rowCount() == 0
        ),
        timeout=WAIT,
    )
    assert field.device in dialog.message.text()
    assert dialog.approved.rowCount() == 2  # this laptop (the founder's) and the field laptop
    dialog.close_button.click()
    qtbot.waitUntil(lambda: desktop.tasks.pending == 0, timeout=WAIT)
    desktop.shutdown()

    supervisor = CaseBook(Workspace.at(workspace_path).login("ana", PASSWORD))
    assert Synchroniser(supervisor).sync().welcomed == [field.device]
    assert Synchroniser(field).sync().joined_team == "t1"
    for book in (supervisor, field):
        book.session.lock()
