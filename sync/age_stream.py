"""The age v1 payload: STREAM over ChaCha20-Poly1305.

After the header: a 16-byte random nonce, then the plaintext in 64 KiB chunks, each sealed under
``HKDF-SHA256(ikm=file key, salt=nonce, info="payload")`` with the 12-byte nonce
``11-byte big-endian chunk counter || last-chunk flag (0x01 on the last chunk, else 0x00)``.
Only the last chunk may be shorter than 64 KiB; it is never empty unless the whole plaintext is
(then the payload is one empty last chunk), so a plaintext of exactly N x 64 KiB ends with a full
chunk. Dropping, reordering or appending chunks, or cutting the file anywhere, changes a nonce or a
tag and is refused as ``SyncError(DECRYPT)``.

Decryption writes each chunk to ``dst`` as soon as it verifies (memory stays at two chunks), so on
an error ``dst`` may hold a verified prefix of the plaintext: callers must discard it.
"""

from __future__ import annotations

import io
import os
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from sync.age_keys import hkdf
from sync.errors import SyncError, SyncErrorKind

CHUNK_SIZE = 64 * 1024
TAG_SIZE = 16
NONCE_SIZE = 16
ENCRYPTED_CHUNK_SIZE = CHUNK_SIZE + TAG_SIZE


def _failed(message: str) -> SyncError:
    return SyncError(SyncErrorKind.DECRYPT, f"cannot decrypt the age payload: {message}")


def read_full(src: BinaryIO, size: int) -> bytes:
    """Read ``size`` bytes, fewer only at the end of the stream."""
    parts: list[bytes] = []
    missing = size
    while missing:
        part = src.read(missing)
        if not part:
            break
        parts.append(part)
        missing -= len(part)
    return b"".join(parts)


def _chunk_nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def _payload_aead(file_key: bytes, nonce: bytes) -> ChaCha20Poly1305:
    return ChaCha20Poly1305(hkdf(file_key, salt=nonce, info=b"payload"))


def encrypt_payload(file_key: bytes, src: BinaryIO, dst: BinaryIO) -> int:
    """Write the payload for everything ``src`` holds; return the plaintext size."""
    nonce = os.urandom(NONCE_SIZE)
    aead = _payload_aead(file_key, nonce)
    dst.write(nonce)
    total = 0
    counter = 0
    chunk = read_full(src, CHUNK_SIZE)
    while True:
        following = read_full(src, CHUNK_SIZE) if len(chunk) == CHUNK_SIZE else b""
        last = not following
        dst.write(aead.encrypt(_chunk_nonce(counter, last), chunk, None))
        total += len(chunk)
        if last:
            return total
        counter += 1
        chunk = following


def decrypt_payload(file_key: bytes, src: BinaryIO, dst: BinaryIO) -> int:
    """Verify and write the plaintext of the payload ``src`` holds; return its size."""
    nonce = read_full(src, NONCE_SIZE)
    if len(nonce) < NONCE_SIZE:
        raise _failed("the payload nonce is truncated")
    aead = _payload_aead(file_key, nonce)
    total = 0
    counter = 0
    chunk = read_full(src, ENCRYPTED_CHUNK_SIZE)
    while True:
        if len(chunk) < ENCRYPTED_CHUNK_SIZE:
            following = b""
        else:
            following = read_full(src, ENCRYPTED_CHUNK_SIZE)
        last = not following
        if len(chunk) < TAG_SIZE:
            raise _failed(f"the file is truncated (chunk {counter} is incomplete)")
        try:
            plaintext = aead.decrypt(_chunk_nonce(counter, last), chunk, None)
        except InvalidTag:
            where = "the last chunk" if last else f"chunk {counter}"
            raise _failed(
                f"{where} does not authenticate (altered, reordered, truncated or extended)"
            ) from None
        if last and not plaintext and counter > 0:
            raise _failed("the last chunk is empty (not a canonical age payload)")
        dst.write(plaintext)
        total += len(plaintext)
        if last:
            return total
        counter += 1
        chunk = following


def decrypt_payload_bytes(file_key: bytes, data: bytes, start: int) -> bytes:
    """``decrypt_payload`` of the payload ``data`` holds from ``start``: the plaintext, whole.
    One chunk (what a sealed record is) is opened in place; a longer payload goes through the
    stream, with the same refusals."""
    nonce = data[start : start + NONCE_SIZE]
    chunk = data[start + NONCE_SIZE :]
    if len(nonce) < NONCE_SIZE or len(chunk) > ENCRYPTED_CHUNK_SIZE:
        out = io.BytesIO()
        decrypt_payload(file_key, io.BytesIO(data[start:]), out)
        return out.getvalue()
    if len(chunk) < TAG_SIZE:
        raise _failed("the file is truncated (chunk 0 is incomplete)")
    try:
        return _payload_aead(file_key, nonce).decrypt(_LAST_ONLY, chunk, None)
    except InvalidTag:
        raise _failed(
            "the last chunk does not authenticate (altered, reordered, truncated or extended)"
        ) from None


_LAST_ONLY = _chunk_nonce(0, True)
