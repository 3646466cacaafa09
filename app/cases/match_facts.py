"""The facts a same-person match compares, one row per case in ``case_match`` (migration 0025).

Written with the case's other derived rows (``derived.refresh``), read by
``app.cases.matching``, which scores the cases a name finds in SQL from these columns rather than
reading each case's state. The columns keep what ``matching`` compared in the case's fields:

- ``born``: the date of birth as written (compared as written: the same text is the same date);
- ``born_on``: that date read (``schedule.parse_date``), ISO, for the birth year and the age;
- ``age``: the first of the age fields that reads as a whole number (used without a birth date);
- ``gender``, ``citizenship``: as written.

A value that is not a non-empty string (or a number, for the age) is stored as NULL: not known.
"""

from __future__ import annotations

from typing import Any

from app.cases.schedule import parse_date

GENDER = "prs_Gender"
BIRTHDATE = "prs_Birthdate"
CITIZENSHIP = "prs_Citizenship"
AGE_FIELDS = ("vic_age", "age", "prs_Age")

INSERT = (
    "INSERT OR REPLACE INTO case_match (case_id, born, born_on, age, gender, citizenship)"
    " VALUES (?, ?, ?, ?, ?, ?)"
)
DELETE = "DELETE FROM case_match WHERE case_id = ?"


def stated_age(fields: dict[str, Any]) -> int | None:
    """The first age field given that reads as a whole number (an intake saves ``age``)."""
    for name in AGE_FIELDS:
        value = fields.get(name)
        if value in (None, ""):
            continue
        try:
            age = int(value)
        except (TypeError, ValueError, OverflowError):
            continue
        return age if abs(age) < 1_000_000 else None  # (an SQLite integer; no one is that old)
    return None


def text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def match_row(case_id: str, fields: dict[str, Any]) -> tuple[Any, ...]:
    """The ``case_match`` row of a case with these fields (``INSERT``'s parameters)."""
    born = parse_date(fields.get(BIRTHDATE))
    return (
        case_id,
        text(fields.get(BIRTHDATE)),
        born.isoformat() if born else None,
        stated_age(fields),
        text(fields.get(GENDER)),
        text(fields.get(CITIZENSHIP)),
    )
