"""PADMÉ padding of sealed plaintexts: the sizes the server sees fall into few buckets."""

from __future__ import annotations

import json

import pytest

from sync.padding import pad_json, padme


@pytest.mark.parametrize(
    "length,padded",
    [(0, 0), (1, 1), (2, 2), (9, 10), (100, 104), (1000, 1024), (1025, 1088), (5000, 5120)],
)
def test_padme_values(length: int, padded: int) -> None:
    assert padme(length) == padded


def test_padme_costs_at_most_12_percent_and_leaves_few_sizes() -> None:
    sizes = range(1, 100_000)
    assert all(length <= padme(length) <= length * 1.12 + 1 for length in sizes)
    assert len({padme(length) for length in range(20_000, 40_000)}) <= 80  # was 20,000


def test_padded_json_reads_as_before() -> None:
    document = {"id": "x", "record": {"note": "ສະບາຍດີ" * 7}}
    data = json.dumps(document, ensure_ascii=False).encode()
    padded = pad_json(data)
    assert len(padded) == padme(len(data)) and json.loads(padded) == document
