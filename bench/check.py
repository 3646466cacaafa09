"""Check benchmark: ``fieldcase check`` on workspaces of 1 000, 10 000 and 100 000 cases, its time and
peak memory, against the least any check must do: SQLCipher reading every page of the file once.

Each workspace is made as a supervisor's laptop holds it after months of work: N cases of five
events each ingested through ``CaseBook.ingest`` as sync delivers them, one intake submission per
case (copies of real finished intakes of the shipped form), and an audit chain of four rows a case
(created, edited, viewed twice), hash-chained as ``app.workspace.audit.record`` writes them.

Every figure is taken in a child process (the ``fieldcase check`` command a person runs, its wall
time from start to exit, login included), its peak memory read by the child at its end (``VmHWM``,
the high-water mark of its resident memory), the sides in turn, the first side alternating between
rounds:

- ``check --full``: the whole audit chain walked and hashed, ``PRAGMA integrity_check``;
- ``check``: the first after ``--full`` (so there is a checkpoint), as a person runs it any day
  after: the chain from the last verified checkpoint, ``PRAGMA quick_check``;
- the floor (baseline): a child that opens the workspace with its key and runs
  ``PRAGMA cipher_integrity_check`` alone (every page read, decrypted and its HMAC checked).

``--page-hmac``: the page HMAC the workspaces are built with (default: the one a new workspace on
this laptop takes, app/workspace/store.py), to compare the two on one machine; a check opens
either. ``--quick``: 1 000 and 10 000 cases. The last line printed is one JSON object with a ``headline``
(bench/README.md): ``fieldcase check`` at the largest size, time against the floor, and peak memory.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, cast

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.interviews.demo import add_demo_cases  # noqa: E402
from app.team.case_book import case_book  # noqa: E402
from app.workspace import audit  # noqa: E402
from app.workspace import store as store_module  # noqa: E402
from app.workspace.folder import Workspace  # noqa: E402
from app.workspace.ids import new_id  # noqa: E402
from app.workspace.keyslots import KdfCost  # noqa: E402
from bench.cases import make_events  # noqa: E402

USER, PASSWORD = "bench", "bench password"
PYTHON = sys.executable
AUDIT_PER_CASE = 4


def build(folder: Path, count: int) -> Path:
    """A workspace of ``count`` cases at ``folder``; returns its path."""
    path = folder / "ws"
    session, _ = Workspace.create(path, USER, PASSWORD, cost=KdfCost(1, 8192, 1))
    book = case_book(session)
    add_demo_cases(book, 20, seed=5)  # real intakes of the shipped form
    store = session.store
    templates = [
        (str(r[0]), str(r[1]), str(r[2]))
        for r in store.query(
            "SELECT form_id, form_version, data FROM submissions WHERE form_id = 'intake'"
        )
    ]
    rnd = random.Random(3)
    cases = make_events(count, seed=1)
    for start in range(0, count, 1000):
        part = cases[start : start + 1000]
        book.ingest([e for history in part for e in history])
        rows = []
        for _ in part:
            form_id, version, data = rnd.choice(templates)
            rows.append((new_id(), form_id, version, USER, data, "2026-11-28T10:00:00Z"))
        with store.atomic():
            store.executemany(
                "INSERT INTO submissions (id, form_id, form_version, author, data, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                rows,
            )
    _audit_rows(session.store, [history[0].case_id for history in cases])
    session.lock()
    return path


def _audit_rows(store: Any, case_ids: list[str]) -> None:
    """Four rows a case, chained as ``audit.record`` chains them (written in bulk: faster)."""
    last = store.query_one("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")
    seq, prev = int(last[0]), str(last[1])
    at = audit.now_iso()
    rows: list[tuple[Any, ...]] = []
    for case_id in case_ids:
        for action, detail in (
            (audit.Action.CREATE, "create"),
            (audit.Action.EDIT, "follow_up"),
            (audit.Action.VIEW, ""),
            (audit.Action.VIEW, ""),
        ):
            seq += 1
            obj = f"case:{case_id}"
            digest = audit._row_hash(seq, at, USER, action, obj, detail, prev)
            rows.append((seq, at, USER, action, obj, detail, prev, digest))
            prev = digest
        if len(rows) >= 20_000:
            _insert_audit(store, rows)
            rows = []
    _insert_audit(store, rows)


def _insert_audit(store: Any, rows: list[tuple[Any, ...]]) -> None:
    with store.atomic():
        store.executemany(
            "INSERT INTO audit (seq, at, user, action, object, detail, prev_hash, hash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )


# The child's own peak: VmHWM, its address space's high-water mark since it started the Python
# program (ru_maxrss also counts what the parent held while forking, before the exec), written
# to standard error as its last line.
PEAK = """
import json, sys
def peak_mb():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
"""

COMMAND = (
    PEAK
    + """
from app.cli.main import main
code = main(sys.argv[1:])
sys.stdout.flush()
print(json.dumps({"mb": peak_mb()}), file=sys.stderr)
sys.exit(code)
"""
)

FLOOR = (
    PEAK
    + """
from app.workspace.folder import Workspace
session = Workspace.at(sys.argv[1]).login(sys.argv[2], sys.stdin.readline().rstrip("\\n"))
bad = session.store.query("PRAGMA cipher_integrity_check")
session.lock()
print(json.dumps({"mb": peak_mb()}), file=sys.stderr)
sys.exit(1 if bad else 0)
"""
)


def child(args: list[str]) -> tuple[float, float, str]:
    """Wall seconds, peak RSS (MB) and standard output of one child process."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    start = time.perf_counter()
    proc = subprocess.Popen(
        [PYTHON, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=ROOT,
    )
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    proc.stdin.write(f"{PASSWORD}\n".encode())
    proc.stdin.close()
    out = proc.stdout.read().decode()
    err = proc.stderr.read().decode()
    code = proc.wait()
    seconds = time.perf_counter() - start
    if code != 0:
        raise SystemExit(f"{' '.join(args)} failed ({code}): {out[-400:]} {err[-400:]}")
    return seconds, float(json.loads(err.strip().splitlines()[-1])["mb"]), out


def sides(path: Path) -> dict[str, list[str]]:
    check = ["-c", COMMAND, "check", "--workspace", str(path), "--user", USER, "--password-stdin"]
    return {
        "full": [*check, "--full"],
        "check": check,
        "floor": ["-c", FLOOR, str(path), USER],
    }


def measure(path: Path, rounds: int) -> dict[str, dict[str, list[float]]]:
    commands = sides(path)
    child(commands["full"])  # a first check: the checkpoint every later one starts from
    figures: dict[str, dict[str, list[float]]] = {s: {"s": [], "mb": []} for s in commands}
    order = list(commands)
    for round_ in range(rounds):
        for side in order if round_ % 2 == 0 else reversed(order):
            seconds, mb, out = child(commands[side])
            if side != "floor" and not json.loads(out)["ok"]:
                raise SystemExit(f"check says the bench workspace is damaged: {out[:400]}")
            figures[side]["s"].append(seconds)
            figures[side]["mb"].append(mb)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1 000 and 10 000 cases only")
    parser.add_argument("--cases", type=int, nargs="*", help="the sizes (default 1k 10k 100k)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="build (or reuse) the workspaces in this folder")
    parser.add_argument(
        "--page-hmac",
        choices=store_module.PAGE_HMACS,
        help="the page HMAC to build with (default: the one a new workspace here takes)",
    )
    args = parser.parse_args()
    page_hmac = args.page_hmac or store_module.page_hmac()
    cast(Any, store_module).page_hmac = lambda: page_hmac  # what Workspace.create then takes
    sizes = args.cases or ([1_000, 10_000] if args.quick else [1_000, 10_000, 100_000])
    summary: dict[str, Any] = {
        "bench": "check",
        "sizes": sizes,
        "rounds": args.rounds,
        "page_hmac": page_hmac,
    }
    last: dict[str, dict[str, list[float]]] = {}
    for count in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = (args.keep or Path(tmp)) / f"n{count}-{page_hmac.lower()}"
            if not (folder / "ws").exists():
                print(f"== {count} cases: building ...", flush=True)
                folder.mkdir(parents=True, exist_ok=True)
                start = time.perf_counter()
                build(folder, count)
                print(f"   built in {time.perf_counter() - start:.0f} s", flush=True)
            size_mb = sum(f.stat().st_size for f in (folder / "ws").rglob("*")) / 1e6
            last = measure(folder / "ws", args.rounds)
        print(
            f"== {count} cases ({size_mb:.0f} MB on disk, {page_hmac}),"
            f" median (min-max) of {args.rounds}:"
        )
        for side, label in (
            ("check", "fieldcase check"),
            ("full", "fieldcase check --full"),
            ("floor", "every page read once"),
        ):
            s, mb = last[side]["s"], last[side]["mb"]
            print(
                f"   {label:>24}: {statistics.median(s):7.2f} s ({min(s):.2f}-{max(s):.2f}),"
                f" peak {statistics.median(mb):6.0f} MB ({min(mb):.0f}-{max(mb):.0f})",
                flush=True,
            )
            summary[f"n{count}_{side}_s"] = round(statistics.median(s), 2)
            summary[f"n{count}_{side}_mb"] = round(statistics.median(mb), 1)
        summary[f"n{count}_disk_mb"] = round(size_mb)
    n = sizes[-1]
    ratios = [c / f for c, f in zip(last["check"]["s"], last["floor"]["s"], strict=True)]
    value = statistics.median(last["check"]["s"])
    memory = statistics.median(last["check"]["mb"])
    summary["ratio"] = round(statistics.median(ratios), 2)
    summary["headline"] = [
        {
            "name": "fieldcase check",
            "value": round(value, 2),
            "baseline": round(statistics.median(last["floor"]["s"]), 2),
            "ratio": round(statistics.median(ratios), 2),
            "unit": "s",
            "n": n,
            "spread": [round(min(ratios), 2), round(max(ratios), 2)],
            "goal": "<= 10 s at 100k",
            "ok": value <= 10,
        },
        {
            "name": "fieldcase check peak memory",
            "value": round(memory),
            "baseline": round(statistics.median(last["floor"]["mb"])),
            "ratio": round(memory / statistics.median(last["floor"]["mb"]), 2),
            "unit": "MB",
            "n": n,
            "spread": [round(min(last["check"]["mb"])), round(max(last["check"]["mb"]))],
            "goal": "does not grow with the workspace",
        },
    ]
    print(
        f"headline: fieldcase check at {n} cases {value:.2f} s"
        f" ({summary['ratio']:.2f}x reading every page once), peak {memory:.0f} MB"
    )
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
