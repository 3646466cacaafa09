"""Sealed payloads packed (compressed, then padded) and read back; the format before still read;
what an older or newer reader does with a format it does not know."""

from __future__ import annotations

import hashlib
import json
import zlib

import pytest

from sync.errors import SyncError, SyncErrorKind
from sync.padding import pad_json, padme
from sync.payload import DICTIONARY, MARK, MAX_UNPACKED, pack, unpack

EVENT = {
    "id": "019a0000-0000-7000-8000-000000000001",
    "case_id": "019a0000-0000-7000-8000-000000000002",
    "type": "create",
    "payload": {
        "form_id": "intake",
        "properties": {
            "prs_First_Name": "សុខា ដារា",
            "prs_Name_Latin": "Sokha Dara",
            "prs_Citizenship": "KH",
            "vic_TypeOfExploitation": "ForcedLabour",
            "intake_date": "2026-11-02",
        },
        "team": "bangkok-shelter",
    },
    "author": "sopheap",
    "device": "0123456789abcdef0123456789abcdef",
    "hlc": "0001764000000000-00000-0123456789abcdef0123456789abcdef",
    "parents": [],
}
DOCUMENT = json.dumps(EVENT, ensure_ascii=False, separators=(",", ":")).encode()


def test_a_packed_record_reads_back_and_is_far_smaller_than_its_json() -> None:
    packed = pack(DOCUMENT)
    assert packed.startswith(MARK)
    assert json.loads(unpack(packed, "envelope x")) == EVENT
    assert len(packed) < 0.6 * len(pad_json(DOCUMENT))


@pytest.mark.parametrize("size", [1, 50, 700, 5_000, 100_000])
def test_the_server_sees_a_padme_bucket_never_a_length(size: int) -> None:
    document = json.dumps({"note": "x" * size, "n": list(range(size // 10))}).encode()
    packed = pack(document)
    assert len(packed) == padme(len(packed))
    assert unpack(packed, "envelope x") == document


def test_the_format_before_is_read_as_it_is() -> None:
    padded = pad_json(DOCUMENT)
    assert json.loads(unpack(padded, "envelope x")) == EVENT


def test_an_older_reader_fails_to_parse_a_packed_record_as_json() -> None:
    """What a laptop of an earlier version does (``json.loads`` of the plaintext): a ValueError,
    which its inbox turns into a refusal kept in quarantine with the wire, fetched again later."""
    with pytest.raises(ValueError):
        json.loads(pack(DOCUMENT))


def test_a_newer_format_is_refused_saying_to_update() -> None:
    with pytest.raises(SyncError, match="newer than this version") as caught:
        unpack(b"~z9" + pack(DOCUMENT)[3:], "envelope x")
    assert caught.value.kind is SyncErrorKind.MALFORMED


@pytest.mark.parametrize(
    "damage",
    [
        lambda p: p[: len(MARK) + 20],  # cut short
        lambda p: MARK + b"\xff" * 40,  # not DEFLATE
        lambda p: p.rstrip(b"\0") + b"junk",  # bytes after the stream's end
    ],
)
def test_a_damaged_payload_is_refused(damage: object) -> None:
    assert callable(damage)
    with pytest.raises(SyncError) as caught:
        unpack(damage(pack(DOCUMENT)), "envelope x")
    assert caught.value.kind is SyncErrorKind.MALFORMED


def test_a_payload_that_inflates_past_the_limit_is_refused() -> None:
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zdict=DICTIONARY)
    bomb = MARK + deflate.compress(b" " * (MAX_UNPACKED + 1)) + deflate.flush()
    assert len(bomb) < 100_000
    with pytest.raises(SyncError, match="cut short or too large"):
        unpack(bomb, "envelope x")


def test_the_dictionary_never_changes_under_its_mark() -> None:
    """Every laptop reads ``~z1`` with exactly these bytes: another dictionary is another mark."""
    assert MARK == b"~z1"
    assert hashlib.sha256(DICTIONARY).hexdigest() == PINNED


PINNED = "2e950326ae70475cf4b6428620ec1d1340fbb6f0c3ab07e06d75a11d11dfcd9f"
