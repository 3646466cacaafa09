"""A header read in one go (``age_header.parse_header_in``) is the header read line by line: the
same stanzas, MAC and MAC input, and the payload starting at the same byte; whatever it does not
take whole (damaged, unusual, too long) it leaves to the line reader, which refuses it."""

from __future__ import annotations

import random

import pytest

from sync import age, age_header
from sync.age_header import Stanza
from sync.errors import SyncError


def by_lines(data: bytes) -> tuple[age_header.Header, int] | str:
    lines = age_header.LinesIn(data, len(age_header.VERSION_LINE))
    try:
        return age_header.parse_header(lines, age_header.VERSION_LINE), lines.at
    except SyncError as exc:
        return str(exc)


def headers() -> list[bytes]:
    """Real envelopes' files, and headers of stanzas with bodies of every length around a line."""
    rnd = random.Random(7)
    files = [age.encrypt(b"x" * 300, [age.generate_identity()[1]]) for _ in range(3)]
    files.append(age.encrypt(b"y", [age.generate_identity()[1] for _ in range(3)]))
    for size in (0, 1, 2, 3, 47, 48, 49, 95, 96, 97, 200):
        stanzas = [
            Stanza("X25519", ("abc", "d=e"), rnd.randbytes(size)),
            Stanza("other", (), rnd.randbytes(32)),
        ]
        head = age_header.encode_header(stanzas)
        files.append(age_header.finish_header(head, rnd.randbytes(32)) + b"payload")
    return files


@pytest.mark.parametrize("data", headers())
def test_every_byte_changed_or_cut(data: bytes) -> None:
    taken = 0
    variants = [data] + [data[:cut] for cut in range(len(data))]
    for at in range(len(data)):
        for byte in (0x0A, 0x20, 0x3D, 0x41, data[at] ^ 1, data[at] ^ 0x80):
            variants.append(data[:at] + bytes([byte]) + data[at + 1 :])
    for variant in variants:
        fast = age_header.parse_header_in(variant)
        if fast is not None:
            taken += 1
            assert fast == by_lines(variant), variant
    assert age_header.parse_header_in(data) is not None
    assert taken > len(data)  # the fast path takes the good variants (a flipped base64 bit)


def test_a_header_near_the_line_limit_is_read_by_lines() -> None:
    long = Stanza("X25519", ("a" * 3000,), b"k" * 48)
    data = age_header.finish_header(age_header.encode_header([long, long]), b"m" * 32)
    assert age_header.parse_header_in(data) is None
    assert isinstance(by_lines(data), tuple)
