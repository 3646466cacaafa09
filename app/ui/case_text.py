"""How a case field, its value and its events read on screen, in the interface language.

The app's own fields (status, closure, team...) and a few case fields have short words of the
app's own (``field_label`` and friends, translated with Qt); every other field reads as the label of
the question that writes it and every select value as its choice's label, from the forms
(``CaseWords``). Dates read as ``date_text`` writes them. A field no form knows shows its name, and
a code no form knows shows as it is: never nothing.

A timeline event reads as its title (``event_title``), the day it happened (``event_date``: a
visit's or an interview's own date, not the day it was typed) and its details; ``story_order``
puts a case's events in the order of the person's story.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.cases import events as event_types
from app.ui.case_dialogs import closure_statuses, reason_text, referral_purposes
from app.ui.case_table import country_name, date_text, field_label, status_text
from app.ui.case_words import CaseWords

if TYPE_CHECKING:
    from app.cases.events import CaseEvent

translate = QCoreApplication.translate

STATUS = "_status"  # app.cases.events.STATUS, without loading the case code before login
DATE_FIELDS = {"prs_Birthdate", "return_date"}


def value_text(value: Any) -> str:
    if value is None or value == "":
        return "—"
    return str(value)


def label_text(name: str, words: CaseWords | None = None) -> str:
    """A case field's words: the app's own short label where it has one, else the label of the
    question that writes it, in the interface language; its name only when no form asks it."""
    own = field_label(name)
    if own != name:
        return own
    return (words.label(name) if words is not None else None) or name


def field_text(name: str, value: Any, words: CaseWords | None = None) -> str:
    if name in DATE_FIELDS or (words is not None and words.qtype(name) == "date"):
        return date_text(value if isinstance(value, str) else None) or value_text(value)
    if name == "prs_Citizenship":
        return country_name(str(value))
    if name == STATUS:
        return status_text(str(value))
    if name == "_closure_status":
        return closure_statuses().get(str(value), str(value))
    if name == "_closure_reason":
        return reason_text(str(value))
    if words is not None and isinstance(value, str):
        return value_text(words.value(name, value))
    return value_text(value)


def event_day(event: CaseEvent) -> date:
    """The day an event happened: a visit's date and an intake's interview date as the form
    gave them (a visit is often recorded days later), else the day it was recorded."""
    given: Any = None
    if event.type == event_types.FOLLOW_UP:
        given = event.payload.get("date")
    elif event.type == event_types.CREATE:
        properties = event.payload.get("properties")
        given = properties.get("intake_date") if isinstance(properties, dict) else None
    if isinstance(given, str):
        try:
            return date.fromisoformat(given[:10])
        except ValueError:
            pass
    return datetime.fromtimestamp(event.hlc.wall_ms / 1000, UTC).date()


def event_date(event: CaseEvent) -> str:
    return date_text(event_day(event))


def story_order(events: list[CaseEvent]) -> list[CaseEvent]:
    """Newest first by the day each happened; events of one day in the order they were made.
    The intake opens the story: it comes last, whatever day it was typed."""
    made = {event.id: position for position, event in enumerate(events)}

    def key(event: CaseEvent) -> tuple[date, int]:
        return (date.min if event.type == event_types.CREATE else event_day(event), made[event.id])

    return sorted(events, key=key, reverse=True)


def event_title(event: CaseEvent) -> str:
    p = event.payload
    titles = {
        event_types.CREATE: translate("CaseView", "Intake"),
        event_types.UPDATE: (  # with an interview behind it: an intake linked to this case (same person)
            translate("CaseView", "Interview added to this case")
            if p.get("submission_id")
            else translate("CaseView", "Details changed")
        ),
        event_types.FOLLOW_UP: translate("CaseView", "Follow-up visit"),
        event_types.REFERRAL: translate("CaseView", "Referred to %1").replace(
            "%1", str(p.get("to_team"))
        ),
        event_types.REFERRAL_ACCEPTED: translate("CaseView", "Referral accepted by %1").replace(
            "%1", str(p.get("team"))
        ),
        event_types.REFERRAL_DECLINED: translate("CaseView", "Referral declined by %1").replace(
            "%1", str(p.get("team"))
        ),
        event_types.CLOSE: translate("CaseView", "Case closed"),
        event_types.REOPEN: translate("CaseView", "Case reopened"),
        event_types.LINK_SAME_PERSON: translate("CaseView", "Linked: possibly the same person"),
        event_types.CONFLICT_RESOLVED: translate("CaseView", "Conflict resolved"),
        event_types.CONSENT_WITHDRAWN: translate("CaseView", "Consent withdrawn"),
    }
    return titles.get(event.type, event.type)


def event_details(event: CaseEvent, words: CaseWords | None = None) -> str:
    p = event.payload
    if event.type == event_types.CLOSE:
        status = str(p.get("status", ""))
        return f"{closure_statuses().get(status, status)} · {reason_text(str(p.get('reason', '')))}"
    if event.type == event_types.REOPEN:
        return str(p.get("reason", ""))
    if event.type == event_types.REFERRAL:
        consent = p.get("consent", {})
        purpose = str(consent.get("purpose", "")) if isinstance(consent, dict) else ""
        purpose = referral_purposes().get(purpose, purpose)
        return " · ".join(str(x) for x in (purpose, p.get("note", "")) if x)
    if event.type == event_types.CONFLICT_RESOLVED:
        field = str(p.get("field"))
        return f"{label_text(field, words)} = {field_text(field, p.get('value'), words)}"
    if event.type in (event_types.UPDATE, event_types.FOLLOW_UP):
        props = p.get("properties", {})
        if not isinstance(props, dict):
            return ""
        return " · ".join(label_text(str(k), words) for k in props)
    return ""
