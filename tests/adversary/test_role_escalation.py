"""The user who can run code (issue 20, item 1), re-run.

The issue's attacker was an interpreter; an interpreter's slot now holds no workspace key at all
(tests/adversary/test_keyless_interpreter.py), so here he is a social worker, who holds it. He
logs in with his own password, unwraps his keyslot with the public functions, opens the
SQLCipher database with the workspace key and makes himself a supervisor, as the issue's script
did. Now his next login is refused with one line, audited, ``fieldcase check`` names his row, and
nothing genuine is lost: the other users, the cases, the supervisor's work all stay.

Then the stronger attack the design admits (docs/security.md, "Signed roles"): he replaces the
supervisors' public key with one of his own (database and file) and signs every row himself. His
own login then passes, but the next login of a genuine supervisor finds her key is not the one
pinned, puts hers back, and from then on his rows fail: refused at login, listed by ``check``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.errors import WorkspaceDamaged
from app.workspace import signed_roles
from app.workspace.folder import Workspace
from app.workspace.keyslots import KeyslotFile, unwrap_key
from app.workspace.roles import Role
from app.workspace.store import Store
from tests.conftest import CHEAP
from tests.reliability import record

ANA = "ana's supervisor password"
SOK = "sokha's social worker password"
VIT = "vit's social worker password"


def fieldcase(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
    )


def check(folder: Path) -> tuple[int, dict[str, object]]:
    result = fieldcase(
        "check", "--workspace", str(folder), "--user", "ana", "--password-stdin", stdin=ANA + "\n"
    )
    return result.returncode, json.loads(result.stdout)


@pytest.fixture
def shelter(tmp_path: Path) -> Path:
    """A supervisor, two social workers (vit is the attacker) and three cases."""
    folder = tmp_path / "ws"
    session, _ = Workspace.create(folder, "ana", ANA, cost=CHEAP)
    session.add_user("sokha", Role.SOCIAL_WORKER, SOK, cost=CHEAP)
    session.add_user("vit", Role.SOCIAL_WORKER, VIT, cost=CHEAP)
    session.lock()
    result = fieldcase(
        "demo", "--workspace", str(folder), "--user", "ana", "--password-stdin", "--cases", "3",
        stdin=ANA + "\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return folder


def open_as_vit(folder: Path) -> Store:
    """The issue's script: his password, the public keyslot functions, Store.open."""
    workspace = Workspace.at(folder)
    slot = KeyslotFile.read(folder / "keyslots").find("user", "vit")
    assert slot is not None
    plain = unwrap_key(workspace.workspace_id, slot, VIT)
    assert plain is not None
    return Store.open(workspace.database_path, plain[:32])


def genuine_state(folder: Path) -> tuple[list[tuple[str, str]], int]:
    store = open_as_vit(folder)
    try:
        users = [(r["name"], r["role"]) for r in store.query("SELECT name, role FROM users")]
        return sorted(users), int(store.scalar("SELECT count(*) FROM cases"))
    finally:
        store.close()


def test_a_social_worker_who_writes_himself_supervisor_is_refused_and_check_names_him(
    shelter: Path,
) -> None:
    session = Workspace.at(shelter).login("vit", VIT)
    assert session.role is Role.SOCIAL_WORKER
    session.lock()
    users_before, cases_before = genuine_state(shelter)
    assert cases_before == 3

    store = open_as_vit(shelter)
    store.execute("UPDATE users SET role = 'supervisor' WHERE name = 'vit'")
    store.close()

    with pytest.raises(WorkspaceDamaged, match="the role of vit was not signed by a supervisor"):
        Workspace.at(shelter).login("vit", VIT)
    refused = fieldcase(
        "export", "--workspace", str(shelter), "--user", "vit", "--password-stdin",
        "--format", "csv", "--out", str(shelter.parent / "out"), stdin=VIT + "\n",
    )  # fmt: skip
    assert refused.returncode == 1
    assert refused.stderr.strip().splitlines() == [
        "fieldcase: the role of vit was not signed by a supervisor (changed outside the app):"
        " a supervisor must check this workspace"
    ]
    assert not (shelter.parent / "out").exists()

    code, report = check(shelter)
    assert code == 1 and report["ok"] is False
    roles = report["roles"]
    assert isinstance(roles, dict)
    assert roles["problems"] == ["user vit: role supervisor is not signed by a supervisor"]
    assert report["audit"] == {"ok": True, "rows": report["audit"]["rows"], "first_broken": None,  # type: ignore[index]
                               "reason": None}  # fmt: skip

    # Nothing genuine lost: the supervisor and the social worker work as before, the cases stay.
    ana = Workspace.at(shelter).login("ana", ANA)
    refusals = ana.store.query("SELECT user, detail FROM audit WHERE action = 'login_refused'")
    assert [r["user"] for r in refusals] == ["vit", "vit"]
    assert {(u.name, u.role) for u in ana.users()} == {
        ("ana", Role.SUPERVISOR),
        ("sokha", Role.SOCIAL_WORKER),
        ("vit", Role.SUPERVISOR),  # as he wrote it: shown to the supervisor, refused at login
    }
    assert [u.name for u in ana.users() if not u.signed] == ["vit"]  # `fieldcase user list`
    ana.set_role("vit", Role.SOCIAL_WORKER)  # the supervisor puts it right, signed
    assert all(u.signed for u in ana.users())
    ana.lock()
    assert Workspace.at(shelter).login("sokha", SOK).role is Role.SOCIAL_WORKER
    assert Workspace.at(shelter).login("vit", VIT).role is Role.SOCIAL_WORKER
    code, report = check(shelter)
    assert code == 0 and report["ok"] is True
    users_after, cases_after = genuine_state(shelter)
    assert (users_after, cases_after) == (users_before, cases_before)
    record(
        "social worker writes himself supervisor: login refused, check names the row",
        f"2 of 2 logins refused, 1 row named, {cases_after} of {cases_before} cases and"
        f" {len(users_after)} users kept",
        "pass",
    )


def test_a_social_worker_who_replaces_the_supervisors_key_is_found_at_her_next_login(
    shelter: Path,
) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    workspace_id = Workspace.at(shelter).workspace_id
    own = Ed25519PrivateKey.generate()
    own_public = own.public_key().public_bytes_raw().hex()
    store = open_as_vit(shelter)
    store.execute("UPDATE users SET role = 'supervisor' WHERE name = 'vit'")
    store.execute("UPDATE settings SET value = ? WHERE key = 'roles_public_key'", (own_public,))
    for row in store.query("SELECT * FROM users"):
        signature = own.sign(signed_roles.canonical(workspace_id, row)).hex()
        store.execute("UPDATE users SET signature = ? WHERE name = ?", (signature, row["name"]))
    store.close()
    signed_roles.write_pin(shelter, own_public)

    # His own login passes: nothing on this laptop he cannot write says otherwise.
    assert Workspace.at(shelter).login("vit", VIT).role is Role.SUPERVISOR

    # The supervisor's slot holds the genuine key: her login puts it back.
    ana = Workspace.at(shelter).login("ana", ANA)
    assert ana.role is Role.SUPERVISOR
    assert signed_roles.pinned(ana.store) != own_public
    assert signed_roles.pin_in_file(shelter) == signed_roles.pinned(ana.store)
    ana.lock()
    with pytest.raises(WorkspaceDamaged, match="the role of vit was not signed by a supervisor"):
        Workspace.at(shelter).login("vit", VIT)
    code, report = check(shelter)
    assert code == 1
    assert report["roles"]["problems"] == [  # type: ignore[index]
        "user sokha: role social_worker is not signed by a supervisor",
        "user vit: role supervisor is not signed by a supervisor",
    ]
    _, cases = genuine_state(shelter)
    assert cases == 3


def test_a_social_worker_cannot_lock_the_supervisor_out_by_writing_her_row(shelter: Path) -> None:
    store = open_as_vit(shelter)
    store.execute("UPDATE users SET role = 'interpreter', disabled = 1 WHERE name = 'ana'")
    store.close()
    # Her slot holds the supervisors' key: she is a supervisor whatever the table says.
    ana = Workspace.at(shelter).login("ana", ANA)
    assert ana.role is Role.SUPERVISOR
    restored = ana.store.query(
        "SELECT object, detail FROM audit WHERE action = 'roles_key_restored'"
    )
    assert [(r["object"], r["detail"]) for r in restored] == [("ana", "own row signed again")]
    ana.lock()
    code, report = check(shelter)
    assert code == 0 and report["roles"]["problems"] == []  # type: ignore[index]


def test_a_public_key_he_writes_into_the_table_is_never_granted_the_key_nor_signed(
    shelter: Path,
) -> None:
    """The supervisors' key is handed to a new supervisor sealed to the public key in their row:
    he writes his own public key there (and a claim in his own name) and waits for the
    supervisor's logins and role changes. Nothing is sealed to his key, nothing he wrote is
    signed."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    workspace_id = Workspace.at(shelter).workspace_id
    ana = Workspace.at(shelter).login("ana", ANA)
    ana.set_role("sokha", Role.SUPERVISOR)  # sealed to sokha's key, for her next login
    ana.lock()
    own = X25519PrivateKey.generate()
    own_secret = own.private_bytes_raw()
    own_public = own.public_key().public_bytes_raw().hex()
    store = open_as_vit(shelter)
    store.execute("UPDATE users SET public_key = ? WHERE name = 'sokha'", (own_public,))
    store.execute("DELETE FROM roles_grants")
    store.execute("UPDATE users SET public_key = NULL, role = 'supervisor' WHERE name = 'vit'")
    store.execute("INSERT INTO user_claims (name, public_key) VALUES ('vit', ?)", (own_public,))
    store.close()

    ana = Workspace.at(shelter).login("ana", ANA)  # grants and claims are handled at her login
    ana.set_role("vit", Role.SUPERVISOR)  # she even promotes him: his key is not kept
    ana.lock()
    store = open_as_vit(shelter)
    grants = store.query("SELECT name, sealed FROM roles_grants")
    vit_key = store.scalar("SELECT public_key FROM users WHERE name = 'vit'")
    store.close()
    for row in grants:
        assert signed_roles.open_grant(row["sealed"], own_secret, workspace_id, row["name"]) is None
    assert vit_key is None  # his claim was not signed into his row
    # sokha's row (his key in it) is refused, and check names it.
    with pytest.raises(WorkspaceDamaged, match="the role of sokha was not signed"):
        Workspace.at(shelter).login("sokha", SOK)
    code, report = check(shelter)
    assert code == 1
    assert report["roles"]["problems"] == [  # type: ignore[index]
        "user sokha: role supervisor is not signed by a supervisor"
    ]
