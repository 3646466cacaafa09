"""The framed push batch of protocol 2 (sync/batch.py): what goes in comes out, and broken framing
is refused as a whole while a bad head refuses only its own envelope."""

from __future__ import annotations

import struct
import uuid

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sync import age, batch
from sync.envelope import Envelope, seal
from sync.errors import SyncError, SyncErrorKind
from sync.protocol import MAX_BATCH_ENVELOPES


def _envelopes(count: int, **extra: str) -> list[Envelope]:
    key = Ed25519PrivateKey.generate()
    _, recipient = age.generate_identity()
    made = [
        seal(f"event {n}".encode(), recipients=[recipient], signer=key,
             envelope_id=str(uuid.uuid4()), team="mekong-1", device="laptop-1",
             kind=extra.get("kind", "case_event"))
        for n in range(count)
    ]  # fmt: skip
    if "recipient_team" in extra:
        made = [Envelope(**{**e.__dict__, "recipient_team": extra["recipient_team"]}) for e in made]
    return made


def test_envelopes_come_out_as_they_went_in() -> None:
    envelopes = _envelopes(4) + _envelopes(1, kind="referral", recipient_team="chao-phraya")
    records = batch.decode(batch.encode(envelopes))
    assert [r.envelope() for r in records] == envelopes
    assert records[-1].envelope().recipient_team == "chao-phraya"
    assert [Envelope.from_wire(r.wire()) for r in records] == envelopes  # the quarantine's form


def test_the_framed_batch_is_smaller_than_the_json_one() -> None:
    import json

    envelopes = _envelopes(20)
    framed = len(batch.encode(envelopes))
    as_json = len(json.dumps({"envelopes": [e.to_wire() for e in envelopes]}).encode())
    assert framed < as_json * 0.85


def test_every_truncation_is_refused_as_malformed() -> None:
    data = batch.encode(_envelopes(2))
    for cut in range(len(data)):
        with pytest.raises(SyncError) as raised:
            batch.decode(data[:cut])
        assert raised.value.kind is SyncErrorKind.MALFORMED


@pytest.mark.parametrize(
    "mangle",
    [
        lambda data: data + b"\0",  # bytes after the last record
        lambda data: b"fieldcase-batch-1\n" + data[len(batch.MAGIC) :],  # another format
        lambda data: data[: len(batch.MAGIC)] + struct.pack(">H", 3) + data[len(batch.MAGIC) + 2 :],
        lambda data: batch.MAGIC + struct.pack(">H", MAX_BATCH_ENVELOPES + 1),
    ],
)
def test_broken_framing_is_refused_as_a_whole(mangle: object) -> None:
    data = batch.encode(_envelopes(2))
    with pytest.raises(SyncError) as raised:
        batch.decode(mangle(data))  # type: ignore[operator]
    assert raised.value.kind is SyncErrorKind.MALFORMED


def test_a_head_that_is_not_an_envelope_refuses_only_its_record() -> None:
    good = _envelopes(1)[0]
    head = b"\xff not json"
    record = struct.pack(">H", len(head)) + head + struct.pack(">I", 3) + b"abc" + b"\x01x"
    data = batch.encode([good])
    data = batch.MAGIC + struct.pack(">H", 2) + data[len(batch.MAGIC) + 2 :] + record
    first, second = batch.decode(data)
    assert first.envelope() == good
    with pytest.raises(SyncError) as raised:
        second.envelope()
    assert raised.value.kind is SyncErrorKind.MALFORMED


def test_a_framed_envelope_is_checked_like_a_wire_one() -> None:
    envelope = _envelopes(1)[0]
    (record,) = batch.decode(batch.encode([envelope]))
    for head in (
        {**record.head, "v": 2},
        {**record.head, "id": "not-a-uuid"},
        {**record.head, "kind": "Not A Kind!"},
        {**record.head, "recipient_team": "no spaces allowed"},
        {k: v for k, v in record.head.items() if k != "created"},
    ):
        with pytest.raises(SyncError):
            batch.Framed(head, record.body, record.signature).envelope()
    with pytest.raises(SyncError):
        batch.Framed(record.head, record.body, record.signature[:63]).envelope()
