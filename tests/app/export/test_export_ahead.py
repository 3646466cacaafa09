"""Export rows kept ahead (``app.export.ahead``): after the keeper, an export flattens nothing and
writes the very bytes of an export of a workspace that kept nothing; a user who may not export
keeps nothing; each transaction holds one batch at most."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.export import rows as export_rows
from app.export import service
from app.export.ahead import Keeper, keep_ahead
from app.export.service import run_export
from app.interviews.case_actions import forms_declaring
from app.interviews.demo import add_demo_cases
from app.interviews.form_library import FormLibrary
from app.team.case_book import case_book
from app.team.membership import found_team
from app.team.synchronise import Synchroniser
from app.workspace.folder import Workspace
from app.workspace.roles import Role
from app.workspace.session import Session
from forms.entities import CREATE
from tests.app.form_filler import TODAY
from tests.conftest import CHEAP
from tests.conftest import PASSWORD as TEAM_PASSWORD
from tests.integration.test_server_process import ServerProcess
from tests.integration.test_team_sync import _enrol, _laptop

PASSWORD = "correct horse battery"


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Session]:
    session, _ = Workspace.create(tmp_path / "ws", "ana", PASSWORD, cost=CHEAP)
    add_demo_cases(case_book(session, today=lambda: TODAY), 20, seed=9)
    yield session
    session.lock()


def _kept(session: Session) -> int:
    return int(session.store.scalar("SELECT count(*) FROM export_rows"))


def _submissions(session: Session) -> int:
    return int(session.store.scalar("SELECT count(*) FROM submissions"))


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.name != "export-report.json"}


def _twin(session: Session, tmp_path: Path) -> Session:
    """The same workspace, copied while locked: one keeps ahead, the other keeps nothing."""
    folder = session.workspace.path
    session.lock()
    shutil.copytree(folder, tmp_path / "twin")
    return Workspace.at(tmp_path / "twin").login("ana", PASSWORD)


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json"])
def test_an_export_after_keeping_ahead_writes_the_same_bytes(
    workspace: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    ahead = Workspace.at(workspace.workspace.path)
    cold = _twin(workspace, tmp_path)
    warm = ahead.login("ana", PASSWORD)
    assert _kept(warm) == 0
    assert keep_ahead(warm) == _submissions(warm) > 0
    assert _kept(warm) == _submissions(warm)
    assert keep_ahead(warm) == 0  # nothing left to keep

    made: list[int] = []
    real = export_rows.ExportRows._make

    def counting(self: export_rows.ExportRows, form: object, ids: list[str], lines: bool) -> object:
        made.append(len(ids))
        return real(self, form, ids, lines)  # type: ignore[arg-type]

    monkeypatch.setattr(export_rows.ExportRows, "_make", counting)
    run_export(warm, format=fmt, out=tmp_path / "warm")
    assert made == []  # every row was kept ahead: the export flattened nothing
    run_export(cold, format=fmt, out=tmp_path / "cold")
    assert sum(made) == _submissions(cold)
    assert _files(tmp_path / "warm") == _files(tmp_path / "cold")
    labelled = run_export(warm, format=fmt, out=tmp_path / "warm-km", language="km")
    run_export(cold, format=fmt, out=tmp_path / "cold-km", language="km")
    assert labelled.submissions > 0
    assert _files(tmp_path / "warm-km") == _files(tmp_path / "cold-km")
    warm.lock()
    cold.lock()


def test_each_step_keeps_at_most_its_limit_in_batches(
    workspace: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_rows, "BATCH", 3)
    transactions: list[int] = []
    real = workspace.store.executemany

    def counting(sql: str, rows: list[Any]) -> object:
        rows = list(rows)
        if "export_rows" in sql:
            transactions.append(len(rows))
        return real(sql, rows)

    monkeypatch.setattr(workspace.store, "executemany", counting)
    keeper = Keeper(workspace)
    steps = []
    while kept := keeper.step(7):
        steps.append(kept)
    assert all(n <= 7 for n in steps) and sum(steps) == _submissions(workspace)
    assert max(transactions) <= 3 and sum(transactions) == _submissions(workspace)


def test_a_stale_row_is_made_again(workspace: Session) -> None:
    keep_ahead(workspace)
    workspace.store.execute("UPDATE export_rows SET shape = 'old' WHERE rowid % 2 = 0")
    stale = int(workspace.store.scalar("SELECT count(*) FROM export_rows WHERE shape = 'old'"))
    assert stale > 0
    assert keep_ahead(workspace) == stale


def test_a_social_workers_laptop_keeps_nothing(workspace: Session) -> None:
    workspace.add_user("worker", Role.SOCIAL_WORKER, "worker password", cost=CHEAP)
    folder = workspace.workspace.path
    workspace.lock()
    worker = Workspace.at(folder).login("worker", "worker password")
    assert _submissions(worker) > 0
    assert keep_ahead(worker) == 0
    assert _kept(worker) == 0
    worker.lock()


def test_a_locked_workspace_keeps_nothing(workspace: Session) -> None:
    keeper = Keeper(workspace)
    workspace.lock()
    assert keeper.step() == 0


LOGIN = ("--user", "sup", "--password-stdin")


def test_fieldcase_sync_keeps_what_arrived_ahead(server: ServerProcess, tmp_path: Path) -> None:
    """``fieldcase sync`` on a supervisor's laptop: after the round, every submission that
    arrived has its export row; the command's report is the round's, as before."""
    supervisor, worker = _laptop(tmp_path, "sup"), _laptop(tmp_path, "worker")
    found_team(supervisor, "shelter")
    _enrol(server, supervisor, "shelter", supervisor=True)
    _enrol(server, worker, "shelter", approver=supervisor)
    Synchroniser(supervisor).sync()
    Synchroniser(worker).sync()
    add_demo_cases(worker, 8, seed=2)
    Synchroniser(worker).sync()
    worker.session.lock()
    supervisor.session.lock()
    done = subprocess.run(
        [sys.executable, "-m", "app.cli", "sync", "--workspace", str(tmp_path / "sup"), *LOGIN],
        input=TEAM_PASSWORD + "\n",
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["pulled"] > 0
    session = Workspace.at(tmp_path / "sup").login("sup", TEAM_PASSWORD)
    assert _submissions(session) >= 8
    assert _kept(session) == _submissions(session)
    assert keep_ahead(session) == 0
    session.lock()


def test_an_htcds_export_reads_the_workspaces_copies_of_the_intakes(
    workspace: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The intakes are found from the stored copies of the versions submitted on, not by
    converting every shipped form: the same bytes as when every form was converted."""
    converted: list[str] = []
    real_get = FormLibrary.get

    def counted(self: FormLibrary, form_id: str, version: str | None = None) -> Any:
        converted.append(form_id)
        return real_get(self, form_id, version)

    monkeypatch.setattr(FormLibrary, "get", counted)
    run_export(workspace, format="htcds", out=tmp_path / "stored")
    assert converted == []
    monkeypatch.setattr(
        service, "intake_forms", lambda _s, lib: sorted(forms_declaring(lib, CREATE))
    )
    run_export(workspace, format="htcds", out=tmp_path / "converted")
    assert converted  # the way before: every form converted
    assert (tmp_path / "stored" / "htcds.csv").read_bytes() == (
        tmp_path / "converted" / "htcds.csv"
    ).read_bytes()
    assert len((tmp_path / "stored" / "htcds.csv").read_text("utf-8-sig").splitlines()) > 1
