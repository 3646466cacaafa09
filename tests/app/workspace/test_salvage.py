"""Salvage: one flipped bit in one page no longer costs the whole workspace.

A workspace with demo cases and attachments gets one bit flipped in a page of its events (or of an
attachment's bytes); the normal open then fails with an error that names salvage; salvage copies
every row whose pages still verify into a new workspace, which every user's password opens, with
the same events for every case whose pages were intact, the salvage in its audit log, and a report
naming what was lost. The damaged folder is never written.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from app.errors import BadInput, PermissionDenied, WorkspaceDamaged, WrongCredentials
from app.interviews import attachments
from app.team.case_book import case_book
from app.workspace import audit
from app.workspace.folder import Workspace
from app.workspace.salvage import salvage
from app.workspace.salvage_copy import SALVAGE
from tests.app.workspace.damaged import (
    Made,
    an_overflow_page,
    events_by_case,
    file_digests,
    flip_bit,
    interior_root,
    make_workspace,
    middle_leaf,
)
from tests.conftest import PASSWORD


@pytest.fixture
def made(tmp_path: Path) -> Made:
    return make_workspace(tmp_path / "ws")


def _open(folder: Path, user: str = "ana") -> tuple[dict[str, list[tuple[str, str, str]]], int]:
    session = Workspace.at(folder).login(user, PASSWORD)
    try:
        case_book(session).rebuild()
        cases = int(session.store.scalar("SELECT count(*) FROM cases"))
        return events_by_case(session), cases
    finally:
        session.lock()


def test_salvage_of_an_undamaged_workspace_loses_nothing(made: Made, tmp_path: Path) -> None:
    report = salvage(made.folder, tmp_path / "new", "ana", PASSWORD)

    assert report.complete and not report.damaged_pages
    assert "Nothing was lost." in report.text()
    assert report.to_json()["complete"] is True
    events, cases = _open(tmp_path / "new")
    assert events == made.events and cases == len(made.events)
    Workspace.at(tmp_path / "new").login("sok", PASSWORD).lock()  # every user's password
    session = Workspace.at(tmp_path / "new").recover(made.recovery_code, "ana", PASSWORD)
    try:
        for attachment_id, digest in made.attachments.items():
            data = attachments.read(session.store, attachment_id)
            assert hashlib.sha256(data).hexdigest() == digest
        assert session.check()["ok"]
    finally:
        session.lock()


def test_a_flipped_bit_in_an_events_page_loses_only_that_page(made: Made, tmp_path: Path) -> None:
    page, lost_ids = middle_leaf(made.folder, "case_events")
    flip_bit(made.folder, page)

    # The normal way in fails, and says what to do.
    session = Workspace.at(made.folder).login("ana", PASSWORD)
    with pytest.raises(WorkspaceDamaged, match="fieldcase salvage"):
        try:
            case_book(session).rebuild()
        finally:
            session.lock()

    before = file_digests(made.folder)
    report = salvage(made.folder, tmp_path / "new", "ana", PASSWORD)
    assert file_digests(made.folder) == before  # the damaged workspace was only read

    assert report.damaged_pages == [page] and not report.complete
    events_table = report.tables["case_events"]
    assert events_table.damaged_pages == [page]
    assert sorted(events_table.lost_ids) == sorted(lost_ids)
    assert events_table.recovered == sum(map(len, made.events.values())) - len(lost_ids)
    touched = {c for c, evs in made.events.items() if any(e[0] in lost_ids for e in evs)}
    assert set(report.cases_affected) | set(report.cases_lost) == touched
    text = report.text()
    assert f"damaged pages {page}" in text and lost_ids[0] in text

    events, cases = _open(tmp_path / "new")
    for case_id, kept in made.events.items():
        if case_id in touched:
            assert events.get(case_id, []) == [e for e in kept if e[0] not in lost_ids]
        else:
            assert events[case_id] == kept  # every case whose pages were intact, as it was
    assert cases == len(made.events) - len(report.cases_lost)

    session = Workspace.at(tmp_path / "new").login("ana", PASSWORD)
    try:
        rows = session.store.query("SELECT user, detail FROM audit WHERE action = ?", (SALVAGE,))
        assert len(rows) == 1 and rows[0][0] == "ana"
        assert "case_events" in rows[0][1] and str(page) in rows[0][1]
        assert audit.verify(session.store).ok
    finally:
        session.lock()


def test_a_flipped_bit_in_an_attachment_names_that_attachment(made: Made, tmp_path: Path) -> None:
    flip_bit(made.folder, an_overflow_page(made.folder, "attachment_chunks"))

    report = salvage(made.folder, tmp_path / "new", "ana", PASSWORD)

    big, small = list(made.attachments)
    assert report.attachments_incomplete == [big]
    assert report.tables["attachment_chunks"].lost_ids == [big]
    assert report.tables["case_events"].recovered == sum(map(len, made.events.values()))
    events, _ = _open(tmp_path / "new")
    assert events == made.events
    session = Workspace.at(tmp_path / "new").login("ana", PASSWORD)
    try:
        assert len(attachments.read(session.store, small)) == 9_000
    finally:
        session.lock()


def test_rows_below_a_damaged_page_come_back_where_their_index_names_them(
    made: Made, tmp_path: Path
) -> None:
    """The root of the events' B-tree holds no row, only the way to every leaf: each leaf still
    verifies, and the events' indexes (verified too) say which table each row belongs to."""
    root = interior_root(made.folder, "case_events")
    flip_bit(made.folder, root)

    report = salvage(made.folder, tmp_path / "new", "ana", PASSWORD)

    events_table = report.tables["case_events"]
    assert report.damaged_pages == [root] and events_table.damaged_pages == [root]
    assert events_table.placed_by_index == sum(map(len, made.events.values()))
    assert report.complete and not report.cases_affected and not report.unplaced_pages
    assert "held no row its index names" in report.text()
    assert _open(tmp_path / "new")[0] == made.events


def test_lost_audit_rows_stay_a_visible_gap(made: Made, tmp_path: Path) -> None:
    page, seqs = middle_leaf(made.folder, "audit")
    flip_bit(made.folder, page)

    report = salvage(made.folder, tmp_path / "new", "ana", PASSWORD)

    first, last = min(map(int, seqs)), max(map(int, seqs))
    assert report.tables["audit"].lost_ids == [f"seq {first}-{last}"]
    assert report.tables["audit"].lost_known == len(seqs)
    assert _open(tmp_path / "new")[0] == made.events
    session = Workspace.at(tmp_path / "new").login("ana", PASSWORD)
    try:
        chain = session.check()["audit"]
        assert chain["ok"] is False and chain["reason"] == f"row {first} is missing"
        detail = session.store.scalar("SELECT detail FROM audit WHERE action = ?", (SALVAGE,))
        assert "audit" in detail and str(page) in detail
    finally:
        session.lock()


def test_the_schema_page_lost_is_said_plainly(made: Made, tmp_path: Path) -> None:
    flip_bit(made.folder, 1, offset=300)
    with pytest.raises(WorkspaceDamaged, match="page 1"):
        salvage(made.folder, tmp_path / "new", "ana", PASSWORD)
    assert not (tmp_path / "new").exists()


def test_who_may_salvage(made: Made, tmp_path: Path) -> None:
    with pytest.raises(WrongCredentials):
        salvage(made.folder, tmp_path / "new", "ana", "not the password")
    with pytest.raises(PermissionDenied):
        salvage(made.folder, tmp_path / "new", "sok", PASSWORD)
    with pytest.raises(BadInput):
        salvage(made.folder, made.folder / "inside", "ana", PASSWORD)
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x").write_text("x")
    with pytest.raises(BadInput):
        salvage(made.folder, tmp_path / "full", "ana", PASSWORD)
    assert not (tmp_path / "new").exists()


def test_what_only_the_write_ahead_log_holds_is_salvaged(tmp_path: Path) -> None:
    """A laptop that lost power leaves committed pages in ``workspace.db-wal`` alone."""
    import shutil

    from app.interviews.demo import add_demo_cases
    from tests.conftest import CHEAP

    session, _ = Workspace.create(tmp_path / "ws", "ana", PASSWORD, cost=CHEAP)
    try:
        add_demo_cases(case_book(session), 12, seed=5)
        expected = events_by_case(session)
        shutil.copytree(tmp_path / "ws", tmp_path / "cut")  # as the disk was when power went
    finally:
        session.lock()
    assert (tmp_path / "cut" / "workspace.db-wal").stat().st_size > 0

    report = salvage(tmp_path / "cut", tmp_path / "new", "ana", PASSWORD)

    assert report.wal_frames > 0 and report.complete
    assert _open(tmp_path / "new")[0] == expected


def test_a_file_cut_short_names_the_missing_pages(made: Made, tmp_path: Path) -> None:
    import os

    db = made.folder / "workspace.db"
    pages = db.stat().st_size // 4096
    os.truncate(db, (pages - 3) * 4096 - 100)  # the last pages, and part of one more, gone

    report = salvage(made.folder, tmp_path / "new", "ana", PASSWORD)

    assert not report.complete and report.damaged_pages
    assert max(report.damaged_pages) > report.pages  # named though past the end of the file
    assert "or missing" in report.text()
    assert Workspace.at(tmp_path / "new").login("ana", PASSWORD).lock() is None
