"""Possible same person at intake: who is offered, why, and what a link leaves in the audit."""

from __future__ import annotations

from datetime import date

import pytest

from app.cases.book import CaseBook
from app.cases.matching import describe_case, matched_properties, note_link, possible_same_person
from app.workspace.session import Session

TODAY = date(2026, 11, 28)


@pytest.fixture
def book(session: Session) -> CaseBook:
    return CaseBook(session, today=lambda: TODAY)


def test_a_name_typed_in_another_script_is_offered_with_its_reasons(book: CaseBook) -> None:
    sokha = book.open_case(
        {"prs_First_Name": "Sokha", "prs_Citizenship": "KH", "prs_Birthdate": "2010-03-01"},
        "intake",
    )
    book.open_case({"prs_First_Name": "Malee", "prs_Citizenship": "TH"}, "intake")
    found = possible_same_person(
        book, {"prs_First_Name": "សុខា", "prs_Citizenship": "KH", "prs_Birthdate": "2010-07-15"}
    )
    assert [c.case_id for c in found] == [sokha]
    only = found[0]
    assert only.reasons[0] == "name in another script"
    assert {"birth year", "citizenship"} <= set(only.reasons)
    assert (only.display_name, only.birth_year, only.citizenship) == ("Sokha", 2010, "KH")
    assert only.names == {"prs_First_Name": "Sokha"}
    assert not only.birth_year_estimated and only.last_recorded is not None


def test_an_age_gives_an_estimated_birth_year_and_a_different_citizenship_counts_against(
    book: CaseBook,
) -> None:
    dara_kh = book.open_case(
        {"prs_First_Name": "Dara", "prs_Citizenship": "KH", "age": "16"}, "intake"
    )
    book.open_case({"prs_First_Name": "Dara", "prs_Citizenship": "TH", "age": "40"}, "intake")
    found = possible_same_person(
        book, {"prs_First_Name": "Dara", "prs_Citizenship": "KH", "age": "17"}
    )
    assert [c.case_id for c in found] == [dara_kh]
    assert found[0].reasons == ("name", "age", "citizenship")
    assert (found[0].birth_year, found[0].birth_year_estimated) == (2010, True)


def test_no_name_no_candidates_and_nothing_of_the_answers_but_what_is_compared(
    book: CaseBook,
) -> None:
    book.open_case({"prs_First_Name": "Dara", "prs_Citizenship": "KH"}, "intake")
    assert possible_same_person(book, {"prs_Citizenship": "KH"}) == []
    answers = {"prs_First_Name": "Dara", "age": "", "vic_Story": "…", "prs_Citizenship": "KH"}
    assert matched_properties(answers) == {"prs_First_Name": "Dara", "prs_Citizenship": "KH"}


def test_a_link_is_audited_and_changes_no_case(book: CaseBook) -> None:
    case_id = book.open_case({"prs_First_Name": "Dara"}, "intake")
    events = len(book.events(case_id))
    note_link(book, case_id, True)
    note_link(book, case_id, False)
    rows = book.store.query("SELECT action, object, detail FROM audit WHERE action = 'link'")
    assert [(r[1], r[2]) for r in rows] == [
        (f"case:{case_id}", "intake linked: same person"),
        (f"case:{case_id}", "intake link undone"),
    ]
    assert len(book.events(case_id)) == events
    described = describe_case(book, case_id)
    assert described is not None and described.display_name == "Dara"
    assert describe_case(book, "gone") is None


def test_a_first_letter_alone_offers_nobody(book: CaseBook) -> None:
    book.open_case({"prs_First_Name": "Sokha", "prs_Citizenship": "KH"}, "intake")
    li = book.open_case({"prs_First_Name": "明", "prs_Citizenship": "CN"}, "intake")
    assert possible_same_person(book, {"prs_First_Name": "S", "prs_Citizenship": "KH"}) == []
    found = possible_same_person(book, {"prs_First_Name": "明", "prs_Citizenship": "CN"})
    assert [c.case_id for c in found] == [li]


def test_a_name_no_one_has_offers_nobody_though_its_syllables_begin_others(
    book: CaseBook,
) -> None:
    # 赵晓燕 romanised is "zhao xiao yan": "yan" begins "yang", the family name of these two.
    for given, latin in (("玉兰", "Yulan"), ("秀英", "Xiuying")):
        book.open_case(
            {
                "prs_First_Name": f"杨{given}",
                "prs_Name_Latin": f"Yang {latin}",
                "prs_Citizenship": "CN",
            },
            "intake",
        )
    typed = {"prs_First_Name": "赵晓燕", "prs_Name_Latin": "Zhao Xiaoyan", "prs_Citizenship": "CN"}
    assert possible_same_person(book, typed) == []
    assert possible_same_person(book, {"prs_First_Name": "赵晓燕", "prs_Citizenship": "CN"}) == []
    # One syllable shared (the family name) is not the name; every syllable, in any order, is.
    ming = book.open_case({"prs_First_Name": "杨明", "prs_Citizenship": "CN"}, "intake")
    found = possible_same_person(book, {"prs_First_Name": "明杨", "prs_Citizenship": "CN"})
    assert [(c.case_id, c.reasons) for c in found] == [(ming, ("name", "citizenship"))]
    found = possible_same_person(book, {"prs_First_Name": "杨秀英", "prs_Citizenship": "CN"})
    assert [(c.display_name, c.reasons) for c in found] == [
        ("杨秀英 (Yang Xiuying)", ("name", "citizenship"))
    ]


def test_whole_names_match_across_scripts_and_by_sound_never_by_their_beginning(
    book: CaseBook,
) -> None:
    sokha = book.open_case({"prs_First_Name": "Sokha", "prs_Citizenship": "KH"}, "intake")
    somchai = book.open_case(
        {"prs_First_Name": "Somchai", "prs_Citizenship": "TH", "age": "16"}, "intake"
    )
    found = possible_same_person(book, {"prs_First_Name": "សុខា", "prs_Citizenship": "KH"})
    assert [(c.case_id, c.reasons) for c in found] == [
        (sokha, ("name in another script", "citizenship"))
    ]
    typed = {"prs_First_Name": "Somchay", "prs_Citizenship": "TH", "age": "17"}
    found = possible_same_person(book, typed)
    assert [(c.case_id, c.score, c.reasons) for c in found] == [
        (somchai, 4, ("similar name", "age", "citizenship"))
    ]
    assert possible_same_person(book, {**typed, "prs_First_Name": "Som"}) == []
    found = possible_same_person(book, {**typed, "prs_First_Name": "Somchai"})
    assert [(c.case_id, c.score, c.reasons) for c in found] == [
        (somchai, 6, ("name", "age", "citizenship"))
    ]


def test_an_erased_case_leaves_no_facts_to_match_and_a_rebuild_keeps_them(book: CaseBook) -> None:
    kept = book.open_case(
        {"prs_First_Name": "Dara", "prs_Birthdate": "2010-03-01", "prs_Gender": "Feminine"},
        "intake",
    )
    erased = book.open_case({"prs_First_Name": "Dara", "prs_Birthdate": "2011-05-06"}, "intake")
    book.erase(erased, "asked to be forgotten")
    assert book.store.query_one("SELECT 1 FROM case_match WHERE case_id = ?", (erased,)) is None
    book.rebuild()
    rows = book.store.query("SELECT case_id, born, born_on, age, gender FROM case_match")
    assert [tuple(r) for r in rows] == [(kept, "2010-03-01", "2010-03-01", None, "Feminine")]
    found = possible_same_person(book, {"prs_First_Name": "Dara", "prs_Birthdate": "2010-03-01"})
    assert [(c.case_id, c.reasons) for c in found] == [(kept, ("name", "date of birth"))]
