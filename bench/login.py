"""Login benchmark: an unknown user name against a wrong password, same run.

The login screen may ask users to type their name (docs/security.md): then a name nobody has must
not be told apart from a wrong password by the time the refusal takes. Both go through
``Workspace.login`` on a workspace made with the default Argon2id cost; the tries alternate
(an unknown name, then a known name with a wrong password) so that the machine's load falls on
both alike, and the back-off file is removed before each try so that no wait is counted.

The figure that matters is the ratio of the medians, unknown over wrong: about 1.0. The last line
printed is one JSON object with the figures. ``--quick``: fewer tries at a lower cost.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.errors import WrongCredentials  # noqa: E402
from app.workspace.folder import AUTH_STATE, Workspace  # noqa: E402
from app.workspace.keyslots import DEFAULT_COST, KdfCost  # noqa: E402

PASSWORD = "the right password 1"


def refused(workspace: Workspace, user: str) -> tuple[float, str]:
    (workspace.path / AUTH_STATE).unlink(missing_ok=True)  # no back-off wait in the figure
    start = time.perf_counter()
    try:
        workspace.login(user, "not the password")
    except WrongCredentials as exc:
        return time.perf_counter() - start, str(exc)
    raise AssertionError("a wrong password opened the workspace")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--tries", type=int, default=None)
    args = parser.parse_args()
    tries = args.tries or (4 if args.quick else 12)
    cost = KdfCost(2, 32768, 2) if args.quick else DEFAULT_COST
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "workspace"
        session, _ = Workspace.create(folder, "Ana", PASSWORD, cost, login_asks_name=True)
        session.lock()
        workspace = Workspace.at(folder)
        unknown: list[float] = []
        wrong: list[float] = []
        messages = set()
        for i in range(tries):
            seconds, message = refused(workspace, f"Nobody {i}")
            unknown.append(seconds)
            messages.add(message)
            seconds, message = refused(workspace, "Ana")
            wrong.append(seconds)
            messages.add(message)
    unknown_s, wrong_s = statistics.median(unknown), statistics.median(wrong)
    print(f"unknown name:   median {unknown_s * 1000:.0f} ms over {tries} tries")
    print(f"wrong password: median {wrong_s * 1000:.0f} ms over {tries} tries")
    print(f"one message for both: {sorted(messages)}")
    figures = {
        "bench": "login",
        "ratio": round(unknown_s / wrong_s, 3),
        "unknown_name_s": round(unknown_s, 4),
        "wrong_password_s": round(wrong_s, 4),
        "same_message": len(messages) == 1,
        "n": tries,
        "memory_kib": cost.memory_kib,
    }
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
