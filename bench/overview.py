"""Overview benchmark: the supervisors' dashboard refresh at 1k, 10k and 100k cases (issue 21).

For each size N, N cases with five events each, as ``bench/cases.py`` makes them (plus a type of
exploitation and an intake date), are ingested through ``CaseBook.ingest`` into a workspace
(SQLCipher) and into plain SQLite with the same schema and pragmas, both reopened. Then, the two
sides in turn (the first side alternating), ``--rounds`` times:

- ``refresh``: what the dashboard runs on the database thread when it reloads
  (``build_overview`` with the intake form's category words): it reads the counts kept as events
  are applied (app/cases/tallies.py). The headline, at the largest N; goal <= 300 ms at 100k;
- ``recount``: the full recount it replaced and that stays the reference (``load_facts`` then
  ``summarise``), fewer rounds; the two must give the same overview (asserted).

Then what keeping the counts costs: more new cases are ingested into the workspace in batches of
100 (as a sync round applies them), with the upkeep on and off (``tallies.note_all`` replaced by
nothing) in turn, the order alternating; the time per case of each. Last, the first count of a
workspace whose cases were never counted (an upgraded one), when its case book is made: every
case counted once. The last
line printed is one JSON object with the figures and the ``headline`` (bench/README.md).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
for folder in (ROOT, ROOT / "bench"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from cases import SIDES, TODAY, build, make_events  # noqa: E402

from app.cases import tallies  # noqa: E402
from app.cases.book import CaseBook  # noqa: E402
from app.cases.events import CaseEvent  # noqa: E402
from app.cases.overview import build_overview, load_facts, summarise  # noqa: E402
from app.cases.schedule import Schedule, ScheduleRules  # noqa: E402
from app.cases.state import CaseState  # noqa: E402
from app.interviews.choice_words import words_from  # noqa: E402
from app.interviews.demo_people import EXPLOITATION  # noqa: E402
from app.interviews.form_library import FormLibrary  # noqa: E402
from app.workspace.store import Store  # noqa: E402

BATCH = 100  # new cases per ingest when measuring the upkeep
GOAL_MS = 300.0


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


def alternated(
    books: dict[str, CaseBook], rounds: int, work: Callable[[CaseBook], object]
) -> dict[str, list[float]]:
    """``work`` timed on each side ``rounds`` times, the first side alternating."""
    times: dict[str, list[float]] = {side: [] for side in SIDES}
    for r in range(rounds):
        for side in SIDES if r % 2 == 0 else SIDES[::-1]:
            book = books[side]
            start = time.perf_counter()
            work(book)
            times[side].append(time.perf_counter() - start)
    return times


def upkeep(book: CaseBook, extra: list[list[CaseEvent]]) -> dict[str, float]:
    """Seconds per case ingested with the counts kept and without, batches in turn."""
    kept = tallies.note_all  # what the refold calls (app/cases/derived.py)

    def nothing(
        store: Store,
        states: Iterable[CaseState],
        rules: ScheduleRules,
        schedules: Mapping[str, Schedule] | None = None,
    ) -> None:
        pass

    spent = {"with": 0.0, "without": 0.0}
    cases = {"with": 0, "without": 0}
    batches = [extra[i : i + BATCH] for i in range(0, len(extra), BATCH)]
    try:
        for i, batch in enumerate(batches):
            side = ("with", "without")[(i + i // 2) % 2]  # with, without, without, with, ...
            tallies.note_all = kept if side == "with" else nothing
            events = [e for history in batch for e in history]
            start = time.perf_counter()
            book.ingest(events)
            spent[side] += time.perf_counter() - start
            cases[side] += len(batch)
    finally:
        tallies.note_all = kept
    return {side: spent[side] / max(cases[side], 1) for side in spent}


def first_count(book: CaseBook) -> float:
    """Seconds of the first count of a workspace whose cases were never counted (one from
    before the counts were kept: migration 0021 leaves its counts empty), made when its case
    book is made (``CaseBook._count_once``): every case counted."""
    with book.store.atomic():
        book.store.execute("DELETE FROM case_facts")
        book.store.execute("DELETE FROM case_tallies")
    tallies._FILLED.discard(book.store)
    start = time.perf_counter()
    opened = CaseBook(book.session, today=lambda: TODAY)
    spent = time.perf_counter() - start
    assert build_overview(opened, today=TODAY) == summarise(load_facts(opened), TODAY)
    return spent


def spread(values: list[float]) -> list[float]:
    return [round(min(values), 2), round(max(values), 2)]


def measure(count: int, rounds: int, folder: Path) -> dict[str, Any]:
    cases = with_overview_fields(make_events(count, seed=1), seed=2)
    books, ingest, _ = build(folder, cases)
    library = FormLibrary()
    library.get("intake")  # forms are converted once per process: not part of the screen's time
    words = words_from(library)
    for book in books.values():  # the counts agree with the full recount, and are warm
        facts = load_facts(book)
        assert build_overview(book, today=TODAY) == summarise(facts, TODAY)
        assert facts and len(facts) == count
    refresh = alternated(books, rounds, lambda b: build_overview(b, "km", words=words))
    store = books["fieldcase"].store
    rows = int(store.scalar("SELECT count(*) FROM case_tallies"))
    facts_bytes = float(store.scalar("SELECT avg(length(facts)) FROM case_facts") or 0)
    recount = alternated(books, max(1, rounds // 3), lambda b: summarise(load_facts(b), b.today()))
    extra = with_overview_fields(make_events(min(count, 2_000), seed=3), seed=4)
    cost = upkeep(books["fieldcase"], extra)
    first = first_count(books["fieldcase"])
    for book in books.values():
        book.store.close()
    ms = {
        name: {side: [t * 1000 for t in times[side]] for side in SIDES}
        for name, times in (("refresh", refresh), ("recount", recount))
    }
    out: dict[str, Any] = {"n": count, "ingest_s": round(ingest, 1)}
    for name, by_side in ms.items():
        enc, plain = by_side["fieldcase"], by_side["baseline"]
        ratios = [e / p for e, p in zip(enc, plain, strict=True)]
        out[name] = {
            "fieldcase_ms": round(statistics.median(enc), 2),
            "fieldcase_spread": spread(enc),
            "baseline_ms": round(statistics.median(plain), 2),
            "baseline_spread": spread(plain),
            "ratio": round(statistics.median(ratios), 2),
            "ratio_spread": spread(ratios),
        }
    out["first_count_s"] = round(first, 2)
    out["count_rows"] = rows
    out["facts_bytes_a_case"] = round(facts_bytes, 1)
    out["ingest_ms_a_case_with_counts"] = round(cost["with"] * 1000, 3)
    out["ingest_ms_a_case_without"] = round(cost["without"] * 1000, 3)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1,000 and 10,000 cases")
    parser.add_argument("--cases", type=int, nargs="+", help="sizes (default 1k, 10k, 100k)")
    parser.add_argument("--rounds", type=int, default=9, help="refreshes timed a side")
    args = parser.parse_args()
    sizes = args.cases or ([1_000, 10_000] if args.quick else [1_000, 10_000, 100_000])
    summary: dict[str, Any] = {"bench": "overview", "sizes": sizes, "rounds": args.rounds}
    result: dict[str, Any] = {}
    for count in sizes:
        print(f"== {count} cases x 5 events: generating and ingesting both sides ...", flush=True)
        with tempfile.TemporaryDirectory() as tmp:
            result = measure(count, args.rounds, Path(tmp))
        for name in ("refresh", "recount"):
            r = result[name]
            print(
                f"   {name:>7}: fieldcase {r['fieldcase_ms']:.1f} ms"
                f" ({r['fieldcase_spread'][0]:.1f}-{r['fieldcase_spread'][1]:.1f}),"
                f" plain SQLite {r['baseline_ms']:.1f} ms = {r['ratio']:.2f}x"
                f" ({r['ratio_spread'][0]:.2f}-{r['ratio_spread'][1]:.2f})",
                flush=True,
            )
        with_counts, without = (
            result["ingest_ms_a_case_with_counts"],
            result["ingest_ms_a_case_without"],
        )
        print(
            f"   ingest a case (fieldcase): {with_counts:.2f} ms keeping the counts,"
            f" {without:.2f} ms without (+{with_counts - without:.2f} ms);"
            f" building the workspace took {result['ingest_s']} s; the first overview of a"
            f" workspace never counted (at its opening) {result['first_count_s']} s; {result['count_rows']} rows"
            f" of counts, {result['facts_bytes_a_case']} bytes of facts a case",
            flush=True,
        )
        summary[f"n{count}"] = result
    refresh = result["refresh"]
    summary["ratio"] = refresh["ratio"]
    summary["headline"] = [
        {
            "name": "dashboard refresh",
            "value": refresh["fieldcase_ms"],
            "baseline": refresh["baseline_ms"],
            "ratio": refresh["ratio"],
            "unit": "ms",
            "n": result["n"],
            "spread": refresh["ratio_spread"],
            "goal": f"<= {GOAL_MS:.0f} ms",
            "ok": refresh["fieldcase_ms"] <= GOAL_MS,
        },
        {
            "name": "ingest a case, keeping the dashboard's counts (vs not)",
            "value": result["ingest_ms_a_case_with_counts"],
            "baseline": result["ingest_ms_a_case_without"],
            "ratio": round(
                result["ingest_ms_a_case_with_counts"] / result["ingest_ms_a_case_without"], 2
            ),
            "unit": "ms",
            "n": result["n"],
        },
    ]
    print(
        f"headline: dashboard refresh at {result['n']} cases, fieldcase"
        f" {refresh['fieldcase_ms']:.1f} ms, plain SQLite {refresh['baseline_ms']:.1f} ms"
        f" (goal <= {GOAL_MS:.0f} ms); the full recount it replaces"
        f" {result['recount']['fieldcase_ms']:.0f} ms"
    )
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
