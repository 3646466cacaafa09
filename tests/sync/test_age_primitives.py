"""The HMAC-SHA256 and HKDF-SHA256 that age's key schedule uses are written out over ``hashlib``
(sync.age_keys, for speed); they must give exactly what the standard library's ``hmac`` and
cryptography's HKDF give, for every key length (empty, shorter than, equal to and longer than
SHA-256's 64-byte block)."""

from __future__ import annotations

import hashlib
import hmac

from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from hypothesis import given, settings
from hypothesis import strategies as st

from sync import age_keys

KEY_LENGTHS = (0, 1, 16, 32, 63, 64, 65, 100, 200)


@settings(max_examples=200, deadline=None)
@given(key=st.binary(max_size=200), message=st.binary(max_size=300))
def test_hmac_sha256_is_the_standard_hmac(key: bytes, message: bytes) -> None:
    assert age_keys.hmac_sha256(key, message) == hmac.new(key, message, hashlib.sha256).digest()


def test_hmac_sha256_at_the_block_boundaries() -> None:
    for length in KEY_LENGTHS:
        key = bytes(range(length % 256)) if length < 256 else b""
        key = (key * 2)[:length]
        expected = hmac.new(key, b"message", hashlib.sha256).digest()
        assert age_keys.hmac_sha256(key, b"message") == expected, length


@settings(max_examples=200, deadline=None)
@given(ikm=st.binary(max_size=64), salt=st.binary(max_size=100), info=st.binary(max_size=64))
def test_hkdf_is_cryptographys_hkdf(ikm: bytes, salt: bytes, info: bytes) -> None:
    expected = HKDF(algorithm=SHA256(), length=32, salt=salt, info=info).derive(ikm)
    assert age_keys.hkdf(ikm, salt=salt, info=info) == expected


def test_hkdf_rfc5869_test_case_1_first_block() -> None:
    ikm = bytes.fromhex("0b" * 22)
    salt = bytes.fromhex("000102030405060708090a0b0c")
    info = bytes.fromhex("f0f1f2f3f4f5f6f7f8f9")
    okm = age_keys.hkdf(ikm, salt=salt, info=info)
    assert okm.hex() == "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf"


def test_hkdf_empty_salt_is_hashlen_zeros() -> None:
    assert age_keys.hkdf(b"ikm", salt=b"", info=b"x") == age_keys.hkdf(
        b"ikm", salt=bytes(32), info=b"x"
    )
