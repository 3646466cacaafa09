"""Team key rotation through a real server process: a supervisor and two field laptops; the second
is stolen and revoked; the supervisor rotates the team key; the first laptop gets the new key at
its next sync and seals to it only; the stolen laptop's keys open what was sealed before the
rotation and nothing sealed after it; its sync is refused; the rotation is audited."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from app.cases.book import CaseBook
from app.errors import BadInput
from app.team import key_rotation
from app.team.case_book import case_book
from app.team.keyring import Keyring
from app.team.membership import found_team, seal_welcome
from app.team.synchronise import Synchroniser
from app.workspace.folder import Workspace
from sync import age
from sync.client import SyncClient
from sync.directory import key_id
from sync.envelope import Envelope
from sync.errors import SyncError, SyncErrorKind
from tests.conftest import CHEAP, PASSWORD
from tests.integration.test_server_process import (  # noqa: F401 (fixtures)
    ROOT,
    ServerProcess,
    db_url,
    fieldcase,
    server,
)

TEAM = "mekong-shelter"
TODAY = date(2026, 11, 28)


def _laptop(tmp_path: Path, name: str) -> CaseBook:
    session, _ = Workspace.create(tmp_path / name, name, PASSWORD, cost=CHEAP)
    return case_book(session, today=lambda: TODAY)


def _enrol(
    server: ServerProcess,  # noqa: F811
    book: CaseBook,
    supervisor: bool = False,
    approver: CaseBook | None = None,
) -> None:
    """Enrol and approve on the server; ``approver`` (a supervisor's laptop) approves it too."""
    code = fieldcase("server", "enrol-code", "--db", server.db_url, "--team", TEAM).strip()
    shown = Synchroniser(book).enrol(server.url, code)
    extra = ["--supervisor"] if supervisor else []
    fieldcase("server", "approve", "--db", server.db_url, "--device", book.device,
              "--fingerprint", shown["fingerprint"], *extra)  # fmt: skip
    if approver is not None:
        Synchroniser(approver).approve_device(
            book.device, shown["fingerprint"], supervisor=supervisor
        )


def _envelope_of(book: CaseBook, case_id: str) -> Envelope:
    """The envelope that carried the case's first event out of this laptop."""
    event_id = book.events(case_id)[0].id
    wire = book.store.scalar("SELECT wire FROM outbox WHERE envelope_id = ?", (event_id,))
    return Envelope.from_wire(json.loads(str(wire)))


def _x25519_stanzas(envelope: Envelope) -> int:
    return envelope.body.split(b"\n---")[0].count(b"\n-> X25519 ")


def _audit(book: CaseBook, action: str) -> list[str]:
    rows = book.store.query("SELECT detail FROM audit WHERE action = ?", (action,))
    return [str(r[0]) for r in rows]


def test_a_rotated_key_reaches_the_team_but_never_the_revoked_laptop(
    server: ServerProcess,  # noqa: F811
    tmp_path: Path,
) -> None:
    supervisor, first, stolen = (_laptop(tmp_path, n) for n in ("sup", "first", "stolen"))
    found_team(supervisor, TEAM)
    _enrol(server, supervisor, supervisor=True)
    for laptop in (first, stolen):
        _enrol(server, laptop, approver=supervisor)
    assert sorted(Synchroniser(supervisor).sync().welcomed) == sorted([first.device, stolen.device])
    for laptop in (first, stolen):
        assert Synchroniser(laptop).sync().joined_team == TEAM

    old_case = first.open_case({"prs_First_Name": "Dara", "age": "16"}, "intake")
    old_envelope = _envelope_of(first, old_case)
    for laptop in (first, supervisor, stolen):
        Synchroniser(laptop).sync()
    thief_keys = Keyring(stolen.store).identities()  # what the stolen laptop holds
    old_key = Keyring(first.store).current_team_key()
    assert old_key is not None

    fieldcase("server", "revoke", "--db", server.db_url, "--device", stolen.device,
              "--reason", "laptop stolen")  # fmt: skip
    rotated = subprocess.run(
        [sys.executable, "-m", "app.cli", "team", "rotate-key", "--workspace",
         str(tmp_path / "sup"), "--user", "sup", "--password-stdin", "--reason", "laptop stolen"],
        input=PASSWORD + "\n", capture_output=True, text=True, timeout=120, cwd=ROOT,
    )  # fmt: skip
    assert rotated.returncode == 0, rotated.stderr
    new_key = Keyring(supervisor.store).current_team_key()
    assert new_key is not None and new_key.recipient != old_key.recipient
    assert key_id(new_key.recipient) in rotated.stdout

    report = Synchroniser(supervisor).sync()
    assert report.team_key_sent_to == [first.device]  # approved only: not the revoked laptop
    report = Synchroniser(first).sync()
    assert report.team_keys_received == [key_id(new_key.recipient)]
    assert report.pull_refused == []
    held = Keyring(first.store)
    current = held.current_team_key()
    assert current is not None and current.identity == new_key.identity
    assert [k.recipient for k in held.team_keys()] == [old_key.recipient, new_key.recipient]
    assert Synchroniser(first).sync().team_keys_received == []  # fetched once

    new_case = first.open_case({"prs_First_Name": "Sokha", "age": "15"}, "intake")
    new_envelope = _envelope_of(first, new_case)
    assert Keyring(first.store).recipients()[0] == new_key.recipient
    assert _x25519_stanzas(new_envelope) == 2  # the newest team key and the export key only
    age.decrypt(old_envelope.body, thief_keys)  # the thief can read what it had before
    with pytest.raises(SyncError):
        age.decrypt(new_envelope.body, thief_keys)  # but nothing sealed after the rotation
    age.decrypt(new_envelope.body, Keyring(first.store).identities())
    Synchroniser(first).sync()
    Synchroniser(supervisor).sync()
    assert supervisor.state(new_case).to_json() == first.state(new_case).to_json()

    with pytest.raises(SyncError) as refused:
        Synchroniser(stolen).sync()
    assert refused.value.kind is SyncErrorKind.REVOKED
    token = supervisor.store.scalar("SELECT secret FROM keys WHERE name = 'server_token'")
    client = SyncClient(server.url, str(token))
    try:  # the server itself refuses a key for a revoked device
        sealed = seal_welcome(supervisor, stolen.device, Keyring(stolen.store).device_identity()[1])
        with pytest.raises(SyncError) as kept_out:
            client.put_sealed_team_key(stolen.device, key_id(new_key.recipient), sealed)
        assert kept_out.value.kind is SyncErrorKind.REVOKED
    finally:
        client.close()

    [rotation] = _audit(supervisor, key_rotation.ROTATE)
    assert key_id(new_key.recipient) in rotation and "laptop stolen" in rotation
    [received] = _audit(first, key_rotation.RECEIVE)
    assert key_id(new_key.recipient) in received and supervisor.device in received

    # A member's device cannot hand out a team key, even if the server relayed it.
    Keyring(first.store).add_team_key(age.generate_identity()[0])
    forged = seal_welcome(first, supervisor.device, Keyring(supervisor.store).device_identity()[1])
    with pytest.raises(BadInput, match="supervisor"):
        key_rotation.accept(supervisor, forged)
    for book in (supervisor, first, stolen):
        book.session.lock()
