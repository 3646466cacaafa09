"""Exports streamed from the store a batch at a time are the exports made whole in memory.

The tables of an export are read from the store as the writer asks for them (``Table.source``):
these tests hold a streamed export of a demo workspace to the bytes of the same tables made in
memory the way exports were made before (every record flattened by ``build_tables``, every case's
state read at once), with batches of a few rows so that every batch boundary is crossed, and to a
cancelled export leaving nothing behind.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.export import rows as export_rows
from app.export import service, writers
from app.export.service import Cancelled, run_export
from app.export.tables import SubmissionRow, Table, build_tables
from app.export.writers import write_csv, write_json, write_xlsx
from app.interviews.demo import add_demo_cases
from app.interviews.form_library import FormLibrary
from app.team.case_book import case_book
from app.workspace.folder import Workspace
from app.workspace.session import Session
from tests.app.form_filler import TODAY
from tests.conftest import CHEAP


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Session]:
    session, _ = Workspace.create(tmp_path / "ws", "ana", "correct horse battery", cost=CHEAP)
    add_demo_cases(case_book(session, today=lambda: TODAY), 24, seed=11)
    # one person withdrew consent to every use: left out of every table
    withdrawn = session.store.query_one("SELECT case_id, state FROM cases LIMIT 1")
    assert withdrawn is not None
    state = json.loads(withdrawn[1])
    state["fields"]["_consent_withdrawn"] = "all"
    session.store.execute(
        "UPDATE cases SET state = ? WHERE case_id = ?", (json.dumps(state), withdrawn[0])
    )
    yield session
    session.lock()


def _in_memory(session: Session, language: str | None) -> list[Table]:
    """The tables as exports made them before they streamed: every record flattened, every
    case's state held at once."""
    store = session.store
    cases = {r[0]: json.loads(r[1]) for r in store.query("SELECT case_id, state FROM cases")}
    cases = {c: s for c, s in cases.items() if s["fields"].get("_consent_withdrawn") != "all"}
    by_submission = {
        r[0]: r[1]
        for r in store.query(
            "SELECT json_extract(payload, '$.submission_id'), case_id FROM case_events"
            " WHERE json_extract(payload, '$.submission_id') IS NOT NULL"
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
        if by_submission.get(sid) in cases or by_submission.get(sid) is None
    ]  # fmt: skip
    definition = FormLibrary().on(store).get("intake", records[0][1])
    names = sorted({k for s in cases.values() for k in s["fields"] if not k.startswith("_")})
    columns = ["CASE_ID", "STATUS", "TEAM", "CONFLICTS", *names]
    case_rows: list[list[str]] = [
        [
            case_id,
            str(s["fields"].get("_status", "")),
            str(s["fields"].get("_team") or ""),
            str(len(s["conflicts"])),
        ]
        + ["" if s["fields"].get(n) is None else str(s["fields"].get(n)) for n in names]
        for case_id, s in sorted(cases.items())
    ]
    tables = build_tables(definition, subs, language)
    return [*tables, Table("cases", columns, columns, case_rows)]


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.name != "export-report.json"}


def _reference(session: Session, tmp_path: Path, fmt: str, language: str | None) -> Path:
    folder = tmp_path / f"memory-{fmt}-{language}"
    folder.mkdir()
    tables = _in_memory(session, language)
    if fmt == "csv":
        write_csv(tables, folder)
    elif fmt == "xlsx":
        write_xlsx(tables, folder / "fieldcase-export.xlsx")
    else:
        write_json(tables, folder / "fieldcase-export.json")
    return folder


@pytest.mark.parametrize(
    ("fmt", "language"),
    [("csv", None), ("csv", "km"), ("xlsx", None), ("xlsx", "my"), ("json", None)],
)
def test_a_streamed_export_is_the_export_made_in_memory(
    workspace: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fmt: str,
    language: str | None,
) -> None:
    whole = run_export(workspace, format=fmt, out=tmp_path / "whole", language=language)
    for module, name in ((export_rows, "READ"), (export_rows, "CELLS"), (service, "CHUNK")):
        monkeypatch.setattr(module, name, 3)  # batches of three: every boundary crossed
    monkeypatch.setattr(writers, "CHUNK", 4)
    small = run_export(workspace, format=fmt, out=tmp_path / "small", language=language)
    expected = _files(_reference(workspace, tmp_path, fmt, language))
    assert _files(tmp_path / "whole") == expected
    assert _files(tmp_path / "small") == expected
    assert whole.rows == small.rows and whole.rows["cases"] == 23
    assert whole.left_out_for_withdrawn_consent == 1
    assert whole.submissions == small.submissions == whole.rows["intake"]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_an_export_cancelled_while_streaming_leaves_nothing(
    workspace: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    run_export(workspace, format="csv", out=tmp_path / "first")  # rows kept: only reading is left
    for module, name in ((export_rows, "READ"), (export_rows, "CELLS"), (service, "CHUNK")):
        monkeypatch.setattr(module, name, 3)
    asked: list[Any] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 12  # past the counting pass, inside a table's stream

    out = tmp_path / "cancelled"
    with pytest.raises(Cancelled):
        run_export(workspace, format=fmt, out=out, cancelled=cancelled)
    assert list(out.iterdir()) == []
