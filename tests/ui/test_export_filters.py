"""The export dialog's team and form filters, through the real dialog over a real workspace."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.team.case_book import case_book
from app.ui.export_dialog import ExportDialog
from app.ui.main import DesktopApp
from app.workspace.folder import Workspace
from tests.conftest import CHEAP
from tests.ui.by_hand import modal_button

PASSWORD = "supervisor password 1"
WAIT = 20_000


def test_an_export_of_one_team_and_one_form_holds_only_those(
    qtbot: QtBot, workspace_path: Path, tmp_path: Path
) -> None:
    session, _ = Workspace.create(workspace_path, "Ana", PASSWORD, cost=CHEAP)
    book = case_book(session)
    for n, team in enumerate(("hanoi", "hanoi", "yangon")):
        book.open_case({"prs_First_Name": f"Person {n}"}, form_id="intake", team=team)
    session.lock()
    desktop = DesktopApp(workspace_path, "en")
    qtbot.addWidget(desktop.window)
    desktop.start()
    login = desktop.login
    assert login is not None
    qtbot.waitUntil(lambda: login.user.findText("Ana") >= 0, timeout=WAIT)
    qtbot.keyClicks(login.password, PASSWORD)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desktop.case_tasks is not None, timeout=WAIT)

    desktop.window.export_action.trigger()
    dialog = desktop.dialog
    assert isinstance(dialog, ExportDialog)
    assert dialog.team.itemText(0) == "All teams" and dialog.form_filter.itemText(0) == "All forms"
    qtbot.waitUntil(lambda: dialog.team.count() == 3, timeout=WAIT)
    assert [dialog.team.itemData(i) for i in range(3)] == [None, "hanoi", "yangon"]
    forms = [dialog.form_filter.itemData(i) for i in range(dialog.form_filter.count())]
    assert "intake" in forms and "follow_up" in forms
    assert "Intake" in dialog.form_filter.itemText(forms.index("intake"))
    dialog.team.setCurrentIndex(dialog.team.findData("hanoi"))
    dialog.form_filter.setCurrentIndex(dialog.form_filter.findData("intake"))
    out = tmp_path / "export"
    dialog.folder.setText(str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    write = modal_button(qtbot, "Write unencrypted files")  # an identified export asks first
    qtbot.mouseClick(write, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=WAIT)
    assert dialog.error.text() == ""
    report = json.loads((out / "export-report.json").read_text("utf-8"))
    assert report["filters"] == {"teams": ["hanoi"], "forms": ["intake"]}
    assert report["cases"] == 2 and report["rows"]["cases"] == 2
    qtbot.waitUntil(lambda: desktop.tasks.pending == 0, timeout=WAIT)
    desktop.shutdown()
