"""The framed push batch of sync protocol 2: envelopes with their bodies as raw bytes.

Protocol 1 pushes JSON, each envelope's age body and signature in base64 (``Envelope.to_wire``).
Base64 makes a body a third larger before compression, and both sides spend time encoding,
parsing and decoding it. A protocol 2 client sends ``POST /v1/push`` with
``Content-Type: application/vnd.fieldcase.batch`` (gzip still allowed) and this body::

    batch   = MAGIC count:u16 record{count}
    record  = head_len:u16 head  body_len:u32 body  sig_len:u8 signature

integers big-endian; ``head`` is the UTF-8 JSON of the wire envelope without ``body`` and
``signature`` (``v``, ``id``, ``team``, ``device``, ``kind``, ``created``, and ``recipient_team``
on a referral); ``body`` the age file; ``signature`` the Ed25519 signature. What is signed and
what the server checks are exactly as in protocol 1: only the packing differs. Bytes after the
last record, a length past the end or more records than a batch may hold make the whole batch
malformed (400); a head that is not an envelope refuses that one envelope, as in JSON.
"""

from __future__ import annotations

import base64
import json
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sync.envelope import Envelope
from sync.errors import SyncError, SyncErrorKind
from sync.protocol import MAX_BATCH_ENVELOPES

CONTENT_TYPE = "application/vnd.fieldcase.batch"
MAGIC = b"fieldcase-batch-2\n"
_COUNT = struct.Struct(">H")
_HEAD = struct.Struct(">H")
_BODY = struct.Struct(">I")


@dataclass(frozen=True, slots=True)
class Framed:
    """One record of a framed batch, not yet checked: ``head`` is whatever its JSON held."""

    head: Any
    body: bytes
    signature: bytes

    def envelope(self) -> Envelope:
        """The envelope, shape-checked like ``Envelope.from_wire`` (SyncError MALFORMED)."""
        return Envelope.from_parts(self.head, self.body, self.signature)

    def wire(self) -> dict[str, Any]:
        """The protocol 1 wire form of this record, for the quarantine (refusals are rare)."""
        head = self.head if isinstance(self.head, dict) else {"head": self.head}
        return {
            **head,
            "body": base64.b64encode(self.body).decode("ascii"),
            "signature": base64.b64encode(self.signature).decode("ascii"),
        }


def encode(envelopes: Sequence[Envelope]) -> bytes:
    if len(envelopes) > MAX_BATCH_ENVELOPES:
        raise ValueError(f"a batch holds at most {MAX_BATCH_ENVELOPES} envelopes")
    parts = [MAGIC, _COUNT.pack(len(envelopes))]
    for envelope in envelopes:
        packed = json.dumps(envelope.head(), separators=(",", ":")).encode("utf-8")
        parts += (
            _HEAD.pack(len(packed)),
            packed,
            _BODY.pack(len(envelope.body)),
            envelope.body,
            bytes((len(envelope.signature),)),
            envelope.signature,
        )
    return b"".join(parts)


def decode(data: bytes) -> list[Framed]:
    """The records of a framed batch; SyncError(MALFORMED) when the framing itself is broken."""
    data = bytes(data)  # the same object when it is bytes already
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + _COUNT.size:
        raise _broken("it does not start with the batch header")
    (count,) = _COUNT.unpack_from(data, len(MAGIC))
    if count > MAX_BATCH_ENVELOPES:
        raise _broken(f"a batch holds at most {MAX_BATCH_ENVELOPES} envelopes")
    at = len(MAGIC) + _COUNT.size
    end = len(data)
    head_size, body_size = _HEAD.size, _BODY.size
    unpack_head, unpack_body = _HEAD.unpack_from, _BODY.unpack_from
    records: list[Framed] = []
    for _ in range(count):
        # Each length is checked against what is left before it is used (one check where two
        # fields follow each other): a record that runs past the end is "cut short".
        if at + head_size > end:
            raise _broken("a record is cut short")
        head_at = at + head_size
        head_end = head_at + unpack_head(data, at)[0]
        if head_end + body_size > end:
            raise _broken("a record is cut short")
        body_at = head_end + body_size
        body_end = body_at + unpack_body(data, head_end)[0]
        if body_end + 1 > end:
            raise _broken("a record is cut short")
        at = body_end + 1 + data[body_end]
        if at > end:
            raise _broken("a record is cut short")
        try:
            head: Any = json.loads(data[head_at:head_end])
        except (UnicodeDecodeError, ValueError, RecursionError):
            head = None  # refused as "not an envelope", like a JSON item that is not one
        records.append(Framed(head, data[body_at:body_end], data[body_end + 1 : at]))
    if at != len(data):
        raise _broken("bytes follow its last record")
    return records


def _broken(why: str) -> SyncError:
    return SyncError(SyncErrorKind.MALFORMED, f"the framed batch is malformed: {why}")
