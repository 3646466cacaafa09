"""A lost laptop reveals nothing: no byte of record content is readable in the workspace folder.

Known marker strings in the region's scripts are written as record content through the real
``Session`` (drafts saved as typed, forms finalised) and every file in the workspace folder —
``workspace.db``, ``-wal``, ``-shm``, any journal or temp file, ``keyslots``, ``auth-state.json``,
``workspace.json`` — is scanned for each marker as UTF-8 (NFC and NFD), UTF-16-LE, UTF-16-BE and
JSON-escaped (``\\u17a0...``). Scans run while the session is open (WAL present), after it is locked,
and after a process is killed with SIGKILL inside an open transaction whose pages had spilled into
the WAL. The temp folder given to that process is scanned too.

Each scan has a control: the same writes through the same ``Session`` code over a plain ``sqlite3``
file, where the scan must find the markers — otherwise a broken scan would pass silently.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import unicodedata
import uuid
from pathlib import Path

import pytest

from app.workspace.folder import Workspace
from app.workspace.roles import Role
from app.workspace.schema import MIGRATIONS
from app.workspace.session import Session
from app.workspace.store import Store

WRITER = Path(__file__).with_name("crash_writer.py")
PASSWORD = "correct horse battery"

MARKERS = {
    "khmer": "សុខ ដារ៉ា",
    "burmese": "မောင်မောင်",
    "thai": "สมชาย ใจดี",
    "lao": "ສົມພອນ ແກ້ວມະນີ",
    "vietnamese": "Nguyễn Thị Hoa",
    "chinese": "王小明",
    "latin": "Qzxv Plaintext-Marker",
}


def encodings(marker: str) -> dict[str, bytes]:
    nfd = unicodedata.normalize("NFD", marker)
    return {
        "utf-8": marker.encode("utf-8"),
        "utf-8-nfd": nfd.encode("utf-8"),
        "utf-16-le": marker.encode("utf-16-le"),
        "utf-16-be": marker.encode("utf-16-be"),
        "json-escaped": json.dumps(marker, ensure_ascii=True)[1:-1].encode("ascii"),
    }


def scan(*folders: Path) -> list[tuple[str, str, str]]:
    """Every (file, marker, encoding) found in any byte of any file under ``folders``."""
    hits = []
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            data = path.read_bytes()
            for name, marker in MARKERS.items():
                for encoding, needle in encodings(marker).items():
                    if needle in data:
                        hits.append((path.name, name, encoding))
    return hits


def file_names(folder: Path) -> set[str]:
    return {p.name for p in folder.rglob("*") if p.is_file()}


def write_records(session: Session) -> None:
    """A social worker types an intake form (each answer saved at once), then finalises it; a
    second interview stays a draft."""
    answers: dict[str, object] = {}
    draft_id = None
    for field, marker in MARKERS.items():
        answers[f"name_{field}"] = marker
        answers["narrative"] = " ".join(str(v) for v in answers.values())
        draft_id = session.save_draft("intake", "1", answers, draft_id=draft_id)
    assert draft_id is not None
    session.finalise_draft(draft_id)
    session.save_draft("follow_up", "1", {"notes": list(MARKERS.values())})


def plain_session(folder: Path, encoding: str = "UTF-8") -> Session:
    """The app's Session and Store over a plain sqlite3 file with the app's pragmas: the control."""
    folder.mkdir(parents=True)
    conn = sqlite3.connect(str(folder / "workspace.db"), isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA encoding = '{encoding}'")
    for pragma in (
        "journal_mode = WAL",
        "synchronous = FULL",
        "secure_delete = ON",
        "temp_store = MEMORY",
        "foreign_keys = ON",
    ):
        conn.execute(f"PRAGMA {pragma}").fetchall()
    store = Store(conn)
    store.migrate(MIGRATIONS)
    return Session(
        Workspace(folder, str(uuid.uuid4())), store, bytearray(32), "ana", Role.SUPERVISOR
    )


def found(hits: list[tuple[str, str, str]], encoding: str) -> set[str]:
    return {marker for _, marker, enc in hits if enc == encoding}


# -- controls: the scan must be able to fail -------------------------------------------------------


@pytest.mark.parametrize("encoding", ["UTF-8", "UTF-16le", "UTF-16be"])
def test_control_scan_finds_markers_in_a_plain_sqlite_file(tmp_path: Path, encoding: str) -> None:
    folder = tmp_path / "plain"
    session = plain_session(folder, encoding)
    write_records(session)
    expected = {"UTF-8": "utf-8", "UTF-16le": "utf-16-le", "UTF-16be": "utf-16-be"}[encoding]
    assert (folder / "workspace.db-wal").stat().st_size > 0
    assert found(scan(folder), expected) == set(MARKERS), "open, in the WAL"
    session.store.close()
    assert not (folder / "workspace.db-wal").exists()
    assert found(scan(folder), expected) == set(MARKERS), "closed, in the database file"


def test_control_scan_finds_json_escaped_and_decomposed_markers(tmp_path: Path) -> None:
    (tmp_path / "escaped.json").write_text(json.dumps(list(MARKERS.values()), ensure_ascii=True))
    nfd = " ".join(unicodedata.normalize("NFD", m) for m in MARKERS.values())
    (tmp_path / "nfd.txt").write_bytes(nfd.encode("utf-8"))
    hits = scan(tmp_path)
    assert found(hits, "json-escaped") == set(MARKERS)
    assert "vietnamese" in found(hits, "utf-8-nfd")  # the one marker NFD changes


# -- the workspace -----------------------------------------------------------------------------------


def test_no_marker_in_any_file_while_open_and_after_lock(tmp_path: Path, cheap_cost) -> None:
    folder = tmp_path / "ws"
    session, _ = Workspace.create(folder, "ana", PASSWORD, cost=cheap_cost)
    write_records(session)
    assert session.load_draft(session.drafts()[0]["id"])["notes"] == list(MARKERS.values())
    assert (folder / "workspace.db-wal").stat().st_size > 0, "the scan must see a live WAL"
    assert {"workspace.db", "workspace.db-wal", "workspace.db-shm", "keyslots"} <= file_names(
        folder
    )
    assert scan(folder) == [], "while the session is open"
    session.lock()
    assert scan(folder) == [], "after lock"
    session = Workspace.at(folder).login("ana", PASSWORD)  # auth-state.json written too
    assert session.check()["ok"]
    session.store.checkpoint()
    session.lock()
    assert "auth-state.json" in file_names(folder)
    assert scan(folder) == [], "after a second login, a check and a checkpoint"


def _killed_in_transaction(folder: Path, tmp: Path, plain: bool) -> None:
    """Run ``crash_writer.py hold`` until its open transaction has spilled, then SIGKILL it."""
    tmp.mkdir()
    env = {**os.environ, "TMPDIR": str(tmp), "SQLITE_TMPDIR": str(tmp)}
    args = [sys.executable, str(WRITER), "hold", str(folder), "ana"] + (
        ["--plain"] if plain else []
    )
    process = subprocess.Popen(
        args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write(f"{PASSWORD}\n{json.dumps(list(MARKERS.values()))}\n".encode())
    process.stdin.close()
    try:
        line = process.stdout.readline()
        assert line == b"ready\n", process.stderr.read().decode()  # type: ignore[union-attr]
        assert (folder / "workspace.db-wal").stat().st_size > 1_000_000, "nothing spilled"
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
        process.stdout.close()
        process.stderr.close()  # type: ignore[union-attr]


def test_control_killed_plain_writer_leaves_markers_in_its_wal(tmp_path: Path) -> None:
    folder = tmp_path / "plain"
    folder.mkdir()
    _killed_in_transaction(folder, tmp_path / "tmp", plain=True)
    hits = scan(folder)
    assert found(hits, "utf-8") == set(MARKERS)
    assert {name for name, _, _ in hits} == {"workspace.db-wal"}  # uncommitted: only in the WAL


def test_no_marker_after_sigkill_inside_a_transaction(tmp_path: Path, cheap_cost) -> None:
    folder = tmp_path / "ws"
    session, _ = Workspace.create(folder, "ana", PASSWORD, cost=cheap_cost)
    session.lock()
    _killed_in_transaction(folder, tmp_path / "tmp", plain=False)
    assert (folder / "workspace.db-wal").exists()
    assert scan(folder, tmp_path / "tmp") == [], "after SIGKILL, before recovery"
    session = Workspace.at(folder).login("ana", PASSWORD)
    try:
        # The killed transaction never committed: none of it is visible, and nothing is damaged.
        assert session.store.scalar("SELECT count(*) FROM submissions") == 0
        assert session.store.scalar("SELECT count(*) FROM drafts") == 0
        assert session.check()["ok"]
    finally:
        session.lock()
    assert scan(folder, tmp_path / "tmp") == [], "after recovery and lock"
    from tests.reliability import record

    record(
        "workspace files: plaintext of records (open, locked, after kill -9)",
        "0 occurrences in 7 scripts, 4 encodings",
        "pass",
    )
