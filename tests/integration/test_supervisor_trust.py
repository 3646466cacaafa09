"""Member laptops take a device as a supervisor's only when a supervisor they trust vouched for it,
never because the server's roster says so (app/team/supervisor_trust.py), through a real server.

A device the server approved with the supervisor role, but that no supervisor approved on her
laptop, can neither rotate the team key on a field laptop (the field laptop refuses the key and
keeps sealing to the team's key) nor publish a form version it installs. A second supervisor the
first approved on her laptop as a supervisor can do both."""

from __future__ import annotations

from pathlib import Path

from app.interviews.form_library import FormLibrary
from app.team import key_rotation
from app.team.form_versions import publish_form
from app.team.keyring import Keyring
from app.team.membership import found_team
from app.team.synchronise import Synchroniser, SyncReport
from sync.directory import key_id
from tests.app.form_files import screening_form
from tests.integration.test_key_rotation import TEAM, _enrol, _laptop
from tests.integration.test_server_process import (  # noqa: F401 (fixtures)
    ServerProcess,
    db_url,
    server,
)


def _reasons(report: SyncReport) -> list[str]:
    return [str(item["reason"]) for item in report.pull_refused]


def test_only_a_vouched_supervisor_rotates_the_key_or_publishes_forms(
    server: ServerProcess,  # noqa: F811
    tmp_path: Path,
) -> None:
    supervisor, field, rogue, second = (
        _laptop(tmp_path, n) for n in ("sup", "field", "rogue", "second")
    )
    found_team(supervisor, TEAM)
    _enrol(server, supervisor, supervisor=True)
    _enrol(server, field, approver=supervisor)
    Synchroniser(supervisor).sync()
    assert Synchroniser(field).sync().joined_team == TEAM
    team_key = Keyring(field.store).current_team_key()
    assert team_key is not None

    # The server's administrator enrols a laptop of their own as a supervisor's: approved on the
    # server with the supervisor role, never on the supervisor's laptop.
    _enrol(server, rogue, supervisor=True)
    found_team(rogue, TEAM)  # a team key of its own making
    Synchroniser(rogue).approve_device(field.device, Keyring(field.store).fingerprint())
    Synchroniser(rogue).sync()
    key_rotation.rotate_team_key(rogue, "take over")
    publish_form(rogue, screening_form(tmp_path, "1"))
    assert field.device in Synchroniser(rogue).sync().team_key_sent_to

    report = Synchroniser(field).sync()
    reasons = _reasons(report)
    assert report.team_keys_received == []
    assert any("does not trust as a supervisor's device" in r for r in reasons)
    # the rogue's form version (and anything else it sends): no trusted supervisor vouched for it
    assert any(
        "is not a device a trusted supervisor of this team vouched for" in r for r in reasons
    )
    assert Keyring(field.store).current_team_key() == team_key  # still sealing to the team's key
    assert "screening" not in FormLibrary().on(field.store).form_ids()

    # A second supervisor, approved as one on the first supervisor's laptop: vouched for.
    _enrol(server, second, supervisor=True, approver=supervisor)
    Synchroniser(supervisor).sync()  # welcomes it and publishes the signed statement
    Synchroniser(field).sync()  # learns it from the statement
    assert Synchroniser(second).sync().joined_team == TEAM
    Synchroniser(second).approve_device(field.device, Keyring(field.store).fingerprint())
    Synchroniser(second).sync()
    new_key = key_rotation.rotate_team_key(second, "a laptop was lost")
    publish_form(second, screening_form(tmp_path, "2"))
    assert field.device in Synchroniser(second).sync().team_key_sent_to

    report = Synchroniser(field).sync()
    assert report.team_keys_received == [key_id(new_key.recipient)]
    assert Keyring(field.store).current_team_key() == new_key
    assert FormLibrary().on(field.store).get("screening", "2") is not None
    for book in (supervisor, field, rogue, second):
        book.session.lock()
