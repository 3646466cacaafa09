"""USB transfer: a laptop's sealed outbox as one file, for places with no connection for weeks.

The file holds only what the server would see: envelopes (ciphertext and signed routing data) and
the sending device's public keys, under a manifest signed by that device (the list of envelope ids
and the hashes of their signed bytes), so a file that lost envelopes on the way is noticed.
Importing is idempotent: an envelope already applied is reported as a duplicate and never doubled.
An envelope from a device this laptop does not know is refused, unless the person importing
confirms that device's fingerprint (``accept_fingerprint``).

Attachments (app/transfer_attachments.py) ride in the same file as their own sealed envelopes.
A file that carries any is format ``fieldcase-transfer-2`` (an older fieldcase refuses it whole
rather than dropping the photos unnoticed); one without stays ``-1``, readable everywhere. The
signed manifest lists each attachment's id and submission, not its body's hash: a photo damaged
on the stick is refused and quarantined on its own by its envelope signature, and does not cost
the weeks of case work in the rest of the file.
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
from app.outbox import Inbox, team_name
from app.roles import Permission
from app.transfer_attachments import CarriedAttachment, TransferReport, carried, receive
from sync.envelope import Envelope
from sync.errors import SyncError
from sync.protocol import device_fingerprint

FORMAT = "fieldcase-transfer-1"
FORMAT_WITH_ATTACHMENTS = "fieldcase-transfer-2"
DOMAIN = b"fieldcase-transfer-v1\n"


@dataclass(frozen=True)
class TransferSummary:
    envelopes: int
    device: str
    fingerprint: str
    attachments: int = 0


def _manifest(
    envelopes: list[Envelope], team: str, device: str, extra: list[CarriedAttachment] | None = None
) -> bytes:
    entries = [[e.id, hashlib.sha256(e.signing_bytes()).hexdigest()] for e in envelopes]
    signed: dict[str, Any] = {"team": team, "device": device, "envelopes": entries}
    if extra is not None:
        signed["attachments"] = [[a.envelope.id, a.submission_id] for a in extra]
    return DOMAIN + json.dumps(signed, sort_keys=True).encode()


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
    extra = carried(book, include_sent) or None
    signature = keyring.signing_key().sign(_manifest(envelopes, team, book.device, extra))
    document = {
        "format": FORMAT if extra is None else FORMAT_WITH_ATTACHMENTS,
        "team": team,
        "device": book.device,
        "signing_key": base64.b64encode(keyring.signing_public()).decode(),
        "age_recipient": keyring.device_identity()[1],
        "manifest_signature": base64.b64encode(signature).decode(),
        "envelopes": [e.to_wire() for e in envelopes],
    }
    if extra is not None:
        document["attachments"] = [a.to_json() for a in extra]
    write_atomically(path, json.dumps(document).encode("utf-8"))
    count = len(extra or [])
    audit.record(
        store,
        book.session.user,
        Action.EXPORT,
        "transfer",
        f"{len(envelopes)} envelopes, {count} attachments",
    )
    return TransferSummary(len(envelopes), book.device, keyring.fingerprint(), count)


def transfer_in(
    book: CaseBook, path: Path, accept_fingerprint: str | None = None
) -> TransferReport:
    """Import a transfer file: its envelopes, then its attachments (each verified end to end
    against the submission that names it; see app/transfer_attachments.py)."""
    book.session.require(Permission.EDIT_CASES)
    try:
        raw: dict[str, Any] = json.loads(path.read_bytes())
        if raw.get("format") not in (FORMAT, FORMAT_WITH_ATTACHMENTS):
            raise ValueError("not a transfer file")
        envelopes = [Envelope.from_wire(w) for w in raw["envelopes"]]
        extra = None
        if raw["format"] == FORMAT_WITH_ATTACHMENTS:
            extra = [CarriedAttachment.from_json(a) for a in raw["attachments"]]
        device = str(raw["device"])
        signing_key = base64.b64decode(raw["signing_key"])
        recipient = str(raw["age_recipient"])
        manifest = _manifest(envelopes, str(raw["team"]), device, extra)
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
    received = inbox.receive(envelopes)
    report = TransferReport(
        applied=received.applied,
        duplicates=received.duplicates,
        erased=received.erased,
        refused=list(received.refused),
    )
    receive(book, extra or [], report)
    audit.record(
        book.store, book.session.user, Action.CREATE, "transfer", json.dumps(report.to_json())[:500]
    )
    return report
