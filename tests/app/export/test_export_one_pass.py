"""One pass: an export flattens the submissions it has no current row for and writes them in the
same pass that keeps their rows (``app.export.rows``), reading each form version's definition
from the copy the workspace holds (``FormLibrary.stored``).

Whatever was kept before (nothing, some rows, stale rows, rows without their CSV text), the bytes
are those of an export made from rows all kept; an edited submission or another layout of a
form version never exports the cells kept for the old one; odd records (NaN, one column) read
by SQL are what ``build_tables`` makes of them.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.errors import BadInput
from app.export import rows as export_rows
from app.export import service
from app.export.service import run_export
from app.export.tables import SubmissionRow, Table, build_tables
from app.export.writers import write_csv, write_json
from app.interviews.demo import add_demo_cases
from app.interviews.form_library import FormLibrary, xform_sha256
from app.team.case_book import case_book
from app.workspace.folder import Workspace
from app.workspace.session import Session
from forms import FormDefinition, load_markdown
from tests.app.form_filler import TODAY
from tests.conftest import CHEAP


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Session]:
    session, _ = Workspace.create(tmp_path / "ws", "ana", "correct horse battery", cost=CHEAP)
    add_demo_cases(case_book(session, today=lambda: TODAY), 20, seed=9)
    yield session
    session.lock()


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.name != "export-report.json"}


def _small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    for module, name, size in (
        (export_rows, "READ", 3),
        (export_rows, "CELLS", 3),
        (export_rows, "BATCH", 2),
        (export_rows, "PATHS", 7),  # the columns asked in several calls
        (service, "CHUNK", 3),
    ):
        monkeypatch.setattr(module, name, size)


@pytest.mark.parametrize(
    ("fmt", "language"), [("csv", None), ("csv", "km"), ("xlsx", None), ("json", None)]
)
def test_whatever_was_kept_the_export_is_the_same(
    workspace: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fmt: str,
    language: str | None,
) -> None:
    store = workspace.store
    run_export(workspace, format=fmt, out=tmp_path / "cold", language=language)
    submissions = store.scalar("SELECT count(*) FROM submissions")
    assert store.scalar("SELECT count(*) FROM export_rows") == submissions > 9
    run_export(workspace, format=fmt, out=tmp_path / "warm", language=language)
    expected = _files(tmp_path / "warm")
    assert _files(tmp_path / "cold") == expected
    shape = store.scalar("SELECT shape FROM export_rows LIMIT 1")

    ids = [r[0] for r in store.query("SELECT submission_id FROM export_rows ORDER BY 1")]
    with store.atomic():  # missing, stale, without CSV text and kept, in turn
        for n, sid in enumerate(ids):
            if n % 4 == 0:
                store.execute("DELETE FROM export_rows WHERE submission_id = ?", (sid,))
            elif n % 4 == 1:
                store.execute(
                    "UPDATE export_rows SET shape = 'old', cells = '[\"stale!\"]',"
                    " csv_tail = ',stale!' WHERE submission_id = ?",
                    (sid,),
                )
            elif n % 4 == 2:
                store.execute(
                    "UPDATE export_rows SET csv_head = NULL, csv_tail = NULL"
                    " WHERE submission_id = ?",
                    (sid,),
                )
    _small_batches(monkeypatch)
    run_export(workspace, format=fmt, out=tmp_path / "mixed", language=language)
    assert _files(tmp_path / "mixed") == expected
    current = store.scalar("SELECT count(*) FROM export_rows WHERE shape = ?", (shape,))
    assert current == submissions
    assert store.scalar("SELECT count(*) FROM export_rows WHERE cells LIKE '%stale!%'") == 0


def test_an_edited_submission_exports_its_new_answer(workspace: Session, tmp_path: Path) -> None:
    store = workspace.store
    run_export(workspace, format="csv", out=tmp_path / "before")
    sid, text = store.query("SELECT id, data FROM submissions WHERE form_id = 'intake' LIMIT 1")[0]
    record = json.loads(text)
    old = record["data"]["person"]["first_name_latin"]
    assert old and old.encode() in (tmp_path / "before" / "intake.csv").read_bytes()
    record["data"]["person"]["first_name_latin"] = "Changed Name"
    with store.atomic():  # never done by fieldcase (submissions are immutable); a repair might
        store.execute("UPDATE submissions SET data = ? WHERE id = ?", (json.dumps(record), sid))
    run_export(workspace, format="csv", out=tmp_path / "after")
    line = [
        x for x in (tmp_path / "after" / "intake.csv").read_text("utf-8-sig").splitlines()
        if f",{sid}," in x
    ]  # fmt: skip
    assert len(line) == 1 and "Changed Name" in line[0] and old not in line[0]


FORM_V1 = """
| settings |              |         |
|          | form_id      | version |
|          | visit        | 1       |
| survey   |              |         |        |
|          | type         | name    | label  |
|          | text         | place   | Place  |
|          | integer      | people  | People |
"""
FORM_V2 = FORM_V1.replace("| 1       |", "| 2       |").replace(
    "| integer      | people  | People |", "| integer      | adults  | Adults |"
)


@dataclass(frozen=True)
class _Library(FormLibrary):
    """The shipped forms and the given ones (not stored in the workspace)."""

    extra: tuple[FormDefinition, ...] = ()

    def get(self, form_id: str, version: str | None = None) -> FormDefinition:
        for definition in self.extra:
            if (definition.form_id, definition.version) == (form_id, version):
                return definition
        if any(d.form_id == form_id for d in self.extra):
            raise BadInput(f"no version {version} of {form_id}")
        return super().get(form_id, version)


def _submit(session: Session, rows: list[tuple[str, str, dict[str, Any]]]) -> None:
    with session.store.atomic():
        for sid, version, data in rows:
            record = {"instance_id": f"uuid:{sid}", "data": data}
            session.store.execute(
                "INSERT INTO submissions (id, form_id, form_version, author, data, created_at)"
                " VALUES (?, 'visit', ?, 'ana', ?, '2026-12-01T10:00:00Z')",
                (sid, version, json.dumps(record, ensure_ascii=False)),
            )


def _keep(session: Session, definition: FormDefinition) -> None:
    """The workspace's copy of a version, as ``FormLibrary.keep`` stores a shipped one."""
    session.store.execute(
        "INSERT OR REPLACE INTO kept_forms (form_id, version, title, xform, sha256, kept_at)"
        " VALUES (?, ?, ?, ?, ?, datetime('now'))",
        (definition.form_id, definition.version, "Visit", definition.xml,
         xform_sha256(definition.xml)),
    )  # fmt: skip


def test_each_form_version_and_layout_exports_its_own_columns(tmp_path: Path) -> None:
    session, _ = Workspace.create(tmp_path / "ws", "ana", "correct horse battery", cost=CHEAP)
    v1, v2 = load_markdown(FORM_V1), load_markdown(FORM_V2)
    assert (v1.version, v2.version) == ("1", "2")
    _keep(session, v1)  # version 1 read from the workspace's copy, version 2 from the library
    library = _Library(extra=(v2,)).on(session.store)
    assert library.stored("visit", "1") is not None and library.stored("visit", "2") is None
    _submit(session, [
        ("a1", "1", {"place": "Mae Sot", "people": "3", "adults": "9"}),
        ("a2", "2", {"place": "Poipet", "people": "8", "adults": "2"}),
    ])  # fmt: skip
    run_export(session, format="csv", out=tmp_path / "first", library=library)
    first = tmp_path / "first"
    one = (first / "visit-v1.csv").read_text("utf-8-sig").splitlines()
    two = (first / "visit-v2.csv").read_text("utf-8-sig").splitlines()
    assert one[0].endswith(",place,people") and one[1].endswith(",Mae Sot,3")
    assert two[0].endswith(",place,adults") and two[1].endswith(",Poipet,2")

    # the workspace's copy of version 1 is replaced by another layout: its kept rows are stale
    relaid = load_markdown(FORM_V1.replace("| integer      | people  | People |",
                                           "| integer      | adults  | Adults |"))  # fmt: skip
    with session.store.atomic():
        _keep(session, relaid)
    run_export(session, format="csv", out=tmp_path / "again", library=library)
    one = (tmp_path / "again" / "visit-v1.csv").read_text("utf-8-sig").splitlines()
    assert one[0].endswith(",place,adults") and one[1].endswith(",Mae Sot,9")
    session.lock()


ODD = """
| survey |              |        |        |
|        | type         | name   | label  |
|        | text         | only   | Only   |
|        | begin_repeat | kids   | Kids   |
|        | text         | kid    | Kid    |
|        | end_repeat   |        |        |
|        | begin_group  | more   | More   |
|        | text         | a.b    | A      |
|        | text         | c-d    | C      |
|        | end_group    |        |        |
|        | begin_repeat | pets   | Pets   |
|        | text         | pet    | Pet    |
|        | end_repeat   |        |        |
"""


@pytest.mark.parametrize("paths", [500, 1, 2])
def test_odd_records_read_by_sql_are_what_build_tables_makes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, paths: int
) -> None:
    """One column and one repeat (each path asked twice of SQLite), NaN (which SQLite reads as
    null: such a record takes the slow way), numbers, booleans, groups and lists where a value
    belongs, a record that is not an object; with the paths asked in several calls too (a form
    of more columns than one call of SQLite's takes)."""
    monkeypatch.setattr(export_rows, "PATHS", paths)
    session, _ = Workspace.create(tmp_path / "ws", "ana", "correct horse battery", cost=CHEAP)
    definition = load_markdown(ODD)
    library = _Library(extra=(definition,)).on(session.store)
    records: list[tuple[str, Any]] = [
        ("s1", {"instance_id": "uuid:1", "data": {"only": float("nan"), "kids": [{"kid": 1.5}]}}),
        ("s2", {"instance_id": 7, "data": {"only": True, "kids": {"kid": {"x": 1}}}}),
        ("s3", {"instance_id": None, "data": {"only": [1], "kids": [{"kid": None}, "no"]}}),
        ("s4", {"instance_id": "uuid:4", "data": {"only": "=SUM(A1)", "kids": []}}),
        ("s5", {"instance_id": "uuid:5", "data": {"only": 12345678901234567890123}}),
        ("s6", ["not", "a", "record"]),
        ("s7", {"instance_id": "uuid:7", "data": {"only": "NaN", "kids": [{"kid": "-1"}]}}),
        (
            "s8",
            {
                "instance_id": "uuid:8",
                "data": {
                    "more": {"a.b": "x", "c-d": "@y"},
                    "pets": [{"pet": "ស្វា"}, {"pet": "=1"}],
                },
            },
        ),
    ]
    with session.store.atomic():
        for sid, record in records:
            session.store.execute(
                "INSERT INTO submissions (id, form_id, form_version, author, data, created_at)"
                " VALUES (?, ?, ?, 'ana', ?, '2026-12-01T10:00:00Z')",
                (sid, definition.form_id, definition.version, json.dumps(record)),
            )
    for attempt in ("first", "again"):  # made in the pass, then read back
        run_export(session, format="csv", out=tmp_path / attempt, library=library)
    rows = []
    for sid, record in records:
        body = record if isinstance(record, dict) else {}
        instance = body.get("instance_id")
        key = "" if instance is None else str(int(instance) if instance is True else instance)
        rows.append(SubmissionRow(sid, definition.version, "ana", "2026-12-01T10:00:00Z", None,
                                  key, body.get("data") or {}))  # fmt: skip
    (tmp_path / "direct").mkdir()
    write_csv(build_tables(definition, rows), tmp_path / "direct")
    expected = _files(tmp_path / "direct")
    assert ",nan" in expected["data.csv"].decode("utf-8-sig")
    for attempt in ("first", "again"):
        got = _files(tmp_path / attempt)
        assert {n: got[n] for n in expected} == expected
    session.lock()


def test_a_json_export_is_written_as_json_dumps_writes_the_whole_document(
    tmp_path: Path,
) -> None:
    """Streamed a chunk at a time, the JSON file is what ``json.dumps`` made of the document held
    whole: same layout, same escapes, a later table of the same name in an earlier one's place."""
    rnd = random.Random(5)
    pieces = ["a", "\n", '"', "ក", "\\", " ", "", "x\ty", "{}", "[]", "\u2028"]
    for attempt in range(300):
        tables, held = [], []
        for _ in range(rnd.randint(0, 4)):
            columns = [rnd.choice(["KEY", "a", "b", "ក", "c\n", "a"]) for _ in range(4)]
            rows = [
                ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 3))) for _ in columns]
                for _ in range(rnd.randint(0, 7))
            ]
            name = rnd.choice(["intake", "cases", "x\n", "ក"])
            tables.append(Table(name, columns, columns, source=_chunks_of(rows)))
            held.append((name, columns, rows))
        extras: list[dict[str, object] | None] = [
            None,
            {},
            {"cases": [1, {"a": [2, {}]}]},
            {"new": {"k": "v\n"}},
        ]
        extra = rnd.choice(extras)
        write_json(tables, tmp_path / "export.json", extra)
        document: dict[str, object] = {
            name: [dict(zip(columns, r, strict=True)) for r in rows] for name, columns, rows in held
        }
        document.update(extra or {})
        expected = json.dumps(document, ensure_ascii=False, indent=1)
        assert (tmp_path / "export.json").read_text("utf-8") == expected, attempt


def _chunks_of(rows: list[list[str]]) -> Callable[[], Iterator[list[Any]]]:
    return lambda: iter([rows[i : i + 2] for i in range(0, len(rows), 2)])
