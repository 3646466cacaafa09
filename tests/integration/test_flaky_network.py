"""Laptops push envelopes through a proxy that breaks 30 % of connections: the server holds each
exactly once and every laptop converges to the same cases. ``make test``: 3 laptops x 667 (2,001);
``make reliability``: 5 laptops x 2,000 (10,000), as FIELDCASE_FLAKY_LAPTOPS and
FIELDCASE_FLAKY_PER_LAPTOP say."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from app.cases.book import CaseBook
from app.team.case_book import case_book
from app.team.keyring import Keyring
from app.team.membership import found_team
from app.team.outbox import outbox_of
from app.team.synchronise import Synchroniser
from app.workspace.folder import Workspace
from sync.errors import SyncError
from tests.conftest import CHEAP, PASSWORD
from tests.integration.fault_proxy import FaultProxy
from tests.integration.test_server_process import ServerProcess, fieldcase
from tests.integration.test_team_sync import approve_here

LAPTOPS = int(os.environ.get("FIELDCASE_FLAKY_LAPTOPS", "3"))
CASES_PER_LAPTOP = int(os.environ.get("FIELDCASE_FLAKY_PER_LAPTOP", "667"))  # 3 x 667 = 2,001


def _sync_until_quiet(laptop: CaseBook, rounds: int = 80) -> int:
    """Sync rounds until one goes through cleanly with nothing left to push; returns rounds used."""
    for used in range(1, rounds + 1):
        try:
            report = Synchroniser(laptop).sync()
        except SyncError as exc:
            assert exc.retryable, str(exc)
            continue
        if report.waiting == 0 and report.pulled == 0:
            return used
    raise AssertionError("the laptop never finished syncing")


@pytest.mark.timeout(max(600, LAPTOPS * CASES_PER_LAPTOP // 5))
def test_nothing_lost_and_nothing_doubled_through_a_bad_network(
    server: ServerProcess, tmp_path: Path
) -> None:
    proxy = FaultProxy(server.port, break_share=0.3, seed=3).start()
    url = f"http://127.0.0.1:{proxy.port}"
    laptops = []
    for index in range(LAPTOPS):
        session, _ = Workspace.create(
            tmp_path / f"l{index}", f"worker{index}", PASSWORD, cost=CHEAP
        )
        laptops.append(case_book(session))
    supervisor = laptops[0]
    found_team(supervisor, "mekong")
    for index, laptop in enumerate(laptops):
        code = fieldcase("server", "enrol-code", "--db", server.db_url, "--team", "mekong").strip()
        for _ in range(20):  # enrolment itself may meet a broken connection
            try:
                Synchroniser(laptop).enrol(url, code)
                break
            except SyncError as exc:
                assert exc.retryable, str(exc)
        extra = ["--supervisor"] if index == 0 else []
        fieldcase("server", "approve", "--db", server.db_url, "--device", laptop.device,
                  "--fingerprint", Keyring(laptop.store).fingerprint(), *extra)  # fmt: skip
        for _ in range(20 if index > 0 else 0):  # the supervisor's laptop approves it too
            try:
                approve_here(supervisor, laptop)
                break
            except SyncError as exc:
                assert exc.retryable, str(exc)
    _sync_until_quiet(supervisor)  # welcomes the two others
    for laptop in laptops[1:]:
        _sync_until_quiet(laptop)
        assert outbox_of(laptop).ready()
    for index, laptop in enumerate(laptops):
        with laptop.store.atomic():
            for n in range(CASES_PER_LAPTOP):
                laptop.open_case({"prs_First_Name": f"L{index} person {n}"}, "intake")
    for _ in range(2):  # every laptop pushes everything and pulls everyone else's
        for laptop in laptops:
            _sync_until_quiet(laptop)
    proxy.stop()
    counts = proxy.counts  # the network really was bad: about 30 % of connections broke
    assert counts.cut >= 1 and counts.cut + counts.dropped >= 3, counts

    total = LAPTOPS * CASES_PER_LAPTOP
    for laptop in laptops:
        assert laptop.count() == total
        assert outbox_of(laptop).counts()["waiting"] == 0
    ids = {r.case_id for r in laptops[0].list_cases(limit=total).rows}
    assert all(
        {r.case_id for r in laptop.list_cases(limit=total).rows} == ids for laptop in laptops[1:]
    )
    server.stop()
    with sqlite3.connect(tmp_path / "server.db") as db:
        stored = db.execute(  # the cases; not the supervisor's statements of who she approved
            "SELECT count(*), count(DISTINCT id) FROM envelopes WHERE kind != 'device_approvals'"
        ).fetchone()
    assert stored == (total, total)  # exactly once each
    from tests.reliability import record

    record(
        f"30 % of connections broken while {LAPTOPS} laptops push: stored exactly once, all "
        "converge",
        f"{total} envelopes, {counts.cut + counts.dropped} of {counts.connections} connections broken",
        "pass",
    )
    for laptop in laptops:
        laptop.session.lock()
