"""Approving devices on a supervisor's laptop (app/team/device_approvals.py), without a server: the
roster is the list the server would send."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from app.cases.book import CaseBook
from app.errors import BadInput, PermissionDenied
from app.team import device_approvals
from app.team.case_book import case_book
from app.team.keyring import Keyring
from app.team.membership import admit, found_team, make_request
from app.workspace.folder import Workspace
from app.workspace.migrations import team as team_migrations
from app.workspace.roles import Role
from app.workspace.session import Session
from tests.conftest import CHEAP, PASSWORD


def _book(tmp_path: Path, name: str) -> CaseBook:
    session, _ = Workspace.create(tmp_path / name, name, PASSWORD, cost=CHEAP)
    return case_book(session)


def _entry(book: CaseBook, status: str = "approved") -> dict[str, str]:
    keyring = Keyring(book.store)
    return {
        "device": book.device,
        "status": status,
        "role": "member",
        "signing_key": base64.b64encode(keyring.signing_public()).decode(),
        "age_recipient": keyring.device_identity()[1],
        "fingerprint": "what the server says is never used",
    }


def test_only_devices_approved_here_with_the_same_keys_are_trusted(tmp_path: Path) -> None:
    supervisor, field, other = (_book(tmp_path, n) for n in ("sup", "field", "other"))
    found_team(supervisor, "t1")
    roster = [_entry(supervisor), _entry(field), _entry(other, "pending")]
    assert device_approvals.trusted(supervisor, roster) == []
    shown = Keyring(field.store).fingerprint()
    assert device_approvals.waiting(supervisor, roster) == [
        {"device": field.device, "fingerprint": shown}
    ]
    with pytest.raises(BadInput, match="does not match"):
        device_approvals.approve(
            supervisor, roster, field.device, Keyring(other.store).fingerprint()
        )
    with pytest.raises(BadInput, match="lists no device"):
        device_approvals.approve(supervisor, roster, "ghost", shown)
    approval = device_approvals.approve(supervisor, roster, field.device, shown.lower())
    assert (approval.device, approval.role, approval.fingerprint) == (field.device, "member", shown)
    assert device_approvals.trusted(supervisor, roster) == [roster[1]]
    swapped = {**roster[1], "age_recipient": _entry(other)["age_recipient"]}
    assert device_approvals.trusted(supervisor, [swapped]) == []  # keys changed since
    founder = {a.device: a.role for a in device_approvals.approvals(supervisor.store)}
    assert founder == {supervisor.device: "supervisor", field.device: "member"}
    detail = supervisor.store.query("SELECT detail FROM audit WHERE action = 'device_approve'")
    assert any(shown in str(r[0]) for r in detail)


def test_admitting_a_join_request_approves_the_device_here(tmp_path: Path) -> None:
    supervisor, field = _book(tmp_path, "sup"), _book(tmp_path, "field")
    found_team(supervisor, "t1")
    request, shown = make_request(field)
    admit(supervisor, request, expected_fingerprint=shown)
    assert device_approvals.trusted(supervisor, [_entry(field)]) == [_entry(field)]


def test_a_social_worker_cannot_approve_a_device(tmp_path: Path) -> None:
    supervisor, field = _book(tmp_path, "sup"), _book(tmp_path, "field")
    found_team(supervisor, "t1")
    supervisor.session.add_user("sok", Role.SOCIAL_WORKER, "a social worker's password", cost=CHEAP)
    supervisor.session.lock()
    worker: Session = Workspace.at(tmp_path / "sup").login("sok", "a social worker's password")
    with pytest.raises(PermissionDenied):
        device_approvals.approve(
            case_book(worker), [_entry(field)], field.device, Keyring(field.store).fingerprint()
        )


def test_the_migration_keeps_devices_welcomed_before_it_as_members(tmp_path: Path) -> None:
    supervisor, field = _book(tmp_path, "sup"), _book(tmp_path, "field")
    keyring = Keyring(field.store)
    store = supervisor.store
    with store.atomic():
        store.execute("DROP TABLE device_approvals")
        store.execute(
            "INSERT INTO devices (device, signing_key, age_recipient, status, learned_from,"
            " learned_at, role) VALUES (?, ?, ?, 'approved', 'server roster', 'x', 'supervisor')",
            (
                field.device,
                base64.b64encode(keyring.signing_public()).decode(),
                keyring.device_identity()[1],
            ),
        )
        store.execute(
            "INSERT INTO settings (key, value) VALUES (?, '2026-01-01T00:00:00Z')",
            (f"welcomed:{field.device}",),
        )
        team_migrations.device_approvals(store)
    approvals = device_approvals.approvals(store)
    assert [(a.device, a.role, a.fingerprint) for a in approvals] == [
        (field.device, "member", keyring.fingerprint())
    ]
