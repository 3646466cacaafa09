"""Exports carry attachments as files beside the tables, named by submission and question, counted
in the report; a de-identified export carries none; a cancelled one leaves none."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path
from typing import Any

import pytest

from app.export.service import Cancelled, run_export
from app.interviews import attachments
from app.interviews.form_library import FormLibrary
from app.interviews.interview import Interview
from app.team.case_book import case_book
from app.workspace.session import Session
from forms import FormDefinition
from tests.app.interviews.test_attachments import EVIDENCE


class Library(FormLibrary):
    """The shipped forms plus the evidence form of these tests."""

    def get(self, form_id: str, version: str | None = None) -> FormDefinition:
        if form_id == "evidence":
            return EVIDENCE
        return super().get(form_id, version)


@pytest.fixture
def evidence(session: Session) -> dict[str, Any]:
    book = case_book(session)
    interview = Interview.start(session, book, EVIDENCE)
    interview.set_answer("first_name", "Dara")
    assert interview.draft_id is not None
    photo = os.urandom(70_000)
    kept = attachments.add(
        session, photo, original_name="Passport scan.JPG", question="passport",
        draft_id=interview.draft_id,
    )  # fmt: skip
    interview.set_answer("passport", kept.file_name)
    done = interview.finish()
    return {"submission": done.submission_id, "attachment": kept, "bytes": photo}


def test_a_csv_export_writes_attachments_beside_the_tables(
    session: Session, evidence: dict[str, Any], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    report = run_export(session, format="csv", out=out, library=Library())
    kept = evidence["attachment"]
    name = f"{evidence['submission']}_passport_Passport-scan.JPG"
    assert report.attachments == 1 and f"attachments/{name}" in report.files
    assert (out / "attachments" / name).read_bytes() == evidence["bytes"]
    with (out / "evidence.csv").open(encoding="utf-8-sig") as fh:
        [row] = list(csv.DictReader(fh))
    assert row["passport"] == kept.file_name and row["SUBMISSION_ID"] == evidence["submission"]
    saved = json.loads((out / "export-report.json").read_text("utf-8"))
    assert saved["attachments"] == 1


def test_a_deidentified_export_carries_no_attachment(
    session: Session, evidence: dict[str, Any], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    report = run_export(session, format="csv", out=out, deidentified=True, k=2, library=Library())
    assert report.attachments == 0 and not (out / "attachments").exists()


def test_a_cancelled_export_leaves_no_attachment(
    session: Session, evidence: dict[str, Any], tmp_path: Path
) -> None:
    out = tmp_path / "out"

    def cancelled() -> bool:  # once the tables are written, while the files are
        return (out / "fieldcase-export.json").exists()

    with pytest.raises(Cancelled):
        run_export(session, format="json", out=out, library=Library(), cancelled=cancelled)
    assert [p for p in out.rglob("*") if p.is_file()] == []
