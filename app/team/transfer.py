"""USB transfer: a laptop's sealed outbox as one file, for places with no connection for weeks.

The file holds only what the server would see: envelopes (ciphertext and signed routing data) and
the sending device's public keys, under a manifest signed by that device (the list of envelope ids
and the hashes of their signed bytes), so a file that lost envelopes on the way is noticed.
Importing is idempotent: an envelope already applied is reported as a duplicate and never doubled.
An envelope from a device this laptop does not know is refused, unless the person importing
confirms that device's fingerprint (``accept_fingerprint``).

Attachments (app/team/transfer_attachments.py) ride in the same file as their own sealed envelopes.
The signed manifest lists each attachment's id and submission, not its body's hash: a photo damaged
on the stick is refused and quarantined on its own by its envelope signature, and does not cost
the weeks of case work in the rest of the file.

Formats. A file without attachments is ``fieldcase-transfer-1``: one JSON document, readable by
every fieldcase. A file with attachments is ``fieldcase-transfer-3``, JSON Lines, so that photos
(megabytes each, weeks of them) are never all in memory: a header line (format, team, device and
its public keys), one line per envelope, one per attachment, and an ``end`` line with the counts
and the manifest's signature, written last. Writing streams attachment by attachment into a temp
file that replaces the target only when complete. Reading goes through the file twice: first
every line is checked and the manifest's signature verified (a file cut short, with a line lost
or changed, is refused whole, as before); then the envelopes are applied and the attachments
kept one at a time. ``fieldcase-transfer-2`` (one JSON document with attachments, written by the
previous version) is still read. An older fieldcase refuses a ``-3`` file whole rather than
dropping its photos unnoticed.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import IO, Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app.cases.book import CaseBook
from app.errors import BadInput
from app.team.keyring import Keyring
from app.team.outbox import Inbox, outbox_of, team_name
from app.team.pull import collector_paused, page_cache_raised
from app.team.transfer_attachments import CarriedAttachment, TransferReport, carried, receive
from app.workspace import audit
from app.workspace.audit import Action
from app.workspace.durable import replacing, write_atomically
from app.workspace.roles import Permission
from sync.envelope import Envelope
from sync.errors import SyncError
from sync.protocol import device_fingerprint

FORMAT = "fieldcase-transfer-1"
FORMAT_WITH_ATTACHMENTS = "fieldcase-transfer-2"  # read only: one JSON document with photos
FORMAT_STREAMED = "fieldcase-transfer-3"
DOMAIN = b"fieldcase-transfer-v1\n"


@dataclass(frozen=True)
class TransferSummary:
    envelopes: int
    device: str
    fingerprint: str
    attachments: int = 0


def _entry(envelope: Envelope) -> list[str]:
    return [envelope.id, hashlib.sha256(envelope.signing_bytes()).hexdigest()]


def _manifest(
    entries: list[list[str]], team: str, device: str, carried_ids: list[list[str]] | None
) -> bytes:
    """What the sending device signs: the envelopes' ids and hashes, and the attachments' ids and
    submissions (``None``: a file without attachments)."""
    signed: dict[str, Any] = {"team": team, "device": device, "envelopes": entries}
    if carried_ids is not None:
        signed["attachments"] = carried_ids
    return DOMAIN + json.dumps(signed, sort_keys=True).encode()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _line(data: dict[str, Any]) -> bytes:
    return json.dumps(data, separators=(",", ":")).encode("utf-8") + b"\n"


# -- writing ---------------------------------------------------------------------------------------


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
        envelopes = outbox_of(book).pending(limit=10**9)
    head = {
        "team": team,
        "device": book.device,
        "signing_key": _b64(keyring.signing_public()),
        "age_recipient": keyring.device_identity()[1],
    }
    entries = [_entry(e) for e in envelopes]
    extra = carried(book, include_sent)
    first = next(extra, None)
    if first is None:
        signature = keyring.signing_key().sign(_manifest(entries, team, book.device, None))
        document = {
            "format": FORMAT,
            **head,
            "manifest_signature": _b64(signature),
            "envelopes": [e.to_wire() for e in envelopes],
        }
        write_atomically(path, json.dumps(document).encode("utf-8"))
        count = 0
    else:
        count = _write_streamed(path, keyring, head, envelopes, entries, chain([first], extra))
    audit.record(
        store,
        book.session.user,
        Action.EXPORT,
        "transfer",
        f"{len(envelopes)} envelopes, {count} attachments",
    )
    return TransferSummary(len(envelopes), book.device, keyring.fingerprint(), count)


def _write_streamed(
    path: Path,
    keyring: Keyring,
    head: dict[str, str],
    envelopes: list[Envelope],
    entries: list[list[str]],
    attachments: Iterator[CarriedAttachment],
) -> int:
    carried_ids: list[list[str]] = []
    with replacing(path) as file:
        file.write(_line({"format": FORMAT_STREAMED, **head}))
        for envelope in envelopes:
            file.write(_line({"envelope": envelope.to_wire()}))
        for attachment in attachments:
            file.write(attachment.to_line())
            carried_ids.append([attachment.envelope.id, attachment.submission_id])
        manifest = _manifest(entries, head["team"], head["device"], carried_ids)
        end = {
            "envelopes": len(entries),
            "attachments": len(carried_ids),
            "manifest_signature": _b64(keyring.signing_key().sign(manifest)),
        }
        file.write(_line({"end": end}))
    return len(carried_ids)


# -- reading ---------------------------------------------------------------------------------------


@dataclass
class _File:
    """A transfer file whose manifest verified: its sender, envelopes and attachments' ids."""

    team: str
    device: str
    signing_key: bytes
    recipient: str
    envelopes: list[Envelope]
    carried_ids: list[list[str]] = field(default_factory=list)
    whole: list[CarriedAttachment] | None = None  # a -2 file's attachments, read with it


def _verified(raw: dict[str, Any], signature: str, file: _File, carried: bool) -> _File:
    manifest = _manifest(
        [_entry(e) for e in file.envelopes],
        str(raw["team"]),
        file.device,
        file.carried_ids if carried else None,
    )
    Ed25519PublicKey.from_public_bytes(file.signing_key).verify(
        base64.b64decode(signature), manifest
    )
    return file


def _head(raw: dict[str, Any], envelopes: list[Envelope]) -> _File:
    return _File(
        team=str(raw["team"]),
        device=str(raw["device"]),
        signing_key=base64.b64decode(raw["signing_key"]),
        recipient=str(raw["age_recipient"]),
        envelopes=envelopes,
    )


def _read_document(raw: dict[str, Any]) -> _File:
    """A ``-1`` or ``-2`` file: one JSON document."""
    file = _head(raw, [Envelope.from_wire(w) for w in raw["envelopes"]])
    carried = raw["format"] == FORMAT_WITH_ATTACHMENTS
    if carried:
        file.whole = [CarriedAttachment.from_json(a) for a in raw["attachments"]]
        file.carried_ids = [[a.envelope.id, a.submission_id] for a in file.whole]
    return _verified(raw, raw["manifest_signature"], file, carried)


def _read_streamed(raw: dict[str, Any], lines: IO[bytes]) -> _File:
    """The first pass over a ``-3`` file: every line checked, attachments' bodies not kept."""
    file = _head(raw, [])
    end: dict[str, Any] | None = None
    for line in lines:
        if end is not None:
            raise ValueError("a line after the end")
        item = json.loads(line)
        if "envelope" in item:
            if file.carried_ids:
                raise ValueError("an envelope after the attachments")
            file.envelopes.append(Envelope.from_wire(item["envelope"]))
        elif "attachment" in item:
            entry = CarriedAttachment.from_json(item["attachment"])
            file.carried_ids.append([entry.envelope.id, entry.submission_id])
        elif "end" in item:
            end = item["end"]
        else:
            raise ValueError("an unknown line")
    if end is None:
        raise ValueError("the file was cut short")
    if (end["envelopes"], end["attachments"]) != (len(file.envelopes), len(file.carried_ids)):
        raise ValueError("the counts do not match")
    return _verified(raw, end["manifest_signature"], file, True)


def _attachments_again(path: Path, expected: list[list[str]]) -> Iterator[CarriedAttachment]:
    """The second pass: the attachments one at a time, each the one the verified manifest names
    at that place (a file changed between the passes stops here)."""
    index = 0
    with path.open("rb") as lines:
        for line in lines:
            if not line.startswith(b'{"attachment"'):
                continue
            entry = CarriedAttachment.from_json(json.loads(line)["attachment"])
            if (
                index >= len(expected)
                or [entry.envelope.id, entry.submission_id] != expected[index]
            ):
                raise BadInput(f"{path.name} changed while it was being imported")
            index += 1
            yield entry


def transfer_in(
    book: CaseBook, path: Path, accept_fingerprint: str | None = None
) -> TransferReport:
    """Import a transfer file: its envelopes, then its attachments (each verified end to end
    against the submission that names it; see app/team/transfer_attachments.py)."""
    book.session.require(Permission.EDIT_CASES)
    try:
        with path.open("rb") as lines:
            raw: dict[str, Any] = json.loads(lines.readline())
            if raw.get("format") == FORMAT_STREAMED:
                file = _read_streamed(raw, lines)
            elif raw.get("format") in (FORMAT, FORMAT_WITH_ATTACHMENTS):
                file = _read_document(raw)
            else:
                raise ValueError("not a transfer file")
    except OSError as exc:
        raise BadInput(f"cannot read {path}: {exc.strerror}") from exc
    except (ValueError, KeyError, TypeError, AttributeError, InvalidSignature, SyncError) as exc:
        raise BadInput(
            f"{path.name} is not a complete fieldcase transfer file (damaged, cut short or changed)"
        ) from exc
    team = team_name(book.store)
    if team is not None and file.team != team:
        raise BadInput(f"{path.name} comes from team {file.team}, not {team}")
    inbox = Inbox(book)
    fingerprint = device_fingerprint(file.signing_key, file.recipient)
    if accept_fingerprint is not None:
        if "".join(accept_fingerprint.split()).upper() != "".join(fingerprint.split()):
            raise BadInput(
                f"the fingerprint given does not match this file's device ({fingerprint})"
            )
        with book.store.atomic():
            inbox.know_device(
                file.device, file.signing_key, file.recipient, "transfer, fingerprint confirmed"
            )
    # As a pull's pages: its objects freed by reference count, the cache as large as it goes.
    with collector_paused(), page_cache_raised(book.store):
        received = inbox.receive(file.envelopes)
    report = TransferReport(
        applied=received.applied,
        duplicates=received.duplicates,
        erased=received.erased,
        refused=list(received.refused),
    )
    if file.whole is not None:
        receive(book, file.whole, report)
    elif file.carried_ids:
        receive(book, _attachments_again(path, file.carried_ids), report)
    audit.record(
        book.store, book.session.user, Action.CREATE, "transfer", json.dumps(report.to_json())[:500]
    )
    return report
