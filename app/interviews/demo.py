"""Synthetic cases for demonstrations, training and benchmarks, through the real CaseBook API.

Names and free text come in the person's own script (Khmer, Lao, Thai, Burmese, Vietnamese,
Chinese) with a romanised form; codes follow HTCDS. Every case has an intake; most have follow-ups,
some are referred or closed, and a few carry a conflict made by a second laptop editing the same
field concurrently. Nothing here is about a real person.
"""

from __future__ import annotations

import random
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from xml.sax.saxutils import escape

from app.cases.book import CaseBook
from app.cases.events import FOLLOW_UP, REFERRAL, CaseEvent
from app.cases.hlc import HybridClock
from app.interviews.demo_people import PEOPLE, TEAMS, person
from app.interviews.form_library import FormLibrary
from app.interviews.interview import Interview
from app.workspace import audit
from app.workspace.audit import Action
from app.workspace.ids import new_id
from app.workspace.roles import Permission
from app.workspace.session import Session
from forms import AnswerError, FormSession
from forms.display import choices


@dataclass(frozen=True)
class DemoSummary:
    cases: int
    events: int
    conflicts: int


def _values(form: FormSession, key: str) -> list[str]:
    """The values a select offers now (a fixed list read as it is: rendering every choice's
    label in the form's language is what ``choices`` costs)."""
    control = form.definition.controls.get(form.node(key).gpath)
    if control is not None and control.choices is not None:
        return [c.value for c in control.choices]
    return [c.value for c in choices(form, key)]


def _plausible(form: FormSession, key: str, qtype: str, rnd: random.Random, today: date) -> object:
    if qtype.startswith("select"):
        options = _values(form, key)
        usual = [o for o in options if o not in ("other", "Other", "declined", "dont_know", "none")]
        return rnd.choice(usual or options) if options else ""
    if qtype == "date":
        return today.isoformat()
    if qtype in ("integer", "decimal"):
        return rnd.randint(1, 5)
    if qtype in ("datetime", "time"):
        return f"{today.isoformat()}T10:00:00" if qtype == "datetime" else "10:00:00"
    return "-"


def _complete(form: FormSession, rnd: random.Random, today: date) -> None:
    """Answer every required relevant question still blank, as a careful worker would."""
    for _ in range(20):
        todo = [
            st
            for st in form.field_states()
            if st.relevant and not st.valid and st.kind == "question"
        ]
        if not todo:
            return
        for state in todo:
            current = form.state(state.key)
            if not current.relevant or current.valid:
                continue
            try:
                form.set_answer(state.key, _plausible(form, state.key, state.qtype, rnd, today))
            except AnswerError:
                form.set_answer(state.key, 2)
            if not form.state(state.key).valid and state.qtype in ("integer", "decimal"):
                form.set_answer(state.key, 20)


def _intake(
    session: Session,
    book: CaseBook,
    library: FormLibrary,
    rnd: random.Random,
    props: dict[str, Any],
) -> str | None:
    """A real intake interview on the shipped form, held on the person's intake day."""
    day = date.fromisoformat(props["intake_date"])
    moment = datetime(day.year, day.month, day.day, 10, tzinfo=UTC)
    interview = Interview.start(session, book, library.get("intake"), now=lambda: moment)
    form = interview.form
    answers = {
        "interview_date": props["intake_date"],
        "con_Consent": "TRUE",
        "consent_research": props["consent_research"],
        "prs_First_Name": props["prs_First_Name"],
        "first_name_latin": props["prs_Name_Latin"],
        "prs_Gender": props["prs_Gender"],
        "age": props["age"],
        "prs_Citizenship": props["prs_Citizenship"],
        "vic_TypeOfExploitation": props["vic_TypeOfExploitation"],
        "vic_LocationOfRecruitment": props["vic_LocationOfRecruitment"],
        "return_wish": "return_home",
        "return_date_planned": props["return_date"],
    }
    for key, value in answers.items():
        try:
            if form.state(key).relevant:
                form.set_answer(key, value)
        except (AnswerError, KeyError):
            pass
    _complete(form, rnd, day)
    interview.save()
    return interview.finish().case_id


# Answers of the intake form (by their names in the submission) taken from the person, and the
# case properties the form saves them to: what differs between two people of one shape.
_ANSWERS = {
    "interview_date": "intake_date",
    "prs_First_Name": "prs_First_Name",
    "first_name_latin": "prs_Name_Latin",
    "prs_Gender": "prs_Gender",
    "age": "age",
    "age_years": "age",
    "vic_LocationOfRecruitment": "vic_LocationOfRecruitment",
    "return_date_planned": "return_date",
}
_PROPERTIES = {
    "intake_date": "intake_date",
    "prs_First_Name": "prs_First_Name",
    "prs_First_Name_Latin": "prs_Name_Latin",
    "prs_Gender": "prs_Gender",
    "age": "age",
    "vic_LocationOfRecruitment": "vic_LocationOfRecruitment",
    "return_date": "return_date",
}


@dataclass(frozen=True)
class _Template:
    """A finished intake of one shape: its submission record and the case properties it gave;
    where the record holds the answers that differ between people (``answered``: the keys'
    paths in it) and its instance XML (``elements``: the elements holding them)."""

    person: dict[str, Any]
    record: dict[str, Any]
    properties: dict[str, Any]
    answered: list[tuple[Any, ...]]
    elements: re.Pattern[str]


def _shape(props: dict[str, Any]) -> tuple[str, ...]:
    """What decides which questions of the intake are asked (its relevance and calculations)."""
    child = "child" if int(props["age"]) < 18 else "adult"
    return (
        props["prs_Citizenship"],
        child,
        props["consent_research"],
        props["vic_TypeOfExploitation"],
    )


# What differs in each person's copy of an intake: the answers above, the times, the instance id.
_OWN = frozenset([*_ANSWERS, "start", "end", "instanceID"])


def _template(book: CaseBook, case_id: str, person: dict[str, Any]) -> _Template | None:
    created = book.events(case_id)[0].payload
    if "submission_id" not in created:
        return None
    record = book.session.submission(created["submission_id"])
    names = "|".join(re.escape(name) for name in sorted(_OWN))
    elements = re.compile(f"<({names})>[^<]*</({names})>")
    return _Template(person, record, dict(created["properties"]), _paths(record), elements)


def _paths(value: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Where the keys of ``_OWN`` are in a record (dictionaries and lists within)."""
    out: list[tuple[Any, ...]] = []
    items = (
        value.items()
        if isinstance(value, dict)
        else enumerate(value)
        if isinstance(value, list)
        else ()
    )
    for key, inner in items:
        if isinstance(value, dict) and key in _OWN:
            out.append((*here, key))
        else:
            out += _paths(inner, (*here, key))
    return out


def _with(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    """``value`` with ``new`` at ``path``: the dictionaries and lists along the path copied,
    the rest shared with ``value`` (which is never changed)."""
    if not path:
        return new
    copy: Any = dict(value) if isinstance(value, dict) else list(value)
    copy[path[0]] = _with(value[path[0]], path[1:], new)
    return copy


def _intake_like(book: CaseBook, template: _Template, props: dict[str, Any]) -> _Case:
    """The template's intake for another person of the same shape: the same answers but theirs,
    stored as a submission through a draft, as ``Interview.finish`` does (the form engine is not
    run again: filling the form is what costs, ~20 ms a person). Returns the case it opens, its
    creation not yet stored (``add_demo_cases`` stores a batch's events together)."""
    answers = {name: str(props[key]) for name, key in _ANSWERS.items()}
    day = props["intake_date"]
    answers.update(start=f"{day}T10:00:00.000Z", end=f"{day}T10:00:00.000Z")
    instance = f"uuid:{uuid.uuid4()}"
    own = {**answers, "instanceID": instance}
    record = template.record
    for path in template.answered:
        record = _with(record, path, own[path[-1]])
    record = dict(record)
    record["instance_id"] = instance
    record["xml"] = template.elements.sub(
        lambda m: f"<{m[1]}>{escape(own[m[1]])}</{m[2]}>" if m[1] == m[2] else m[0],
        template.record["xml"],
    )
    properties = dict(template.properties)
    properties.update({name: str(props[key]) for name, key in _PROPERTIES.items()})
    session = book.session
    with book.store.atomic():
        draft_id = session.save_draft(record["form_id"], record["version"], {})
        submission_id = session.finalise_draft(draft_id, record)
        book.carrier.put_submission(submission_id, record)
    # As ``CaseBook.open_case`` would store it.
    payload: dict[str, Any] = {
        "form_id": record["form_id"],
        "properties": properties,
        "submission_id": submission_id,
    }
    team = book.carrier.team()
    if team:
        payload["team"] = team
    case = _Case(book, new_id(), properties, ())
    case.add("create", payload)
    return case


class _Case:
    """One case's events as ``CaseBook``'s writes would make them (this laptop's device and
    clock, its user, each event's parent the one before), kept until its batch is stored by one
    ``CaseBook.ingest``: the book then folds each case once, not twice for every event."""

    def __init__(
        self, book: CaseBook, case_id: str, fields: dict[str, Any], heads: tuple[str, ...]
    ) -> None:
        self.book, self.case_id, self.fields, self.heads = book, case_id, fields, heads
        self.events: list[CaseEvent] = []

    def add(self, kind: str, payload: dict[str, Any]) -> None:
        book = self.book
        event = CaseEvent(
            id=new_id(),
            case_id=self.case_id,
            type=kind,
            payload=payload,
            author=book.session.user,
            device=book.device,
            hlc=book.clock.now(),
            parents=self.heads,
        )
        self.events.append(event)
        self.heads = (event.id,)

    def may_refer(self) -> bool:
        """What ``CaseBook.refer`` asks of the case: the person did not refuse sharing."""
        return self.fields.get("consent_share") != "no"


def _store(book: CaseBook, cases: list[_Case]) -> None:
    """A batch's events stored as ``CaseBook``'s writes store them: the events and their cases'
    rows (one ``ingest``), each event sealed for the team's outbox and audited."""
    events = [event for case in cases for event in case.events]
    book.ingest(events)
    for event in events:
        book.carrier.put_event(event)
        action = Action.CREATE if event.type == "create" else Action.EDIT
        audit.record(book.store, book.session.user, action, f"case:{event.case_id}", event.type)


def add_demo_cases(book: CaseBook, count: int, seed: int = 1, batch: int = 500) -> DemoSummary:
    """``count`` people, registered through intake interviews, then followed up, referred or
    closed, with a few concurrent edits (conflicts). The first person of each shape (citizenship,
    child or adult, consent to research, exploitation) is interviewed on the shipped form; the
    others of that shape reuse the finished interview with their own answers, ids and dates
    (``_intake_like``). A batch of people is stored in one transaction, their events by one
    ``CaseBook.ingest`` (the events ``CaseBook``'s writes would make, audited and put in the
    outbox as they are): a 100,000-case workspace takes minutes."""
    book.session.require(Permission.EDIT_CASES)
    rnd = random.Random(seed)
    today = book.today()
    library = FormLibrary()
    other = HybridClock("demo0laptop0two")
    events = conflicts = 0
    templates: dict[tuple[str, ...], _Template | None] = {}
    for start in range(0, count, batch):
        with book.store.atomic():  # one commit per batch: savepoints inside
            cases: list[_Case] = []
            edited: list[tuple[str, int]] = []  # concurrent edits, once the batch is stored
            for _ in range(min(batch, count - start)):
                props = person(rnd, today)
                country = props["prs_Citizenship"]
                template = templates.get(_shape(props))
                if template is not None:
                    case = _intake_like(book, template, props)
                else:
                    case_id = _intake(book.session, book, library, rnd, props)
                    if case_id is None:
                        continue
                    made = _template(book, case_id, props)
                    templates[_shape(props)] = made
                    fields = dict(made.properties) if made is not None else {}
                    case = _Case(book, case_id, fields, tuple(book.heads(case_id)))
                cases.append(case)
                events += 1
                returned = date.fromisoformat(props["return_date"])
                for months in (1, 3, 6, 12):
                    visit = returned + timedelta(days=30 * months + rnd.randint(-5, 10))
                    if visit > today or rnd.random() < 0.15:
                        break
                    note = {
                        "last_follow_up_date": visit.isoformat(),
                        "living_situation": "with_family",
                        "fup_note": PEOPLE[country][3],
                    }
                    case.add(FOLLOW_UP, {"date": visit.isoformat(), "properties": note})
                    events += 1
                if country != "TH" and rnd.random() < 0.3 and case.may_refer():
                    team = TEAMS[country]
                    consent = {"given": True, "recipient": team, "purpose": "reintegration"}
                    note_text = PEOPLE[country][3]
                    case.add(REFERRAL, {"to_team": team, "consent": consent, "note": note_text})
                    case.add("referral_accepted", {"team": team})
                    events += 2
                elif rnd.random() < 0.1:
                    case.add("close", {"status": "Closed", "reason": "reintegrated"})
                    events += 1
                if rnd.random() < 0.03:
                    edited.append((case.case_id, int(props["age"])))
            _store(book, cases)
            for case_id, age in edited:
                events += _concurrent_edit(book, other, case_id, age)
                conflicts += 1
    return DemoSummary(count, events, conflicts)


def _concurrent_edit(book: CaseBook, other: HybridClock, case_id: str, age: int) -> int:
    """A second laptop edits the age from the same starting point as this one: a real conflict."""
    heads = book.heads(case_id)
    book.update(case_id, {"age": str(age + 1)})
    remote = CaseEvent(
        id=new_id(),
        case_id=case_id,
        type="update",
        payload={"properties": {"age": str(age - 1)}},
        author="demo colleague",
        device=other.device,
        hlc=other.now(),
        parents=tuple(heads),
    )
    book.ingest([remote])
    return 2
