"""The reliability table: figures the proof tests record, printed at the end of every run.

A test calls ``record(claim, figure, result)``; ``pytest_terminal_summary`` (tests/conftest.py)
prints one line per claim. ``make reliability`` runs the same tests at their long sizes.

A proof test is one whose body calls ``record``. When one fails (an assertion, an error, its
timeout), it never reaches its ``record`` call: ``failed`` puts it in the table instead, named, with
the first line of why, so the table of a long run says which proof broke, not only which held.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Row:
    claim: str
    figure: str
    result: str


ROWS: list[Row] = []


def record(claim: str, figure: str, result: str) -> None:
    ROWS.append(Row(claim, figure, result))


def table() -> list[str]:
    if not ROWS:
        return []
    width = max(len(r.claim) for r in ROWS)
    lines = ["reliability (proof tests of this run)"]
    for r in ROWS:
        lines.append(f"  {r.claim.ljust(width)}  {r.result:<6} {r.figure}")
    return lines


def is_proof(function: Callable[..., Any] | None) -> bool:
    if function is None:
        return False
    try:
        return "record(" in inspect.getsource(function)
    except (OSError, TypeError):
        return False


def failed(test: str, why: str) -> None:
    """``why``: the failure's crash message (its first line is kept)."""
    lines = [line.strip() for line in why.strip().splitlines() if line.strip()]
    ROWS.append(Row(test, (lines[0] if lines else "failed")[:160], "FAILED"))
