"""Envelopes are signed with `cryptography` (OpenSSL) and checked with libsodium (PyNaCl): the two
must agree on every genuine signature and refuse every altered one, or a laptop would refuse its
team's work (or take a forgery). Both libraries are real here; nothing is mocked."""

from __future__ import annotations

import dataclasses
import os
import random
import uuid

import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from sync import age
from sync.envelope import Envelope, seal
from sync.errors import SyncError, SyncErrorKind

_, RECIPIENT = age.generate_identity()


def signed(key: Ed25519PrivateKey, size: int) -> Envelope:
    return seal(
        os.urandom(size),
        recipients=[RECIPIENT],
        signer=key,
        envelope_id=str(uuid.uuid4()),
        team="team-mekong",
        device=f"dev-{size}",
        kind="case_event",
    )


def openssl_accepts(envelope: Envelope, public: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(
            envelope.signature, envelope.signing_bytes()
        )
    except InvalidSignature:
        return False
    return True


def refused(envelope: Envelope, public: bytes) -> bool:
    with pytest.raises(SyncError) as raised:
        envelope.verify(public)
    assert raised.value.kind is SyncErrorKind.SIGNATURE
    assert envelope.id in str(raised.value)
    return True


def test_every_signature_openssl_makes_is_accepted() -> None:
    for size in range(0, 3000, 97):  # many keys, bodies and so signed bytes
        key = Ed25519PrivateKey.generate()
        envelope = signed(key, size)
        envelope.verify(key.public_key().public_bytes_raw())  # no error: accepted


def test_a_changed_byte_anywhere_is_refused_as_openssl_refuses_it() -> None:
    rnd = random.Random(21)
    key = Ed25519PrivateKey.generate()
    public = key.public_key().public_bytes_raw()
    envelope = signed(key, 700)
    for _ in range(60):
        signature = bytearray(envelope.signature)
        signature[rnd.randrange(64)] ^= 1 << rnd.randrange(8)
        forged = dataclasses.replace(envelope, signature=bytes(signature))
        assert not openssl_accepts(forged, public)
        assert refused(forged, public)
        body = bytearray(envelope.body)
        body[rnd.randrange(len(body))] ^= 1 << rnd.randrange(8)
        assert refused(dataclasses.replace(envelope, body=bytes(body)), public)
    for field in ("team", "device", "kind", "created"):
        changed = dataclasses.replace(envelope, **{field: getattr(envelope, field) + "x"})
        assert not openssl_accepts(changed, public)
        assert refused(changed, public)


def test_another_devices_key_or_a_malformed_key_or_signature_is_refused() -> None:
    key = Ed25519PrivateKey.generate()
    envelope = signed(key, 300)
    other = Ed25519PrivateKey.generate().public_key().public_bytes_raw()
    assert refused(envelope, other)
    public = key.public_key().public_bytes_raw()
    assert refused(envelope, public[:31])  # a key one byte short
    assert refused(envelope, public + b"\0")
    assert refused(dataclasses.replace(envelope, signature=envelope.signature[:63]), public)
    assert refused(dataclasses.replace(envelope, signature=envelope.signature + b"\0"), public)
    assert refused(dataclasses.replace(envelope, signature=b""), public)


def test_a_key_of_small_order_is_refused_whatever_it_signed() -> None:
    # The identity point (y = 1): with it, the signature (R = identity, S = 0) satisfies the
    # cofactorless equation for every message. OpenSSL accepts it; libsodium does not, and
    # no device's key is such a point.
    identity_point = (1).to_bytes(32, "little")
    envelope = dataclasses.replace(
        signed(Ed25519PrivateKey.generate(), 100), signature=identity_point + bytes(32)
    )
    assert openssl_accepts(envelope, identity_point)  # what the stricter check closes
    assert refused(envelope, identity_point)
