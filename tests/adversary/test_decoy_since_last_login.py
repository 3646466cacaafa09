"""The decoy against what changed since the last login, and against the people in the workspace
(issue 20's leftovers; docs/security.md, "The duress password").

The duress slot's profile is sealed at each login that opens the database, so whatever a
supervisor changes afterwards (a user added, a user disabled) is not in it when the laptop is
next opened under duress. The adversary, who may have seen the users dialog before, must see:

- a user added since the last login with the role they were given (a supervisor as a supervisor,
  an interpreter as an interpreter; not as a social worker), added by a supervisor after that
  login, a user disabled since as disabled, a user whose role changed since in the new role;
  and a user added since who types the duress password keeps their role;
- no real person: the decoy's database holds no name of a person in the real workspace (people
  named as the demo data's made-up people are, the names most likely to be met again), and
  after the shredding no byte of the folder does. The decoy invents no cases.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.interviews.demo_people import PEOPLE
from app.team.case_book import case_book
from app.workspace import wipe
from app.workspace.audit import Action
from app.workspace.folder import Workspace
from app.workspace.roles import Role
from app.workspace.session import Session
from tests.conftest import CHEAP, PASSWORD
from tests.reliability import record

DURESS = "under pressure 1"
PASSWORDS = {
    "ana": PASSWORD,
    "bora": "bora's own password",
    "chan": "chan's own password",
    "dara": "dara's own password",
    "vit": "vit's own password",
    "sok": "sok's own password",
}


def _real_names() -> list[str]:
    """Full names, in the person's script and romanised, built as the demo data builds them."""
    names = []
    for given, family, _, _ in PEOPLE.values():
        for (first, first_latin), (last, last_latin) in zip(given, family, strict=False):
            names += [f"{first} {last}", f"{first_latin} {last_latin}"]
    return names


@dataclass
class Seen:
    """The workspace as ana left it: the users dialog, the login list, her last login."""

    folder: Path
    users: dict[str, tuple[str, bool]]
    listed: list[str]
    last_login: str


def _users(session: Session) -> dict[str, tuple[str, bool]]:
    return {u.name: (u.role.value, u.disabled) for u in session.users()}


@pytest.fixture
def seen(tmp_path: Path) -> Iterator[Seen]:
    """ana set the duress password and logged in; then, in that session, she added dara (a
    supervisor), vit (an interpreter) and sok (a social worker), disabled bora and made chan a
    supervisor. Nobody has logged in since (a login would seal them into the profile)."""
    folder = tmp_path / "ws"
    session, _ = Workspace.create(folder, "ana", PASSWORD, cost=CHEAP)
    session.add_user("bora", Role.SOCIAL_WORKER, PASSWORDS["bora"], cost=CHEAP)
    session.add_user("chan", Role.SOCIAL_WORKER, PASSWORDS["chan"], cost=CHEAP)
    book = case_book(session)
    for name in _real_names():
        book.open_case({"prs_First_Name": name}, "intake")
    session.set_duress_password(DURESS, cost=CHEAP)
    session.lock()
    for name in ("bora", "chan"):
        Workspace.at(folder).login(name, PASSWORDS[name]).lock()
    session = Workspace.at(folder).login("ana", PASSWORD)  # the profile sealed: the last time
    session.add_user("dara", Role.SUPERVISOR, PASSWORDS["dara"], cost=CHEAP)
    session.add_user("vit", Role.INTERPRETER, PASSWORDS["vit"], cost=CHEAP)
    session.add_user("sok", Role.SOCIAL_WORKER, PASSWORDS["sok"], cost=CHEAP)
    session.disable_user("bora")
    session.set_role("chan", Role.SUPERVISOR)
    last_login = str(
        session.store.scalar(
            "SELECT max(at) FROM audit WHERE action = ? AND user = 'ana'", (Action.LOGIN,)
        )
    )
    users, listed = _users(session), Workspace.at(folder).user_names()
    session.lock()
    yield Seen(folder, users, listed, last_login)
    wipe.wait_for_shredding()


def test_users_changed_since_the_last_login_are_as_they_were_made(seen: Seen) -> None:
    decoy = Workspace.at(seen.folder).login("ana", DURESS)
    try:
        assert (
            _users(decoy)
            == seen.users
            == {
                "ana": ("supervisor", False),
                "bora": ("social_worker", True),
                "chan": ("supervisor", False),
                "dara": ("supervisor", False),
                "vit": ("interpreter", False),
                "sok": ("social_worker", False),
            }
        )
        assert Workspace.at(seen.folder).user_names() == seen.listed
        added = {
            r["object"]: (r["user"], r["at"])
            for r in decoy.store.query(
                "SELECT object, user, at FROM audit WHERE action = ?", (Action.USER_ADD,)
            )
        }
        for name in ("dara", "vit", "sok"):  # by the supervisor, after her last login here
            by, at = added[name]
            assert by == "ana" and at > seen.last_login
        created = {u.name: u.created_by for u in decoy.users()}
        assert created["dara"] == created["vit"] == created["sok"] == "ana"
        check = decoy.check()
        assert check["ok"], check
    finally:
        decoy.lock()
    record(
        "duress login: users changed since the last login",
        "a supervisor, an interpreter and a social worker added, one user disabled and one made a"
        " supervisor after the last login: the decoy lists each as the users dialog did",
        "pass",
    )


def test_a_supervisor_added_since_keeps_her_role_under_duress(seen: Seen) -> None:
    decoy = Workspace.at(seen.folder).login("dara", DURESS)
    try:
        assert decoy.user == "dara" and decoy.role is Role.SUPERVISOR
    finally:
        decoy.lock()


def test_the_decoy_holds_no_real_person(seen: Seen) -> None:
    folder, names = seen.folder, _real_names()
    decoy = Workspace.at(folder).login("ana", DURESS)
    try:
        assert case_book(decoy).count() == 0  # no case, real or invented
        tables = [
            str(r[0])
            for r in decoy.store.query("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        text = "\n".join(
            str(value)
            for table in tables
            for row in decoy.store.query(f'SELECT * FROM "{table}"')
            for value in tuple(row)
        )
    finally:
        decoy.lock()
    assert "ana" in text and [name for name in names if name in text] == []
    wipe.wait_for_shredding()
    leftovers = b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())
    assert [name for name in names if name.encode("utf-8") in leftovers] == []
    record(
        "duress login: no real person in the decoy",
        f"{len(names)} real people named as the demo's made-up people are: none in the decoy's"
        " tables, none in the folder's bytes after the shredding; the decoy has no case",
        "pass",
    )
