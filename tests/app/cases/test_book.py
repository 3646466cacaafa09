"""CaseBook on a real encrypted workspace: writes, two laptops exchanging events, lists, search."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.cases.book import CaseBook
from app.errors import BadInput, PermissionDenied
from app.workspace.folder import Workspace
from app.workspace.roles import Role
from app.workspace.session import Session
from tests.conftest import CHEAP, PASSWORD

TODAY = date(2026, 11, 28)


def book_for(session: Session, today: date = TODAY) -> CaseBook:
    return CaseBook(session, today=lambda: today)


@pytest.fixture
def book(session: Session) -> CaseBook:
    return book_for(session)


def test_an_intake_opens_a_case_that_lists_and_reads_back(book: CaseBook) -> None:
    case_id = book.open_case(
        {
            "prs_First_Name": "សុខា",
            "prs_Second_Name": "Sokha",
            "prs_Citizenship": "KH",
            "vic_age": 15,
        },
        form_id="intake",
        team="bangkok-shelter",
    )
    page = book.list_cases()
    assert page.total == 1 and page.rows[0].case_id == case_id
    assert page.rows[0].citizenship == "KH" and page.rows[0].status == "open"
    state = book.state(case_id)
    assert state.fields["vic_age"] == 15 and state.team == "bangkok-shelter"
    views = book.store.query("SELECT object FROM audit WHERE action = 'view'")
    assert [r[0] for r in views] == [f"case:{case_id}"]


def test_search_finds_a_name_typed_in_another_script_or_without_diacritics(book: CaseBook) -> None:
    thai = book.open_case({"prs_First_Name": "สมชาย", "prs_Second_Name": "ใจดี"}, "intake")
    viet = book.open_case({"prs_First_Name": "Nguyễn Thị Hương"}, "intake")
    book.open_case({"prs_First_Name": "Aye Aye Mon"}, "intake")
    assert [r.case_id for r in book.list_cases(query="nguyen huong").rows] == [viet]
    assert [r.case_id for r in book.list_cases(query="ใจดี").rows] == [thai]
    assert thai in [r.case_id for r in book.list_cases(query="somchai").rows]
    aye = book.open_case({"prs_First_Name": "အေး"}, "intake")
    assert aye in [r.case_id for r in book.list_cases(query="aye").rows]
    assert book.list_cases(query="zzzz").rows == []  # no longer every S name (Somchai)
    assert book.list_cases(query="ลำดวน").total == 0


def test_follow_ups_make_the_schedule(session: Session) -> None:
    book = book_for(session, today=date(2026, 2, 20))
    case_id = book.open_case({"prs_First_Name": "Dara", "return_date": "2026-01-10"}, "intake")
    row = book.list_cases().rows[0]
    assert row.next_due == "2026-02-10"  # one month after the return
    assert [r.case_id for r in book.list_cases(due="overdue").rows] == [case_id]
    book.follow_up(case_id, date(2026, 2, 18), {"fup_safety": "safe"})
    assert book.list_cases().rows[0].next_due == "2026-04-10"  # the three-month visit
    assert book.list_cases(due="any").total == 0
    book.follow_up(case_id, date(2026, 2, 25), {"next_follow_up_date": "2026-03-01"})
    assert book.list_cases().rows[0].next_due == "2026-03-01"
    book.close(case_id, "closed_reintegrated", "living safely with family")
    assert book.list_cases().rows[0].next_due is None
    assert book.list_cases(status="closed").total == 1


def _second_laptop(tmp_path: Path, name: str) -> CaseBook:
    session, _ = Workspace.create(tmp_path / name, "bora", PASSWORD, cost=CHEAP)
    return book_for(session)


def test_two_laptops_that_exchange_events_agree_and_keep_both_concurrent_values(
    book: CaseBook, tmp_path: Path
) -> None:
    other = _second_laptop(tmp_path, "laptop-b")
    case_id = book.open_case({"prs_First_Name": "Dara", "vic_age": 15}, "intake")
    assert other.ingest(book.events(case_id)) == 1
    assert other.ingest(book.events(case_id)) == 0  # idempotent
    book.update(case_id, {"vic_age": 16})  # offline, concurrently
    other.update(case_id, {"vic_age": 17})
    other.update(case_id, {"prs_Second_Name": "Sok"})
    book.ingest(other.events(case_id))
    other.ingest(book.events(case_id))
    mine, theirs = book.state(case_id), other.state(case_id)
    assert mine.to_json() == theirs.to_json()
    assert sorted(c.value for c in mine.conflicts["vic_age"]) == [16, 17]
    assert mine.fields["prs_Second_Name"] == "Sok"
    assert [case for case, _, _ in book.conflicts()] == [case_id]
    book.resolve_conflict(case_id, "vic_age", 16)
    other.ingest(book.events(case_id))
    assert other.state(case_id).conflicts == {} and other.state(case_id).fields["vic_age"] == 16
    other.session.lock()


def test_events_of_a_case_whose_creation_has_not_arrived_wait_invisibly(
    book: CaseBook, tmp_path: Path
) -> None:
    other = _second_laptop(tmp_path, "laptop-c")
    case_id = other.open_case({"prs_First_Name": "Kham"}, "intake")
    update = other.update(case_id, {"vic_age": 20})
    book.ingest([update])
    assert book.list_cases().total == 0
    book.ingest(other.events(case_id))
    assert book.state(case_id).fields == {**book.state(case_id).fields, "vic_age": 20}
    assert book.list_cases().total == 1
    other.session.lock()


def test_rebuild_gives_the_same_rows_as_the_incremental_updates(book: CaseBook) -> None:
    for i in range(5):
        case_id = book.open_case(
            {"prs_First_Name": f"Person {i}", "return_date": "2026-10-01"}, "intake"
        )
        book.follow_up(case_id, date(2026, 11, 2), {})
    before = book.store.query("SELECT * FROM cases ORDER BY case_id")
    terms = book.store.query("SELECT * FROM case_terms ORDER BY term, case_id")
    assert book.rebuild() == 5
    assert book.store.query("SELECT * FROM cases ORDER BY case_id") == before
    assert book.store.query("SELECT * FROM case_terms ORDER BY term, case_id") == terms


def test_roles(session: Session) -> None:
    book = book_for(session)
    case_id = book.open_case({"prs_First_Name": "Dara"}, "intake")
    session.add_user("sopheap", Role.SOCIAL_WORKER, "worker password", cost=CHEAP)
    session.add_user("lin", Role.INTERPRETER, "interpreter pw", cost=CHEAP)
    folder = session.workspace.path
    worker = book_for(Workspace.at(folder).login("sopheap", "worker password"))
    worker.update(case_id, {"vic_age": 30})
    with pytest.raises(PermissionDenied):
        worker.resolve_conflict(case_id, "vic_age", 31)
    worker.session.lock()
    # an interpreter's login holds no workspace key: no session, so no case book at all
    with pytest.raises(PermissionDenied):
        Workspace.at(folder).login("lin", "interpreter pw")


def test_referral_needs_consent(book: CaseBook) -> None:
    case_id = book.open_case({"prs_First_Name": "Dara"}, "intake")
    with pytest.raises(BadInput, match="consent"):
        book.refer(case_id, "phnom-penh", {"given": False})
    book.refer(
        case_id,
        "phnom-penh",
        {"given": True, "recipient": "phnom-penh", "purpose": "reintegration"},
    )
    assert book.list_cases().rows[0].status == "referred"
    book.accept_referral(case_id, "phnom-penh")
    row = book.list_cases().rows[0]
    assert row.status == "open" and row.team == "phnom-penh"


def test_the_device_clock_survives_a_restart(session: Session) -> None:
    book = book_for(session)
    case_id = book.open_case({"prs_First_Name": "Dara"}, "intake")
    first = book.events(case_id)[0]
    again = book_for(session)
    assert again.device == book.device
    event = again.update(case_id, {"x": 1})
    assert event.hlc > first.hlc and event.parents == (first.id,)


def test_possible_same_person_is_offered_never_merged(book: CaseBook) -> None:
    from app.cases.matching import possible_same_person

    first = book.open_case(
        {
            "prs_First_Name": "សុខា",
            "prs_Gender": "Feminine",
            "prs_Citizenship": "KH",
            "prs_Birthdate": "2010-04-02",
        },
        "intake",
    )
    book.open_case(
        {"prs_First_Name": "Sokha", "prs_Gender": "Masculine", "prs_Citizenship": "TH"}, "intake"
    )
    book.open_case({"prs_First_Name": "Malee"}, "intake")
    new = {
        "prs_First_Name": "សុខា",
        "prs_Gender": "Feminine",
        "prs_Citizenship": "KH",
        "prs_Birthdate": "2010-04-02",
    }
    candidates = possible_same_person(book, new)
    assert candidates[0].case_id == first
    assert {"name", "date of birth", "gender", "citizenship"} <= set(candidates[0].reasons)
    assert book.count() == 3  # nothing merged
    second = book.open_case(new, "intake")
    book.link_same_person(second, first)
    assert book.state(second).links == [first]
