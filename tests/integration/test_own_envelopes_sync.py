"""A laptop never downloads what it sent, and a laptop put back from a copy gets back what it
sent after the copy was made (sync/README.md, "Sequence numbers and the pull cursor").

A real server process over HTTP; two laptops of a team and its supervisor."""

from __future__ import annotations

import shutil
from pathlib import Path

from app.cases.book import CaseBook
from app.team.case_book import case_book
from app.team.membership import found_team
from app.team.synchronise import Synchroniser
from app.workspace.folder import Workspace
from app.workspace.store import Store
from tests.conftest import PASSWORD
from tests.integration.test_server_process import ServerProcess
from tests.integration.test_team_sync import TODAY, _enrol, _laptop


def case_ids(store: Store) -> set[str]:
    return {str(row[0]) for row in store.query("SELECT case_id FROM cases")}


def _intake(book: CaseBook, name: str) -> str:
    return book.open_case({"prs_First_Name": name, "age": "17"}, "intake")


def test_a_laptop_pulls_none_of_what_it_pushed_and_a_restored_copy_gets_it_back(
    server: ServerProcess, tmp_path: Path
) -> None:
    supervisor, first, second = (_laptop(tmp_path, n) for n in ("sup", "first", "second"))
    found_team(supervisor, "bangkok-shelter")
    _enrol(server, supervisor, "bangkok-shelter", supervisor=True)
    for laptop in (first, second):
        _enrol(server, laptop, "bangkok-shelter", approver=supervisor)
    Synchroniser(supervisor).sync()
    for laptop in (first, second):
        assert Synchroniser(laptop).sync().joined_team == "bangkok-shelter"

    made = {_intake(first, f"Sokha {i}") for i in range(6)}
    report = Synchroniser(first).sync()
    assert report.pushed == 6
    assert (report.pulled, report.pull_duplicates) == (0, 0)  # none of its own came back
    assert Synchroniser(second).sync().pulled == 6  # another laptop gets every one
    assert made <= case_ids(second.store)

    # A copy of the first laptop's workspace (a backup), then work it never sees.
    first.session.lock()
    shutil.copytree(tmp_path / "first", tmp_path / "first-backup")
    first = case_book(
        Workspace.at(tmp_path / "first").login("first", PASSWORD), today=lambda: TODAY
    )
    later = {_intake(first, f"Dara {i}") for i in range(3)}
    report = Synchroniser(first).sync()
    assert (report.pushed, report.pulled, report.pull_duplicates) == (3, 0, 0)
    mate_case = _intake(second, "Vannak")
    assert Synchroniser(second).sync().pushed == 1
    first.session.lock()

    # The laptop dies; the backup is put back in its place: same device, old cursor.
    shutil.rmtree(tmp_path / "first")
    shutil.copytree(tmp_path / "first-backup", tmp_path / "first")
    restored = case_book(
        Workspace.at(tmp_path / "first").login("first", PASSWORD), today=lambda: TODAY
    )
    assert not later & case_ids(restored.store)
    report = Synchroniser(restored).sync()
    assert report.pull_refused == []
    assert later | made | {mate_case} <= case_ids(restored.store)  # its own work is back
    # ...once: the next round downloads none of its own again.
    _intake(restored, "Channary")
    report = Synchroniser(restored).sync()
    assert (report.pushed, report.pulled, report.pull_duplicates) == (1, 0, 0)
    for book in (supervisor, second, restored):
        book.session.lock()
