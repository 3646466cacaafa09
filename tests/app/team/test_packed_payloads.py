"""A laptop applies case events sealed packed (sync/payload.py) and sealed as earlier versions did,
side by side; one packed in a format newer than it knows is kept, wire and all, not lost."""

from __future__ import annotations

import json

from app.cases.book import CaseBook
from app.team.keyring import Keyring
from app.team.outbox import Inbox, outbox_of
from sync.envelope import CASE_EVENT, Envelope, seal
from sync.payload import MARK


def _sent(book: CaseBook) -> list[Envelope]:
    return outbox_of(book).pending(limit=1000)


def test_packed_and_earlier_payloads_are_both_applied(team: tuple[CaseBook, CaseBook]) -> None:
    supervisor, field = team
    packed_case = field.open_case({"prs_First_Name": "សុខា", "prs_Name_Latin": "Sokha"}, "intake")
    outbox_of(field).packs_payloads = False  # as a laptop of an earlier version seals
    earlier_case = field.open_case({"prs_First_Name": "มาลี"}, "intake")
    envelopes = _sent(field)
    bodies = {e.id: len(e.body) for e in envelopes}
    packed_id = field.events(packed_case)[0].id
    earlier_id = field.events(earlier_case)[0].id
    assert bodies[packed_id] < bodies[earlier_id]  # the packed one is the smaller
    report = Inbox(supervisor).receive(envelopes)
    assert report.refused == [] and report.applied == len(envelopes)
    assert {r.case_id for r in supervisor.list_cases(query="sokha").rows} == {packed_case}
    assert {r.case_id for r in supervisor.list_cases(query="มาลี").rows} == {earlier_case}


def test_a_newer_packing_is_kept_in_quarantine_with_its_wire(
    team: tuple[CaseBook, CaseBook],
) -> None:
    supervisor, field = team
    keyring = Keyring(field.store)
    newer = seal(
        b"~z9" + b"\0" * 61,  # a mark this version does not know
        recipients=keyring.recipients(),
        signer=keyring.signing_key(),
        envelope_id="019a0000-0000-7000-8000-00000000000a",
        team="bangkok-shelter",
        device=field.device,
        kind=CASE_EVENT,
    )
    assert not newer.body.startswith(MARK)
    report = Inbox(supervisor).receive([newer])
    assert report.applied == 0 and [i for i, _ in report.refused] == [newer.id]
    assert "newer than this version" in report.refused[0][1]
    wire = supervisor.store.scalar(
        "SELECT wire FROM inbox WHERE envelope_id = ? AND status = 'refused'", (newer.id,)
    )
    assert Envelope.from_wire(json.loads(str(wire))) == newer  # kept whole, to apply once updated
