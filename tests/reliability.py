"""The reliability table: figures the proof tests record, printed at the end of every run.

A test calls ``record(claim, figure, result)``; ``pytest_terminal_summary`` (tests/conftest.py)
prints one line per claim. ``make reliability`` runs the same tests at their long sizes.
"""

from __future__ import annotations

from dataclasses import dataclass


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
