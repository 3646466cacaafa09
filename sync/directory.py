"""The team directory's entries: a team's age recipient, signed by one of its supervisors' devices.

A referral is sealed to the receiving team's age recipient, which the referring laptop learns
from the server's directory. The server must not be able to swap it (it would then read the
referral), so each entry is signed by a supervisor device of its team, and laptops pin the key
that signs a team's entries the first time they see it (see sync/README.md, "Referrals between
teams", for what the server can and cannot lie about).

An entry is canonical JSON (sorted keys, no spaces, UTF-8)::

    {"format": "fieldcase-team-entry-1", "team": T, "recipient": "age1...", "key_id": hex16,
     "export_recipient": "age1..." | null, "supervisor_device": D, "signing_key": base64,
     "devices": [{"device": D, "signing_key": base64}, ...],
     "vouched": {"other team": "its fingerprint", ...}, "published": ISO time}

``devices`` are the team's devices that may send referrals (verified against this list, not the
server's roster); ``vouched`` are other teams whose fingerprint a supervisor of this team compared,
so the team's field laptops need not compare it again. Signed bytes:
``b"fieldcase-team-entry-v1\\n" + entry``. A team's **fingerprint** is eight groups of four hex
digits of ``SHA-256("fieldcase-team-v1\\n" || team || "\\n" || signing key)``: it names the key
that vouches for the team, so it survives key rotations (a new recipient, same signer).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from sync.errors import SyncError, SyncErrorKind

FORMAT = "fieldcase-team-entry-1"
DOMAIN = b"fieldcase-team-entry-v1\n"
FINGERPRINT_DOMAIN = b"fieldcase-team-v1\n"
MAX_ENTRY_BYTES = 256 * 1024
_NAME = re.compile(r"[A-Za-z0-9_.:-]{1,128}")
_RECIPIENT = re.compile(r"age1[02-9ac-hj-np-z]{58}")


def team_fingerprint(team: str, signing_key: bytes) -> str:
    digest = hashlib.sha256(
        FINGERPRINT_DOMAIN + team.encode("utf-8") + b"\n" + signing_key
    ).hexdigest()
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4)).upper()


def key_id(recipient: str) -> str:
    """A short name for one team key (it changes when the key rotates)."""
    return hashlib.sha256(recipient.encode("ascii")).hexdigest()[:16]


def same_fingerprint(a: str, b: str) -> bool:
    return "".join(a.split()).upper() == "".join(b.split()).upper()


@dataclass(frozen=True)
class TeamEntry:
    team: str
    recipient: str
    export_recipient: str | None
    supervisor_device: str
    signing_key: bytes
    devices: dict[str, bytes] = field(default_factory=dict)  # device -> Ed25519 public key
    vouched: dict[str, str] = field(default_factory=dict)  # other team -> its fingerprint
    published: str = ""

    @property
    def key_id(self) -> str:
        return key_id(self.recipient)

    @property
    def fingerprint(self) -> str:
        return team_fingerprint(self.team, self.signing_key)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "team": self.team,
            "recipient": self.recipient,
            "key_id": self.key_id,
            "export_recipient": self.export_recipient,
            "supervisor_device": self.supervisor_device,
            "signing_key": _b64(self.signing_key),
            "devices": [
                {"device": name, "signing_key": _b64(key)}
                for name, key in sorted(self.devices.items())
            ],
            "vouched": dict(sorted(self.vouched.items())),
            "published": self.published,
        }

    def canonical(self) -> bytes:
        return json.dumps(self.to_json(), sort_keys=True, separators=(",", ":")).encode("utf-8")


@dataclass(frozen=True)
class SignedEntry:
    """An entry as published: its exact bytes and the signature over them."""

    entry: TeamEntry
    raw: bytes
    signature: bytes

    def to_wire(self) -> dict[str, str]:
        return {"entry": self.raw.decode("utf-8"), "signature": _b64(self.signature)}


def sign_entry(entry: TeamEntry, signer: Ed25519PrivateKey) -> SignedEntry:
    raw = entry.canonical()
    return SignedEntry(entry, raw, signer.sign(DOMAIN + raw))


def read_entry(raw: bytes, signature: bytes) -> SignedEntry:
    """Parse an entry and check its signature against the key it names.

    That proves only that the holder of that key wrote it; whether that key may speak for the
    team is the reader's decision (the server: the team's supervisor device; a laptop: the key it
    pinned). Raises ``SyncError(MALFORMED | SIGNATURE)``."""
    if len(raw) > MAX_ENTRY_BYTES:
        raise SyncError(SyncErrorKind.MALFORMED, "a team directory entry is too large")
    try:
        data = json.loads(raw)
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("not a fieldcase team directory entry")
        devices = {
            str(d["device"]): base64.b64decode(str(d["signing_key"]), validate=True)
            for d in data["devices"]
        }
        vouched = {str(k): str(v) for k, v in dict(data.get("vouched") or {}).items()}
        export = data.get("export_recipient")
        entry = TeamEntry(
            team=str(data["team"]),
            recipient=str(data["recipient"]),
            export_recipient=None if export is None else str(export),
            supervisor_device=str(data["supervisor_device"]),
            signing_key=base64.b64decode(str(data["signing_key"]), validate=True),
            devices=devices,
            vouched=vouched,
            published=str(data.get("published", "")),
        )
        _check(entry, data)
    except (ValueError, KeyError, TypeError, binascii.Error) as exc:
        raise SyncError(
            SyncErrorKind.MALFORMED, f"not a team directory entry: {exc}"[:300]
        ) from exc
    try:
        Ed25519PublicKey.from_public_bytes(entry.signing_key).verify(signature, DOMAIN + raw)
    except (InvalidSignature, ValueError) as exc:
        raise SyncError(
            SyncErrorKind.SIGNATURE,
            f"the directory entry of team {entry.team}: the signature does not verify",
        ) from exc
    return SignedEntry(entry, raw, signature)


def read_wire(item: Any) -> SignedEntry:
    try:
        raw = str(item["entry"]).encode("utf-8")
        signature = base64.b64decode(str(item["signature"]), validate=True)
    except (KeyError, TypeError, binascii.Error) as exc:
        raise SyncError(SyncErrorKind.MALFORMED, "not a team directory entry") from exc
    return read_entry(raw, signature)


def _check(entry: TeamEntry, data: dict[str, Any]) -> None:
    for name in (entry.team, entry.supervisor_device, *entry.devices, *entry.vouched):
        if not _NAME.fullmatch(name):
            raise ValueError(f"bad name {name[:40]!r}")
    for recipient in (entry.recipient, entry.export_recipient):
        if recipient is not None and not _RECIPIENT.fullmatch(recipient):
            raise ValueError("bad age recipient")
    if data.get("key_id") != entry.key_id:
        raise ValueError("key_id is not the recipient's")
    keys = [entry.signing_key, *entry.devices.values()]
    if any(len(key) != 32 for key in keys):
        raise ValueError("a signing key is not 32 bytes")
    if entry.devices.get(entry.supervisor_device, entry.signing_key) != entry.signing_key:
        raise ValueError("the supervisor device is listed with another key")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
