"""Store benchmark: the encrypted workspace store against plain SQLite, same workload, same run.

Both sides run the app's own code: ``app.workspace.store.Store`` with the app's schema (``app.workspace.schema.MIGRATIONS``)
and, for the shelter's day, the real ``Session.save_draft`` / ``finalise_draft`` (audit rows
included). The only difference is the connection underneath:

- fieldcase: ``Store.open(path, key)`` with a 32-byte key — SQLCipher 4 (AES-256, an HMAC per
  page: SHA-256 where this processor computes it faster than SHA-512, as a new workspace on it
  would have; ``--page-hmac`` to choose), WAL, ``synchronous=FULL``, ``secure_delete``,
  ``temp_store=MEMORY``;
- baseline: Python's ``sqlite3`` with the same pragmas, and the page size and cache size the
  fieldcase connection ends up with (SQLCipher's build defaults to an 8 MB page cache where Python's
  sqlite3 has 2 MB; the comparison is of encryption, not of cache sizes).

Workloads:

(a) write-heavy: N submissions (about 1 KB of JSON in the region's scripts each) inserted in
    transactions of 100 with the app's indexes, then queries: per-form lists by the index, lookups by
    id, counts, a full-table text search.
(b) a shelter's day: a workspace that already holds past cases; social workers type forms, each
    answer saving the draft at once (one UPDATE of one row, one commit); finished forms become
    submissions; the case list is refreshed after every form and searched now and then.

Each round runs both sides on fresh files, alternating which goes first; ratios are the median of
the rounds' ratios (machines are shared and noisy: ratios hold, absolute times drift). The last
line printed is one JSON object with the figures. ``--quick`` runs a smaller size in under a minute.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import secrets
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.workspace.folder import Workspace  # noqa: E402
from app.workspace.ids import new_id  # noqa: E402
from app.workspace.roles import Role  # noqa: E402
from app.workspace.schema import MIGRATIONS  # noqa: E402
from app.workspace.session import Session  # noqa: E402
from app.workspace.store import PAGE_HMACS, Store  # noqa: E402

NAMES = [
    "សុខ ដារ៉ា",
    "မောင်မောင်",
    "สมชาย ใจดี",
    "ສົມພອນ ແກ້ວ",
    "Nguyễn Thị Hoa",
    "王小明",
    "Maria Santos",
]
PLACES = ["ភ្នំពេញ", "ရန်ကုန်", "กรุงเทพ", "ວຽງຈັນ", "Hà Nội", "昆明", "Poipet"]
FORMS = ["intake", "risk_assessment", "follow_up", "referral", "medical", "legal_aid"]
STORY = "គាត់ត្រូវបានគេសន្យាការងារនៅប្រទេសជិតខាង ប៉ុន្តែត្រូវបានបង្ខំឱ្យធ្វើការដោយគ្មានប្រាក់ឈ្នួល។ "
ANSWERS_PER_FORM = 20
BATCH = 100
FORM_DIVISOR = 20  # the day has n / 20 forms: 500 forms, 10 000 draft saves at n = 10 000


# -- the two sides -----------------------------------------------------------------------------


PAGE_HMAC: str | None = None  # None: the one a new workspace on this laptop takes (--page-hmac)


def open_fieldcase(path: Path, extra: list[str]) -> Store:
    store = Store.open(path, secrets.token_bytes(32), new_page_hmac=PAGE_HMAC)
    for pragma in extra:
        store.query(f"PRAGMA {pragma}")
    return store


def open_baseline(path: Path, extra: list[str], like: dict[str, Any]) -> Store:
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA page_size = {like['page_size']}")
    for pragma in (
        "journal_mode = WAL",
        "synchronous = FULL",
        "secure_delete = ON",
        "temp_store = MEMORY",
        "foreign_keys = ON",
        f"cache_size = {like['cache_size']}",
        *extra,
    ):
        conn.execute(f"PRAGMA {pragma}").fetchall()
    return Store(conn)


def settings_of(store: Store) -> dict[str, Any]:
    names = (
        "page_size",
        "cache_size",
        "journal_mode",
        "synchronous",
        "secure_delete",
        "temp_store",
    )
    return {name: store.scalar(f"PRAGMA {name}") for name in names}


def session_over(store: Store, folder: Path) -> Session:
    store.migrate(MIGRATIONS)
    workspace = Workspace(folder, str(uuid.uuid4()))
    return Session(workspace, store, bytearray(32), "ana", Role.SOCIAL_WORKER)


# -- content -----------------------------------------------------------------------------------


def record(rng: random.Random, i: int) -> dict[str, Any]:
    """A realistic submission: about 1 KB of JSON, most of it in non-Latin scripts."""
    return {
        "case_no": f"KH-{i:06d}",
        "name": rng.choice(NAMES),
        "age": rng.randint(9, 45),
        "origin": rng.choice(PLACES),
        "destination": rng.choice(PLACES),
        "exploitation": rng.sample(["labour", "sexual", "marriage", "begging", "fishing"], 2),
        "story": STORY * rng.randint(1, 3),
        "needs": rng.sample(["shelter", "medical", "legal", "family_tracing", "education"], 3),
    }


def answers(rng: random.Random, i: int) -> list[tuple[str, Any]]:
    full = record(rng, i)
    extra = [(f"q{k}", rng.choice(NAMES + PLACES)) for k in range(ANSWERS_PER_FORM - len(full))]
    return list(full.items()) + extra


# -- workloads ---------------------------------------------------------------------------------


def submission_rows(n: int, seed: int) -> list[tuple[Any, ...]]:
    """Made before the clock starts: the benchmark times the store, not json.dumps."""
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        data = json.dumps(record(rng, i), ensure_ascii=False, separators=(",", ":"))
        rows.append((new_id(), rng.choice(FORMS), "1", "ana", None, data, f"2026-11-28T{i:09d}"))
    return rows


def write_heavy(store: Store, rows: list[tuple[Any, ...]], seed: int) -> Iterator[None]:
    """Yields after each step (a batch of 100 inserts, or one query) so the sides can alternate."""
    rng = random.Random(seed)
    ids = [row[0] for row in rows]
    for start in range(0, len(rows), BATCH):
        with store.atomic():
            store.executemany(
                "INSERT INTO submissions (id, form_id, form_version, author, interpreter, data,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                rows[start : start + BATCH],
            )
        yield
    for form in FORMS:
        store.query(
            "SELECT id, created_at FROM submissions WHERE form_id = ?"
            " ORDER BY created_at DESC LIMIT 50",
            (form,),
        )
        store.scalar("SELECT count(*) FROM submissions WHERE form_id = ?", (form,))
        yield
    for sid in rng.sample(ids, min(1000, len(ids))):
        store.query_one("SELECT data FROM submissions WHERE id = ?", (sid,))
    yield
    store.query("SELECT id FROM submissions WHERE data LIKE ?", (f"%{NAMES[0]}%",))
    yield


def populate(session: Session, past: int, seed: int) -> None:
    """The workspace as the day starts: ``past`` earlier submissions (not timed)."""
    rng = random.Random(seed)
    store = session.store
    for start in range(0, past, BATCH):
        with store.atomic():
            for i in range(start, min(past, start + BATCH)):
                draft_id = session.save_draft(rng.choice(FORMS), "1", record(rng, i))
                session.finalise_draft(draft_id)
    store.checkpoint()


def shelter_day(session: Session, forms: int, seed: int) -> Iterator[None]:
    """Yields after each form, so the sides can alternate."""
    rng = random.Random(seed)
    store = session.store
    for f in range(forms):
        draft_id = None
        data: dict[str, Any] = {}
        for name, value in answers(rng, 100_000 + f):
            data[name] = value
            draft_id = session.save_draft(FORMS[f % len(FORMS)], "1", data, draft_id=draft_id)
        assert draft_id is not None
        if rng.random() < 0.9:  # most forms are finished the same day
            session.finalise_draft(draft_id)
        session.drafts()  # the case list refreshes
        listed = store.query(  # newest first: ids are time-ordered (UUIDv7), so the key serves
            "SELECT id, form_id, author, created_at FROM submissions ORDER BY id DESC LIMIT 50"
        )
        if f % 5 == 0:  # a search by name now and then
            store.query(
                "SELECT id FROM submissions WHERE data LIKE ? LIMIT 100",
                (f"%{rng.choice(NAMES)}%",),
            )
        if f % 3 == 0 and listed:  # and an earlier case opened from the list (an audited view)
            session.submission(rng.choice(listed)["id"])
        yield


# -- running -----------------------------------------------------------------------------------


def one_round(
    workload: str, size: int, seed: int, extra: list[str], like: dict[str, Any]
) -> dict[str, float]:
    """Both sides on fresh files, run step by step in alternation (the order flips every step),
    so that a burst of noise on the shared machine lands on both; returns seconds per side."""
    sides = ("fieldcase", "baseline")
    with tempfile.TemporaryDirectory(prefix="fieldcase-bench-") as tmp:
        stores, steps = {}, {}
        rows = submission_rows(size, seed) if workload == "write" else []
        try:
            for side in sides:
                folder = Path(tmp) / side
                folder.mkdir()
                path = folder / "workspace.db"
                store = (
                    open_fieldcase(path, extra)
                    if side == "fieldcase"
                    else open_baseline(path, extra, like)
                )
                stores[side] = store
                session = session_over(store, folder)
                if workload == "write":
                    steps[side] = write_heavy(store, rows, seed)
                else:
                    populate(session, past=size // 5, seed=seed)
                    steps[side] = shelter_day(session, forms=size // FORM_DIVISOR, seed=seed + 1)
            spent = dict.fromkeys(sides, 0.0)
            cpu = dict.fromkeys(sides, 0.0)
            steps_done: dict[str, list[float]] = {side: [] for side in sides}
            running = True
            turn = 0
            while running:
                turn += 1
                for side in sides if turn % 2 else sides[::-1]:
                    start, start_cpu = time.perf_counter(), time.process_time()
                    running = next(steps[side], StopIteration) is not StopIteration
                    spent[side] += time.perf_counter() - start
                    cpu[side] += time.process_time() - start_cpu
                    steps_done[side].append(time.perf_counter() - start)
            # Quarters of the round, each side's time in it: where a run's spread comes from.
            count = len(steps_done["fieldcase"])
            for q in range(4):
                part = slice(q * count // 4, (q + 1) * count // 4)
                spent[f"slice{q}_fieldcase"] = sum(steps_done["fieldcase"][part])
                spent[f"slice{q}_baseline"] = sum(steps_done["baseline"][part])
            spent["cpu_fieldcase"], spent["cpu_baseline"] = cpu["fieldcase"], cpu["baseline"]
            return spent
        finally:
            for store in stores.values():
                store.close()


def rounds(
    workload: str,
    size: int,
    repeat: int,
    extra: list[str],
    like: dict[str, Any],
    say: Callable[[str], None],
    budget_s: float | None = None,
) -> tuple[float, float, float, int, list[float], list[float]]:
    """``repeat`` rounds, or fewer (at least two) once ``budget_s`` seconds have passed;
    (median ratio, median fieldcase s, median baseline s, rounds, every round's ratio, every
    round's ratio of CPU time: the load of other processes on a shared machine swings the
    wall times, their fsyncs most, much more than the CPU each side spends)."""
    fc_times, base_times, ratios, cpu_ratios = [], [], [], []
    began = time.perf_counter()
    for r in range(repeat):
        if budget_s is not None and r >= 2 and time.perf_counter() - began > budget_s:
            say(
                f"  {workload:5} stopped after {r} rounds: the machine is slow, --quick has a budget"
            )
            break
        got = one_round(workload, size, 1000 + r, extra, like)
        fc_times.append(got["fieldcase"])
        base_times.append(got["baseline"])
        ratios.append(got["fieldcase"] / got["baseline"])
        cpu_ratios.append(got["cpu_fieldcase"] / max(got["cpu_baseline"], 1e-9))
        slices = [
            got[f"slice{q}_fieldcase"] / max(got[f"slice{q}_baseline"], 1e-9) for q in range(4)
        ]
        say(
            f"  {workload:5} round {r + 1}: fieldcase {got['fieldcase']:.3f} s,"
            f" sqlite {got['baseline']:.3f} s, ratio {ratios[-1]:.2f}"
            f" (quarters {' '.join(f'{x:.2f}' for x in slices)});"
            f" CPU {got['cpu_fieldcase']:.3f} vs {got['cpu_baseline']:.3f} s, {cpu_ratios[-1]:.2f}"
        )
    return (
        statistics.median(ratios),
        statistics.median(fc_times),
        statistics.median(base_times),
        len(ratios),
        ratios,
        cpu_ratios,
    )


def figure(value: float, digits: int) -> float | None:
    """Rounded, or None for a workload that did not run (JSON has no NaN)."""
    return None if math.isnan(value) else round(value, digits)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller size, under a minute")
    parser.add_argument(
        "--n", type=int, help="records in the write-heavy workload (10000; 3000 with --quick)"
    )
    parser.add_argument("--repeat", type=int, help="rounds per workload (7; 5 with --quick)")
    parser.add_argument(
        "--pragma",
        action="append",
        default=[],
        help="an extra PRAGMA for both sides, e.g. cache_size=-32000 (to investigate)",
    )
    parser.add_argument(
        "--only", choices=("write", "mixed"), help="run one workload (to investigate)"
    )
    parser.add_argument(
        "--page-hmac",
        choices=PAGE_HMACS,
        help="the fieldcase side's page HMAC (default: the one a new workspace here takes)",
    )
    args = parser.parse_args(argv)
    global PAGE_HMAC
    PAGE_HMAC = args.page_hmac
    n = args.n or (3000 if args.quick else 10_000)
    repeat = args.repeat or (5 if args.quick else 7)
    budget = 20.0 if args.quick else None  # seconds per workload before --quick stops adding rounds

    probe_dir = tempfile.TemporaryDirectory(prefix="fieldcase-bench-")
    probe = open_fieldcase(Path(probe_dir.name) / "probe.db", args.pragma)
    like = settings_of(probe)
    cipher = probe.scalar("PRAGMA cipher_version")
    page_hmac = probe.scalar("PRAGMA cipher_hmac_algorithm")
    probe.close()
    probe_dir.cleanup()

    def say(line: str) -> None:
        print(line, flush=True)

    say(
        f"store benchmark: SQLCipher {cipher} ({page_hmac} per page)"
        f" vs sqlite {sqlite3.sqlite_version}, n={n}"
    )
    say(f"  pragmas on both sides: {like}" + (f" + {args.pragma}" if args.pragma else ""))
    say(
        f"  mixed day: {n // 5} past cases, {n // FORM_DIVISOR} forms of {ANSWERS_PER_FORM} answers"
    )
    started = time.perf_counter()
    nan = float("nan")
    nothing: tuple[float, float, float, int, list[float], list[float]] = (nan, nan, nan, 0, [], [])
    ratio_write, write_fc, write_base, write_rounds, _, write_cpu = (
        rounds("write", n, repeat, args.pragma, like, say, budget)
        if args.only != "mixed"
        else nothing
    )
    ratio_mixed, mixed_fc, mixed_base, mixed_rounds, mixed_ratios, mixed_cpu = (
        rounds("mixed", n, repeat, args.pragma, like, say, budget)
        if args.only != "write"
        else nothing
    )
    if args.only != "mixed":
        say(
            f"write-heavy ratio {ratio_write:.2f}"
            f" (fieldcase {write_fc:.3f} s, sqlite {write_base:.3f} s)"
        )
    if args.only != "write":
        verdict = "within" if ratio_mixed <= 1.25 else "OVER"
        say(
            f"mixed-day ratio {ratio_mixed:.2f}"
            f" (fieldcase {mixed_fc:.3f} s, sqlite {mixed_base:.3f} s) — {verdict} the 1.25x target"
        )
    say(f"{time.perf_counter() - started:.0f} s in all")
    figures = {
        "bench": "store",
        "ratio": figure(ratio_mixed, 3),
        "ratio_write": figure(ratio_write, 3),
        "ratio_mixed": figure(ratio_mixed, 3),
        "fieldcase_s": figure(mixed_fc, 4),
        "baseline_s": figure(mixed_base, 4),
        "write_fieldcase_s": figure(write_fc, 4),
        "write_baseline_s": figure(write_base, 4),
        "n": n,
        "forms": n // FORM_DIVISOR,
        "rounds_write": write_rounds,
        "ratio_write_cpu": figure(statistics.median(write_cpu), 3) if write_cpu else None,
        "ratio_mixed_cpu": figure(statistics.median(mixed_cpu), 3) if mixed_cpu else None,
        "ratio_mixed_spread": [round(min(mixed_ratios), 3), round(max(mixed_ratios), 3)]
        if mixed_ratios
        else None,
        "rounds_mixed": mixed_rounds,
        "pragmas": args.pragma,
        "sqlcipher": cipher,
        "page_hmac": page_hmac,
    }
    if mixed_ratios:
        figures["headline"] = {
            "name": "store, a shelter's day (mixed)",
            "value": figure(mixed_fc, 3),
            "baseline": figure(mixed_base, 3),
            "ratio": figure(ratio_mixed, 2),
            "unit": "s",
            "n": n,
            "spread": [round(min(mixed_ratios), 2), round(max(mixed_ratios), 2)],
            "goal": "<= 1.25x",
            "ok": ratio_mixed <= 1.25,
        }
    print(json.dumps(figures, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
