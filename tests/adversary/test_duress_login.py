"""A duress login nobody can tell from a login (issue 20).

The adversary watches a person log in under pressure, and may have seen the laptop before. What
must hold:

- **the same work on every path**: a right password, a wrong one, an unknown name and the duress
  password each run the same Argon2id evaluations at the same costs (counted with a wrapper
  around the real Argon2id, never timed; bench/login.py measures the time), with or without a
  duress password set, and a duress login evaluates nothing more while it builds the decoy;
- **a lived-in decoy**: the login screen lists the same users, ``workspace.json`` is the same
  file, the typing user keeps their role, the users dialog shows the same names and roles, the
  audit log holds the users' additions and their logins at the times they happened (no
  "workspace created now"), the workspace settings are as they were, and ``check`` says ok;
- **the real data is gone**: the old database's key opens nothing, its marker is nowhere in the
  folder, the other users' real passwords fail with the message a wrong password gives, and
  the recovery code fails as a wrong code does.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.kdf import argon2

from app.errors import WorkspaceDamaged, WrongCredentials
from app.team.case_book import case_book
from app.workspace import login_screen, settings, wipe
from app.workspace.audit import Action
from app.workspace.folder import AUTH_STATE, Workspace
from app.workspace.roles import Role
from app.workspace.session import Session
from app.workspace.store import Store
from tests.conftest import CHEAP, PASSWORD
from tests.reliability import record

DURESS = "under pressure 1"
MARKER = "ដារ៉ា សុខ duress-marker"
USERS = {"ana": PASSWORD, "bora": "bora's own password", "chan": "chan's own password"}


@dataclass
class Derivations:
    """Every Argon2id evaluation made, as (iterations, memory, lanes)."""

    calls: list[tuple[int, int, int]]


@pytest.fixture
def derivations(monkeypatch: pytest.MonkeyPatch) -> Derivations:
    real = argon2.Argon2id
    seen = Derivations([])

    class Counting:
        def __init__(self, **params: Any) -> None:
            self._params = params
            self._real = real(**params)

        def derive(self, data: bytes) -> bytes:
            p = self._params
            seen.calls.append((p["iterations"], p["memory_cost"], p["lanes"]))
            return self._real.derive(data)

    monkeypatch.setattr(argon2, "Argon2id", Counting)
    return seen


def _workspace(folder: Path, duress: bool = True) -> Path:
    session, _ = Workspace.create(folder, "ana", PASSWORD, cost=CHEAP, login_asks_name=True)
    session.add_user("bora", Role.SOCIAL_WORKER, USERS["bora"], cost=CHEAP)
    session.add_user("chan", Role.SUPERVISOR, USERS["chan"], cost=CHEAP)
    session.set_idle_lock_minutes(25)
    settings.set_attachment_limit(session, 7)
    case_book(session).open_case({"prs_First_Name": MARKER}, "intake")
    if duress:
        session.set_duress_password(DURESS, cost=CHEAP)
    session.lock()
    for name in ("bora", "chan", "ana"):  # each has logged in since
        Workspace.at(folder).login(name, USERS[name]).lock()
    return folder


def _login_counted(derivations: Derivations, folder: Path, user: str, password: str) -> str:
    derivations.calls.clear()
    (folder / AUTH_STATE).unlink(missing_ok=True)
    try:
        Workspace.at(folder).login(user, password).lock()
        outcome = "opened"
    except WrongCredentials as exc:
        outcome = str(exc)
    return outcome


def test_every_path_runs_the_same_argon2id_evaluations(
    tmp_path: Path, derivations: Derivations
) -> None:
    counts: dict[str, list[tuple[int, int, int]]] = {}
    for duress_set in (True, False):
        folder = _workspace(tmp_path / f"ws-{duress_set}", duress=duress_set)
        paths = {
            "right password": ("bora", USERS["bora"]),
            "wrong password": ("bora", "a wrong guess"),
            "unknown name": ("nobody", "a wrong guess"),
        }
        for label, (user, password) in paths.items():
            _login_counted(derivations, folder, user, password)
            counts[f"{label}, duress {'set' if duress_set else 'not set'}"] = list(
                derivations.calls
            )
    for typed_as in ("bora", "ana", "nobody"):  # a fresh workspace for each duress login
        folder = _workspace(tmp_path / f"duress-{typed_as}")
        assert _login_counted(derivations, folder, typed_as, DURESS) == "opened"
        counts[f"duress typed as {typed_as}"] = list(derivations.calls)
        wipe.wait_for_shredding()
    first = next(iter(counts.values()))
    assert len(first) == 2 and first == [(1, 8192, 1)] * 2  # the user's slot and the duress slot
    for label, calls in counts.items():
        assert calls == first, f"{label}: {calls} evaluations, a right password {first}"
    record(
        "duress login: Argon2id evaluations per path",
        f"{len(first)} at the slots' costs on each of {len(counts)} paths (right, wrong, unknown"
        " name, with and without a duress password; duress typed as 2 users and an unknown name)",
        "pass",
    )


@dataclass
class Snapshot:
    listed: list[str]
    asks_name: bool
    meta: bytes
    users: list[tuple[str, str, bool, str, str | None]]
    logins: dict[str, str]
    settings: tuple[int, float]


def _snapshot(folder: Path, supervisor: Session) -> Snapshot:
    logins: dict[str, str] = {}
    for row in supervisor.store.query(
        "SELECT user, max(at) AS last FROM audit WHERE action = ? GROUP BY user", (Action.LOGIN,)
    ):
        logins[row["user"]] = row["last"]
    return Snapshot(
        Workspace.at(folder).user_names(),
        login_screen.asks_name(folder),
        (folder / "workspace.json").read_bytes(),
        [
            (u.name, u.role.value, u.disabled, u.created_at, u.created_by)
            for u in supervisor.users()
        ],
        logins,
        (supervisor.idle_lock_minutes(), settings.current(supervisor).attachment_limit_mb),
    )


@pytest.fixture
def forced(tmp_path: Path) -> Iterator[tuple[Path, Snapshot, bytearray]]:
    """A workspace as the adversary saw it before, then chan (a supervisor) forced to log in,
    typing the duress password."""
    folder = _workspace(tmp_path / "ws")
    before_session = Workspace.at(folder).login("chan", USERS["chan"])
    before = _snapshot(folder, before_session)
    old_key = bytearray(before_session._key)
    before_session.lock()
    yield folder, before, old_key
    wipe.wait_for_shredding()


def test_the_decoy_looks_as_the_workspace_did(
    forced: tuple[Path, Snapshot, bytearray],
) -> None:
    folder, before, _ = forced
    decoy = Workspace.at(folder).login("chan", DURESS)
    try:
        after = _snapshot(folder, decoy)
        assert decoy.user == "chan" and decoy.role is Role.SUPERVISOR  # her role kept
        assert after.listed == before.listed == ["ana", "bora", "chan"]
        assert after.asks_name == before.asks_name
        assert after.meta == before.meta  # the same id and created_at: the same file
        assert after.users == before.users  # names, roles, who made them and when
        assert after.settings == before.settings == (25, 7.0)
        for name in ("ana", "bora"):  # their last logins where they were
            assert after.logins[name] == before.logins[name]
        assert after.logins["chan"] > before.logins["chan"]  # and this one
        created = json.loads(before.meta)["created_at"]
        made = decoy.store.query_one(
            "SELECT at FROM audit WHERE action = ?", (Action.WORKSPACE_CREATE,)
        )
        assert made is not None and made["at"] == created  # not "created now"
        added = {
            r["object"]
            for r in decoy.store.query(
                "SELECT object FROM audit WHERE action = ?", (Action.USER_ADD,)
            )
        }
        assert added == {"bora", "chan"}
        check = decoy.check()
        assert check["ok"], check
        assert check["workspace_id"] == json.loads(before.meta)["id"]
        assert case_book(decoy).count() == 0
        # never enrolled: nothing to sync, no team key
        assert decoy.store.scalar("SELECT value FROM settings WHERE key = 'team'") is None
    finally:
        decoy.lock()
    record(
        "duress login: the decoy against a snapshot taken before",
        "login list, workspace.json, users and roles, last logins, settings as before;"
        " the typing supervisor keeps her role; check ok",
        "pass",
    )


def test_the_real_workspace_is_gone_and_its_secrets_fail_as_wrong_ones(
    forced: tuple[Path, Snapshot, bytearray],
) -> None:
    folder, _, old_key = forced
    wrong_message = ""
    try:
        Workspace.at(folder).login("bora", "a wrong guess")
    except WrongCredentials as exc:
        wrong_message = str(exc)
    Workspace.at(folder).login("chan", DURESS).lock()
    wipe.wait_for_shredding()
    for name in ("ana", "bora", "chan"):  # their real passwords: a wrong password's message
        with pytest.raises(WrongCredentials) as refused:
            Workspace.at(folder).login(name, USERS[name])
        assert str(refused.value) == wrong_message
    leftovers = b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())
    assert MARKER.encode("utf-8") not in leftovers
    with pytest.raises(WorkspaceDamaged):  # the old key opens nothing there
        Store.open(folder / "workspace.db", old_key).query("SELECT * FROM users")


def test_the_recovery_code_fails_as_a_wrong_code(tmp_path: Path) -> None:
    session, code = Workspace.create(tmp_path / "ws", "ana", PASSWORD, cost=CHEAP)
    session.set_duress_password(DURESS, cost=CHEAP)
    session.lock()
    folder = tmp_path / "ws"
    Workspace.at(folder).login("ana", DURESS).lock()
    wipe.wait_for_shredding()
    with pytest.raises(WrongCredentials, match="recovery code does not open"):
        Workspace.at(folder).recover(code, "ana", "a new password 1")
