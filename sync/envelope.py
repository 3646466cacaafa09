"""Envelopes: one encrypted, signed unit of sync.

An envelope carries one payload (a case event, a form version, an attachment) encrypted in the age
v1 format (``sync.age``) to several recipients at once (the team's key and the supervisors' export
key), plus the routing data the server needs and may see: its id, team, device, kind and creation
time. The device signs the routing data together with the SHA-256 of the ciphertext (Ed25519), so
neither the ciphertext nor the routing data can be changed without the signature failing, and an
envelope cannot be pushed as if another device had made it.

Signed bytes: ``b"fieldcase-envelope-v1\\n"`` followed by the canonical JSON (sorted keys, no spaces,
UTF-8) of ``{"body_sha256": hex, "body_size": int, "created": str, "device": str, "id": str,
"kind": str, "team": str}``.

Wire form (JSON): the same fields plus ``body`` and ``signature`` in standard base64, and
``"v": 1``; a referral also carries ``recipient_team`` (the other team that may pull it), and so
does an attachment re-sealed for one (the other team that may read it). That one is routing the
server acts on, outside the signature: the body is sealed to that team's key, so a wrong route
can only fail to deliver (sync/README.md, "Referrals between teams").
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property, lru_cache
from json.encoder import encode_basestring_ascii
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from nacl.exceptions import CryptoError
from nacl.signing import VerifyKey

from sync import age
from sync.errors import SyncError, SyncErrorKind

VERSION = 1
DOMAIN = b"fieldcase-envelope-v1\n"
# The kinds of envelope, as the wire spells them (never renamed: every laptop and server reads them).
CASE_EVENT = "case_event"
SUBMISSION = "submission"
FORM = "form"
ATTACHMENT = "attachment"
REFERRAL = "referral"
ERASURE = "erasure"
AUDIT = "audit"
DEVICE_APPROVALS = "device_approvals"  # a supervisor's laptop vouches for devices
KINDS = (CASE_EVENT, SUBMISSION, FORM, ATTACHMENT, REFERRAL, ERASURE, AUDIT, DEVICE_APPROVALS)
# What a kind may look like: a newer fieldcase may send a kind this one does not know (KINDS are
# those it knows). Such an envelope is well formed: the server routes it like any other, and a laptop
# keeps it with its wire until an update brings its receiver (app/team/outbox.py, Inbox).
KIND = re.compile(r"[a-z][a-z0-9_]{0,31}")
ENVELOPE_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_NAME = re.compile(r"[A-Za-z0-9_.:-]{1,128}")
_CREATED = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z")
MAX_BODY = 64 * 1024 * 1024
_SHAPE = re.compile("\n".join(p.pattern for p in (ENVELOPE_ID, _NAME, _NAME, _CREATED, KIND)))
"""``check_shape``'s five patterns in one, the fields joined by newlines (which none of them
matches, so each field must match its own pattern whole)."""


_quote: Callable[[str], str] = encode_basestring_ascii  # what json.dumps quotes a string with


def routing_signing_bytes(routing: dict[str, Any]) -> bytes:
    """The bytes a device signs for an envelope with this routing data (see the module's
    docstring). A chunked upload is checked against them before its body has arrived."""
    return DOMAIN + json.dumps(routing, sort_keys=True, separators=(",", ":")).encode("utf-8")


@dataclass(frozen=True)
class Envelope:
    id: str
    team: str
    device: str
    kind: str
    created: str
    body: bytes
    signature: bytes
    recipient_team: str | None = None  # referrals and their attachments; not signed (see above)

    @cached_property
    def body_sha256(self) -> str:
        """Hex SHA-256 of the body, computed once (signing, verifying and storing all need it)."""
        return hashlib.sha256(self.body).hexdigest()

    def routing(self) -> dict[str, Any]:
        return {
            "body_sha256": self.body_sha256,
            "body_size": len(self.body),
            "created": self.created,
            "device": self.device,
            "id": self.id,
            "kind": self.kind,
            "team": self.team,
        }

    def signing_bytes(self) -> bytes:
        """``routing_signing_bytes(self.routing())``, written out: the keys in their sorted
        order, each string quoted by the C function ``json.dumps`` quotes it with (every
        envelope pulled or pushed is verified, and the general encoder cost more than a tenth
        of the signature check). A test holds the two equal."""
        q = _quote
        return DOMAIN + (
            f'{{"body_sha256":{q(self.body_sha256)},"body_size":{len(self.body)},'
            f'"created":{q(self.created)},"device":{q(self.device)},"id":{q(self.id)},'
            f'"kind":{q(self.kind)},"team":{q(self.team)}}}'
        ).encode("ascii")

    def verify(self, device_public_key: bytes) -> None:
        """Raise ``SyncError(SIGNATURE)`` unless the device holding this key signed the envelope."""
        try:
            _public_key(device_public_key).verify(self.signing_bytes(), self.signature)
        except (CryptoError, ValueError, TypeError) as exc:
            raise SyncError(
                SyncErrorKind.SIGNATURE, f"envelope {self.id}: the device signature does not verify"
            ) from exc

    def head(self) -> dict[str, Any]:
        """The wire form without ``body`` and ``signature`` (framed batches and transfer files
        carry those as bytes)."""
        head: dict[str, Any] = {
            "v": VERSION,
            "id": self.id,
            "team": self.team,
            "device": self.device,
            "kind": self.kind,
            "created": self.created,
        }
        if self.recipient_team is not None:
            head["recipient_team"] = self.recipient_team
        return head

    def to_wire(self, *, body: bool = True) -> dict[str, Any]:
        """The wire form; ``body=False`` leaves the body out without encoding it (what is kept
        beside a sealed body stored apart: an attachment's may be megabytes)."""
        wire = {**self.head(), "signature": base64.b64encode(self.signature).decode("ascii")}
        if body:
            wire["body"] = base64.b64encode(self.body).decode("ascii")
        return wire

    @staticmethod
    def from_wire(data: Any) -> Envelope:
        """Parse and check the shape of a wire envelope (not its signature: see ``verify``)."""
        try:
            fields = _head_fields(data, ("body", "signature"))
            if len(fields["body"]) > MAX_BODY * 4 // 3 + 4:
                raise ValueError("body too large")
            body = base64.b64decode(fields["body"], validate=True)
            signature = base64.b64decode(fields["signature"], validate=True)
        except (KeyError, ValueError, binascii.Error) as exc:
            raise SyncError(SyncErrorKind.MALFORMED, f"not an envelope: {exc}") from exc
        return _checked(fields, body, signature, data.get("recipient_team"))

    @staticmethod
    def from_parts(head: Any, body: bytes, signature: bytes) -> Envelope:
        """Parse and check a framed envelope (``sync.batch``): ``head`` is the wire form without
        ``body`` and ``signature``, which come as raw bytes. The same checks as ``from_wire``."""
        try:
            fields = _head_fields(head, ())
        except (KeyError, ValueError) as exc:
            raise SyncError(SyncErrorKind.MALFORMED, f"not an envelope: {exc}") from exc
        return _checked(fields, body, signature, head.get("recipient_team"))

    def check_shape(self) -> None:
        if (
            _SHAPE.fullmatch(f"{self.id}\n{self.team}\n{self.device}\n{self.created}\n{self.kind}")
            and len(self.signature) == 64
            and 0 < len(self.body) <= MAX_BODY
        ):
            return  # all well formed: one match instead of five (every pulled envelope)
        problems = []
        if not ENVELOPE_ID.fullmatch(self.id):
            problems.append("id")
        if not _NAME.fullmatch(self.team):
            problems.append("team")
        if not _NAME.fullmatch(self.device):
            problems.append("device")
        if not _CREATED.fullmatch(self.created):
            problems.append("created")
        if not KIND.fullmatch(self.kind):
            problems.append("kind")
        if len(self.signature) != 64:
            problems.append("signature")
        if not 0 < len(self.body) <= MAX_BODY:
            problems.append("body size")
        if problems:
            raise SyncError(
                SyncErrorKind.MALFORMED, f"envelope {self.id[:40]!r}: bad {', '.join(problems)}"
            )


_HEAD = ("id", "team", "device", "kind", "created")


def _head_fields(data: Any, more: tuple[str, ...]) -> dict[str, str]:
    """The string fields of a wire envelope's head (and ``more`` of them), or ValueError."""
    if not isinstance(data, dict) or type(data.get("v")) is not int or data["v"] != VERSION:
        raise ValueError("not a version 1 envelope")
    fields = {}
    for name in _HEAD + more if more else _HEAD:
        value = data[name]
        if not isinstance(value, str):
            raise ValueError(f"{name} is not a string")
        fields[name] = value
    return fields


def _checked(
    fields: dict[str, str], body: bytes, signature: bytes, recipient_team: Any
) -> Envelope:
    if recipient_team is not None and not (
        isinstance(recipient_team, str) and _NAME.fullmatch(recipient_team)
    ):
        raise SyncError(
            SyncErrorKind.MALFORMED, "not an envelope: recipient_team must be a team name"
        )
    # Envelope(...) field by field, without the frozen dataclass's __init__ (one
    # object.__setattr__ a field: a tenth of parsing a pulled envelope); the same object.
    envelope: Envelope = _new_envelope(Envelope)
    vars(envelope).update(
        id=fields["id"],
        team=fields["team"],
        device=fields["device"],
        kind=fields["kind"],
        created=fields["created"],
        body=body,
        signature=signature,
        recipient_team=recipient_team,
    )
    envelope.check_shape()
    return envelope


_new_envelope = object.__new__


def seal(
    plaintext: bytes,
    *,
    recipients: Sequence[str],
    signer: Ed25519PrivateKey,
    envelope_id: str,
    team: str,
    device: str,
    kind: str,
) -> Envelope:
    """Encrypt ``plaintext`` to every age recipient (``age1...``) and sign it as ``device``."""
    body = age.encrypt(plaintext, list(recipients))
    created = datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    unsigned = Envelope(envelope_id, team, device, kind, created, body, b"\0" * 64)
    unsigned.check_shape()
    signature = signer.sign(unsigned.signing_bytes())
    return Envelope(envelope_id, team, device, kind, created, body, signature)


@lru_cache(maxsize=256)
def _public_key(raw: bytes) -> VerifyKey:
    """A device's signing key, loaded once per key: a pull checks thousands of envelopes from a
    handful of devices. Public keys only: nothing secret is kept.

    Checked by libsodium (PyNaCl), not OpenSSL: the same Ed25519 (RFC 8032), in half the time
    (52 against 115 us a check on the machine docs/performance.md was measured on), and
    stricter, as it also refuses a key of small order and a non-canonical one, which no device's
    key is. A new laptop's first pull checks 20,000 signatures; the server checks each push's."""
    if not isinstance(raw, bytes) or len(raw) != 32:
        raise ValueError("an Ed25519 public key is 32 bytes")
    return VerifyKey(raw)


def open_envelope(envelope: Envelope, identities: Sequence[str], device_public_key: bytes) -> bytes:
    """Verify the device's signature, then decrypt with one of our age identities.

    An age file does not say who made it: the signature is the only proof of the sender. Callers
    must check that what the plaintext claims (an event's device) matches ``envelope.device``."""
    envelope.verify(device_public_key)
    return age.decrypt(envelope.body, list(identities))
