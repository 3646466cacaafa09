"""Issue 17 (also wrong): the export dialog as a supervisor uses it, by mouse and keyboard.

- "Labels in: ខ្មែរ" is honoured for the de-identified workbook: its headers and the values that
  come from the intake form's choices read in Khmer.
- The summary shown says what ``export-report.json`` says: the people left out because they did
  not agree to research use are counted (the dialog said 0 while the report said 43).
- An identified export leaves the encryption: a confirmation says so first; Enter does not
  confirm it (nothing is written), a deliberate click does.
"""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.interviews.demo import add_demo_cases
from app.team.case_book import case_book
from app.ui.export_dialog import ExportDialog
from app.ui.main import DesktopApp
from app.workspace.folder import Workspace
from tests.conftest import CHEAP
from tests.ui.by_hand import (
    WAIT,
    action_named,
    bring_forward,
    choose,
    click,
    click_action,
    modal_button,
    open_menu_by_click,
    press,
    type_text,
)
from tests.ui.desktop import log_in, start_desktop

PASSWORD = "supervisor password 1"
KHMER = range(0x1780, 0x1800)


def _export_dialog(qtbot: QtBot, path: Path, desktops: list[DesktopApp]) -> ExportDialog:
    session, _ = Workspace.create(path, "Ana", PASSWORD, cost=CHEAP)
    add_demo_cases(case_book(session), 30, seed=5)
    session.lock()
    desktop = start_desktop(qtbot, path)
    desktops.append(desktop)
    log_in(qtbot, desktop, "Ana", PASSWORD)
    bring_forward(qtbot, desktop.window)
    window = desktop.window
    open_menu_by_click(qtbot, window, window.cases_menu)
    click_action(qtbot, window.cases_menu, action_named(window.cases_menu, "Export"))
    qtbot.waitUntil(lambda: isinstance(desktop.dialog, ExportDialog), timeout=WAIT)
    dialog = desktop.dialog
    assert isinstance(dialog, ExportDialog)
    bring_forward(qtbot, dialog)
    return dialog


def _khmer(text: object) -> bool:
    return isinstance(text, str) and any(ord(ch) in KHMER for ch in text)


def test_a_deidentified_workbook_in_khmer_and_the_counts_of_its_report(
    qtbot: QtBot, workspace_path: Path, tmp_path: Path, desktops: list[DesktopApp]
) -> None:
    dialog = _export_dialog(qtbot, workspace_path, desktops)
    choose(qtbot, dialog.format, "Excel workbook (XLSX)")
    click(qtbot, dialog.deidentified)
    assert dialog.deidentified.isChecked()
    click(qtbot, dialog.k)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text("2")
    choose(qtbot, dialog.language, "ខ្មែរ")
    out = tmp_path / "research"
    click(qtbot, dialog.folder)
    type_text(str(out))
    click(qtbot, dialog.export_button)  # de-identified: nothing identifying leaves, no question
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=WAIT)
    assert dialog.error.text() == ""

    sheet = openpyxl.load_workbook(out / "fieldcase-export.xlsx", read_only=True).active
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    header = rows[0]
    assert sum(_khmer(h) for h in header) >= 3, header  # gender, citizenship, the flags
    assert len(rows) > 1
    assert any(_khmer(row[1]) for row in rows[1:]), rows[1]  # gender as its Khmer label

    report = json.loads((out / "export-report.json").read_text("utf-8"))
    left_out = report["deidentification"]["left_out_for_consent"]
    assert left_out > 0
    shown = dialog.report_text.text()
    assert f"People left out because they did not agree to research use: {left_out}" in shown
    suppressed = report["deidentification"]["suppressed"]
    assert f"Rows suppressed to protect identities: {suppressed}" in shown


def test_an_identified_export_says_it_leaves_the_encryption_and_enter_does_not_confirm(
    qtbot: QtBot, workspace_path: Path, tmp_path: Path, desktops: list[DesktopApp]
) -> None:
    dialog = _export_dialog(qtbot, workspace_path, desktops)
    out = tmp_path / "identified"
    click(qtbot, dialog.folder)
    type_text(str(out))
    press(qtbot, Qt.Key.Key_Return)  # the dialog's Export, by keyboard
    write = modal_button(qtbot, "Write unencrypted files")
    box = QApplication.activeModalWidget()
    assert box is not None and box is not dialog
    assert "leave the encryption" in box.text()  # type: ignore[attr-defined]
    assert not write.isDefault()
    bring_forward(qtbot, box)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=WAIT)
    assert not out.exists() or not any(out.iterdir())  # Enter wrote nothing
    assert dialog.report is None and not dialog.running

    click(qtbot, dialog.export_button)
    click(qtbot, modal_button(qtbot, "Write unencrypted files"))
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=WAIT)
    assert (out / "cases.csv").exists() and (out / "export-report.json").exists()
