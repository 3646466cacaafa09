"""The keyless interpreter (issue 20): an interpreter's slot wraps only their user secret, the
drafts naming them reach them sealed outside the database, their answers come back to the
social worker, their session is audited by the next full login, and an interpreter slot from
before is converted in place at their next login. The attacker's view: tests/adversary/
test_keyless_interpreter.py."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from app.errors import BadInput, PermissionDenied
from app.workspace import shared_drafts
from app.workspace.folder import Workspace
from app.workspace.interpreter_session import InterpreterSession
from app.workspace.keyslots import KeyslotFile, is_keyless, unwrap_key, wrap_key
from app.workspace.roles import Permission, Role
from app.workspace.session import Session
from tests.conftest import CHEAP, PASSWORD

SOK = "sokha's password here"
VIT = "vit's password here"
DARA = "dara's password here"
FORM_DRAFT = {"format": "fieldcase-draft/1", "form_id": "intake", "version": "1", "instance": ""}


def draft_data(instance: str, person: str = "") -> dict[str, object]:
    """What the app stores as a draft's data (app/interviews/interview.py's snapshot)."""
    return {
        "format": "fieldcase-interview-1",
        "form_id": "intake",
        "version": "1",
        "case_id": None,
        "interpreter": "vit",
        "linked_case": None,
        "draft": {**FORM_DRAFT, "instance": instance},
        "summary": {"person": person, "page": ""},
    }


@pytest.fixture
def team(session: Session) -> Path:
    session.add_user("sokha", Role.SOCIAL_WORKER, SOK, cost=CHEAP)
    session.add_user("vit", Role.INTERPRETER, VIT, cost=CHEAP)
    session.add_user("dara", Role.INTERPRETER, DARA, cost=CHEAP)
    folder = session.workspace.path
    session.lock()
    return folder


def plain_of(folder: Path, name: str, password: str) -> bytearray:
    workspace = Workspace.at(folder)
    slot = KeyslotFile.read(folder / "keyslots").find("user", name)
    assert slot is not None
    plain = unwrap_key(workspace.workspace_id, slot, password)
    assert plain is not None
    return plain


def interpreter(folder: Path, name: str = "vit", password: str = VIT) -> InterpreterSession:
    opened = Workspace.at(folder).sign_in(name, password)
    assert isinstance(opened, InterpreterSession)
    return opened


def named_draft(folder: Path, instance: str = "<a>1</a>", interpreter: str = "vit") -> str:
    sokha = Workspace.at(folder).login("sokha", SOK)
    data = draft_data(instance, "Dara")
    data["interpreter"] = interpreter
    draft_id = sokha.save_draft("intake", "1", data, interpreter=interpreter)
    sokha.lock()
    return draft_id


def test_an_interpreters_slot_holds_their_secret_and_no_workspace_key(team: Path) -> None:
    plain = plain_of(team, "vit", VIT)
    assert is_keyless(plain) and len(plain) == 48
    assert len(plain_of(team, "sokha", SOK)) == 64  # others as before


def test_the_interpreter_logs_in_without_the_database(team: Path) -> None:
    vit = interpreter(team)
    assert vit.role is Role.INTERPRETER and vit.drafts() == []
    assert vit.can(Permission.ASSIST_INTERVIEW) and not vit.can(Permission.VIEW_CASES)
    vit.lock()
    assert vit.is_locked
    # the command line's login (a full session) refuses, saying why
    with pytest.raises(PermissionDenied, match="interpreter"):
        Workspace.at(team).login("vit", VIT)


def test_a_draft_naming_the_interpreter_reaches_them_sealed_and_only_them(team: Path) -> None:
    draft_id = named_draft(team)
    path = shared_drafts.path_of(team, draft_id)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert b"Dara" not in path.read_bytes()  # sealed: nothing of it in clear
    vit = interpreter(team)
    [listed] = vit.drafts()
    assert listed["id"] == draft_id and listed["owner"] == "sokha"
    assert listed["summary"]["person"] == "Dara"
    draft = vit.load_draft(draft_id)
    assert draft.data["draft"]["instance"] == "<a>1</a>"
    assert draft.form_id == "intake" and draft.form_version == "1"
    # the other interpreter sees nothing of it, and cannot open it by its id
    dara = interpreter(team, "dara", DARA)
    assert dara.drafts() == []
    with pytest.raises(PermissionDenied):
        dara.load_draft(draft_id)
    with pytest.raises(PermissionDenied):
        dara.save_draft(draft_id, draft_data("<a>taken</a>"))


def test_the_interpreters_answers_reach_the_social_worker_newer_wins(team: Path) -> None:
    draft_id = named_draft(team)
    vit = interpreter(team)
    vit.save_draft(draft_id, draft_data("<a>2</a>", "Dara"))
    vit.lock()
    sokha = Workspace.at(team).login("sokha", SOK)
    data = sokha.load_draft(draft_id)
    assert data["draft"]["instance"] == "<a>2</a>"
    # what the interpreter may not change stays the row's
    assert data["interpreter"] == "vit" and data["case_id"] is None
    # the social worker goes on; her save is newer and is sealed again for the interpreter
    data["draft"]["instance"] = "<a>3</a>"
    sokha.save_draft("intake", "1", data, draft_id=draft_id)
    assert sokha.load_draft(draft_id)["draft"]["instance"] == "<a>3</a>"
    sokha.lock()
    assert interpreter(team).load_draft(draft_id).data["draft"]["instance"] == "<a>3</a>"


def test_what_the_interpreter_may_not_change_is_not_taken(team: Path) -> None:
    draft_id = named_draft(team)
    vit = interpreter(team)
    forged = draft_data("<a>2</a>")
    forged["case_id"] = "someone-elses-case"
    forged["interpreter"] = "dara"
    forged["draft"] = {**FORM_DRAFT, "form_id": "another", "instance": "<a>x</a>"}
    vit.save_draft(draft_id, forged)
    sokha = Workspace.at(team).login("sokha", SOK)
    data = sokha.load_draft(draft_id)
    assert data["draft"]["instance"] == "<a>1</a>" and data["case_id"] is None
    sokha.lock()


def test_finishing_or_discarding_removes_the_sealed_copy(team: Path) -> None:
    kept, discarded = named_draft(team), named_draft(team)
    sokha = Workspace.at(team).login("sokha", SOK)
    sokha.finalise_draft(kept)
    sokha.discard_draft(discarded)
    sokha.lock()
    assert shared_drafts.sealed_files(team) == []
    assert interpreter(team).drafts() == []


def test_the_interpreters_session_is_audited_by_the_next_full_login(team: Path) -> None:
    draft_id = named_draft(team)
    vit = interpreter(team)
    vit.load_draft(draft_id)
    for n in range(3):  # saved per keystroke: one audit row
        vit.save_draft(draft_id, draft_data(f"<a>{n}</a>"))
    vit.lock()
    ana = Workspace.at(team).login("ana", PASSWORD)
    rows = ana.store.query(
        "SELECT user, action, object, detail FROM audit WHERE user = 'vit' ORDER BY seq"
    )
    assert [(r["action"], r["object"]) for r in rows] == [
        ("login", ""),
        ("view", f"draft:{draft_id}"),
        ("edit", f"draft:{draft_id}"),
        ("lock", ""),
    ]
    assert all("interpreter session" in r["detail"] for r in rows)
    assert shared_drafts.pending_audit(team) == []
    assert ana.check()["audit"]["ok"]
    ana.lock()


def test_an_interpreter_slot_holding_the_key_is_converted_at_their_login(team: Path) -> None:
    """A slot from before keyless interpreters: the workspace key and the user secret."""
    draft_id = named_draft(team)
    ana = Workspace.at(team).login("ana", PASSWORD)
    old_secret = bytearray(os.urandom(32))
    ana.set_password("vit", VIT, cost=CHEAP)  # a keyless slot; now put one from before back
    ana.lock()
    workspace = Workspace.at(team)
    slots = workspace.keyslots()
    vit_plain = plain_of(team, "vit", VIT)
    user_secret = vit_plain[16:]
    sokha_plain = plain_of(team, "sokha", SOK)
    slots.put(
        wrap_key(workspace.workspace_id, "user", "vit", VIT, sokha_plain[:32] + user_secret, CHEAP)
    )
    slots.write()
    del old_secret
    ana = Workspace.at(team).login("ana", PASSWORD)
    assert ana.check()["keyslots"]["interpreters_not_converted"] == ["vit"]
    ana.lock()
    before = (team / "keyslots").stat().st_size
    vit = interpreter(team)  # converted: the keyless session, and the slot rewritten
    assert is_keyless(plain_of(team, "vit", VIT))
    assert (team / "keyslots").stat().st_size == before  # in place: the area did not grow
    assert [d["id"] for d in vit.drafts()] == [draft_id]
    vit.lock()
    ana = Workspace.at(team).login("ana", PASSWORD)
    report = ana.check()
    assert "interpreters_not_converted" not in report["keyslots"]
    assert ana.store.scalar(
        "SELECT count(*) FROM audit WHERE object = 'keyslot:vit' AND user = 'vit'"
    )
    ana.lock()


def test_a_user_made_interpreter_is_converted_and_a_promoted_one_gets_the_key(
    team: Path,
) -> None:
    ana = Workspace.at(team).login("ana", PASSWORD)
    ana.set_role("sokha", Role.INTERPRETER)
    ana.set_role("vit", Role.SOCIAL_WORKER)
    ana.lock()
    assert isinstance(Workspace.at(team).sign_in("sokha", SOK), InterpreterSession)
    assert is_keyless(plain_of(team, "sokha", SOK))
    promoted = Workspace.at(team).sign_in("vit", VIT)  # the key left sealed to him, taken in
    assert isinstance(promoted, Session) and promoted.role is Role.SOCIAL_WORKER
    promoted.lock()
    assert len(plain_of(team, "vit", VIT)) == 64
    assert not list(shared_drafts.folder_of(team).glob("*.grant"))
    Workspace.at(team).login("vit", VIT).lock()  # and from now on without it


def test_an_unknown_draft_id_is_bad_input(team: Path) -> None:
    vit = interpreter(team)
    with pytest.raises(BadInput):
        vit.load_draft("0000-not-there")
    with pytest.raises(BadInput):
        vit.load_draft("../keyslots")


def test_the_sealed_payload_is_json_the_interpreter_can_render(team: Path) -> None:
    draft_id = named_draft(team)
    vit = interpreter(team)
    draft = vit.load_draft(draft_id)
    # no form kept by the workspace for this hand-made draft: the shipped form is used
    assert draft.xform is None
    json.dumps(draft.data)


def test_naming_another_interpreter_moves_the_sealed_copy(team: Path) -> None:
    draft_id = named_draft(team)
    sokha = Workspace.at(team).login("sokha", SOK)
    assert sokha.interpreters() == ["dara", "vit"]
    with pytest.raises(BadInput):
        sokha.name_interpreter(draft_id, "ana")  # not an interpreter
    sokha.save_draft("intake", "1", draft_data("<a>1</a>"), draft_id=draft_id, interpreter="dara")
    sokha.lock()
    assert interpreter(team).drafts() == []
    assert [d["id"] for d in interpreter(team, "dara", DARA).drafts()] == [draft_id]
    sokha = Workspace.at(team).login("sokha", SOK)
    sokha.name_interpreter(draft_id, None)
    sokha.lock()
    assert interpreter(team, "dara", DARA).drafts() == []
    assert shared_drafts.sealed_files(team) == []


def test_the_wipe_takes_the_sealed_drafts_with_the_folder(team: Path) -> None:
    from app.workspace.wipe import emergency_wipe

    named_draft(team)
    interpreter(team).lock()  # a queued audit row too
    assert shared_drafts.sealed_files(team) and shared_drafts.pending_audit(team)
    emergency_wipe(Workspace.at(team).login("sokha", SOK))
    assert not shared_drafts.folder_of(team).exists() and not team.exists()
