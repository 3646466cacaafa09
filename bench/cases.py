"""Cases benchmark: what a worker waits for in the case list at scale, fieldcase (SQLCipher)
against plain SQLite doing the same queries on the same rows, sides alternated, in one run.

For each N (1 000, 10 000, 100 000 cases; ``--quick``: 1 000 and 10 000) the same cases, five
events each, are ingested through ``CaseBook.ingest`` on both sides, as a supervisor's laptop
receives them from sync; each workspace is then opened again (as at the next login, so the page
cache is sized from the workspace). Then, through the same CaseBook API the UI calls:

- the headline: **search, every keystroke** of names typed in Latin letters, Khmer, Thai, Lao,
  Burmese and Chinese, the first letter included (a page of 100 rows, as the list asks), p95 over
  the keystrokes of one round; beside it the same p95 of CPU time (on a shared machine the wall
  time includes waiting for a core), and the slowest first letter and the slowest two letters
  (``so``, ``សុ``, ``李明``, ...: these walk their first letter's name-order entries) of a round;
- the case list: the first page, and a page at the end reached by keyset;
- the due list's first page.

Both sides run the app's own code and schema; only the connection differs (SQLCipher with the
workspace pragmas, or Python's sqlite3 with the same pragmas and the same cache size). Each figure
is taken in ``--rounds`` rounds, the two sides in turn (the first side alternating), and given as
the median with its spread (min-max over rounds). The last line printed is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import random
import secrets
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any, cast

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.cases.book import CaseBook, Cursor  # noqa: E402
from app.cases.events import CaseEvent  # noqa: E402
from app.cases.hlc import HybridClock  # noqa: E402
from app.interviews.demo_people import PEOPLE  # noqa: E402
from app.team.case_book import case_book  # noqa: E402
from app.workspace.ids import new_id  # noqa: E402
from app.workspace.roles import Role  # noqa: E402
from app.workspace.schema import MIGRATIONS  # noqa: E402
from app.workspace.session import Session  # noqa: E402
from app.workspace.store import Store, cache_kib  # noqa: E402

TODAY = date(2026, 11, 28)
PAGE = 100  # rows the case list asks for at a time (app/ui/case_table.py)
# Typed one letter at a time: Latin, Khmer, Thai, Lao, Burmese, Chinese, two-word queries.
TYPED = ["somchai", "សុខា", "มาลี", "ບຸນມີ", "အေးအေးမွန်", "李明", "nguyen huong", "aye mon"]
SIDES = ("baseline", "fieldcase")


def keystrokes() -> list[str]:
    out: list[str] = []
    for text in TYPED:
        out += [text[:i] for i in range(1, len(text) + 1) if text[:i].strip() == text[:i]]
    return out


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


def open_book(path: Path, key: bytes | None) -> CaseBook:
    """The workspace at ``path``: SQLCipher with ``key``, or plain SQLite (``key`` None) with
    the same pragmas and cache."""
    if key is not None:
        store = Store.open(path, key)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None)
        conn.row_factory = sqlite3.Row
        for pragma in (
            "journal_mode = WAL",
            "synchronous = FULL",
            "secure_delete = ON",
            "temp_store = MEMORY",
            f"cache_size = -{cache_kib(path)}",
        ):
            conn.execute(f"PRAGMA {pragma}")
        store = Store(conn)
    store.migrate(MIGRATIONS)
    session = Session(cast(Any, None), store, bytearray(32), "bench", Role.SUPERVISOR)
    return case_book(session, today=lambda: TODAY)


def build(folder: Path, cases: list[list[CaseEvent]]) -> tuple[dict[str, CaseBook], float, float]:
    """Both workspaces filled, then opened again; returns them and fieldcase's ingest time,
    wall and CPU."""
    key = secrets.token_bytes(32)
    paths = {"baseline": folder / "plain.db", "fieldcase": folder / "enc.db"}
    keys = {"baseline": None, "fieldcase": key}
    ingest = ingest_cpu = 0.0
    for side in SIDES:
        book = open_book(paths[side], keys[side])
        start, start_cpu = time.perf_counter(), time.process_time()
        for i in range(0, len(cases), 1000):
            book.ingest([e for history in cases[i : i + 1000] for e in history])
        if side == "fieldcase":
            ingest = time.perf_counter() - start
            ingest_cpu = time.process_time() - start_cpu
        book.store.checkpoint()
        book.store.close()
    return {side: open_book(paths[side], keys[side]) for side in SIDES}, ingest, ingest_cpu


def refold(count: int) -> dict[str, Any]:
    """The case book's part of a first pull: ``count`` new cases, one ``create`` each (an intake
    as ``fieldcase demo`` makes it, one envelope each), decoded from JSON and ingested in pages of
    1,000 as the inbox ingests a pulled page, into a new SQLCipher workspace; CPU time of
    ``CaseBook.ingest`` per case."""
    from app.interviews.demo_people import person

    rnd = random.Random(3)
    clocks = [HybridClock(f"laptop{i}", physical_ms=lambda: 1_780_000_000_000) for i in range(2)]
    events = []
    for _ in range(count):
        clock = rnd.choice(clocks)
        payload = {"form_id": "intake", "properties": person(rnd, TODAY), "team": "bangkok"}
        made = CaseEvent(new_id(), new_id(), "create", payload, "bench", clock.device, clock.now())
        events.append(CaseEvent.from_json(json.loads(json.dumps(made.to_json()))))  # as opened
    with tempfile.TemporaryDirectory() as tmp:
        book = open_book(Path(tmp) / "enc.db", secrets.token_bytes(32))
        pages = []
        for i in range(0, count, 1000):
            page = events[i : i + 1000]
            start = time.process_time()
            book.ingest(page, decoded=True)  # as the inbox ingests a pulled page
            pages.append((time.process_time() - start) * 1000 / len(page))
        book.store.checkpoint()
        size = megabytes(book)
        book.store.close()
    total = sum(p * min(1000, count - i * 1000) for i, p in enumerate(pages)) / count
    print(
        f"refold: {count} new cases (one event each) in pages of 1,000: {total:.3f} ms CPU a"
        f" case (pages {', '.join(f'{p:.2f}' for p in pages)}); on disk {size:.1f} MB"
    )
    return {"bench": "cases-refold", "n": count, "cpu_ms_per_case": round(total, 3),
            "pages_ms": [round(p, 3) for p in pages], "mb": round(size, 1)}  # fmt: skip


def megabytes(book: CaseBook) -> float:
    """The workspace's size on disk: the database file (its WAL checkpointed) and its WAL."""
    path = Path(book.store.query("PRAGMA database_list")[0][2])
    return sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists()) / 1e6


def last_page_cursor(book: CaseBook) -> Cursor:
    row = book.store.query_one(
        "SELECT sort_key, case_id FROM cases ORDER BY sort_key, case_id LIMIT 1 OFFSET ?",
        (max(book.count() - PAGE - 1, 0),),
    )
    assert row is not None
    return Cursor((None, row[0], row[1]))


def measure(books: dict[str, CaseBook], rounds: int) -> dict[str, dict[str, list[float]]]:
    """Per side and figure, one value per round (seconds); sides alternate who goes first."""
    typed = keystrokes()
    cursors = {side: last_page_cursor(book) for side, book in books.items()}
    figures: dict[str, dict[str, list[float]]] = {side: {} for side in SIDES}
    actions: dict[str, Callable[[CaseBook, str], object]] = {
        "first_page": lambda book, side: book.list_cases(limit=PAGE),
        "last_page": lambda book, side: book.list_cases(after=cursors[side], limit=PAGE),
        "due_page": lambda book, side: book.list_cases(due="any", limit=PAGE),
    }
    for book in books.values():  # warm both alike: a worker has the list open already
        book.list_cases(limit=PAGE)
    step = 0
    for _ in range(rounds):
        strokes: dict[str, list[float]] = {side: [] for side in SIDES}
        cpu: dict[str, list[float]] = {side: [] for side in SIDES}
        for text in typed:
            step += 1
            for side in SIDES if step % 2 else reversed(SIDES):
                start, start_cpu = time.perf_counter(), time.process_time()
                books[side].list_cases(query=text, limit=PAGE)
                strokes[side].append(time.perf_counter() - start)
                cpu[side].append(time.process_time() - start_cpu)
        for side in SIDES:
            for name, values in (("search_keystroke_p95", strokes), ("search_cpu_p95", cpu)):
                ordered = sorted(values[side])
                p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
                figures[side].setdefault(name, []).append(p95)
            for name, letters in (("search_first_letter_max", 1), ("search_two_letters_max", 2)):
                figures[side].setdefault(name, []).append(
                    max(s for s, t in zip(strokes[side], typed, strict=True) if len(t) == letters)
                )
        for name, action in actions.items():
            step += 1
            for side in SIDES if step % 2 else reversed(SIDES):
                start = time.perf_counter()
                action(books[side], side)
                figures[side].setdefault(name, []).append(time.perf_counter() - start)
    return figures


def spread(values: list[float]) -> str:
    return (
        f"{statistics.median(values) * 1000:.1f} ms"
        f" ({min(values) * 1000:.1f}-{max(values) * 1000:.1f})"
    )


@contextmanager
def sides_with(count: int) -> Iterator[tuple[dict[str, CaseBook], float, float, dict[str, float]]]:
    """Both sides with ``count`` cases of ``make_events`` (seed 1) ingested, opened again as at
    the next login (``build``): the books, fieldcase's ingest time (wall, CPU) and each side's
    size on disk (MB); closed and removed afterwards. Shared by bench/matching.py."""
    print(f"== {count} cases x 5 events: generating and ingesting both sides ...", flush=True)
    cases = make_events(count, seed=1)
    with tempfile.TemporaryDirectory() as tmp:
        books, ingest, ingest_cpu = build(Path(tmp), cases)
        try:
            yield books, ingest, ingest_cpu, {side: megabytes(b) for side, b in books.items()}
        finally:
            for book in books.values():
                book.store.close()


def ms_headline(
    name: str, enc: list[float], plain: list[float], ratios: list[float], count: int, goal: str
) -> dict[str, Any]:
    """A headline in milliseconds (bench/README.md): the medians of both sides and of the
    per-round ratios, the ratios' spread; ``ok`` is left for the caller's goal."""
    return {
        "name": name,
        "value": round(statistics.median(enc) * 1000, 1),
        "baseline": round(statistics.median(plain) * 1000, 1),
        "ratio": round(statistics.median(ratios), 2),
        "unit": "ms",
        "n": count,
        "spread": [round(min(ratios), 2), round(max(ratios), 2)],
        "goal": goal,
    }


def compared(
    figures: dict[str, dict[str, list[float]]], count: int, summary: dict[str, Any], width: int
) -> dict[str, list[float]]:
    """Each figure's line (fieldcase, plain SQLite, their ratio: median and min-max over rounds)
    printed and put in ``summary``; returns the ratios per round, by figure. Shared by
    bench/matching.py."""
    ratios_of = {}
    for name in figures["fieldcase"]:
        enc, plain = figures["fieldcase"][name], figures["baseline"][name]
        ratios = ratios_of[name] = [e / p for e, p in zip(enc, plain, strict=True)]
        ratio = statistics.median(ratios)
        print(
            f"   {name:>{width}}: fieldcase {spread(enc)}, plain SQLite {spread(plain)},"
            f" ratio {ratio:.2f}x ({min(ratios):.2f}-{max(ratios):.2f})",
            flush=True,
        )
        summary[f"n{count}_fieldcase_{name}_ms"] = round(statistics.median(enc) * 1000, 2)
        summary[f"n{count}_baseline_{name}_ms"] = round(statistics.median(plain) * 1000, 2)
        summary[f"n{count}_ratio_{name}"] = round(ratio, 2)
    return ratios_of


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1 000 and 10 000 cases only")
    parser.add_argument("--cases", type=int, nargs="*", help="the sizes (default 1k 10k 100k)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument(
        "--refold", type=int, metavar="N", help="only the case book's refold of N new cases"
    )
    args = parser.parse_args()
    if args.refold:
        print(json.dumps(refold(args.refold)))
        return
    sizes = args.cases or ([1_000, 10_000] if args.quick else [1_000, 10_000, 100_000])
    summary: dict[str, Any] = {"bench": "cases", "sizes": sizes, "rounds": args.rounds}
    headline: dict[str, Any] = {}
    for count in sizes:
        with sides_with(count) as (books, ingest, ingest_cpu, size):
            figures = measure(books, args.rounds)
        print(
            f"   fieldcase ingest {ingest:.1f} s ({ingest_cpu * 1000 / count:.2f} ms CPU a case);"
            f" on disk: fieldcase {size['fieldcase']:.0f} MB,"
            f" plain SQLite {size['baseline']:.0f} MB"
        )
        for name, ratios in compared(figures, count, summary, 24).items():
            enc, plain = figures["fieldcase"][name], figures["baseline"][name]
            ratio = statistics.median(ratios)
            if name == "search_keystroke_p95":
                headline = ms_headline(
                    "search keystroke p95", enc, plain, ratios, count, "<= 1.5x, <= 100 ms"
                )
                headline["ok"] = ratio <= 1.5 and headline["value"] <= 100
        summary[f"n{count}_fieldcase_ingest_s"] = round(ingest, 1)
        summary[f"n{count}_fieldcase_ingest_cpu_ms_per_case"] = round(ingest_cpu * 1000 / count, 2)
        summary[f"n{count}_fieldcase_mb"] = round(size["fieldcase"], 1)
        summary[f"n{count}_baseline_mb"] = round(size["baseline"], 1)
    # The user-facing worst case, at the largest size: a search keystroke's p95.
    summary["ratio"] = headline["ratio"]
    summary["headline"] = headline
    print(
        f"headline: search keystroke p95 at {sizes[-1]} cases, fieldcase {headline['value']} ms,"
        f" plain SQLite {headline['baseline']} ms = {headline['ratio']:.2f}x"
    )
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
