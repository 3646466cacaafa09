"""The dashboard's counts, kept up to date as a case's events are applied (issue 21).

The overview (app/cases/overview.py) counts people, returns, visits and conflicts over every case.
Recounting 100,000 cases takes seconds; reading these counts takes milliseconds. The contract:

- ``case_facts`` holds, per case, the overview's facts as the counts last took them
  (``overview.facts_of`` of the folded case, compact JSON); ``case_tallies`` holds their sums by
  (dimension, day, key): a count per status, citizenship, type of exploitation and team, and per
  *day* of identification, return, visit done and visit owed. Keyed by day rather than month, so
  what depends on today (a return is counted once its day has come, a visit owed before today is
  overdue, after it due soon) is read as a range of days, never by scanning cases.
- ``note_all`` runs inside the transaction that applied the cases' events
  (``CaseBook._refresh_cases``: writes, ``ingest`` from sync or a USB file, ``rebuild``): each
  case's old facts out, its new facts in, the cells many cases share written once; a case that
  does not exist (its create has not arrived) counts nothing. ``forget`` takes an erased case
  out. So the counts are those of the cases as committed, always.
- ``summarise_counts`` gives the same ``Overview`` as ``overview.summarise`` over
  ``overview.load_facts`` (the full recount, kept as the reference: a randomised test holds the
  two equal, and ``fieldcase check`` reports any count that disagrees, ``disagreements``).
- Filling: migration ``0021_case_tallies`` creates both tables and, in a workspace without cases,
  marks the counts filled (the ``filled`` row). A workspace that had cases is counted once, by
  ``fill``, when its first case book is made after the update (``CaseBook._count_once``; the
  workspace layer may not import the case domain's rules); until then ``note_all`` does
  nothing. The desktop app makes the book on the database thread before any screen can save a
  draft through it, so that count (seconds at 100,000 cases, once) holds no draft's save.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from typing import Any
from weakref import WeakSet

from app.cases.derived import json_encoder
from app.cases.overview import (
    DONE,
    DUE,
    EARLIER,
    NOT_RECORDED,
    OVERDUE,
    CaseFacts,
    Overview,
    _month_index,
    _ranked,
    _stacked,
    facts_in,
    facts_of,
    month_key,
    months_until,
)
from app.cases.schedule import Schedule, ScheduleRules
from app.cases.state import CaseState
from app.workspace.store import Store

STATUS, PEOPLE, EXPLOITATION = "status", "people", "exploitation"
IDENTIFIED, RETURNED, VISIT, OWED = "identified", "returned", "visit", "owed"
CONFLICTS, CONFLICT_FIELDS = "conflicts", "conflict_fields"
FILLED = "filled"  # one row: the counts are those of every case

Cell = tuple[str, str, str]  # (dimension, day, key)


def contributions(facts: CaseFacts) -> Counter[Cell]:
    """What one case adds to the counts (``overview.summarise`` counts the same, case by case)."""
    cells: Counter[Cell] = Counter()
    _count_into(cells, facts, 1)
    return cells


def _count_into(cells: Counter[Cell], facts: CaseFacts, sign: int) -> None:
    """``contributions`` of one case added to ``cells`` (``sign`` -1: taken out), in place: a
    page of a thousand cases adds into one counter, not a counter a case."""
    country = facts.citizenship or NOT_RECORDED
    cells[(STATUS, "", facts.status)] += sign
    cells[(PEOPLE, "", country)] += sign
    if facts.identified:
        cells[(IDENTIFIED, facts.identified.isoformat(), country)] += sign
    if facts.returned:
        cells[(RETURNED, facts.returned.isoformat(), country)] += sign
    for kind in facts.exploitation or (NOT_RECORDED,):
        cells[(EXPLOITATION, "", kind)] += sign
    for visit in facts.visits:
        cells[(VISIT, visit.isoformat(), "")] += sign
    if facts.next_due is not None:
        cells[(OWED, facts.next_due.isoformat(), "")] += sign
    if facts.conflicts:
        team = facts.team or NOT_RECORDED
        cells[(CONFLICTS, "", team)] += sign
        cells[(CONFLICT_FIELDS, "", team)] += sign * facts.conflicts


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _encode(facts: CaseFacts) -> str:
    return _FACTS_JSON(
        [
            facts.status,
            facts.team,
            facts.citizenship,
            list(facts.exploitation),
            _day(facts.identified),
            _day(facts.returned),
            [v.isoformat() for v in facts.visits],
            _day(facts.next_due),
            facts.conflicts,
        ]
    )


# ``json.dumps(..., ensure_ascii=False, separators=(",", ":"))``, its encoder made once.
_FACTS_JSON = json_encoder((",", ":"))


def _decode(case_id: str, text: str) -> CaseFacts:
    def day(value: Any) -> date | None:
        return None if value is None else date.fromisoformat(value)

    status, team, country, kinds, identified, returned, visits, owed, conflicts = json.loads(text)
    return CaseFacts(
        case_id=case_id,
        status=status,
        team=team,
        citizenship=country,
        exploitation=tuple(kinds),
        identified=day(identified),
        returned=day(returned),
        visits=tuple(date.fromisoformat(v) for v in visits),
        next_due=day(owed),
        conflicts=int(conflicts),
    )


# -- upkeep (inside the transaction that changed the case) ----------------------------------------


def is_filled(store: Store) -> bool:
    if store in _FILLED:
        return True
    row = store.query_one("SELECT 1 FROM case_tallies WHERE dimension = ? AND day = ''", (FILLED,))
    if row is not None:
        _FILLED.add(store)  # once filled, always (no code empties the counts)
    return row is not None


_FILLED: WeakSet[Store] = WeakSet()  # connections known filled: one query fewer a case


def _add(store: Store, delta: Counter[Cell]) -> None:
    changes = [(d, day, k, n) for (d, day, k), n in delta.items() if n]
    store.executemany(
        "INSERT INTO case_tallies (dimension, day, key, count) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (dimension, day, key) DO UPDATE SET count = count + excluded.count",
        changes,
    )
    gone = [(d, day, k) for d, day, k, n in changes if n < 0]
    if gone:
        store.executemany(
            "DELETE FROM case_tallies WHERE dimension = ? AND day = ? AND key = ? AND count = 0",
            gone,
        )


def _replace(store: Store, new: dict[str, CaseFacts | None]) -> None:
    """Count these cases as ``new`` says (None: not at all), in place of what they counted."""
    ids = sorted(new)
    old: dict[str, str] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        for case_id, facts in store.query(
            f"SELECT case_id, facts FROM case_facts WHERE case_id IN ({marks})", chunk
        ):
            old[str(case_id)] = str(facts)
    delta: Counter[Cell] = Counter()
    kept: list[tuple[str, str]] = []
    gone: list[tuple[str]] = []
    for case_id in ids:
        facts = new[case_id]
        encoded = None if facts is None else _encode(facts)
        before = old.get(case_id)
        if before == encoded:
            continue  # most events (a name corrected, a note) change nothing counted
        if before is not None:
            _count_into(delta, _decode(case_id, before), -1)
        if facts is None or encoded is None:
            gone.append((case_id,))
        else:
            _count_into(delta, facts, 1)
            kept.append((case_id, encoded))
    _add(store, delta)  # cells shared by the cases (a status, a country) written once
    store.executemany("DELETE FROM case_facts WHERE case_id = ?", gone)
    store.executemany(
        "INSERT INTO case_facts (case_id, facts) VALUES (?, ?)"
        " ON CONFLICT (case_id) DO UPDATE SET facts = excluded.facts",
        kept,
    )


_CHUNK = 500  # ids in one ``IN (...)``


def note(store: Store, state: CaseState, rules: ScheduleRules) -> None:
    """The case was folded again (``CaseBook._refresh``): count what it is now."""
    note_all(store, [state], rules)


def note_all(
    store: Store,
    states: Iterable[CaseState],
    rules: ScheduleRules,
    schedules: Mapping[str, Schedule] | None = None,
) -> None:
    """``note`` for many cases folded together (a sync batch): fewer, larger writes.
    ``schedules``: the cases' schedules under ``rules``, by case id, where the caller has them
    (the case book computed them for the cases' rows)."""
    if is_filled(store):
        known = schedules or {}
        _replace(
            store,
            {
                s.case_id: facts_of(s, rules, known.get(s.case_id)) if s.exists else None
                for s in states
            },
        )


def forget(store: Store, case_id: str) -> None:
    """The case was erased: it counts no more."""
    if is_filled(store):
        _replace(store, {case_id: None})


def recount(facts: Iterable[CaseFacts]) -> Counter[Cell]:
    total: Counter[Cell] = Counter()
    for case in facts:
        _count_into(total, case, 1)
    return total


def fill(store: Store) -> bool:
    """Count every case once (a workspace that had cases before the counts were kept); returns
    whether it counted. Database thread; one transaction."""
    if is_filled(store):
        return False  # (no write lock taken to find out)
    with store.atomic():
        if is_filled(store):
            return False
        store.execute("DELETE FROM case_facts")
        store.execute("DELETE FROM case_tallies")
        facts = facts_in(store)
        store.executemany(
            "INSERT INTO case_facts (case_id, facts) VALUES (?, ?)",
            [(f.case_id, _encode(f)) for f in facts],
        )
        total = recount(facts)
        total[(FILLED, "", "")] = 1
        _add(store, total)
        return True


# -- reading --------------------------------------------------------------------------------------


def _first_day(month: str) -> str:
    return f"{month}-01"


def _after(month: str) -> str:
    """The first day of the month after ``month`` (``2026-12`` -> ``2027-01-01``)."""
    index = int(month[:4]) * 12 + int(month[5:7])  # the next month's index
    return f"{index // 12:04d}-{index % 12 + 1:02d}-01"


def _by_key(store: Store, dimension: str) -> Counter[str]:
    rows = store.query(
        "SELECT key, count FROM case_tallies WHERE dimension = ? AND day = ''", (dimension,)
    )
    return Counter({str(r[0]): int(r[1]) for r in rows if r[1]})


def _monthly(store: Store, dimension: str, first: str, last: str) -> Counter[tuple[str, str]]:
    """Counts by (month, key) of the days ``first`` <= day < ``last``."""
    rows = store.query(
        "SELECT substr(day, 1, 7), key, sum(count) FROM case_tallies"
        " WHERE dimension = ? AND day >= ? AND day < ? GROUP BY 1, 2",
        (dimension, first, last),
    )
    return Counter({(str(r[0]), str(r[1])): int(r[2]) for r in rows if r[2]})


def summarise_counts(
    store: Store, today: date, due_window_days: int = 14, months: int = 12
) -> Overview:
    """``overview.summarise`` of every case, read from the counts (a few hundred rows)."""
    window = months_until(today, months)
    soon = today + timedelta(days=due_window_days)
    owed_months = months_until(soon, months + _month_index(soon) - _month_index(today))
    first_owed = _first_day(owed_months[0])
    statuses = _by_key(store, STATUS)
    people = _by_key(store, PEOPLE)
    citizenships = tuple(k for k, _ in _ranked(people))
    identified = _monthly(store, IDENTIFIED, _first_day(window[0]), _after(window[-1]))
    tomorrow = (today + timedelta(days=1)).isoformat()  # a return counts once its day has come
    returns = _monthly(store, RETURNED, _first_day(window[0]), tomorrow)
    follow_ups: Counter[tuple[str, str]] = Counter()
    for (month, _), n in _monthly(store, VISIT, first_owed, _after(owed_months[-1])).items():
        follow_ups[(month, DONE)] += n
    for day, n in store.query(
        "SELECT day, sum(count) FROM case_tallies WHERE dimension = ? AND day >= ? AND day <= ?"
        " GROUP BY day",
        (OWED, first_owed, soon.isoformat()),
    ):
        owed = date.fromisoformat(day)
        follow_ups[(month_key(owed), OVERDUE if owed < today else DUE)] += int(n)
    earlier = store.scalar(
        "SELECT sum(count) FROM case_tallies WHERE dimension = ? AND day < ?", (OWED, first_owed)
    )
    if earlier:
        follow_ups[(EARLIER, OVERDUE)] += int(earlier)  # owed before the first month: overdue
    conflicts = _by_key(store, CONFLICTS)
    return Overview(
        today=today,
        cases=sum(statuses.values()),
        statuses=dict(statuses),
        citizenships=citizenships,
        identified=_stacked(window, citizenships, identified),
        returns=_stacked(window, citizenships, returns),
        exploitation=_ranked(_by_key(store, EXPLOITATION)),
        follow_ups=_stacked(
            ((EARLIER,) if earlier else ()) + owed_months, (DONE, DUE, OVERDUE), follow_ups
        ),
        conflicts_by_team=_ranked(conflicts),
        fields_in_conflict=sum(_by_key(store, CONFLICT_FIELDS).values()),
    )


# -- checking -------------------------------------------------------------------------------------


# The counts ``cases`` rows answer alone (one pass over that table, no event read): what the
# quick check compares. The others need the events (visits) or the state's fields (dates, types).
FROM_CASE_ROWS = (STATUS, PEOPLE, OWED, CONFLICTS, CONFLICT_FIELDS)


def _from_case_rows(store: Store) -> Counter[Cell]:
    counted: Counter[Cell] = Counter()
    for status, country, owed, team, conflicts in store.query(
        "SELECT status, citizenship, next_due, team, conflicts FROM cases"
    ):
        counted[(STATUS, "", str(status))] += 1
        counted[(PEOPLE, "", str(country or NOT_RECORDED))] += 1
        if owed:
            counted[(OWED, str(owed)[:10], "")] += 1
        if conflicts:
            counted[(CONFLICTS, "", str(team or NOT_RECORDED))] += 1
            counted[(CONFLICT_FIELDS, "", str(team or NOT_RECORDED))] += int(conflicts)
    return counted


def disagreements(store: Store, full: bool = True, limit: int = 10) -> dict[str, Any]:
    """The kept counts against a recount (``fieldcase check``): ``ok`` when every count agrees,
    else the first cells that differ (dimension, day, key, kept, recounted). ``full``: every
    count, recounted from the cases and their events (``overview.load_facts``); otherwise those
    the ``cases`` rows answer alone (``FROM_CASE_ROWS``: statuses, citizenships, visits owed,
    conflicts), one pass over that table."""
    if not is_filled(store):
        return {"ok": True, "kept": False}
    dimensions = None if full else set(FROM_CASE_ROWS)
    kept: Counter[Cell] = Counter()
    for dimension, day, key, count in store.query(
        "SELECT dimension, day, key, count FROM case_tallies WHERE dimension != ?", (FILLED,)
    ):
        if dimensions is None or dimension in dimensions:
            kept[(str(dimension), str(day), str(key))] = int(count)
    counted = recount(facts_in(store)) if full else _from_case_rows(store)
    differ = sorted(cell for cell in kept.keys() | counted.keys() if kept[cell] != counted[cell])
    return {
        "ok": not differ,
        "kept": True,
        "recount": "full" if full else "case rows",
        "cells": len(kept),
        "differ": len(differ),
        "first": [[*cell, kept[cell], counted[cell]] for cell in differ[:limit]],
    }
