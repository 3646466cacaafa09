"""A team's server updated from any earlier schema revision keeps every envelope, its place in the
sequence and every device, and its laptops go on syncing with nothing lost and nothing applied
twice.

A real server process over HTTP on a SQLite file (and PostgreSQL where ``FIELDCASE_TEST_PG_URL``
is set, as CI sets it): a supervisor's laptop and two field laptops enrol and sync intakes; the
server is stopped and its database taken back to revision k with the migrations' own downgrades
(what a server of that revision held: the tables it had, with the team's real rows); the server
started again upgrades it to today's revision on its own, and the laptops sync on.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, text

from app.cases.book import CaseBook
from app.team.membership import found_team
from app.team.synchronise import Synchroniser
from sync.server.database import MIGRATIONS, make_engine
from tests.integration.test_server_process import ServerProcess
from tests.integration.test_team_sync import _enrol, _laptop

REVISIONS = sorted(p.name[:4] for p in (MIGRATIONS / "versions").glob("0*.py"))
EARLIER = REVISIONS[:-1]
PG_URL = os.environ.get("FIELDCASE_TEST_PG_URL")


def _cases(book: CaseBook) -> set[str]:
    return {str(row[0]) for row in book.store.query("SELECT case_id FROM cases")}


def _envelopes(url: str) -> dict[str, int]:
    engine = make_engine(url)
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT id, seq FROM envelopes")).all()
    engine.dispose()
    return {str(row[0]): int(row[1]) for row in rows}


def _take_back(url: str, revision: str) -> None:
    engine = make_engine(url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
        connection.commit()
        found = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    engine.dispose()
    assert found == revision


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.db'}"
        return
    if not PG_URL:
        pytest.skip("PostgreSQL tests skipped: set FIELDCASE_TEST_PG_URL (.ci/run sets it)")
    name = f"fc_rev_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    base = PG_URL.split("?")[0].rsplit("/", 1)[0]
    query = "?" + PG_URL.split("?", 1)[1] if "?" in PG_URL else ""
    yield f"{base}/{name}{query}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.mark.parametrize("revision", EARLIER)
def test_a_server_from_an_earlier_revision_keeps_everything_after_its_update(
    revision: str, database: str, tmp_path: Path
) -> None:
    server = ServerProcess(database, tmp_path / "server.log")
    server.start()
    supervisor, first, second = (_laptop(tmp_path, n) for n in ("sup", "first", "second"))
    try:
        found_team(supervisor, "mekong-shelter")
        _enrol(server, supervisor, "mekong-shelter", supervisor=True)
        for laptop in (first, second):
            _enrol(server, laptop, "mekong-shelter", approver=supervisor)
        Synchroniser(supervisor).sync()
        for laptop in (first, second):
            Synchroniser(laptop).sync()
        before = {first.open_case({"prs_First_Name": f"Sokha {i}"}, "intake") for i in range(4)}
        assert Synchroniser(first).sync().pushed == 4
        assert Synchroniser(second).sync().pulled == 4
        server.stop()

        held = _envelopes(database)
        _take_back(database, revision)
        assert _envelopes(database) == held  # what a server of that revision held

        server.start()  # today's server: upgrades the database on its own
        assert _envelopes(database) == held  # every envelope, at its place in the sequence
        after = {first.open_case({"prs_First_Name": f"Dara {i}"}, "intake") for i in range(2)}
        report = Synchroniser(first).sync()
        assert report.pushed + report.pull_duplicates >= 2 and report.pull_refused == []
        report = Synchroniser(second).sync()
        assert report.pull_refused == []
        assert before | after <= _cases(second)
        assert Synchroniser(supervisor).sync().pull_refused == []
        assert before | after <= _cases(supervisor)
        # Nothing twice: one event log entry per event, one envelope per id on the server.
        for book in (supervisor, second):
            doubled = book.store.scalar("SELECT count(*) - count(DISTINCT id) FROM case_events")
            assert doubled == 0
        now = _envelopes(database)
        assert {k: now[k] for k in held} == held and len(now) >= len(held) + 2
    finally:
        server.stop()
        for book in (supervisor, first, second):
            if not book.session.is_locked:
                book.session.lock()
