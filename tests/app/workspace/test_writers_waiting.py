"""A long write learns that another connection of the process waits to write (a draft's save on
the database thread while a sync round applies envelopes), so it can commit early. Real SQLCipher
files, real threads; nothing mocked."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

from app.workspace.store import Store

KEY = bytes(32)


def _until(condition: Callable[[], bool], seconds: float = 30.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.005)
    return False


def test_a_save_waiting_behind_a_long_write_is_seen_and_goes_through_after_its_commit(
    tmp_path: Path,
) -> None:
    path = tmp_path / "w.db"
    long_write = Store.open(path, KEY)
    long_write.execute("CREATE TABLE drafts (text TEXT)")
    long_write.execute("CREATE TABLE pulled (n INTEGER)")
    saved = threading.Event()
    failed: list[BaseException] = []

    def save_a_draft() -> None:
        try:
            other = Store.open(path, KEY)  # the database thread's own connection
            try:
                with other.atomic():
                    other.execute("INSERT INTO drafts VALUES ('Sokha, 17, from Battambang')")
                saved.set()
            finally:
                other.close()
        except BaseException as exc:  # reported to the test's thread
            failed.append(exc)

    applied = 0
    with long_write.atomic():
        assert long_write.writers_waiting() == 0  # its own transaction is not a waiter
        saver = threading.Thread(target=save_a_draft)
        saver.start()
        while not long_write.writers_waiting():  # pages of envelopes, until someone waits
            long_write.execute("INSERT INTO pulled VALUES (?)", (applied,))
            applied += 1
            assert applied < 1_000_000
        assert not saved.is_set()  # it waits for this transaction
    # committed early: the save goes through, and everything applied before is kept
    saver.join(timeout=60)
    assert failed == [] and saved.is_set()
    assert long_write.scalar("SELECT count(*) FROM drafts") == 1
    assert long_write.scalar("SELECT count(*) FROM pulled") == applied
    assert long_write.writers_waiting() == 0
    long_write.close()


def test_waiters_on_another_workspace_are_not_counted(tmp_path: Path) -> None:
    here = Store.open(tmp_path / "here.db", KEY)
    there = Store.open(tmp_path / "there.db", KEY)
    there.execute("CREATE TABLE t (x INTEGER)")
    blocker_done = threading.Event()
    waiting = threading.Event()

    def wait_on_there() -> None:
        other = Store.open(tmp_path / "there.db", KEY)
        waiting.set()
        with other.atomic():
            other.execute("INSERT INTO t VALUES (1)")
        other.close()
        blocker_done.set()

    with there.atomic():
        worker = threading.Thread(target=wait_on_there)
        worker.start()
        assert _until(lambda: there.writers_waiting() == 1)
        assert here.writers_waiting() == 0
    worker.join(timeout=60)
    assert blocker_done.is_set() and there.writers_waiting() == 0
    here.close()
    there.close()
