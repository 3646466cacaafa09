"""``check`` and the audit chain's checkpoints: a check that finds the chain whole leaves a
checkpoint; the next check walks from there (``check --full`` from the first row). What each finds
when a row is changed, removed or cut before or after the checkpoint, or the checkpoint itself is
changed (app/workspace/audit.py, docs/security.md)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.workspace import audit
from app.workspace.session import Session
from tests.conftest import PASSWORD


def _work(session: Session, rows: int) -> None:
    for i in range(rows):
        session.save_draft("intake", "1", {"n": i})


@pytest.fixture
def checked(session: Session) -> tuple[Session, int]:
    """Some work, a check (its checkpoint), more work; returns the checkpoint's row."""
    _work(session, 6)
    first = session.check()
    assert first["ok"] is True
    mark = first["audit"]["rows"]
    assert audit.checkpoints(session.store)[-1].seq == mark
    _work(session, 4)
    return session, mark


def _last_seq(session: Session) -> int:
    return int(session.store.scalar("SELECT max(seq) FROM audit"))


def _rehash_from(session: Session, seq: int) -> None:
    """What someone holding the key would do to hide an edit: every hash from ``seq`` on made
    again, each row linked to the one before."""
    store = session.store
    prev = store.scalar("SELECT hash FROM audit WHERE seq = ?", (seq - 1,))
    for row in store.query(
        "SELECT seq, at, user, action, object, detail FROM audit WHERE seq >= ? ORDER BY seq",
        (seq,),
    ):
        seq_, at, user, action, obj, detail = row
        digest = audit._row_hash(seq_, at, user, action, obj, detail, prev)
        store.execute(
            "UPDATE audit SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, digest, row[0])
        )
        prev = digest


def test_a_clean_workspace_is_ok_and_the_next_check_starts_at_the_checkpoint(
    checked: tuple[Session, int],
) -> None:
    session, mark = checked
    report = session.check()
    assert report["ok"] is True and report["audit"]["rows"] == _last_seq(session) - 1
    assert report["audit_walk"]["from_checkpoint"] == mark
    assert report["audit_walk"]["rows_hashed"] == report["audit"]["rows"] - mark
    full = session.check(full=True)
    assert full["ok"] is True and full["full"] is True
    assert full["audit_walk"] == {"from_checkpoint": 0, "rows_hashed": full["audit"]["rows"]}
    assert session.check()["ok"] is True


@pytest.mark.parametrize("full", [False, True])
def test_a_row_changed_after_the_checkpoint_is_named(
    checked: tuple[Session, int], full: bool
) -> None:
    session, mark = checked
    session.store.execute("UPDATE audit SET object = 'draft:forged' WHERE seq = ?", (mark + 2,))
    report = session.check(full=full)
    assert report["ok"] is False
    assert report["audit"]["first_broken"] == mark + 2
    assert report["audit"]["reason"] == "its content was changed"


def test_a_row_changed_before_the_checkpoint_is_named_by_the_full_check(
    checked: tuple[Session, int],
) -> None:
    session, mark = checked
    session.store.execute("UPDATE audit SET object = 'draft:forged' WHERE seq = ?", (mark - 2,))
    report = session.check(full=True)
    assert report["ok"] is False
    assert report["audit"]["first_broken"] == mark - 2
    assert report["audit"]["reason"] == "its content was changed"


@pytest.mark.parametrize("full", [False, True])
def test_a_row_rewritten_before_the_checkpoint_and_the_chain_rehashed_is_found(
    checked: tuple[Session, int], full: bool
) -> None:
    session, mark = checked
    session.store.execute("UPDATE audit SET object = 'draft:forged' WHERE seq = ?", (mark - 2,))
    _rehash_from(session, mark - 2)
    assert audit.verify(session.store).ok  # the chain alone no longer shows it
    report = session.check(full=full)
    assert report["ok"] is False
    assert report["audit"]["first_broken"] == mark
    assert report["audit"]["reason"] == "differs from what an earlier check verified"


def test_a_row_rehashed_but_not_relinked_before_the_checkpoint_is_found(
    checked: tuple[Session, int],
) -> None:
    session, mark = checked
    store = session.store
    seq = mark - 3
    row = store.query_one(
        "SELECT seq, at, user, action, object, detail, prev_hash FROM audit WHERE seq = ?", (seq,)
    )
    assert row is not None
    digest = audit._row_hash(row[0], row[1], row[2], row[3], "draft:forged", row[5], row[6])
    store.execute("UPDATE audit SET object = 'draft:forged', hash = ? WHERE seq = ?", (digest, seq))
    report = session.check()
    assert report["ok"] is False
    assert report["audit"]["first_broken"] == seq + 1
    assert report["audit"]["reason"] == "does not link to the row before it"


@pytest.mark.parametrize("full", [False, True])
def test_a_row_removed_before_the_checkpoint_is_named(
    checked: tuple[Session, int], full: bool
) -> None:
    session, mark = checked
    session.store.execute("DELETE FROM audit WHERE seq = ?", (mark - 1,))
    report = session.check(full=full)
    assert report["ok"] is False
    assert report["audit"]["reason"] == f"row {mark - 1} is missing"


def test_a_tail_cut_back_past_the_checkpoint_is_found(checked: tuple[Session, int]) -> None:
    session, mark = checked
    session.store.execute("DELETE FROM audit WHERE seq > ?", (mark - 2,))
    report = session.check()
    assert report["ok"] is False
    assert report["audit"]["reason"] == f"row {mark - 1} is missing"


@pytest.mark.parametrize("column", ["hash", "seq", "at", "mac"])
@pytest.mark.parametrize("full", [False, True])
def test_a_changed_checkpoint_is_found(
    checked: tuple[Session, int], column: str, full: bool
) -> None:
    session, mark = checked
    value: Any = {"hash": "0" * 64, "seq": mark - 1, "at": "2020-01-01T00:00:00.000Z"}.get(
        column, "f" * 64
    )
    session.store.execute(f"UPDATE audit_checkpoints SET {column} = ? WHERE seq = ?", (value, mark))
    report = session.check(full=full)
    assert report["ok"] is False
    assert report["audit"]["reason"] == "its checkpoint was changed or not made here"


def test_a_checkpoint_forged_without_the_key_is_found(checked: tuple[Session, int]) -> None:
    session, _ = checked
    last = _last_seq(session)
    digest = session.store.scalar("SELECT hash FROM audit WHERE seq = ?", (last,))
    session.store.execute(
        "INSERT INTO audit_checkpoints (seq, hash, at, mac) VALUES (?, ?, ?, ?)",
        (last, digest, audit.now_iso(), audit._mac(b"\0" * 32, "", last, digest, "x")),
    )
    assert session.check()["audit"]["reason"] == "its checkpoint was changed or not made here"


def test_the_command_checks_from_the_start_with_full(session: Session) -> None:
    _work(session, 3)
    assert session.check()["ok"] is True
    folder: Path = session.workspace.path
    session.lock()
    command = [sys.executable, "-m", "app.cli", "check", "--workspace", str(folder)]
    for args, walked_from_start in (([], False), (["--full"], True)):
        result = subprocess.run(
            [*command, "--user", "ana", "--password-stdin", *args],
            input=PASSWORD + "\n",
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        report = json.loads(result.stdout)
        assert report["ok"] is True and report["integrity"] == "ok"
        assert (report["audit_walk"]["from_checkpoint"] == 0) is walked_from_start
