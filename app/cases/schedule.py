"""The follow-up schedule, derived from a case's events alone (so it travels with a referral).

Default rule: follow-ups 1, 3, 6 and 12 months after the return date (the case property
``return_date``; before a return is recorded, the intake date). Follow-ups done fill the planned
slots in date order. A follow-up that records ``next_follow_up_date`` brings the next visit forward
or pushes it back: that date is used instead of the next slot's. A closed or referred-away case has
nothing due. A visit is *due* from ``due_window_days`` before its date, *overdue* after it.
"""

from __future__ import annotations

import calendar
import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Any

from app.cases.state import CaseState

DUE = "due"
OVERDUE = "overdue"
UPCOMING = "upcoming"
NONE = "none"


@dataclass(frozen=True)
class ScheduleRules:
    offsets_months: tuple[int, ...] = (1, 3, 6, 12)
    anchor_fields: tuple[str, ...] = ("return_date",)
    next_date_field: str = "next_follow_up_date"
    due_window_days: int = 14

    def to_json(self) -> str:
        return json.dumps(
            {
                "offsets_months": list(self.offsets_months),
                "anchor_fields": list(self.anchor_fields),
                "next_date_field": self.next_date_field,
                "due_window_days": self.due_window_days,
            }
        )

    @staticmethod
    def from_json(text: str) -> ScheduleRules:
        raw: dict[str, Any] = json.loads(text)
        return ScheduleRules(
            offsets_months=tuple(int(m) for m in raw.get("offsets_months", (1, 3, 6, 12))),
            anchor_fields=tuple(str(f) for f in raw.get("anchor_fields", ("return_date",))),
            next_date_field=str(raw.get("next_date_field", "next_follow_up_date")),
            due_window_days=int(raw.get("due_window_days", 14)),
        )


@dataclass(frozen=True)
class Slot:
    due: date
    done_by: str | None  # the follow-up event that fulfilled it


@dataclass(frozen=True)
class Schedule:
    anchor: date | None
    slots: tuple[Slot, ...] = field(default=())
    next_due: date | None = None

    def status(self, today: date, window_days: int = 14) -> str:
        if self.next_due is None:
            return NONE
        if today > self.next_due:
            return OVERDUE
        if today >= self.next_due - timedelta(days=window_days):
            return DUE
        return UPCOMING


_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def add_months(start: date, months: int) -> date:
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    last = 29 if month == 2 and calendar.isleap(year) else _DAYS_IN_MONTH[month - 1]
    return date(year, month, min(start.day, last))  # (monthrange: the same, and a weekday)


def parse_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _event_date(payload: dict[str, Any], wall_ms: int) -> date:
    given = parse_date(payload.get("date")) or parse_date(payload.get("properties", {}).get("date"))
    return given or datetime.fromtimestamp(wall_ms / 1000, UTC).date()


def schedule_for(state: CaseState, rules: ScheduleRules = ScheduleRules()) -> Schedule:
    anchor = None
    for name in rules.anchor_fields:
        anchor = parse_date(state.fields.get(name))
        if anchor:
            break
    if anchor is None:
        created = next((e for e in state.timeline if e.type == "create"), None)
        if created is None:
            return Schedule(None)
        anchor = _event_date(created.payload, created.hlc.wall_ms)
    done = sorted((_event_date(e.payload, e.hlc.wall_ms), e.id) for e in state.follow_ups())
    if done:
        slots = tuple(
            Slot(add_months(anchor, months), done[index][1] if index < len(done) else None)
            for index, months in enumerate(rules.offsets_months)
        )
    else:  # no visit yet (most cases a first pull brings): the same slots for the same anchor
        slots = _open_slots(anchor, rules.offsets_months)
    if state.status != "open":
        return Schedule(anchor, slots, None)
    next_slot = next((s.due for s in slots if s.done_by is None), None)
    asked = parse_date(state.fields.get(rules.next_date_field))
    latest_visit = done[-1][0] if done else None
    if asked is not None and (latest_visit is None or asked > latest_visit):
        next_slot = asked
    return Schedule(anchor, slots, next_slot)


@lru_cache(maxsize=4096)
def _open_slots(anchor: date, offsets: tuple[int, ...]) -> tuple[Slot, ...]:
    """The slots of a case with no visit done: a function of its anchor alone (immutable, so
    shared by the cases of one anchor day; a first pull folds thousands of such cases)."""
    return tuple(Slot(add_months(anchor, months), None) for months in offsets)
