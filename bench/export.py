"""Export benchmark: intake submissions to CSV and XLSX, against the csv module alone, same run.

N intake submissions (100 000; ``--quick``: 10 000) are made from real finished intakes of the
shipped form (varied names in six scripts), stored in an encrypted workspace with their cases as
sync would deliver them. Then ``run_export`` writes CSV twice and XLSX once; the baseline writes the
very same flattened rows (every CSV file the export wrote) with Python's csv module alone (no
workspace, no flattening). The first export flattens every submission once and keeps the cells
and their CSV text in the encrypted store (``app.export.rows``, ``app.export.lines``): it is
reported on its own line (``first_s``, ratio ``ratio_first``). ``ratio`` is the export as a
supervisor runs it after that (only new submissions are flattened; a CSV export of codes joins the
kept text; target ≤ 3×); the CSV export's absolute time (first and later) target < 60 s.
The last line printed is one JSON object with the figures.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.export.service import run_export  # noqa: E402
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


def timed(fn: Any) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10 000 submissions")
    args = parser.parse_args()
    count = 10_000 if args.quick else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print(f"building {count} intake submissions ...", flush=True)
        session = build(folder, count)
        first_s = timed(lambda: run_export(session, format="csv", out=folder / "first"))
        csv_s = timed(lambda: run_export(session, format="csv", out=folder / "csv"))
        xlsx_s = timed(lambda: run_export(session, format="xlsx", out=folder / "xlsx"))
        flat = {}
        for path in sorted((folder / "csv").glob("*.csv")):
            with path.open(encoding="utf-8-sig", newline="") as fh:
                flat[path.name] = list(csv.reader(fh))
            if path.read_bytes() != (folder / "first" / path.name).read_bytes():
                raise SystemExit(f"{path.name}: the second export differs from the first")

        def baseline() -> None:
            for name, rows in flat.items():
                with (folder / f"baseline-{name}").open(
                    "w", encoding="utf-8-sig", newline=""
                ) as out:
                    writer = csv.writer(out)
                    for row in rows:
                        writer.writerow(row)

        base_s = timed(baseline)
        session.lock()
    print(f"first export {first_s:8.2f} s   ({first_s / base_s:.1f}x, flattens and keeps the rows)")
    print(
        f"CSV export   {csv_s:8.2f} s   ({csv_s / base_s:.1f}x the csv module alone, {base_s:.2f} s)"
    )
    print(f"XLSX export  {xlsx_s:8.2f} s   ({xlsx_s / base_s:.1f}x)")
    print(
        json.dumps(
            {
                "bench": "export",
                "n": count,
                "ratio": round(csv_s / base_s, 2),
                "ratio_first": round(first_s / base_s, 2),
                "ratio_xlsx": round(xlsx_s / base_s, 2),
                "fieldcase_s": round(csv_s, 3),
                "first_s": round(first_s, 3),
                "fieldcase_xlsx_s": round(xlsx_s, 3),
                "baseline_s": round(base_s, 3),
            }
        )
    )


if __name__ == "__main__":
    main()
