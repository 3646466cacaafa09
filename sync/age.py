"""age v1 file encryption (C2SP age specification, age-encryption.org/v1), X25519 recipients only.

Interoperable with the reference ``age`` and ``age-keygen`` commands both ways. The format::

    header   version line, one stanza per recipient wrapping a random 16-byte file key, and an
             HMAC-SHA256 of the header keyed by HKDF(file key, info="header")   (sync.age_header,
             sync.age_keys)
    payload  16-byte nonce + STREAM: 64 KiB ChaCha20-Poly1305 chunks          (sync.age_stream)

Optional ASCII armor is read (``sync.age_armor``), never written.

Contract: every failure to read a file raises ``sync.errors.SyncError`` with
- ``MALFORMED``: not an age file, a header that breaks any rule of the spec (including truncation
  inside the header), ``scrypt`` mixed with other stanzas, a malformed key string;
- ``DECRYPT``: no identity of ours opens a stanza, the header MAC or a payload chunk does not
  verify, the payload is truncated, extended, reordered or ends without its last-chunk flag.
Stanzas of unknown types are skipped (the spec's "grease"), so newer files still open as long as
one X25519 stanza is ours. Passphrase (``scrypt``) files are recognised but not opened.
"""

from __future__ import annotations

import hmac
import io
import os
from collections.abc import Sequence
from typing import BinaryIO

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from sync import age_armor, age_header, age_keys, age_stream
from sync.age_header import Header, malformed
from sync.age_keys import Identity
from sync.errors import SyncError, SyncErrorKind

__all__ = [
    "decrypt",
    "decrypt_stream",
    "encrypt",
    "encrypt_stream",
    "generate_identity",
    "identities_in",
    "recipient_of",
]

SCRYPT_TYPE = "scrypt"
X25519_TYPE = age_keys.X25519_TYPE


def generate_identity() -> tuple[str, str]:
    """A new key pair: (``AGE-SECRET-KEY-1...``, ``age1...``)."""
    secret = X25519PrivateKey.generate().private_bytes_raw()
    identity = age_keys.encode_identity(secret)
    return identity, recipient_of(identity)


def recipient_of(identity: str) -> str:
    """The ``age1...`` recipient of an ``AGE-SECRET-KEY-1...`` identity."""
    return age_keys.encode_recipient(Identity.parse(identity).public)


def identities_in(key_file_text: str) -> list[str]:
    """The identities of an age key file (as ``age-keygen`` writes it: ``#`` comments allowed)."""
    lines = (line.strip() for line in key_file_text.splitlines())
    identities = [line for line in lines if line and not line.startswith("#")]
    for identity in identities:
        Identity.parse(identity)
    return identities


def _header_mac(file_key: bytes, mac_input: bytes) -> bytes:
    return age_keys.hmac_sha256(age_keys.hkdf(file_key, salt=b"", info=b"header"), mac_input)


def encrypt_stream(src: BinaryIO, dst: BinaryIO, recipients: Sequence[str]) -> int:
    """Encrypt everything ``src`` holds to every recipient into ``dst``; return the plaintext
    size. Memory stays at two 64 KiB chunks whatever the size."""
    if isinstance(recipients, str):
        raise TypeError("recipients must be a list of age1... strings, not one string")
    keys = [age_keys.parse_recipient(r) for r in recipients]
    if not keys:
        raise SyncError(SyncErrorKind.MALFORMED, "encrypting needs at least one recipient")
    file_key = os.urandom(age_keys.FILE_KEY_SIZE)
    mac_input = age_header.encode_header([age_keys.wrap(file_key, key) for key in keys])
    dst.write(age_header.finish_header(mac_input, _header_mac(file_key, mac_input)))
    return age_stream.encrypt_payload(file_key, src, dst)


def encrypt(plaintext: bytes, recipients: Sequence[str]) -> bytes:
    """The age v1 (binary) encryption of ``plaintext`` to every recipient (``age1...``)."""
    out = io.BytesIO()
    encrypt_stream(io.BytesIO(plaintext), out, recipients)
    return out.getvalue()


def _unwrap_file_key(header: Header, identities: Sequence[Identity]) -> bytes:
    stanzas = header.stanzas
    x25519 = [s for s in stanzas if s.type == X25519_TYPE]
    scrypt = len(x25519) < len(stanzas) and any(s.type == SCRYPT_TYPE for s in stanzas)
    if scrypt and len(stanzas) > 1:
        raise malformed("an scrypt stanza must be the only stanza")
    shares = [age_keys.check_x25519_stanza(stanza) for stanza in x25519]
    for stanza, share in zip(x25519, shares, strict=True):
        for identity in identities:
            file_key = identity.unwrap_share(share, stanza)
            if file_key is not None:
                return file_key
    if scrypt:
        raise SyncError(
            SyncErrorKind.DECRYPT,
            "the file is passphrase-encrypted; only X25519 keys are supported",
        )
    raise SyncError(
        SyncErrorKind.DECRYPT,
        f"none of our {len(identities)} identities opens any of the file's "
        f"{len(header.stanzas)} recipient stanzas",
    )


def decrypt_stream(src: BinaryIO, dst: BinaryIO, identities: Sequence[str]) -> int:
    """Decrypt the age file ``src`` holds into ``dst`` with one of our identities; return the
    plaintext size. Verified chunks are written as they come: on ``SyncError`` ``dst`` may hold a
    verified prefix, which the caller must discard. An armored file is read into memory first."""
    if isinstance(identities, str):
        raise TypeError("identities must be a list of AGE-SECRET-KEY-1... strings, not one string")
    keys = [age_keys.identity(i) for i in identities]
    next_line = age_header.reader_of(src.readline)
    first = next_line()
    if first != age_header.VERSION_LINE and age_armor.looks_armored(first):
        src = io.BytesIO(age_armor.dearmor(first + src.read()))
        next_line = age_header.reader_of(src.readline)
        first = next_line()
    header = age_header.parse_header(next_line, first)
    file_key = _unwrap_file_key(header, keys)
    if not hmac.compare_digest(_header_mac(file_key, header.mac_input), header.mac):
        raise SyncError(
            SyncErrorKind.DECRYPT, "the age header MAC does not verify (altered header)"
        )
    return age_stream.decrypt_payload(file_key, src, dst)


def decrypt(data: bytes, identities: Sequence[str]) -> bytes:
    """The plaintext of the age file ``data`` (binary or armored), opened with any of
    ``identities``; nothing is returned unless the whole file verifies.

    The same rules and refusals as ``decrypt_stream``, read from the bytes in memory: a pull opens
    thousands of small files, and a stream, its line reader and its chunk buffers cost as much as
    some of the cryptography."""
    if isinstance(identities, str):
        raise TypeError("identities must be a list of AGE-SECRET-KEY-1... strings, not one string")
    if not data.startswith(age_header.VERSION_LINE):  # armored, or refused: as a stream does
        out = io.BytesIO()
        decrypt_stream(io.BytesIO(data), out, identities)
        return out.getvalue()
    keys = [age_keys.identity(i) for i in identities]
    parsed = age_header.parse_header_in(data)
    if parsed is None:  # not a plain well-formed header: read line by line, refused as a stream
        lines = age_header.LinesIn(data, len(age_header.VERSION_LINE))
        parsed = age_header.parse_header(lines, age_header.VERSION_LINE), lines.at
    header, at = parsed
    file_key = _unwrap_file_key(header, keys)
    if not hmac.compare_digest(_header_mac(file_key, header.mac_input), header.mac):
        raise SyncError(
            SyncErrorKind.DECRYPT, "the age header MAC does not verify (altered header)"
        )
    return age_stream.decrypt_payload_bytes(file_key, data, at)
