"""The verification report without Qt: refusals sorted into kinds, the quarantine listed with
routing data only, batch counts, and ``fieldcase sync quarantine``."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from app.cases.book import CaseBook
from app.errors import PermissionDenied
from app.team.case_book import case_book
from app.team.membership import admit, found_team, join, make_request
from app.team.outbox import Inbox, ReceiveReport, outbox_of
from app.team.synchronise import SyncReport
from app.team.transfer import transfer_in, transfer_out
from app.team.verification import (
    RECEIVED,
    SENT,
    Refusal,
    from_sync,
    from_transfer,
    refusal_of,
    refused_items,
)
from app.workspace.folder import Workspace
from tests.conftest import CHEAP, PASSWORD

TODAY = date(2026, 11, 28)


@pytest.mark.parametrize(
    "reason,revoked,kind",
    [
        ("envelope x: device d1 is not a known device of this team", False, "unknown_device"),
        ("envelope x: device d1 is not a known device of this team", True, "revoked_device"),
        ("envelope x: the device signature does not verify", False, "bad_signature"),
        ("none of our 2 identities opens any of the file's 3 recipient stanzas", False, "not_for_us"),
        ("the age header MAC does not verify (altered header)", False, "altered"),
        ("cannot decrypt the age payload: bad chunk", False, "altered"),
        ("envelope x: the event inside claims another device or id (a replay)", False, "replay"),
        ("envelope id x was stored before with other content", False, "replay"),
        ("envelope x: only a supervisor's device may erase a case", False, "not_supervisor"),
        ("envelope x: kind photo is not handled yet", False, "unknown_kind"),
        ("not an envelope: body too large", False, "malformed"),
        ("envelope claims device a but this request is authenticated as device b", False, "wrong_sender"),
        ("something nobody foresaw", False, "other"),
        (None, False, "other"),
    ],
)  # fmt: skip
def test_stored_reasons_are_sorted_into_kinds(reason: str | None, revoked: bool, kind: str) -> None:
    assert refusal_of(reason, revoked) == Refusal(kind)


def _laptop(tmp_path: Path, name: str, user: str) -> CaseBook:
    session, _ = Workspace.create(tmp_path / name, user, PASSWORD, cost=CHEAP)
    return case_book(session, today=lambda: TODAY)


@pytest.fixture
def team(tmp_path: Path) -> tuple[CaseBook, CaseBook]:
    supervisor = _laptop(tmp_path, "supervisor", "ana")
    field = _laptop(tmp_path, "field", "sopheap")
    found_team(supervisor, "bangkok-shelter")
    request, _ = make_request(field)
    welcome, _ = admit(supervisor, request)
    join(field, welcome)
    yield supervisor, field
    for book in (supervisor, field):
        if not book.session.is_locked:
            book.session.lock()


def test_a_tampered_envelope_is_listed_with_its_routing_data_only(
    team: tuple[CaseBook, CaseBook],
) -> None:
    supervisor, field = team
    for i in range(2):
        field.open_case({"prs_First_Name": f"ដារ៉ា {i}"}, "intake")
    envelopes = outbox_of(field).pending()
    body = bytearray(envelopes[0].body)
    body[-3] ^= 1
    envelopes[0] = dataclasses.replace(envelopes[0], body=bytes(body))
    Inbox(supervisor).receive(envelopes)
    [item] = refused_items(supervisor)
    assert item.direction == RECEIVED and item.envelope_id == envelopes[0].id
    assert item.device == field.device and item.kind == "case_event"
    assert item.refusal is Refusal.BAD_SIGNATURE and "signature" in item.reason
    assert item.when.startswith("20")
    assert "ដារ៉ា" not in json.dumps(item.to_json(), ensure_ascii=False)


def test_a_usb_import_from_a_revoked_laptop_is_refused_and_counted(
    team: tuple[CaseBook, CaseBook], tmp_path: Path
) -> None:
    supervisor, field = team
    field.open_case({"prs_First_Name": "Sokha"}, "intake")
    usb = tmp_path / "field.transfer"
    transfer_out(field, usb)
    with supervisor.store.atomic():
        Inbox(supervisor).revoke_device(field.device)
    summary = from_transfer(transfer_in(supervisor, usb))
    assert (summary.received, summary.applied, summary.duplicates) == (1, 0, 0)
    assert len(summary.refused) == 1
    assert [i.refusal for i in refused_items(supervisor)] == [Refusal.REVOKED_DEVICE]


def test_an_envelope_the_server_refused_is_listed_as_sent(team: tuple[CaseBook, CaseBook]) -> None:
    supervisor, _ = team
    supervisor.open_case({"prs_First_Name": "Malee"}, "intake")
    [envelope] = [e for e in outbox_of(supervisor).pending() if e.kind == "case_event"]
    outbox_of(supervisor).mark_refused(
        envelope.id, f"envelope id {envelope.id} was stored before with other content"
    )
    [item] = refused_items(supervisor)
    assert (item.direction, item.device, item.refusal) == (SENT, supervisor.device, Refusal.REPLAY)


def test_a_social_worker_cannot_list_the_quarantine(team: tuple[CaseBook, CaseBook]) -> None:
    supervisor, _ = team
    supervisor.session.add_user("bora", "social_worker", "worker password 1", cost=CHEAP)
    worker = Workspace.at(supervisor.session.workspace.path).login("bora", "worker password 1")
    try:
        with pytest.raises(PermissionDenied):
            refused_items(case_book(worker))
    finally:
        worker.lock()


def test_batch_summaries_count_what_arrived() -> None:
    sync = SyncReport(
        pushed=3,
        push_duplicates=1,
        push_refused=[{"id": "p", "reason": "r"}],
        pulled=5,
        pull_duplicates=2,
        pull_refused=[{"id": "q", "reason": "s"}],
    )
    summary = from_sync(sync)
    assert (summary.received, summary.applied, summary.duplicates) == (8, 5, 2)
    assert summary.refused == (("q", "s"),) and summary.sent_refused == (("p", "r"),)
    assert (summary.sent, summary.sent_duplicates) == (3, 1)
    usb = from_transfer(ReceiveReport(applied=4, duplicates=4, erased=1, refused=[("e", "why")]))
    assert (usb.source, usb.received, usb.erased) == ("transfer", 9, 1)


def test_fieldcase_sync_quarantine_lists_refused_envelopes(
    team: tuple[CaseBook, CaseBook], tmp_path: Path
) -> None:
    supervisor, field = team
    field.open_case({"prs_First_Name": "Dara"}, "intake")
    [envelope] = outbox_of(field).pending()
    with supervisor.store.atomic():
        Inbox(supervisor).revoke_device(field.device)
    Inbox(supervisor).receive([envelope])
    supervisor.session.lock()
    args = [
        "sync",
        "quarantine",
        "--workspace",
        str(tmp_path / "supervisor"),
        "--user",
        "ana",
        "--password-stdin",
    ]

    def run(*extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "app.cli", *args, *extra],
            input=PASSWORD + "\n",
            capture_output=True,
            text=True,
            timeout=300,
        )

    listed = run("--json")
    assert listed.returncode == 0, listed.stderr
    [item] = json.loads(listed.stdout)
    assert item["envelope_id"] == envelope.id and item["refusal"] == "revoked_device"
    assert item["direction"] == "received" and item["kind"] == "case_event"
    plain = run()
    assert (
        plain.returncode == 0 and envelope.id in plain.stdout and "revoked_device" in plain.stdout
    )
    args.remove("quarantine")  # without the action, `sync` still runs a round
    round_ = run()
    assert round_.returncode == 2 and "enrol this laptop first" in round_.stderr
