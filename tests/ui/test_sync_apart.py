"""A sync round never holds up the database thread: drafts are saved while it waits on the line."""

from __future__ import annotations

import threading
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.cases.book import CaseBook
from app.team.case_book import case_book
from app.ui.case_table import CaseTasks
from app.ui.tasks import TaskRunner
from app.workspace.folder import Workspace
from tests.conftest import PASSWORD

WAIT = 20_000


def _ignore(_: object) -> None:
    pass


def test_the_database_thread_works_while_a_round_waits_on_the_network(
    qtbot: QtBot, workspace_path: Path
) -> None:
    runner = TaskRunner()
    session = runner.run_database(
        lambda: Workspace.create(workspace_path, "ana", PASSWORD)[0], print, print
    ).result(timeout=30)
    book = runner.run_database(lambda: case_book(session), _ignore, _ignore).result(timeout=30)
    notified: list[str] = []
    tasks = CaseTasks(runner, book, notified.append)
    line = threading.Event()  # the network: it answers when the test says so
    results: list[object] = []

    def round_(other: CaseBook) -> str:
        case_id = other.open_case({"prs_First_Name": "from the server"}, "intake")
        line.wait(timeout=30)  # a slow line: minutes, in the field
        return case_id

    tasks.write_apart(round_, results.append, results.append)
    saved: list[object] = []
    tasks.read(lambda b: b.session.save_draft("intake", "1", {"a": 1}), saved.append, saved.append)
    qtbot.waitUntil(lambda: bool(saved), timeout=WAIT)  # not behind the waiting round
    assert isinstance(saved[0], str) and results == []
    line.set()
    qtbot.waitUntil(lambda: bool(results), timeout=WAIT)
    assert isinstance(results[0], str) and notified == [""]
    rows = runner.run_database(lambda: book.list_cases().rows, _ignore, _ignore).result(timeout=30)
    assert [r.display_name for r in rows] == ["from the server"]  # seen by the main connection
    runner.run_database(session.lock, _ignore, _ignore).result(timeout=30)
    runner.shutdown()
