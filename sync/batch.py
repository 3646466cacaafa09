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

The framed pull page is the same records, each after its ``seq``, for a client that asks
``GET /v1/pull`` with ``Accept: application/vnd.fieldcase.pull`` (not gzip-compressed: the bodies
are age ciphertext, which does not compress)::

    page    = PULL_MAGIC next:u64 more:u8 count:u16 item{count}
    item    = seq:u64 record

where each record's ``head`` is the JSON page's item without ``seq`` and with the envelope's head
in place of the envelope (``{"received", "recipient_team", "envelope": {"v", "id", ...}}``). A page
past ``MAX_PULL_FRAME_BYTES``, cut short, with bytes after its last record or a ``more`` other than
0 or 1 is malformed as a whole; a head that is not an envelope refuses that one item (its ``seq``
is read from the framing, so the item is kept to be fetched again).
"""

from __future__ import annotations

import base64
import json
import struct
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sync.envelope import Envelope
from sync.errors import SyncError, SyncErrorKind
from sync.protocol import MAX_BATCH_BYTES, MAX_BATCH_ENVELOPES, MAX_CURSOR, MAX_PAGE, MAX_PAGE_BYTES

CONTENT_TYPE = "application/vnd.fieldcase.batch"
MAGIC = b"fieldcase-batch-2\n"
PULL_CONTENT_TYPE = "application/vnd.fieldcase.pull"
PULL_MAGIC = b"fieldcase-pull-1\n"
MAX_PULL_FRAME_BYTES = MAX_PAGE_BYTES + MAX_BATCH_BYTES + MAX_PAGE * 4096
"""A framed pull page's most: the bodies a page holds before its byte limit, the one body that
brings it past (a body a push could carry), and each item's seq, head and signature."""
_COUNT = struct.Struct(">H")
_HEAD = struct.Struct(">H")
_BODY = struct.Struct(">I")
_SEQ = struct.Struct(">Q")
_PAGE = struct.Struct(">QBH")
R = TypeVar("R")


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


@dataclass(frozen=True, slots=True)
class Pulled:
    """One item of a framed pull page, not yet checked: ``head`` is whatever its JSON held
    (``{"received", "recipient_team", "envelope": head of the wire envelope}`` from a server)."""

    seq: int
    head: Any
    body: bytes
    signature: bytes

    def claimed(self) -> dict[str, Any]:
        """The envelope's head as the item claims it ({} when it is not even an object)."""
        wire = self.head.get("envelope") if isinstance(self.head, dict) else None
        return wire if isinstance(wire, dict) else {}

    def envelope(self) -> Envelope:
        """The envelope, shape-checked like the JSON item's ``Envelope.from_wire``."""
        wire = self.head.get("envelope") if isinstance(self.head, dict) else None
        return Envelope.from_parts(wire, self.body, self.signature)


def encode(envelopes: Sequence[Envelope]) -> bytes:
    if len(envelopes) > MAX_BATCH_ENVELOPES:
        raise ValueError(f"a batch holds at most {MAX_BATCH_ENVELOPES} envelopes")
    parts = [MAGIC, _COUNT.pack(len(envelopes))]
    for envelope in envelopes:
        _record(parts, envelope.head(), envelope.body, envelope.signature)
    return b"".join(parts)


def encode_page(items: Sequence[tuple[int, Any, bytes, bytes]], next: int, more: bool) -> bytes:
    """A framed pull page of ``(seq, head, body, signature)`` items (see the module's text)."""
    if len(items) > MAX_PAGE:
        raise ValueError(f"a pull page holds at most {MAX_PAGE} envelopes")
    parts = [PULL_MAGIC, _PAGE.pack(next, 1 if more else 0, len(items))]
    for seq, head, body, signature in items:
        parts.append(_SEQ.pack(seq))
        _record(parts, head, body, signature)
    return b"".join(parts)


def _record(parts: list[bytes], head: Any, body: bytes, signature: bytes) -> None:
    packed = json.dumps(head, separators=(",", ":")).encode("utf-8")
    parts += (
        _HEAD.pack(len(packed)),
        packed,
        _BODY.pack(len(body)),
        body,
        bytes((len(signature),)),
        signature,
    )


def decode(data: bytes) -> list[Framed]:
    """The records of a framed batch; SyncError(MALFORMED) when the framing itself is broken."""
    data = bytes(data)  # the same object when it is bytes already
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + _COUNT.size:
        raise _broken("it does not start with the batch header")
    (count,) = _COUNT.unpack_from(data, len(MAGIC))
    if count > MAX_BATCH_ENVELOPES:
        raise _broken(f"a batch holds at most {MAX_BATCH_ENVELOPES} envelopes")
    return _records(data, len(MAGIC) + _COUNT.size, count, 0, _framed)


def _framed(_seq: int, head: Any, body: bytes, signature: bytes) -> Framed:
    return Framed(head, body, signature)


def decode_page(data: bytes) -> tuple[list[Pulled], int, bool]:
    """A framed pull page's items, ``next`` and ``more``; SyncError(MALFORMED) when the page is
    not one as a whole (a head that is not an envelope is left for ``Pulled.envelope`` to refuse)."""
    data = bytes(data)
    if len(data) > MAX_PULL_FRAME_BYTES:
        raise _broken(
            f"it is longer than a page may be ({MAX_PULL_FRAME_BYTES} bytes)", "pull page"
        )
    if not data.startswith(PULL_MAGIC) or len(data) < len(PULL_MAGIC) + _PAGE.size:
        raise _broken("it does not start with the pull page header", "pull page")
    next, more, count = _PAGE.unpack_from(data, len(PULL_MAGIC))
    if next > MAX_CURSOR or more > 1:
        raise _broken("its cursor or its more flag is out of range", "pull page")
    if count > MAX_PAGE:
        raise _broken(f"a page holds at most {MAX_PAGE} envelopes", "pull page")
    items = _records(data, len(PULL_MAGIC) + _PAGE.size, count, _SEQ.size, Pulled, "pull page")
    return items, next, bool(more)


def _records(
    data: bytes,
    at: int,
    count: int,
    seq_size: int,
    make: Callable[[int, Any, bytes, bytes], R],
    what: str = "batch",
) -> list[R]:
    """``count`` records from ``at`` to the end of ``data``, each after a seq of ``seq_size``
    bytes (0: none), made into ``make(seq, head, body, signature)``."""
    end = len(data)
    head_size, body_size = _HEAD.size, _BODY.size
    unpack_seq, unpack_head, unpack_body = _SEQ.unpack_from, _HEAD.unpack_from, _BODY.unpack_from
    records: list[R] = []
    for _ in range(count):
        # Each length is checked against what is left before it is used (one check where two
        # fields follow each other): a record that runs past the end is "cut short".
        if at + seq_size + head_size > end:
            raise _broken("a record is cut short", what)
        seq = unpack_seq(data, at)[0] if seq_size else 0
        at += seq_size
        head_at = at + head_size
        head_end = head_at + unpack_head(data, at)[0]
        if head_end + body_size > end:
            raise _broken("a record is cut short", what)
        body_at = head_end + body_size
        body_end = body_at + unpack_body(data, head_end)[0]
        if body_end + 1 > end:
            raise _broken("a record is cut short", what)
        at = body_end + 1 + data[body_end]
        if at > end:
            raise _broken("a record is cut short", what)
        try:
            head: Any = json.loads(data[head_at:head_end])
        except (UnicodeDecodeError, ValueError, RecursionError):
            head = None  # refused as "not an envelope", like a JSON item that is not one
        records.append(make(seq, head, data[body_at:body_end], data[body_end + 1 : at]))
    if at != end:
        raise _broken("bytes follow its last record", what)
    return records


def _broken(why: str, what: str = "batch") -> SyncError:
    return SyncError(SyncErrorKind.MALFORMED, f"the framed {what} is malformed: {why}")
