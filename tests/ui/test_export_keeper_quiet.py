"""Issue 21: the export rows are kept ahead once the changes stop, not after every change. A
supervisor closes case after case by hand (the case opened with a double click, Close the case,
the dialog's button, Back to the list); the keeper looks for rows to keep once, after the last
close, not three times on the database thread ahead of her next save. The export she then asks
for (Cases → Export, by mouse and keyboard) still has every case as she left it, and flattens no
submission: their rows were kept ahead."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.export import rows as export_rows
from app.ui import export_keeper
from app.ui.case_dialogs import CloseCaseDialog
from app.ui.export_dialog import ExportDialog
from app.ui.main import DesktopApp
from tests.ui.by_hand import (
    WAIT,
    action_named,
    bring_forward,
    click,
    click_action,
    double_click,
    modal_button,
    open_menu_by_click,
    type_text,
)
from tests.ui.desktop import started_and_logged_in
from tests.ui.test_home import PASSWORD, make_workspace

CLOSED = 3


def quiet(desktop: DesktopApp) -> bool:
    return not desktop.export_keeper.busy and desktop.tasks.pending == 0


def close_a_case_by_hand(qtbot: QtBot, desktop: DesktopApp, closed: list[str]) -> str:
    """Open the first open case not in ``closed`` with a double click, close it with the
    dialog's button, go back to the list; its id."""
    window = desktop.window
    home, view = window.home, window.case_view
    table = home.table
    proxy = table.model()
    status = {case.display_name: case.status for case in home.model.rows}
    row = next(
        r
        for r in range(proxy.rowCount())
        if status.get(str(proxy.index(r, 0).data())) == "open"
        and str(proxy.index(r, 0).data()) not in closed
    )
    name = str(proxy.index(row, 0).data())
    double_click(qtbot, table.viewport(), table.visualRect(proxy.index(row, 0)).center())
    qtbot.waitUntil(lambda: window.stack.currentWidget() is view, timeout=WAIT)
    qtbot.waitUntil(
        lambda name=name: view.snapshot is not None and view.title.text() == name,
        timeout=WAIT,
    )
    click(qtbot, view.close_button)
    dialog = view.dialog
    assert isinstance(dialog, CloseCaseDialog)
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: view.status.text() == "Closed", timeout=WAIT)
    closed.append(name)
    case_id = view.case_id
    click(qtbot, view.back_button)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is home, timeout=WAIT)
    return case_id


def test_cases_closed_in_a_row_are_kept_ahead_once_after_the_last(
    qtbot: QtBot,
    workspace_path: Path,
    tmp_path: Path,
    desktops: list[DesktopApp],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a quiet period longer than a close by hand takes on a loaded machine
    monkeypatch.setattr(export_keeper, "QUIET_MS", 8_000)
    make_workspace(workspace_path, demo=8)
    desktop = started_and_logged_in(qtbot, workspace_path, "ana", PASSWORD)
    desktops.append(desktop)
    window = desktop.window
    home = window.home
    qtbot.waitUntil(lambda: home.model.ever_loaded and quiet(desktop), timeout=WAIT)  # login's
    rounds: list[int] = []
    desktop.export_keeper.rounded.connect(rounds.append)

    closed: list[str] = []
    ids: list[str] = []
    for _ in range(CLOSED):
        ids.append(close_a_case_by_hand(qtbot, desktop, closed))
    qtbot.waitUntil(lambda: quiet(desktop), timeout=3 * WAIT)
    assert rounds == [0]  # one round, after the last close; nothing was left to keep

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
    export = desktop.dialog
    assert isinstance(export, ExportDialog)
    bring_forward(qtbot, export)
    out = tmp_path / "export"
    click(qtbot, export.folder)
    type_text(str(out))
    click(qtbot, export.export_button)
    click(qtbot, modal_button(qtbot, "Write unencrypted files"))
    qtbot.waitUntil(lambda: export.report is not None, timeout=WAIT)
    assert export.error.text() == ""

    with (out / "cases.csv").open(encoding="utf-8-sig", newline="") as f:
        cases = list(csv.DictReader(f))
    assert len(cases) == 8
    status = {case["CASE_ID"]: case["STATUS"] for case in cases}
    assert [status[case_id] for case_id in ids] == ["closed"] * CLOSED  # as she left them
    with (out / "intake.csv").open(encoding="utf-8-sig", newline="") as f:
        assert len(list(csv.DictReader(f))) == 8  # every intake, from rows kept ahead
    assert flattened == []


def test_no_round_is_left_waiting_once_the_app_has_shut_down(
    qtbot: QtBot, workspace_path: Path, desktops: list[DesktopApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A round still waiting for the changes to stop when the app shuts down must not start
    after it: the app's database thread is gone by then (in the whole suite such a round, left
    by one test, crashed a later one)."""
    monkeypatch.setattr(export_keeper, "QUIET_MS", 60_000)
    make_workspace(workspace_path, demo=2)
    desktop = started_and_logged_in(qtbot, workspace_path, "ana", PASSWORD)
    desktops.append(desktop)
    qtbot.waitUntil(lambda: desktop.window.home.model.ever_loaded and quiet(desktop), timeout=WAIT)
    close_a_case_by_hand(qtbot, desktop, [])
    assert desktop.export_keeper.busy  # the round waits for the changes to stop
    desktop.shutdown()
    assert not desktop.export_keeper.busy
