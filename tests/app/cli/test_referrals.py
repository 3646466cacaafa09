"""``fieldcase referral ...`` on two teams' workspaces (the directory learned as a sync would)."""

from __future__ import annotations

import json
from pathlib import Path

from app.cases.book import CaseBook
from app.team import directory as team_directory
from app.team.case_book import case_book
from app.team.keyring import Keyring
from app.team.membership import found_team
from app.team.outbox import Inbox
from app.workspace.folder import Workspace
from sync.directory import sign_entry
from sync.envelope import Envelope
from tests.app.cli.test_team import PW, fieldcase
from tests.conftest import CHEAP


def _open(path: Path) -> CaseBook:
    return case_book(Workspace.at(path).login("ana", PW))


def test_send_list_and_accept_from_the_command_line(tmp_path: Path) -> None:
    for team in ("bangkok", "phnom_penh"):
        session, _ = Workspace.create(tmp_path / team, "ana", PW, cost=CHEAP)
        found_team(case_book(session), team)
        session.lock()
    bk, pp = _open(tmp_path / "bangkok"), _open(tmp_path / "phnom_penh")
    for book, other in ((bk, pp), (pp, bk)):
        signed = sign_entry(team_directory.own_entry(other), Keyring(other.store).signing_key())
        team_directory.learn_entry(book, signed)
    case_id = bk.open_case({"prs_First_Name": "Dara"}, "intake")
    fingerprint = team_directory.own_entry(pp).fingerprint
    for book in (bk, pp):
        book.session.lock()

    def run(team: str, *args: str) -> dict:  # type: ignore[type-arg]
        login = ["--workspace", str(tmp_path / team), "--user", "ana", "--password-stdin"]
        done = fieldcase("referral", args[0], *login, *args[1:])
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)  # type: ignore[no-any-return]

    teams = run("bangkok", "teams")
    assert {t["team"]: t["confirmed"] for t in teams}["phnom_penh"] is None
    send = ["send", "--case", case_id, "--to-team", "phnom_penh", "--purpose", "reintegration"]
    refused = fieldcase("referral", "send", *_login(tmp_path, "bangkok"), *send[1:])
    assert refused.returncode == 2 and "consent" in refused.stderr
    assert run("bangkok", *send, "--consent")["state"] == "unconfirmed"
    wrong = fieldcase(
        "referral", "trust", *_login(tmp_path, "bangkok"), "--team", "phnom_penh",
        "--fingerprint", "0000 " * 8,
    )  # fmt: skip
    assert wrong.returncode == 3
    run("bangkok", "trust", "--team", "phnom_penh", "--fingerprint", fingerprint)
    assert run("bangkok", "list")["waiting_to_send"] == []  # sealed once confirmed

    bk, pp = _open(tmp_path / "bangkok"), _open(tmp_path / "phnom_penh")
    wire = bk.store.scalar("SELECT wire FROM outbox WHERE kind = 'referral'")
    assert Inbox(pp).receive([Envelope.from_wire(json.loads(str(wire)))]).applied == 1
    for book in (bk, pp):
        book.session.lock()
    received = run("phnom_penh", "list")["received"]
    assert [(r["case_id"], r["from_team"], r["decided"]) for r in received] == [
        (case_id, "bangkok", None)
    ]
    assert run("phnom_penh", "accept", "--case", case_id)["decision"] == "accept"
    assert run("phnom_penh", "list")["received"][0]["decided"] == "accept"
    again = fieldcase("referral", "decline", *_login(tmp_path, "phnom_penh"), "--case", case_id)
    assert again.returncode == 2 and "not a referral waiting" in again.stderr


def _login(tmp_path: Path, team: str) -> list[str]:
    return ["--workspace", str(tmp_path / team), "--user", "ana", "--password-stdin"]
