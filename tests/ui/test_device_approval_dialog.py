"""Issue 17 (also wrong): a supervisor approves a waiting laptop in the app only after the
fingerprint comparison the command line requires, by mouse and keyboard, against a real server.

She syncs (the status bar then says a laptop waits for her approval), opens Workspace › Approve
laptops… from the menu bar, sees the laptop by when it enrolled rather than a 32-digit id, chooses
it and types the fingerprint its user reads out. A fingerprint that differs is refused and
nothing is approved; the right one approves it, and the status bar's line goes away. Her laptop
then gives it the team key at its next sync.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.team.case_book import case_book
from app.team.keyring import Keyring
from app.team.membership import found_team
from app.team.synchronise import Synchroniser
from app.ui.device_approval_dialog import DeviceApprovalDialog
from app.ui.main import DesktopApp
from app.workspace.folder import Workspace
from tests.conftest import CHEAP, PASSWORD
from tests.integration.test_server_process import ServerProcess
from tests.integration.test_team_sync import _enrol
from tests.ui.by_hand import (
    action_named,
    bring_forward,
    click,
    click_action,
    open_menu_by_click,
    press,
    type_text,
)
from tests.ui.desktop import log_in, start_desktop

WAIT = 30_000
WRONG = "0000 1111 2222 3333 4444 5555 6666 7777"


def test_a_supervisor_approves_a_laptop_only_with_its_fingerprint(
    qtbot: QtBot,
    server: ServerProcess,
    workspace_path: Path,
    tmp_path: Path,
    desktops: list[DesktopApp],
) -> None:
    session, _ = Workspace.create(workspace_path, "ana", PASSWORD, cost=CHEAP)
    supervisor = case_book(session)
    found_team(supervisor, "t1")
    _enrol(server, supervisor, "t1", supervisor=True)
    field_session, _ = Workspace.create(tmp_path / "field", "sok", PASSWORD, cost=CHEAP)
    field = case_book(field_session)
    _enrol(server, field, "t1")  # approved on the server only
    shown = Keyring(field.store).fingerprint()  # what the field laptop shows its user
    supervisor.session.lock()

    desktop = start_desktop(qtbot, workspace_path)
    desktops.append(desktop)
    log_in(qtbot, desktop, "ana", PASSWORD)
    window = desktop.window
    bring_forward(qtbot, window)
    panel = window.sync_panel
    qtbot.waitUntil(panel.sync_button.isVisible, timeout=WAIT)
    click(qtbot, panel.sync_button)
    qtbot.waitUntil(lambda: "waiting for your approval: 1" in panel.problem.text(), timeout=WAIT)

    open_menu_by_click(qtbot, window, window.workspace_menu)
    click_action(qtbot, window.workspace_menu, action_named(window.workspace_menu, "Approve"))
    screens = window.supervisor
    qtbot.waitUntil(lambda: isinstance(screens.devices_dialog, DeviceApprovalDialog), timeout=WAIT)
    dialog = screens.devices_dialog
    assert isinstance(dialog, DeviceApprovalDialog)
    bring_forward(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.waiting.rowCount() == 1 and not dialog.loading, timeout=WAIT)
    laptop = dialog.waiting.item(0, 0)
    assert laptop is not None
    assert laptop.text() != field.device and laptop.text().startswith("Enrolled ")
    assert field.device[:8] in laptop.text()
    cells = [dialog.waiting.item(0, c).text() for c in range(dialog.waiting.columnCount())]
    assert shown not in cells  # to be typed as read out, not copied from the screen

    click(qtbot, dialog.waiting.viewport(), dialog.waiting.visualItemRect(laptop).center())
    assert not dialog.approve_button.isEnabled()  # chosen, but no fingerprint typed yet
    click(qtbot, dialog.fingerprint)
    type_text(WRONG)
    assert dialog.approve_button.isEnabled()
    click(qtbot, dialog.approve_button)
    assert "not the one" in dialog.error.text()
    qtbot.waitUntil(lambda: not dialog.loading and dialog.approved.rowCount() == 1, timeout=WAIT)
    assert dialog.waiting.rowCount() == 1  # nothing was approved

    click(qtbot, dialog.fingerprint)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(shown.lower())  # read out in lower case, as people do
    click(qtbot, dialog.approve_button)
    qtbot.waitUntil(lambda: not dialog.loading and dialog.waiting.rowCount() == 0, timeout=WAIT)
    assert dialog.error.text() == ""
    assert field.device[:8] in dialog.message.text() and "approved" in dialog.message.text()
    assert dialog.approved.rowCount() == 2  # this laptop (the founder's) and the field laptop
    assert "waiting for your approval" not in panel.problem.text()
    click(qtbot, dialog.close_button)
    qtbot.waitUntil(lambda: desktop.tasks.pending == 0, timeout=WAIT)
    desktop.shutdown()

    supervisor = case_book(Workspace.at(workspace_path).login("ana", PASSWORD))
    assert Synchroniser(supervisor).sync().welcomed == [field.device]
    assert Synchroniser(field).sync().joined_team == "t1"
    for book in (supervisor, field):
        book.session.lock()
