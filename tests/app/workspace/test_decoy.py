"""The duress decoy's profile and the shredding of the old database (app/workspace/decoy.py,
app/workspace/duress_profile.py).

- the profile follows the workspace: a user added after the duress password was set is in the
  decoy with their role once anyone has logged in since;
- it has one size whatever the number of users (the slot's length tells nothing), and a
  workspace of very many users keeps the most recently seen;
- removing the duress password drops the key the profile was sealed under;
- a duress slot of an earlier version (32 random bytes) still wipes and opens a decoy of the same
  names;
- the old database's bytes are overwritten where they lay (read through a descriptor held
  across the duress login), after the login returned.
"""

from __future__ import annotations

import os
import random
import secrets
from pathlib import Path
from typing import Any

from app.workspace import decoy, duress_profile, wipe
from app.workspace.folder import Workspace
from app.workspace.interpreter_session import InterpreterSession
from app.workspace.keyslots import wrap_key
from app.workspace.roles import Role
from app.workspace.session import Session
from tests.conftest import CHEAP, PASSWORD

DURESS = "under pressure 1"


def _roles(session: Session) -> dict[str, str]:
    return {u.name: u.role.value for u in session.users()}


def test_a_user_added_after_the_duress_password_is_in_the_decoy(session: Session) -> None:
    folder = session.workspace.path
    session.set_duress_password(DURESS, cost=CHEAP)
    session.add_user("dara", Role.SUPERVISOR, "dara's password 1", cost=CHEAP)
    session.add_user("vit", Role.SOCIAL_WORKER, "vit's password 1", cost=CHEAP)
    before = _roles(session)
    session.lock()
    Workspace.at(folder).login("dara", "dara's password 1").lock()  # any login refreshes it
    opened = Workspace.at(folder).login("dara", DURESS)
    try:
        assert opened.role is Role.SUPERVISOR
        assert (
            _roles(opened)
            == before
            == {
                "ana": "supervisor",
                "dara": "supervisor",
                "vit": "social_worker",
            }
        )
    finally:
        opened.lock()
        wipe.wait_for_shredding()


def test_the_profile_has_one_size_and_keeps_the_most_recently_seen() -> None:
    rng = random.Random(20)
    users: list[list[Any]] = [
        [
            f"{rng.randbytes(5).hex()} {i}",  # names as varied as real ones: no compression gain
            rng.choice(["social_worker", "supervisor", "interpreter"]),
            0,
            f"2026-01-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00.{rng.randint(0, 999):03d}Z",
            "ana",
            f"2026-02-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00.{rng.randint(0, 999):03d}Z",
            rng.randint(1, 400),
        ]
        for i in range(60)
    ]
    small = duress_profile.Profile(users[:2], {"idle_lock_minutes": "10"}).to_plaintext()
    large = duress_profile.Profile(users, {"idle_lock_minutes": "10"}).to_plaintext()
    assert len(small) == len(large) == duress_profile.PROFILE_BYTES
    kept = duress_profile.Profile.from_plaintext(large)
    assert kept is not None and 0 < len(kept.users) < 60
    newest = max(users, key=lambda u: (u[5], u[0]))
    assert newest in kept.users
    dropped = [u for u in users if u not in kept.users]
    assert max(u[5] for u in dropped) <= min(u[5] for u in kept.users)
    # it says so: a user it does not name may be an old one, not one added since
    assert kept.truncated
    whole = duress_profile.Profile.from_plaintext(small)
    assert whole is not None and not whole.truncated


def test_removing_the_duress_password_drops_its_key(session: Session) -> None:
    session.set_duress_password(DURESS, cost=CHEAP)
    kept = "SELECT count(*) FROM settings WHERE key = ?"
    assert session.store.scalar(kept, (duress_profile.KEK_SETTING,)) == 1
    session.remove_duress_password()
    assert session.store.scalar(kept, (duress_profile.KEK_SETTING,)) == 0


def test_a_duress_slot_of_an_earlier_version_still_opens_a_decoy(session: Session) -> None:
    folder = session.workspace.path
    session.add_user("bora", Role.SOCIAL_WORKER, "bora's password 1", cost=CHEAP)
    slots = session.workspace.keyslots()
    workspace_id = session.workspace.workspace_id
    slots.put(wrap_key(workspace_id, "duress", "duress", DURESS, secrets.token_bytes(32), CHEAP))
    slots.write()  # as the earlier version set it: a random value, no key kept
    session.lock()
    opened = Workspace.at(folder).login("bora", DURESS)
    try:
        assert Workspace.at(folder).user_names() == ["ana", "bora"]
        assert opened.role is Role.SUPERVISOR  # what that version made of the one who typed it
        assert opened.check()["ok"]
    finally:
        opened.lock()
        wipe.wait_for_shredding()


def test_the_old_database_is_overwritten_where_it_lay(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    session, _ = Workspace.create(folder, "ana", PASSWORD, cost=CHEAP)
    session.set_duress_password(DURESS, cost=CHEAP)
    session.lock()
    database = folder / "workspace.db"
    before = database.read_bytes()
    held = os.open(database, os.O_RDONLY)  # the inode, as a seizer's tool would reach its blocks
    try:
        Workspace.at(folder).login("ana", DURESS).lock()
        wipe.wait_for_shredding()
        after = os.pread(held, len(before), 0)
    finally:
        os.close(held)
    assert len(after) == len(before)
    pages = {before[i : i + 4096] for i in range(0, len(before), 4096)}
    assert not any(after[i : i + 4096] in pages for i in range(0, len(after), 4096))
    assert database.read_bytes()[:4096] not in pages  # the decoy's database is another file


def test_an_interpreter_typing_it_is_an_interpreter_of_the_decoy(session: Session) -> None:
    folder = session.workspace.path
    session.add_user("vit", Role.INTERPRETER, "vit's password 1", cost=CHEAP)
    session.set_duress_password(DURESS, cost=CHEAP)
    session.lock()
    opened = Workspace.at(folder).sign_in("vit", DURESS)
    try:
        assert isinstance(opened, InterpreterSession) and opened.user == "vit"
    finally:
        opened.lock()
    assert not decoy._BUILT  # no database session to wait for: the shredding has begun
    wipe.wait_for_shredding()
    opened = Workspace.at(folder).sign_in("vit", DURESS)  # and again, as any login
    opened.lock()
    assert isinstance(opened, InterpreterSession)
