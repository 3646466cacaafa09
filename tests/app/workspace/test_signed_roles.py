"""Signed roles (app/workspace/signed_roles.py): the supervisors' key in supervisors' slots only,
grants to promoted supervisors, the upgrade of a workspace from before, and what login and
``check`` refuse. The interpreter's attack itself: tests/adversary/test_role_escalation.py."""

from __future__ import annotations

import json
import secrets
import uuid
from pathlib import Path

import pytest

from app.errors import BadInput, PermissionDenied, WorkspaceDamaged
from app.workspace import audit, signed_roles
from app.workspace.folder import FORMAT, Workspace
from app.workspace.keyslots import KeyslotFile, unwrap_key, wrap_key
from app.workspace.recovery import new_recovery_code
from app.workspace.roles import Role
from app.workspace.schema import MIGRATIONS
from app.workspace.session import Session
from app.workspace.store import Store
from tests.conftest import CHEAP, PASSWORD

SOK = "sokha's password here"
VIT = "vit's password here"


def slot_length(folder: Path, name: str, kind: str = "user", secret: str = "") -> int:
    workspace = Workspace.at(folder)
    slot = KeyslotFile.read(folder / "keyslots").find(kind, name)
    assert slot is not None
    secret = secret or {"ana": PASSWORD, "sokha": SOK, "vit": VIT}.get(name, "")
    plain = unwrap_key(workspace.workspace_id, slot, secret)
    assert plain is not None
    return len(plain)


def raw_store(folder: Path) -> Store:
    """The database opened with the workspace key, as anyone who can log in can."""
    workspace = Workspace.at(folder)
    slot = KeyslotFile.read(folder / "keyslots").find("user", "vit")
    assert slot is not None
    plain = unwrap_key(workspace.workspace_id, slot, VIT)
    assert plain is not None
    return Store.open(workspace.database_path, plain[:32])


@pytest.fixture
def team(session: Session) -> Path:
    session.add_user("sokha", Role.SOCIAL_WORKER, SOK, cost=CHEAP)
    # (a social worker: an interpreter's slot holds no workspace key at all, see
    # tests/app/workspace/test_interpreter_session.py)
    session.add_user("vit", Role.SOCIAL_WORKER, VIT, cost=CHEAP)
    folder = session.workspace.path
    session.lock()
    return folder


def test_only_a_supervisors_slot_and_the_recovery_slot_hold_the_signing_key(team: Path) -> None:
    assert slot_length(team, "ana") == 96  # workspace key, user secret, supervisors' seed
    assert slot_length(team, "sokha") == 64 and slot_length(team, "vit") == 64
    assert signed_roles.pin_in_file(team) is not None
    session = Workspace.at(team).login("ana", PASSWORD)
    assert signed_roles.public_of_seed(session.secrets.seed) == signed_roles.pinned(session.store)
    assert session.check()["roles"] == {
        "signed": True,
        "public_key": signed_roles.pinned(session.store),
        "problems": [],
    }
    session.lock()
    assert not any(session.secrets.seed) and not any(session.secrets.user_secret)
    social = Workspace.at(team).login("sokha", SOK)
    assert social.secrets.seed == bytearray() and len(social.secrets.user_secret) == 32
    social.lock()


def test_a_promoted_supervisor_receives_the_key_at_next_login_and_a_demoted_one_loses_it(
    team: Path,
) -> None:
    ana = Workspace.at(team).login("ana", PASSWORD)
    ana.set_role("sokha", Role.SUPERVISOR)
    ana.lock()
    assert slot_length(team, "sokha") == 64  # ana could not write sokha's slot
    sokha = Workspace.at(team).login("sokha", SOK)
    assert sokha.role is Role.SUPERVISOR and sokha.secrets.seed
    assert slot_length(team, "sokha") == 96  # the grant, opened, moved into her own slot
    sokha.add_user("dara", Role.INTERPRETER, "dara's password here", cost=CHEAP)
    sokha.set_role("ana", Role.SOCIAL_WORKER)
    sokha.lock()
    ana = Workspace.at(team).login("ana", PASSWORD)
    assert ana.role is Role.SOCIAL_WORKER and ana.secrets.seed == bytearray()
    ana.lock()
    assert slot_length(team, "ana") == 64
    assert Workspace.at(team).sign_in("dara", "dara's password here").role is Role.INTERPRETER


def test_a_change_to_users_needs_the_key_a_new_supervisor_has_not_received_yet(
    team: Path,
) -> None:
    ana = Workspace.at(team).login("ana", PASSWORD)
    ana.set_role("vit", Role.SUPERVISOR)
    ana.store.execute("DELETE FROM roles_grants WHERE name = 'vit'")  # as if not yet given
    ana.lock()
    vit = Workspace.at(team).login("vit", VIT)
    assert vit.role is Role.SUPERVISOR
    with pytest.raises(PermissionDenied, match="supervisors' key"):
        vit.set_role("sokha", Role.SUPERVISOR)
    vit.lock()


def test_own_password_change_and_recovery_keep_what_the_slot_holds(
    new_workspace: tuple[Session, str],
) -> None:
    session, code = new_workspace
    folder = session.workspace.path
    session.set_password("ana", "a new password for ana", cost=CHEAP)
    session.lock()
    again = Workspace.at(folder).login("ana", "a new password for ana")
    assert again.secrets.seed
    again.lock()
    recovered = Workspace.at(folder).recover(code, "ana", PASSWORD)
    assert recovered.role is Role.SUPERVISOR and recovered.secrets.seed
    recovered.add_user("vit", Role.INTERPRETER, VIT, cost=CHEAP)
    recovered.lock()
    assert slot_length(folder, "ana") == 96
    assert Workspace.at(folder).sign_in("vit", VIT).role is Role.INTERPRETER


def test_a_social_worker_recovered_by_code_gets_a_signed_row_and_no_signing_key(
    new_workspace: tuple[Session, str],
) -> None:
    session, code = new_workspace
    folder = session.workspace.path
    session.add_user("sokha", Role.SOCIAL_WORKER, SOK, cost=CHEAP)
    session.disable_user("sokha")
    session.lock()
    recovered = Workspace.at(folder).recover(code, "sokha", "sokha's new password")
    assert recovered.role is Role.SOCIAL_WORKER and recovered.secrets.seed == bytearray()
    recovered.lock()
    assert slot_length(folder, "sokha", secret="sokha's new password") == 64
    again = Workspace.at(folder).login("sokha", "sokha's new password")
    assert again.role is Role.SOCIAL_WORKER
    again.lock()
    ana = Workspace.at(folder).login("ana", PASSWORD)
    assert ana.check()["roles"]["problems"] == []
    ana.lock()


def test_a_pin_file_that_differs_from_the_database_refuses_a_login(team: Path) -> None:
    signed_roles.write_pin(team, "00" * 32)
    with pytest.raises(WorkspaceDamaged, match="supervisors' key of this workspace was changed"):
        Workspace.at(team).login("vit", VIT)
    # A supervisor's slot holds the genuine key: her login pins it again.
    Workspace.at(team).login("ana", PASSWORD).lock()
    Workspace.at(team).login("vit", VIT).lock()


def test_check_finds_a_row_put_back_from_an_earlier_signed_state(team: Path) -> None:
    store = raw_store(team)
    earlier = store.query_one("SELECT * FROM users WHERE name = 'sokha'")
    store.close()
    assert earlier is not None
    ana = Workspace.at(team).login("ana", PASSWORD)
    ana.set_role("sokha", Role.INTERPRETER)
    ana.lock()
    store = raw_store(team)  # his old signed row, role and signature, put back
    store.execute(
        "UPDATE users SET role = ?, signature = ? WHERE name = 'sokha'",
        (earlier["role"], earlier["signature"]),
    )
    store.close()
    ana = Workspace.at(team).login("ana", PASSWORD)
    report = ana.check()
    ana.lock()
    assert report["ok"] is False
    assert report["roles"]["problems"] == [
        "user sokha: the row differs from the last one the audit log signed"
    ]


def legacy_workspace(folder: Path) -> None:
    """A workspace as fieldcase made it before signed roles: slots holding the workspace key
    alone, the database without migration 0020."""
    folder.mkdir()
    workspace_id = str(uuid.uuid4())
    key = bytearray(secrets.token_bytes(32))
    slots = KeyslotFile(folder / "keyslots", [])
    for name, password in (("ana", PASSWORD), ("sokha", SOK), ("vit", VIT)):
        slots.put(wrap_key(workspace_id, "user", name, password, key, CHEAP))
    slots.put(wrap_key(workspace_id, "recovery", "recovery", new_recovery_code(), key, CHEAP))
    slots.write()
    store = Store.open(folder / "workspace.db", key)
    store.migrate([m for m in MIGRATIONS if m.name != "0020_signed_roles"])
    store.execute("INSERT INTO settings (key, value) VALUES ('workspace_id', ?)", (workspace_id,))
    for name, role in (("ana", "supervisor"), ("sokha", "social_worker"), ("vit", "social_worker")):
        store.execute(
            "INSERT INTO users (name, role, created_at, created_by) VALUES (?, ?, ?, 'ana')",
            (name, role, audit.now_iso()),
        )
    audit.record(store, "ana", audit.Action.WORKSPACE_CREATE, workspace_id)
    store.close()
    meta = {"format": FORMAT, "id": workspace_id, "created_at": audit.now_iso()}
    (folder / "workspace.json").write_text(json.dumps(meta))


def test_a_workspace_from_before_is_signed_at_the_first_login_of_a_supervisor(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "old"
    legacy_workspace(folder)
    vit = Workspace.at(folder).login("vit", VIT)  # before: roles as recorded
    assert vit.role is Role.SOCIAL_WORKER
    assert signed_roles.report(vit.store, folder, vit.workspace.workspace_id) == {
        "signed": False,
        "note": "roles not yet signed by a supervisor",
        "problems": [],
    }
    vit.lock()
    assert slot_length(folder, "vit") == 64  # his own secret added at his login

    ana = Workspace.at(folder).login("ana", PASSWORD)
    assert ana.secrets.seed and slot_length(folder, "ana") == 96
    signed = ana.store.query_one("SELECT detail FROM audit WHERE action = 'roles_signed'")
    assert signed is not None
    assert signed["detail"] == "ana=supervisor, sokha=social_worker, vit=social_worker"
    assert ana.check()["ok"] is True
    ana.lock()

    store = raw_store(folder)  # the escalation, after the upgrade: refused
    store.execute("UPDATE users SET role = 'supervisor' WHERE name = 'vit'")
    store.close()
    with pytest.raises(WorkspaceDamaged, match="not signed by a supervisor"):
        Workspace.at(folder).login("vit", VIT)
    # sokha had not logged in since the upgrade: her key is taken at her first login, signed at
    # a supervisor's next one.
    Workspace.at(folder).login("sokha", SOK).lock()
    Workspace.at(folder).login("ana", PASSWORD).lock()
    sokha = Workspace.at(folder).login("sokha", SOK)
    assert sokha.store.scalar("SELECT public_key FROM users WHERE name = 'sokha'") == (
        signed_roles.public_of_user(sokha.secrets.user_secret)
    )
    sokha.lock()


def test_a_row_changed_outside_the_app_is_put_right_by_its_role_first(team: Path) -> None:
    """Enabling, disabling or setting the password of a row someone wrote would sign what he
    wrote; the supervisor is asked to set the role (which she chooses) first."""
    store = raw_store(team)
    store.execute("UPDATE users SET role = 'supervisor' WHERE name = 'sokha'")
    store.close()
    ana = Workspace.at(team).login("ana", PASSWORD)
    for change in (
        lambda: ana.disable_user("sokha"),
        lambda: ana.enable_user("sokha", "a new password here", cost=CHEAP),
        lambda: ana.set_password("sokha", "a new password here", cost=CHEAP),
    ):
        with pytest.raises(BadInput, match="the role of sokha was changed outside the app"):
            change()
    ana.set_role("sokha", Role.SOCIAL_WORKER)
    ana.disable_user("sokha")
    assert ana.check()["ok"] is True
    ana.lock()
