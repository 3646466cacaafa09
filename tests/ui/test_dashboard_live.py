"""The open overview follows the cases: a supervisor watching it syncs, and an intake finished on
a field laptop shows in its figures while she looks at them, without Refresh pressed and without
the overview closed and opened again. A real server process on loopback; the app's real window
(offscreen), driven by clicks.

What only a live overview gives: with a change to the cases only marking the overview stale (it
recounts when shown again or on Refresh), the figures stay at the count it showed when opened
until she leaves and comes back; this test then fails (checked by hand with the refresh taken out
in a scratch copy)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject
from pytestqt.qtbot import QtBot

from app.cases.book import CaseBook
from app.team.case_book import case_book
from app.team.membership import found_team
from app.team.synchronise import Synchroniser
from app.ui import sync_status
from app.workspace.folder import Workspace
from tests.conftest import CHEAP, PASSWORD
from tests.integration.test_server_process import ServerProcess
from tests.integration.test_team_sync import _enrol
from tests.ui.by_hand import action_named, click, click_action, open_menu_by_click
from tests.ui.desktop import shut_down, started_and_logged_in

WAIT = 30_000


@pytest.fixture(autouse=True)
def no_automatic_round(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sync_status, "AUTO_FIRST_MS", 3_600_000)  # the supervisor's click syncs


class Shown(QObject):
    """Counts the times a screen went out of sight (another screen put in its place, or the
    window closed): what a person would see as the overview being left."""

    def __init__(self) -> None:
        super().__init__()
        self.hidden = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide:
            self.hidden += 1
        return False


def _laptop(path: Path, user: str) -> CaseBook:
    session, _ = Workspace.create(path, user, PASSWORD, cost=CHEAP)
    return case_book(session)


def test_an_intake_synced_while_the_overview_is_open_shows_in_its_figures(
    qtbot: QtBot, server: ServerProcess, workspace_path: Path, tmp_path: Path
) -> None:
    supervisor = _laptop(workspace_path, "ana")
    field = _laptop(tmp_path / "field", "bora")
    found_team(supervisor, "bangkok-shelter")
    _enrol(server, supervisor, "bangkok-shelter", supervisor=True)
    _enrol(server, field, "bangkok-shelter", approver=supervisor)
    Synchroniser(supervisor).sync()  # welcomes the field laptop
    assert Synchroniser(field).sync().joined_team == "bangkok-shelter"
    supervisor.open_case(
        {"prs_Citizenship": "KH", "vic_TypeOfExploitation": "ForcedLabour"}, "intake"
    )
    supervisor.session.lock()

    desktop = started_and_logged_in(qtbot, workspace_path, "ana", PASSWORD)
    window = desktop.window
    open_menu_by_click(qtbot, window, window.cases_menu)
    click_action(qtbot, window.cases_menu, action_named(window.cases_menu, "Overview"))
    dashboard = window.supervisor.dashboard
    qtbot.waitUntil(lambda: "Cases on this laptop: 1 " in dashboard.summary.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: not dashboard.status.text(), timeout=WAIT)  # the count is done
    assert dashboard.exploitation.data.categories == ["Forced labour"]
    shown = Shown()
    dashboard.installEventFilter(shown)

    # Meanwhile, in a shelter: an intake finished on the field laptop, sent at its next sync.
    field.open_case({"prs_Citizenship": "LA", "vic_TypeOfExploitation": "Servitude"}, "intake")
    assert Synchroniser(field).sync().pushed == 1
    qtbot.wait(200)
    assert "Cases on this laptop: 1 " in dashboard.summary.text()  # not here until she syncs

    panel = window.sync_panel
    assert panel.sync_button.isVisible()  # in the status bar, under the overview
    click(qtbot, panel.sync_button)
    qtbot.waitUntil(lambda: "Cases on this laptop: 2 " in dashboard.summary.text(), timeout=WAIT)
    # on the screen she was looking at: no Refresh pressed, never left and opened again
    assert window.stack.currentWidget() is dashboard and dashboard.isVisible()
    assert shown.hidden == 0
    dashboard.removeEventFilter(shown)
    assert sorted(dashboard.exploitation.data.categories) == [
        "Forced labour",
        "Servitude, including domestic servitude",
    ]
    assert {s.label for s in dashboard.identified.data.segments} == {"Cambodia", "Lao PDR"}
    shut_down(qtbot, desktop)
    field.session.lock()
