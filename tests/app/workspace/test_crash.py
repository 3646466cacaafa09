"""A killed process never loses or corrupts a committed record.

A child process (``crash_writer.py loop``) logs in and saves records as fast as it can, printing each
id only after the commit that wrote it returned. The test kills it with SIGKILL at random moments —
during login, inside a save, inside a commit's fsync, inside a WAL checkpoint — many times over one
workspace, then opens the workspace and proves:

- every id printed as committed is there, with the record it was printed for;
- nothing is duplicated: each record (by the unique tag stored inside it) is at most one submission,
  and never both a submission and a draft (finalising is atomic);
- ``PRAGMA integrity_check`` and SQLCipher's HMAC check are clean, and ``Session.check()`` is ok,
  audit chain included.

Some trials are not followed by a check, so the next writer itself opens a WAL left by a killed
process. ``FIELDCASE_CRASH_TRIALS`` and ``FIELDCASE_CRASH_SEED`` change the number of trials and the
seed (the seed is in every failure message).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from app.workspace.folder import Workspace
from app.workspace.session import Session

WRITER = Path(__file__).with_name("crash_writer.py")
PASSWORD = "correct horse battery"
TRIALS = int(os.environ.get("FIELDCASE_CRASH_TRIALS", "60"))

pytestmark = [
    pytest.mark.slow,  # still part of `make test`: nothing deselects it
    pytest.mark.timeout(max(600, TRIALS * 6)),  # about 0.5 s a trial here; 10x for a busy machine
]


class Writer:
    """The child process and the complete lines it printed (a partial last line is not a promise)."""

    def __init__(self, folder: Path, seed: int) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(WRITER), "loop", str(folder), "ana", str(seed)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert self.process.stdin is not None
        self.process.stdin.write(f"{PASSWORD}\n".encode())
        self.process.stdin.close()
        self.lines: list[str] = []
        self.ready = threading.Event()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for raw in self.process.stdout:
            if not raw.endswith(b"\n"):
                break
            line = raw.decode().rstrip("\n")
            if line == "ready":
                self.ready.set()
            else:
                self.lines.append(line)

    def kill(self) -> str:
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)
        self._reader.join(timeout=30)
        assert self.process.stderr is not None
        stderr = self.process.stderr.read().decode(errors="replace")
        self.process.stderr.close()
        self.process.stdout.close()  # type: ignore[union-attr]
        return stderr


def verify(folder: Path, committed: dict[str, str], drafts: dict[str, str], context: str) -> int:
    """Open the workspace and check every promise; returns the number of submissions."""
    session: Session = Workspace.at(folder).login("ana", PASSWORD)
    try:
        subs = {
            row["id"]: json.loads(row["data"])["tag"]
            for row in session.store.query("SELECT id, data FROM submissions")
        }
        draft_tags = [
            json.loads(row["data"])["tag"] for row in session.store.query("SELECT data FROM drafts")
        ]
        missing = {i: t for i, t in committed.items() if subs.get(i) != t}
        assert not missing, f"{context}: committed submissions lost or changed: {missing}"
        tag_counts = Counter(subs.values())
        dup = [t for t, n in tag_counts.items() if n > 1]
        assert not dup, f"{context}: records saved twice: {dup}"
        both = set(draft_tags) & set(tag_counts)
        assert not both, f"{context}: finalised records still present as drafts: {both}"
        assert len(draft_tags) == len(set(draft_tags)), f"{context}: duplicated drafts"
        lost_drafts = {
            d: t for d, t in drafts.items() if t not in tag_counts and t not in set(draft_tags)
        }
        assert not lost_drafts, f"{context}: committed drafts lost: {lost_drafts}"
        assert session.store.integrity_check() == [], context
        report = session.check()
        assert report["ok"], f"{context}: {report}"
        assert report["audit"]["ok"], f"{context}: {report['audit']}"
        return len(subs)
    finally:
        session.lock()


def test_sigkill_at_random_moments_loses_no_committed_record(tmp_path: Path, cheap_cost) -> None:
    folder = tmp_path / "ws"
    session, _ = Workspace.create(folder, "ana", PASSWORD, cost=cheap_cost)
    session.lock()
    seed = int(os.environ.get("FIELDCASE_CRASH_SEED", str(time.time_ns() % 1_000_000)))
    rng = random.Random(seed)
    committed: dict[str, str] = {}
    drafts: dict[str, str] = {}
    kills_before_ready = 0
    unchecked_trials = 0
    started = time.monotonic()
    for trial in range(TRIALS):
        context = f"seed {seed}, trial {trial}"
        writer = Writer(folder, seed * 1000 + trial)
        if rng.random() < 0.1:  # kill while it starts: opening, WAL recovery, login's audit row
            time.sleep(rng.uniform(0.0, 0.25))
            kills_before_ready += writer.ready.is_set() is False
        else:
            assert writer.ready.wait(timeout=30), f"{context}: the writer did not start"
            time.sleep(rng.uniform(0.0, 0.35))
        stderr = writer.kill()
        assert "Traceback" not in stderr, f"{context}: the writer failed by itself:\n{stderr}"
        for line in writer.lines:
            kind, record_id, tag = line.split(" ")
            (committed if kind == "sub" else drafts)[record_id] = tag
        if rng.random() < 0.3 and trial < TRIALS - 1:
            unchecked_trials += 1  # the next writer opens the killed one's WAL itself
            continue
        verify(folder, committed, drafts, context)
    total = verify(folder, committed, drafts, f"seed {seed}, final")
    elapsed = time.monotonic() - started
    print(
        f"crash: {TRIALS} SIGKILL trials (seed {seed}; {kills_before_ready} during start-up, "
        f"{unchecked_trials} followed by another writer), {len(committed)} committed submissions "
        f"promised and found, {total} in all, {elapsed:.1f} s"
    )
    assert len(committed) > TRIALS, "the writer committed too little for the test to mean much"
    from tests.reliability import record

    record(
        "kill -9 while saving: committed records lost, duplicates, integrity failures",
        f"0, 0, 0 over {TRIALS} trials ({len(committed)} committed records)",
        "pass",
    )
