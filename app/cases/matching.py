"""Possible same person: at intake, cases that may already describe the person being registered.

Never merged automatically (a wrong merge would mix two people's stories): the social worker
looks at the candidates, each with the reasons it was offered, and when sure links the intake to
one (``Interview.link_to_case``: the intake's answers are then recorded on that case) or records
a ``link_same_person`` event between two cases.

Names are matched by whole terms, not by prefix (a prefix is for the case list, where a worker is
still typing; here ``yan`` must not find ``Yang``). Each word of a typed name field is cut as the
case list's search cuts it (``app.text.search.parse_query``), and the word matches a case
*exactly* when one of its spellings (folded, romanised) equals one of the case's search keys
(``search_keys``: the name's parts, their words, each Chinese character, their romanisations),
or when every syllable of its romanisation does (杨秀英, yang xiu ying, finds 秀英 杨 and Yang
Xiuying, not 杨明: one syllable shared is not the name); *by sound* when its sound key
(``loose_key``, typed in Latin letters) equals one of the case's and holds at least
:data:`SOUND_MIN_CONSONANTS` consonants (``an``, from Yan, or ``s``, from Zhao, are shared by too
many names to mean anything). A name field matches when every word of it does.

Score: per name field that matches, +4 when every word matched exactly, else +2; the same date of
birth (+3), else the same birth year (+2) or an age within two years (+1); the same gender and
citizenship (+1 each); a different gender or citizenship, where both are known, takes 2 away.
Offered from ``MIN_SCORE``; best first, then by case id.

Reasons (codes the interface words): ``name`` (a name written the same way), ``name in another
script`` (the name typed in one script found written in another: សុខា and Sokha), ``similar
name`` (spelled differently, same sounds), ``date of birth``, ``birth year``, ``age``,
``gender``, ``citizenship``.

Cost (issue 21): no case's state is read to score it. The cases each key finds are read from the
term index by equality (one indexed range a key, as a set of ids); they are taken by name points,
most first, and each such tier is scored in SQL from the facts kept per case in ``case_match``
(app/cases/match_facts.py: date of birth, age, gender, citizenship, written with the case's other
derived rows), ``ORDER BY`` score ``LIMIT`` the number shown. A tier whose best possible score is
below the last one kept is not scored, nor its sound keys read: the result is the same as
scoring every case found, without a cap. Only the cases shown are read from ``cases`` (their
names). The desktop app runs it off the GUI thread, 400 ms after the last key.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from itertools import product
from typing import Any

from app.cases.book import CaseBook, is_name_field
from app.cases.hlc import Timestamp
from app.cases.match_facts import AGE_FIELDS, BIRTHDATE, CITIZENSHIP, GENDER, stated_age, text
from app.cases.schedule import parse_date
from app.text.romanize import romanizations
from app.text.search import LOOSE, WHOLE, parse_query
from app.text.segment import script_of
from app.workspace import audit
from app.workspace.roles import Permission

MIN_SCORE = 4
SOUND_MIN_CONSONANTS = 2  # a sound key with fewer finds too many names to be a reason
LINK = "link"  # the audit action of linking an intake to a case, or undoing it

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
    return stated_age(fields)


def _birth_year(fields: dict[str, Any], today: date) -> tuple[int | None, bool]:
    """The year of birth, and whether it is estimated from an age."""
    born = parse_date(fields.get(BIRTHDATE))
    if born:
        return born.year, False
    age = _age(fields, today)
    return (today.year - age, True) if age is not None else (None, False)


def _scripts(text: str) -> set[str]:
    return {script_of(ch) for ch in text if ch.isalpha()} - {"other"}


def sound_key_counts(form: str) -> bool:
    """Whether a loose query form (``LOOSE`` + a sound key) is long enough to be a reason: at
    least :data:`SOUND_MIN_CONSONANTS` consonants (the key's first letter is ``a`` for any
    vowel)."""
    key = form.removeprefix(LOOSE).removesuffix(WHOLE)
    return len(key) - (key[:1] == "a") >= SOUND_MIN_CONSONANTS


@dataclass(frozen=True)
class Word:
    """One typed word of a name, as the search keys that find it (each compared by equality)."""

    whole: frozenset[str]  # its spellings (folded, romanised): one of them a key: exact
    syllables: tuple[frozenset[str], ...]  # a romanisation in syllables (杨秀英: yang xiu ying):
    # every syllable of one a key of the case: exact too (one shared syllable is not the name)
    sounds: frozenset[str]  # its sound keys long enough to count: one a key: by sound


def name_words(value: str) -> list[Word]:
    """The words of a typed name (a word repeated, once)."""
    out: list[Word] = []
    for term in parse_query(value).terms:
        readings = romanizations(term.text)
        syllables = tuple(sorted(frozenset(r.split()) for r in readings if len(r.split()) > 1))
        parts_only = frozenset().union(*syllables) - {r.replace(" ", "") for r in readings}
        sounds = frozenset(f.removesuffix(WHOLE) for f in term.loose if sound_key_counts(f))
        word = Word(term.exact - parts_only, syllables, sounds - term.exact)
        if word not in out:
            out.append(word)
    return out


class _Names:
    """The cases each typed name field finds, as sets of case ids, each key read from the term
    index by equality once and only when needed (a name's sound keys are read only when the
    cases it finds exactly do not settle the best few)."""

    def __init__(self, book: CaseBook, typed: list[list[Word]]) -> None:
        self.book, self.typed = book, typed
        self._ids: dict[str, set[str]] = {}
        self._exact: dict[int, set[str]] = {}
        self._any: dict[int, set[str]] = {}

    def ids(self, form: str) -> set[str]:
        if form not in self._ids:
            joined = self.book.store.scalar(
                "SELECT group_concat(case_id, ' ') FROM case_terms WHERE term = ?", (form,)
            )
            self._ids[form] = set(joined.split()) if joined else set()
        return self._ids[form]

    def _word_exact(self, word: Word) -> set[str]:
        found = set().union(*(self.ids(f) for f in word.whole))
        for group in word.syllables:
            found |= set.intersection(*(self.ids(s) for s in group))
        return found

    def exact(self, k: int) -> set[str]:
        """The cases field ``k`` finds with every word exact."""
        if k not in self._exact:
            self._exact[k] = set.intersection(*(self._word_exact(w) for w in self.typed[k]))
        return self._exact[k]

    def any(self, k: int) -> set[str]:
        """The cases field ``k`` finds, exactly or by sound."""
        if k not in self._any:
            self._any[k] = set.intersection(
                *(
                    self._word_exact(w).union(*(self.ids(f) for f in w.sounds))
                    for w in self.typed[k]
                )
            )
        return self._any[k]

    def rank(self, k: int, case_id: str) -> int:
        """2: field ``k`` finds the case exactly; 1: by sound; 0: not."""
        return 2 if case_id in self.exact(k) else 1 if case_id in self.any(k) else 0

    def tiers(self) -> Iterator[tuple[int, set[str]]]:
        """The cases found, by name points (2 a field found by sound, 4 exactly), most first."""
        combos: dict[int, list[tuple[int, ...]]] = {}
        for combo in product((2, 1, 0), repeat=len(self.typed)):
            if any(combo):
                combos.setdefault(2 * sum(combo), []).append(combo)
        for points in sorted(combos, reverse=True):
            found: set[str] = set()
            for combo in combos[points]:
                sets = [
                    self.exact(k) if r == 2 else self.any(k) - self.exact(k)
                    for k, r in enumerate(combo)
                    if r
                ]
                cases = set.intersection(*sorted(sets, key=len))
                for k, r in enumerate(combo):
                    if not r and cases:
                        cases -= self.any(k)
                found |= cases
            if found:
                yield points, found


def _day_of(hlc: str | None) -> date | None:
    if not hlc:
        return None
    try:
        return datetime.fromtimestamp(Timestamp.decode(hlc).wall_ms / 1000, UTC).date()
    except (ValueError, OverflowError):
        return None


def _facts_sql(properties: dict[str, Any], today: date) -> tuple[str, list[Any], int]:
    """The facts' part of the score, an SQL expression over ``case_match m``; and the most it
    can give."""
    sql, params, most = "0", list[Any](), 0
    born = text(properties.get(BIRTHDATE))
    mine_age = _age(properties, today)
    mine_year, mine_estimated = _birth_year(properties, today)
    year = "CAST(substr(m.born_on, 1, 4) AS INTEGER)"
    their_age = (
        f"CASE WHEN m.born_on IS NULL THEN m.age ELSE ? - {year}"
        " - (substr(m.born_on, 6, 5) > ?) END"
    )
    birth = []
    if born:
        birth.append("WHEN m.born = ? THEN 3")
        params.append(born)
    if mine_year and not mine_estimated:
        birth.append(f"WHEN m.born_on IS NOT NULL AND {year} = ? THEN 2")
        params.append(mine_year)
    if mine_age is not None:
        birth.append(f"WHEN abs(({their_age}) - ?) <= 2 THEN 1")
        params += [today.year, f"{today.month:02}-{today.day:02}", mine_age]
    if birth:
        sql = f"(CASE {' '.join(birth)} ELSE 0 END)"
        most = 3 if born else 2 if mine_year and not mine_estimated else 1
    for name, column in ((GENDER, "gender"), (CITIZENSHIP, "citizenship")):
        mine = properties.get(name)
        if mine:
            sql += (
                f" + (CASE WHEN m.{column} IS NULL THEN 0 WHEN m.{column} = ? THEN 1 ELSE -2 END)"
            )
            params.append(mine)
            most += 1
    return sql, params, most


def _fact_reasons(properties: dict[str, Any], facts: dict[str, Any], today: date) -> list[str]:
    """The reasons the facts give (as the score counted them)."""
    why = []
    mine_year, mine_estimated = _birth_year(properties, today)
    theirs_year, theirs_estimated = _birth_year(facts, today)
    if properties.get(BIRTHDATE) and properties.get(BIRTHDATE) == facts.get(BIRTHDATE):
        why.append("date of birth")
    elif mine_year and not mine_estimated and not theirs_estimated and mine_year == theirs_year:
        why.append("birth year")
    else:
        mine_age, theirs = _age(properties, today), _age(facts, today)
        if mine_age is not None and theirs is not None and abs(mine_age - theirs) <= 2:
            why.append("age")
    for name, label in ((GENDER, "gender"), (CITIZENSHIP, "citizenship")):
        if properties.get(name) and properties.get(name) == facts.get(name):
            why.append(label)
    return why


def _as_fields(born: Any, born_on: Any, age: Any, gender: Any, citizenship: Any) -> dict[str, Any]:
    """A ``case_match`` row as the fields it was made of, as far as ``_age`` and the rest read
    them (``born_on`` is ``born`` read: not needed here)."""
    del born_on
    fields = {BIRTHDATE: born, "age": age, GENDER: gender, CITIZENSHIP: citizenship}
    return {k: v for k, v in fields.items() if v is not None}


def possible_same_person(
    book: CaseBook, properties: dict[str, Any], limit: int = 10
) -> list[Candidate]:
    """Earlier cases that may be about the person ``properties`` describe (an intake's answers
    as case properties), best first; none without a name.

    The cases a name finds are taken by their name points, most first; each such tier is
    scored in SQL from its facts (``case_match``) and only its best ``limit`` kept; a tier
    whose best possible score (its name points and every fact agreeing) is below the
    ``limit``-th score found is not read at all: a common name's loose matches (Maung: Min,
    Mon, Ming) are seldom scored."""
    book.session.require(Permission.VIEW_CASES)
    typed: list[tuple[set[str], list[Word]]] = []
    for name, value in properties.items():
        if is_name_field(name) and isinstance(value, str) and _long_enough(value):
            words = name_words(value)
            if words:
                typed.append((_scripts(value), words))
    if not typed:
        return []
    today = book.today()
    found_by = _Names(book, [words for _, words in typed])
    facts_sql, facts_params, most = _facts_sql(properties, today)
    best: list[tuple[int, str, tuple[Any, ...]]] = []  # (-score, case id, facts)
    for points, cases in found_by.tiers():
        if _settled(best, limit, points + most):
            break
        rows = book.store.query(
            f"SELECT j.value, {facts_sql} AS score, m.born, m.born_on, m.age, m.gender,"
            " m.citizenship FROM json_each(?) j JOIN case_match m ON m.case_id = j.value"
            " WHERE score >= ? ORDER BY score DESC, j.value LIMIT ?",
            [*facts_params, json.dumps(sorted(cases)), MIN_SCORE - points, limit],
        )
        best = sorted([*best, *((-(points + r[1]), r[0], tuple(r[2:])) for r in rows)])[:limit]
        if _settled(best, limit, points - 2 + most):
            break  # (before the next tier is made: its sound keys may not need reading)
    shown = _shown(book, [case_id for _, case_id, _ in best])
    found = []
    for minus, case_id, facts in best:
        if case_id not in shown:
            continue  # (erased meanwhile)
        display, hlc, names = shown[case_id]
        ranks = [found_by.rank(k, case_id) for k in range(len(typed))]
        mine = set().union(*(s for (s, _), r in zip(typed, ranks, strict=True) if r))
        across = bool(mine) and not mine & _scripts(display)
        why = [
            "name in another script" if across else ("name" if r == 2 else "similar name")
            for r in ranks
            if r
        ]
        fields = _as_fields(*facts)
        why += _fact_reasons(properties, fields, today)
        found.append(_candidate(case_id, display, -minus, why, fields, hlc, names, today))
    return found


def _settled(best: list[tuple[int, str, tuple[Any, ...]]], limit: int, most: int) -> bool:
    """Whether no case scoring at most ``most`` can be among the best ``limit`` (ties go by
    case id, so a case scoring the same as the last kept could still come before it)."""
    return most < MIN_SCORE or (len(best) >= limit and -best[-1][0] > most)


def _candidate(
    case_id: str,
    display: str,
    score: int,
    why: list[str],
    fields: dict[str, Any],
    hlc: str | None,
    names: dict[str, str],
    today: date,
) -> Candidate:
    year, estimated = _birth_year(fields, today)
    return Candidate(
        case_id,
        display,
        score,
        tuple(dict.fromkeys(why)),
        year,
        estimated,
        text(fields.get(CITIZENSHIP)),
        text(fields.get(GENDER)),
        _day_of(hlc),
        names,
    )


def _shown(book: CaseBook, case_ids: list[str]) -> dict[str, tuple[str, str, dict[str, str]]]:
    """The list name, last event's clock and name fields of the few cases shown."""
    out: dict[str, tuple[str, str, dict[str, str]]] = {}
    if not case_ids:
        return out
    rows = book.store.query(
        "SELECT case_id, display_name, updated_hlc, json_extract(state, '$.fields') FROM cases"
        f" WHERE case_id IN ({', '.join('?' * len(case_ids))})",
        case_ids,
    )
    for case_id, display, hlc, fields in rows:
        values = json.loads(fields) if fields else {}
        names = {k: v for k, v in values.items() if is_name_field(k) and isinstance(v, str) and v}
        out[case_id] = (display or "", hlc, names)
    return out


def describe_case(book: CaseBook, case_id: str) -> Candidate | None:
    """One case as a candidate is shown (a linked draft resumed: the case it is linked to), or
    None when it is gone (erased meanwhile)."""
    book.session.require(Permission.VIEW_CASES)
    shown = _shown(book, [case_id]).get(case_id)
    facts = book.store.query_one(
        "SELECT born, born_on, age, gender, citizenship FROM case_match WHERE case_id = ?",
        (case_id,),
    )
    if shown is None or facts is None:
        return None
    display, hlc, names = shown
    return _candidate(case_id, display, 0, [], _as_fields(*facts), hlc, names, book.today())


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
