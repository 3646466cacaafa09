"""``fieldcase check`` holds the dashboard's kept counts against a recount: of what the case rows
tell by default, of everything with ``--full``."""

from __future__ import annotations

import json
from pathlib import Path

from app.team.case_book import case_book
from app.workspace.folder import Workspace
from tests.app.cli.test_workspace import fieldcase
from tests.conftest import CHEAP

PW = "a long shelter password"


def test_check_reports_a_dashboard_count_that_disagrees_with_the_cases(tmp_path: Path) -> None:
    folder = tmp_path / "w"
    session, _ = Workspace.create(folder, "ana", PW, cost=CHEAP)
    book = case_book(session)
    for country in ("KH", "KH", "LA"):
        book.open_case({"prs_Citizenship": country}, "intake")
    session.lock()
    args = ("check", "--workspace", str(folder), "--user", "ana", "--password-stdin")

    done = fieldcase(*args, stdin=PW + "\n")
    report = json.loads(done.stdout)
    assert done.returncode == 0 and report["ok"], done.stderr
    assert report["dashboard"]["ok"] and report["dashboard"]["differ"] == 0

    session = Workspace.at(folder).login("ana", PW)
    with session.store.atomic():  # counts gone wrong, however it happened
        session.store.execute(
            "UPDATE case_tallies SET count = 3 WHERE dimension = 'people' AND key = 'KH'"
        )
        session.store.execute("UPDATE case_tallies SET count = 9 WHERE dimension = 'identified'")
    session.lock()
    done = fieldcase(*args, stdin=PW + "\n")
    report = json.loads(done.stdout)
    assert done.returncode == 1 and not report["ok"]
    assert report["dashboard"]["first"] == [["people", "", "KH", 3, 2]]  # what case rows tell

    done = fieldcase(*args, "--full", stdin=PW + "\n")
    report = json.loads(done.stdout)
    assert done.returncode == 1 and report["dashboard"]["recount"] == "full"
    assert report["dashboard"]["differ"] == 3  # the days of identification too
