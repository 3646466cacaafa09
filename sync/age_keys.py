"""age X25519 keys and the X25519 recipient stanza.

An identity is 32 random bytes (an X25519 scalar) written ``AGE-SECRET-KEY-1...``; its recipient is
the public point, written ``age1...`` (both Bech32, ``sync.age_bech32``).

The stanza ``-> X25519 <ephemeral share>`` wraps the 16-byte file key: with an ephemeral key pair,
``wrap key = HKDF-SHA256(ikm=shared secret, salt=share || recipient, info=
"age-encryption.org/v1/X25519")`` and the body is ChaCha20-Poly1305(wrap key, nonce=0, file key).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from hashlib import sha256

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from sync import age_bech32
from sync.age_header import Stanza, b64_decode, b64_encode, malformed
from sync.errors import SyncError, SyncErrorKind

IDENTITY_HRP = "age-secret-key-"
RECIPIENT_HRP = "age"
X25519_TYPE = "X25519"
X25519_INFO = b"age-encryption.org/v1/X25519"
FILE_KEY_SIZE = 16
KEY_SIZE = 32
_ZERO_NONCE = bytes(12)
_ZERO_SHARED = bytes(KEY_SIZE)


_BLOCK = 64  # SHA-256's block size, what HMAC pads its key to
_INNER = bytes.maketrans(bytes(range(256)), bytes(b ^ 0x36 for b in range(256)))
_OUTER = bytes.maketrans(bytes(range(256)), bytes(b ^ 0x5C for b in range(256)))


def hmac_sha256(key: bytes, message: bytes) -> bytes:
    """HMAC-SHA256 (RFC 2104) written out over ``hashlib``: a key longer than a block is hashed,
    then padded with zeros to a block and XORed with 0x36 (inner) and 0x5c (outer) by two
    ``bytes.translate``. Every pulled envelope needs four (three HKDFs and the header MAC), and
    this is about twice as fast as ``hmac.new`` or cryptography's HKDF object, which build
    their own objects each time. Tests hold it equal to ``hmac`` and to cryptography's HKDF."""
    if len(key) > _BLOCK:
        key = sha256(key).digest()
    key = key.ljust(_BLOCK, b"\0")
    inner = sha256(key.translate(_INNER) + message).digest()
    return sha256(key.translate(_OUTER) + inner).digest()


def hkdf(ikm: bytes, *, salt: bytes, info: bytes) -> bytes:
    """HKDF-SHA256 (RFC 5869) to 32 bytes, one block: extract ``PRK = HMAC(salt, ikm)``, then
    expand ``T(1) = HMAC(PRK, info || 0x01)``. An empty salt is the RFC's default (HashLen
    zeros, which HMAC pads to the same key), as age specifies."""
    return hmac_sha256(hmac_sha256(salt, ikm), info + b"\x01")


def _bad_key(what: str, reason: str) -> SyncError:
    return SyncError(SyncErrorKind.MALFORMED, f"not an age {what}: {reason}")


class Identity:
    """A parsed X25519 identity (secret key) with its public key at hand."""

    def __init__(self, secret: bytes) -> None:
        self.key = X25519PrivateKey.from_private_bytes(secret)
        self.public = self.key.public_key().public_bytes_raw()

    @staticmethod
    def parse(text: str) -> Identity:
        try:
            hrp, data = age_bech32.decode(text.strip())
        except age_bech32.Bech32Error as exc:
            raise _bad_key("identity", str(exc)) from None
        if hrp != IDENTITY_HRP or len(data) != KEY_SIZE:
            raise _bad_key("identity", "expected AGE-SECRET-KEY-1... holding 32 bytes")
        return Identity(data)

    def unwrap(self, stanza: Stanza) -> bytes | None:
        """The file key if this stanza was made for us, else None."""
        return self.unwrap_share(
            b64_decode(stanza.args[0].encode("ascii"), "an X25519 share"), stanza
        )

    def unwrap_share(self, share: bytes, stanza: Stanza) -> bytes | None:
        """``unwrap`` with the stanza's share already decoded (``check_x25519_stanza``)."""
        try:
            shared = self.key.exchange(X25519PublicKey.from_public_bytes(share))
        except ValueError:
            raise malformed("an X25519 stanza has a low-order share") from None
        if shared == _ZERO_SHARED:  # cryptography already refuses this; belt and braces
            raise malformed("an X25519 stanza has a low-order share")
        wrap_key = hkdf(shared, salt=share + self.public, info=X25519_INFO)
        try:
            return ChaCha20Poly1305(wrap_key).decrypt(_ZERO_NONCE, stanza.body, None)
        except InvalidTag:
            return None


_PARSED: ContextVar[dict[str, Identity] | None] = ContextVar("age_identities", default=None)


@contextmanager
def parsed_once() -> Iterator[None]:
    """Inside this block (in this thread), each identity string is parsed once, however many
    files it opens: a pull opens thousands with the same two or three keys, and parsing one
    (Bech32 checksum, X25519 key load) cost as much as the rest of opening a small file. The
    parsed keys are dropped when the block ends, so they live no longer than the work that
    needed them; outside any block every call parses afresh, as before."""
    token = _PARSED.set({})
    try:
        yield
    finally:
        cache = _PARSED.get()
        if cache is not None:
            cache.clear()
        _PARSED.reset(token)


def identity(text: str) -> Identity:
    """``Identity.parse(text)``, once per ``parsed_once`` block."""
    cache = _PARSED.get()
    if cache is None:
        return Identity.parse(text)
    found = cache.get(text)
    if found is None:
        found = cache[text] = Identity.parse(text)
    return found


def encode_identity(secret: bytes) -> str:
    return age_bech32.encode(IDENTITY_HRP, secret).upper()


def encode_recipient(public: bytes) -> str:
    return age_bech32.encode(RECIPIENT_HRP, public)


def parse_recipient(text: str) -> bytes:
    """The 32-byte X25519 public key of an ``age1...`` recipient."""
    try:
        hrp, data = age_bech32.decode(text.strip())
    except age_bech32.Bech32Error as exc:
        raise _bad_key("recipient", str(exc)) from None
    if hrp != RECIPIENT_HRP or len(data) != KEY_SIZE:
        raise _bad_key("recipient", "expected age1... holding 32 bytes")
    return data


def check_x25519_stanza(stanza: Stanza) -> bytes:
    """Refuse an X25519 stanza of the wrong shape (whatever identities we hold); its share."""
    if len(stanza.args) != 1:
        raise malformed("an X25519 stanza must have exactly one argument")
    share = b64_decode(stanza.args[0].encode("ascii"), "an X25519 share")
    if len(share) != KEY_SIZE:
        raise malformed("an X25519 share must be 32 bytes")
    if len(stanza.body) != FILE_KEY_SIZE + 16:
        raise malformed("an X25519 stanza body must be 32 bytes")
    return share


def wrap(file_key: bytes, recipient: bytes) -> Stanza:
    ephemeral = X25519PrivateKey.generate()
    share = ephemeral.public_key().public_bytes_raw()
    try:
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient))
    except ValueError:
        raise _bad_key("recipient", "not a usable X25519 public key") from None
    wrap_key = hkdf(shared, salt=share + recipient, info=X25519_INFO)
    body = ChaCha20Poly1305(wrap_key).encrypt(_ZERO_NONCE, file_key, None)
    return Stanza(X25519_TYPE, (b64_encode(share).decode("ascii"),), body)
