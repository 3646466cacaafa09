"""The team directory on a laptop: own team's entry from a known supervisor, other teams pinned
on first sight, referrals only to confirmed teams (and the waiting ones sealed when confirmed)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.cases.book import CaseBook
from app.errors import WrongCredentials
from app.team import directory as team_directory
from app.team import referrals
from app.team.case_book import case_book
from app.team.keyring import Keyring
from app.team.membership import admit, found_team, join, make_request
from app.team.outbox import Inbox
from app.workspace.folder import Workspace
from sync.directory import SignedEntry, sign_entry
from sync.errors import SyncError
from tests.conftest import CHEAP, PASSWORD

CONSENT = {"given": True, "recipient": "phnom_penh", "purpose": "reintegration"}


def _book(tmp_path: Path, name: str) -> CaseBook:
    session, _ = Workspace.create(tmp_path / name, name, PASSWORD, cost=CHEAP)
    return case_book(session)


def _published(book: CaseBook) -> SignedEntry:
    return sign_entry(team_directory.own_entry(book), Keyring(book.store).signing_key())


@pytest.fixture
def teams(tmp_path: Path) -> tuple[CaseBook, CaseBook, CaseBook]:
    bangkok, field, phnom_penh = (_book(tmp_path, n) for n in ("bk", "bk-field", "pp"))
    found_team(bangkok, "bangkok")
    found_team(phnom_penh, "phnom_penh")
    welcome, _ = admit(bangkok, make_request(field)[0])
    join(field, welcome)
    return bangkok, field, phnom_penh


def test_own_team_entry_only_from_a_known_supervisor_device(
    teams: tuple[CaseBook, CaseBook, CaseBook],
) -> None:
    bangkok, field, phnom_penh = teams
    team_directory.learn_entry(field, _published(bangkok))  # its supervisor, from the welcome
    assert team_directory.known_team_entry(field, "bangkok") is not None
    impostor = replace(team_directory.own_entry(phnom_penh), team="bangkok")
    with pytest.raises(SyncError, match="not a known supervisor device"):
        team_directory.learn_entry(
            field, sign_entry(impostor, Keyring(phnom_penh.store).signing_key())
        )


def test_another_team_is_pinned_on_first_sight(
    teams: tuple[CaseBook, CaseBook, CaseBook],
) -> None:
    bangkok, _, phnom_penh = teams
    team_directory.learn_entry(bangkok, _published(phnom_penh))
    first = team_directory.known_team(bangkok, "phnom_penh")
    assert first is not None and first.confirmed is None
    other_key = Ed25519PrivateKey.generate()
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    public = other_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    swapped = replace(team_directory.own_entry(phnom_penh), signing_key=public, devices={})
    with pytest.raises(SyncError, match="than the one pinned"):
        team_directory.learn_entry(bangkok, sign_entry(swapped, other_key))
    kept = team_directory.known_team(bangkok, "phnom_penh")
    assert kept is not None and kept.entry == first.entry
    refused = team_directory.learn(bangkok, [sign_entry(swapped, other_key).to_wire()])
    assert len(refused) == 1 and "pinned" in refused[0]["reason"]


def test_a_team_with_a_new_supervisor_laptop_is_pinned_again_once_confirmed(
    teams: tuple[CaseBook, CaseBook, CaseBook],
) -> None:
    """Phnom Penh's supervisor laptop was replaced: its entry now comes signed by a new key. It is
    refused and set aside, shown with its new fingerprint, and pinned only once a person compared
    that fingerprint with Phnom Penh's supervisor."""
    bangkok, _, phnom_penh = teams
    team_directory.learn_entry(bangkok, _published(phnom_penh))
    first = team_directory.known_team(bangkok, "phnom_penh")
    assert first is not None
    new_key = Ed25519PrivateKey.generate()
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    public = new_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    renewed = replace(team_directory.own_entry(phnom_penh), signing_key=public, devices={})
    with pytest.raises(SyncError, match="compare the new fingerprint"):
        team_directory.learn_entry(bangkok, sign_entry(renewed, new_key))
    waiting = team_directory.known_team(bangkok, "phnom_penh")
    assert waiting is not None and waiting.entry == first.entry  # still the old key in use
    # a key the pinned entry does not vouch for is not offered (anyone the server lets publish
    # could have made it), but a person who compared its fingerprint may still pin it
    assert waiting.new_key_waiting is None
    with pytest.raises(WrongCredentials):
        team_directory.confirm_team(bangkok, "phnom_penh", "0000 0000 0000 0000")
    confirmed = team_directory.confirm_team(bangkok, "phnom_penh", renewed.fingerprint)
    assert confirmed.entry == renewed and confirmed.confirmed is not None
    now = team_directory.known_team(bangkok, "phnom_penh")
    assert now is not None and now.entry == renewed and now.new_key_waiting is None
    # from now on the new key is the pinned one: an entry under the old key is refused
    with pytest.raises(SyncError, match="than the one pinned"):
        team_directory.learn_entry(bangkok, _published(phnom_penh))


def test_a_new_key_the_pinned_entry_vouches_for_is_offered(
    teams: tuple[CaseBook, CaseBook, CaseBook],
) -> None:
    """Phnom Penh's second supervisor laptop, approved in the team's entry, signs the entry now
    (the first was lost): Bangkok offers its fingerprint for comparison."""
    bangkok, _, phnom_penh = teams
    new_key = Ed25519PrivateKey.generate()
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    public = new_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    pinned = replace(team_directory.own_entry(phnom_penh), devices={"second-sup": public})
    team_directory.learn_entry(bangkok, sign_entry(pinned, Keyring(phnom_penh.store).signing_key()))
    renewed = replace(pinned, supervisor_device="second-sup", signing_key=public)
    with pytest.raises(SyncError, match="compare the new fingerprint"):
        team_directory.learn_entry(bangkok, sign_entry(renewed, new_key))
    waiting = team_directory.known_team(bangkok, "phnom_penh")
    assert waiting is not None and waiting.new_key_waiting == renewed.fingerprint
    assert waiting.to_json()["new_key_waiting"] == renewed.fingerprint


def test_a_referral_waits_until_its_team_is_confirmed(
    teams: tuple[CaseBook, CaseBook, CaseBook],
) -> None:
    bangkok, field, phnom_penh = teams
    case_id = field.open_case({"prs_First_Name": "Dara"}, "intake")
    field.refer(case_id, "phnom_penh", CONSENT)  # not in the directory yet: recorded, waits
    assert [s for _, s in referrals.waiting_to_send(field)] == [referrals.UNKNOWN_TEAM]
    team_directory.learn_entry(field, _published(phnom_penh))
    assert [s for _, s in referrals.waiting_to_send(field)] == [referrals.UNCONFIRMED]
    with pytest.raises(WrongCredentials):
        team_directory.confirm_team(field, "phnom_penh", "0000 " * 8)
    # Bangkok's supervisor compared it and vouches for it in the team's own entry.
    team_directory.learn_entry(bangkok, _published(phnom_penh))
    fingerprint = team_directory.own_entry(phnom_penh).fingerprint
    team_directory.confirm_team(bangkok, "phnom_penh", fingerprint)
    team_directory.learn_entry(field, _published(bangkok))
    assert referrals.seal_waiting(field) == 1
    assert referrals.waiting_to_send(field) == []
    wire = field.store.scalar("SELECT wire FROM outbox WHERE kind = 'referral'")
    assert '"recipient_team": "phnom_penh"' in str(wire)

    # Phnom Penh opens it, once it knows Bangkok's entry (which lists the field laptop).
    import json

    from sync.envelope import Envelope

    envelope = Envelope.from_wire(json.loads(str(wire)))
    first = Inbox(phnom_penh).receive([envelope])
    assert first.applied == 0 and "unknown here" in first.refused[0][1]
    team_directory.learn_entry(phnom_penh, _published(bangkok))
    assert referrals.retry_refused(phnom_penh) == 1
    assert phnom_penh.state(case_id).status == "referred"
    for book in teams:
        book.session.lock()
