"""Withdrawn consent, honoured from then on by referrals and exports."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from app.cases.book import CaseBook
from app.errors import BadInput
from app.export.service import run_export
from app.workspace.session import Session

TODAY = date(2026, 11, 28)
PEOPLE = [
    {"prs_First_Name": f"Person {i}", "prs_Gender": "Feminine", "age": "25", "prs_Citizenship": "KH",
     "intake_date": "2026-03-01", "consent_research": "yes", "consent_share": "yes"}
    for i in range(12)
]  # fmt: skip


@pytest.fixture
def book(session: Session) -> CaseBook:
    return CaseBook(session, today=lambda: TODAY)


def test_withdrawn_research_consent_leaves_the_research_table_and_is_counted(
    book: CaseBook, tmp_path: Path
) -> None:
    ids = [book.open_case(p, "intake") for p in PEOPLE]
    first = run_export(book.session, format="csv", out=tmp_path / "a", deidentified=True, k=5)
    assert first.deidentification and first.deidentification["rows"] == 12
    book.withdraw_consent(ids[0], "research", TODAY, "asked by phone")
    second = run_export(book.session, format="csv", out=tmp_path / "b", deidentified=True, k=5)
    assert second.deidentification and second.deidentification["left_out_for_consent"] == 1
    assert second.deidentification["rows"] == 11
    assert book.state(ids[0]).timeline[-1].type == "consent_withdrawn"


def test_withdrawn_sharing_consent_stops_referrals(book: CaseBook) -> None:
    case_id = book.open_case(PEOPLE[0], "intake")
    book.withdraw_consent(case_id, "sharing", TODAY)
    with pytest.raises(BadInput, match="withdrew their consent to sharing"):
        book.refer(
            case_id,
            "phnom-penh",
            {"given": True, "recipient": "phnom-penh", "purpose": "reintegration"},
        )


def test_withdrawing_everything_removes_the_case_from_identified_exports(
    book: CaseBook, tmp_path: Path
) -> None:
    kept = book.open_case(PEOPLE[0], "intake")
    gone = book.open_case(PEOPLE[1], "intake")
    book.withdraw_consent(gone, "all", TODAY)
    report = run_export(book.session, format="csv", out=tmp_path)
    rows = list(csv.DictReader(io.StringIO((tmp_path / "cases.csv").read_text("utf-8-sig"))))
    assert [r["CASE_ID"] for r in rows] == [kept]
    assert report.left_out_for_withdrawn_consent == 1


def test_an_unknown_scope_is_refused(book: CaseBook) -> None:
    case_id = book.open_case(PEOPLE[0], "intake")
    with pytest.raises(BadInput):
        book.withdraw_consent(case_id, "everything please", TODAY)
