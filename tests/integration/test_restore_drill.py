"""The restore drill (docs/deploy.md): laptops sync through a real server process; the database is
backed up (``fieldcase server backup``) while they work on; they sync more; the server stops, its
database is destroyed and restored from the backup (``fieldcase server restore``); the server
starts again and the laptops sync. Every envelope is then on the server exactly once, every
laptop holds the same cases, and nothing is duplicated: the laptops pushed again what the
restored server lacked (app/team/restored_server.py). A case erased after the backup leaves the
restored server again (the laptops acknowledge the erasure anew), and a referral to another team
made after the backup reaches that team with its attachments (re-sealed and uploaded again)."""

from __future__ import annotations

import base64
import os
import re
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import MetaData, text

from app.cases.book import CaseBook
from app.cases.erasure import envelope_ids
from app.interviews import attachments
from app.interviews.interview import Interview
from app.team import directory as team_directory
from app.team.membership import found_team
from app.team.synchronise import Synchroniser
from sync.server.database import make_engine, open_database
from sync.server.enrolment import register
from tests.app.team.test_referral_attachments import case_with_attachments
from tests.integration.test_attachment_sync import EVIDENCE
from tests.integration.test_referral_sync import CONSENT, _team
from tests.integration.test_server_process import (  # db_url: SQLite, and PostgreSQL when set
    FIELDCASE,
    HEADERS,
    ROOT,
    ServerProcess,
    db_url,
    enrol,
    fieldcase,
)
from tests.integration.test_team_sync import _enrol, _laptop
from tests.sync.server.kit import Laptop, fake_age_recipient

__all__ = ["db_url"]  # the fixture, imported for pytest

PHOTO = b"passport photo " + os.urandom(300_000)
SCAN = b"signed consent " + os.urandom(200_000)


def _intake(book: CaseBook, name: str) -> str:
    return book.open_case({"prs_First_Name": name, "age": "17"}, "intake")


def _attach(book: CaseBook, data: bytes) -> str:
    """A finished interview with a scanned document: its attachment's id."""
    interview = Interview.start(book.session, book, EVIDENCE)
    assert interview.draft_id is not None
    kept = attachments.add(
        book.session, data, original_name="consent.pdf", question="consent",
        draft_id=interview.draft_id,
    )  # fmt: skip
    interview.set_answer("consent", kept.file_name)
    interview.finish()
    return kept.id


def _server_envelopes(db_url: str, kind: str | None = None) -> list[str]:
    """The ids of the envelopes the server holds: attachments, or (no kind) all the others."""
    engine = make_engine(db_url)
    where = "kind = :kind" if kind else "kind != 'attachment'"
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                text(f"SELECT id FROM envelopes WHERE {where}"), {"kind": kind}
            )
            return [str(row[0]) for row in rows]
    finally:
        engine.dispose()


def _destroy(db_url: str) -> None:
    """The disk died: nothing of the server's database is left."""
    if db_url.startswith("sqlite:///"):
        path = Path(db_url.removeprefix("sqlite:///"))
        for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            name.unlink(missing_ok=True)
        return
    engine = make_engine(db_url)
    try:
        metadata = MetaData()
        metadata.reflect(engine)
        metadata.drop_all(engine)
    finally:
        engine.dispose()


def _state(book: CaseBook) -> dict[str, tuple[str, str]]:
    rows = book.store.query("SELECT case_id, status, state FROM cases")
    return {str(row[0]): (str(row[1]), str(row[2])) for row in rows}


def _events(book: CaseBook) -> list[str]:
    return sorted(str(row[0]) for row in book.store.query("SELECT id FROM case_events"))


@pytest.fixture
def drill_server(db_url: str, tmp_path: Path) -> Iterator[ServerProcess]:
    process = ServerProcess(db_url, tmp_path / "server.log")
    process.start()
    yield process
    process.stop()


def test_laptops_push_again_what_a_restored_server_lost(
    drill_server: ServerProcess, tmp_path: Path
) -> None:
    server = drill_server
    supervisor, first, second = (_laptop(tmp_path, n) for n in ("sup", "first", "second"))
    found_team(supervisor, "chiang-mai-shelter")
    _enrol(server, supervisor, "chiang-mai-shelter", supervisor=True)
    for laptop in (first, second):
        _enrol(server, laptop, "chiang-mai-shelter", approver=supervisor)
    Synchroniser(supervisor).sync()
    laptops = (supervisor, first, second)
    for laptop in (first, second):
        assert Synchroniser(laptop).sync().joined_team == "chiang-mai-shelter"
    # Another team, in the country of origin, that cases are referred to.
    pp_sup, pp_field = _team(server, tmp_path, "phnom_penh")
    Synchroniser(supervisor).sync()
    shown = team_directory.known_team(pp_sup, "phnom_penh")
    assert shown is not None
    team_directory.confirm_team(supervisor, "phnom_penh", shown.entry.fingerprint)

    before = [_intake(first, f"Sokha {i}") for i in range(3)] + [_intake(second, "Dara")]
    first.update(before[1], {"age": "16"})
    referred, carried = case_with_attachments(first, PHOTO, SCAN)
    for _ in range(2):
        for laptop in (*laptops, pp_sup, pp_field):
            Synchroniser(laptop).sync()

    backup = tmp_path / "server.fcbackup"
    said = fieldcase("server", "backup", "--db", server.db_url, "--out", str(backup))
    assert re.search(r"schema \d{4}", said), said  # the server's newest revision (0007 or later)
    assert backup.stat().st_mode & 0o777 == 0o600

    # Work after the backup: new cases, and an update to a case from before it; a case erased
    # (the server drops its envelopes once every laptop applied it), another referred to Phnom
    # Penh with its two attachments, whose laptops do not sync before the server's disk dies.
    after = [_intake(first, f"Channary {i}") for i in range(2)] + [_intake(second, "Vannak")]
    second.update(before[0], {"age": "18"})
    scan = _attach(first, b"signed consent, scanned " * 400)
    erased = envelope_ids(first, before[1])
    supervisor.erase(before[1], "the person withdrew consent")
    first.refer(referred, "phnom_penh", CONSENT, note="returned 2026-10-01")
    for _ in range(2):
        for laptop in laptops:
            Synchroniser(laptop).sync()
    lost = set(_server_envelopes(server.db_url))
    assert set(after) <= {c for (c,) in first.store.query("SELECT case_id FROM cases")}
    assert not set(erased) & lost  # dropped before the disk died
    resealed = [
        str(r[0]) for r in first.store.query("SELECT envelope_id FROM referral_attachments")
    ]
    assert len(resealed) == 2
    assert set(resealed) <= set(_server_envelopes(server.db_url, kind="attachment"))

    server.stop()
    _destroy(server.db_url)
    restored = subprocess.run(
        [*FIELDCASE, "server", "restore", "--db", server.db_url, "--from", str(backup)],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert restored.returncode == 0, restored.stderr
    assert "restored the backup" in restored.stdout
    assert len(_server_envelopes(server.db_url)) < len(lost)  # the work after the backup is gone
    assert set(erased) <= set(_server_envelopes(server.db_url))  # the erased case is back
    server.start()

    # A laptop works on before it syncs with the restored server.
    newest = _intake(second, "Sreymom")
    everyone = (*laptops, pp_sup, pp_field)
    reports = [Synchroniser(laptop).sync() for laptop in everyone]
    for laptop in everyone:
        report = Synchroniser(laptop).sync()
        assert report.push_refused == [] and report.pull_refused == []
        assert report.waiting == 0 and report.attachments_waiting == 0

    # The erased case left the restored server again, and no laptop has it back.
    held = set(_server_envelopes(server.db_url)) | set(
        _server_envelopes(server.db_url, kind="attachment")
    )
    assert not set(erased) & held, "the restored server still holds the erased case"
    assert sum(r.erasures_acknowledged for r in reports[:3]) >= 3
    for laptop in laptops:
        assert before[1] not in _state(laptop)

    on_server = _server_envelopes(server.db_url)
    assert len(on_server) == len(set(on_server))  # each envelope once
    sent = {
        str(row[0])
        for laptop in everyone
        for row in laptop.store.query("SELECT envelope_id FROM outbox")
    }
    assert set(on_server) == sent  # ...and every envelope of every laptop, none erased twice
    assert scan in _server_envelopes(server.db_url, kind="attachment")
    for laptop in (supervisor, second):  # the attachment uploaded after the backup, sent again
        assert attachments.read(laptop.store, scan) == b"signed consent, scanned " * 400
    assert lost < set(on_server)
    states = [_state(laptop) for laptop in laptops]
    assert states[0] == states[1] == states[2]
    assert set(before) - {before[1]} | set(after) | {newest} <= set(states[0])
    assert _events(supervisor) == _events(first) == _events(second)
    assert '"18"' in states[0][before[0]][1]  # the update made after the backup, everywhere
    assert reports[1].pushed_again > 0 and reports[2].pushed_again > 0

    # The referral reached Phnom Penh after the restore, with both files as they were.
    assert pp_field.state(referred).status == "referred"
    assert set(resealed) <= set(_server_envelopes(server.db_url, kind="attachment"))
    for kept, data in zip(carried, (PHOTO, SCAN), strict=True):
        assert attachments.read(pp_field.store, kept.id) == data
    for laptop in everyone:
        laptop.session.lock()


def test_restore_refuses_a_database_with_data_unless_told(
    drill_server: ServerProcess, tmp_path: Path
) -> None:
    server = drill_server
    backup = tmp_path / "b.fcbackup"
    fieldcase("server", "backup", "--db", server.db_url, "--out", str(backup))
    server.stop()
    code = fieldcase("server", "enrol-code", "--db", server.db_url, "--team", "t").strip()
    db = open_database(server.db_url)
    try:
        register(
            db, enrolment_code=code, device="laptop-1",
            signing_key=base64.b64encode(bytes(32)).decode(), age_recipient=fake_age_recipient(),
        )  # fmt: skip
    finally:
        db.dispose()
    command = [*FIELDCASE, "server", "restore", "--db", server.db_url, "--from", str(backup)]
    run = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert run.returncode == 2
    assert run.stderr.startswith("fieldcase: ") and "1 devices" in run.stderr
    assert "--yes" in run.stderr and len(run.stderr.strip().splitlines()) == 1
    run = subprocess.run([*command, "--yes"], cwd=ROOT, capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert "laptop-1" not in fieldcase("server", "devices", "--db", server.db_url)

    junk = tmp_path / "junk"
    junk.write_bytes(b"not a backup\n")
    run = subprocess.run(
        [*command[:-1], str(junk), "--yes"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert (run.returncode, run.stderr) == (2, "fieldcase: not a fieldcase server backup\n")


def test_a_backup_taken_while_laptops_push_is_consistent(
    drill_server: ServerProcess, tmp_path: Path
) -> None:
    """Backups taken in the middle of pushes: each holds whole batches (no seq missing below its
    newest, the counter at its newest) and restores into a server that serves them all."""
    server = drill_server
    with httpx.Client(base_url=server.url, headers=HEADERS, timeout=30) as client:
        laptop = enrol(client, server.db_url, Laptop("laptop-1"), "mekong-1")
    stopped = threading.Event()
    pushed: list[int] = []

    def keep_pushing() -> None:
        with httpx.Client(base_url=server.url, headers=HEADERS, timeout=30) as pusher:
            while not stopped.is_set():
                batch = [laptop.envelope(os.urandom(4096)).to_wire() for _ in range(40)]
                response = pusher.post("/v1/push", json={"envelopes": batch}, headers=laptop.auth)
                assert response.status_code == 200, response.text
                pushed.append(len(batch))

    thread = threading.Thread(target=keep_pushing)
    thread.start()
    try:
        copies = []
        for n in range(3):
            while sum(pushed) < 80 * (n + 1):
                time.sleep(0.01)
            copies.append(tmp_path / f"during-{n}.fcbackup")
            fieldcase("server", "backup", "--db", server.db_url, "--out", str(copies[-1]))
    finally:
        stopped.set()
        thread.join(timeout=60)
    for n, copy in enumerate(copies):
        url = f"sqlite:///{tmp_path / f'restored-{n}.db'}"
        if not server.db_url.startswith("sqlite"):
            continue  # one PostgreSQL database: its restore is the drill's
        fieldcase("server", "restore", "--db", url, "--from", str(copy))
        engine = make_engine(url)
        with engine.connect() as connection:
            seqs = [int(r[0]) for r in connection.execute(text("SELECT seq FROM envelopes"))]
            counter = connection.execute(text("SELECT value FROM server_counter")).scalar_one()
        engine.dispose()
        assert seqs and sorted(seqs) == list(range(1, len(seqs) + 1))
        assert counter == len(seqs) and len(seqs) % 40 == 0  # whole batches only
