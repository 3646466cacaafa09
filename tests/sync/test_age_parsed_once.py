"""``age_keys.parsed_once``: a pull parses each key once, and the parsed keys end with the block."""

from __future__ import annotations

import pytest

from sync import age, age_keys
from sync.age_keys import Identity


def test_each_identity_is_parsed_once_inside_the_block_and_afresh_outside(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    identity, recipient = age.generate_identity()
    files = [age.encrypt(f"file {i}".encode(), [recipient]) for i in range(5)]
    parsed: list[str] = []
    real = Identity.parse

    def counting(text: str) -> Identity:
        parsed.append(text)
        return real(text)

    monkeypatch.setattr(Identity, "parse", staticmethod(counting))
    with age_keys.parsed_once():
        opened = [age.decrypt(f, [identity]) for f in files]
    assert opened == [f"file {i}".encode() for i in range(5)]
    assert len(parsed) == 1
    age.decrypt(files[0], [identity])  # the block ended: nothing parsed is kept
    age.decrypt(files[1], [identity])
    assert len(parsed) == 3
