"""Two laptops of a team and a supervisor, syncing through a real server process over HTTP.

Intake on the first laptop, a follow-up on the second while offline, everyone converges; a
concurrent edit becomes the same conflict everywhere; the server's database holds none of the
text; a revoked laptop is refused."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from app.cases.book import CaseBook
from app.team.case_book import case_book
from app.team.keyring import Keyring
from app.team.membership import found_team
from app.team.outbox import outbox_of
from app.team.synchronise import Synchroniser
from app.workspace.folder import Workspace
from sync.errors import SyncError, SyncErrorKind
from tests.conftest import CHEAP, PASSWORD
from tests.integration.test_server_process import ServerProcess, fieldcase

TODAY = date(2026, 11, 28)


def _laptop(tmp_path: Path, name: str) -> CaseBook:
    session, _ = Workspace.create(tmp_path / name, name, PASSWORD, cost=CHEAP)
    return case_book(session, today=lambda: TODAY)


def approve_here(approver: CaseBook, book: CaseBook, supervisor: bool = False) -> None:
    """The supervisor's laptop approves ``book``'s laptop after comparing the fingerprint it
    shows (app/team/device_approvals.py): only then does it hand it the team key."""
    Synchroniser(approver).approve_device(
        book.device, Keyring(book.store).fingerprint(), supervisor=supervisor
    )


def _enrol(
    server: ServerProcess,
    book: CaseBook,
    team: str,
    supervisor: bool = False,
    approver: CaseBook | None = None,
) -> None:
    """Enrol ``book`` with the server and approve it there; ``approver`` (a supervisor's
    laptop, already enrolled) approves it too. The team's founder needs no approver."""
    code = fieldcase("server", "enrol-code", "--db", server.db_url, "--team", team).strip()
    shown = Synchroniser(book).enrol(server.url, code)
    assert shown["fingerprint"] == Keyring(book.store).fingerprint()
    extra = ["--supervisor"] if supervisor else []
    fieldcase(
        "server",
        "approve",
        "--db",
        server.db_url,
        "--device",
        book.device,
        "--fingerprint",
        shown["fingerprint"],
        *extra,
    )
    if approver is not None:
        approve_here(approver, book, supervisor)


def test_a_team_converges_through_the_server(server: ServerProcess, tmp_path: Path) -> None:
    supervisor, first, second = (_laptop(tmp_path, n) for n in ("sup", "first", "second"))
    found_team(supervisor, "bangkok-shelter")
    _enrol(server, supervisor, "bangkok-shelter", supervisor=True)
    for laptop in (first, second):
        code = fieldcase(
            "server", "enrol-code", "--db", server.db_url, "--team", "bangkok-shelter"
        ).strip()
        Synchroniser(laptop).enrol(server.url, code)
        assert Synchroniser(laptop).sync().waiting_for_approval  # not approved yet: nothing moves
        fingerprint = Keyring(laptop.store).fingerprint()
        fieldcase(
            "server",
            "approve",
            "--db",
            server.db_url,
            "--device",
            laptop.device,
            "--fingerprint",
            fingerprint,
        )
        approve_here(supervisor, laptop)

    assert sorted(Synchroniser(supervisor).sync().welcomed) == sorted([first.device, second.device])
    assert Synchroniser(first).sync().joined_team == "bangkok-shelter"
    assert Synchroniser(second).sync().joined_team == "bangkok-shelter"

    case_id = first.open_case(
        {"prs_First_Name": "សុខា ជា", "age": "16", "return_date": "2026-10-01"}, "intake"
    )
    assert Synchroniser(first).sync().pushed == 1
    assert Synchroniser(second).sync().pulled == 1
    second.follow_up(case_id, date(2026, 11, 2), {"feels_safe": "yes"})  # offline
    first.update(case_id, {"age": "17"})  # concurrently, on the first laptop
    second.update(case_id, {"age": "15"})
    for _ in range(2):
        for laptop in (first, second, supervisor):
            report = Synchroniser(laptop).sync()
            assert report.push_refused == [] and report.pull_refused == []
    states = [book.state(case_id).to_json() for book in (first, second, supervisor)]
    assert states[0] == states[1] == states[2]
    assert sorted(c["value"] for c in states[0]["conflicts"]["age"]) == ["15", "17"]
    assert states[0]["fields"]["feels_safe"] == "yes"

    server.stop()
    raw = (tmp_path / "server.db").read_bytes()
    for secret in ("សុខា", "feels_safe", "prs_First_Name"):
        assert secret.encode() not in raw
    with sqlite3.connect(tmp_path / "server.db") as db:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables  # a real database, scanned above
    from tests.reliability import record

    record("server database: plaintext of the records carried", "0 occurrences", "pass")
    server.start()

    fieldcase(
        "server",
        "revoke",
        "--db",
        server.db_url,
        "--device",
        second.device,
        "--reason",
        "laptop lost",
    )
    with pytest.raises(SyncError) as refused:
        Synchroniser(second).sync()
    assert refused.value.kind in (SyncErrorKind.REVOKED, SyncErrorKind.AUTH)
    for book in (supervisor, first, second):
        book.session.lock()


def test_a_server_that_is_not_there_leaves_the_outbox_waiting(tmp_path: Path) -> None:
    from tests.integration.test_server_process import free_port

    laptop = _laptop(tmp_path, "lonely")
    found_team(laptop, "t1")
    laptop.open_case({"prs_First_Name": "Dara"}, "intake")
    laptop.store.execute(
        "INSERT INTO settings (key, value) VALUES ('server_url', ?)",
        (f"http://127.0.0.1:{free_port()}",),
    )
    with pytest.raises(SyncError) as failed:
        Synchroniser(laptop).sync()
    assert failed.value.kind is SyncErrorKind.NETWORK
    assert outbox_of(laptop).counts()["waiting"] == 1
    laptop.session.lock()


def test_an_invitation_line_and_its_qr_code_enrol_a_laptop(
    server: ServerProcess, tmp_path: Path
) -> None:
    import subprocess
    import sys

    from app.team.invitation import Invitation

    qr = tmp_path / "invitation.png"
    printed = fieldcase(
        "server",
        "enrol-code",
        "--db",
        server.db_url,
        "--team",
        "t1",
        "--server-url",
        server.url,
        "--qr",
        str(qr),
    ).splitlines()
    invitation = Invitation.from_text(printed[1])
    assert invitation.server == server.url and invitation.code == printed[0]
    assert qr.read_bytes().startswith(b"\x89PNG")
    folder = tmp_path / "laptop"
    base = ["--workspace", str(folder), "--user", "ana", "--password-stdin"]
    for args in (["init", *base], ["enrol", *base, "--invitation", printed[1]]):
        done = subprocess.run(
            [sys.executable, "-m", "app.cli", *args],
            input=PASSWORD + "\n",
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
    assert '"status": "pending"' in done.stdout
