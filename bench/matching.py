"""Matching benchmark: the same-person candidates an intake asks for while the social worker
types, fieldcase (SQLCipher) against plain SQLite running the same function on the same rows,
sides alternated, in one run.

For each N (1 000, 10 000, 100 000 cases; ``--quick``: 1 000 and 10 000) the cases are made and
ingested as ``bench/cases.py`` makes them (its functions, imported), into a workspace and into
a plain-SQLite twin with the same schema, pragmas and page cache, both opened again as at the
next login. The measured action is what the intake's panel asks (app/ui/same_person.py): the
intake's answers through ``matched_properties``, then ``possible_same_person(book, props, 5)``,
the function and limit the desktop app calls on its database thread.

The intakes (60 a round): names in the person's own script (Khmer, Lao, Thai, Burmese, Vietnamese,
Chinese) and in Latin letters, either or both, with and without date of birth, gender, citizenship
and age; two in three are people of the demo's (so they match existing cases), one in three names
no one in the book. Each round times every intake on both sides, the first side alternating from
one intake to the next; a round gives the p95 and the median, wall and CPU time. 5 rounds (3 with
``--quick``): median (min-max over rounds). The headline: the p95 (wall) at the largest N. The
last line printed is one JSON object (bench/README.md).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.cases.book import CaseBook  # noqa: E402
from app.cases.matching import matched_properties, possible_same_person  # noqa: E402
from app.interviews.demo_people import person  # noqa: E402
from bench.cases import SIDES, TODAY, compared, ms_headline, sides_with  # noqa: E402

SHOWN = 5  # candidates the intake's panel asks for (app/ui/same_person.py SHOWN)
QUERIES = 60  # intakes a round
# Names no one in the book has (the demo's people are in app/interviews/demo_people.py):
# (own script, Latin letters, citizenship).
STRANGERS = [
    ("រតនា ពេជ្រ", "Ratana Pich", "KH"),
    ("ພອນສະຫວັນ ອິນທະວົງ", "Phonsavanh Inthavong", "LA"),
    ("กาญจนา วงศ์สกุล", "Kanchana Wongsakul", "TH"),
    ("နှင်းဝေ", "Hnin Wai", "MM"),
    ("Đỗ Quang Vinh", "Do Quang Vinh", "VN"),
    ("赵晓燕", "Zhao Xiaoyan", "CN"),
]


def intakes(seed: int) -> list[dict[str, Any]]:
    """A round's intakes, as the panel sends them: ``matched_properties`` of the answers."""
    rnd = random.Random(seed)
    out = []
    for i in range(QUERIES):
        props = person(rnd, TODAY)
        if i % 3 == 2:  # someone new
            native, latin, country = STRANGERS[(i // 3) % len(STRANGERS)]
            props.update(prs_First_Name=native, prs_Name_Latin=latin, prs_Citizenship=country)
        names = rnd.choice(("both", "own script", "latin"))
        if names == "own script":
            props.pop("prs_Name_Latin")
        elif names == "latin":
            props.pop("prs_First_Name")
        for name in ("prs_Birthdate", "prs_Gender", "prs_Citizenship", "age"):
            if rnd.random() < 0.3:
                props.pop(name, None)
        out.append(matched_properties(props))
    return out


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def measure(
    books: dict[str, CaseBook], rounds: int
) -> tuple[dict[str, dict[str, list[float]]], int]:
    """Per side and figure, one value per round (seconds); and how many of a round's intakes
    found candidates on the workspace."""
    figures: dict[str, dict[str, list[float]]] = {side: {} for side in SIDES}
    for book in books.values():  # warm both alike: the intake window is open already
        possible_same_person(book, {"prs_Name_Latin": "Somchai"}, SHOWN)
    step = 0
    found = 0
    for number in range(rounds):
        wall: dict[str, list[float]] = {side: [] for side in SIDES}
        cpu: dict[str, list[float]] = {side: [] for side in SIDES}
        for props in intakes(seed=number):
            step += 1
            for side in SIDES if step % 2 else reversed(SIDES):
                start, start_cpu = time.perf_counter(), time.process_time()
                candidates = possible_same_person(books[side], props, SHOWN)
                wall[side].append(time.perf_counter() - start)
                cpu[side].append(time.process_time() - start_cpu)
                if side == "fieldcase" and number == 0 and candidates:
                    found += 1
        for side in SIDES:
            for name, values in (("wall", wall), ("cpu", cpu)):
                figures[side].setdefault(f"match_{name}_p95", []).append(
                    percentile(values[side], 0.95)
                )
                figures[side].setdefault(f"match_{name}_median", []).append(
                    statistics.median(values[side])
                )
    return figures, found


def spread(values: list[float]) -> str:
    return (
        f"{statistics.median(values) * 1000:.1f} ms"
        f" ({min(values) * 1000:.1f}-{max(values) * 1000:.1f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1 000 and 10 000 cases, 3 rounds")
    parser.add_argument("--cases", type=int, nargs="*", help="the sizes (default 1k 10k 100k)")
    parser.add_argument("--rounds", type=int, help="rounds (default 5, 3 with --quick)")
    args = parser.parse_args()
    sizes = args.cases or ([1_000, 10_000] if args.quick else [1_000, 10_000, 100_000])
    rounds = args.rounds or (3 if args.quick else 5)
    summary: dict[str, Any] = {"bench": "matching", "sizes": sizes, "rounds": rounds}
    headline: dict[str, Any] = {}
    for count in sizes:
        with sides_with(count) as (books, ingest, _, size):
            figures, found = measure(books, rounds)
        print(
            f"   fieldcase ingest {ingest:.1f} s; on disk: fieldcase {size['fieldcase']:.0f} MB,"
            f" plain SQLite {size['baseline']:.0f} MB; {found} of {QUERIES} intakes found"
            f" candidates"
        )
        summary[f"n{count}_found"] = found
        for name, ratios in compared(figures, count, summary, 17).items():
            enc, plain = figures["fieldcase"][name], figures["baseline"][name]
            if name == "match_wall_p95":
                headline = ms_headline(
                    "same-person candidates p95", enc, plain, ratios, count, "<= 50 ms p95"
                )
                headline["ok"] = headline["value"] <= 50
    # The user-facing worst case, at the largest size: an intake's candidates, p95.
    summary["ratio"] = headline["ratio"]
    summary["headline"] = headline
    print(
        f"headline: same-person candidates p95 at {sizes[-1]} cases, fieldcase"
        f" {headline['value']} ms, plain SQLite {headline['baseline']} ms"
        f" = {headline['ratio']:.2f}x"
    )
    print(json.dumps(summary, ensure_ascii=False))


if __name__ == "__main__":
    main()
