"""Opening what is already in memory is opening a stream, faster: the same plaintext, the same
refusal (kind and words) for every damaged file; the signed bytes written out are json.dumps'."""

from __future__ import annotations

import io
import json
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sync import age, age_keys, age_stream
from sync.envelope import Envelope, routing_signing_bytes
from sync.errors import SyncError


@pytest.fixture(scope="module")
def keys() -> list[tuple[str, str]]:
    return [age.generate_identity() for _ in range(2)]


def outcome(action: object) -> tuple[str, object]:
    assert callable(action)
    try:
        return ("plaintext", action())
    except SyncError as exc:
        return (exc.kind.value, str(exc))


def both(data: bytes, identities: list[str]) -> tuple[tuple[str, object], tuple[str, object]]:
    def streamed() -> bytes:
        out = io.BytesIO()
        age.decrypt_stream(io.BytesIO(data), out, identities)
        return out.getvalue()

    with age_keys.parsed_once():
        return outcome(lambda: age.decrypt(data, identities)), outcome(streamed)


@pytest.mark.parametrize("size", [0, 1, 300, age_stream.CHUNK_SIZE, age_stream.CHUNK_SIZE + 1])
def test_every_cut_and_flip_is_refused_alike(size: int, keys: list[tuple[str, str]]) -> None:
    plaintext = random.Random(size).randbytes(size)
    data = age.encrypt(plaintext, [keys[0][1], keys[1][1]])
    identities = [keys[1][0]]
    assert both(data, identities) == (("plaintext", plaintext),) * 2
    header_end = data.index(b"\n", data.index(b"\n---") + 1) + 1
    cuts = {*range(0, min(header_end + 40, len(data))), *range(len(data) - 40, len(data) + 1)}
    flips = {*range(0, min(header_end + 40, len(data))), *range(len(data) - 40, len(data))}
    for cut in sorted(cuts):
        fast, streamed = both(data[:cut], identities)
        assert fast == streamed, cut
    for at in sorted(flips):
        for bit in (0x01, 0x20, 0x80):
            damaged = bytearray(data)
            damaged[at] ^= bit
            fast, streamed = both(bytes(damaged), identities)
            assert fast == streamed, (at, bit)
    assert both(data + b"\0", identities)[0] == both(data + b"\0", identities)[1]
    assert both(data, [age.generate_identity()[0]])[0][0] == "decrypt"


def test_long_header_lines_and_armor_are_read_alike(keys: list[tuple[str, str]]) -> None:
    data = age.encrypt(b"hello", [keys[0][1]])
    identities = [keys[0][0]]
    long_line = data.replace(b"-> X25519 ", b"-> X25519 " + b"a" * 5000 + b" ", 1)
    assert both(long_line, identities)[0] == both(long_line, identities)[1]
    assert both(long_line, identities)[0][0] == "malformed"
    armored = (
        b"-----BEGIN AGE ENCRYPTED FILE-----\n"
        + __import__("base64").encodebytes(data).replace(b"\n", b"")
        + b"\n-----END AGE ENCRYPTED FILE-----\n"
    )
    assert both(armored, identities)[0] == both(armored, identities)[1]


text = st.text(min_size=1, max_size=30)


@settings(max_examples=200, deadline=None)
@given(ident=text, team=text, device=text, kind=text, created=text, body=st.binary(max_size=64))
def test_the_signed_bytes_written_out_are_json_dumps(
    ident: str, team: str, device: str, kind: str, created: str, body: bytes
) -> None:
    envelope = Envelope(ident, team, device, kind, created, body, b"\0" * 64)
    assert envelope.signing_bytes() == routing_signing_bytes(envelope.routing())
    assert json.loads(envelope.signing_bytes().split(b"\n", 1)[1]) == envelope.routing()
