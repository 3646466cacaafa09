"""Same-person candidates scored in SQL (app/cases/matching.py) against a straightforward scoring
in Python of every case's folded fields: the same candidates, scores, reasons and facts."""

from __future__ import annotations

import random
from datetime import date
from typing import Any

import pytest

from app.cases.book import CaseBook, is_name_field
from app.cases.matching import (
    MIN_SCORE,
    _long_enough,
    matched_properties,
    name_words,
    possible_same_person,
)
from app.cases.names import display_name
from app.cases.schedule import parse_date
from app.interviews.demo_people import person
from app.text.search import search_keys
from app.text.segment import script_of
from app.workspace.session import Session

TODAY = date(2026, 11, 28)
AGES = ("vic_age", "age", "prs_Age")
MISSPELT = {"Somchai": "Somchay", "Sokha": "Sokhaa", "Maung": "Mawng", "Huong": "Hoong"}


def _age(fields: dict[str, Any]) -> int | None:
    born = parse_date(fields.get("prs_Birthdate"))
    if born:
        return TODAY.year - born.year - ((TODAY.month, TODAY.day) < (born.month, born.day))
    for name in AGES:
        value = fields.get(name)
        if value in (None, ""):
            continue
        try:
            return int(value)
        except (TypeError, ValueError):
            continue
    return None


def _scripts(text: str) -> set[str]:
    return {script_of(ch) for ch in text if ch.isalpha()} - {"other"}


def reference(cases: dict[str, dict[str, Any]], props: dict[str, Any]) -> list[tuple[Any, ...]]:
    """Every case (its folded fields, by id) scored one by one."""
    typed = [
        (_scripts(v), name_words(v))
        for k, v in props.items()
        if is_name_field(k) and isinstance(v, str) and _long_enough(v)
    ]
    mine_born = parse_date(props.get("prs_Birthdate"))
    mine_age = _age(props)
    out = []
    for case_id, fields in cases.items():
        keys: set[str] = set()
        for k, v in fields.items():
            if is_name_field(k) and isinstance(v, str):
                keys |= search_keys(v)
        name = display_name(fields)
        score, exact, matched = 0, [], set[str]()
        for scripts, terms in typed:
            ranks = []
            for word in terms:
                whole = word.whole & keys or any(group <= keys for group in word.syllables)
                ranks.append(2 if whole else 1 if word.sounds & keys else 0)
            if not ranks or min(ranks) == 0:
                continue
            score += 2 * min(ranks)
            exact.append(min(ranks) == 2)
            matched |= scripts
        # every name typed that found it, in scripts its name is not written in: across scripts
        across = bool(matched) and not matched & _scripts(name)
        why = [
            "name in another script" if across else "name" if x else "similar name" for x in exact
        ]
        if not why:
            continue
        born = parse_date(fields.get("prs_Birthdate"))
        theirs_age = _age(fields)
        year = born.year if born else (TODAY.year - theirs_age if theirs_age is not None else None)
        if props.get("prs_Birthdate") and props["prs_Birthdate"] == fields.get("prs_Birthdate"):
            score, why = score + 3, [*why, "date of birth"]
        elif mine_born and born and mine_born.year == born.year:
            score, why = score + 2, [*why, "birth year"]
        elif mine_age is not None and theirs_age is not None and abs(mine_age - theirs_age) <= 2:
            score, why = score + 1, [*why, "age"]
        for field_name, label in (("prs_Gender", "gender"), ("prs_Citizenship", "citizenship")):
            mine, theirs = props.get(field_name), fields.get(field_name)
            if mine and theirs:
                score, why = (score + 1, [*why, label]) if mine == theirs else (score - 2, why)
        if score >= MIN_SCORE:
            out.append(
                (
                    case_id,
                    name,
                    score,
                    tuple(dict.fromkeys(why)),
                    year,
                    not born and year is not None,
                    fields.get("prs_Citizenship"),
                    fields.get("prs_Gender"),
                )
            )
    out.sort(key=lambda c: (-c[2], c[0]))
    return out


def varied(rnd: random.Random, props: dict[str, Any]) -> dict[str, Any]:
    """A person's answers as another worker may have written them."""
    props = dict(props)
    roll = rnd.random()
    if roll < 0.2:
        props.pop(rnd.choice(("prs_First_Name", "prs_Name_Latin")), None)
    elif roll < 0.35:
        latin = props.get("prs_Name_Latin", "")
        for right, wrong in MISSPELT.items():
            latin = latin.replace(right, wrong)
        props["prs_Name_Latin"] = latin
    elif roll < 0.45:
        props["prs_Name_Latin"] = props.get("prs_Name_Latin", "Xx")[:3]  # a beginning
    for name in ("prs_Birthdate", "prs_Gender", "prs_Citizenship", "age"):
        if rnd.random() < 0.25:
            props.pop(name, None)
    if rnd.random() < 0.1:
        props["prs_Birthdate"] = rnd.choice(("2001-02-03T00:00", "3 May 1999", "2001-13-40"))
    if rnd.random() < 0.1:
        props["age"] = rnd.choice(("twenty", "19", ""))
    return props


@pytest.mark.parametrize("seed", [1, 2])
def test_sql_scoring_equals_scoring_every_case_in_python(session: Session, seed: int) -> None:
    rnd = random.Random(seed)
    book = CaseBook(session, today=lambda: TODAY)
    people = [person(rnd, TODAY) for _ in range(60)]
    for _ in range(300):
        book.open_case(varied(rnd, rnd.choice(people)), "intake")
    cases = {c: book.state(c).fields for (c,) in book.store.query("SELECT case_id FROM cases")}
    offered = 0
    for _ in range(60):
        typed = matched_properties(varied(rnd, rnd.choice(people)))
        expected = reference(cases, typed)
        offered += bool(expected)
        for limit in (5, 1000):
            got = possible_same_person(book, typed, limit)
            assert [
                (
                    c.case_id,
                    c.display_name,
                    c.score,
                    c.reasons,
                    c.birth_year,
                    c.birth_year_estimated,
                    c.citizenship,
                    c.gender,
                )
                for c in got
            ] == expected[:limit], typed
    assert offered > 30  # (most intakes are of people in the book)
