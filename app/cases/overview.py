"""The supervisors' overview: the counts behind the dashboard's charts, without Qt.

Two steps, so each can be tested alone:

1. ``CaseFacts``: the few things the overview needs of one case. ``facts_of`` takes them from a
   folded ``CaseState`` (the definition); ``load_facts`` reads the same from the derived ``cases``
   table and two columns of the event log in two queries, never folding a case (10 000 cases in
   well under a second; see ``bench/overview.py``). A test holds the two to the same answer.
2. ``summarise``: pure counting over facts, for a given ``today``.

What is counted:

- *identified*: people by month of identification (the intake's ``intake_date`` or
  ``interview_date``; without either, the day the case was opened) and citizenship;
- *returns*: people by month of ``return_date`` (past dates only) and citizenship;
- *exploitation*: people per type of exploitation (a select_multiple: a person counts once under
  each type recorded), over all cases;
- *follow-ups*: visits done, by month of the visit, against the visits still owed, by month of
  the date they are owed: *due* (within the schedule's window, as the home screen's due list) and
  *overdue* (past). A visit owed before the first month shown is counted in ``EARLIER``. Closed
  and referred cases owe nothing (``app/cases/schedule.py``);
- *conflicts*: cases with open conflicts, per team.

Monthly series cover the last ``months`` months up to today's (follow-ups: up to the month of the
last day a visit can be due). Categories are codes (``KH``, ``ForcedLabour``); ``labels_for``
gives the intake form's choice labels in a language, so the charts speak the interface language.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from app.cases.book import CITIZENSHIP, CaseBook
from app.cases.events import FOLLOW_UP
from app.cases.hlc import Timestamp
from app.cases.schedule import Schedule, ScheduleRules, _event_date, parse_date, schedule_for
from app.cases.state import CaseState
from app.workspace import audit
from app.workspace.audit import Action
from app.workspace.durable import write_atomically
from app.workspace.roles import Permission
from app.workspace.store import Store

IDENTIFIED_FIELDS = ("intake_date", "interview_date")
RETURN_FIELD = "return_date"
EXPLOITATION = "vic_TypeOfExploitation"
NOT_RECORDED = ""  # the key of cases where a category was not recorded
EARLIER = "earlier"  # the month key of visits owed before the first month shown
DONE, DUE, OVERDUE = "done", "due", "overdue"


@dataclass(frozen=True)
class CaseFacts:
    case_id: str
    status: str
    team: str | None
    citizenship: str | None
    exploitation: tuple[str, ...]
    identified: date | None
    returned: date | None
    visits: tuple[date, ...]  # follow-up visits done, in date order
    next_due: date | None  # the next visit owed (None: nothing owed)
    conflicts: int  # fields in conflict


def _codes(value: Any) -> tuple[str, ...]:
    if not isinstance(value, str):
        return ()
    return tuple(dict.fromkeys(value.split()))


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def facts_of(
    state: CaseState, rules: ScheduleRules | None = None, schedule: Schedule | None = None
) -> CaseFacts:
    """The overview's facts of one folded case (the definition ``load_facts`` must agree with).
    ``schedule``: the case's schedule under ``rules`` when the caller has it already (the case
    book computed it for the case's row), so it is not computed twice."""
    fields = state.fields
    created = next((e for e in state.timeline if e.type == "create"), None)
    identified = next(
        (d for d in (parse_date(fields.get(f)) for f in IDENTIFIED_FIELDS) if d), None
    )
    if identified is None and created is not None:
        identified = _event_date(created.payload, created.hlc.wall_ms)
    visits = sorted(_event_date(e.payload, e.hlc.wall_ms) for e in state.follow_ups())
    return CaseFacts(
        case_id=state.case_id,
        status=state.status,
        team=state.team,
        citizenship=_text(fields.get(CITIZENSHIP)),
        exploitation=_codes(fields.get(EXPLOITATION)),
        identified=identified,
        returned=parse_date(fields.get(RETURN_FIELD)),
        visits=tuple(visits),
        next_due=(schedule or schedule_for(state, rules or ScheduleRules())).next_due,
        conflicts=len(state.conflicts),
    )


def _event_day(given: Any, in_properties: Any, hlc: str) -> date:
    payload = {"date": given, "properties": {"date": in_properties}}
    return _event_date(payload, Timestamp.decode(hlc).wall_ms)


def load_facts(book: CaseBook) -> list[CaseFacts]:
    """Every case's facts, from the derived table and the event log (database thread only).

    The ``cases`` row already holds the folded status, team, citizenship, conflict count and next
    visit (kept by ``CaseBook`` with the workspace's schedule rules); the few form fields needed
    are picked out of the stored state by SQLite's JSON functions, and visit days out of the
    follow-up events, so nothing is folded again here. The full recount: the reference the
    maintained counts (app/cases/tallies.py) are checked against."""
    book.session.require(Permission.EXPORT)
    return facts_in(book.store)


def facts_in(store: Store) -> list[CaseFacts]:
    """``load_facts`` without the role check: for the counts' own upkeep and check."""
    paths = [*IDENTIFIED_FIELDS, RETURN_FIELD, EXPLOITATION]
    picks = ", ".join(f"json_extract(state, '$.fields.{name}')" for name in paths)
    rows = store.query(
        f"SELECT case_id, status, team, citizenship, conflicts, next_due, {picks} FROM cases"
    )
    created: dict[str, tuple[str, date]] = {}  # case id -> (HLC, day) of its earliest create
    visits: dict[str, list[date]] = {}
    for case_id, kind, hlc, given, in_properties in store.query(
        "SELECT case_id, type, hlc, json_extract(payload, '$.date'),"
        " json_extract(payload, '$.properties.date') FROM case_events"
        " WHERE type IN ('create', 'follow_up')"
    ):
        day = _event_day(given, in_properties, hlc)
        if kind == FOLLOW_UP:
            visits.setdefault(case_id, []).append(day)
        elif case_id not in created or hlc < created[case_id][0]:
            created[case_id] = (hlc, day)
    facts = []
    for row in rows:
        case_id, status, team, citizenship, conflicts, next_due = tuple(row[:6])
        intake, interview, returned, exploitation = tuple(row[6:])
        identified = parse_date(intake) or parse_date(interview)
        if identified is None and case_id in created:
            identified = created[case_id][1]
        facts.append(
            CaseFacts(
                case_id=case_id,
                status=status,
                team=team,
                citizenship=citizenship,
                exploitation=_codes(exploitation),
                identified=identified,
                returned=parse_date(returned),
                visits=tuple(sorted(visits.get(case_id, ()))),
                next_due=parse_date(next_due),
                conflicts=int(conflicts or 0),
            )
        )
    return facts


# -- counting -------------------------------------------------------------------------------------


def month_key(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def months_until(last: date, count: int) -> tuple[str, ...]:
    """``count`` month keys ending with ``last``'s month, oldest first."""
    index = _month_index(last)
    return tuple(f"{i // 12:04d}-{i % 12 + 1:02d}" for i in range(index - count + 1, index + 1))


@dataclass(frozen=True)
class Stacked:
    """Counts by month (the bars) and by key (each bar's segments): ``counts[month][key]``."""

    months: tuple[str, ...]
    keys: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]

    def total(self) -> int:
        return sum(sum(row) for row in self.counts)

    def by_key(self) -> dict[str, int]:
        return {k: sum(row[j] for row in self.counts) for j, k in enumerate(self.keys)}

    def by_month(self) -> dict[str, int]:
        return {m: sum(row) for m, row in zip(self.months, self.counts, strict=True)}

    def to_json(self) -> dict[str, Any]:
        return {
            m: {k: n for k, n in zip(self.keys, row, strict=True) if n}
            for m, row in zip(self.months, self.counts, strict=True)
        }


def _stacked(
    months: Iterable[str], keys: Iterable[str], pairs: Counter[tuple[str, str]]
) -> Stacked:
    months, keys = tuple(months), tuple(keys)
    return Stacked(months, keys, tuple(tuple(pairs[(m, k)] for k in keys) for m in months))


def _ranked(counts: Counter[str]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


@dataclass(frozen=True)
class Overview:
    today: date
    cases: int
    statuses: dict[str, int]
    citizenships: tuple[str, ...]  # most people first; the segment order of both monthly charts
    identified: Stacked
    returns: Stacked
    exploitation: tuple[tuple[str, int], ...]  # (type, people), most first
    follow_ups: Stacked  # keys DONE, DUE, OVERDUE; months may start with EARLIER
    conflicts_by_team: tuple[tuple[str, int], ...]  # (team, cases with conflicts), most first
    fields_in_conflict: int
    labels: dict[str, dict[str, str]] = field(default_factory=dict)  # filled by ``with_labels``

    @property
    def due_now(self) -> int:
        return self.follow_ups.by_key()[DUE]

    @property
    def overdue_now(self) -> int:
        return self.follow_ups.by_key()[OVERDUE]

    @property
    def cases_with_conflicts(self) -> int:
        return sum(n for _, n in self.conflicts_by_team)

    def label(self, kind: str, code: str) -> str:
        """A category's words (``kind``: ``citizenship`` or ``exploitation``); the code itself when
        the form has none. ``NOT_RECORDED`` is left to the screen to say."""
        return self.labels.get(kind, {}).get(code) or code

    def to_json(self) -> dict[str, Any]:
        return {
            "today": self.today.isoformat(),
            "cases": self.cases,
            "statuses": self.statuses,
            "identified": self.identified.to_json(),
            "returns": self.returns.to_json(),
            "exploitation": dict(self.exploitation),
            "follow_ups": self.follow_ups.to_json(),
            "due_now": self.due_now,
            "overdue_now": self.overdue_now,
            "conflicts_by_team": dict(self.conflicts_by_team),
            "cases_with_conflicts": self.cases_with_conflicts,
            "fields_in_conflict": self.fields_in_conflict,
        }


def summarise(
    facts: Iterable[CaseFacts], today: date, due_window_days: int = 14, months: int = 12
) -> Overview:
    facts = list(facts)
    window = months_until(today, months)
    shown = set(window)
    soon = today + timedelta(days=due_window_days)
    # Follow-ups: the same first month, up to the month of the last day a visit can be due.
    owed_months = months_until(soon, months + _month_index(soon) - _month_index(today))
    first_owed = owed_months[0]
    statuses: Counter[str] = Counter()
    people: Counter[str] = Counter()
    identified: Counter[tuple[str, str]] = Counter()
    returns: Counter[tuple[str, str]] = Counter()
    exploitation: Counter[str] = Counter()
    follow_ups: Counter[tuple[str, str]] = Counter()
    conflicts: Counter[str] = Counter()
    fields_in_conflict = 0
    for case in facts:
        statuses[case.status] += 1
        country = case.citizenship or NOT_RECORDED
        people[country] += 1
        if case.identified and month_key(case.identified) in shown:
            identified[(month_key(case.identified), country)] += 1
        if case.returned and case.returned <= today and month_key(case.returned) in shown:
            returns[(month_key(case.returned), country)] += 1
        for kind in case.exploitation or (NOT_RECORDED,):
            exploitation[kind] += 1
        for visit in case.visits:
            if first_owed <= month_key(visit) <= owed_months[-1]:
                follow_ups[(month_key(visit), DONE)] += 1
        if case.next_due is not None and case.next_due <= soon:
            state = OVERDUE if case.next_due < today else DUE
            owed = month_key(case.next_due)
            follow_ups[(owed if owed >= first_owed else EARLIER, state)] += 1
        if case.conflicts:
            conflicts[case.team or NOT_RECORDED] += 1
            fields_in_conflict += case.conflicts
    citizenships = tuple(k for k, _ in _ranked(people))
    earlier = (EARLIER,) if any(m == EARLIER for m, _ in follow_ups) else ()
    return Overview(
        today=today,
        cases=len(facts),
        statuses=dict(statuses),
        citizenships=citizenships,
        identified=_stacked(window, citizenships, identified),
        returns=_stacked(window, citizenships, returns),
        exploitation=_ranked(exploitation),
        follow_ups=_stacked((*earlier, *owed_months), (DONE, DUE, OVERDUE), follow_ups),
        conflicts_by_team=_ranked(conflicts),
        fields_in_conflict=fields_in_conflict,
    )


# -- building it ----------------------------------------------------------------------------------

# The words for categories: codes per kind (``citizenship``, ``exploitation``) and a language ->
# the label of each code the words know. Given by the caller (the intake form's choice labels,
# app/interviews/choice_words.py): the case domain does not read forms.
Words = Callable[[Mapping[str, Iterable[str]], str | None], dict[str, dict[str, str]]]


def build_overview(
    book: CaseBook,
    language: str | None = None,
    months: int = 12,
    today: date | None = None,
    words: Words | None = None,
) -> Overview:
    """The dashboard's data (database thread only), with the category ``words`` in ``language``
    when they are given: read from the counts kept as events are applied (app/cases/tallies.py;
    a workspace that had cases before they were kept is counted in full once, here)."""
    from dataclasses import replace

    from app.cases import tallies

    book.session.require(Permission.EXPORT)
    tallies.fill(book.store)  # nothing to do once filled
    overview = tallies.summarise_counts(
        book.store, today or book.today(), book.rules.due_window_days, months
    )
    if words is None:
        return overview
    codes = {
        "citizenship": overview.citizenships,
        "exploitation": [code for code, _ in overview.exploitation],
    }
    return replace(overview, labels=words(codes, language))


def save_overview(
    book: CaseBook, path: str, data: bytes, file_format: str, overview: Overview
) -> None:
    """Write a rendered dashboard (PNG or PDF bytes) and audit that it left the workspace.

    The file is written atomically, then the export is recorded: what (the overview and its
    figures, never a person), in which format, and where."""
    from pathlib import Path

    book.session.require(Permission.EXPORT)
    target = Path(path)
    write_atomically(target, data)
    detail = json.dumps(
        {
            "what": "overview",
            "format": file_format,
            "cases": overview.cases,
            "charts": ["identified", "exploitation", "returns", "follow_ups", "conflicts"],
            "today": overview.today.isoformat(),
        }
    )
    try:
        audit.record(book.store, book.session.user, Action.EXPORT, str(target), detail)
    except BaseException:
        target.unlink(missing_ok=True)  # nothing leaves the workspace unaudited
        raise
