"""Possible same person: at intake, cases that may already describe the person being registered.

Never merged automatically (a wrong merge would mix two people's stories): the social worker
looks at the candidates and, when sure, records a ``link_same_person`` event.

Score: a name found through the cross-script search keys (exact +4, loose +2 per name field that
matches), the same date of birth (+3) or an age within two years (+1), the same gender and
citizenship (+1 each); a different gender or citizenship, where both are known, takes 2 away.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from app.cases.book import CITIZENSHIP, CaseBook, is_name_field
from app.cases.schedule import parse_date
from app.cases.state import fold
from app.text.search import EXACT_MATCH
from app.workspace.roles import Permission

GENDER = "prs_Gender"
BIRTHDATE = "prs_Birthdate"
AGE_FIELDS = ("vic_age", "age", "prs_Age")
MIN_SCORE = 4


@dataclass(frozen=True)
class Candidate:
    case_id: str
    display_name: str
    score: int
    reasons: tuple[str, ...]


def _age(fields: dict[str, Any], today: date) -> int | None:
    born = parse_date(fields.get(BIRTHDATE))
    if born:
        return today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    for name in AGE_FIELDS:
        value = fields.get(name)
        try:
            return int(value) if value not in (None, "") else None
        except (TypeError, ValueError):
            continue
    return None


def possible_same_person(
    book: CaseBook, properties: dict[str, Any], limit: int = 10
) -> list[Candidate]:
    book.session.require(Permission.VIEW_CASES)
    scores: dict[str, int] = {}
    reasons: dict[str, list[str]] = {}
    for name, value in properties.items():
        if not (is_name_field(name) and isinstance(value, str) and value.strip()):
            continue
        for case_id, rank in book._search(value).items():
            scores[case_id] = scores.get(case_id, 0) + (4 if rank == EXACT_MATCH else 2)
            reasons.setdefault(case_id, []).append(
                "name" if rank == EXACT_MATCH else "similar name"
            )
    today = book.today()
    mine_age = _age(properties, today)
    found = []
    for case_id, score in scores.items():
        fields = fold(case_id, book.events(case_id)).fields
        why = reasons[case_id]
        if properties.get(BIRTHDATE) and properties.get(BIRTHDATE) == fields.get(BIRTHDATE):
            score += 3
            why.append("date of birth")
        else:
            theirs = _age(fields, today)
            if mine_age is not None and theirs is not None and abs(mine_age - theirs) <= 2:
                score += 1
                why.append("age")
        for field, label in ((GENDER, "gender"), (CITIZENSHIP, "citizenship")):
            mine, theirs_value = properties.get(field), fields.get(field)
            if mine and theirs_value:
                if mine == theirs_value:
                    score += 1
                    why.append(label)
                else:
                    score -= 2
        if score >= MIN_SCORE:
            row = book._row(case_id)
            found.append(Candidate(case_id, row["display_name"] if row else "", score, tuple(why)))
    found.sort(key=lambda c: (-c.score, c.case_id))
    return found[:limit]
