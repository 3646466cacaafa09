"""A supervisor publishes a corrected intake through a real server process while a field laptop
has an intake draft open: the draft finishes on the version it was started with, the next
interview uses the new version, and the supervisor's export holds both, each with its version's
columns. A form envelope from a device that is not a supervisor's is relayed by the server (it
cannot read it) and refused by the laptops."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from app.cases.book import CaseBook
from app.export.service import run_export
from app.interviews.form_library import FormLibrary
from app.interviews.interview import Interview
from app.team.case_book import case_book
from app.team.form_versions import publish_form
from app.team.keyring import Keyring
from app.team.membership import found_team
from app.team.synchronise import Synchroniser
from app.workspace.folder import Workspace
from tests.app.form_files import intake_with_version, screening_form
from tests.app.form_filler import fill_required
from tests.conftest import CHEAP, PASSWORD
from tests.integration.test_server_process import ServerProcess, fieldcase
from tests.integration.test_team_sync import approve_here

TODAY = date(2026, 11, 28)
OLD = FormLibrary().get("intake").version  # the shipped intake
NEW = str(int(OLD) + 1)  # a correction published by the supervisor
NEW_TITLE = "Intake (corrected, December)"


@pytest.fixture
def team(server: ServerProcess, tmp_path: Path) -> Iterator[tuple[CaseBook, CaseBook]]:
    """A supervisor's laptop and a field laptop, enrolled, approved and in one team."""
    books = []
    for name, user in (("sup", "ana"), ("field", "sopheap")):
        session, _ = Workspace.create(tmp_path / name, user, PASSWORD, cost=CHEAP)
        books.append(case_book(session, today=lambda: TODAY))
    supervisor, field = books
    found_team(supervisor, "bangkok-shelter")
    for book, extra in ((supervisor, ["--supervisor"]), (field, [])):
        code = fieldcase("server", "enrol-code", "--db", server.db_url, "--team", "bangkok-shelter")
        Synchroniser(book).enrol(server.url, code.strip())
        fingerprint = Keyring(book.store).fingerprint()
        fieldcase(
            "server", "approve", "--db", server.db_url, "--device", book.device,
            "--fingerprint", fingerprint, *extra,
        )  # fmt: skip
        if book is field:  # the supervisor's laptop approves it too
            approve_here(supervisor, field)
    assert Synchroniser(supervisor).sync().welcomed == [field.device]
    assert Synchroniser(field).sync().joined_team == "bangkok-shelter"
    yield supervisor, field
    for book in books:
        book.session.lock()


def _clean_sync(book: CaseBook) -> None:
    report = Synchroniser(book).sync()
    assert report.push_refused == [] and report.pull_refused == [], report.to_json()


def test_a_new_intake_version_arrives_while_a_draft_is_open(
    team: tuple[CaseBook, CaseBook], server: ServerProcess, tmp_path: Path
) -> None:
    supervisor, field = team
    draft = Interview.start(field.session, field, FormLibrary().on(field.store).get("intake"))
    assert draft.definition.version == OLD
    draft.set_answer("con_Consent", "TRUE")
    draft.set_answer("prs_First_Name", "សុខា")

    published = publish_form(supervisor, intake_with_version(tmp_path, NEW, NEW_TITLE))
    assert (published.form_id, published.version, published.shared) == ("intake", NEW, True)
    assert Synchroniser(supervisor).sync().pushed == 1  # the form envelope, accepted as is
    report = Synchroniser(field).sync()  # the draft is still open on this laptop
    assert report.pulled == 1 and report.pull_refused == []
    library = FormLibrary().on(field.store)
    assert library.get("intake").version == NEW
    statuses = {
        v.version: (v.source, v.status) for v in library.versions() if v.form_id == "intake"
    }
    assert statuses == {OLD: ("shipped", "older"), NEW: ("published", "in use")}

    fill_required(draft.form, draft.set_answer)
    first = draft.finish()
    assert draft.definition.version == OLD
    following = Interview.start(field.session, field, library.get("intake"))
    assert following.definition.version == NEW and following.definition.title == NEW_TITLE
    following.set_answer("con_Consent", "TRUE")
    following.set_answer("prs_First_Name", "ម៉ាលី")
    fill_required(following.form, following.set_answer)
    second = following.finish()
    assert first.case_id and second.case_id

    _clean_sync(field)
    _clean_sync(supervisor)
    versions = dict(supervisor.store.query("SELECT id, form_version FROM submissions"))
    assert versions == {first.submission_id: OLD, second.submission_id: NEW}
    out = tmp_path / "export"
    exported = run_export(supervisor.session, format="json", out=out)
    assert exported.skipped_forms == [] and exported.submissions == 2
    tables = json.loads((out / "fieldcase-export.json").read_text(encoding="utf-8"))
    assert [r["prs_First_Name"] for r in tables[f"intake-v{OLD}"]] == ["សុខា"]
    assert [r["prs_First_Name"] for r in tables[f"intake-v{NEW}"]] == ["ម៉ាលី"]
    assert first.case_id != second.case_id
    assert {
        supervisor.state(c).fields["prs_First_Name"] for c in (first.case_id, second.case_id)
    } == {
        "សុខា",
        "ម៉ាលី",
    }

    server.stop()
    with sqlite3.connect(tmp_path / "server.db") as db:
        kinds = [r[0] for r in db.execute("SELECT kind FROM envelopes ORDER BY seq")]
    assert "form" in kinds
    assert NEW_TITLE.encode() not in (tmp_path / "server.db").read_bytes()
    server.start()


def test_a_form_from_a_field_laptop_is_relayed_but_never_installed(
    team: tuple[CaseBook, CaseBook], tmp_path: Path
) -> None:
    supervisor, field = team
    # the field laptop's user is a supervisor of their own workspace; the device is a member's
    publish_form(field, screening_form(tmp_path, "1"))
    assert Synchroniser(field).sync().pushed == 1
    report = Synchroniser(supervisor).sync()
    assert report.pulled == 0 and len(report.pull_refused) == 1
    assert "which is not a supervisor's device: not installed" in report.pull_refused[0]["reason"]
    assert "screening" not in FormLibrary().on(supervisor.store).form_ids()

    publish_form(supervisor, screening_form(tmp_path, "1", extra="village"))
    _clean_sync(supervisor)
    # The supervisor's version 1 differs from the one the field laptop made for itself: the field
    # laptop keeps its own, refuses the other and says why (publish a new version to settle it).
    refused = Synchroniser(field).sync().pull_refused
    assert len(refused) == 1
    assert "already on this laptop with other content" in refused[0]["reason"]
    assert FormLibrary().on(field.store).get("screening", "1").field("village") is None
