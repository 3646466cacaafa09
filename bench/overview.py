"""Overview benchmark: the supervisors' dashboard counts at scale, encrypted against plain SQLite.

N cases (50 000; ``--quick``: 10 000) with five events each, as ``bench/cases.py`` makes them
(plus a type of exploitation and an intake date), are ingested through ``CaseBook.ingest``. Then
the dashboard's data work is timed as the screen runs it on the database thread:

- ``facts``: ``load_facts`` (two queries over the derived table and the event log);
- ``summarise``: the counting itself (pure Python);
- ``overview``: both, plus the category words from the intake form (``build_overview``).

Both sides run the app's code and schema; only the connection differs (SQLCipher with the
workspace pragmas, or Python's sqlite3), so the ratio is what encryption costs this screen. For
scale, the same facts are also computed the slow, obvious way on a sample of cases (fold every
case's events, then ``facts_of``), and that time is projected to N. The last line printed is one
JSON object with the figures.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
for folder in (ROOT, ROOT / "bench"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from cases import TODAY, make_events, open_book, timed  # noqa: E402

from app.cases.book import CaseBook  # noqa: E402
from app.cases.events import CaseEvent  # noqa: E402
from app.cases.overview import build_overview, facts_of, load_facts, summarise  # noqa: E402
from app.cases.state import fold  # noqa: E402
from app.interviews.choice_words import words_from  # noqa: E402
from app.interviews.demo import EXPLOITATION  # noqa: E402
from app.interviews.form_library import FormLibrary  # noqa: E402

FOLD_SAMPLE = 1_000


def with_overview_fields(cases: list[list[CaseEvent]], seed: int) -> list[list[CaseEvent]]:
    """Give every intake a type of exploitation (one or two) and an intake date."""
    rnd = random.Random(seed)
    for history in cases:
        properties = history[0].payload["properties"]
        properties["vic_TypeOfExploitation"] = " ".join(
            rnd.sample(EXPLOITATION, rnd.choice((1, 1, 2)))
        )
        properties["intake_date"] = properties["return_date"]
    return cases


def run_side(folder: Path, encrypted: bool, cases: list[list[CaseEvent]]) -> dict[str, float]:
    book: CaseBook = open_book(folder / ("enc.db" if encrypted else "plain.db"), encrypted)
    batch = 1000
    for i in range(0, len(cases), batch):
        book.ingest([e for history in cases[i : i + batch] for e in history])
    library = FormLibrary()
    library.get("intake")  # forms are converted once per process: not part of the screen's time
    facts = load_facts(book)
    figures = {
        "facts_s": timed(lambda: load_facts(book), repeat=3),
        "summarise_s": timed(lambda: summarise(facts, TODAY), repeat=3),
        "overview_s": timed(
            lambda: build_overview(book, "km", words=words_from(library)), repeat=3
        ),
    }
    sample = [f.case_id for f in facts[:FOLD_SAMPLE]]
    start = time.perf_counter()
    folded = [facts_of(fold(case_id, book.events(case_id)), book.rules) for case_id in sample]
    figures["fold_projected_s"] = (time.perf_counter() - start) * len(facts) / max(len(sample), 1)
    by_id = {f.case_id: f for f in facts}
    assert all(by_id[f.case_id] == f for f in folded), "load_facts disagrees with the fold"
    overview = summarise(facts, TODAY)
    assert overview.cases == len(cases) and overview.identified.total() > 0
    book.store.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10 000 cases, under a minute")
    parser.add_argument("--cases", type=int, help="number of cases (default 50 000)")
    args = parser.parse_args()
    count = args.cases or (10_000 if args.quick else 50_000)
    print(f"generating {count} cases x 5 events ...", flush=True)
    cases = with_overview_fields(make_events(count, seed=1), seed=2)
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for encrypted in (False, True):
            side = "fieldcase" if encrypted else "baseline"
            results[side] = run_side(Path(tmp), encrypted, cases)
            print(
                f"{side:>10}: "
                + ", ".join(f"{k} {v * 1000:.1f} ms" for k, v in results[side].items()),
                flush=True,
            )
    ratio = results["fieldcase"]["overview_s"] / results["baseline"]["overview_s"]
    print(f"overview: fieldcase/baseline = {ratio:.2f}x")
    print(
        f"folding every case instead would take about {results['fieldcase']['fold_projected_s']:.1f} s"
    )
    summary: dict[str, Any] = {"bench": "overview", "n": count, "ratio": round(ratio, 2)}
    summary.update({f"fieldcase_{k}": round(v, 4) for k, v in results["fieldcase"].items()})
    summary.update({f"baseline_{k}": round(v, 4) for k, v in results["baseline"].items()})
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
