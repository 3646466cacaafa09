"""Export benchmark: the first (cold) CSV export of N intake submissions against the csv module
writing the same rows, sides alternated; the peak memory of CSV and XLSX exports.

For each N (1 000, 10 000 and 100 000; ``--quick``: 1 000 and 10 000) intake submissions are made
from real finished intakes of the shipped form (varied names in six scripts) and stored in an
encrypted workspace. Every export runs in a child process (``run_export`` after a login, as the
command and the app run it), its time taken inside the child and its peak memory read by the
child at its end (``VmHWM``, the high-water mark of its resident memory; ``ru_maxrss`` where
there is no /proc: on Linux that also counts the parent's memory at the fork):

- **first CSV export after a sync** (the headline): the export rows are dropped, then kept ahead
  by the keeper (``app.export.ahead``, as the app does after a sync round or a finished form, off
  the user's path) in one child, then the export runs in another (a fresh login: no page the
  keeper decrypted is still in the cache); the keeper's own CPU time (and per row) is printed
  beside it: work moved before the export, not removed, and the CPU time of a keeper's round
  that finds nothing left (what each case change costs the database thread). This is what a
  supervisor waits for;
- cold CSV export: the export rows (``app.export.rows``) are dropped first, so every submission
  is read, flattened and kept again by the export itself: what remains once for a workspace made
  by a version before the keeper (or exported before the keeper got through);
- warm CSV export (the rows kept by the one before), and XLSX export (warm);
- the baseline: a child that reads the CSV files the export wrote into lists, then times Python's
  csv module writing those very rows (no workspace, no flattening).

The cold export, the export after a sync and the baseline run ``--rounds`` times each, in turn,
the order reversed every other round; each ratio is the median of the rounds' ratios, with its
spread. Each child also reports its CPU
time (``process_time``), and the ratio of CPU times is printed beside: on a loaded machine a long
child waits for a core far more than a short one, which the elapsed ratio counts and this one
does not. The load average is printed at the end. The last line printed is one JSON
object with a ``headline`` (bench/README.md): the first CSV export after a sync and the cold one
against the csv module, and the peak memory of the CSV and XLSX exports, at the largest size.
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
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.interviews.demo import add_demo_cases  # noqa: E402
from app.team.case_book import case_book  # noqa: E402
from app.workspace.folder import Workspace  # noqa: E402
from app.workspace.ids import new_id  # noqa: E402
from app.workspace.keyslots import KdfCost  # noqa: E402


def build(folder: Path, count: int) -> Any:
    session, _ = Workspace.create(
        folder / "ws", "bench", "bench password", cost=KdfCost(1, 8192, 1)
    )
    add_demo_cases(case_book(session), 50, seed=5)  # real intakes of the shipped form
    templates = [
        (r[0], r[1], json.loads(r[2]))
        for r in session.store.query(
            "SELECT form_id, form_version, data FROM submissions WHERE form_id = 'intake'"
        )
    ]
    rnd = random.Random(1)
    rows = []
    for _ in range(count - len(templates)):
        form_id, version, record = rnd.choice(templates)
        rows.append(
            (
                new_id(),
                form_id,
                version,
                "bench",
                json.dumps(record, ensure_ascii=False),
                "2026-11-28T10:00:00Z",
            )
        )
    with session.store.atomic():
        session.store.executemany(
            "INSERT INTO submissions (id, form_id, form_version, author, data, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )
    return session


# The child's own peak: VmHWM, its address space's high-water mark since it started the Python
# program (ru_maxrss also counts what the parent held while forking, before the exec).
PEAK = """
def peak_mb():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
"""

CHILD = (
    PEAK
    + """
import json, sys, time
from pathlib import Path
from app.export.service import run_export
from app.workspace.folder import Workspace
ws, fmt, out, mode = sys.argv[1], sys.argv[2], Path(sys.argv[3]), sys.argv[4]
session = Workspace.at(ws).login("bench", sys.stdin.readline().rstrip("\\n"))
if mode in ("cold", "keep"):
    session.store.execute("DELETE FROM export_rows")
if mode == "keep":  # a sync round ended: the keeper keeps every row (the export: another child)
    from app.export.ahead import keep_ahead
    start, cpu = time.perf_counter(), time.process_time()
    keep_ahead(session)
    keeper_s, keeper_cpu = time.perf_counter() - start, time.process_time() - cpu
    idle = time.process_time()  # a round with nothing left (after a case edit, say)
    keep_ahead(session)
    idle = time.process_time() - idle
    session.lock()
    print(json.dumps({"s": keeper_s, "cpu": keeper_cpu, "mb": peak_mb(), "idle": idle}))
    sys.exit(0)
start, cpu = time.perf_counter(), time.process_time()
run_export(session, format=fmt, out=out)
seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
session.lock()
print(json.dumps({"s": seconds, "cpu": cpu, "mb": peak_mb()}))
"""
)

BASELINE = (
    PEAK
    + """
import csv, json, sys, time
from pathlib import Path
source, out = Path(sys.argv[1]), Path(sys.argv[2])
out.mkdir(exist_ok=True)
flat = {}
for path in sorted(source.glob("*.csv")):
    with path.open(encoding="utf-8-sig", newline="") as fh:
        flat[path.name] = list(csv.reader(fh))
start, cpu = time.perf_counter(), time.process_time()
for name, rows in flat.items():
    with (out / name).open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\\r\\n")
        for row in rows:
            writer.writerow(row)
cpu = time.process_time() - cpu
print(json.dumps({"s": time.perf_counter() - start, "cpu": cpu, "mb": peak_mb()}))
"""
)


def child(args: list[str], more: dict[str, float] | None = None) -> tuple[float, float, float]:
    """Seconds (as the child timed its work), its CPU seconds (``process_time``: what a loaded
    machine's waits for a core do not count) and peak memory (MB) of one child process; what
    else it reported goes in ``more``."""
    proc = subprocess.Popen(
        [sys.executable, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        cwd=ROOT,
    )
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    proc.stdin.write(b"bench password\n")
    proc.stdin.close()
    out, err = proc.stdout.read().decode(), proc.stderr.read().decode()
    if proc.wait() != 0:
        raise SystemExit(f"{args[:1]} failed: {out[-300:]} {err[-600:]}")
    figures = json.loads(out.strip().splitlines()[-1])
    if more is not None:
        more.update(figures)
    return float(figures["s"]), float(figures["cpu"]), float(figures["mb"])


def spread(values: list[float], unit: str = "s") -> str:
    return f"{statistics.median(values):.2f} {unit} ({min(values):.2f}-{max(values):.2f})"


def measure(folder: Path, rounds: int) -> dict[str, list[float]]:
    ws = str(folder / "ws")
    fig: dict[str, list[float]] = {}

    def export(fmt: str, name: str, mode: str) -> None:
        target = folder / name
        if name == "ahead":  # the keeper in one child, then the export in a fresh one
            more: dict[str, float] = {}
            _, keeper_cpu, _ = child(["-c", CHILD, ws, fmt, str(target), "keep"], more)
            fig.setdefault("keeper_cpu", []).append(keeper_cpu)
            fig.setdefault("idle_round_cpu", []).append(more["idle"])
        seconds, cpu, mb = child(["-c", CHILD, ws, fmt, str(target), mode])
        fig.setdefault(f"{name}_s", []).append(seconds)
        fig.setdefault(f"{name}_cpu", []).append(cpu)
        fig.setdefault(f"{name}_mb", []).append(mb)

    def baseline() -> None:
        seconds, cpu, _ = child(["-c", BASELINE, str(folder / "cold"), str(folder / "baseline")])
        fig.setdefault("baseline_s", []).append(seconds)
        fig.setdefault("baseline_cpu", []).append(cpu)

    export("csv", "cold", "cold")  # the files the baseline writes again
    fig.clear()
    for round_ in range(rounds):
        sides = [
            lambda: export("csv", "cold", "cold"),
            lambda: export("csv", "ahead", "warm"),
            baseline,
        ]
        for side in sides if round_ % 2 == 0 else reversed(sides):
            side()
    export("csv", "warm", "warm")
    export("xlsx", "xlsx", "warm")
    for path in sorted((folder / "cold").glob("*.csv")):
        for other in ("warm", "ahead"):
            if path.read_bytes() != (folder / other / path.name).read_bytes():
                raise SystemExit(f"{path.name}: the {other} export differs from the cold one")
        if path.read_bytes() != (folder / "baseline" / path.name).read_bytes():
            print(f"   note: {path.name} written by the csv module differs (formula-safe cells)")
    fig["ratio"] = [c / b for c, b in zip(fig["cold_s"], fig["baseline_s"], strict=True)]
    fig["cpu_ratio"] = [c / b for c, b in zip(fig["cold_cpu"], fig["baseline_cpu"], strict=True)]
    fig["ahead_ratio"] = [a / b for a, b in zip(fig["ahead_s"], fig["baseline_s"], strict=True)]
    fig["ahead_cpu_ratio"] = [
        a / b for a, b in zip(fig["ahead_cpu"], fig["baseline_cpu"], strict=True)
    ]
    return fig


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1 000 and 10 000 submissions")
    parser.add_argument("--sizes", type=int, nargs="*", help="default 1k 10k 100k")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    sizes = args.sizes or ([1_000, 10_000] if args.quick else [1_000, 10_000, 100_000])
    summary: dict[str, Any] = {"bench": "export", "sizes": sizes, "rounds": args.rounds}
    fig: dict[str, list[float]] = {}
    for count in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            load = " ".join(f"{x:.1f}" for x in os.getloadavg())
            print(f"== {count} intake submissions (load average {load}): building ...", flush=True)
            build(folder, count).lock()
            fig = measure(folder, args.rounds)
        keeper_us = [c / count * 1e6 for c in fig["keeper_cpu"]]
        print(
            f"   first CSV export after a sync (rows kept ahead) {spread(fig['ahead_s'])},"
            f" ratio {spread(fig['ahead_ratio'], 'x')}, CPU ratio"
            f" {spread(fig['ahead_cpu_ratio'], 'x')}; the keeper before it (work moved, not"
            f" removed) {spread(fig['keeper_cpu'])} CPU, {spread(keeper_us, 'us')} a row;"
            f" a round with nothing left {spread([x * 1000 for x in fig['idle_round_cpu']], 'ms')}"
            " CPU"
        )
        print(f"   cold CSV export  {spread(fig['cold_s'])}, peak {spread(fig['cold_mb'], 'MB')}")
        print(f"   csv module alone {spread(fig['baseline_s'])}")
        print(f"   ratio            {spread(fig['ratio'], 'x')}")
        print(
            f"   CPU time         {spread(fig['cold_cpu'])} against {spread(fig['baseline_cpu'])},"
            f" ratio {spread(fig['cpu_ratio'], 'x')}"
        )
        print(f"   warm CSV export  {fig['warm_s'][0]:.2f} s, peak {fig['warm_mb'][0]:.0f} MB")
        print(f"   XLSX export      {fig['xlsx_s'][0]:.2f} s, peak {fig['xlsx_mb'][0]:.0f} MB")
        for key, values in fig.items():
            summary[f"n{count}_{key}"] = round(statistics.median(values), 2)
    n = sizes[-1]
    ratio = statistics.median(fig["ratio"])
    cold = statistics.median(fig["cold_s"])
    peak = max(fig["cold_mb"] + fig["warm_mb"] + fig["xlsx_mb"])
    # older flat keys, read by docs and earlier tooling
    summary.update(
        {
            "n": n,
            "ratio": round(ratio, 2),
            "ratio_first": round(ratio, 2),
            "first_s": round(cold, 3),
            "fieldcase_s": round(statistics.median(fig["warm_s"]), 3),
            "fieldcase_xlsx_s": round(statistics.median(fig["xlsx_s"]), 3),
            "baseline_s": round(statistics.median(fig["baseline_s"]), 3),
        }
    )
    ahead = statistics.median(fig["ahead_s"])
    ahead_ratio = statistics.median(fig["ahead_ratio"])
    summary["headline"] = [
        {
            "name": "first CSV export after a sync (rows kept ahead)",
            "value": round(ahead, 2),
            "baseline": round(statistics.median(fig["baseline_s"]), 2),
            "ratio": round(ahead_ratio, 2),
            "unit": "s",
            "n": n,
            "spread": [round(min(fig["ahead_ratio"]), 2), round(max(fig["ahead_ratio"]), 2)],
            "cpu_ratio": round(statistics.median(fig["ahead_cpu_ratio"]), 2),
            "keeper_cpu_us_per_row": round(statistics.median(fig["keeper_cpu"]) / n * 1e6, 1),
            "goal": "<= 3x, <= 60 s at 100k",
            "ok": ahead_ratio <= 3 and ahead <= 60,
        },
        {
            "name": "cold CSV export (nothing kept: once, an upgraded workspace)",
            "value": round(cold, 2),
            "baseline": round(statistics.median(fig["baseline_s"]), 2),
            "ratio": round(ratio, 2),
            "unit": "s",
            "n": n,
            "spread": [round(min(fig["ratio"]), 2), round(max(fig["ratio"]), 2)],
            "cpu_ratio": round(statistics.median(fig["cpu_ratio"]), 2),
            "goal": "<= 3x, <= 60 s at 100k",
            "ok": ratio <= 3 and cold <= 60,
        },
        {
            "name": "export peak memory (CSV, XLSX)",
            "value": round(peak),
            "baseline": None,
            "ratio": None,
            "unit": "MB",
            "n": n,
            "goal": "<= 300 MB",
            "ok": peak <= 300,
        },
    ]
    print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print(
        f"headline: first CSV export after a sync of {n} submissions {ahead:.1f} s,"
        f" {ahead_ratio:.2f}x the csv module (the keeper's own work before it"
        f" {statistics.median(fig['keeper_cpu']):.1f} s CPU); cold (nothing kept) {cold:.1f} s,"
        f" {ratio:.2f}x; peak memory {peak:.0f} MB"
    )
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
