"""Login benchmark: a right password, a wrong one, an unknown name and the duress password, side
by side in one run.

Someone watching a person log in must not tell the duress password (which replaces the workspace
by its decoy: app/workspace/decoy.py) from a right one by the time it takes, nor a name nobody
has from a wrong password. Every path goes through ``Workspace.login`` on workspaces made alike
(three users, a few cases, a duress password set, the default Argon2id cost). Each round tries
the four paths once, in an order that turns from round to round so that the machine's load falls
on all alike; a duress login needs a fresh workspace each round, made before the timer starts,
and its old database's background shredding is waited for after the timer stopped (it runs
while the decoy's window shows). The back-off file is removed before each try, so that no wait
is counted.

Printed: per path the median, the spread (min and max) and the ratio of its median to the right
password's; then the per-round ratios' spread. The figure that matters: every ratio about 1.0.
The last line is one JSON object with the figures. ``--quick``: fewer rounds at a lower cost.
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
from app.team.case_book import case_book  # noqa: E402
from app.workspace import wipe  # noqa: E402
from app.workspace.folder import AUTH_STATE, Workspace  # noqa: E402
from app.workspace.keyslots import DEFAULT_COST, KdfCost  # noqa: E402
from app.workspace.roles import Role  # noqa: E402

PASSWORDS = {"ana": "ana's right password 1", "bora": "bora's right password 1"}
DURESS = "under pressure 1"
CASES = 20
PATHS = ("right password", "wrong password", "unknown name", "duress password")


def make_workspace(folder: Path, cost: KdfCost) -> Workspace:
    session, _ = Workspace.create(folder, "ana", PASSWORDS["ana"], cost, login_asks_name=True)
    session.add_user("bora", Role.SOCIAL_WORKER, PASSWORDS["bora"], cost=cost)
    session.add_user("chan", Role.SUPERVISOR, "chan's right password 1", cost=cost)
    book = case_book(session)
    for i in range(CASES):
        book.open_case({"prs_First_Name": f"Sokha {i}", "prs_Last_Name": "Chan"}, "intake")
    session.set_duress_password(DURESS, cost=cost)
    session.lock()
    return Workspace.at(folder)


def timed(workspace: Workspace, user: str, password: str) -> tuple[float, str]:
    (workspace.path / AUTH_STATE).unlink(missing_ok=True)  # no back-off wait in the figure
    start = time.perf_counter()
    try:
        session = workspace.login(user, password)
    except WrongCredentials as exc:
        return time.perf_counter() - start, str(exc)
    seconds = time.perf_counter() - start
    session.lock()
    return seconds, "opened"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--rounds", type=int, default=None)
    args = parser.parse_args()
    rounds = args.rounds or (4 if args.quick else 10)
    cost = KdfCost(2, 32768, 2) if args.quick else DEFAULT_COST
    times: dict[str, list[float]] = {path: [] for path in PATHS}
    ratios: dict[str, list[float]] = {path: [] for path in PATHS}
    outcomes: dict[str, set[str]] = {path: set() for path in PATHS}
    with tempfile.TemporaryDirectory() as tmp:
        standing = make_workspace(Path(tmp) / "standing", cost)
        for round_ in range(rounds):
            fresh = make_workspace(Path(tmp) / f"duress-{round_}", cost)  # before the timer
            tries: dict[str, tuple[Workspace, str, str]] = {
                "right password": (standing, "bora", PASSWORDS["bora"]),
                "wrong password": (standing, "bora", "a wrong guess 1"),
                "unknown name": (standing, f"nobody {round_}", "a wrong guess 1"),
                "duress password": (fresh, "bora", DURESS),
            }
            order = PATHS[round_ % 4 :] + PATHS[: round_ % 4]
            this_round: dict[str, float] = {}
            for path in order:
                seconds, outcome = timed(*tries[path])
                wipe.wait_for_shredding()  # after the timer: it runs while the window shows
                this_round[path] = seconds
                times[path].append(seconds)
                outcomes[path].add(outcome)
            for path in PATHS:
                ratios[path].append(this_round[path] / this_round["right password"])
            print(
                f"round {round_ + 1}/{rounds}: "
                + ", ".join(f"{p} {this_round[p] * 1000:.0f} ms" for p in PATHS),
                flush=True,
            )
    right = statistics.median(times["right password"])
    print(
        f"\nArgon2id t={cost.iterations} m={cost.memory_kib // 1024} MiB p={cost.lanes}, "
        f"{rounds} rounds, order turning each round"
    )
    print(f"{'path':<17} {'median':>8} {'min':>8} {'max':>8}  ratio  per-round ratio min-max")
    figures: dict[str, object] = {"bench": "login"}
    for path in PATHS:
        median = statistics.median(times[path])
        low, high = min(ratios[path]), max(ratios[path])
        print(
            f"{path:<17} {median * 1000:>6.0f}ms {min(times[path]) * 1000:>6.0f}ms "
            f"{max(times[path]) * 1000:>6.0f}ms  {median / right:5.3f}  {low:.3f}-{high:.3f}"
        )
        key = path.split()[0]
        figures[f"{key}_s"] = round(median, 4)
        figures[f"{key}_min_s"] = round(min(times[path]), 4)
        figures[f"{key}_max_s"] = round(max(times[path]), 4)
        figures[f"{key}_ratio"] = round(median / right, 3)
    refused = outcomes["wrong password"] | outcomes["unknown name"]
    print(f"one message for a wrong password and an unknown name: {sorted(refused)}")
    duress_ratio = statistics.median(ratios["duress password"])
    figures.update(
        {
            "ratio": round(
                statistics.median(times["unknown name"])
                / statistics.median(times["wrong password"]),
                3,
            ),
            "unknown_name_s": figures["unknown_s"],
            "wrong_password_s": figures["wrong_s"],
            "same_message": len(refused) == 1,
            "opened": outcomes["right password"] == outcomes["duress password"] == {"opened"},
            "n": rounds,
            "memory_kib": cost.memory_kib,
            "headline": {
                "name": "duress login against a right one",
                "value": round(statistics.median(times["duress password"]) * 1000, 1),
                "baseline": round(right * 1000, 1),
                "ratio": round(duress_ratio, 3),
                "unit": "ms",
                "n": rounds,
                "spread": [
                    round(min(ratios["duress password"]), 3),
                    round(max(ratios["duress password"]), 3),
                ],
                "goal": "within the noise of a right login",
            },
        }
    )
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
