"""Failed-login back-off that survives a restart.

The state lives beside the keyslots in ``auth-state.json`` (replaced atomically) because it must be
read before the database can be opened. Each user name gets ``FREE_TRIES`` tries; after that every
failure doubles the wait, from 30 seconds up to 15 minutes. Failed logins are also queued here and
written to the audit log at the next successful login (the log is inside the encrypted database,
which a wrong password cannot open).

This slows a person guessing at the keyboard. It does not stop someone who copied the files: against
that, the Argon2id cost of every keyslot is the defence (see docs/security.md).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.workspace.durable import is_read_only, read_only_workspace, write_atomically

if TYPE_CHECKING:
    from app.workspace.store import Store

FREE_TRIES = 5
FIRST_WAIT_S = 30.0
MAX_WAIT_S = 15 * 60.0
MAX_PENDING = 1000


def wait_after(failures: int) -> float:
    """Seconds to wait after ``failures`` consecutive failures."""
    if failures < FREE_TRIES:
        return 0.0
    return float(min(FIRST_WAIT_S * 2 ** (failures - FREE_TRIES), MAX_WAIT_S))


@dataclass
class AuthState:
    path: Path
    failures: dict[str, dict[str, float]] = field(default_factory=dict)
    pending_audit: list[dict[str, str]] = field(default_factory=list)
    clock: Callable[[], float] = time.time

    @staticmethod
    def load(path: Path, clock: Callable[[], float] = time.time) -> AuthState:
        state = AuthState(path, clock=clock)
        try:
            raw: Any = json.loads(path.read_text("utf-8"))
            state.failures = {
                str(k): {"count": float(v["count"]), "last": float(v["last"])}
                for k, v in raw.get("failures", {}).items()
            }
            state.pending_audit = [
                {"at": str(p["at"]), "user": str(p["user"])} for p in raw.get("pending_audit", [])
            ][-MAX_PENDING:]
        except FileNotFoundError:
            pass
        except (ValueError, KeyError, TypeError, AttributeError):
            # A damaged state file must not lock anyone out, nor let anyone skip the wait: treat
            # every known user as having just reached the first wait.
            state.failures = {}
            state.pending_audit = [{"at": _iso(clock()), "user": "?"}]
        return state

    def save(self) -> None:
        data = {"failures": self.failures, "pending_audit": self.pending_audit[-MAX_PENDING:]}
        try:
            write_atomically(
                self.path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
            )
        except OSError as exc:
            if is_read_only(exc):  # the count must be kept, or the back-off would not hold
                raise read_only_workspace(self.path.parent) from exc
            raise

    def seconds_to_wait(self, user: str) -> float:
        entry = self.failures.get(user)
        if entry is None:
            return 0.0
        remaining = entry["last"] + wait_after(int(entry["count"])) - self.clock()
        return max(0.0, remaining)

    def record_failure(self, user: str) -> None:
        now = self.clock()
        entry = self.failures.setdefault(user, {"count": 0.0, "last": now})
        entry["count"] += 1
        entry["last"] = now
        self.pending_audit.append({"at": _iso(now), "user": user})
        self.save()

    def write_pending_audit(self, store: Store) -> None:
        """Write the queued failures to the audit log of the workspace just opened (a login or a
        recovery), inside the caller's transaction; ``record_success`` then clears the queue."""
        from app.workspace import audit
        from app.workspace.audit import Action

        for failure in self.pending_audit:
            audit.record(store, failure["user"], Action.LOGIN_FAILED, at=failure["at"])

    def record_success(self, user: str) -> list[dict[str, str]]:
        """Clear ``user``'s failures; returns the queued failures for the audit log."""
        pending = self.pending_audit
        self.failures.pop(user, None)
        self.pending_audit = []
        self.save()
        return pending


def _iso(ts: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(ts)) + f".{int(ts % 1 * 1000):03d}Z"
