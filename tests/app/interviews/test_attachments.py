"""Attachments in the workspace: kept encrypted in chunks, linked to draft then submission,
size-limited, removed with an erased case, never a loose plaintext file."""

from __future__ import annotations

import hashlib
import os
import textwrap
from pathlib import Path

import pytest

from app.cases.book import CaseBook
from app.interviews import attachments
from app.interviews.interview import Interview
from app.team.case_book import case_book
from app.workspace import settings as workspace_settings
from app.workspace.session import Session
from forms.load import load_markdown
from tests.app.form_filler import TODAY

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
MARKER = b"Qzxv-attachment-plaintext-marker-" * 64


def _photo(size: int = 600_000) -> bytes:
    return MARKER + os.urandom(size)


@pytest.fixture
def book(session: Session) -> CaseBook:
    return case_book(session)


def _interview(session: Session, book: CaseBook) -> Interview:
    interview = Interview.start(session, book, EVIDENCE)
    interview.set_answer("first_name", "Dara")
    return interview


def test_an_attachment_is_kept_in_chunks_and_read_back_intact(
    session: Session, book: CaseBook
) -> None:
    interview = _interview(session, book)
    assert interview.draft_id is not None
    data = _photo()
    kept = attachments.add(
        session, data, original_name="C:\\scans\\Passport.JPG", question="passport",
        draft_id=interview.draft_id,
    )  # fmt: skip
    assert kept.file_name == f"{kept.id}.jpg" and kept.original_name == "Passport.JPG"
    assert kept.media_type == "image/jpeg" and kept.size == len(data)
    rows = session.store.scalar("SELECT count(*) FROM attachment_chunks WHERE blob = ?", (kept.id,))
    assert rows == -(-len(data) // attachments.CHUNK) and rows > 1
    assert attachments.read(session.store, kept.id) == data
    assert attachments.by_file_name(session.store, kept.file_name) == kept


def test_a_file_past_the_limit_is_refused_with_its_size_and_the_limit(
    session: Session, book: CaseBook
) -> None:
    interview = _interview(session, book)
    assert interview.draft_id is not None
    workspace_settings.set_attachment_limit(session, 1)
    with pytest.raises(attachments.AttachmentTooLarge) as caught:
        attachments.add(
            session, b"x" * 1_500_000, original_name="scan.pdf", question="consent",
            draft_id=interview.draft_id,
        )  # fmt: skip
    assert "1.5 MB" in str(caught.value) and "1 MB" in str(caught.value)
    assert session.store.scalar("SELECT count(*) FROM attachments") == 0
    assert session.store.scalar("SELECT count(*) FROM attachment_chunks") == 0


def test_finishing_links_the_answered_attachments_and_drops_the_replaced_one(
    session: Session, book: CaseBook
) -> None:
    interview = _interview(session, book)
    draft_id = interview.draft_id
    assert draft_id is not None
    first = attachments.add(
        session, _photo(1000), original_name="a.jpg", question="passport", draft_id=draft_id
    )
    interview.set_answer("passport", first.file_name)
    second = attachments.add(
        session, _photo(2000), original_name="b.png", question="passport", draft_id=draft_id
    )
    interview.set_answer("passport", second.file_name)  # replaced: the first is not an answer
    consent = attachments.add(
        session, b"%PDF-1.4 consent", original_name="consent.pdf", question="consent",
        draft_id=draft_id,
    )  # fmt: skip
    interview.set_answer("consent", consent.file_name)
    done = interview.finish()
    record = session.submission(done.submission_id)
    assert [a["id"] for a in record["attachments"]] == sorted([second.id, consent.id])
    assert record["data"]["passport"] == second.file_name
    assert attachments.get(session.store, first.id) is None
    linked = attachments.for_submissions(session.store, [done.submission_id])
    assert {a.id for a in linked} == {second.id, consent.id}
    assert all(a.submission_id == done.submission_id and a.draft_id is None for a in linked)
    assert (
        session.store.scalar("SELECT count(*) FROM attachment_chunks WHERE blob = ?", (first.id,))
        == 0
    )


def test_removing_a_draft_answer_deletes_its_file_but_never_a_submissions(
    session: Session, book: CaseBook
) -> None:
    interview = _interview(session, book)
    draft_id = interview.draft_id
    assert draft_id is not None
    kept = attachments.add(
        session, _photo(100), original_name="a.jpg", question="passport", draft_id=draft_id
    )
    assert attachments.remove_from_draft(session, kept.file_name, draft_id)
    assert attachments.get(session.store, kept.id) is None
    again = attachments.add(
        session, _photo(100), original_name="a.jpg", question="passport", draft_id=draft_id
    )
    interview.set_answer("passport", again.file_name)
    done = interview.finish()
    assert not attachments.remove_from_draft(session, again.file_name, draft_id)
    assert attachments.for_submissions(session.store, [done.submission_id])


def test_saving_a_copy_is_an_audited_export(
    session: Session, book: CaseBook, tmp_path: Path
) -> None:
    interview = _interview(session, book)
    assert interview.draft_id is not None
    data = _photo(100)
    kept = attachments.add(
        session, data, original_name="a.jpg", question="passport", draft_id=interview.draft_id
    )
    attachments.save_copy(session, kept.id, tmp_path / "copy.jpg")
    assert (tmp_path / "copy.jpg").read_bytes() == data
    row = session.store.query_one(
        "SELECT action, detail FROM audit WHERE object = ? ORDER BY seq DESC",
        (f"attachment:{kept.id}",),
    )
    assert row[0] == "export" and row[1].endswith("copy.jpg")


def test_erasing_a_case_removes_its_attachments(session: Session, book: CaseBook) -> None:
    from forms.entities import case_declaration

    assert case_declaration(EVIDENCE) is None  # the form opens no case: attach it to one by hand
    case_id = book.open_case({"prs_First_Name": "Dara"}, "intake")
    interview = Interview.start(session, book, EVIDENCE, case_id=case_id)
    assert interview.draft_id is not None
    kept = attachments.add(
        session, _photo(300_000), original_name="a.jpg", question="passport",
        draft_id=interview.draft_id,
    )  # fmt: skip
    interview.set_answer("passport", kept.file_name)
    done = interview.finish()
    book.follow_up(case_id, TODAY, {}, submission_id=done.submission_id)
    pending = Interview.start(session, book, EVIDENCE, case_id=case_id)
    assert pending.draft_id is not None
    in_draft = attachments.add(
        session, _photo(10), original_name="b.jpg", question="passport", draft_id=pending.draft_id
    )
    book.erase(case_id, "the person asked for it")
    assert attachments.get(session.store, kept.id) is None
    assert attachments.get(session.store, in_draft.id) is None
    assert session.store.scalar("SELECT count(*) FROM attachment_chunks") == 0


def test_attachment_bytes_never_reach_the_disk_in_clear(
    session: Session, book: CaseBook, tmp_path: Path
) -> None:
    interview = _interview(session, book)
    assert interview.draft_id is not None
    kept = attachments.add(
        session, _photo(50_000), original_name="a.jpg", question="passport",
        draft_id=interview.draft_id,
    )  # fmt: skip
    interview.set_answer("passport", kept.file_name)
    interview.finish()
    folder = session.workspace.path
    found = [p.name for p in folder.rglob("*") if p.is_file() and MARKER[:40] in p.read_bytes()]
    assert found == []
    assert hashlib.sha256(attachments.read(session.store, kept.id)).hexdigest() == kept.sha256
