"""A case travels with the person: Bangkok refers it to Phnom Penh through a real server process.

Two teams (bangkok, phnom_penh), each a supervisor's laptop and a field laptop, and a third team
that must see nothing. The supervisors publish their teams' signed directory entries; Bangkok's
supervisor compares Phnom Penh's fingerprint (and vouches for it to its field laptop); an intake
in Bangkok is referred with consent, Phnom Penh's field laptop receives the case with its history
and accepts it, and both Bangkok laptops then see it accepted. Refused: a referral without
consent (at source), a tampered one, one from a device no directory lists. The server's database
holds none of the text."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import column, create_engine, inspect, select, table

from app.cases.book import CaseBook
from app.errors import BadInput
from app.team import directory as team_directory
from app.team import referrals
from app.team.keyring import Keyring
from app.team.membership import found_team
from app.team.outbox import Inbox
from app.team.synchronise import Synchroniser
from app.team.verification import Refusal, refused_items
from sync.envelope import Envelope, seal
from sync.server.database import normalise_url
from tests.app.workspace.test_plaintext import MARKERS, encodings
from tests.integration.test_server_process import (  # noqa: F401 (fixtures)
    ServerProcess,
    db_url,
    server,
)
from tests.integration.test_team_sync import _enrol, _laptop

INTAKE = {
    "prs_First_Name": MARKERS["khmer"],
    "prs_Name_Latin": MARKERS["latin"],
    "age": "16",
    "return_date": "2026-10-01",
}
CONSENT = {"given": True, "recipient": "phnom_penh", "purpose": "reintegration"}


def _team(process: ServerProcess, tmp_path: Path, team: str) -> tuple[CaseBook, CaseBook]:
    supervisor, field = _laptop(tmp_path, f"{team}-sup"), _laptop(tmp_path, f"{team}-field")
    found_team(supervisor, team)
    _enrol(process, supervisor, team, supervisor=True)
    _enrol(process, field, team, approver=supervisor)
    assert Synchroniser(supervisor).sync().welcomed == [field.device]
    assert Synchroniser(field).sync().joined_team == team
    Synchroniser(supervisor).sync()  # publishes the entry, now listing the field laptop
    return supervisor, field


def _sync(*books: CaseBook) -> None:
    for book in books:
        report = Synchroniser(book).sync()
        assert report.push_refused == [] and report.pull_refused == [], report


def _server_bytes(process: ServerProcess, tmp_path: Path) -> bytes:
    if process.db_url.startswith("sqlite"):
        return b"".join(p.read_bytes() for p in tmp_path.glob("server.db*"))
    engine = create_engine(normalise_url(process.db_url))
    found = []
    with engine.connect() as connection:
        for name in inspect(connection).get_table_names():
            columns = [c["name"] for c in inspect(connection).get_columns(name)]
            for row in connection.execute(select(table(name, *map(column, columns)))):
                found += [v if isinstance(v, bytes) else str(v).encode() for v in row]
    engine.dispose()
    return b"\n".join(found)


def test_a_case_is_referred_accepted_and_seen_accepted(
    server: ServerProcess,  # noqa: F811
    tmp_path: Path,
) -> None:
    bk_sup, bk_field = _team(server, tmp_path, "bangkok")
    pp_sup, pp_field = _team(server, tmp_path, "phnom_penh")
    other_sup, _ = _team(server, tmp_path, "vientiane")
    _sync(bk_sup, bk_field)  # everyone learns the directory

    pinned = team_directory.known_team(bk_sup, "phnom_penh")
    assert pinned is not None and pinned.confirmed is None  # pinned, not compared yet
    assert pinned.entry.recipient == Keyring(pp_sup.store).current_team_key().recipient  # type: ignore[union-attr]
    with pytest.raises(Exception, match="fingerprint does not match"):
        team_directory.confirm_team(bk_sup, "phnom_penh", "0000 " * 8)
    shown = team_directory.known_team(pp_sup, "phnom_penh")  # what PP's supervisor reads out
    assert shown is not None
    team_directory.confirm_team(bk_sup, "phnom_penh", shown.entry.fingerprint)
    _sync(bk_sup, bk_field)  # the supervisor vouches for it; the field laptop learns that
    field_view = team_directory.known_team(bk_field, "phnom_penh")
    assert field_view is not None and field_view.confirmed is not None

    case_id = bk_field.open_case(INTAKE, "intake")
    bk_field.follow_up(case_id, date(2026, 11, 2), {"feels_safe": "yes"})
    with pytest.raises(BadInput, match="consent"):
        bk_field.refer(case_id, "phnom_penh", {**CONSENT, "given": False})
    assert bk_field.store.scalar("SELECT count(*) FROM outbox WHERE kind = 'referral'") == 0
    bk_field.refer(case_id, "phnom_penh", CONSENT, note="returned 2026-10-01")
    assert bk_field.store.scalar("SELECT count(*) FROM outbox WHERE kind = 'referral'") == 1
    _sync(bk_field, pp_sup, pp_field, other_sup)

    state = pp_field.state(case_id)
    assert state.fields["prs_First_Name"] == MARKERS["khmer"]
    assert state.fields["feels_safe"] == "yes" and state.status == "referred"
    assert [e.type for e in state.timeline] == ["create", "follow_up", "referral"]
    waiting = referrals.received(pp_field, waiting_only=True)
    assert [(r.case_id, r.from_team, r.device) for r in waiting] == [
        (case_id, "bangkok", bk_field.device)
    ]
    assert other_sup.list_cases().total == 0  # the third team sees nothing

    referrals.decide(pp_field, case_id, "accept")
    assert referrals.received(pp_field, waiting_only=True) == []
    _sync(pp_field, pp_sup, bk_sup, bk_field, other_sup)
    for book in (bk_sup, bk_field, pp_sup, pp_field):
        accepted = book.state(case_id)
        assert accepted.status == "open" and accepted.team == "phnom_penh"
        assert accepted.fields["_referral_accepted_by"] == "phnom_penh"
    assert other_sup.list_cases().total == 0

    _forged_and_unknown_referrals(bk_field, pp_field, case_id, tmp_path)

    server.stop()
    raw = _server_bytes(server, tmp_path)
    assert raw
    for marker in (MARKERS["khmer"], MARKERS["latin"], "feels_safe", "prs_First_Name"):
        for needle in encodings(marker).values():
            assert needle not in raw, marker
    server.start()
    for book in (bk_sup, bk_field, pp_sup, pp_field, other_sup):
        book.session.lock()


def _forged_and_unknown_referrals(
    sender: CaseBook, receiver: CaseBook, case_id: str, tmp_path: Path
) -> None:
    """Tampered, forged (another key) and from a device no directory lists: quarantined."""
    target = team_directory.known_team_entry(sender, "phnom_penh")
    assert target is not None
    payload = {
        "format": referrals.FORMAT,
        "device": sender.device,
        "action": "refer",
        "from_team": "bangkok",
        "to_team": "phnom_penh",
    }

    def sealed(device: str, signer_book: CaseBook, body: dict[str, object]) -> Envelope:
        from app.workspace.ids import new_id

        envelope_id = new_id()
        plaintext = json.dumps({**payload, **body, "id": envelope_id, "device": device}).encode()
        return seal(
            plaintext,
            recipients=[target.recipient],
            signer=Keyring(signer_book.store).signing_key(),
            envelope_id=envelope_id,
            team="bangkok",
            device=device,
            kind="referral",
        )

    event = sender.events(case_id)[0]
    good = sealed(sender.device, sender, {"case_id": case_id, "event_id": event.id, "events": []})
    tampered = replace(good, body=good.body[:-1] + bytes([good.body[-1] ^ 1]))
    stranger = _laptop(tmp_path, "stranger")
    body = {"case_id": case_id, "event_id": event.id, "events": [event.to_json()]}
    forged = sealed(sender.device, stranger, body)
    unknown = sealed("stranger-laptop", stranger, body)
    before = receiver.state(case_id).to_json()
    report = Inbox(receiver).receive([tampered, forged, unknown])
    assert report.applied == 0 and len(report.refused) == 3
    assert receiver.state(case_id).to_json() == before
    kinds = {
        i.envelope_id: i.refusal for i in refused_items(receiver)
    }  # its first user: supervisor
    assert kinds[tampered.id] is Refusal.BAD_SIGNATURE
    assert kinds[forged.id] is Refusal.BAD_SIGNATURE
    assert kinds[unknown.id] is Refusal.UNKNOWN_DEVICE
    stranger.session.lock()


def test_the_server_directory_refuses_an_entry_not_signed_by_the_teams_supervisor(
    server: ServerProcess,  # noqa: F811
    tmp_path: Path,
) -> None:
    from sync.client import SyncClient
    from sync.directory import sign_entry
    from sync.errors import SyncError

    bk_sup, bk_field = _team(server, tmp_path, "bangkok")
    token = bk_field.store.scalar("SELECT secret FROM keys WHERE name = 'server_token'")
    entry = replace(team_directory.own_entry(bk_sup), supervisor_device=bk_field.device)
    signed = sign_entry(
        replace(entry, signing_key=Keyring(bk_field.store).signing_public()),
        Keyring(bk_field.store).signing_key(),
    )
    client = SyncClient(server.url, str(token))
    with pytest.raises(SyncError, match="supervisor"):
        client.put_team_entry(signed.to_wire())
    assert [item["device"] for item in client.teams()] == [bk_sup.device]
    client.close()
    for book in (bk_sup, bk_field):
        book.session.lock()
