"""The supervisors' overview without Qt: counts over hand-made cases whose answers are known, the
bulk reading agreeing with the fold, category words from the forms, and the audited save."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from app.cases.book import CaseBook
from app.cases.events import CaseEvent
from app.cases.hlc import HybridClock
from app.cases.overview import (
    DONE,
    DUE,
    EARLIER,
    NOT_RECORDED,
    OVERDUE,
    CaseFacts,
    build_overview,
    facts_of,
    load_facts,
    months_until,
    save_overview,
    summarise,
)
from app.cases.state import fold
from app.errors import PermissionDenied
from app.interviews.choice_words import labels_for, words_from
from app.interviews.form_library import FormLibrary
from app.workspace.ids import new_id
from app.workspace.session import Session
from tests.conftest import CHEAP

TODAY = date(2026, 6, 15)


def _facts(case_id: str, **given: object) -> CaseFacts:
    values: dict[str, object] = {
        "status": "open",
        "team": None,
        "citizenship": None,
        "exploitation": (),
        "identified": None,
        "returned": None,
        "visits": (),
        "next_due": None,
        "conflicts": 0,
    }
    values.update(given)
    return CaseFacts(case_id, **values)  # type: ignore[arg-type]


HAND_MADE = [
    _facts(
        "a",
        team="bangkok",
        citizenship="KH",
        exploitation=("ForcedLabour", "SexualExploitation"),
        identified=date(2026, 4, 3),
        returned=date(2026, 5, 1),
        visits=(date(2026, 5, 20), date(2026, 6, 2)),
        next_due=date(2026, 6, 20),  # due soon (within 14 days)
        conflicts=2,
    ),
    _facts(
        "b",
        team="bangkok",
        citizenship="KH",
        exploitation=("ForcedLabour",),
        identified=date(2026, 6, 1),
        returned=date(2026, 6, 25),  # planned for later this month: not yet a return
        next_due=date(2026, 6, 10),  # overdue, this month
    ),
    _facts(
        "c",
        citizenship="LA",
        identified=date(2026, 1, 10),  # before the three months shown
        returned=date(2026, 4, 30),
        visits=(date(2026, 1, 5),),
        next_due=date(2026, 2, 1),  # overdue, before the months shown
        conflicts=1,
    ),
    _facts(
        "d",
        status="referred",
        team="vientiane",
        exploitation=("ForcedLabour",),
        identified=date(2026, 5, 5),
    ),
    _facts("e", citizenship="KH", next_due=date(2026, 9, 1)),  # upcoming: not owed yet
    _facts("f", citizenship="LA", next_due=TODAY),  # due today: due, not yet overdue
]


def test_months_until_crosses_the_year() -> None:
    assert months_until(date(2026, 2, 3), 4) == ("2025-11", "2025-12", "2026-01", "2026-02")


def test_hand_made_cases_give_the_counts_worked_out_by_hand() -> None:
    overview = summarise(HAND_MADE, TODAY, due_window_days=14, months=3)
    assert overview.cases == 6
    assert overview.statuses == {"open": 5, "referred": 1}
    assert overview.citizenships == ("KH", "LA", NOT_RECORDED)  # most people first
    assert overview.identified.months == ("2026-04", "2026-05", "2026-06")
    assert overview.identified.to_json() == {
        "2026-04": {"KH": 1},
        "2026-05": {NOT_RECORDED: 1},
        "2026-06": {"KH": 1},
    }
    assert overview.returns.to_json() == {
        "2026-04": {"LA": 1},
        "2026-05": {"KH": 1},
        "2026-06": {},
    }
    assert overview.exploitation == (
        (NOT_RECORDED, 3),
        ("ForcedLabour", 3),
        ("SexualExploitation", 1),
    )
    assert overview.follow_ups.months == (EARLIER, "2026-04", "2026-05", "2026-06")
    assert overview.follow_ups.to_json() == {
        EARLIER: {OVERDUE: 1},
        "2026-04": {},
        "2026-05": {DONE: 1},
        "2026-06": {DONE: 1, DUE: 2, OVERDUE: 1},
    }
    assert (overview.due_now, overview.overdue_now) == (2, 2)
    assert overview.conflicts_by_team == ((NOT_RECORDED, 1), ("bangkok", 1))
    assert overview.cases_with_conflicts == 2 and overview.fields_in_conflict == 3


def test_a_visit_due_early_next_month_adds_that_month_to_the_follow_ups() -> None:
    facts = [_facts("a", next_due=date(2026, 7, 2))]
    overview = summarise(facts, date(2026, 6, 25), due_window_days=14, months=2)
    assert overview.follow_ups.months == ("2026-05", "2026-06", "2026-07")
    assert overview.follow_ups.to_json()["2026-07"] == {DUE: 1}
    assert EARLIER not in overview.follow_ups.months  # only there when something is owed from then


def test_no_cases_count_nothing() -> None:
    overview = summarise([], TODAY)
    assert overview.cases == 0 and overview.identified.total() == 0
    assert len(overview.identified.months) == 12 and overview.exploitation == ()


def _event(
    case_id: str, kind: str, payload: dict[str, object], clock: HybridClock, parents: list[str]
) -> CaseEvent:
    return CaseEvent(
        new_id(), case_id, kind, payload, "ana", clock.device, clock.now(), tuple(parents)
    )


def test_facts_of_a_folded_case() -> None:
    clock = HybridClock("laptop1", physical_ms=lambda: 1_780_000_000_000)  # 2026-05-28
    create = _event(
        "c1",
        "create",
        {
            "form_id": "intake",
            "properties": {
                "prs_Citizenship": "MM",
                "vic_TypeOfExploitation": "ForcedLabour Servitude ForcedLabour",
                "return_date": "2026-03-01",
            },
            "team": "yangon",
        },
        clock,
        [],
    )
    visit = _event("c1", "follow_up", {"date": "2026-04-02", "properties": {}}, clock, [create.id])
    facts = facts_of(fold("c1", [visit, create]))
    assert facts.identified == date(2026, 5, 28)  # no intake date: the day the case was opened
    assert facts.exploitation == ("ForcedLabour", "Servitude")
    assert facts.visits == (date(2026, 4, 2),)
    assert facts.next_due == date(2026, 6, 1)  # the three-month visit
    assert (facts.citizenship, facts.team, facts.returned) == ("MM", "yangon", date(2026, 3, 1))


@pytest.fixture
def book(session: Session) -> CaseBook:
    return CaseBook(session, today=lambda: TODAY)


def _fill(book: CaseBook) -> None:
    first = book.open_case(
        {
            "prs_Citizenship": "KH",
            "intake_date": "2026-04-02",
            "return_date": "2026-04-20",
            "vic_TypeOfExploitation": "SexualExploitation",
        },
        "intake",
        team="bangkok",
    )
    book.follow_up(first, date(2026, 5, 21), {"fup_note": "-"})
    book.open_case({"prs_Citizenship": "TH"}, "intake")  # identified today, by the event's clock
    closed = book.open_case({"prs_Citizenship": "LA", "return_date": "2026-01-05"}, "intake")
    book.close(closed, "Closed", "reintegrated")
    # A second laptop edits the same field concurrently: a conflict.
    heads = book.heads(first)
    book.update(first, {"age": "17"})
    other = HybridClock("laptop2")
    remote = CaseEvent(
        new_id(), first, "update", {"properties": {"age": "16"}}, "bora", "laptop2",
        other.now(), tuple(heads),
    )  # fmt: skip
    book.ingest([remote])


def test_the_bulk_reading_agrees_with_the_fold(book: CaseBook) -> None:
    _fill(book)
    facts = load_facts(book)
    folded = [facts_of(fold(f.case_id, book.events(f.case_id)), book.rules) for f in facts]
    assert facts == folded
    assert sorted(f.conflicts for f in facts) == [0, 0, 1]


def test_build_overview_counts_a_real_workspace_with_words_in_khmer(book: CaseBook) -> None:
    _fill(book)
    overview = build_overview(
        book, "km", today=TODAY, words=words_from(FormLibrary().on(book.store))
    )
    assert overview.cases == 3 and overview.statuses == {"open": 2, "closed": 1}
    assert overview.exploitation == (("", 2), ("SexualExploitation", 1))
    assert overview.label("citizenship", "KH") == "កម្ពុជា"
    assert overview.label("exploitation", "SexualExploitation") != "SexualExploitation"
    assert overview.conflicts_by_team == (("bangkok", 1),)
    assert overview.identified.by_key()["KH"] == 1


def test_without_words_the_overview_counts_codes_and_shows_them(book: CaseBook) -> None:
    _fill(book)
    overview = build_overview(book, "km", today=TODAY)
    assert overview.identified.by_key()["KH"] == 1
    assert overview.label("citizenship", "KH") == "KH"


def test_labels_come_from_the_intake_form_and_fall_back_to_its_default_language() -> None:
    labels = labels_for({"citizenship": ["KH", "XX"], "exploitation": ["ForcedLabour"]}, "pseudo")
    assert labels == {
        "citizenship": {"KH": "Cambodia"},
        "exploitation": {"ForcedLabour": "Forced labour"},
    }
    lao = labels_for({"citizenship": ["TH"]}, "lo")
    assert lao["citizenship"]["TH"] == "ໄທ"


def test_saving_the_overview_writes_the_file_and_audits_it(book: CaseBook, tmp_path: Path) -> None:
    _fill(book)
    overview = build_overview(book, "en")
    target = tmp_path / "overview.png"
    save_overview(book, str(target), b"\x89PNG picture", "png", overview)
    assert target.read_bytes() == b"\x89PNG picture"
    row = book.store.query_one(
        "SELECT object, detail FROM audit WHERE action = 'export' ORDER BY seq DESC LIMIT 1"
    )
    assert row is not None and row[0] == str(target)
    detail = json.loads(row[1])
    assert detail["what"] == "overview" and detail["format"] == "png" and detail["cases"] == 3


def test_a_social_worker_may_not_draw_or_save_the_overview(
    session: Session, tmp_path: Path
) -> None:
    from app.workspace.folder import Workspace

    session.add_user("sopheap", "social_worker", "worker password 1", cost=CHEAP)
    worker = Workspace.at(session.workspace.path).login("sopheap", "worker password 1")
    try:
        book = CaseBook(worker, today=lambda: TODAY)
        with pytest.raises(PermissionDenied):
            load_facts(book)
        with pytest.raises(PermissionDenied):
            save_overview(book, str(tmp_path / "x.png"), b"x", "png", summarise([], TODAY))
        assert not (tmp_path / "x.png").exists()
    finally:
        worker.lock()
