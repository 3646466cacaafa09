"""Automatic sync: a round starts by itself when the server answers, and an offline laptop stays
calm. A real server process on loopback; the app's real windows (offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.cases.book import CaseBook
from app.synchronise import Synchroniser
from app.team import found_team
from app.ui import sync_status
from app.ui.main import DesktopApp
from app.workspace import Workspace
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
    book = CaseBook(session)
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
    assert book.outbox.counts()["waiting"] == 1
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
