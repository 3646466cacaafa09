"""`make bench`'s table: each bench's headline in one row, a failed or silent bench named."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

HEADLINED = {
    "bench": "fake",
    "ratio": 1.75,
    "headline": {
        "name": "search keystroke p95",
        "value": 59.3,
        "baseline": 33.9,
        "ratio": 1.75,
        "unit": "ms",
        "n": 100000,
        "spread": [1.49, 2.24],
        "goal": "<= 1.5x",
        "ok": False,
    },
}
TWO = {
    "bench": "two",
    "headline": [
        {"name": "cold start", "value": 420, "baseline": 300, "ratio": 1.4, "unit": "ms", "n": 1},
        {
            "name": "peak memory",
            "value": 180,
            "baseline": None,
            "ratio": None,
            "unit": "MB",
            "n": 9,
        },
    ],
}


def bench(folder: Path, name: str, last: dict[str, object] | None, code: int = 0) -> Path:
    path = folder / f"{name}.py"
    lines = ["import sys", "print('measuring ...', flush=True)"]
    if last is not None:
        lines.append(f"print({json.dumps(json.dumps(last))})")
    lines.append(f"sys.exit({code})")
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def table(stdout: str) -> list[str]:
    return [line for line in stdout.split("Headlines:")[1].splitlines() if line.startswith("| ")]


def test_each_headline_is_a_row_and_the_benches_output_passes_through(tmp_path: Path) -> None:
    benches = [bench(tmp_path, "fake", HEADLINED), bench(tmp_path, "two", TWO)]
    done = subprocess.run(
        [sys.executable, "bench/headlines.py", *map(str, benches)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("measuring ...") == 2
    rows = table(done.stdout)
    assert len(rows) == 1 + 3  # the header and three headlines
    fake = next(row for row in rows if row.startswith("| fake"))
    for text in ("search keystroke p95", "59.3 ms", "33.9 ms", "1.75x (1.49-2.24)", "100,000"):
        assert text in fake, fake
    assert "NOT met" in fake
    memory = next(row for row in rows if "peak memory" in row)
    assert "180 MB" in memory and " - " in memory  # no baseline: a dash, not a made-up ratio


def test_a_failed_bench_or_one_without_headline_is_named_and_fails_the_run(tmp_path: Path) -> None:
    benches = [
        bench(tmp_path, "broken", None, code=3),
        bench(tmp_path, "silent", {"bench": "silent", "ratio": 1.0}),
        bench(tmp_path, "fake", HEADLINED),
    ]
    done = subprocess.run(
        [sys.executable, "bench/headlines.py", *map(str, benches)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 1
    rows = table(done.stdout)
    assert any(r.startswith("| broken") and "failed (exit 3)" in r for r in rows), rows
    assert any(r.startswith("| silent") and "no headline" in r for r in rows), rows
    assert any(r.startswith("| fake") and "59.3 ms" in r for r in rows), rows


def test_the_table_again_from_saved_outputs(tmp_path: Path) -> None:
    saved = tmp_path / "cases.txt"
    saved.write_text("== 1000 cases\n" + json.dumps(HEADLINED) + "\n", "utf-8")
    done = subprocess.run(
        [sys.executable, "bench/headlines.py", "--from", str(saved)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert any(r.startswith("| cases") and "1.75x" in r for r in table(done.stdout))
