"""CSV lines kept with the export rows: a codes export joined from them is the export it was.

``app.export.lines`` encodes each row's cells once (formula-safe, quoted) and a CSV export of
codes joins that text; these tests hold it to the bytes ``write_csv`` writes from rows.
"""

from __future__ import annotations

import io
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from app.errors import BadInput
from app.export import lines
from app.export.service import Cancelled, ExportFilters, run_export
from app.export.tables import SubmissionRow, build_tables
from app.export.writers import csv_writer, safe_row, write_csv
from app.interviews.demo import add_demo_cases
from app.interviews.form_library import FormLibrary
from app.team.case_book import case_book
from app.workspace.folder import Workspace
from app.workspace.session import Session
from forms import FormDefinition, load_markdown
from tests.app.export.test_export_rows import FORM, PINNED, SUBMISSIONS
from tests.app.form_filler import TODAY
from tests.conftest import CHEAP


def _written(row: list[str]) -> str:
    out = io.StringIO()
    csv_writer(out).writerow(safe_row(row))
    return out.getvalue()


def test_a_line_joined_from_parts_is_the_line_of_the_whole_row() -> None:
    pieces = ["", "=", "+1", "-", "@", "\t", "\r", "\n", ",", '"', " ", "a", "1", "\x1f", "ក"]
    rnd = random.Random(14)
    for _ in range(5_000):
        row = [
            "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 3)))
            for _ in range(rnd.randint(6, 10))
        ]
        head, case, cells = row[:5], row[5], row[6:]
        tail = "," + lines.fields([cells])[0] if cells else ""
        joined = lines.main_line(lines.fields([head])[0], lines.CaseCells()(case), tail)
        assert joined == _written(row), row
        assert lines.lines([row]) == [_written(row)]


def test_a_single_blank_field_is_blank_inside_a_line() -> None:
    assert lines.fields([[""], ["="], ["a,b"]]) == ["", "'=", '"a,b"']
    assert lines.CaseCells()("") == ""


@dataclass(frozen=True)
class _Library(FormLibrary):
    """The shipped forms and one more, the odd form of the pinned export."""

    extra: FormDefinition | None = None

    def get(self, form_id: str, version: str | None = None) -> FormDefinition:
        if self.extra is not None and form_id == self.extra.form_id:
            if version not in (None, self.extra.version):
                raise BadInput(f"no version {version} of {form_id}")
            return self.extra
        return super().get(form_id, version)


def test_odd_records_export_from_kept_lines_as_from_rows(tmp_path: Path) -> None:
    session, _ = Workspace.create(tmp_path / "ws", "ana", "correct horse battery", cost=CHEAP)
    definition = load_markdown(FORM)
    library = _Library(extra=definition).on(session.store)
    with session.store.atomic():
        for sub in SUBMISSIONS:
            record = {"instance_id": sub.instance_id, "data": sub.data}
            session.store.execute(
                "INSERT INTO submissions (id, form_id, form_version, author, data, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (sub.submission_id, definition.form_id, definition.version, sub.author,
                 json.dumps(record, ensure_ascii=False), sub.submitted),
            )  # fmt: skip
    for attempt in ("first", "again"):  # the lines made, then the lines read back
        run_export(session, format="csv", out=tmp_path / attempt, library=library)
    (tmp_path / "rows").mkdir()
    without_cases = [
        SubmissionRow(s.submission_id, definition.version, s.author, s.submitted, None,
                      s.instance_id, s.data)
        for s in SUBMISSIONS
    ]  # fmt: skip
    write_csv(build_tables(definition, without_cases), tmp_path / "rows")
    expected = {p.name: p.read_bytes() for p in (tmp_path / "rows").iterdir()}
    assert expected.keys() == PINNED.keys()
    for attempt in ("first", "again"):
        got = {n: (tmp_path / attempt / n).read_bytes() for n in expected}
        assert got == expected
    session.lock()


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Session]:
    session, _ = Workspace.create(tmp_path / "ws", "ana", "correct horse battery", cost=CHEAP)
    add_demo_cases(case_book(session, today=lambda: TODAY), 16, seed=6)
    yield session
    session.lock()


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.glob("*.csv")}


def test_a_codes_export_with_case_ids_is_what_the_records_say(
    workspace: Session, tmp_path: Path
) -> None:
    store = workspace.store
    report = run_export(workspace, format="csv", out=tmp_path / "kept")
    assert store.scalar("SELECT count(*) FROM export_rows WHERE csv_head IS NULL") == 0
    by_submission = {
        r[0]: r[1]
        for r in store.query(
            "SELECT json_extract(payload, '$.submission_id'), case_id FROM case_events"
        )
    }
    records = store.query(
        "SELECT id, form_version, author, created_at, data FROM submissions"
        " WHERE form_id = 'intake' ORDER BY form_version, id"
    )
    subs = [
        SubmissionRow(sid, version, author, created, by_submission.get(sid),
                      json.loads(data)["instance_id"], json.loads(data)["data"])
        for sid, version, author, created, data in records
    ]  # fmt: skip
    assert any(s.case_id for s in subs)
    definition = FormLibrary().on(store).get("intake", records[0][1])
    (tmp_path / "direct").mkdir()
    write_csv(build_tables(definition, subs), tmp_path / "direct")
    intake = {n: b for n, b in _files(tmp_path / "kept").items() if n.startswith("intake")}
    assert intake and intake == _files(tmp_path / "direct")
    assert report.rows["intake"] == len(subs)


def test_lines_are_made_again_where_missing_and_filters_still_apply(
    workspace: Session, tmp_path: Path
) -> None:
    store = workspace.store
    run_export(workspace, format="csv", out=tmp_path / "first")
    with store.atomic():  # rows kept before the lines existed
        store.execute("UPDATE export_rows SET csv_head = NULL, csv_tail = NULL")
    run_export(workspace, format="csv", out=tmp_path / "again")
    assert _files(tmp_path / "again") == _files(tmp_path / "first")
    assert store.scalar("SELECT count(*) FROM export_rows WHERE csv_head IS NULL") == 0
    future = ExportFilters(since=date(2100, 1, 1))
    report = run_export(workspace, format="csv", out=tmp_path / "none", filters=future)
    assert report.submissions == 0 and not (tmp_path / "none" / "intake.csv").exists()
    with pytest.raises(Cancelled):
        run_export(workspace, format="csv", out=tmp_path / "stop", cancelled=lambda: True)
    assert not list((tmp_path / "stop").glob("*.csv"))
