"""Exports as a supervisor makes them: real intakes, files Excel can read, safe research tables."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import openpyxl
import pytest

from app.errors import PermissionDenied
from app.export.deidentify import QUASI, deidentify
from app.export.service import Cancelled, ExportFilters, run_export
from app.export.tables import SubmissionRow, build_tables
from app.export.writers import safe_cell, write_csv
from app.interviews.demo import add_demo_cases
from app.team.case_book import case_book
from app.workspace.folder import Workspace
from app.workspace.roles import Role
from app.workspace.session import Session
from forms import FormSession, finish, load_markdown
from tests.app.form_filler import TODAY
from tests.conftest import CHEAP


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Session:
    session, _ = Workspace.create(
        tmp_path_factory.mktemp("exp") / "ws", "ana", "correct horse battery", cost=CHEAP
    )
    add_demo_cases(case_book(session, today=lambda: TODAY), 120, seed=3)
    yield session
    session.lock()


def _read_csv(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the byte-order mark to read UTF-8"
    return list(csv.DictReader(io.StringIO(raw[3:].decode("utf-8"))))


def test_csv_keeps_every_script_and_links_submissions_to_cases(
    demo: Session, tmp_path: Path
) -> None:
    report = run_export(demo, format="csv", out=tmp_path)
    assert report.rows["intake"] == 120 and report.rows["cases"] == 120
    intake = _read_csv(tmp_path / "intake.csv")
    names = {row["prs_First_Name"] for row in intake}
    scripts = {"\u1780" <= ch <= "\u17ff" for name in names for ch in name[:1]}
    assert True in scripts or any(
        any("\u0e00" <= c <= "\u0eff" or "\u4e00" <= c <= "\u9fff" for c in n) for n in names
    )
    cases = {row["CASE_ID"]: row for row in _read_csv(tmp_path / "cases.csv")}
    assert all(row["CASE_ID"] in cases for row in intake)
    assert json.loads((tmp_path / "export-report.json").read_text())["submissions"] == 120
    exported = demo.store.query("SELECT object, detail FROM audit WHERE action = 'export'")
    assert exported and str(tmp_path) in exported[-1][0]


def test_xlsx_has_one_sheet_per_table_with_labels_in_khmer(demo: Session, tmp_path: Path) -> None:
    run_export(demo, format="xlsx", out=tmp_path, language="km")
    book = openpyxl.load_workbook(tmp_path / "fieldcase-export.xlsx", read_only=True)
    assert {"intake", "cases"} <= set(book.sheetnames)
    header = [c.value for c in next(book["intake"].iter_rows(max_row=1))]
    assert any(isinstance(h, str) and any("\u1780" <= ch <= "\u17ff" for ch in h) for h in header)


def test_htcds_uses_htcds_names_and_codes(demo: Session, tmp_path: Path) -> None:
    run_export(demo, format="htcds", out=tmp_path)
    rows = _read_csv(tmp_path / "htcds.csv")
    assert len(rows) == 120
    assert {"prs_Gender", "prs_Citizenship", "ageBroad", "majorityStatus", "isForcedLabour"} <= set(
        rows[0]
    )
    assert all(r["prs_Gender"] != "dont_know" and r["prs_Gender"] != "declined" for r in rows)


def test_the_deidentified_table_is_k_anonymous_and_honours_consent(
    demo: Session, tmp_path: Path
) -> None:
    report = run_export(demo, format="csv", out=tmp_path, deidentified=True, k=5)
    assert report.files == ["deidentified.csv"]
    rows = _read_csv(tmp_path / "deidentified.csv")
    combos: dict[tuple[str, ...], int] = {}
    for row in rows:
        key = tuple(row[q] for q in QUASI)
        combos[key] = combos.get(key, 0) + 1
    assert rows and min(combos.values()) >= 5
    details = report.deidentification or {}
    assert details["left_out_for_consent"] > 0
    assert (
        details["people"]
        == 120
        == details["left_out_for_consent"] + details["suppressed"] + len(rows)
    )
    text = (tmp_path / "deidentified.csv").read_text("utf-8-sig")
    names = [r[0] for r in demo.store.query("SELECT display_name FROM cases")]
    assert not any(name and name in text for name in names)
    assert "prs_First_Name" not in text and "prs_Birthdate" not in text


def test_deidentify_suppresses_what_cannot_hide_in_a_crowd() -> None:
    crowd = [
        (
            {
                "consent_research": "yes",
                "prs_Gender": "Feminine",
                "age": "25",
                "prs_Citizenship": "KH",
                "intake_date": "2026-01-02",
            },
            1,
        )
    ] * 12
    alone = [
        (
            {
                "consent_research": "yes",
                "prs_Gender": "Masculine",
                "age": "70",
                "prs_Citizenship": "FR",
                "intake_date": "2019-01-02",
            },
            0,
        )
    ]
    table, report = deidentify(crowd + alone, k=11)
    assert report.suppressed == 1 and report.rows == 12 and len(table.rows) == 12
    assert report.step == "exact"


def test_only_supervisors_export(demo: Session, tmp_path: Path) -> None:
    demo.add_user(f"worker{tmp_path.name[-4:]}", Role.SOCIAL_WORKER, "worker password", cost=CHEAP)
    worker = Workspace.at(demo.workspace.path).login(
        f"worker{tmp_path.name[-4:]}", "worker password"
    )
    with pytest.raises(PermissionDenied):
        run_export(worker, format="csv", out=tmp_path)
    worker.lock()


def test_a_cancelled_export_leaves_no_file(demo: Session, tmp_path: Path) -> None:
    with pytest.raises(Cancelled):
        run_export(demo, format="csv", out=tmp_path, cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_filters_by_form_and_status(demo: Session, tmp_path: Path) -> None:
    report = run_export(
        demo, format="json", out=tmp_path, filters=ExportFilters(statuses=("closed",))
    )
    data = json.loads((tmp_path / "fieldcase-export.json").read_text())
    assert all(row["STATUS"] == "closed" for row in data["cases"])
    assert report.rows["cases"] == len(data["cases"]) < 120


REPEAT_FORM = """
| survey |              |        |          |
|        | type         | name   | label    |
|        | text         | head   | Head     |
|        | begin_repeat | family | Family   |
|        | text         | member | Member   |
|        | end_repeat   |        |          |
"""


def test_repeats_become_child_tables_joined_by_keys(tmp_path: Path) -> None:
    definition = load_markdown(REPEAT_FORM)
    session = FormSession(definition)
    session.set_answer("head", '=HYPERLINK("x")')
    first = session.add_repeat("family") if session.repeat_count("family") == 0 else "family[1]"
    session.set_answer(f"{first}/member", "ដារ៉ា")
    second = session.add_repeat("family")
    session.set_answer(f"{second}/member", "Sokha")
    submission = finish(session)
    row = SubmissionRow(
        "s1", submission.version, "ana", "2026-11-28", None, submission.instance_id, submission.data
    )
    tables = build_tables(definition, [row])
    main, family = tables
    assert family.columns[:2] == ["PARENT_KEY", "KEY"]
    assert [r[0] for r in family.rows] == [main.rows[0][0]] * 2
    assert [r[-1] for r in family.rows] == ["ដារ៉ា", "Sokha"]
    write_csv(tables, tmp_path)
    text = (tmp_path / f"{main.name}.csv").read_text("utf-8-sig")
    assert "'=HYPERLINK" in text  # never a live formula in Excel
    assert safe_cell("-12.5") == "-12.5"


def test_the_deidentified_table_in_khmer_reads_the_intake_labels(
    demo: Session, tmp_path: Path
) -> None:
    run_export(demo, format="csv", out=tmp_path, deidentified=True, k=5, language="km")
    rows = _read_csv(tmp_path / "deidentified.csv")
    khmer = [h for h in rows[0] if any("\u1780" <= ch <= "\u17ff" for ch in h)]
    assert len(khmer) >= 3  # gender, citizenship, the exploitation flags
    assert "yearOfRegistration" in rows[0]  # what the form does not label keeps its name
