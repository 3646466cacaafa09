"""Wrong passwords: what one try costs at the real Argon2id cost, and the back-off schedule.

Two kinds of guesser. One at the keyboard goes through ``Workspace.login``: every try costs an
Argon2id derivation (``DEFAULT_COST``: 3 passes over 128 MiB, 4 lanes), and after
``FREE_TRIES`` failures the waits of ``app/workspace/backoff.py`` apply, kept on disk so a restart does not
reset them. One who copied the files skips the waits: only the Argon2id cost slows them.

Measured and printed (never asserted: machines differ): the time of a wrong try, of a try with
an unknown user name (it must cost as much: names are not revealed by timing), of the right
password, and of a refused try during a wait. Proved: the schedule (5 free tries, then 30 s
doubling to 15 min), that a try during a wait is refused without deriving a key and without
counting as a failure, that the wait survives a restart, that the right password is refused
during a wait too; and how many guesses the schedule lets through in a day.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import pytest

from app.errors import LockedOut, WrongCredentials
from app.workspace.backoff import FREE_TRIES, MAX_WAIT_S, wait_after
from app.workspace.folder import Workspace
from app.workspace.keyslots import DEFAULT_COST
from tests.conftest import CHEAP
from tests.reliability import record

PASSWORD = "correct horse battery"
TRIES = 2


class FakeClock:
    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def _timed_failure(folder: Path, clock: FakeClock, user: str, password: str) -> float:
    started = time.perf_counter()
    with pytest.raises(WrongCredentials):
        Workspace.at(folder, clock=clock).login(user, password)
    return time.perf_counter() - started


def test_a_wrong_password_costs_an_argon2id_derivation_and_then_the_waits_grow(
    tmp_path: Path,
) -> None:
    # What a try costs, at the cost every real workspace uses.
    folder = tmp_path / "real"
    session, _ = Workspace.create(folder, "ana", PASSWORD, cost=DEFAULT_COST)
    session.lock()
    clock = FakeClock()
    started = time.perf_counter()
    Workspace.at(folder, clock=clock).login("ana", PASSWORD).lock()
    right = time.perf_counter() - started
    wrong = [_timed_failure(folder, clock, "ana", f"guess {i}") for i in range(TRIES)]
    unknown = [_timed_failure(folder, clock, "nobody", f"guess {i}") for i in range(TRIES)]

    # The schedule, as a person at the keyboard meets it (a cheap cost: the waits do not depend
    # on it): each failure after the free ones doubles the wait, up to the cap; a try during
    # the wait, even with the right password, is refused, costs no derivation and does not
    # count; a new process (a restart) sees the same wait.
    folder = tmp_path / "cheap"
    Workspace.create(folder, "ana", PASSWORD, cost=CHEAP)[0].lock()
    for i in range(FREE_TRIES):
        _timed_failure(folder, clock, "ana", f"guess {i}")
    schedule: list[float] = []
    refused: list[float] = []
    for failures in range(FREE_TRIES, FREE_TRIES + 8):
        with pytest.raises(LockedOut) as locked:
            Workspace.at(folder, clock=clock).login("ana", PASSWORD)
        wait = locked.value.retry_after
        assert wait == pytest.approx(wait_after(failures))
        schedule.append(wait)
        clock.now += wait - 1
        started = time.perf_counter()
        with pytest.raises(LockedOut):
            Workspace.at(folder, clock=clock).login("ana", "one more guess")
        refused.append(time.perf_counter() - started)
        clock.now += 1
        _timed_failure(folder, clock, "ana", f"guess after {failures}")
    assert schedule == [30, 60, 120, 240, 480, 900, 900, 900]
    count = Workspace.at(folder, clock=clock).auth_state().failures["ana"]["count"]
    assert count == FREE_TRIES + 8  # the refused tries did not count
    clock.now += MAX_WAIT_S
    Workspace.at(folder, clock=clock).login("ana", PASSWORD).lock()
    assert Workspace.at(folder, clock=clock).auth_state().seconds_to_wait("ana") == 0

    # A keyboard guesser's day: the free tries, then one guess per wait.
    guesses, elapsed, failures = 0, 0.0, 0
    while elapsed < 24 * 3600:
        elapsed += wait_after(failures)
        guesses += 1
        failures += 1
    per_day_after = (24 * 3600) / MAX_WAIT_S

    mean_wrong = statistics.median(wrong)
    mean_unknown = statistics.median(unknown)
    cost = DEFAULT_COST
    shown = ", ".join(f"{int(s)}" for s in schedule)
    refused_ms = statistics.median(refused) * 1000
    print(
        f"\npasswords at Argon2id t={cost.iterations} m={cost.memory_kib // 1024} MiB "
        f"p={cost.lanes}: right {right:.2f} s, wrong {mean_wrong:.2f} s (median of {TRIES}), "
        f"unknown user {mean_unknown:.2f} s, refused during a wait {refused_ms:.1f} ms; waits "
        f"after failures 5..12: {shown} s; {guesses} guesses in the first day at the keyboard, "
        f"{per_day_after:.0f} a day after that; with the files: {1 / mean_wrong:.1f} guesses/s "
        "on this machine"
    )
    record(
        "wrong passwords: time per try (Argon2id, default cost) and back-off",
        f"wrong {mean_wrong:.2f} s, unknown user {mean_unknown:.2f} s, right {right:.2f} s "
        f"(t={cost.iterations}, {cost.memory_kib // 1024} MiB, p={cost.lanes}); "
        f"{FREE_TRIES} free tries, then waits {shown} s (kept across restarts); "
        f"a try during a wait refused in {refused_ms:.1f} ms without a derivation; "
        f"{guesses} keyboard guesses in 24 h, {per_day_after:.0f}/day after",
        "pass",
    )
