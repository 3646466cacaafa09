"""Hybrid logical clocks (Kulkarni et al., 2014), one per device, with a bound on forward skew.

A timestamp is ``(wall_ms, counter, device)``: the physical time in milliseconds the clock had
reached, a counter for events within the same millisecond (or while the physical clock stands still
or steps back), and the device id as the final tie-break, so two timestamps are never equal.
Encoded as a fixed-width string that sorts like the tuple: ``0001764324000000-00000-<device>``.

Skew. Kulkarni's clock adopts any larger remote time it sees, so one laptop whose clock is years
ahead would drag every clock it syncs with into the future, and its writes would win every conflict
for ever. Here a remote timestamp more than ``MAX_FORWARD_MS`` ahead of this device's physical clock
is *not* adopted: the event is kept and marked skewed (``is_skewed``), and the local clock stays
near real time. Who wins a field is decided by causality first (an edit made after seeing another
always supersedes it, whatever the clocks say), and the HLC only orders writes that are truly
concurrent, which are shown as conflicts anyway. So a skewed clock can at most decide which of two
conflicting values is shown until a supervisor resolves the conflict. See app/cases/README.md.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

MAX_FORWARD_MS = 24 * 3600 * 1000  # a day: time zones and sloppy clocks, not years
_WALL_DIGITS = 16
_COUNTER_DIGITS = 5


@dataclass(frozen=True, order=True)
class Timestamp:
    wall_ms: int
    counter: int
    device: str

    def encode(self) -> str:
        return f"{self.wall_ms:0{_WALL_DIGITS}d}-{self.counter:0{_COUNTER_DIGITS}d}-{self.device}"

    @staticmethod
    def decode(text: str) -> Timestamp:
        wall, counter, device = text.split("-", 2)
        if len(wall) != _WALL_DIGITS or len(counter) != _COUNTER_DIGITS or not device:
            raise ValueError(f"not a clock timestamp: {text!r}")
        return Timestamp(int(wall), int(counter), device)

    def __str__(self) -> str:
        return self.encode()


def is_skewed(stamp: Timestamp, physical_ms: int) -> bool:
    """Whether ``stamp`` is further ahead of ``physical_ms`` than any honest clock would be."""
    return stamp.wall_ms > physical_ms + MAX_FORWARD_MS


class HybridClock:
    """The clock of one device. ``state`` is persisted by the caller after every tick."""

    def __init__(
        self,
        device: str,
        last: Timestamp | None = None,
        physical_ms: Callable[[], int] = lambda: time.time_ns() // 1_000_000,
    ) -> None:
        if "-" in device or not device:
            raise ValueError("a device id has no dashes")
        self.device = device
        self.physical_ms = physical_ms
        self.wall_ms = last.wall_ms if last else 0
        self.counter = last.counter if last else 0

    @property
    def state(self) -> Timestamp:
        return Timestamp(self.wall_ms, self.counter, self.device)

    def now(self) -> Timestamp:
        """A timestamp for a local event, larger than every one this clock gave or adopted."""
        physical = self.physical_ms()
        if physical > self.wall_ms:
            self.wall_ms, self.counter = physical, 0
        else:
            self.counter += 1
            if self.counter >= 10**_COUNTER_DIGITS:  # keep the encoding sortable
                self.wall_ms, self.counter = self.wall_ms + 1, 0
        return self.state

    def observe(self, remote: Timestamp) -> bool:
        """Take a remote event's time into account; returns False when it is skewed (not adopted)."""
        physical = self.physical_ms()
        if is_skewed(remote, physical):
            return False
        wall = max(self.wall_ms, remote.wall_ms, physical)
        if wall == self.wall_ms == remote.wall_ms:
            self.counter = max(self.counter, remote.counter) + 1
        elif wall == self.wall_ms:
            self.counter += 1
        elif wall == remote.wall_ms:
            self.counter = remote.counter + 1
        else:
            self.counter = 0
        self.wall_ms = wall
        return True
