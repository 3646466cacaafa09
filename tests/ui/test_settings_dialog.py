"""The workspace settings dialog: a supervisor changes the attachment limit with the keyboard; it
is stored, audited and obeyed; other roles never see the menu item."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.ui.main import DesktopApp
from app.ui.settings_dialog import WorkspaceSettingsDialog
from app.workspace import settings as workspace_settings
from app.workspace.folder import Workspace
from app.workspace.roles import Role
from tests.conftest import CHEAP
from tests.ui.desktop import WAIT, log_in, shut_down
from tests.ui.test_supervisor_screens import SUPERVISOR_PW, WORKER_PW


def start_desktop(qtbot: QtBot, path: Path) -> DesktopApp:
    session, _ = Workspace.create(path, "Ana", SUPERVISOR_PW, cost=CHEAP)
    session.add_user("Sopheap", Role.SOCIAL_WORKER, WORKER_PW, cost=CHEAP)
    session.lock()
    desktop = DesktopApp(path, "en")
    qtbot.addWidget(desktop.window)
    desktop.start()
    return desktop


def test_a_supervisor_sets_the_attachment_limit(qtbot: QtBot, workspace_path: Path) -> None:
    desktop = start_desktop(qtbot, workspace_path)
    log_in(qtbot, desktop, "Ana", SUPERVISOR_PW)
    assert desktop.window.settings_action.isVisible()
    desktop.window.settings_action.trigger()
    dialog = desktop.dialog
    assert isinstance(dialog, WorkspaceSettingsDialog)
    qtbot.waitUntil(lambda: dialog.limit.isEnabled(), timeout=WAIT)
    assert dialog.limit.value() == 20 and dialog.limit.suffix() == " MB"
    assert dialog.limit_label.buddy() is dialog.limit

    dialog.limit.setFocus()
    dialog.limit.selectAll()
    qtbot.keyClicks(dialog.limit, "8")
    qtbot.keyClick(dialog.limit, Qt.Key.Key_Return)  # Enter saves: Save is the default button
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=WAIT)
    assert dialog.message.text() == "Forms can now keep files up to 8 MB."
    assert dialog.error.text() == ""
    session = desktop.session
    assert session is not None
    qtbot.waitUntil(lambda: desktop.tasks.pending == 0, timeout=WAIT)
    done = []
    desktop.tasks.run_database(
        lambda: (
            workspace_settings.attachment_limit_bytes(session.store),
            session.store.scalar("SELECT detail FROM audit WHERE object = 'settings'"),
        ),
        done.append,
        lambda exc: done.append(exc),
    )
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT)
    assert done[0] == (8_000_000, "attachment_max_mb=8 (was 20)")

    desktop.lock()
    assert desktop.dialog is None  # the lock closes the screen holding the session
    log_in(qtbot, desktop, "Sopheap", WORKER_PW)
    assert not desktop.window.settings_action.isVisible()
    desktop.show_settings()  # asked anyway (a stray shortcut): nothing opens
    assert desktop.dialog is None
    shut_down(qtbot, desktop)


def test_the_core_refuses_a_social_worker_even_if_the_dialog_opens(
    qtbot: QtBot, workspace_path: Path
) -> None:
    desktop = start_desktop(qtbot, workspace_path)
    log_in(qtbot, desktop, "Sopheap", WORKER_PW)
    session = desktop.session
    assert session is not None
    dialog = WorkspaceSettingsDialog(desktop.tasks, session, desktop.window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.limit.isEnabled(), timeout=WAIT)  # reading is allowed
    dialog.limit.setValue(50)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=WAIT)
    assert dialog.message.text() == ""
    assert dialog.save_button.isEnabled()
    shut_down(qtbot, desktop)
    again = Workspace.at(workspace_path).login("Ana", SUPERVISOR_PW)
    assert workspace_settings.attachment_limit_bytes(again.store) == 20_000_000
    again.lock()
