"""Padding a sealed plaintext to a size bucket (PADMÉ), so the server learns less from sizes.

The server sees each envelope's size. Unpadded, a one-line follow-up and a long intake are told
apart at a glance, and so, roughly, is how much was written about a person. PADMÉ (Nikitin et
al., "Reducing Metadata Leakage from Encrypted Files and Communication with PURBs", 2019) rounds
a length L up so that only the top ``floor(log2(floor(log2 L))) + 1`` bits of it remain: at most
about 12 % more bytes, and O(log log L) bits of the length left to see.

The JSON plaintexts of case events, submissions and erasures are padded with spaces after the
closing brace: JSON allows trailing whitespace, so a laptop of an earlier version reads a padded
envelope as before, and this version reads unpadded ones. Attachments are not padded here.
"""

from __future__ import annotations


def padme(length: int) -> int:
    """The padded length for ``length`` bytes (``length`` itself below 2 and at exact buckets)."""
    if length < 2:
        return length
    exponent = length.bit_length() - 1  # floor(log2 L)
    significant = exponent.bit_length()  # floor(log2 E) + 1
    low = exponent - significant
    mask = (1 << low) - 1
    return (length + mask) & ~mask


def pad_json(data: bytes) -> bytes:
    """``data`` (one JSON document) followed by spaces up to its PADMÉ size."""
    return data + b" " * (padme(len(data)) - len(data))
