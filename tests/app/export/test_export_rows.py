"""The export's output pinned byte for byte, and the kept export rows: made once, current, erased.

The flattening moved into ``app.export.rows`` (each submission flattened once and kept inside the
encrypted store) to make exports fast; these tests make sure that changed nothing a supervisor
receives: the bytes of a small export are written out here, and an export from kept rows equals
one that reads every record afresh.
"""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

import openpyxl
import pytest

from app.export import rows as export_rows
from app.export.service import run_export
from app.export.tables import SubmissionRow, build_tables
from app.export.writers import _RISKY, safe_cell, safe_row, write_csv, write_xlsx
from app.interviews.demo import add_demo_cases
from app.team.case_book import case_book
from app.workspace.folder import Workspace
from app.workspace.session import Session
from forms import load_markdown
from tests.app.form_filler import TODAY
from tests.conftest import CHEAP

FORM = """
| survey  |                        |         |        |
|         | type                   | name    | label  |
|         | text                   | head    | Head   |
|         | integer                | age     | Age    |
|         | select_one yn          | ok      | OK?    |
|         | begin_group            | contact | Contact |
|         | text                   | phone   | Phone  |
|         | select_multiple colour | colours | Colours |
|         | end_group              |         |        |
|         | begin_repeat           | family  | Family |
|         | text                   | member  | Member |
|         | begin_repeat           | visit   | Visit  |
|         | date                   | when    | When   |
|         | end_repeat             |         |        |
|         | end_repeat             |         |        |
|         | note                   | bye     | Thanks |
| choices |           |      |       |
|         | list_name | name | label |
|         | yn        | yes  | Yes   |
|         | yn        | no   | No    |
|         | colour    | red  | Red   |
|         | colour    | blue | Blue  |
"""

# Every odd thing a record can hold: scripts, quotes and line breaks, formula-like answers, a
# number and a boolean where text is usual, a group that is not one, a repeat given as one object,
# an instance that is not an object, nested repeats, an empty record.
SUBMISSIONS = [
    SubmissionRow("s1", "v1", "ana", "2026-11-28T10:00:00Z", "c1", "uuid:1", {
        "head": 'ដារ៉ា, "Dara"\nline two', "age": "17", "ok": "yes",
        "contact": {"phone": "+855 12 345 678", "colours": "red blue"},
        "family": [
            {"member": '=HYPERLINK("x")', "visit": [{"when": "2026-01-02"}, {"when": ""}]},
            {"member": "-5", "visit": {"when": "2026-02-03"}},
        ],
        "bye": "", "meta": {"instanceID": "uuid:1"},
    }),
    SubmissionRow("s2", "v1", "bo", "2026-11-29T10:00:00Z", None, "", {
        "head": "@home", "age": 42, "ok": True, "contact": "not a group",
        "family": {"member": "ซอ", "visit": []},
    }),
    SubmissionRow("s3", "v1", "cy", "2026-11-30T10:00:00Z", None, "uuid:3", {
        "head": ["a", "b"], "age": None, "ok": {"x": 1},
        "contact": {"phone": "\tTab", "colours": "blue"},
        "family": ["not a dict", {"member": "မောင်", "visit": [{"when": "1990-05-06"}]}],
    }),
    SubmissionRow("s4", "v1", "dee", "2026-12-01T10:00:00Z", "c4", "uuid:4", {}),
]  # fmt: skip

# Written by the exporter before the export rows existed; an optimisation must not change a byte.
PINNED = {
    "data.csv": b"\xef\xbb\xbfKEY,SUBMISSION_ID,FORM_VERSION,AUTHOR,SUBMITTED,CASE_ID,head,age,ok,"
    b'phone,colours\r\nuuid:1,s1,v1,ana,2026-11-28T10:00:00Z,c1,"\xe1\x9e\x8a\xe1\x9e\xb6\xe1\x9e'
    b'\x9a\xe1\x9f\x89\xe1\x9e\xb6, ""Dara""\nline two",17,yes,\'+855 12 345 678,red blue\r\ns2,s2,'
    b"v1,bo,2026-11-29T10:00:00Z,,'@home,42,True,,\r\nuuid:3,s3,v1,cy,2026-11-30T10:00:00Z,,,,,"
    b"'\tTab,blue\r\nuuid:4,s4,v1,dee,2026-12-01T10:00:00Z,c4,,,,,\r\n",
    "data-family.csv": b"\xef\xbb\xbfPARENT_KEY,KEY,member\r\nuuid:1,uuid:1/family[1],\"'=HYPERLINK"
    b'(""x"")"\r\nuuid:1,uuid:1/family[2],-5\r\ns2,s2/family[1],\xe0\xb8\x8b\xe0\xb8\xad\r\nuuid:3,'
    b"uuid:3/family[2],\xe1\x80\x99\xe1\x80\xb1\xe1\x80\xac\xe1\x80\x84\xe1\x80\xba\r\n",
    "data-visit.csv": b"\xef\xbb\xbfPARENT_KEY,KEY,when\r\nuuid:1/family[1],uuid:1/family[1]/visit[1]"
    b",2026-01-02\r\nuuid:1/family[1],uuid:1/family[1]/visit[2],\r\nuuid:1/family[2],uuid:1/family"
    b"[2]/visit[1],2026-02-03\r\nuuid:3/family[2],uuid:3/family[2]/visit[1],1990-05-06\r\n",
}
PINNED_LABELLED = {  # the same with language "default": labels for headers and choices
    "data.csv": "9738415d386ac2ad5fc4a0d3adae9fe28d33249d9c06993fcc098ad2386820ba",
    "data-family.csv": "488d29817334351d725a67ed203d30671e4f63c7092f77fb51fd82ce1090e9bd",
    "data-visit.csv": "c9ad04256231fca7a3066a0b9a71ed0286f5adcc69638583d5db9d82e0a1d9c1",
}


def test_a_small_export_is_byte_for_byte_what_it_was(tmp_path: Path) -> None:
    definition = load_markdown(FORM)
    (tmp_path / "codes").mkdir()
    (tmp_path / "labels").mkdir()
    write_csv(build_tables(definition, SUBMISSIONS), tmp_path / "codes")
    assert {p.name: p.read_bytes() for p in (tmp_path / "codes").iterdir()} == PINNED
    write_csv(build_tables(definition, SUBMISSIONS, "default"), tmp_path / "labels")
    assert {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in (tmp_path / "labels").iterdir()
    } == PINNED_LABELLED


def test_safe_row_is_safe_cell_on_every_cell() -> None:
    pieces = ["=", "+", "-", "@", "\t", "\r", "a", "1", ".", " ", "\x1f", "ក"]
    rnd = random.Random(8)
    for _ in range(20_000):
        row = [
            "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 4)))
            for _ in range(rnd.randint(1, 6))
        ]
        assert safe_row(row) == [safe_cell(v) if v[:1] in _RISKY else v for v in row], row


def test_xlsx_holds_the_cells_of_the_csv_and_is_the_same_file_each_time(tmp_path: Path) -> None:
    tables = build_tables(load_markdown(FORM), SUBMISSIONS, "default")
    first = write_xlsx(tables, tmp_path / "a.xlsx").read_bytes()
    assert write_xlsx(tables, tmp_path / "b.xlsx").read_bytes() == first
    book = openpyxl.load_workbook(tmp_path / "a.xlsx")
    assert book.sheetnames == ["data", "data-family", "data-visit"]
    for table, sheet in zip(tables, book.worksheets, strict=True):
        cells = [["" if c.value is None else c.value for c in row] for row in sheet.iter_rows()]
        width = len(table.headers)
        expected = [table.headers, *(safe_row(r) for r in table.rows)]
        assert [r + [""] * (width - len(r)) for r in cells] == expected


@pytest.fixture
def workspace(tmp_path: Path) -> Session:
    session, _ = Workspace.create(tmp_path / "ws", "ana", "correct horse battery", cost=CHEAP)
    add_demo_cases(case_book(session, today=lambda: TODAY), 24, seed=4)
    yield session
    session.lock()


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.glob("*.csv")}


def test_kept_rows_export_what_the_records_say(workspace: Session, tmp_path: Path) -> None:
    store = workspace.store
    assert store.scalar("SELECT count(*) FROM export_rows") == 0
    run_export(workspace, format="csv", out=tmp_path / "first", language="km")
    submissions = store.scalar("SELECT count(*) FROM submissions")
    assert store.scalar("SELECT count(*) FROM export_rows") == submissions > 0
    run_export(workspace, format="csv", out=tmp_path / "again", language="km")
    assert _files(tmp_path / "again") == _files(tmp_path / "first")

    # the same tables built straight from the records, as exports did before the kept rows
    by_submission = {
        r[0]: r[1]
        for r in store.query(
            "SELECT json_extract(payload, '$.submission_id'), case_id FROM case_events"
        )
    }
    direct = tmp_path / "direct"
    direct.mkdir()
    records = store.query(
        "SELECT id, form_version, author, created_at, data FROM submissions"
        " WHERE form_id = 'intake' ORDER BY form_version, id"
    )
    subs = []
    for sid, version, author, created, data in records:
        record = json.loads(data)
        subs.append(
            SubmissionRow(
                sid,
                version,
                author,
                created,
                by_submission.get(sid),
                record["instance_id"],
                record["data"],
            )
        )
    from app.interviews.form_library import FormLibrary

    definition = FormLibrary().on(store).get("intake", records[0][1])
    write_csv(build_tables(definition, subs, "km"), direct)
    intake = {n: b for n, b in _files(tmp_path / "first").items() if n.startswith("intake")}
    assert intake and intake == _files(direct)


def test_a_stale_row_is_made_again(workspace: Session, tmp_path: Path) -> None:
    run_export(workspace, format="csv", out=tmp_path / "first")
    store = workspace.store
    sid = store.scalar("SELECT submission_id FROM export_rows ORDER BY submission_id LIMIT 1")
    with store.atomic():
        store.execute(
            "UPDATE export_rows SET shape = 'old', cells = '[]' WHERE submission_id = ?", (sid,)
        )
    run_export(workspace, format="csv", out=tmp_path / "again")
    assert _files(tmp_path / "again") == _files(tmp_path / "first")
    assert store.scalar("SELECT count(*) FROM export_rows WHERE shape = 'old'") == 0


def test_erasing_a_submission_erases_its_row(workspace: Session, tmp_path: Path) -> None:
    run_export(workspace, format="csv", out=tmp_path)
    store = workspace.store
    sid = store.scalar("SELECT submission_id FROM export_rows LIMIT 1")
    with store.atomic():
        store.execute("UPDATE submissions SET author = author WHERE id = ?", (sid,))
    assert store.scalar("SELECT count(*) FROM export_rows WHERE submission_id = ?", (sid,)) == 0
    other = store.scalar("SELECT submission_id FROM export_rows LIMIT 1")
    with store.atomic():
        store.execute("DELETE FROM attachments WHERE submission_id = ?", (other,))
        store.execute("DELETE FROM submissions WHERE id = ?", (other,))
    assert store.scalar("SELECT count(*) FROM export_rows WHERE submission_id = ?", (other,)) == 0


def test_the_fingerprint_follows_the_form_layout() -> None:
    first = load_markdown(FORM)
    second = load_markdown(FORM.replace("| text                   | phone", "| text | mobile"))
    one = export_rows.fingerprint(first, export_rows.Flattener(first))
    assert one == export_rows.fingerprint(first, export_rows.Flattener(first))
    assert one != export_rows.fingerprint(second, export_rows.Flattener(second))
