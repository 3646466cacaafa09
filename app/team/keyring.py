"""The keys of a workspace: this device's, its team's and the supervisors' export key.

- Device signing key (Ed25519): signs every envelope this laptop makes.
- Device age identity (X25519): the team key is sealed to it at enrolment.
- Team keys (age identities, one per rotation; the newest encrypts, all decrypt).
- Export key: every envelope is also encrypted to it, so supervisors can verify and export any
  team's data; its secret half exists only on supervisors' laptops.

All secrets live in the ``keys`` table of the encrypted database; none ever touches disk in clear.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from app.errors import BadInput
from app.workspace import audit
from app.workspace.store import Store
from sync import age
from sync.protocol import device_fingerprint

DEVICE_SIGNING = "device_signing"
DEVICE_AGE = "device_age"
EXPORT = "export"
TEAM_PREFIX = "team:"


@dataclass(frozen=True)
class TeamKey:
    name: str
    identity: str
    recipient: str


class Keyring:
    def __init__(self, store: Store) -> None:
        self.store = store

    def _get(self, name: str) -> tuple[str | None, str] | None:
        row = self.store.query_one("SELECT secret, public FROM keys WHERE name = ?", (name,))
        return None if row is None else (row[0], row[1])

    def _put(self, name: str, secret: str | None, public: str) -> None:
        self.store.execute(
            "INSERT INTO keys (name, secret, public, created_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (name) DO UPDATE SET secret = excluded.secret, public = excluded.public",
            (name, secret, public, audit.now_iso()),
        )

    # -- this device ----------------------------------------------------------------------------

    def ensure_device_keys(self) -> None:
        with self.store.atomic():
            if self._get(DEVICE_SIGNING) is None:
                private = Ed25519PrivateKey.generate()
                raw = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
                public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
                self._put(DEVICE_SIGNING, _b64(raw), _b64(public))
            if self._get(DEVICE_AGE) is None:
                identity, recipient = age.generate_identity()
                self._put(DEVICE_AGE, identity, recipient)

    def signing_key(self) -> Ed25519PrivateKey:
        self.ensure_device_keys()
        found = self._get(DEVICE_SIGNING)
        assert found is not None and found[0] is not None
        return Ed25519PrivateKey.from_private_bytes(base64.b64decode(found[0]))

    def signing_public(self) -> bytes:
        self.ensure_device_keys()
        found = self._get(DEVICE_SIGNING)
        assert found is not None
        return base64.b64decode(found[1])

    def device_identity(self) -> tuple[str, str]:
        self.ensure_device_keys()
        found = self._get(DEVICE_AGE)
        assert found is not None and found[0] is not None
        return found[0], found[1]

    def fingerprint(self) -> str:
        """What this laptop shows so a supervisor can compare it before approving it."""
        return device_fingerprint(self.signing_public(), self.device_identity()[1])

    # -- team and export keys -------------------------------------------------------------------

    def team_keys(self) -> list[TeamKey]:
        rows = self.store.query(
            "SELECT name, secret, public FROM keys WHERE name LIKE ? AND secret IS NOT NULL ORDER BY name",
            (TEAM_PREFIX + "%",),
        )
        return [TeamKey(r[0], r[1], r[2]) for r in rows]

    def current_team_key(self) -> TeamKey | None:
        keys = self.team_keys()
        return keys[-1] if keys else None

    def add_team_key(self, identity: str) -> TeamKey:
        """Install a team key (made here, or received sealed at enrolment or after a rotation)."""
        recipient = age.recipient_of(identity)
        count = len(self.team_keys())
        name = f"{TEAM_PREFIX}{count + 1:04d}"
        with self.store.atomic():
            self._put(name, identity, recipient)
        return TeamKey(name, identity, recipient)

    def export_recipient(self) -> str | None:
        found = self._get(EXPORT)
        return None if found is None else found[1]

    def export_identity(self) -> str | None:
        found = self._get(EXPORT)
        return None if found is None else found[0]

    def set_export_key(self, recipient: str, identity: str | None = None) -> None:
        if identity is not None and age.recipient_of(identity) != recipient:
            raise BadInput("this export key's secret and public halves do not belong together")
        with self.store.atomic():
            self._put(EXPORT, identity, recipient)

    def found_team(self) -> None:
        """A new team starts here (the first supervisor's laptop): a team key and an export key."""
        with self.store.atomic():
            self.ensure_device_keys()
            if not self.team_keys():
                identity, _ = age.generate_identity()
                self.add_team_key(identity)
            if self.export_recipient() is None:
                identity, recipient = age.generate_identity()
                self.set_export_key(recipient, identity)

    def recipients(self) -> list[str]:
        """Who every new envelope is encrypted to: the current team key and the export key."""
        team = self.current_team_key()
        if team is None:
            raise BadInput("this laptop has no team key yet: enrol it with the team first")
        found = [team.recipient]
        export = self.export_recipient()
        if export:
            found.append(export)
        return found

    def identities(self) -> list[str]:
        """Every secret that may open an envelope for us (team keys, old ones too; export key)."""
        found = [key.identity for key in self.team_keys()]
        export = self.export_identity()
        if export:
            found.append(export)
        return found


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
