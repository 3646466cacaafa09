"""The interpreter with a Python prompt, after keyless slots (issue 20: "an interpreter account
must not hold the key to every case").

With only his own password and the workspace folder, he unwraps his keyslot with the public
functions, as the issue's script did: it gives his user secret and nothing else. Nothing he holds
opens the database, the recovery slot or anyone else's slot; of the sealed drafts, only the one
naming him opens. Then he tries what he can write: a draft's answers rewritten with a date far
ahead, the case and interpreter of the draft changed, another draft id forged, the workspace's
key in his file replaced by his own, the shared folder filled with junk. The social worker's
draft keeps everything he may not change, her cases and audit chain stay whole, and ``check``
says ok.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.errors import WorkspaceDamaged
from app.workspace import sealed, shared_drafts
from app.workspace.folder import Workspace
from app.workspace.interpreter_session import InterpreterSession
from app.workspace.keyslots import KeyslotFile, is_keyless, unwrap_key
from app.workspace.roles import Role
from app.workspace.store import Store
from tests.conftest import CHEAP

ANA = "ana's supervisor password"
SOK = "sokha's social worker password"
VIT = "vit's interpreter password"
DARA = "dara's interpreter password"


def snapshot(instance: str, interpreter: str) -> dict[str, object]:
    return {
        "format": "fieldcase-interview-1",
        "form_id": "intake",
        "version": "1",
        "case_id": None,
        "interpreter": interpreter,
        "linked_case": None,
        "draft": {
            "format": "fieldcase-draft/1",
            "form_id": "intake",
            "version": "1",
            "instance": instance,
        },
        "summary": {"person": "Sreymom", "page": ""},
    }


@pytest.fixture
def shelter(tmp_path: Path) -> tuple[Path, str, str]:
    """Supervisor, social worker, two interpreters; one draft naming each interpreter."""
    folder = tmp_path / "ws"
    session, _ = Workspace.create(folder, "ana", ANA, cost=CHEAP)
    session.add_user("sokha", Role.SOCIAL_WORKER, SOK, cost=CHEAP)
    session.add_user("vit", Role.INTERPRETER, VIT, cost=CHEAP)
    session.add_user("dara", Role.INTERPRETER, DARA, cost=CHEAP)
    session.lock()
    sokha = Workspace.at(folder).login("sokha", SOK)
    his = sokha.save_draft(
        "intake", "1", snapshot("<i><name>Sreymom</name></i>", "vit"), interpreter="vit"
    )
    hers = sokha.save_draft(
        "intake", "1", snapshot("<i><name>Bopha</name></i>", "dara"), interpreter="dara"
    )
    sokha.lock()
    return folder, his, hers


def test_his_password_gives_his_secret_and_no_workspace_key(
    shelter: tuple[Path, str, str],
) -> None:
    folder, his, _ = shelter
    workspace = Workspace.at(folder)
    slots = KeyslotFile.read(folder / "keyslots")
    mine = slots.find("user", "vit")
    assert mine is not None
    plain = unwrap_key(workspace.workspace_id, mine, VIT)
    assert plain is not None and is_keyless(plain) and len(plain) == 48
    # every 32 bytes he holds, tried as the SQLCipher key: none opens the database
    for candidate in (plain[:32], plain[16:], plain[-32:]):
        with pytest.raises(WorkspaceDamaged):
            Store.open(workspace.database_path, bytearray(candidate))
    # his password opens no other slot (recovery, the others')
    for slot in slots.slots:
        if slot.name != "vit":
            assert unwrap_key(workspace.workspace_id, slot, VIT) is None
    # of the sealed drafts, only his opens with his secret
    secret = plain[16:]
    opened = [
        p.name
        for p in shared_drafts.sealed_files(folder)
        if sealed.open_sealed(p.read_bytes(), secret) is not None
    ]
    assert opened == [f"{his}.sealed"]
    # and his session lists only his
    session = workspace.sign_in("vit", VIT)
    assert isinstance(session, InterpreterSession)
    assert [d["id"] for d in session.drafts()] == [his]
    session.lock()


def test_what_he_writes_changes_answers_at_most_and_nothing_is_lost(
    shelter: tuple[Path, str, str],
) -> None:
    folder, his, hers = shelter
    session = Workspace.at(folder).sign_in("vit", VIT)
    assert isinstance(session, InterpreterSession)
    secret = bytearray(session._secret)  # what his prompt holds after unwrapping his slot
    path = shared_drafts.path_of(folder, his)
    payload = shared_drafts.read_payload(path, secret)
    assert payload is not None
    workspace_public = bytes.fromhex(payload["workspace_recipient"])
    own_public = sealed.public_of(secret)
    key = shared_drafts.mac_key(secret, workspace_public)  # all he can authenticate with

    # 1. his draft: the case, the interpreter and the form changed, a date far ahead
    forged = dict(payload)
    forged["updated_at"] = "2999-01-01T00:00:00.000Z"
    forged["owner"] = "vit"
    forged["data"] = snapshot("<i><name>Sreymom</name><age>99</age></i>", "dara")
    forged["data"]["case_id"] = "a-case-he-wants-to-read"
    forged["data"]["linked_case"] = "a-case-he-wants-to-read"
    forged["form_id"] = "another"
    shared_drafts.write_payload(folder, forged, [own_public, workspace_public], key)
    # 2. Dara's draft replaced by one he made (he cannot read hers, but can write the file)
    fake = dict(payload, id=hers, interpreter="vit")
    fake["data"] = snapshot("<i><name>nobody</name></i>", "vit")
    fake["updated_at"] = "2999-01-01T00:00:00.000Z"
    shared_drafts.write_payload(folder, fake, [own_public, workspace_public], key)
    # 3. junk in the shared folder, and a file for a draft that does not exist
    (shared_drafts.folder_of(folder) / "junk.sealed").write_bytes(b"\0" * 100)
    shared_drafts.write_payload(
        folder, dict(payload, id="0190aaaa-no-such-draft"), [own_public, workspace_public], key
    )
    session.lock()

    sokha = Workspace.at(folder).login("sokha", SOK)
    mine = sokha.load_draft(his)
    # his answers come in (an interpreter may change answers) ...
    assert "<age>99</age>" in mine["draft"]["instance"]
    # ... and nothing else of what he wrote
    assert mine["case_id"] is None and mine["linked_case"] is None
    assert mine["interpreter"] == "vit" and mine["form_id"] == "intake"
    row = sokha.store.query_one(
        "SELECT owner, interpreter, form_id FROM drafts WHERE id = ?", (his,)
    )
    assert row is not None and dict(row) == {
        "owner": "sokha",
        "interpreter": "vit",
        "form_id": "intake",
    }
    # Dara's draft: his forgery is not authenticated as Dara's (nor the workspace's): not taken
    theirs = sokha.load_draft(hers)
    assert theirs["draft"]["instance"] == "<i><name>Bopha</name></i>"
    assert theirs["interpreter"] == "dara" and theirs["case_id"] is None
    # the social worker's next save wins over his date far ahead: it is sealed again at once
    mine["draft"]["instance"] = "<i><name>Sreymom</name></i>"
    sokha.save_draft("intake", "1", mine, draft_id=his)
    assert sokha.load_draft(his)["draft"]["instance"] == "<i><name>Sreymom</name></i>"
    sokha.lock()

    ana = Workspace.at(folder).login("ana", ANA)
    report = ana.check()
    assert report["ok"] is True, report
    assert ana.store.scalar("SELECT count(*) FROM drafts") == 2
    # his session is in the audit chain, queued and written by this login
    assert ana.store.scalar("SELECT count(*) FROM audit WHERE user = 'vit' AND action = 'login'")
    ana.lock()


def test_his_own_key_as_the_workspaces_loses_only_his_own_answers(
    shelter: tuple[Path, str, str],
) -> None:
    folder, his, _ = shelter
    session = Workspace.at(folder).sign_in("vit", VIT)
    assert isinstance(session, InterpreterSession)
    secret = bytearray(session._secret)
    path = shared_drafts.path_of(folder, his)
    payload = shared_drafts.read_payload(path, secret)
    assert payload is not None
    payload["workspace_recipient"] = sealed.public_of(secret).hex()  # sealed to himself only
    own = sealed.public_of(secret)
    shared_drafts.write_payload(folder, payload, [own], shared_drafts.mac_key(secret, own))
    session.save_draft(his, snapshot("<i><name>changed</name></i>", "vit"))
    session.lock()
    sokha = Workspace.at(folder).login("sokha", SOK)
    kept = sokha.load_draft(his)  # unreadable to her: her row stays as it was
    assert kept["draft"]["instance"] == "<i><name>Sreymom</name></i>"
    sokha.lock()


def test_a_supervisor_row_he_cannot_write_and_a_role_he_cannot_gain(
    shelter: tuple[Path, str, str],
) -> None:
    """The issue's escalation needs the database; the nearest he gets is the files beside it.
    Nothing there makes him more than an interpreter: the login reads no role from the folder."""
    folder, _, _ = shelter
    (folder / "roles-key").write_text("fieldcase-roles-key-1 " + "00" * 32 + "\n")
    session = Workspace.at(folder).sign_in("vit", VIT)
    assert isinstance(session, InterpreterSession) and session.role is Role.INTERPRETER
    session.lock()
    # (the replaced pin is put back at the supervisor's next login, as before)
    Workspace.at(folder).login("ana", ANA).lock()
    assert json.loads(json.dumps(Workspace.at(folder).login("sokha", SOK).role)) == "social_worker"
