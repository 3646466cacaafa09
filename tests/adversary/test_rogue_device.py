"""A laptop the server's administrator enrolled and approved on the server only: whatever it seals
for the team, no laptop of the team applies, and once a supervisor approves a laptop after
comparing its fingerprint, what it sent before arrives.

Real server process, real workspaces. The rogue never gets the team key (tests/integration/
test_device_approval.py proves that), but the team's public recipients are public: it seals a
made-up case to them and signs it with its own key, as anyone with its token can.
"""

from __future__ import annotations

import json
from pathlib import Path

from app.cases.book import CaseBook
from app.team import pull_refetch
from app.team.keyring import Keyring
from app.team.membership import found_team
from app.team.synchronise import Synchroniser
from sync.client import SyncClient
from sync.envelope import Envelope, seal
from tests.integration.test_server_process import ServerProcess
from tests.integration.test_team_sync import _enrol, _laptop, approve_here

TEAM = "shelter"


def forged_case(rogue: CaseBook, team_keys: Keyring, name: str) -> Envelope:
    """A made-up intake, as the rogue's own laptop records one, sealed to the team's public
    recipients and signed by the rogue's device."""
    case_id = rogue.open_case({"prs_First_Name": name, "age": "15"}, "intake")
    [event] = rogue.events(case_id)
    envelope = seal(
        json.dumps(event.to_json(), separators=(",", ":")).encode(),
        recipients=team_keys.recipients(),
        signer=Keyring(rogue.store).signing_key(),
        envelope_id=event.id,
        team=TEAM,
        device=rogue.device,
        kind="case_event",
    )
    return envelope


def test_a_case_forged_by_a_server_approved_laptop_is_applied_nowhere(
    server: ServerProcess, tmp_path: Path
) -> None:
    supervisor, worker, rogue = (_laptop(tmp_path, n) for n in ("sup", "worker", "rogue"))
    found_team(supervisor, TEAM)
    _enrol(server, supervisor, TEAM, supervisor=True)
    _enrol(server, worker, TEAM, approver=supervisor)
    _enrol(server, rogue, TEAM)  # approved on the server only
    Synchroniser(supervisor).sync()
    Synchroniser(worker).sync()
    genuine = worker.open_case({"prs_First_Name": "Sokha"}, "intake")
    Synchroniser(worker).sync()

    token = str(rogue.store.scalar("SELECT secret FROM keys WHERE name = 'server_token'"))
    client = SyncClient(server.url, token)
    try:
        wire = forged_case(rogue, Keyring(supervisor.store), "Made Up")
        results = client.push([wire])
    finally:
        client.close()
    assert results[0]["status"] == "accepted"  # the server relays it: it cannot tell

    for laptop in (supervisor, worker):
        report = Synchroniser(laptop).sync()
        reasons = [item["reason"] for item in report.pull_refused]
        assert any("not a device a trusted supervisor" in reason for reason in reasons), reasons
        names = {laptop.state(c.case_id).fields.get("prs_First_Name") for c in
                 laptop.list_cases(limit=10).rows}  # fmt: skip
        assert "Made Up" not in names
        assert genuine in {c.case_id for c in laptop.list_cases(limit=10).rows}
        assert pull_refetch.waiting(laptop.store) == 1  # kept, to be fetched again

    # The supervisor compares the rogue's fingerprint after all (it was a real, late laptop):
    # what it sent before is fetched again and applied; nothing was lost by refusing it.
    approve_here(supervisor, rogue)
    Synchroniser(supervisor).sync()  # publishes the statement naming it
    for laptop in (supervisor, worker):
        Synchroniser(laptop).sync()  # the statement first; the refused item is due next round
        Synchroniser(laptop).sync()
        names = {laptop.state(c.case_id).fields.get("prs_First_Name") for c in
                 laptop.list_cases(limit=10).rows}  # fmt: skip
        assert "Made Up" in names and pull_refetch.waiting(laptop.store) == 0
