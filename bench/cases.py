"""Cases benchmark: the case list at scale, encrypted workspace against plain SQLite, same run.

N cases (100 000; ``--quick``: 10 000) with five events each (intake, two follow-ups, an update, a
referral or closure) are ingested through ``CaseBook.ingest`` in batches, as a supervisor's laptop
receives them from sync. Then, through the same CaseBook API the UI calls:

- first page of the case list (50 rows, name order);
- name searches: a Khmer name, a romanised Thai name, a Vietnamese name without its accents;
- the due list (follow-ups due or overdue), first page;
- a full rebuild of the case table and search terms from the events.

Both sides run the app's own code and schema; only the connection differs (SQLCipher with the
workspace pragmas, or Python's sqlite3 with the same pragmas and cache). The ratio is what the
encryption costs. The last line printed is one JSON object with the figures.
"""

from __future__ import annotations

import argparse
import json
import random
import secrets
import sqlite3
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any, cast

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.cases.book import CaseBook  # noqa: E402
from app.cases.events import CaseEvent  # noqa: E402
from app.cases.hlc import HybridClock  # noqa: E402
from app.interviews.demo import PEOPLE  # noqa: E402
from app.team.case_book import case_book  # noqa: E402
from app.workspace.ids import new_id  # noqa: E402
from app.workspace.roles import Role  # noqa: E402
from app.workspace.schema import MIGRATIONS  # noqa: E402
from app.workspace.session import Session  # noqa: E402
from app.workspace.store import Store  # noqa: E402

TODAY = date(2026, 11, 28)
QUERIES = ["សុខា", "somchai", "nguyen huong"]


def add(
    history: list[CaseEvent], case_id: str, clock: HybridClock, kind: str, payload: dict[str, Any]
) -> None:
    parents = (history[-1].id,) if history else ()
    history.append(
        CaseEvent(new_id(), case_id, kind, payload, "bench", clock.device, clock.now(), parents)
    )


def make_events(count: int, seed: int) -> list[list[CaseEvent]]:
    """Five events per case from three devices, as sync would deliver them."""
    rnd = random.Random(seed)
    clocks = [HybridClock(f"bench{i}", physical_ms=lambda: 1_780_000_000_000) for i in range(3)]
    cases = []
    for _ in range(count):
        country = rnd.choice(list(PEOPLE))
        given, family, places, note = PEOPLE[country]
        first, latin = rnd.choice(given)
        last, last_latin = rnd.choice(family)
        clock = rnd.choice(clocks)
        case_id = new_id()
        returned = TODAY - timedelta(days=rnd.randint(0, 400))
        props = {
            "prs_First_Name": f"{first} {last}".strip(),
            "prs_Name_Latin": f"{latin} {last_latin}".strip(),
            "prs_Citizenship": country,
            "age": str(rnd.randint(14, 45)),
            "vic_LocationOfRecruitment": rnd.choice(places),
            "return_date": returned.isoformat(),
        }
        history: list[CaseEvent] = []

        add(
            history,
            case_id,
            clock,
            "create",
            {"form_id": "intake", "properties": props, "team": "bangkok"},
        )
        for months in (1, 3):
            visit = returned + timedelta(days=30 * months)
            add(
                history,
                case_id,
                clock,
                "follow_up",
                {"date": visit.isoformat(), "properties": {"fup_note": note}},
            )
        add(history, case_id, clock, "update", {"properties": {"age": str(int(props["age"]) + 1)}})
        roll = rnd.random()
        if roll < 0.15:
            add(
                history,
                case_id,
                clock,
                "referral",
                {"to_team": "phnom-penh", "consent": {"given": True}, "note": ""},
            )
        elif roll < 0.3:
            add(history, case_id, clock, "close", {"status": "Closed", "reason": "reintegrated"})
        else:
            add(
                history,
                case_id,
                clock,
                "update",
                {"properties": {"vic_LocationOfRecruitment": rnd.choice(places)}},
            )
        cases.append(history)
    return cases


def open_book(path: Path, encrypted: bool) -> CaseBook:
    if encrypted:
        store = Store.open(path, secrets.token_bytes(32))
    else:
        conn = sqlite3.connect(str(path), isolation_level=None)
        conn.row_factory = sqlite3.Row
        for pragma in (
            "journal_mode = WAL",
            "synchronous = FULL",
            "secure_delete = ON",
            "temp_store = MEMORY",
        ):
            conn.execute(f"PRAGMA {pragma}")
        conn.execute("PRAGMA cache_size = -8000")
        store = Store(conn)
    store.migrate(MIGRATIONS)
    session = Session(cast(Any, None), store, bytearray(32), "bench", Role.SUPERVISOR)
    return case_book(session, today=lambda: TODAY)


def timed(fn: Any, repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def run_side(folder: Path, encrypted: bool, cases: list[list[CaseEvent]]) -> dict[str, float]:
    book = open_book(folder / ("enc.db" if encrypted else "plain.db"), encrypted)
    batch = 1000
    start = time.perf_counter()
    for i in range(0, len(cases), batch):
        book.ingest([e for history in cases[i : i + batch] for e in history])
    figures = {"ingest_s": time.perf_counter() - start}
    figures["first_page_s"] = timed(lambda: book.list_cases(limit=50), repeat=5)
    figures["search_s"] = timed(
        lambda: [book.list_cases(query=q, limit=50) for q in QUERIES], repeat=3
    ) / len(QUERIES)
    figures["due_page_s"] = timed(lambda: book.list_cases(due="any", limit=50), repeat=5)
    figures["rebuild_s"] = timed(book.rebuild)
    assert book.count() == len(cases)
    assert book.list_cases(due="any", limit=1).total > 0
    book.store.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10 000 cases, under a minute")
    parser.add_argument("--cases", type=int, help="number of cases (default 100 000)")
    args = parser.parse_args()
    count = args.cases or (10_000 if args.quick else 100_000)
    print(f"generating {count} cases x 5 events ...", flush=True)
    cases = make_events(count, seed=1)
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
    ratios = {k: results["fieldcase"][k] / results["baseline"][k] for k in results["fieldcase"]}
    for key, ratio in ratios.items():
        print(f"{key:>14}: fieldcase/baseline = {ratio:.2f}x")
    summary: dict[str, Any] = {"bench": "cases", "n": count}
    summary.update({f"fieldcase_{k}": round(v, 4) for k, v in results["fieldcase"].items()})
    summary.update({f"baseline_{k}": round(v, 4) for k, v in results["baseline"].items()})
    summary.update({f"ratio_{k.removesuffix('_s')}": round(v, 2) for k, v in ratios.items()})
    summary["ratio"] = summary["ratio_first_page"]
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
