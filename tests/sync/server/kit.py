"""Test helpers shared by the server's unit and integration tests: PostgreSQL schemas per test
and a stand-in field laptop that signs envelopes (the server never decrypts, so any bytes do)."""

from __future__ import annotations

import base64
import secrets
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from sync.envelope import Envelope

PG_ENV = "FIELDCASE_TEST_PG_URL"
PG_SKIP = (
    f"PostgreSQL tests skipped: set {PG_ENV} to a database URL to run them "
    "(apt-get install postgresql; .ci/run starts it and sets the URL)"
)
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


class PgSchema:
    """A fresh schema on the test database; the yielded URL puts it first on the search path."""

    def __init__(self, base: str) -> None:
        import psycopg

        self.psycopg = psycopg
        self.base = base
        self.schema = f"t_{secrets.token_hex(6)}"

    def _conninfo(self) -> str:
        return self.base.replace("postgresql+psycopg://", "postgresql://", 1)

    def __enter__(self) -> str:
        with self.psycopg.connect(self._conninfo(), autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA {self.schema}")
        joiner = "&" if "?" in self.base else "?"
        return f"{self.base}{joiner}options=-csearch_path%3D{self.schema}"

    def __exit__(self, *exc: object) -> None:
        with self.psycopg.connect(self._conninfo(), autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {self.schema} CASCADE")


def fake_age_recipient() -> str:
    """Shaped like an age X25519 recipient; the server never uses it to encrypt."""
    return "age1" + "".join(secrets.choice(BECH32) for _ in range(58))


@dataclass
class Laptop:
    """A field laptop as the server sees it: a device id, its keys, its bearer token."""

    device: str
    team: str = ""
    key: Ed25519PrivateKey = field(default_factory=Ed25519PrivateKey.generate)
    recipient: str = field(default_factory=fake_age_recipient)
    token: str = ""
    fingerprint: str = ""

    @property
    def public_key(self) -> bytes:
        return self.key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def registration(self, code: str) -> dict[str, str]:
        return {
            "enrolment_code": code,
            "device": self.device,
            "signing_key": base64.b64encode(self.public_key).decode(),
            "age_recipient": self.recipient,
        }

    def envelope(
        self,
        body: bytes | None = None,
        *,
        kind: str = "case_event",
        team: str | None = None,
        device: str | None = None,
    ) -> Envelope:
        """A signed envelope; its body stands for age ciphertext (the server never opens it)."""
        unsigned = Envelope(
            id=str(uuid.uuid4()),
            team=team or self.team,
            device=device or self.device,
            kind=kind,
            created=datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            body=body if body is not None else b"age-encryption.org/v1\n" + secrets.token_bytes(64),
            signature=b"\0" * 64,
        )
        return Envelope(
            **{**unsigned.__dict__, "signature": self.key.sign(unsigned.signing_bytes())}
        )


def enrol(
    client: Any,
    database: Any,
    laptop: Laptop,
    team: str,
    *,
    approve: bool = True,
    supervisor: bool = False,
) -> Laptop:
    """Issue a code, register the laptop with it through ``client`` (a TestClient), and (by
    default) approve it on ``database`` (a ``sync.server.database.Database``)."""
    from sync.server import approvals, enrolment

    code = enrolment.issue_enrolment_code(database, team)
    response = client.post("/v1/devices", json=laptop.registration(code))
    assert response.status_code == 201, response.text
    body = response.json()
    laptop.team, laptop.token, laptop.fingerprint = body["team"], body["token"], body["fingerprint"]
    if approve:
        approvals.approve(
            database, laptop.device, fingerprint=laptop.fingerprint, supervisor=supervisor
        )
    return laptop


def push(client: Any, laptop: Laptop, items: list[Any], **kwargs: Any) -> Any:
    return client.post("/v1/push", json={"envelopes": items}, headers=laptop.auth, **kwargs)
