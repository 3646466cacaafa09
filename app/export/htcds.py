"""The HTCDS table: one row per case, in the Human Trafficking Case Data Standard's names and codes.

Columns are the HTCDS fields the shipped forms collect under their HTCDS names (``prs_``, ``vic_``,
``cas_``, ``con_``), taken from the case (properties saved by the intake and later forms) and,
for fields not saved to the case, from the case's intake submission. Codes HTCDS does not have
are mapped: "don't know" and "declined to answer" become blank (HTCDS has no such codes), our
``other`` becomes HTCDS ``Other``, ``stateless`` becomes blank with the ``stateless`` column set.
CTDC-style columns follow where the CTDC's public data set differs (``gender``, ``ageBroad``,
``majorityStatus``, ``citizenship``, ``yearOfRegistration``, ``isForcedLabour`` ...).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from app.export.deidentify import EXPLOITATION_FLAGS, age_band
from app.export.tables import Table

PREFIXES = ("prs_", "vic_", "cas_", "con_")
BLANK_CODES = {"dont_know", "declined", "stateless"}
CODE_MAP = {"other": "Other"}
CTDC = [
    "yearOfRegistration",
    "gender",
    "ageBroad",
    "majorityStatus",
    "citizenship",
    *EXPLOITATION_FLAGS,
]


def htcds_value(value: str) -> str:
    codes = value.split()
    mapped = [CODE_MAP.get(c, c) for c in codes if c not in BLANK_CODES]
    return " ".join(mapped)


def _flat(data: dict[str, Any], out: dict[str, str]) -> None:
    for key, value in data.items():
        if isinstance(value, dict):
            _flat(value, out)
        elif isinstance(value, str) and key.startswith(PREFIXES):
            out.setdefault(key, value)


def htcds_table(cases: Iterable[tuple[str, dict[str, Any], dict[str, Any] | None]]) -> Table:
    """``cases``: (case id, case fields, the intake submission's data or None)."""
    rows: list[dict[str, str]] = []
    names: set[str] = set()
    for case_id, fields, intake in cases:
        row: dict[str, str] = {}
        for key, value in fields.items():
            if key.startswith(PREFIXES) and isinstance(value, str):
                row[key] = value
        if intake:
            _flat(intake, row)
        row = {k: htcds_value(v) for k, v in row.items()}
        names |= set(row)
        try:
            age = int(str(fields.get("age", "")))
        except ValueError:
            age = None
        exploitation = str(fields.get("vic_TypeOfExploitation") or "").split()
        registered = str(fields.get("intake_date") or "")[:4]
        row.update(
            {
                "cas_CaseId": case_id,
                "yearOfRegistration": registered if registered.isdigit() else "",
                "gender": {"Feminine": "Female", "Masculine": "Male"}.get(
                    row.get("prs_Gender", ""), row.get("prs_Gender", "")
                ),
                "ageBroad": age_band(age),
                "majorityStatus": "" if age is None else ("Minor" if age < 18 else "Adult"),
                "citizenship": row.get("prs_Citizenship", ""),
                "stateless": "1" if fields.get("prs_Citizenship") == "stateless" else "0",
                **{
                    flag: "1" if code in exploitation else "0"
                    for flag, code in EXPLOITATION_FLAGS.items()
                },
            }
        )
        rows.append(row)
    columns = ["cas_CaseId", *sorted(names), "stateless", *CTDC]
    return Table("htcds", columns, columns, [[r.get(c, "") for c in columns] for r in rows])
