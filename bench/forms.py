"""Benchmark: the form engine on a large generated form.

The form has 300 questions in 30 groups (every group with a relevance), 100 relevance expressions
and 100 constraints in all, 31 calculations, and a repeat of 10 questions filled with 20 instances.
Measured: loading (pyxform conversion + reading the XForm), a full recompute of all logic, and the
median time of one answer (normalise, store, recompute what depends on it). The ratio compares one
answer with a full recompute measured in the same run; the target is <= 0.1 (an answer must not
cost anything like re-running the form). The mean is reported too: the sections' relevance chain
(section N shows when an answer in section N-1 allows) makes an early answer reach every later
section, as it does in ODK Collect, where a hidden answer reads as blank.

    .venv/bin/python bench/forms.py [--quick]

The last line printed is one JSON object of the figures.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from forms.load import load_markdown
from forms.session import FormSession

GROUPS = 30
PER_GROUP = 10
REPEAT_QUESTIONS = 10
REPEAT_INSTANCES = 20


def generate() -> tuple[str, dict[str, int]]:
    """The markdown XLSForm and its counts."""
    header = "| | type | name | label | relevant | constraint | calculation | choice_filter |"
    rows = ["| survey | | | | | | | |", header]
    counts = {"questions": 0, "relevants": 0, "constraints": 0, "calculates": 0}

    def row(kind: str, name: str, label: str = "", rel: str = "", con: str = "", calc: str = ""):
        rows.append(f"| | {kind} | {name} | {label} | {rel} | {con} | {calc} | |")
        if kind not in ("begin group", "end group", "begin repeat", "end repeat", "calculate"):
            counts["questions"] += 1
        counts["relevants"] += bool(rel)
        counts["constraints"] += bool(con)
        counts["calculates"] += kind == "calculate"

    for g in range(GROUPS):
        rel = f"${{g{g - 1}_q0}} != 99" if g else "${g0_dummy} = ''"
        if g == 0:
            row("text", "g0_dummy", "Start")
        row("begin group", f"g{g}", f"Section {g}", rel=rel)
        for q in range(PER_GROUP):
            name = f"g{g}_q{q}"
            if q in (0, 1, 2):
                row("integer", name, f"Number {q}", con=". >= 0 and . < 1000")
            elif q in (3, 4):
                row("text", name, f"Text {q}", rel=f"${{g{g}_q0}} > {q}")
            elif q == 5:
                row("select_one yn", name, "Yes or no")
            elif q == 6:
                row("date", name, "Date", con=". <= today()" if g % 3 else "")
            else:
                row("text", name, f"Note {q}")
        row("calculate", f"g{g}_sum", calc=f"${{g{g}_q0}} + ${{g{g}_q1}} + ${{g{g}_q2}}")
        row("end group", "")
    total = " + ".join(f"coalesce(${{g{g}_sum}}, 0)" for g in range(GROUPS))
    row("calculate", "grand_total", calc=total)
    row("begin repeat", "member", "Member")
    row("text", "m_name", "Name")
    row("integer", "m_age", "Age", con=". < 120")
    for q in range(REPEAT_QUESTIONS - 2):
        con = f"string-length(.) < {50 + q}" if q < 8 else ""
        row("text", f"m_q{q}", f"Question {q}", rel="${m_age} >= 0", con=con)
    row("end repeat", "")
    # top up relevants and constraints to at least 100 each
    while counts["relevants"] < 100 or counts["constraints"] < 100:
        i = counts["questions"]
        row("integer", f"extra{i}", "Extra", rel="${g0_q0} > 1", con=". != 13")
    rows += ["| choices | | | |", "| | list_name | name | label |"]
    rows += ["| | yn | yes | Yes |", "| | yn | no | No |"]
    return "\n".join(rows) + "\n", counts


def timed(fn: object, repeat: int) -> list[float]:
    times: list[float] = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (under a minute)")
    args = parser.parse_args()
    loads, recomputes, answers = (3, 5, 300) if args.quick else (8, 20, 2000)

    md, counts = generate()
    load_times = timed(lambda: load_markdown(md), loads)
    definition = load_markdown(md)
    session = FormSession(definition, seed=1)
    for _ in range(1, REPEAT_INSTANCES):
        session.add_repeat("member")
    rng = random.Random(7)
    keys = [f.name for f in definition.fields if f.kind == "question" and "/member/" not in f.gpath]
    repeat_keys = [f"member[{i}]/m_age" for i in range(1, REPEAT_INSTANCES + 1)]
    for key in keys:  # a filled-in form: what a late answer costs
        session.set_answer(key, _value(definition, key, rng))
    print(
        f"form: {counts['questions']} questions, {counts['relevants']} relevants, "
        f"{counts['constraints']} constraints, {counts['calculates']} calculates, "
        f"repeat with {REPEAT_INSTANCES} instances"
    )

    full = statistics.median(timed(session.recompute, recomputes))
    update_times: list[float] = []
    pool = keys + repeat_keys
    for _ in range(answers):
        key = rng.choice(pool)
        value = _value(definition, key.split("/")[-1], rng)
        while str(value) == session.answer(key):  # every answer is a change
            value = _value(definition, key.split("/")[-1], rng)
        start = time.perf_counter()
        session.set_answer(key, value)
        update_times.append(time.perf_counter() - start)
    update = statistics.median(update_times)
    p95 = sorted(update_times)[int(len(update_times) * 0.95)]
    mean = statistics.fmean(update_times)
    ratio = update / full
    load = statistics.median(load_times)
    print(f"load (pyxform + read): {load * 1000:.1f} ms (median of {loads})")
    print(f"full recompute:        {full * 1000:.2f} ms (median of {recomputes})")
    print(
        f"one answer:            {update * 1000:.3f} ms median, {p95 * 1000:.3f} ms p95 "
        f"{mean * 1000:.3f} ms mean ({answers} answers)"
    )
    print(
        f"ratio answer / full recompute: {ratio:.4f} median (target <= 0.1), {mean / full:.4f} mean"
    )
    figures = {
        "bench": "forms",
        "ratio": round(ratio, 4),
        "target": 0.1,
        "load_s": round(load, 4),
        "full_recompute_s": round(full, 5),
        "update_median_s": round(update, 6),
        "update_p95_s": round(p95, 6),
        "update_mean_s": round(mean, 6),
        "ratio_mean": round(mean / full, 4),
        "questions": counts["questions"],
        "relevants": counts["relevants"],
        "constraints": counts["constraints"],
        "repeat_instances": REPEAT_INSTANCES,
        "answers": answers,
        "quick": args.quick,
    }
    print(json.dumps(figures))
    return 0


def _value(definition: object, name: str, rng: random.Random) -> object:
    fld = definition.field(name)  # type: ignore[attr-defined]
    qtype = fld.qtype if fld is not None else "text"
    if qtype == "integer":
        return rng.randint(0, 200)
    if qtype == "select_one":
        return rng.choice(["yes", "no"])
    if qtype == "date":
        return f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"
    return rng.choice(["Dara", "Sokha", "Vanna", "ស្រី", "Malee"])


if __name__ == "__main__":
    sys.exit(main())
