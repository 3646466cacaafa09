"""Sealing bytes to X25519 public keys, for files kept outside the database.

The workspace room may not import ``sync/`` (tests/test_layering.py), where the project's age
implementation lives, so this is the same construction as age's X25519 recipient, in its own
small format: a random 32-byte file key encrypts the payload (ChaCha20-Poly1305 under a key
HKDF'd from it; the header is the associated data, so no recipient can be added, removed or
changed); for each recipient, an ephemeral X25519 key's shared secret (HKDF-SHA256, salted with
both public keys) wraps the file key. Anyone holding one recipient's secret opens the file;
nobody else learns anything from it but its size and the number of recipients.

```
MAGIC | n (1 byte) | n x (ephemeral public 32 | wrapped file key 48) | payload + tag 16
```

The sender is not authenticated (anyone who knows a public key can seal to it), as with age: a
reader decides what a sealed file may change (app/workspace/shared_drafts.py).
"""

from __future__ import annotations

MAGIC = b"fieldcase-sealed-1\n"
KEY_BYTES = 32
_STANZA = KEY_BYTES + KEY_BYTES + 16
_NONCE = b"\0" * 12


def public_of(secret: bytes | bytearray) -> bytes:
    """The X25519 public key of a 32-byte secret."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    return X25519PrivateKey.from_private_bytes(bytes(secret)).public_key().public_bytes_raw()


def _hkdf(material: bytes, salt: bytes, info: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(hashes.SHA256(), KEY_BYTES, salt, info).derive(material)


def seal(plaintext: bytes, recipients: list[bytes]) -> bytes:
    """``plaintext`` sealed to each of ``recipients`` (X25519 public keys, duplicates dropped)."""
    import secrets

    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    unique = list(dict.fromkeys(bytes(r) for r in recipients))
    if not 1 <= len(unique) <= 255:
        raise ValueError("a sealed file needs 1 to 255 recipients")
    file_key = secrets.token_bytes(KEY_BYTES)
    header = bytearray(MAGIC + bytes([len(unique)]))
    for recipient in unique:
        ephemeral = X25519PrivateKey.generate()
        ephemeral_public = ephemeral.public_key().public_bytes_raw()
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient))
        wrap = _hkdf(shared, ephemeral_public + recipient, b"fieldcase-sealed-1 recipient")
        header += ephemeral_public + ChaCha20Poly1305(wrap).encrypt(_NONCE, file_key, None)
    payload_key = _hkdf(file_key, b"", b"fieldcase-sealed-1 payload")
    body = ChaCha20Poly1305(payload_key).encrypt(_NONCE, plaintext, bytes(header))
    return bytes(header) + body


def open_sealed(blob: bytes, secret: bytes | bytearray) -> bytes | None:
    """The plaintext, or ``None`` when ``secret`` is not a recipient (or the file was altered)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    if not blob.startswith(MAGIC) or len(blob) < len(MAGIC) + 1:
        return None
    count = blob[len(MAGIC)]
    start = len(MAGIC) + 1
    end = start + count * _STANZA
    if len(blob) < end + 16:
        return None
    header = blob[:end]
    private = X25519PrivateKey.from_private_bytes(bytes(secret))
    mine = private.public_key().public_bytes_raw()
    for at in range(start, end, _STANZA):
        ephemeral_public = blob[at : at + KEY_BYTES]
        try:
            shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
            wrap = _hkdf(shared, ephemeral_public + mine, b"fieldcase-sealed-1 recipient")
            file_key = ChaCha20Poly1305(wrap).decrypt(
                _NONCE, blob[at + KEY_BYTES : at + _STANZA], None
            )
        except (InvalidTag, ValueError):
            continue
        payload_key = _hkdf(file_key, b"", b"fieldcase-sealed-1 payload")
        try:
            return ChaCha20Poly1305(payload_key).decrypt(_NONCE, blob[end:], header)
        except InvalidTag:
            return None
    return None
