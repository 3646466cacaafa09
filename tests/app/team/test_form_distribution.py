"""Form versions published by a supervisor reach a team's laptops (here by USB transfer files, the
same envelopes a server relays), signed, checked and never changed once published."""

from __future__ import annotations

import base64
import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from app.cases.book import CaseBook
from app.errors import BadInput, PermissionDenied
from app.export.service import run_export
from app.interviews.form_library import IN_USE, OLDER, WITHDRAWN, FormLibrary
from app.interviews.interview import Interview
from app.team import supervisor_trust
from app.team.case_book import case_book
from app.team.form_versions import publish_form, withdraw_form
from app.team.keyring import Keyring
from app.team.membership import admit, found_team, join, make_request
from app.team.outbox import Inbox
from app.team.transfer import transfer_in, transfer_out
from app.workspace.folder import Workspace
from app.workspace.roles import Role
from sync.envelope import Envelope
from tests.app.form_files import intake_with_version, screening_form
from tests.conftest import CHEAP, PASSWORD

TODAY = date(2026, 11, 28)
SHIPPED = FormLibrary().get("intake").version  # the intake this release ships


def _laptop(tmp_path: Path, name: str, user: str = "ana") -> CaseBook:
    session, _ = Workspace.create(tmp_path / name, user, PASSWORD, cost=CHEAP)
    return case_book(session, today=lambda: TODAY)


@pytest.fixture
def team(tmp_path: Path) -> tuple[CaseBook, CaseBook]:
    """A supervisor's laptop and a field laptop that joined its team (the field laptop's first
    user is a supervisor of that workspace, but its device is a member of the team)."""
    supervisor = _laptop(tmp_path, "supervisor")
    field = _laptop(tmp_path, "field", "sopheap")
    found_team(supervisor, "bangkok-shelter")
    request, shown = make_request(field)
    welcome, _ = admit(supervisor, request, expected_fingerprint=shown)
    join(field, welcome)
    yield supervisor, field
    supervisor.session.lock()
    field.session.lock()


def _carry(source: CaseBook, target: CaseBook, path: Path) -> tuple[int, list[tuple[str, str]]]:
    transfer_out(source, path)
    report = transfer_in(target, path)
    return report.applied, report.refused


def _form_envelopes(book: CaseBook) -> list[Envelope]:
    rows = book.store.query("SELECT wire FROM outbox WHERE kind = 'form' ORDER BY envelope_id")
    return [Envelope.from_wire(json.loads(r[0])) for r in rows]


def test_publishing_installs_at_once_and_new_interviews_use_the_newest(
    team: tuple[CaseBook, CaseBook], tmp_path: Path
) -> None:
    supervisor, _ = team
    first = publish_form(supervisor, screening_form(tmp_path, "1"))
    assert (first.form_id, first.version, first.changed, first.shared) == (
        "screening",
        "1",
        True,
        True,
    )
    second = publish_form(supervisor, screening_form(tmp_path, "2", extra="village"))
    assert second.in_use == "2"
    library = FormLibrary().on(supervisor.store)
    assert library.get("screening").version == "2"
    assert library.get("screening", "1").field("village") is None
    statuses = {
        (v.version, v.source): v.status for v in library.versions() if v.form_id == "screening"
    }
    assert statuses == {("2", "published"): IN_USE, ("1", "published"): OLDER}
    assert "screening" in library.form_ids()
    assert FormLibrary().form_ids() == [
        "closure",
        "follow_up",
        "intake",
        "referral",
    ]  # shipped only
    again = publish_form(supervisor, screening_form(tmp_path, "1"))
    assert not again.changed and len(_form_envelopes(supervisor)) == 2  # nothing sealed twice
    actions = [
        (r[0], r[1])
        for r in supervisor.store.query(
            "SELECT action, object FROM audit WHERE action LIKE 'form_%' ORDER BY seq"
        )
    ]
    assert actions == [("form_publish", "form:screening@1"), ("form_publish", "form:screening@2")]


def test_a_draft_finishes_on_its_version_while_the_next_interview_uses_the_new_one(
    team: tuple[CaseBook, CaseBook], tmp_path: Path
) -> None:
    supervisor, field = team
    publish_form(supervisor, screening_form(tmp_path, "1"))
    assert _carry(supervisor, field, tmp_path / "1.transfer") == (1, [])
    library = FormLibrary().on(field.store)
    draft = Interview.start(field.session, field, library.get("screening"))
    assert draft.definition.version == "1"
    draft.set_answer("name", "Dara")
    draft_id = draft.draft_id
    assert draft_id is not None

    publish_form(supervisor, screening_form(tmp_path, "2", extra="village"))
    applied, refused = _carry(supervisor, field, tmp_path / "2.transfer")
    assert (applied, refused) == (1, [])  # the first one is a duplicate now

    resumed = Interview.resume(field.session, field, FormLibrary(), draft_id)
    assert resumed.definition.version == "1"  # opened with the version it was made with
    resumed.set_answer("age", 34)
    old = resumed.finish()
    fresh = Interview.start(field.session, field, FormLibrary().on(field.store).get("screening"))
    assert fresh.definition.version == "2"
    for key, value in (("name", "Malee"), ("age", 27), ("village", "Ban Nong")):
        fresh.set_answer(key, value)
    new = fresh.finish()
    versions = dict(field.store.query("SELECT id, form_version FROM submissions"))
    assert versions == {old.submission_id: "1", new.submission_id: "2"}

    assert _carry(field, supervisor, tmp_path / "back.transfer")[1] == []
    out = tmp_path / "export"
    report = run_export(supervisor.session, format="json", out=out)
    assert report.skipped_forms == [] and report.submissions == 2
    tables = json.loads((out / "fieldcase-export.json").read_text(encoding="utf-8"))
    assert [r["name"] for r in tables["screening-v1"]] == ["Dara"]
    assert "village" not in tables["screening-v1"][0]
    assert [(r["name"], r["village"]) for r in tables["screening-v2"]] == [("Malee", "Ban Nong")]


def test_withdrawing_stops_new_interviews_but_an_open_draft_still_finishes(
    team: tuple[CaseBook, CaseBook], tmp_path: Path
) -> None:
    supervisor, field = team
    publish_form(supervisor, screening_form(tmp_path, "1"))
    _carry(supervisor, field, tmp_path / "1.transfer")
    draft = Interview.start(field.session, field, FormLibrary().on(field.store).get("screening"))
    draft.set_answer("name", "Sokha")
    assert draft.draft_id is not None

    change = withdraw_form(supervisor, "screening", "1", "asks the age the wrong way")
    assert change.changed and change.shared and change.in_use is None
    assert _carry(supervisor, field, tmp_path / "2.transfer") == (1, [])
    library = FormLibrary().on(field.store)
    assert "screening" not in library.form_ids()
    assert [v.status for v in library.versions() if v.form_id == "screening"] == [WITHDRAWN]
    with pytest.raises(BadInput, match="withdrawn"):
        library.get("screening")
    with pytest.raises(BadInput, match="was withdrawn"):
        Interview.start(field.session, field, library.get("screening", "1"))
    resumed = Interview.resume(field.session, field, library, draft.draft_id)
    resumed.set_answer("age", 40)
    assert resumed.finish().submission_id

    publish_form(supervisor, screening_form(tmp_path, "2", extra="village"))
    _carry(supervisor, field, tmp_path / "3.transfer")
    assert FormLibrary().on(field.store).get("screening").version == "2"
    with pytest.raises(BadInput, match="withdrawn: publish the form as a new version"):
        publish_form(supervisor, screening_form(tmp_path, "1"))
    withdrawal = supervisor.store.query_one(
        "SELECT object, detail FROM audit WHERE action = 'form_withdraw'"
    )
    assert tuple(withdrawal) == ("form:screening@1", "asks the age the wrong way")


def test_a_forged_form_is_refused_at_install_with_a_clear_message(
    team: tuple[CaseBook, CaseBook], tmp_path: Path
) -> None:
    supervisor, field = team
    publish_form(supervisor, screening_form(tmp_path, "1"))
    (genuine,) = _form_envelopes(supervisor)
    forged_signature = bytearray(genuine.signature)
    forged_signature[0] ^= 1
    body = bytearray(genuine.body)
    body[-3] ^= 1
    forgeries = [
        replace(genuine, signature=bytes(forged_signature)),
        replace(genuine, body=bytes(body)),  # content changed on the way
    ]
    for forgery in forgeries:
        report = Inbox(field).receive([forgery])
        assert report.applied == 0 and len(report.refused) == 1
        reason = report.refused[0][1]
        assert "a form version whose signature does not verify" in reason
        assert "not installed" in reason
        assert Inbox(field).quarantine() == [(genuine.id, supervisor.device, reason)]
    assert "screening" not in FormLibrary().on(field.store).form_ids()
    assert Inbox(field).receive([genuine]).applied == 1  # the genuine one still installs
    assert FormLibrary().on(field.store).get("screening").version == "1"


def test_a_form_from_a_device_that_is_not_a_supervisors_is_refused(
    team: tuple[CaseBook, CaseBook], tmp_path: Path
) -> None:
    supervisor, field = team
    # the field laptop's user may publish in their own workspace, but the device is a member's
    publish_form(field, screening_form(tmp_path, "1"))
    applied, refused = _carry(field, supervisor, tmp_path / "f.transfer")
    assert applied == 0 and len(refused) == 1
    assert "which is not a supervisor's device: not installed" in refused[0][1]
    assert "screening" not in FormLibrary().on(supervisor.store).form_ids()
    assert len(Inbox(supervisor).quarantine()) == 1


def test_a_published_version_never_changes(team: tuple[CaseBook, CaseBook], tmp_path: Path) -> None:
    supervisor, field = team
    publish_form(supervisor, screening_form(tmp_path, "1"))
    _carry(supervisor, field, tmp_path / "1.transfer")
    with pytest.raises(BadInput, match="already published with other content"):
        publish_form(supervisor, screening_form(tmp_path, "1", extra="village"))
    with pytest.raises(BadInput, match="ships with fieldcase with other content"):
        publish_form(supervisor, intake_with_version(tmp_path, SHIPPED, "Changed title"))

    # A second supervisor's laptop of the team publishes other content under version 1.
    other = _laptop(tmp_path, "other-supervisor", "mai")
    for key in Keyring(field.store).team_keys():
        Keyring(other.store).add_team_key(key.identity)
    other.store.execute("INSERT INTO settings (key, value) VALUES ('team', 'bangkok-shelter')")
    keyring = Keyring(other.store)
    Inbox(field).know_device(
        other.device, keyring.signing_public(), keyring.device_identity()[1], "test roster"
    )
    # trusted as a supervisor's (as if vouched for): app/team/supervisor_trust.py
    supervisor_trust.anchor(
        field.store,
        other.device,
        keyring.signing_public(),
        keyring.device_identity()[1],
        "test: vouched for",
    )
    publish_form(other, screening_form(tmp_path, "1", extra="village"))
    applied, refused = _carry(other, field, tmp_path / "other.transfer")
    assert applied == 0 and len(refused) == 1
    assert "is already on this laptop with other content" in refused[0][1]
    assert FormLibrary().on(field.store).get("screening", "1").field("village") is None
    publish_form(other, screening_form(tmp_path, "2", extra="village"))
    assert _carry(other, field, tmp_path / "other2.transfer")[0] == 1  # a new version is fine
    other.session.lock()


def test_only_a_supervisor_publishes_and_a_bad_form_says_why(
    team: tuple[CaseBook, CaseBook], tmp_path: Path
) -> None:
    supervisor, _ = team
    supervisor.session.add_user("dara", Role.SOCIAL_WORKER, "dara's long password", cost=CHEAP)
    worker_session = Workspace.at(supervisor.session.workspace.path).login(
        "dara", "dara's long password"
    )
    try:
        with pytest.raises(PermissionDenied):
            publish_form(case_book(worker_session), screening_form(tmp_path, "1"))
        with pytest.raises(PermissionDenied):
            withdraw_form(case_book(worker_session), "intake", SHIPPED)
    finally:
        worker_session.lock()
    broken = tmp_path / "broken.md"
    broken.write_text(
        "| survey |          |      |       |\n|        | type     | name | label |\n"
        "|        | integerz | age  | Age   |\n",
        encoding="utf-8",
    )
    with pytest.raises(BadInput, match=r"broken.md does not load: .*integerz"):
        publish_form(supervisor, broken)
    unversioned = tmp_path / "unversioned.md"
    unversioned.write_text(
        "| survey |      |      |       |\n|        | type | name | label |\n"
        "|        | text | name | Name  |\n",
        encoding="utf-8",
    )
    with pytest.raises(BadInput, match="has no version"):
        publish_form(supervisor, unversioned)
    with pytest.raises(BadInput, match="there is no version 9 of form screening"):
        withdraw_form(supervisor, "screening", "9")
    assert supervisor.store.scalar("SELECT count(*) FROM forms") == 0


def test_a_form_published_before_joining_a_team_is_shared_when_published_again(
    tmp_path: Path,
) -> None:
    supervisor = _laptop(tmp_path, "alone")
    change = publish_form(supervisor, screening_form(tmp_path, "1"))
    assert change.changed and not change.shared
    assert _form_envelopes(supervisor) == []
    found_team(supervisor, "vientiane-office")
    again = publish_form(supervisor, screening_form(tmp_path, "1"))
    assert not again.changed and again.shared
    (envelope,) = _form_envelopes(supervisor)
    stored = supervisor.store.scalar("SELECT envelope_id FROM forms")
    assert envelope.id == stored
    assert base64.b64decode(envelope.to_wire()["body"])  # sealed, not plain
    supervisor.session.lock()
