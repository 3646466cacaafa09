"""A team without a server: found, admit a laptop, exchange work by USB transfer files."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from app.cases.book import CaseBook
from app.errors import BadInput, PermissionDenied, WrongCredentials
from app.team.case_book import case_book
from app.team.keyring import Keyring
from app.team.membership import admit, found_team, join, make_request
from app.team.outbox import outbox_of
from app.team.transfer import transfer_in, transfer_out
from app.workspace.folder import Workspace
from app.workspace.roles import Role
from tests.conftest import CHEAP, PASSWORD

TODAY = date(2026, 11, 28)


def _laptop(tmp_path: Path, name: str, user: str = "ana") -> CaseBook:
    session, _ = Workspace.create(tmp_path / name, user, PASSWORD, cost=CHEAP)
    return case_book(session, today=lambda: TODAY)


@pytest.fixture
def team(tmp_path: Path) -> tuple[CaseBook, CaseBook]:
    supervisor = _laptop(tmp_path, "supervisor")
    field = _laptop(tmp_path, "field", "sopheap")
    early = field.open_case({"prs_First_Name": "ដារ៉ា សុខ"}, "intake")  # made before joining
    found_team(supervisor, "bangkok-shelter")
    request, shown_on_laptop = make_request(field)
    welcome, admitted = admit(supervisor, request, expected_fingerprint=shown_on_laptop)
    assert admitted.fingerprint == shown_on_laptop
    team_name, supervisor_fingerprint, sealed = join(field, welcome)
    assert team_name == "bangkok-shelter" and sealed == 1
    assert supervisor_fingerprint == Keyring(supervisor.store).fingerprint()
    assert early in [r.case_id for r in field.list_cases().rows]
    yield supervisor, field
    supervisor.session.lock()
    field.session.lock()


def test_work_travels_by_usb_file_and_importing_twice_doubles_nothing(
    team: tuple[CaseBook, CaseBook], tmp_path: Path
) -> None:
    supervisor, field = team
    case_id = field.open_case({"prs_First_Name": "សុខា", "return_date": "2026-10-01"}, "intake")
    field.follow_up(case_id, date(2026, 11, 2), {"fup_note": "រស់នៅជាមួយគ្រួសារ"})
    usb = tmp_path / "usb" / "field.fieldcase-transfer"
    usb.parent.mkdir()
    summary = transfer_out(field, usb)
    assert summary.envelopes == 3
    data = usb.read_bytes()
    for secret in ("សុខា", "ដារ៉ា", "រស់នៅជាមួយគ្រួសារ"):
        assert secret.encode() not in data
    report = transfer_in(supervisor, usb)
    assert (report.applied, report.duplicates, report.refused) == (3, 0, [])
    assert supervisor.state(case_id).fields["prs_First_Name"] == "សុខា"
    again = transfer_in(supervisor, usb)
    assert (again.applied, again.duplicates) == (0, 3)
    assert supervisor.count() == 2
    assert len(supervisor.events(case_id)) == 2


def test_the_supervisors_work_reaches_the_field_laptop(
    team: tuple[CaseBook, CaseBook], tmp_path: Path
) -> None:
    supervisor, field = team
    case_id = supervisor.open_case({"prs_First_Name": "Malee"}, "intake")
    path = tmp_path / "sup.transfer"
    transfer_out(supervisor, path)
    assert transfer_in(field, path).applied == 1
    assert field.state(case_id).fields["prs_First_Name"] == "Malee"


def test_a_changed_transfer_file_is_refused_whole(
    team: tuple[CaseBook, CaseBook], tmp_path: Path
) -> None:
    supervisor, field = team
    for i in range(3):
        field.open_case({"prs_First_Name": f"Person {i}"}, "intake")
    path = tmp_path / "t.transfer"
    transfer_out(field, path)
    document = json.loads(path.read_text())
    body = bytearray(__import__("base64").b64decode(document["envelopes"][1]["body"]))
    body[-5] ^= 1
    document["envelopes"][1]["body"] = __import__("base64").b64encode(bytes(body)).decode()
    path.write_text(json.dumps(document))
    with pytest.raises(BadInput, match="not a complete fieldcase transfer"):
        transfer_in(supervisor, path)  # the manifest notices first
    assert supervisor.count() == 0


def test_an_unknown_device_is_refused_unless_its_fingerprint_is_confirmed(
    team: tuple[CaseBook, CaseBook], tmp_path: Path
) -> None:
    supervisor, field = team
    stranger = _laptop(tmp_path, "stranger")
    # the stranger copied the field laptop's team key somehow: still not a known device
    for key in Keyring(field.store).team_keys():
        Keyring(stranger.store).add_team_key(key.identity)
    stranger.store.execute("INSERT INTO settings (key, value) VALUES ('team', 'bangkok-shelter')")
    stranger.open_case({"prs_First_Name": "Fake"}, "intake")
    path = tmp_path / "s.transfer"
    summary = transfer_out(stranger, path)
    report = transfer_in(supervisor, path)
    assert report.applied == 0 and len(report.refused) == 1
    assert "not a device a trusted supervisor of this team vouched for" in report.refused[0][1]
    assert supervisor.count() == 0
    with pytest.raises(BadInput, match="does not match"):
        transfer_in(supervisor, path, accept_fingerprint="0000 1111")
    accepted = transfer_in(supervisor, path, accept_fingerprint=summary.fingerprint)
    assert accepted.applied == 1
    stranger.session.lock()


def test_admitting_with_a_wrong_fingerprint_is_refused(
    team: tuple[CaseBook, CaseBook], tmp_path: Path
) -> None:
    supervisor, _ = team
    other = _laptop(tmp_path, "other")
    request, _ = make_request(other)
    with pytest.raises(WrongCredentials):
        admit(supervisor, request, expected_fingerprint="ABCD " * 8)
    other.session.lock()


def test_a_welcome_for_another_laptop_does_not_open(
    team: tuple[CaseBook, CaseBook], tmp_path: Path
) -> None:
    supervisor, _ = team
    one, two = _laptop(tmp_path, "one"), _laptop(tmp_path, "two")
    welcome, _ = admit(supervisor, make_request(one)[0])
    with pytest.raises(BadInput, match="not made for this laptop"):
        join(two, welcome)
    one.session.lock()
    two.session.lock()


def test_only_supervisors_admit(team: tuple[CaseBook, CaseBook], tmp_path: Path) -> None:
    supervisor, _ = team
    supervisor.session.add_user("sw", Role.SOCIAL_WORKER, "worker password", cost=CHEAP)
    worker = case_book(
        Workspace.at(supervisor.session.workspace.path).login("sw", "worker password")
    )
    other = _laptop(tmp_path, "x")
    with pytest.raises(PermissionDenied):
        admit(worker, make_request(other)[0])
    worker.session.lock()
    other.session.lock()


def test_a_tampered_envelope_is_quarantined_and_the_others_applied(
    team: tuple[CaseBook, CaseBook],
) -> None:
    import dataclasses

    from app.team.outbox import Inbox

    supervisor, field = team
    for i in range(3):
        field.open_case({"prs_First_Name": f"Person {i}"}, "intake")
    envelopes = outbox_of(field).pending()
    body = bytearray(envelopes[1].body)
    body[-5] ^= 1
    envelopes[1] = dataclasses.replace(envelopes[1], body=bytes(body))
    report = Inbox(supervisor).receive(envelopes)
    assert report.applied == 3 and len(report.refused) == 1  # the early case + two of three
    assert "signature" in report.refused[0][1]
    assert [q[0] for q in Inbox(supervisor).quarantine()] == [envelopes[1].id]
    assert supervisor.count() == 3
    from tests.reliability import record

    record("tampered envelope: refused and quarantined, nothing of it applied", "1 of 1", "pass")


def test_a_finished_intake_travels_whole_for_the_supervisors_export(
    team: tuple[CaseBook, CaseBook], tmp_path: Path
) -> None:
    from app.interviews.form_library import FormLibrary
    from app.interviews.interview import Interview
    from tests.app.form_filler import fill_required

    supervisor, field = team
    interview = Interview.start(field.session, field, FormLibrary().get("intake"))
    interview.set_answer("con_Consent", "TRUE")
    interview.set_answer("prs_First_Name", "ស្រីពៅ")
    fill_required(interview.form, interview.set_answer)
    done = interview.finish()
    path = tmp_path / "intake.transfer"
    transfer_out(field, path)
    assert "ស្រីពៅ".encode() not in path.read_bytes()
    report = transfer_in(supervisor, path)
    assert report.refused == []
    record = supervisor.session.submission(done.submission_id)
    assert record["form_id"] == "intake" and record["author"] == "sopheap"
    assert "ស្រីពៅ" in record["xml"]
    assert supervisor.state(done.case_id or "").fields["prs_First_Name"] == "ស្រីពៅ"


def test_an_erasure_propagates_and_nothing_brings_the_case_back(
    team: tuple[CaseBook, CaseBook], tmp_path: Path
) -> None:
    from app.cases.book import CaseBook as Book

    supervisor, field = team
    other = _laptop(tmp_path, "other", "chan")
    request, shown = make_request(other)
    welcome, _ = admit(supervisor, request, expected_fingerprint=shown)
    join(other, welcome)
    marker = "ស្រីពៅ erase-me"
    case_id = field.open_case({"prs_First_Name": marker}, "intake")
    field.follow_up(case_id, date(2026, 11, 2), {"feels_safe": "yes"})
    old_file = tmp_path / "old.transfer"
    transfer_out(field, old_file)
    for laptop in (supervisor, other):
        transfer_in(laptop, old_file, accept_fingerprint=Keyring(field.store).fingerprint())
        assert laptop.state(case_id).fields["prs_First_Name"] == marker
    # an erasure made on a laptop that is not a supervisor's device is refused by the others
    stray = field.open_case({"prs_First_Name": "Stray"}, "intake")
    stray_file = tmp_path / "stray.transfer"
    transfer_out(field, stray_file)
    transfer_in(other, stray_file)
    field.erase(stray, "the field laptop's own supervisor user erased it")
    transfer_out(field, stray_file)
    refused = transfer_in(other, stray_file)
    assert refused.erased == 0 and any("only a supervisor" in r for _, r in refused.refused)
    assert not other.is_erased(stray)
    supervisor.erase(case_id, "registered twice by mistake")
    assert supervisor.is_erased(case_id) and all(
        r.case_id != case_id for r in supervisor.list_cases().rows
    )
    erasure = tmp_path / "erasure.transfer"
    transfer_out(supervisor, erasure)
    for laptop in (field, other):
        report = transfer_in(laptop, erasure)
        assert report.erased == 1
        assert laptop.is_erased(case_id)
        assert all(r.case_id != case_id for r in laptop.list_cases().rows)
    # an old USB file, imported again anywhere, does not bring it back
    for laptop in (supervisor, field, other):
        transfer_in(laptop, old_file, accept_fingerprint=Keyring(field.store).fingerprint())
        assert laptop.is_erased(case_id) and not laptop.events(case_id)
        laptop.store.checkpoint()
        for table in ("case_events", "cases", "case_terms", "submissions", "outbox", "drafts"):
            rows = laptop.store.query(f"SELECT * FROM {table}")
            assert all(marker not in str(tuple(r)) for r in rows), table
        raw = b"".join(
            p.read_bytes() for p in laptop.session.workspace.path.iterdir() if p.is_file()
        )
        assert marker.encode() not in raw
    assert isinstance(other, Book)
    other.session.lock()
