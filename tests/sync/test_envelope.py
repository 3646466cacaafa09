"""Envelopes: sealed to several age recipients, signed by the device, checked on the wire."""

from __future__ import annotations

import base64
import dataclasses
import json
import uuid
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sync import age
from sync.envelope import KINDS, Envelope, open_envelope, seal
from sync.errors import SyncError, SyncErrorKind

PLAINTEXT = b'{"case": "c-17", "field": "guardian", "value": "Sokha"}'


@dataclasses.dataclass
class Team:
    team_identity: str
    team_recipient: str
    export_identity: str
    export_recipient: str
    device_key: Ed25519PrivateKey

    @property
    def device_public(self) -> bytes:
        return self.device_key.public_key().public_bytes_raw()


@pytest.fixture(scope="module")
def team() -> Team:
    return Team(*age.generate_identity(), *age.generate_identity(), Ed25519PrivateKey.generate())


def sealed(team: Team, plaintext: bytes = PLAINTEXT, kind: str = "case_event") -> Envelope:
    return seal(
        plaintext,
        recipients=[team.team_recipient, team.export_recipient],
        signer=team.device_key,
        envelope_id=str(uuid.uuid4()),
        team="team-poipet",
        device="laptop-3",
        kind=kind,
    )


def test_team_key_and_export_key_each_open(team: Team) -> None:
    envelope = sealed(team)
    assert open_envelope(envelope, [team.team_identity], team.device_public) == PLAINTEXT
    assert open_envelope(envelope, [team.export_identity], team.device_public) == PLAINTEXT
    assert PLAINTEXT not in envelope.body


def test_an_outsider_cannot_open(team: Team) -> None:
    stranger, _ = age.generate_identity()
    with pytest.raises(SyncError) as caught:
        open_envelope(sealed(team), [stranger], team.device_public)
    assert caught.value.kind is SyncErrorKind.DECRYPT


def _flip_body(envelope: Envelope) -> Envelope:
    body = bytearray(envelope.body)
    body[-1] ^= 1
    return dataclasses.replace(envelope, body=bytes(body))


CHANGES = {
    "body byte": _flip_body,
    "team": lambda e: dataclasses.replace(e, team="team-mae-sot"),
    "device": lambda e: dataclasses.replace(e, device="laptop-4"),
    "kind": lambda e: dataclasses.replace(e, kind="referral"),
    "id": lambda e: dataclasses.replace(e, id=str(uuid.uuid4())),
    "created": lambda e: dataclasses.replace(e, created="2020-01-01T00:00:00.000Z"),
    "signature": lambda e: dataclasses.replace(e, signature=bytes(64)),
}


@pytest.mark.parametrize("change", list(CHANGES))
def test_any_change_breaks_the_signature(change: str, team: Team) -> None:
    envelope = CHANGES[change](sealed(team))
    with pytest.raises(SyncError) as caught:
        open_envelope(envelope, [team.team_identity], team.device_public)
    assert caught.value.kind is SyncErrorKind.SIGNATURE


@pytest.mark.parametrize(
    "key", [Ed25519PrivateKey.generate().public_key().public_bytes_raw(), b"", bytes(31)]
)
def test_another_devices_key_does_not_verify(key: bytes, team: Team) -> None:
    with pytest.raises(SyncError) as caught:
        sealed(team).verify(key)
    assert caught.value.kind is SyncErrorKind.SIGNATURE


def test_signature_is_checked_before_decryption(team: Team) -> None:
    envelope = _flip_body(sealed(team))
    with pytest.raises(SyncError) as caught:
        open_envelope(envelope, [team.team_identity], team.device_public)
    assert caught.value.kind is SyncErrorKind.SIGNATURE


@pytest.mark.parametrize("kind", KINDS)
def test_wire_round_trip(kind: str, team: Team) -> None:
    envelope = sealed(team, kind=kind)
    wire = json.loads(json.dumps(envelope.to_wire()))
    assert wire["v"] == 1
    back = Envelope.from_wire(wire)
    assert back == envelope
    assert open_envelope(back, [team.export_identity], team.device_public) == PLAINTEXT


def test_wire_tampering_is_caught_by_the_signature(team: Team) -> None:
    wire = sealed(team).to_wire()
    wire["device"] = "laptop-9"
    with pytest.raises(SyncError) as caught:
        Envelope.from_wire(wire).verify(team.device_public)
    assert caught.value.kind is SyncErrorKind.SIGNATURE


def _good_wire() -> dict[str, Any]:
    return {
        "v": 1,
        "id": str(uuid.uuid4()),
        "team": "team-poipet",
        "device": "laptop-3",
        "kind": "case_event",
        "created": "2026-01-01T00:00:00.000Z",
        "body": base64.b64encode(b"age...").decode(),
        "signature": base64.b64encode(bytes(64)).decode(),
    }


def _without(key: str) -> dict[str, Any]:
    wire = _good_wire()
    del wire[key]
    return wire


def _with(**fields: Any) -> dict[str, Any]:
    return {**_good_wire(), **fields}


MALFORMED_WIRE: dict[str, Any] = {
    "not an object": [1, 2],
    "a string": "envelope",
    "none": None,
    "version 2": _with(v=2),
    "no version": _without("v"),
    "no id": _without("id"),
    "no body": _without("body"),
    "no signature": _without("signature"),
    "body not base64": _with(body="***"),
    "body non-ASCII": _with(body="ÿÿÿÿ"),
    "body unpadded": _with(body="YWdlLi4"),
    "empty body": _with(body=""),
    "signature short": _with(signature=base64.b64encode(bytes(63)).decode()),
    "bad id": _with(id="not-a-uuid"),
    "upper-case id": _with(id=str(uuid.uuid4()).upper()),
    "bad team": _with(team="team poipet"),
    "empty device": _with(device=""),
    "long device": _with(device="d" * 129),
    "ill-formed kind": _with(kind="Photo; DROP"),  # a kind of a newer fieldcase is well formed
}


@pytest.mark.parametrize("name", list(MALFORMED_WIRE))
def test_malformed_wire_is_refused(name: str) -> None:
    with pytest.raises(SyncError) as caught:
        Envelope.from_wire(MALFORMED_WIRE[name])
    assert caught.value.kind is SyncErrorKind.MALFORMED


def test_good_wire_shape_parses() -> None:
    assert Envelope.from_wire(_good_wire()).body == b"age..."


# Regression tests for weaknesses found in review of sync/envelope.py.


@pytest.mark.parametrize("field", ["id", "team", "device"])
def test_trailing_newline_in_routing_fields_is_refused(field: str) -> None:
    wire = _good_wire()
    wire[field] += "\n"
    with pytest.raises(SyncError):
        Envelope.from_wire(wire)


def test_boolean_version_is_refused() -> None:
    with pytest.raises(SyncError):
        Envelope.from_wire(_with(v=True))


def test_created_must_be_a_timestamp() -> None:
    with pytest.raises(SyncError):
        Envelope.from_wire(_with(created="x" * 100_000))


@pytest.mark.parametrize("field", ["id", "team", "device", "kind", "created"])
def test_routing_fields_must_be_strings(field: str) -> None:
    with pytest.raises(SyncError):
        Envelope.from_wire(_with(**{field: 123}))
