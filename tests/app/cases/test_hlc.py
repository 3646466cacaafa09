from __future__ import annotations

import pytest

from app.cases.hlc import MAX_FORWARD_MS, HybridClock, Timestamp, is_skewed

YEAR_MS = 365 * 24 * 3600 * 1000


class Wall:
    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def test_encoding_sorts_like_the_timestamps() -> None:
    stamps = [
        Timestamp(5, 2, "b"),
        Timestamp(5, 10, "a"),
        Timestamp(40, 0, "a"),
        Timestamp(5, 2, "a"),
    ]
    assert sorted(stamps) == [Timestamp.decode(s) for s in sorted(t.encode() for t in stamps)]
    assert Timestamp.decode(Timestamp(1, 2, "dev").encode()) == Timestamp(1, 2, "dev")


def test_local_events_are_strictly_increasing_even_when_the_clock_steps_back() -> None:
    wall = Wall(1_000_000)
    clock = HybridClock("laptopA", physical_ms=wall)
    seen = [clock.now()]
    for step in (0, 0, -5_000, -60_000, 10, 0):
        wall.ms += step
        seen.append(clock.now())
    assert seen == sorted(seen) and len(set(seen)) == len(seen)


def test_a_restarted_clock_continues_after_its_persisted_state() -> None:
    wall = Wall(2_000_000)
    first = HybridClock("laptopA", physical_ms=wall)
    last = first.now()
    wall.ms -= 3_600_000  # the laptop came back with its clock an hour behind
    again = HybridClock("laptopA", last=last, physical_ms=wall)
    assert again.now() > last


def test_a_clock_behind_catches_up_on_what_it_sees() -> None:
    behind = HybridClock("slow", physical_ms=Wall(1_000))
    remote = Timestamp(50_000, 3, "fast")
    assert behind.observe(remote) is True
    assert behind.now() > remote


def test_a_clock_years_ahead_is_not_adopted() -> None:
    honest = HybridClock("honest", physical_ms=Wall(10 * YEAR_MS))
    future = Timestamp(13 * YEAR_MS, 0, "broken")
    assert is_skewed(future, 10 * YEAR_MS)
    assert honest.observe(future) is False
    assert honest.now().wall_ms < 10 * YEAR_MS + MAX_FORWARD_MS


def test_modest_drift_is_adopted() -> None:
    honest = HybridClock("honest", physical_ms=Wall(1_000_000))
    near = Timestamp(1_000_000 + 3_600_000, 0, "ahead-by-an-hour".replace("-", "_"))
    assert honest.observe(near) is True
    assert honest.now() > near


def test_device_ids_cannot_break_the_encoding() -> None:
    with pytest.raises(ValueError):
        HybridClock("a-b")
