"""A case with no visit done gets the slots of its anchor day (shared between such cases, as a
first pull folds thousands of them): the same dates, statuses and asked dates as ever."""

from __future__ import annotations

from datetime import date

from app.cases.schedule import ScheduleRules, Slot, schedule_for
from app.cases.state import CaseState


def state(**fields: str) -> CaseState:
    return CaseState("case-1", fields=dict(fields))


def test_open_cases_of_one_anchor_day() -> None:
    rules = ScheduleRules()
    first = schedule_for(state(return_date="2026-01-31"), rules)
    dues = [date(2026, 2, 28), date(2026, 4, 30), date(2026, 7, 31), date(2027, 1, 31)]
    assert first.anchor == date(2026, 1, 31)
    assert first.slots == tuple(Slot(d, None) for d in dues)
    assert first.next_due == date(2026, 2, 28)
    closed = schedule_for(state(return_date="2026-01-31", _status="closed"), rules)
    assert closed.slots == first.slots and closed.next_due is None
    asked = schedule_for(state(return_date="2026-01-31", next_follow_up_date="2026-02-10"), rules)
    assert asked.slots == first.slots and asked.next_due == date(2026, 2, 10)
    leap = schedule_for(state(return_date="2027-12-31"), ScheduleRules(offsets_months=(2, 14)))
    assert [s.due for s in leap.slots] == [date(2028, 2, 29), date(2029, 2, 28)]
    assert schedule_for(state(return_date="2026-01-31"), rules) == first
