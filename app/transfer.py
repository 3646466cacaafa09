"""USB transfer: a laptop's sealed outbox as one file, for places with no connection for weeks.

The file holds only what the server would see: envelopes (ciphertext and signed routing data) and
the sending device's public keys, under a manifest signed by that device (the list of envelope ids
and the hashes of their signed bytes), so a file that lost envelopes on the way is noticed.
Importing is idempotent: an envelope already applied is reported as a duplicate and never doubled.
An envelope from a device this laptop does not know is refused, unless the person importing
confirms that device's fingerprint (``accept_fingerprint``).
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app import audit
from app.audit import Action
from app.cases.book import CaseBook
from app.durable import write_atomically
from app.errors import BadInput
from app.keyring import Keyring
from app.outbox import Inbox, ReceiveReport, team_name
from app.roles import Permission
from sync.envelope import Envelope
from sync.errors import SyncError
from sync.protocol import device_fingerprint

FORMAT = "fieldcase-transfer-1"
DOMAIN = b"fieldcase-transfer-v1\n"


@dataclass(frozen=True)
class TransferSummary:
    envelopes: int
    device: str
    fingerprint: str


def _manifest(envelopes: list[Envelope], team: str, device: str) -> bytes:
    entries = [[e.id, hashlib.sha256(e.signing_bytes()).hexdigest()] for e in envelopes]
    return (
        DOMAIN
        + json.dumps(
            {"team": team, "device": device, "envelopes": entries}, sort_keys=True
        ).encode()
    )


def transfer_out(book: CaseBook, path: Path, include_sent: bool = False) -> TransferSummary:
    book.session.require(Permission.EDIT_CASES)
    store = book.store
    team = team_name(store)
    if team is None:
        raise BadInput("this laptop is not in a team yet: nothing is sealed for transfer")
    keyring = Keyring(store)
    if include_sent:
        rows = store.query("SELECT wire FROM outbox ORDER BY envelope_id")
        envelopes = [Envelope.from_wire(json.loads(r[0])) for r in rows]
    else:
        envelopes = book.outbox.pending(limit=10**9)
    signature = keyring.signing_key().sign(_manifest(envelopes, team, book.device))
    document = {
        "format": FORMAT,
        "team": team,
        "device": book.device,
        "signing_key": base64.b64encode(keyring.signing_public()).decode(),
        "age_recipient": keyring.device_identity()[1],
        "manifest_signature": base64.b64encode(signature).decode(),
        "envelopes": [e.to_wire() for e in envelopes],
    }
    write_atomically(path, json.dumps(document).encode("utf-8"))
    audit.record(store, book.session.user, Action.EXPORT, "transfer", f"{len(envelopes)} envelopes")
    return TransferSummary(len(envelopes), book.device, keyring.fingerprint())


def transfer_in(book: CaseBook, path: Path, accept_fingerprint: str | None = None) -> ReceiveReport:
    book.session.require(Permission.EDIT_CASES)
    try:
        raw: dict[str, Any] = json.loads(path.read_bytes())
        if raw.get("format") != FORMAT:
            raise ValueError("not a transfer file")
        envelopes = [Envelope.from_wire(w) for w in raw["envelopes"]]
        device = str(raw["device"])
        signing_key = base64.b64decode(raw["signing_key"])
        recipient = str(raw["age_recipient"])
        manifest = _manifest(envelopes, str(raw["team"]), device)
        Ed25519PublicKey.from_public_bytes(signing_key).verify(
            base64.b64decode(raw["manifest_signature"]), manifest
        )
    except OSError as exc:
        raise BadInput(f"cannot read {path}: {exc.strerror}") from exc
    except (ValueError, KeyError, TypeError, InvalidSignature, SyncError) as exc:
        raise BadInput(
            f"{path.name} is not a complete fieldcase transfer file (damaged, cut short or changed)"
        ) from exc
    team = team_name(book.store)
    if team is not None and raw["team"] != team:
        raise BadInput(f"{path.name} comes from team {raw['team']}, not {team}")
    inbox = Inbox(book)
    fingerprint = device_fingerprint(signing_key, recipient)
    if accept_fingerprint is not None:
        if "".join(accept_fingerprint.split()).upper() != "".join(fingerprint.split()):
            raise BadInput(
                f"the fingerprint given does not match this file's device ({fingerprint})"
            )
        with book.store.atomic():
            inbox.know_device(device, signing_key, recipient, "transfer, fingerprint confirmed")
    report = inbox.receive(envelopes)
    audit.record(
        book.store, book.session.user, Action.CREATE, "transfer", json.dumps(report.to_json())[:500]
    )
    return report
