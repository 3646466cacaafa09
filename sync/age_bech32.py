"""Bech32 (BIP 173), the text form of age keys.

age writes recipients in lower case (``age1...``) and identities in upper case
(``AGE-SECRET-KEY-1...``). Like age, we do not apply BIP 173's 90-character limit (age's own keys
fit in it anyway; plugin keys do not). Decoding accepts an all-lower or all-upper string and refuses
mixed case, a bad checksum, characters outside the charset, and padding bits that are not zero, so
each key has exactly one accepted spelling per case.
"""

from __future__ import annotations

from collections.abc import Iterable

CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_VALUE = {c: i for i, c in enumerate(CHARSET)}
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)


class Bech32Error(ValueError):
    """The string is not valid Bech32; the message says why."""


def _polymod(values: Iterable[int]) -> int:
    check = 1
    for value in values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for i, generator in enumerate(_GENERATOR):
            if (top >> i) & 1:
                check ^= generator
    return check


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _convert_bits(data: Iterable[int], from_bits: int, to_bits: int, pad: bool) -> list[int]:
    accumulator = 0
    bits = 0
    out: list[int] = []
    max_value = (1 << to_bits) - 1
    for value in data:
        accumulator = (accumulator << from_bits) | value
        bits += from_bits
        while bits >= to_bits:
            bits -= to_bits
            out.append((accumulator >> bits) & max_value)
    if pad:
        if bits:
            out.append((accumulator << (to_bits - bits)) & max_value)
    elif bits >= from_bits or (accumulator << (to_bits - bits)) & max_value:
        raise Bech32Error("non-zero padding bits")
    return out


def encode(hrp: str, data: bytes) -> str:
    """Lower-case Bech32 of ``data`` under the human-readable part ``hrp``."""
    hrp = hrp.lower()
    values = _convert_bits(data, 8, 5, pad=True)
    checksum = _polymod([*_hrp_expand(hrp), *values, 0, 0, 0, 0, 0, 0]) ^ 1
    values += [(checksum >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(CHARSET[v] for v in values)


def decode(text: str) -> tuple[str, bytes]:
    """Return (lower-case human-readable part, data bytes) or raise ``Bech32Error``."""
    if any(not 33 <= ord(c) <= 126 for c in text):
        raise Bech32Error("character outside printable ASCII")
    if text.lower() != text and text.upper() != text:
        raise Bech32Error("mixed case")
    text = text.lower()
    separator = text.rfind("1")
    if separator < 1 or separator + 7 > len(text):
        raise Bech32Error("no separator or too short")
    hrp = text[:separator]
    try:
        values = [_VALUE[c] for c in text[separator + 1 :]]
    except KeyError as exc:
        raise Bech32Error(f"character {exc.args[0]!r} outside the Bech32 charset") from None
    if _polymod([*_hrp_expand(hrp), *values]) != 1:
        raise Bech32Error("bad checksum")
    return hrp, bytes(_convert_bits(values[:-6], 5, 8, pad=False))
