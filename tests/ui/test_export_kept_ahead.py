"""Issue 21: a supervisor's first export after a sync is warm. The social worker's submissions
arrive with a round (the Sync now button, clicked); the app keeps their export rows on the
database thread after the round, so the export the supervisor then asks for (Cases → Export, by
mouse and keyboard) flattens nothing: it only joins rows kept ahead. What the supervisor sees is
the export finishing with every submission that arrived in its file."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.export import rows as export_rows
from app.interviews.demo import add_demo_cases
from app.team.membership import found_team
from app.team.synchronise import Synchroniser
from app.ui import sync_status
from app.ui.export_dialog import ExportDialog
from app.ui.main import DesktopApp
from tests.conftest import PASSWORD
from tests.integration.test_server_process import ServerProcess
from tests.integration.test_team_sync import _enrol, _laptop
from tests.ui.by_hand import (
    WAIT,
    action_named,
    bring_forward,
    click,
    click_action,
    modal_button,
    open_menu_by_click,
    type_text,
)
from tests.ui.desktop import started_and_logged_in

PEOPLE = 12


def test_the_first_export_after_a_sync_reads_rows_kept_ahead(
    qtbot: QtBot,
    server: ServerProcess,
    tmp_path: Path,
    desktops: list[DesktopApp],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sync_status, "AUTO_FIRST_MS", 3_600_000)  # the round is asked for by hand
    supervisor, worker = _laptop(tmp_path, "sup"), _laptop(tmp_path, "worker")
    found_team(supervisor, "shelter")
    _enrol(server, supervisor, "shelter", supervisor=True)
    _enrol(server, worker, "shelter", approver=supervisor)
    Synchroniser(supervisor).sync()
    Synchroniser(worker).sync()
    add_demo_cases(worker, PEOPLE, seed=4)
    Synchroniser(worker).sync()
    worker.session.lock()
    supervisor.session.lock()

    desktop = started_and_logged_in(qtbot, tmp_path / "sup", "sup", PASSWORD)
    desktops.append(desktop)
    window = desktop.window
    panel = window.sync_panel
    qtbot.waitUntil(panel.sync_button.isVisible, timeout=WAIT)
    qtbot.mouseClick(panel.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.state is not None and not panel.syncing, timeout=WAIT)
    # the keeper's round, once the round's changes have stopped coming
    keeper = desktop.export_keeper
    qtbot.waitUntil(lambda: not keeper.busy and desktop.tasks.pending == 0, timeout=WAIT)

    flattened: list[int] = []
    make = export_rows.ExportRows._make

    def counted(self: export_rows.ExportRows, form: object, ids: list[str], lines: bool) -> object:
        flattened.append(len(ids))
        return make(self, form, ids, lines)  # type: ignore[arg-type]

    monkeypatch.setattr(export_rows.ExportRows, "_make", counted)

    bring_forward(qtbot, window)
    open_menu_by_click(qtbot, window, window.cases_menu)
    click_action(qtbot, window.cases_menu, action_named(window.cases_menu, "Export"))
    qtbot.waitUntil(lambda: isinstance(desktop.dialog, ExportDialog), timeout=WAIT)
    dialog = desktop.dialog
    assert isinstance(dialog, ExportDialog)
    bring_forward(qtbot, dialog)
    out = tmp_path / "export"
    click(qtbot, dialog.folder)
    type_text(str(out))
    click(qtbot, dialog.export_button)
    click(qtbot, modal_button(qtbot, "Write unencrypted files"))
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=WAIT)
    assert dialog.error.text() == ""

    tables = [p for p in out.glob("*.csv") if p.name != "cases.csv"]
    authors = set()
    submissions = 0
    for table in tables:
        with table.open(encoding="utf-8-sig", newline="") as f:
            for row in csv.DictReader(f):
                if "AUTHOR" in row:
                    submissions += 1
                    authors.add(row["AUTHOR"])
    assert submissions >= PEOPLE and "worker" in authors  # what arrived with the round
    assert flattened == []  # and the export only joined rows kept ahead
