"""Team directory entries (sync/directory.py): signed, canonical, and refused when changed."""

from __future__ import annotations

from dataclasses import replace

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from sync import age
from sync.directory import TeamEntry, read_entry, read_wire, sign_entry, team_fingerprint
from sync.errors import SyncError, SyncErrorKind


def _public(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def _entry(key: Ed25519PrivateKey) -> TeamEntry:
    return TeamEntry(
        team="phnom_penh",
        recipient=age.generate_identity()[1],
        export_recipient=age.generate_identity()[1],
        supervisor_device="pp-sup",
        signing_key=_public(key),
        devices={"pp-sup": _public(key), "pp-field": _public(Ed25519PrivateKey.generate())},
        vouched={"bangkok": "ABCD " * 8},
        published="2026-11-28T10:00:00.000Z",
    )


def test_an_entry_round_trips_through_the_wire() -> None:
    key = Ed25519PrivateKey.generate()
    signed = sign_entry(_entry(key), key)
    back = read_wire(signed.to_wire())
    assert back.entry == signed.entry and back.raw == signed.raw


def test_a_changed_recipient_or_device_list_fails_the_signature() -> None:
    key = Ed25519PrivateKey.generate()
    signed = sign_entry(_entry(key), key)
    swapped = replace(signed.entry, recipient=age.generate_identity()[1])
    with pytest.raises(SyncError) as failed:
        read_entry(swapped.canonical(), signed.signature)
    assert failed.value.kind is SyncErrorKind.SIGNATURE
    extra = replace(signed.entry, devices={**signed.entry.devices, "evil": b"\1" * 32})
    with pytest.raises(SyncError, match="does not verify"):
        read_entry(extra.canonical(), signed.signature)


def test_an_entry_signed_by_another_key_than_it_names_is_refused() -> None:
    named, other = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    with pytest.raises(SyncError, match="does not verify"):
        read_wire(sign_entry(_entry(named), other).to_wire())


def test_malformed_entries_are_refused() -> None:
    key = Ed25519PrivateKey.generate()
    entry = _entry(key)
    for bad in (
        replace(entry, recipient="age1nope"),
        replace(entry, team="bad team"),
        replace(entry, devices={"pp-sup": _public(Ed25519PrivateKey.generate())}),
    ):
        with pytest.raises(SyncError) as failed:
            read_wire(sign_entry(bad, key).to_wire())
        assert failed.value.kind is SyncErrorKind.MALFORMED
    with pytest.raises(SyncError):
        read_wire({"entry": "{}", "signature": "AAAA"})


def test_the_fingerprint_names_the_signer_not_the_key_it_rotates() -> None:
    key = Ed25519PrivateKey.generate()
    entry = _entry(key)
    rotated = replace(entry, recipient=age.generate_identity()[1])
    assert entry.fingerprint == rotated.fingerprint == team_fingerprint("phnom_penh", _public(key))
    assert entry.key_id != rotated.key_id
    assert team_fingerprint("bangkok", _public(key)) != entry.fingerprint
