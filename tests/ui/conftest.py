from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.workspace import keyslots
from tests.conftest import CHEAP


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Workspaces made through the UI use a cheap Argon2id cost here; the real cost is covered by
    the command-line tests. (The cost is recorded in each slot, so logins follow it.)"""
    monkeypatch.setattr(keyslots, "DEFAULT_COST", CHEAP)
    import app.workspace.folder
    import app.workspace.session

    monkeypatch.setattr(app.workspace.folder, "DEFAULT_COST", CHEAP)
    monkeypatch.setattr(app.workspace.session, "DEFAULT_COST", CHEAP)
    monkeypatch.setattr(app.workspace.folder.Workspace.create, "__defaults__", (CHEAP,))
    yield


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, qapp: object) -> Iterator[None]:
    """Display settings (text size) go to this test's folder, never the user's; the app font is
    put back afterwards so one test's text size does not leak into the next."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QGuiApplication

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qt"))
    font = QGuiApplication.font()
    yield
    QGuiApplication.setFont(font)


@pytest.fixture
def workspace_path(tmp_path: Path) -> Path:
    return tmp_path / "workspace"


@pytest.fixture
def desktops(qtbot: object) -> Iterator[list[object]]:
    """Desktop apps a user-path test started: append each one. A test that fails half-way
    leaves menus open and work queued; this closes the menus and shuts each app down, so the
    next test starts clean (a failure stays a failure, not a crash of the whole run)."""
    from PySide6.QtWidgets import QApplication

    started: list[object] = []
    yield started
    while (popup := QApplication.activePopupWidget()) is not None:
        popup.close()
    for desktop in started:
        desktop.shutdown()  # type: ignore[attr-defined]  (a DesktopApp; twice is harmless)
