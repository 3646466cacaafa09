"""The attachment limit and the login screen's "type your name" as a supervisor's settings: read by all, changed by supervisors, audited,
and obeyed by the next file chosen; from the core and from ``fieldcase settings``."""

from __future__ import annotations

import io
import json
import math
from pathlib import Path

import pytest

from app.cli.main import main
from app.errors import BadInput, PermissionDenied
from app.workspace import login_screen
from app.workspace import settings as workspace_settings
from app.workspace.folder import Workspace
from app.workspace.roles import Role
from app.workspace.session import Session
from tests.conftest import CHEAP, PASSWORD


def _audit_details(session: Session) -> list[str]:
    return [
        str(r[0]) for r in session.store.query("SELECT detail FROM audit WHERE object = 'settings'")
    ]


def test_a_supervisor_changes_the_limit_and_it_is_audited(session: Session) -> None:
    assert workspace_settings.current(session) == workspace_settings.WorkspaceSettings(20, True)
    changed = workspace_settings.set_attachment_limit(session, 5)
    assert changed == workspace_settings.WorkspaceSettings(5, False)
    assert workspace_settings.attachment_limit_bytes(session.store) == 5_000_000
    assert _audit_details(session) == ["attachment_max_mb=5 (was 20)"]
    for bad in (0.5, 61, math.nan, math.inf):
        with pytest.raises(BadInput, match="between 1 and 60"):
            workspace_settings.set_attachment_limit(session, bad)
    assert workspace_settings.current(session).attachment_limit_mb == 5
    assert len(_audit_details(session)) == 1


def test_others_read_the_limit_but_cannot_change_it(session: Session) -> None:
    session.add_user("sw", Role.SOCIAL_WORKER, "worker password 1", cost=CHEAP)
    worker = Workspace.at(session.workspace.path).login("sw", "worker password 1")
    try:
        assert workspace_settings.current(worker).attachment_limit_mb == 20
        with pytest.raises(PermissionDenied):
            workspace_settings.set_attachment_limit(worker, 30)
    finally:
        worker.lock()
    assert workspace_settings.current(session).attachment_limit_is_default


def test_a_supervisor_has_the_login_screen_ask_for_names(session: Session) -> None:
    folder = session.workspace.path
    assert not workspace_settings.current(session).login_asks_name  # made without the choice
    assert not login_screen.asks_name(folder)
    assert workspace_settings.set_login_asks_name(session, True).login_asks_name
    assert login_screen.asks_name(folder)  # readable before any password
    workspace_settings.set_login_asks_name(session, True)  # unchanged: not audited again
    workspace_settings.set_login_asks_name(session, False)
    assert not login_screen.asks_name(folder)
    assert _audit_details(session) == ["login_asks_name=1 (was 0)", "login_asks_name=0 (was 1)"]
    session.add_user("sw", Role.SOCIAL_WORKER, "worker password 1", cost=CHEAP)
    worker = Workspace.at(folder).login("sw", "worker password 1")
    try:
        with pytest.raises(PermissionDenied):
            workspace_settings.set_login_asks_name(worker, True)
    finally:
        worker.lock()
    assert not login_screen.asks_name(folder)


def test_the_login_screen_file_holds_one_choice_and_a_damaged_one_lists_users(
    tmp_path: Path,
) -> None:
    session, _ = Workspace.create(
        tmp_path / "ws", "ana", PASSWORD, cost=CHEAP, login_asks_name=True
    )
    session.lock()
    path = tmp_path / "ws" / login_screen.FILE
    assert json.loads(path.read_text("utf-8")) == {"ask_name": True}  # nothing else, no names
    path.write_text("{not json", "utf-8")
    assert not login_screen.asks_name(tmp_path / "ws")


def test_a_duress_login_keeps_the_login_screen_as_it_was(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    session, _ = Workspace.create(folder, "ana", PASSWORD, cost=CHEAP, login_asks_name=True)
    session.set_duress_password("duress password 1", cost=CHEAP)
    session.lock()
    Workspace.at(folder).login("ana", "duress password 1").lock()
    assert login_screen.asks_name(folder)  # an empty workspace behind the same login screen


def _run(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    *args: str,
    stdin: str = PASSWORD + "\n",
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_settings_command(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "ws"
    session, _ = Workspace.create(folder, "ana", PASSWORD, cost=CHEAP)
    session.add_user("sw", Role.SOCIAL_WORKER, "worker password 1", cost=CHEAP)
    session.lock()
    who = ["--workspace", str(folder), "--user", "ana", "--password-stdin"]
    code, out, _ = _run(capsys, monkeypatch, "settings", "attachment-limit", *who)
    assert (code, out) == (0, "The attachment limit is 20 MB.\n")
    code, out, _ = _run(capsys, monkeypatch, "settings", "attachment-limit", *who, "--mb", "12.5")
    assert (code, out) == (0, "The attachment limit is now 12.5 MB.\n")
    code, out, _ = _run(capsys, monkeypatch, "settings", "show", *who, "--json")
    assert json.loads(out) == {
        "attachment_limit_mb": 12.5,
        "attachment_limit_is_default": False,
        "login_asks_name": False,
    }
    code, out, _ = _run(capsys, monkeypatch, "settings", "show", *who)
    assert out == "attachment-limit\t12.5 MB\n"

    code, _, err = _run(capsys, monkeypatch, "settings", "attachment-limit", *who, "--mb", "99")
    assert code == 2 and err == "fieldcase: --mb is between 1 and 60\n"
    worker = ["--workspace", str(folder), "--user", "sw", "--password-stdin"]
    code, _, err = _run(
        capsys, monkeypatch, "settings", "attachment-limit", *worker, "--mb", "40",
        stdin="worker password 1\n",
    )  # fmt: skip
    assert code != 0 and err.startswith("fieldcase: ") and err.count("\n") == 1
    code, _, err = _run(capsys, monkeypatch, "settings", "attachment-limit", *who, stdin="nope\n")
    assert code == 3
    code, _, err = _run(capsys, monkeypatch, "settings")
    assert code == 2

    again = Workspace.at(folder).login("ana", PASSWORD)
    try:
        assert workspace_settings.attachment_limit_bytes(again.store) == 12_500_000
        assert _audit_details(again) == ["attachment_max_mb=12.5 (was 20)"]
    finally:
        again.lock()
