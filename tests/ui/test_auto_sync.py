"""Automatic sync: a round starts by itself when the server answers, and an offline laptop stays
calm. A real server process on loopback; the app's real windows (offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.cases.book import CaseBook
from app.team.case_book import case_book
from app.team.membership import found_team
from app.team.outbox import outbox_of
from app.team.synchronise import Synchroniser
from app.ui import sync_status
from app.ui.main import DesktopApp
from app.workspace.folder import Workspace
from tests.conftest import CHEAP, PASSWORD
from tests.integration.test_server_process import ServerProcess, free_port
from tests.integration.test_team_sync import _enrol
from tests.ui.desktop import started_and_logged_in

WAIT = 30_000


@pytest.fixture(autouse=True)
def soon(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sync_status, "AUTO_FIRST_MS", 50)  # instead of 30 s after login


def _laptop(path: Path) -> CaseBook:
    session, _ = Workspace.create(path, "ana", PASSWORD, cost=CHEAP)
    book = case_book(session)
    found_team(book, "t1")
    return book


def _log_in(qtbot: QtBot, path: Path) -> DesktopApp:
    return started_and_logged_in(qtbot, path, "ana", PASSWORD)


def test_a_round_starts_by_itself_when_the_server_answers(
    qtbot: QtBot, server: ServerProcess, workspace_path: Path
) -> None:
    book = _laptop(workspace_path)
    _enrol(server, book, "t1", supervisor=True)
    assert Synchroniser(book).reachable()
    book.open_case({"prs_First_Name": "Dara"}, "intake")
    assert outbox_of(book).counts()["waiting"] == 1
    book.session.lock()
    desktop = _log_in(qtbot, workspace_path)
    panel = desktop.window.sync_panel
    qtbot.waitUntil(lambda: panel.state is not None and panel.state.sent >= 1, timeout=WAIT)
    assert panel.state is not None and panel.state.waiting == 0
    assert "Last sync" in panel.status.text() and panel.problem.text() == ""
    assert panel.auto_timer.isActive()  # and it will try again later
    qtbot.waitUntil(lambda: desktop.tasks.pending == 0, timeout=WAIT)
    desktop.shutdown()


def test_an_offline_laptop_says_so_quietly(qtbot: QtBot, workspace_path: Path) -> None:
    book = _laptop(workspace_path)
    book.store.execute(
        "INSERT INTO settings (key, value) VALUES ('server_url', ?)",
        (f"http://127.0.0.1:{free_port()}",),  # nobody listens there
    )
    assert not Synchroniser(book).reachable()
    book.session.lock()
    desktop = _log_in(qtbot, workspace_path)
    panel = desktop.window.sync_panel
    qtbot.waitUntil(lambda: panel.offline, timeout=WAIT)
    assert panel.problem.text() == ""  # no alarm: the work waits here
    assert "Offline" in panel.status.text() and not panel.syncing
    qtbot.waitUntil(lambda: desktop.tasks.pending == 0, timeout=WAIT)
    desktop.shutdown()


def test_received_items_that_did_not_check_out_are_counted_and_fetched_again(
    qtbot: QtBot, server: ServerProcess, tmp_path: Path
) -> None:
    """A man in the middle spoiled a pull: the panel says how many wait, in words, and the next
    round (the Sync now button, clicked) fetches them again and the cases arrive."""
    from PySide6.QtCore import Qt

    from tests.adversary.test_tampered_pull import CASES, FlipPullPages, cases
    from tests.integration.test_team_sync import _laptop as team_laptop

    supervisor, worker = team_laptop(tmp_path, "sup"), team_laptop(tmp_path, "worker")
    found_team(supervisor, "shelter")
    _enrol(server, supervisor, "shelter", supervisor=True)
    _enrol(server, worker, "shelter", approver=supervisor)
    Synchroniser(supervisor).sync()
    Synchroniser(worker).sync()
    for n in range(CASES):
        supervisor.open_case({"prs_First_Name": f"Dara {n}"}, "intake")
    Synchroniser(supervisor).sync()
    assert Synchroniser(worker, transport=FlipPullPages()).sync().refused_waiting == CASES
    worker.session.lock()
    server.stop()  # offline at login: nothing fetches them before the person looks

    desktop = started_and_logged_in(qtbot, tmp_path / "worker", "worker", PASSWORD)
    panel = desktop.window.sync_panel
    qtbot.waitUntil(lambda: panel.offline, timeout=WAIT)
    assert f"Received items to fetch again: {CASES}" in panel.status.text()

    server.start()
    qtbot.waitUntil(panel.sync_button.isVisible, timeout=WAIT)
    qtbot.mouseClick(panel.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: panel.state is not None and not panel.syncing and panel.state.refused_waiting == 0,
        timeout=WAIT,
    )
    assert "fetch again" not in panel.status.text()
    qtbot.waitUntil(lambda: desktop.tasks.pending == 0, timeout=WAIT)
    count = desktop.case_tasks
    assert count is not None
    desktop.shutdown()
    session = Workspace.at(tmp_path / "worker").login("worker", PASSWORD)
    try:
        assert cases(case_book(session)) == CASES
    finally:
        session.lock()
