"""A full disk never loses or corrupts a committed record, and says so in one line.

Two ways of running out of space in the middle of a write:

- ``RLIMIT_FSIZE`` in a child process (``crash_writer.py fill``/``slots``) with SIGXFSZ ignored: every
  write that would grow a file past the limit fails with EFBIG, as ENOSPC would, wherever SQLite
  happens to be (WAL frame, WAL header, a keyslot cell);
- SQLite's ``PRAGMA max_page_count`` in-process: the database itself refuses to grow.

In both, the failing save raises ``StorageFull`` with a one-line message, everything committed before
is intact, integrity and the audit chain check clean, and once there is space again (a new process
without the limit, or a raised page limit) saving works. The keyslot file, overwritten in place
(copy A, then copy B), is untouched by a failed write: the old password still opens the workspace.
"""

from __future__ import annotations

import hashlib
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.errors import StorageFull, WrongCredentials
from app.workspace.folder import Workspace
from app.workspace.session import Session

WRITER = Path(__file__).with_name("crash_writer.py")
PASSWORD = "correct horse battery"


def run_writer(*args: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, str(WRITER), *args],
        input=f"{PASSWORD}\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    return result.stdout.splitlines()


def assert_intact(folder: Path, committed: list[str]) -> Session:
    session = Workspace.at(folder).login("ana", PASSWORD)
    present = set(session.submission_ids())
    assert [i for i in committed if i not in present] == []
    assert session.store.integrity_check() == []
    report = session.check()
    assert report["ok"], report
    return session


@pytest.fixture
def folder(tmp_path: Path, cheap_cost) -> Path:
    session, _ = Workspace.create(tmp_path / "ws", "ana", PASSWORD, cost=cheap_cost)
    for i in range(5):
        session.finalise_draft(session.save_draft("intake", "1", {"before": i}))
    session.lock()
    return tmp_path / "ws"


def before_ids(folder: Path) -> list[str]:
    session = Workspace.at(folder).login("ana", PASSWORD)
    try:
        return session.submission_ids()
    finally:
        session.lock()


@pytest.mark.parametrize("limit", [300_000, 1_000_000])
def test_file_size_limit_mid_save_raises_storage_full_and_keeps_every_commit(
    folder: Path, limit: int
) -> None:
    earlier = before_ids(folder)
    lines = run_writer("fill", str(folder), "ana", str(limit))
    committed = [line.split()[1] for line in lines if line.startswith("sub ")]
    full = [line for line in lines if line.startswith("full ")]
    assert committed, lines  # some saves fitted before the limit
    assert len(full) == 1, lines
    assert full[0].startswith("full StorageFull the disk is full"), full
    message = full[0].removeprefix("full StorageFull ")
    assert "\n" not in message and "Traceback" not in message and len(message) < 120
    # The next, smaller save either fits in what is left or fails the same clean way.
    again = [line.split()[1] for line in lines if line.startswith("again ")]
    assert again in (["saved"], ["StorageFull"]), lines
    assert f"read {len(earlier) + len(committed)}" in lines, lines  # reads still work
    session = assert_intact(folder, earlier + committed)
    try:  # space was freed (this process has no limit): saving works again, big records too
        big = {"story": "កុមារ " * 20_000}
        new_id = session.finalise_draft(session.save_draft("intake", "1", big))
        assert session.submission(new_id) == big
        assert session.check()["ok"]
    finally:
        session.lock()
    assert_intact(folder, [*earlier, *committed, new_id]).lock()


def test_lock_on_a_full_disk_still_drops_the_key(folder: Path) -> None:
    lines = run_writer("fill", str(folder), "ana", "300000")
    assert "locked True" in lines, lines
    assert "key-zeroed True" in lines, lines


def test_login_on_a_full_disk_says_the_disk_is_full_not_damaged(folder: Path) -> None:
    # 16 KiB: the 32 KiB -shm file SQLite creates when it opens a WAL database cannot be made.
    lines = run_writer("login", str(folder), "ana", "16384")
    assert lines[0].startswith("login StorageFull the disk is full"), lines


def test_failed_login_on_a_full_disk_leaves_no_open_session(folder: Path) -> None:
    run_writer("leave", str(folder), "ana", "40")  # a WAL over 256 KiB, as a killed writer leaves
    lines = run_writer("login", str(folder), "ana", "262144")
    assert lines[0].startswith("login StorageFull the disk is full"), lines
    assert "leaked 0" in lines, lines


def test_cli_reports_a_full_disk_in_one_line_with_exit_1(folder: Path) -> None:
    # A writer that died leaves its WAL behind (over 1 MB here) and the next writer appends to it:
    # with a 256 KiB limit, `fieldcase check` fails at its first commit, the login's audit row.
    earlier = before_ids(folder)
    lines = run_writer("leave", str(folder), "ana", "40")
    kept = earlier + [line.split()[1] for line in lines if line.startswith("sub ")]
    assert len(kept) == len(earlier) + 40
    assert (folder / "workspace.db-wal").stat().st_size > 262_144

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (262_144, resource.RLIM_INFINITY))

    cli = Path(sys.executable).with_name("fieldcase")
    command = [str(cli), "check", "--workspace", str(folder), "--user", "ana", "--password-stdin"]
    result = subprocess.run(
        command,
        input=f"{PASSWORD}\n",
        capture_output=True,
        text=True,
        preexec_fn=limit,
        timeout=120,
    )
    assert result.returncode == 1, result
    assert result.stdout == ""
    assert result.stderr.startswith("fieldcase: the disk is full"), result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    # Without the limit, the same command succeeds and every record is there.
    result = subprocess.run(command, input=f"{PASSWORD}\n", capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert_intact(folder, kept).lock()


def test_max_page_count_mid_save_raises_storage_full_and_keeps_every_commit(
    session: Session,
) -> None:
    committed = [
        session.finalise_draft(session.save_draft("intake", "1", {"i": i})) for i in range(5)
    ]
    pages = session.store.scalar("PRAGMA page_count")
    session.store.execute(f"PRAGMA max_page_count = {pages + 8}")
    with pytest.raises(StorageFull) as caught:
        for i in range(1000):
            draft_id = session.save_draft("intake", "1", {"i": i, "story": "ដារ៉ា " * 3000})
            committed.append(session.finalise_draft(draft_id))
    assert str(caught.value).startswith("the disk is full")
    assert "\n" not in str(caught.value)
    assert caught.value.exit_code == 1
    present = set(session.submission_ids())
    assert [i for i in committed if i not in present] == []
    assert session.store.integrity_check() == []
    session.store.execute("PRAGMA max_page_count = 1073741823")  # space freed
    committed.append(
        session.finalise_draft(session.save_draft("intake", "1", {"story": "ok " * 3000}))
    )
    assert set(committed) <= set(session.submission_ids())
    assert session.check()["ok"]


def test_keyslots_rewrite_under_the_limit_leaves_the_old_file(folder: Path) -> None:
    keyslots = folder / "keyslots"
    before = hashlib.sha256(keyslots.read_bytes()).hexdigest()
    lines = run_writer("slots", str(folder), "ana", "200")
    assert any(line.startswith("add StorageFull the disk is full") for line in lines), lines
    assert any(line.startswith("passwd StorageFull the disk is full") for line in lines), lines
    assert "users 1" in lines, lines  # the new user's row was rolled back with its slot
    assert hashlib.sha256(keyslots.read_bytes()).hexdigest() == before
    assert not [p for p in os.listdir(folder) if ".tmp-" in p], "a temp file was left behind"
    workspace = Workspace.at(folder)
    assert workspace.user_names() == ["ana"]
    with pytest.raises(WrongCredentials):
        workspace.login("ana", "a brand new password")
    session = workspace.login("ana", PASSWORD)  # the old password still opens it
    try:
        assert session.check()["ok"]
    finally:
        session.lock()


def test_a_file_written_piece_by_piece_on_a_full_disk_leaves_the_old_one(tmp_path: Path) -> None:
    """``replacing`` (USB transfer files, written photo by photo): the disk fills up halfway, the
    previous file is untouched, no temp file is left, and the error says the disk is full."""
    target = tmp_path / "field.fieldcase-transfer"
    target.write_bytes(b"the previous transfer file")
    code = (
        "import resource, signal, sys\n"
        "from pathlib import Path\n"
        "from app.workspace.durable import replacing\n"
        "from app.errors import StorageFull\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (200_000, 200_000))\n"
        "try:\n"
        "    with replacing(Path(sys.argv[1])) as file:\n"
        "        for _ in range(50):\n"
        "            file.write(b'x' * 10_000)\n"
        "except StorageFull as exc:\n"
        "    print('StorageFull', exc)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(target)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[3],
    )
    assert done.stdout.startswith("StorageFull the disk is full"), (done.stdout, done.stderr)
    assert target.read_bytes() == b"the previous transfer file"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]
