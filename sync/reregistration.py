"""Registering again, without a code, with a server restored from a backup older than the device.

A laptop enrolled after the server's newest backup is unknown to the restored server: its token
is refused as unknown. It may ask to be registered again (``POST /v1/devices/re-register``) with
the same device id, team, public keys and token, signed with its own Ed25519 key, so only the
holder of the key can bind a token to it. The server only accepts that within a while after a
restore, never for a device id or keys it holds revoked, and the device lands *pending*: it reads
and sends nothing until a supervisor's laptop that approved those very keys approves it again
(``app.team.restored_devices``), or the administrator does, comparing the fingerprint.
"""

from __future__ import annotations

import hashlib

DOMAIN = b"fieldcase-re-register-v1\n"


def statement(device: str, team: str, token: str, age_recipient: str) -> bytes:
    """The bytes a laptop signs to register again: its id, team, the token's SHA-256 and its age
    recipient (its signing key is the key that verifies the signature)."""
    token_hash = hashlib.sha256(token.encode("utf-8")).hexdigest()
    return DOMAIN + "\n".join((device, team, token_hash, age_recipient)).encode("utf-8")
