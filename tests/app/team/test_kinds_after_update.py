"""A laptop one version behind its team: an envelope of a kind a newer fieldcase sends is kept,
never refused for good nor lost, and applied once after this laptop's update, without being
downloaded again; everything else of the batch is applied as it comes."""

from __future__ import annotations

import uuid

import pytest

from app.cases.book import CaseBook
from app.team.keyring import Keyring
from app.team.outbox import Inbox, outbox_of
from app.team.receivers import RECEIVERS, Arrival
from sync.envelope import KINDS, Envelope, seal

NEW_KIND = "visit_plan"  # a kind a later fieldcase might add


def from_newer_laptop(book: CaseBook, body: bytes) -> Envelope:
    keyring = Keyring(book.store)
    return seal(
        body,
        recipients=keyring.recipients(),
        signer=keyring.signing_key(),
        envelope_id=str(uuid.uuid4()),
        team="bangkok-shelter",
        device=book.device,
        kind=NEW_KIND,
    )


def test_a_kind_from_a_newer_laptop_is_kept_then_applied_once_after_the_update(
    team: tuple[CaseBook, CaseBook],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    supervisor, field = team
    assert NEW_KIND not in KINDS and NEW_KIND not in RECEIVERS
    case_id = field.open_case({"given_name": "Dara"}, "intake")
    [event] = [e for e in outbox_of(field).pending() if e.kind == "case_event"]
    first, second = from_newer_laptop(field, b'{"n": 1}'), from_newer_laptop(field, b'{"n": 2}')
    # The wire form a newer laptop sends is well formed here too.
    assert Envelope.from_wire(first.to_wire()) == first

    report = Inbox(supervisor).receive([first, event, second])
    assert report.applied == 1 and supervisor.state(case_id).fields["given_name"] == "Dara"
    assert [envelope_id for envelope_id, _ in report.refused] == [first.id, second.id]
    # Offered again before the update (a pull page, a USB file): still kept, nothing lost.
    Inbox(supervisor).receive([first])
    kept = supervisor.store.query(
        "SELECT envelope_id FROM inbox WHERE status = 'refused' AND wire IS NOT NULL"
    )
    assert {row[0] for row in kept} == {first.id, second.id}

    # The update brings the kind's receiver.
    applied: list[tuple[str, bytes]] = []

    def receive_visit_plan(arrival: Arrival, envelope: Envelope) -> bool:
        applied.append((envelope.id, envelope.body))
        return True

    monkeypatch.setitem(RECEIVERS, NEW_KIND, receive_visit_plan)
    report = Inbox(supervisor).receive([])  # the next sync round or USB import, nothing new
    assert [envelope_id for envelope_id, _ in applied] == [first.id, second.id]  # in order
    assert report.applied == 2 and report.refused == []
    statuses = supervisor.store.query(
        "SELECT status FROM inbox WHERE envelope_id IN (?, ?)", (first.id, second.id)
    )
    assert {row[0] for row in statuses} == {"applied"}

    # Exactly once: later rounds, and the same envelope offered again, apply nothing more.
    Inbox(supervisor).receive([first])
    Inbox(supervisor).receive([])
    assert len(applied) == 2


def test_a_kept_envelope_whose_kind_is_still_unknown_stays_kept(
    team: tuple[CaseBook, CaseBook],
) -> None:
    supervisor, field = team
    envelope = from_newer_laptop(field, b"{}")
    Inbox(supervisor).receive([envelope])
    for _ in range(2):
        report = Inbox(supervisor).receive([])
        assert report.applied == 0 and report.refused == []
    row = supervisor.store.query_one(
        "SELECT status, wire IS NOT NULL FROM inbox WHERE envelope_id = ?", (envelope.id,)
    )
    assert row is not None and tuple(row) == ("refused", 1)


def test_an_ill_formed_kind_is_not_an_envelope() -> None:
    wire = {
        "v": 1,
        "id": str(uuid.uuid4()),
        "team": "t",
        "device": "d",
        "kind": "Visit Plan; DROP",
        "created": "2026-12-06T00:00:00Z",
        "body": "",
        "signature": "",
    }
    from sync.errors import SyncError

    with pytest.raises(SyncError):
        Envelope.from_wire(wire)
