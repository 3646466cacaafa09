"""Shared fixtures. Workspaces in tests use a cheap Argon2id cost (recorded in their slots) so the
suite stays fast; the default cost is exercised by the command-line tests."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.workspace.folder import Workspace
from app.workspace.keyslots import KdfCost
from app.workspace.session import Session

if TYPE_CHECKING:
    from tests.integration.test_server_process import ServerProcess

CHEAP = KdfCost(iterations=1, memory_kib=8192, lanes=1)
PASSWORD = "correct horse battery"


@pytest.fixture
def cheap_cost() -> KdfCost:
    return CHEAP


@pytest.fixture
def new_workspace(tmp_path: Path) -> Iterator[tuple[Session, str]]:
    """A fresh workspace with supervisor 'ana' (password PASSWORD); returns (session, recovery code)."""
    session, code = Workspace.create(tmp_path / "ws", "ana", PASSWORD, cost=CHEAP)
    yield session, code
    session.lock()


@pytest.fixture
def session(new_workspace: tuple[Session, str]) -> Session:
    return new_workspace[0]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProcess]:
    """A real sync server process on loopback over a SQLite file in the test's folder (tests that
    run it on PostgreSQL too define their own)."""
    from tests.integration.test_server_process import ServerProcess

    process = ServerProcess(f"sqlite:///{tmp_path / 'server.db'}", tmp_path / "server.log")
    process.start()
    yield process
    process.stop()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """A proof test that fails is named in the reliability table (tests/reliability.py)."""
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    if report.failed and report.when in ("setup", "call"):
        from tests import reliability

        if reliability.is_proof(getattr(item, "function", None)):
            crash = getattr(report.longrepr, "reprcrash", None)
            reliability.failed(item.nodeid, crash.message if crash else str(report.longrepr))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    from tests.reliability import table

    for line in table():
        terminalreporter.write_line(line)
