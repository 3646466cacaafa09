"""Possible same person: at intake, cases that may already describe the person being registered.

Never merged automatically (a wrong merge would mix two people's stories): the social worker
looks at the candidates, each with the reasons it was offered, and when sure links the intake to
one (``Interview.link_to_case``: the intake's answers are then recorded on that case) or records
a ``link_same_person`` event between two cases.

Score: a name found through the cross-script search keys (exact +4, loose +2 per name field that
matches), the same date of birth (+3), else the same birth year (+2) or an age within two years
(+1), the same gender and citizenship (+1 each); a different gender or citizenship, where both
are known, takes 2 away. Offered from ``MIN_SCORE``.

Reasons (codes the interface words): ``name`` (a name written the same way), ``name in another
script`` (the name typed in one script found written in another: សុខា and Sokha), ``similar
name`` (spelled differently, same sounds), ``date of birth``, ``birth year``, ``age``,
``gender``, ``citizenship``.

Cost: the names are found through the term index (``CaseBook._search``, no per-case work); the
few facts compared are then read for the cases found only, straight from the ``cases`` table in
batches (no events folded). On 10 000 cases a match takes a few milliseconds (see
docs/architecture.md); the desktop app runs it off the GUI thread, 400 ms after the last key.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any

from app.cases.book import CITIZENSHIP, CaseBook, is_name_field
from app.cases.hlc import Timestamp
from app.cases.schedule import parse_date
from app.text.search import EXACT_MATCH
from app.text.segment import script_of
from app.workspace import audit
from app.workspace.roles import Permission

GENDER = "prs_Gender"
BIRTHDATE = "prs_Birthdate"
AGE_FIELDS = ("vic_age", "age", "prs_Age")
MIN_SCORE = 4
LINK = "link"  # the audit action of linking an intake to a case, or undoing it
BATCH = 400  # case ids per query (SQLite's bound-parameter limit is far above)

# The properties a match compares: what is sent from the interview (nothing else is needed).
COMPARED = (GENDER, BIRTHDATE, CITIZENSHIP, *AGE_FIELDS)


@dataclass(frozen=True)
class Candidate:
    case_id: str
    display_name: str
    score: int
    reasons: tuple[str, ...]
    birth_year: int | None = None
    birth_year_estimated: bool = False  # from an age, not a date of birth
    citizenship: str | None = None
    gender: str | None = None
    last_recorded: date | None = None  # the day the case's newest event was recorded
    names: dict[str, str] = field(default_factory=dict)  # the case's name fields, as written


def matched_properties(properties: dict[str, Any]) -> dict[str, Any]:
    """The part of an intake's answers a match reads: names, birth, age, gender, citizenship
    (blank answers left out)."""
    return {
        name: value
        for name, value in properties.items()
        if (is_name_field(name) or name in COMPARED) and value not in (None, "")
    }


def _age(fields: dict[str, Any], today: date) -> int | None:
    born = parse_date(fields.get(BIRTHDATE))
    if born:
        return today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    for name in AGE_FIELDS:  # the first one given (an intake saves "age")
        value = fields.get(name)
        if value in (None, ""):
            continue
        try:
            return int(value)
        except (TypeError, ValueError):
            continue
    return None


def _birth_year(fields: dict[str, Any], today: date) -> tuple[int | None, bool]:
    """The year of birth, and whether it is estimated from an age."""
    born = parse_date(fields.get(BIRTHDATE))
    if born:
        return born.year, False
    age = _age(fields, today)
    return (today.year - age, True) if age is not None else (None, False)


def _scripts(text: str) -> set[str]:
    return {script_of(ch) for ch in text if ch.isalpha()} - {"other"}


def _facts(book: CaseBook, case_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """For each case id: its list name, last event's clock and the compared fields, read from
    the ``cases`` table in batches (``json_extract`` of the stored state: no events folded)."""
    ids = list(case_ids)
    columns = ", ".join(f"json_extract(state, '$.fields.{name}')" for name in COMPARED)
    out: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        rows = book.store.query(
            f"SELECT case_id, display_name, updated_hlc, {columns} FROM cases"
            f" WHERE case_id IN ({','.join('?' * len(chunk))})",
            chunk,
        )
        for row in rows:
            fields = {name: row[3 + i] for i, name in enumerate(COMPARED) if row[3 + i] is not None}
            out[row[0]] = {"name": row[1] or "", "hlc": row[2], "fields": fields}
    return out


def _day_of(hlc: str | None) -> date | None:
    if not hlc:
        return None
    try:
        return datetime.fromtimestamp(Timestamp.decode(hlc).wall_ms / 1000, UTC).date()
    except (ValueError, OverflowError):
        return None


def possible_same_person(
    book: CaseBook, properties: dict[str, Any], limit: int = 10
) -> list[Candidate]:
    """Earlier cases that may be about the person ``properties`` describe (an intake's answers
    as case properties), best first; none without a name."""
    book.session.require(Permission.VIEW_CASES)
    scores: dict[str, int] = {}
    reasons: dict[str, list[str]] = {}
    typed_scripts: dict[str, set[str]] = {}
    for name, value in properties.items():
        if not (is_name_field(name) and isinstance(value, str) and _long_enough(value)):
            continue
        scripts = _scripts(value)
        for case_id, rank in book._search(value).items():
            scores[case_id] = scores.get(case_id, 0) + (4 if rank == EXACT_MATCH else 2)
            reasons.setdefault(case_id, []).append("name" if rank == EXACT_MATCH else "")
            typed_scripts.setdefault(case_id, set()).update(scripts)
    if not scores:
        return []
    today = book.today()
    mine_age = _age(properties, today)
    mine_year, mine_estimated = _birth_year(properties, today)
    found = []
    for case_id, facts in _facts(book, scores).items():
        fields = facts["fields"]
        score = scores[case_id]
        # a name typed in a script the case's name is not written in: found across scripts
        across = bool(typed_scripts[case_id]) and not typed_scripts[case_id] & _scripts(
            facts["name"]
        )
        why = [
            "name in another script" if across else ("name" if r else "similar name")
            for r in reasons[case_id]
        ]
        theirs_year, theirs_estimated = _birth_year(fields, today)
        if properties.get(BIRTHDATE) and properties.get(BIRTHDATE) == fields.get(BIRTHDATE):
            score += 3
            why.append("date of birth")
        elif mine_year and not mine_estimated and not theirs_estimated and mine_year == theirs_year:
            score += 2
            why.append("birth year")
        else:
            theirs = _age(fields, today)
            if mine_age is not None and theirs is not None and abs(mine_age - theirs) <= 2:
                score += 1
                why.append("age")
        for name, label in ((GENDER, "gender"), (CITIZENSHIP, "citizenship")):
            mine, theirs_value = properties.get(name), fields.get(name)
            if mine and theirs_value:
                if mine == theirs_value:
                    score += 1
                    why.append(label)
                else:
                    score -= 2
        if score >= MIN_SCORE:
            found.append(
                Candidate(
                    case_id,
                    facts["name"],
                    score,
                    tuple(dict.fromkeys(why)),
                    theirs_year,
                    theirs_estimated,
                    _text(fields.get(CITIZENSHIP)),
                    _text(fields.get(GENDER)),
                    _day_of(facts["hlc"]),
                )
            )
    found.sort(key=lambda c: (-c.score, c.case_id))
    shown = found[:limit]
    names = _names(book, [c.case_id for c in shown])
    return [replace(c, names=names.get(c.case_id, {})) for c in shown]


def _names(book: CaseBook, case_ids: list[str]) -> dict[str, dict[str, str]]:
    """The name fields of a few cases (those shown), as the person's full name is made of."""
    out: dict[str, dict[str, str]] = {}
    for start in range(0, len(case_ids), BATCH):
        chunk = case_ids[start : start + BATCH]
        rows = book.store.query(
            "SELECT case_id, json_extract(state, '$.fields') FROM cases"
            f" WHERE case_id IN ({','.join('?' * len(chunk))})",
            chunk,
        )
        for case_id, fields in rows:
            values = json.loads(fields) if fields else {}
            out[case_id] = {
                k: v for k, v in values.items() if is_name_field(k) and isinstance(v, str) and v
            }
    return out


def describe_case(book: CaseBook, case_id: str) -> Candidate | None:
    """One case as a candidate is shown (a linked draft resumed: the case it is linked to), or
    None when it is gone (erased meanwhile)."""
    book.session.require(Permission.VIEW_CASES)
    facts = _facts(book, [case_id]).get(case_id)
    if facts is None:
        return None
    fields = facts["fields"]
    year, estimated = _birth_year(fields, book.today())
    return Candidate(
        case_id,
        facts["name"],
        0,
        (),
        year,
        estimated,
        _text(fields.get(CITIZENSHIP)),
        _text(fields.get(GENDER)),
        _day_of(facts["hlc"]),
        _names(book, [case_id]).get(case_id, {}),
    )


def note_link(book: CaseBook, case_id: str, linked: bool) -> None:
    """Audit the worker's decision: an intake being typed was linked to the case ``case_id``
    (or the link undone). The case itself changes only when the intake is finished."""
    book.session.require(Permission.EDIT_CASES)
    detail = "intake linked: same person" if linked else "intake link undone"
    audit.record(book.store, book.session.user, LINK, f"case:{case_id}", detail)


def _long_enough(name: str) -> bool:
    """Two letters at least (one Chinese character is a name): a first letter alone, typed on the
    way to a name, would offer every name that starts with it."""
    letters = [ch for ch in name if ch.isalpha()]
    return len(letters) >= 2 or any(script_of(ch) == "han" for ch in letters)


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None
