"""Photos of documents travel in USB transfer files: sealed, signed, verified end to end like a
download; importing twice keeps nothing twice; a tampered one is quarantined, the rest kept."""

from __future__ import annotations

import base64
import json
import os
import textwrap
import tracemalloc
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.cases.book import CaseBook
from app.errors import BadInput
from app.interviews import attachments
from app.interviews.interview import Interview
from app.team.case_book import case_book
from app.team.keyring import Keyring
from app.team.membership import admit, found_team, join, make_request
from app.team.transfer import (
    FORMAT,
    FORMAT_STREAMED,
    FORMAT_WITH_ATTACHMENTS,
    transfer_in,
    transfer_out,
)
from app.team.verification import refused_items
from app.workspace.folder import Workspace
from forms.load import load_markdown
from sync.envelope import seal
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
    return case_book(session, today=lambda: TODAY)


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


def _lines(path: Path) -> list[dict[str, Any]]:
    """A streamed transfer file's lines: header, envelopes, attachments, end."""
    return [json.loads(line) for line in path.read_bytes().splitlines()]


def _write_lines(path: Path, lines: list[dict[str, Any]]) -> None:
    path.write_bytes(b"".join(json.dumps(line).encode() + b"\n" for line in lines))


def _attachment_lines(lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [line["attachment"] for line in lines if "attachment" in line]


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
    assert json.loads(data.splitlines()[0])["format"] == FORMAT_STREAMED

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
    good = path.read_bytes()
    lines = _lines(path)
    victim = _attachment_lines(lines)[0]["envelope"]
    body = bytearray(base64.b64decode(victim["body"]))
    body[len(body) // 2] ^= 1
    victim["body"] = base64.b64encode(bytes(body)).decode()
    _write_lines(path, lines)

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
    path.write_bytes(good)
    later = transfer_in(supervisor, path)
    assert (later.attachments, later.attachment_duplicates, later.refused) == (1, 1, [])
    assert attachments.read(supervisor.store, victim["id"]) == files[victim["id"]]
    assert refused_items(supervisor) == []


def test_a_photo_whose_header_lacks_a_field_is_refused_not_a_crash(
    team: tuple[CaseBook, CaseBook], tmp_path: Path
) -> None:
    """A laptop of the team (buggy or tampered with) seals a photo whose header lacks its
    question: the import refuses that photo with the reason and keeps the rest."""
    supervisor, field = team
    _, files = _evidence(field, "Header")
    path = tmp_path / "header.transfer"
    transfer_out(field, path)
    lines = _lines(path)
    victim = _attachment_lines(lines)[0]
    kept = attachments.get(field.store, victim["envelope"]["id"])
    assert kept is not None
    header = {**kept.manifest_entry(), "device": field.device}
    header.update(format="fieldcase-attachment-1", submission_id=victim["submission_id"])
    del header["question"]
    keyring = Keyring(field.store)
    victim["envelope"] = seal(
        json.dumps(header).encode() + b"\n" + files[kept.id],
        recipients=keyring.recipients(),
        signer=keyring.signing_key(),
        envelope_id=kept.id,
        team="bangkok-shelter",
        device=field.device,
        kind="attachment",
    ).to_wire()
    _write_lines(path, lines)
    report = transfer_in(supervisor, path)
    assert report.attachments == 1 and len(report.refused) == 1
    assert report.refused[0][0] == kept.id and "lacks 'question'" in report.refused[0][1]
    assert attachments.get(supervisor.store, kept.id) is None


def test_a_photo_passed_off_as_another_submissions_is_refused(
    team: tuple[CaseBook, CaseBook], tmp_path: Path
) -> None:
    supervisor, field = team
    first, _ = _evidence(field, "One")
    second, _ = _evidence(field, "Two")
    path = tmp_path / "swap.transfer"
    transfer_out(field, path)
    lines = _lines(path)
    moved = next(a for a in _attachment_lines(lines) if a["submission_id"] == first)
    moved["submission_id"] = second
    _write_lines(path, lines)
    with pytest.raises(BadInput, match="not a complete fieldcase transfer"):
        transfer_in(supervisor, path)  # the signed manifest names each photo's submission
    # Dropping a photo from the file is noticed the same way, even with the count mended.
    transfer_out(field, path)
    lines = _lines(path)
    dropped = [line for line in lines if "attachment" not in line or line is not lines[-2]]
    dropped[-1]["end"]["attachments"] -= 1
    _write_lines(path, dropped)
    with pytest.raises(BadInput, match="not a complete fieldcase transfer"):
        transfer_in(supervisor, path)
    assert supervisor.count() == 0 and _counts(supervisor) == (0, 0)


@pytest.mark.parametrize("cut", ["the end line", "half a photo", "a line added"])
def test_a_file_cut_short_or_added_to_is_refused_whole(
    team: tuple[CaseBook, CaseBook], tmp_path: Path, cut: str
) -> None:
    """A USB stick pulled out while the file was copied: nothing of it is applied."""
    supervisor, field = team
    _evidence(field, "Cut")
    path = tmp_path / "cut.transfer"
    transfer_out(field, path)
    data = path.read_bytes()
    if cut == "the end line":
        path.write_bytes(data[: data.rstrip(b"\n").rfind(b"\n") + 1])
    elif cut == "half a photo":
        path.write_bytes(data[: len(data) // 2])
    else:
        path.write_bytes(data + json.dumps({"envelope": _lines(path)[1]["envelope"]}).encode())
    with pytest.raises(BadInput, match="not a complete fieldcase transfer"):
        transfer_in(supervisor, path)
    assert supervisor.count() == 0 and _counts(supervisor) == (0, 0)


def test_a_file_of_the_previous_version_still_imports(
    team: tuple[CaseBook, CaseBook], tmp_path: Path
) -> None:
    """``fieldcase-transfer-2``: one JSON document with the photos, as the previous version wrote."""
    supervisor, field = team
    _, files = _evidence(field, "Old")
    path = tmp_path / "old.transfer"
    transfer_out(field, path)
    lines = _lines(path)
    head, end = lines[0], lines[-1]["end"]
    envelopes = [line["envelope"] for line in lines if "envelope" in line]
    carried = _attachment_lines(lines)
    document = {
        **head,
        "format": FORMAT_WITH_ATTACHMENTS,
        "manifest_signature": end["manifest_signature"],  # the same manifest, signed the same
        "envelopes": envelopes,
        "attachments": carried,
    }
    path.write_text(json.dumps(document))
    report = transfer_in(supervisor, path)
    assert report.refused == [] and report.attachments == 2
    for attachment_id, original in files.items():
        assert attachments.read(supervisor.store, attachment_id) == original


def _peaks(field: CaseBook, supervisor: CaseBook, path: Path) -> tuple[int, int]:
    """The most memory Python held while writing, then while importing, ``path``."""
    tracemalloc.start()
    try:
        transfer_out(field, path)
        _, written = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        report = transfer_in(supervisor, path)
        _, read = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert report.refused == []
    return written, read


def test_writing_and_reading_hold_one_photo_at_a_time(
    team: tuple[CaseBook, CaseBook], tmp_path: Path
) -> None:
    """Weeks of photos must fit a field laptop's memory: what writing or importing a file holds at
    once does not grow with the number of photos in it (a file read whole would need four times
    as much for four times the photos)."""
    supervisor, field = team
    _evidence(field, "First")  # a photo of 0.7 MB and a small scan
    few = _peaks(field, supervisor, tmp_path / "few.transfer")
    for n in range(6):
        _evidence(field, f"Person {n}")
    many = _peaks(field, supervisor, tmp_path / "many.transfer")
    assert (tmp_path / "many.transfer").stat().st_size > 6 * (
        tmp_path / "few.transfer"
    ).stat().st_size
    assert many[0] < 1.5 * few[0] and many[1] < 1.5 * few[1], (few, many)


def test_photos_the_server_already_has_travel_with_all(
    team: tuple[CaseBook, CaseBook], tmp_path: Path
) -> None:
    supervisor, field = team
    _, files = _evidence(field, "Malee")
    from app.team.attachment_sync import seal_pending

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
