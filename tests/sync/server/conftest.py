"""Fixtures for the server tests: a fresh server database per test, on SQLite (a temporary file)
and on PostgreSQL (its own schema, dropped afterwards) when ``FIELDCASE_TEST_PG_URL`` is set."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from sync.server.api import create_app
from sync.server.database import Database, open_database
from tests.sync.server.kit import PG_ENV, PG_SKIP, PgSchema


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.db'}"
        return
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(PG_SKIP)
    with PgSchema(base) as url:
        yield url


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def client(db_url: str) -> Iterator[TestClient]:
    app = create_app(db_url)
    with TestClient(app, headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)}) as test_client:
        yield test_client
