"""Shared fixtures. Workspaces in tests use a cheap Argon2id cost (recorded in their slots) so the
suite stays fast; the default cost is exercised by the command-line tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.keyslots import KdfCost
from app.session import Session
from app.workspace import Workspace

CHEAP = KdfCost(iterations=1, memory_kib=8192, lanes=1)
PASSWORD = "correct horse battery"


@pytest.fixture
def cheap_cost() -> KdfCost:
    return CHEAP


@pytest.fixture
def new_workspace(tmp_path: Path) -> tuple[Session, str]:
    """A fresh workspace with supervisor 'ana' (password PASSWORD); returns (session, recovery code)."""
    session, code = Workspace.create(tmp_path / "ws", "ana", PASSWORD, cost=CHEAP)
    yield session, code
    session.lock()


@pytest.fixture
def session(new_workspace: tuple[Session, str]) -> Session:
    return new_workspace[0]


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    from tests.reliability import table

    for line in table():
        terminalreporter.write_line(line)
