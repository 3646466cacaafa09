"""The minisign file formats: public keys, secret keys and prehashed (``ED``) signatures.

Implemented from minisign's specification (https://jedisct1.github.io/minisign/) and tested against
files the real ``minisign`` tool writes and reads (tests/app/system/test_minisign.py)::

    public key   untrusted comment: ...
                 base64("Ed" || key_id[8] || ed25519_public[32])
    signature    untrusted comment: ...
                 base64("ED" || key_id[8] || ed25519(BLAKE2b-512(file))[64])
                 trusted comment: TEXT
                 base64(ed25519(signature[64] || TEXT))
    secret key   untrusted comment: ...
                 base64("Ed" || kdf "Sc" or "\\0\\0" || "B2" || salt[32] || opslimit[8 LE]
                        || memlimit[8 LE] || (key_id[8] || seed+public[64] || checksum[32])
                           XOR scrypt(passphrase, salt, opslimit, memlimit)[104])
                 checksum = BLAKE2b-256("Ed" || key_id || seed+public)

Only prehashed signatures are made and accepted: a legacy ``Ed`` signature (over the whole file)
is refused. The trusted comment is covered by the global signature, so whatever it says (the
release's version, here) cannot be changed without the key.

Contract: every parse or check failure is a :class:`MinisignError` with a one-line message; a
signature that does not verify never returns normally from :func:`verify`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from app.errors import FieldcaseError

ALG_ED = b"Ed"
ALG_PREHASHED = b"ED"
KDF_SCRYPT = b"Sc"
KDF_NONE = b"\0\0"
CKSUM_BLAKE2B = b"B2"
UNTRUSTED = "untrusted comment: "
TRUSTED = "trusted comment: "
# minisign's own choice for a passphrase-protected key (libsodium's scryptsalsa208sha256
# "sensitive" limits): N = 2^20, r = 8, p = 1, one GiB of memory, a few seconds per try.
OPSLIMIT_SENSITIVE = 33554432
MEMLIMIT_SENSITIVE = 1073741824
_SECRET_TAIL = 8 + 64 + 32


class MinisignError(FieldcaseError):
    """A key or signature that cannot be read, or a signature that does not verify."""


class UntrustedKey(MinisignError):
    """A well-formed signature by a key that is not among the trusted ones."""


def key_id_text(key_id: bytes) -> str:
    """A key id as minisign prints it: the 8 bytes read as a little-endian number, in upper-case
    hex without leading zeros (its ``%" PRIX64 "``)."""
    return f"{int.from_bytes(key_id, 'little'):X}"


@dataclass(frozen=True)
class PublicKey:
    key_id: bytes  # 8 bytes
    key: bytes  # 32 bytes, Ed25519

    @property
    def key_id_hex(self) -> str:
        """The id as minisign prints it: the 8 bytes read as a little-endian number, in upper-case
        hex without leading zeros (its `%" PRIX64 "`)."""
        return key_id_text(self.key_id)

    def text(self) -> str:
        line = base64.b64encode(ALG_ED + self.key_id + self.key).decode("ascii")
        return f"{UNTRUSTED}minisign public key {self.key_id_hex}\n{line}\n"

    @classmethod
    def parse(cls, text: str) -> PublicKey:
        lines = [line for line in text.splitlines() if line.strip()]
        encoded = lines[-1] if lines else ""
        raw = _b64(encoded, "public key")
        if len(raw) != 42 or raw[:2] != ALG_ED:
            raise MinisignError("not a minisign public key")
        return cls(raw[2:10], raw[10:])


@dataclass(frozen=True)
class SecretKey:
    key_id: bytes
    seed: bytes  # 32 bytes: the Ed25519 private key
    public: bytes  # 32 bytes

    @classmethod
    def generate(cls) -> SecretKey:
        private = Ed25519PrivateKey.generate()
        seed = private.private_bytes_raw()
        public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        return cls(secrets.token_bytes(8), seed, public)

    def public_key(self) -> PublicKey:
        return PublicKey(self.key_id, self.public)

    def text(
        self,
        passphrase: str | None,
        *,
        opslimit: int = OPSLIMIT_SENSITIVE,
        memlimit: int = MEMLIMIT_SENSITIVE,
    ) -> str:
        """The key file; encrypted as minisign does unless ``passphrase`` is None (``-W``)."""
        secret = self.seed + self.public
        checksum = hashlib.blake2b(ALG_ED + self.key_id + secret, digest_size=32).digest()
        tail = self.key_id + secret + checksum
        salt = secrets.token_bytes(32)
        if passphrase is None:
            kdf, opslimit, memlimit = KDF_NONE, 0, 0
        else:
            kdf = KDF_SCRYPT
            tail = _xor(tail, _scrypt(passphrase, salt, opslimit, memlimit))
        raw = (
            ALG_ED
            + kdf
            + CKSUM_BLAKE2B
            + salt
            + opslimit.to_bytes(8, "little")
            + memlimit.to_bytes(8, "little")
            + tail
        )
        comment = "minisign encrypted secret key" if passphrase else "minisign secret key"
        return f"{UNTRUSTED}{comment}\n{base64.b64encode(raw).decode('ascii')}\n"

    @staticmethod
    def encrypted(text: str) -> bool:
        return _secret_raw(text)[2:4] == KDF_SCRYPT

    @classmethod
    def parse(cls, text: str, passphrase: str | None) -> SecretKey:
        raw = _secret_raw(text)
        kdf, salt = raw[2:4], raw[6:38]
        opslimit = int.from_bytes(raw[38:46], "little")
        memlimit = int.from_bytes(raw[46:54], "little")
        tail = raw[54:]
        if kdf == KDF_SCRYPT:
            if passphrase is None:
                raise MinisignError("the secret key is encrypted: a passphrase is needed")
            tail = _xor(tail, _scrypt(passphrase, salt, opslimit, memlimit))
        elif kdf != KDF_NONE:
            raise MinisignError("the secret key uses an unknown key derivation")
        key_id, secret, checksum = tail[:8], tail[8:72], tail[72:]
        expected = hashlib.blake2b(ALG_ED + key_id + secret, digest_size=32).digest()
        # minisign 0.11 leaves the checksum of an unencrypted (-W) key as zeros
        unchecked = kdf == KDF_NONE and checksum == bytes(32)
        derived = (
            Ed25519PrivateKey.from_private_bytes(secret[:32])
            .public_key()
            .public_bytes(Encoding.Raw, PublicFormat.Raw)
        )
        if not (unchecked or secrets.compare_digest(checksum, expected)) or derived != secret[32:]:
            raise MinisignError("wrong passphrase for the secret key (or the key file is damaged)")
        return cls(key_id, secret[:32], secret[32:])

    def sign(self, data: bytes, trusted_comment: str, untrusted_comment: str = "") -> str:
        """A prehashed minisign signature of ``data`` (the text of a ``.minisig`` file)."""
        if "\n" in trusted_comment or "\r" in trusted_comment:
            raise MinisignError("a trusted comment is one line")
        private = Ed25519PrivateKey.from_private_bytes(self.seed)
        signature = private.sign(hashlib.blake2b(data, digest_size=64).digest())
        global_signature = private.sign(signature + trusted_comment.encode("utf-8"))
        untrusted = untrusted_comment or f"signature from fieldcase release key {self.key_id_hex}"
        return (
            f"{UNTRUSTED}{untrusted}\n"
            f"{base64.b64encode(ALG_PREHASHED + self.key_id + signature).decode('ascii')}\n"
            f"{TRUSTED}{trusted_comment}\n"
            f"{base64.b64encode(global_signature).decode('ascii')}\n"
        )

    @property
    def key_id_hex(self) -> str:
        return self.public_key().key_id_hex


@dataclass(frozen=True)
class Verified:
    """What a signature that verified tells: who signed, and the comment they signed."""

    signer: PublicKey
    trusted_comment: str


def verify(data: bytes, signature_text: str, trusted: list[PublicKey]) -> Verified:
    """Check ``signature_text`` over ``data`` against one of the ``trusted`` keys.

    Raises :class:`MinisignError` saying which check failed; returns only when the file's
    signature and the global signature (over the trusted comment) both verify."""
    lines = signature_text.splitlines()
    if len(lines) < 4 or not lines[0].startswith(UNTRUSTED) or not lines[2].startswith(TRUSTED):
        raise MinisignError("the signature file is not in minisign format")
    raw = _b64(lines[1], "signature")
    if len(raw) != 74:
        raise MinisignError("the signature file is not in minisign format")
    if raw[:2] == ALG_ED:
        raise MinisignError("a legacy (not prehashed) minisign signature is not accepted")
    if raw[:2] != ALG_PREHASHED:
        raise MinisignError("the signature uses an unknown algorithm")
    key_id, signature = raw[2:10], raw[10:]
    signer = next((key for key in trusted if key.key_id == key_id), None)
    if signer is None:
        raise UntrustedKey(
            f"signed by key {key_id_text(key_id)}, which is not a trusted release key"
        )
    comment = lines[2][len(TRUSTED) :]
    global_signature = _b64(lines[3], "signature")
    public = Ed25519PublicKey.from_public_bytes(signer.key)
    try:
        public.verify(signature, hashlib.blake2b(data, digest_size=64).digest())
    except InvalidSignature:
        raise MinisignError("the signature does not match the signed file") from None
    try:
        public.verify(global_signature, signature + comment.encode("utf-8"))
    except InvalidSignature:
        raise MinisignError("the signature's trusted comment was changed") from None
    return Verified(signer, comment)


def write_private(path: Path, text: str) -> None:
    """Write a secret key file readable by its owner only, never over an existing one."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="ascii") as file:
        file.write(text)


def _secret_raw(text: str) -> bytes:
    lines = [line for line in text.splitlines() if line.strip()]
    raw = _b64(lines[-1] if lines else "", "secret key")
    if len(raw) != 54 + _SECRET_TAIL or raw[:2] != ALG_ED or raw[4:6] != CKSUM_BLAKE2B:
        raise MinisignError("not a minisign secret key")
    return raw


def _b64(text: str, what: str) -> bytes:
    try:
        return base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise MinisignError(f"the {what} is not valid base64") from None


def _xor(data: bytes, key: bytes) -> bytes:
    return bytes(a ^ b for a, b in zip(data, key, strict=True))


def _scrypt(passphrase: str, salt: bytes, opslimit: int, memlimit: int) -> bytes:
    """libsodium's crypto_pwhash_scryptsalsa208sha256: scrypt with N, r, p picked from the two
    limits the way libsodium picks them (``pickparams``), so minisign reads our keys and we its."""
    opslimit = max(opslimit, 32768)
    r = 8
    if opslimit < memlimit // 32:
        p = 1
        max_n = opslimit // (r * 4)
    else:
        max_n = memlimit // (r * 128)
    n_log2 = 1
    while n_log2 < 63 and (1 << n_log2) <= max_n // 2:
        n_log2 += 1
    if not opslimit < memlimit // 32:
        max_rp = min((opslimit // 4) // (1 << n_log2), 0x3FFFFFFF)
        p = max_rp // r
    n = 1 << n_log2
    return hashlib.scrypt(
        passphrase.encode("utf-8"),
        salt=salt,
        n=n,
        r=r,
        p=p,
        maxmem=128 * r * n * max(p, 1) + 128 * r * (p + 2) + (1 << 20),
        dklen=_SECRET_TAIL,
    )
