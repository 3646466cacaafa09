"""Photos of documents travel in USB transfer files: sealed, signed, verified end to end like a
download; importing twice keeps nothing twice; a tampered one is quarantined, the rest kept."""

from __future__ import annotations

import base64
import json
import os
import textwrap
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from app import attachments
from app.cases.book import CaseBook
from app.errors import BadInput
from app.interview import Interview
from app.team import admit, found_team, join, make_request
from app.transfer import FORMAT, FORMAT_WITH_ATTACHMENTS, transfer_in, transfer_out
from app.verification import refused_items
from app.workspace import Workspace
from forms.load import load_markdown
from tests.conftest import CHEAP, PASSWORD

TODAY = date(2026, 11, 28)
EVIDENCE = load_markdown(
    textwrap.dedent(
        """
        | survey   |           |            |                |
        |          | type      | name       | label          |
        |          | text      | first_name | First name     |
        |          | image     | passport   | Passport photo |
        |          | file      | consent    | Signed consent |
        | settings |           |            |                |
        |          | form_id   | version    |                |
        |          | evidence  | 1          |                |
        """
    )
)
MARKER = b"Qzxv-usb-attachment-plaintext-" * 32


def _laptop(tmp_path: Path, name: str, user: str) -> CaseBook:
    session, _ = Workspace.create(tmp_path / name, user, PASSWORD, cost=CHEAP)
    return CaseBook(session, today=lambda: TODAY)


@pytest.fixture
def team(tmp_path: Path) -> Iterator[tuple[CaseBook, CaseBook]]:
    supervisor = _laptop(tmp_path, "supervisor", "ana")
    field = _laptop(tmp_path, "field", "sopheap")
    found_team(supervisor, "bangkok-shelter")
    request, shown = make_request(field)
    welcome, _ = admit(supervisor, request, expected_fingerprint=shown)
    join(field, welcome)
    yield supervisor, field
    supervisor.session.lock()
    field.session.lock()


def _evidence(book: CaseBook, name: str, case_id: str = "") -> tuple[str, dict[str, bytes]]:
    """Finish one interview with a passport photo and a consent scan; (submission id, files)."""
    interview = Interview.start(book.session, book, EVIDENCE, case_id=case_id or None)
    assert interview.draft_id is not None
    interview.set_answer("first_name", name)
    files: dict[str, bytes] = {}
    for question, original, size in (
        ("passport", "passport.jpg", 700_000),
        ("consent", "c.pdf", 900),
    ):
        data = MARKER + os.urandom(size)
        kept = attachments.add(
            book.session, data, original_name=original, question=question,
            draft_id=interview.draft_id,
        )  # fmt: skip
        interview.set_answer(question, kept.file_name)
        files[kept.id] = data
    return interview.finish().submission_id, files


def _counts(book: CaseBook) -> tuple[int, int]:
    return (
        int(book.store.scalar("SELECT count(*) FROM attachments")),
        int(book.store.scalar("SELECT count(*) FROM attachment_chunks")),
    )


def test_photos_travel_by_usb_and_importing_twice_keeps_nothing_twice(
    team: tuple[CaseBook, CaseBook], tmp_path: Path
) -> None:
    supervisor, field = team
    submission_id, files = _evidence(field, "ដារ៉ា")
    usb = tmp_path / "field.fieldcase-transfer"
    summary = transfer_out(field, usb)
    assert summary.attachments == 2
    data = usb.read_bytes()
    assert MARKER[:30] not in data and "ដារ៉ា".encode() not in data
    assert json.loads(data)["format"] == FORMAT_WITH_ATTACHMENTS

    report = transfer_in(supervisor, usb)
    assert report.refused == [] and report.attachments == 2
    for attachment_id, original in files.items():
        kept, opened = attachments.view(supervisor.session, attachment_id)
        assert opened == original and kept.submission_id == submission_id
        assert kept.device == field.device
    before = _counts(supervisor)
    again = transfer_in(supervisor, usb)
    assert (again.attachments, again.attachment_duplicates, again.refused) == (0, 2, [])
    assert _counts(supervisor) == before
    assert again.to_json()["attachment_duplicates"] == 2
    # Nothing of the photos reached the supervisor's disk in clear either.
    supervisor.store.checkpoint()
    raw = b"".join(
        p.read_bytes() for p in supervisor.session.workspace.path.iterdir() if p.is_file()
    )
    assert MARKER[:30] not in raw


def test_a_tampered_photo_is_quarantined_and_the_rest_kept(
    team: tuple[CaseBook, CaseBook], tmp_path: Path
) -> None:
    supervisor, field = team
    _, files = _evidence(field, "Sokha")
    path = tmp_path / "t.transfer"
    transfer_out(field, path)
    good = path.read_text()
    document = json.loads(good)
    victim = document["attachments"][0]["envelope"]
    body = bytearray(base64.b64decode(victim["body"]))
    body[len(body) // 2] ^= 1
    victim["body"] = base64.b64encode(bytes(body)).decode()
    path.write_text(json.dumps(document))

    report = transfer_in(supervisor, path)
    assert report.applied == 1  # the submission
    assert report.attachments == 1 and len(report.refused) == 1
    refused_id, reason = report.refused[0]
    assert refused_id == victim["id"] and "signature does not verify" in reason
    assert attachments.get(supervisor.store, victim["id"]) is None
    other = next(i for i in files if i != victim["id"])
    assert attachments.read(supervisor.store, other) == files[other]
    [item] = refused_items(supervisor)
    assert (item.envelope_id, item.kind, item.device) == (victim["id"], "attachment", field.device)
    assert (
        supervisor.store.scalar(
            "SELECT count(*) FROM attachment_chunks WHERE blob = ?", (victim["id"],)
        )
        == 0
    )
    # The intact file, imported later, brings the photo: a quarantined item may come again.
    path.write_text(good)
    later = transfer_in(supervisor, path)
    assert (later.attachments, later.attachment_duplicates, later.refused) == (1, 1, [])
    assert attachments.read(supervisor.store, victim["id"]) == files[victim["id"]]
    assert refused_items(supervisor) == []


def test_a_photo_passed_off_as_another_submissions_is_refused(
    team: tuple[CaseBook, CaseBook], tmp_path: Path
) -> None:
    supervisor, field = team
    first, _ = _evidence(field, "One")
    second, _ = _evidence(field, "Two")
    path = tmp_path / "swap.transfer"
    transfer_out(field, path)
    document = json.loads(path.read_text())
    moved = next(a for a in document["attachments"] if a["submission_id"] == first)
    moved["submission_id"] = second
    path.write_text(json.dumps(document))
    with pytest.raises(BadInput, match="not a complete fieldcase transfer"):
        transfer_in(supervisor, path)  # the signed manifest names each photo's submission
    # Dropping a photo from the file is noticed the same way.
    transfer_out(field, path)
    document = json.loads(path.read_text())
    del document["attachments"][0]
    path.write_text(json.dumps(document))
    with pytest.raises(BadInput, match="not a complete fieldcase transfer"):
        transfer_in(supervisor, path)
    assert supervisor.count() == 0 and _counts(supervisor) == (0, 0)


def test_photos_the_server_already_has_travel_with_all(
    team: tuple[CaseBook, CaseBook], tmp_path: Path
) -> None:
    supervisor, field = team
    _, files = _evidence(field, "Malee")
    from app.attachment_sync import seal_pending

    assert seal_pending(field) == 2
    # As after an upload: the server stored them, the sealed copies are gone.
    with field.store.atomic():
        field.store.execute("UPDATE attachment_outbox SET sent_at = '2026-11-28T00:00:00Z'")
        for attachment_id in files:
            attachments.drop_blob(field.store, f"sealed:{attachment_id}")
    path = tmp_path / "pending.transfer"
    assert transfer_out(field, path).attachments == 0
    assert json.loads(path.read_text())["format"] == FORMAT  # readable by older laptops
    assert transfer_out(field, path, include_sent=True).attachments == 2
    report = transfer_in(supervisor, path)
    assert report.refused == [] and report.attachments == 2
    for attachment_id, original in files.items():
        assert attachments.read(supervisor.store, attachment_id) == original


def test_an_erased_cases_photos_do_not_come_back_from_an_old_file(
    team: tuple[CaseBook, CaseBook], tmp_path: Path
) -> None:
    supervisor, field = team
    case_id = field.open_case({"prs_First_Name": "Erase me"}, "intake")
    submission_id, files = _evidence(field, "Erase me", case_id=case_id)
    field.follow_up(case_id, TODAY, {}, submission_id=submission_id)  # the photos join the case
    old = tmp_path / "old.transfer"
    transfer_out(field, old)
    assert transfer_in(supervisor, old).attachments == 2
    supervisor.erase(case_id, "registered twice by mistake")
    assert all(attachments.get(supervisor.store, i) is None for i in files)
    erasure = tmp_path / "erasure.transfer"
    transfer_out(supervisor, erasure)
    assert transfer_in(field, erasure).erased == 1
    assert all(attachments.get(field.store, i) is None for i in files)
    for laptop in (supervisor, field):
        again = transfer_in(laptop, old)
        assert again.attachments == 0 and again.refused == []
        assert again.attachment_duplicates == 2
        assert _counts(laptop) == (0, 0)
