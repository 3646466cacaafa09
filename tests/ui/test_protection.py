"""From the case view: consent withdrawn (anyone who edits cases) and erasure (supervisors)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.ui.protection import EraseCaseDialog, WithdrawConsentDialog
from tests.ui.test_case_view import open_from_list, story, timeline
from tests.ui.test_home import WAIT, log_in, make_workspace, names


def test_withdrawn_consent_shows_in_the_timeline(qtbot: QtBot, workspace_path: Path) -> None:
    make_workspace(workspace_path, demo=3, write=story)
    desktop = log_in(qtbot, workspace_path, "bo")
    view = desktop.window.case_view
    open_from_list(qtbot, desktop, "สมชาย ใจดี")
    assert view.withdraw_button.isVisible()
    qtbot.mouseClick(view.withdraw_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, WithdrawConsentDialog)
    dialog.scope.setCurrentIndex(dialog.scope.findData("research"))
    dialog.accept()
    qtbot.waitUntil(lambda: timeline(desktop)[0][1] == "Consent withdrawn", timeout=WAIT)
    desktop.shutdown()


def test_a_supervisor_erases_a_case_after_saying_why(qtbot: QtBot, workspace_path: Path) -> None:
    make_workspace(workspace_path, demo=3, write=story)
    desktop = log_in(qtbot, workspace_path, "ana")
    view, home = desktop.window.case_view, desktop.window.home
    open_from_list(qtbot, desktop, "สมชาย ใจดี")
    assert view.erase_button.isVisible()
    qtbot.mouseClick(view.erase_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, EraseCaseDialog)
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClicks(dialog.reason, "registered twice by mistake")
    assert not dialog.erase_button.isEnabled()  # not before "I understand"
    dialog.understood.setChecked(True)
    assert dialog.erase_button.isEnabled()
    dialog.erase_button.click()
    qtbot.waitUntil(lambda: desktop.window.stack.currentWidget() is home, timeout=WAIT)
    qtbot.waitUntil(lambda: "สมชาย ใจดี" not in names(home.model), timeout=WAIT)
    desktop.shutdown()


def test_a_social_worker_cannot_erase(qtbot: QtBot, workspace_path: Path) -> None:
    make_workspace(workspace_path, demo=3, write=story)
    desktop = log_in(qtbot, workspace_path, "bo")
    open_from_list(qtbot, desktop, "สมชาย ใจดี")
    assert not desktop.window.case_view.erase_button.isVisible()
    desktop.shutdown()
