"""``derived.json_encoder`` writes exactly what ``json.JSONEncoder(ensure_ascii=False, ...).encode``
writes (the case rows, event payloads and the counts' facts are stored as it writes them, and
compared as text), and refuses what it refuses with the same error."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from app.cases.derived import json_encoder

VALUES: list[Any] = [
    {"a": [1, 2.5, None, True, False, 'ñ\u2028"\\x\x01\t', {"b": [], "c": {}}]},
    [float("nan"), float("inf"), float("-inf"), 1e300, -0.0, 10**30, -7],
    "សុខា 李明 ေအးေအးမြန္",
    3,
    None,
    {1: "an int key", None: 2, 2.5: True, False: "x"},
    {"fields": {"prs_First_Name": "สมชาย", "_status": "open"}, "events": ["e1"], "heads": []},
    [],
    {},
]


@pytest.mark.parametrize("separators", [(", ", ": "), (",", ":")])
@pytest.mark.parametrize("value", VALUES)
def test_the_same_text_as_json(separators: tuple[str, str], value: Any) -> None:
    reference = json.JSONEncoder(ensure_ascii=False, separators=separators)
    assert json_encoder(separators)(value) == reference.encode(value)


def test_a_default_is_used_as_json_uses_it() -> None:
    value = {"day": date(2026, 11, 28), "list": [date(2026, 1, 2)]}
    reference = json.JSONEncoder(ensure_ascii=False, default=str)
    assert json_encoder((", ", ": "), default=str)(value) == reference.encode(value)


@pytest.mark.parametrize("value", [{"day": date(2026, 11, 28)}, {(1, 2): "a tuple key"}, {1j}])
def test_what_json_refuses_is_refused_alike(value: Any) -> None:
    with pytest.raises(TypeError) as expected:
        json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode(value)
    with pytest.raises(TypeError) as got:
        json_encoder((",", ":"))(value)
    assert str(got.value) == str(expected.value)
