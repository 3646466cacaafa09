"""Benchmark: the form engine on a large generated form, beside ODK's own engine when it can.

The form has 300 questions in 30 groups (every group with a relevance), 100 relevance expressions
and 100 constraints in all, 31 calculations, and a repeat of 10 questions filled with 20 instances.
Measured: loading (pyxform conversion + reading the XForm), adding a repeat instance, a full
recompute of all logic, one answer (normalise, store, recompute what depends on it: median, p95,
mean) and a cascade (hiding and showing the first section). The self-baseline ratio compares one
answer with a full recompute measured in the same run; the target is <= 0.1 (an answer must not
cost anything like re-running the form). The sections' relevance chain (section N shows when an
answer in section N-1 allows) makes an early answer reach later sections, as in ODK Collect.

The peer: when Node.js and npm are installed, ODK Web Forms' engine (``@getodk/xforms-engine``,
with ``jsdom``; installed once into ``FIELDCASE_PEER_DIR``, default ~/.cache/fieldcase/forms-peer)
runs the same XForm and the same answers in the same run, after ours, and ours/peer ratios are
printed for load, answer median and p95, add-repeat and cascade. Its load is the XForm only (no
pyxform), so that ratio flatters the peer. ``--no-peer`` skips it.

    .venv/bin/python bench/forms.py [--quick] [--no-peer]

The last line printed is one JSON object of the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from forms.load import load_markdown
from forms.session import FormSession

GROUPS = 30
PER_GROUP = 10
REPEAT_QUESTIONS = 10
REPEAT_INSTANCES = 20
CASCADES = 40
PEER_NAME = "@getodk/xforms-engine 0.22.0 (ODK Web Forms) under Node + jsdom"
PEER_PACKAGES = ("@getodk/xforms-engine@0.22.0", "jsdom@29.1.1")
PEER_HARNESS = """\
// Runs ODK Web Forms' engine on bench/forms.py's form and plan; prints one JSON line of timings.
import fs from 'node:fs';
import { JSDOM } from 'jsdom';
const dom = new JSDOM('<!doctype html><html></html>');
for (const k of ['window', 'document', 'Node', 'DOMParser', 'XMLSerializer', 'Element', 'Document',
  'XPathResult', 'NodeFilter', 'Attr', 'Text', 'XMLDocument']) {
  if (dom.window[k] !== undefined && globalThis[k] === undefined) globalThis[k] = dom.window[k];
}
const engineDir = new URL('./node_modules/@getodk/xforms-engine/dist/', import.meta.url);
globalThis.__dirname = engineDir.pathname;  // its tree-sitter loader expects CommonJS
const { createInstance } = await import('@getodk/xforms-engine');
const [xml, plan] = [fs.readFileSync(process.argv[2], 'utf8'), JSON.parse(fs.readFileSync(process.argv[3], 'utf8'))];

const loads = [];
let inst;
for (let i = 0; i < plan.loads; i++) {
  const t = performance.now();
  inst = await createInstance(xml);
  loads.push(performance.now() - t);
}
const root = inst.root;
const kids = (n) => n.currentState.children ?? [];
function find(path) {  // /data/member[3]/m_age
  let node = root;
  for (const part of path.split('/').slice(2)) {
    const m = /^([^\\[]+)(?:\\[(\\d+)\\])?$/.exec(part);
    const want = node.definition.nodeset + '/' + m[1];
    const found = kids(node).find((c) => c.definition.nodeset === want);
    node = found.nodeType.startsWith('repeat-range') ? kids(found)[Number(m[2] ?? 1) - 1] : found;
  }
  return node;
}
function answer(path, value) {
  const node = find(path);
  if (node.nodeType === 'select') node.selectValue(String(value));
  else node.setValue(node.valueType === 'int' ? Number(value) : String(value));
}
const repeat = kids(root).find((c) => c.definition.nodeset === plan.repeat);
const adds = [];
while (kids(repeat).length < plan.instances) {
  const t = performance.now();
  repeat.addInstances();
  adds.push(performance.now() - t);
}
for (const [path, value] of plan.fill) answer(path, value);
function timed(pairs) {
  const times = [];
  for (const [path, value] of pairs) {
    const node = find(path);  // found before timing: the timing is the answer itself
    const t = performance.now();
    if (node.nodeType === 'select') node.selectValue(String(value));
    else node.setValue(node.valueType === 'int' ? Number(value) : String(value));
    times.push(performance.now() - t);
  }
  return times;
}
const answers = timed(plan.answers);
const cascade = timed(plan.cascade);
const total = String(find('/data/grand_total').currentState.value);
console.log(JSON.stringify({ load_ms: loads, add_repeat_ms: adds, answer_ms: answers, cascade_ms: cascade, grand_total: [total] }));
"""


def generate() -> tuple[str, dict[str, int]]:
    """The markdown XLSForm and its counts."""
    header = "| | type | name | label | relevant | constraint | calculation | choice_filter |"
    rows = ["| survey | | | | | | | |", header]
    counts = {"questions": 0, "relevants": 0, "constraints": 0, "calculates": 0}

    def row(
        kind: str, name: str, label: str = "", rel: str = "", con: str = "", calc: str = ""
    ) -> None:
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


def make_plan(definition: object, answers: int, loads: int) -> dict[str, object]:
    """What both engines do, the same for each: fill the form (every question outside the repeat,
    the repeat grown to REPEAT_INSTANCES), then ``answers`` timed answers, each a change."""
    rng = random.Random(7)
    fields = definition.fields  # type: ignore[attr-defined]
    keys = [f.name for f in fields if f.kind == "question" and "/member/" not in f.gpath]
    gpath = {f.name: f.gpath for f in fields}
    fill = [(gpath[k], _value(definition, k, rng)) for k in keys]
    last = {path: str(v) for path, v in fill}
    pool = [gpath[k] for k in keys]
    pool += [f"/data/member[{i}]/m_age" for i in range(1, REPEAT_INSTANCES + 1)]
    timed_answers = []
    for _ in range(answers):
        path = rng.choice(pool)
        value = _value(definition, path.rsplit("/", 1)[-1], rng)
        while str(value) == last.get(path):  # every answer is a change
            value = _value(definition, path.rsplit("/", 1)[-1], rng)
        last[path] = str(value)
        timed_answers.append((path, value))
    cascade = [("/data/g0_dummy", "x" if i % 2 == 0 else "") for i in range(CASCADES)]
    return {
        "loads": loads,
        "repeat": "/data/member",
        "instances": REPEAT_INSTANCES,
        "fill": fill,
        "answers": timed_answers,
        "cascade": cascade,
    }


def run_ours(md: str, plan: dict[str, Any], recomputes: int) -> dict[str, list[Any]]:
    load = timed(lambda: load_markdown(md), plan["loads"])
    definition = load_markdown(md)
    session = FormSession(definition, seed=1)
    adds = timed(lambda: session.add_repeat("member"), REPEAT_INSTANCES - 1)
    for path, value in plan["fill"]:
        session.set_answer(path.rsplit("/", 1)[-1], value)
    full = timed(session.recompute, recomputes)

    def answer_times(pairs: list[tuple[str, object]]) -> list[float]:
        times = []
        for path, value in pairs:
            key = path.removeprefix("/data/") if "[" in path else path.rsplit("/", 1)[-1]
            start = time.perf_counter()
            session.set_answer(key, value)
            times.append(time.perf_counter() - start)
        return times

    answers = answer_times(plan["answers"])
    cascade = answer_times(plan["cascade"])
    return {
        "load": load,
        "add_repeat": adds,
        "full": full,
        "answer": answers,
        "cascade": cascade,
        "grand_total": [session.answer("grand_total")],
    }


def run_peer(xml: str, plan: dict[str, Any]) -> tuple[dict[str, list[Any]] | None, str]:
    """ODK Web Forms' engine on the same form and plan, under Node; (None, why) without it."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        return None, "Node.js is not installed"
    folder = Path(os.environ.get("FIELDCASE_PEER_DIR", Path.home() / ".cache/fieldcase/forms-peer"))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if not (folder / "node_modules/@getodk/xforms-engine").is_dir():
            (folder / "package.json").write_text('{"private": true}\n', encoding="utf-8")
            done = subprocess.run(
                [npm, "install", "--no-audit", "--no-fund", *PEER_PACKAGES],
                cwd=folder,
                capture_output=True,
                text=True,
                timeout=600,
            )
            if done.returncode != 0:
                return None, f"npm install failed: {_last_line(done.stderr)}"
        (folder / "harness.mjs").write_text(PEER_HARNESS, encoding="utf-8")
        (folder / "form.xml").write_text(xml, encoding="utf-8")
        (folder / "plan.json").write_text(json.dumps(plan), encoding="utf-8")
        done = subprocess.run(
            [node, "harness.mjs", "form.xml", "plan.json"],
            cwd=folder,
            capture_output=True,
            text=True,
            timeout=1800,
        )
        if done.returncode != 0:
            return None, f"the peer failed: {_last_line(done.stderr)}"
        figures = json.loads(done.stdout.strip().splitlines()[-1])
    except (OSError, subprocess.TimeoutExpired, ValueError, IndexError) as exc:
        return None, f"the peer could not run: {exc}"
    total = figures.pop("grand_total")
    return {
        "grand_total": total,
        **{k: [ms / 1000 for ms in v] for k, v in figures.items()},
    }, PEER_NAME


def _last_line(text: str) -> str:
    lines = text.strip().splitlines()
    return lines[-1] if lines else "(no message)"


def median(xs: list[float]) -> float:
    return statistics.median(xs)


def p95(xs: list[float]) -> float:
    return sorted(xs)[int(len(xs) * 0.95)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (under a minute)")
    parser.add_argument("--no-peer", action="store_true", help="do not run ODK's engine beside")
    args = parser.parse_args()
    loads, recomputes, answers = (3, 5, 300) if args.quick else (8, 20, 2000)

    md, counts = generate()
    definition = load_markdown(md)
    plan = make_plan(definition, answers, loads)
    print(
        f"form: {counts['questions']} questions, {counts['relevants']} relevants, "
        f"{counts['constraints']} constraints, {counts['calculates']} calculates, "
        f"repeat with {REPEAT_INSTANCES} instances"
    )
    ours = run_ours(md, plan, recomputes)
    peer, peer_name = (None, "--no-peer") if args.no_peer else run_peer(definition.xml, plan)

    full = median(ours["full"])
    update = median(ours["answer"])
    mean = statistics.fmean(ours["answer"])
    ratio = update / full
    figures: dict[str, object] = {
        "bench": "forms",
        "ratio": round(ratio, 4),
        "target": 0.1,
        "load_s": round(median(ours["load"]), 4),
        "full_recompute_s": round(full, 5),
        "update_median_s": round(update, 6),
        "update_p95_s": round(p95(ours["answer"]), 6),
        "update_mean_s": round(mean, 6),
        "ratio_mean": round(mean / full, 4),
        "add_repeat_s": round(median(ours["add_repeat"]), 6),
        "cascade_s": round(median(ours["cascade"]), 6),
    }
    print(f"load (pyxform + read): {median(ours['load']) * 1000:.1f} ms (median of {loads})")
    print(f"full recompute:        {full * 1000:.2f} ms (median of {recomputes})")
    print(
        f"one answer:            {update * 1000:.3f} ms median, {p95(ours['answer']) * 1000:.3f} ms "
        f"p95, {mean * 1000:.3f} ms mean ({answers} answers)"
    )
    print(f"add a repeat instance: {median(ours['add_repeat']) * 1000:.3f} ms median")
    print(f"cascade (hide/show the first section): {median(ours['cascade']) * 1000:.3f} ms median")
    print(
        f"ratio answer / full recompute: {ratio:.4f} median (target <= 0.1), {mean / full:.4f} mean"
    )
    if peer is None:
        print(f"peer: not run ({peer_name})")
    else:
        print(f"peer: {peer_name}, same form, same answers, one after the other")
        agree = ours["grand_total"] == peer["grand_total"]
        print(f"  both engines end with grand_total = {ours['grand_total'][0]!r}: {agree}")
        figures["peer_agrees"] = agree
        pairs = {
            "load": (median(ours["load"]), median(peer["load_ms"])),
            "answer_median": (update, median(peer["answer_ms"])),
            "answer_p95": (p95(ours["answer"]), p95(peer["answer_ms"])),
            "add_repeat": (median(ours["add_repeat"]), median(peer["add_repeat_ms"])),
            "cascade": (median(ours["cascade"]), median(peer["cascade_ms"])),
        }
        for name, (mine, theirs) in pairs.items():
            print(
                f"  {name:14} ours {mine * 1000:9.3f} ms  peer {theirs * 1000:9.3f} ms  "
                f"ours/peer {mine / theirs:.3f}"
            )
            figures[f"peer_{name}_s"] = round(theirs, 6)
            figures[f"vs_peer_{name}"] = round(mine / theirs, 3)
    # The headline: what a worker waits for after each answer (p95), against ODK's engine doing
    # the same when it ran, else against this engine's own full recompute.
    if peer is not None:
        theirs = p95(peer["answer_ms"])
        headline: dict[str, Any] = {"name": "form answer p95 (vs ODK Web Forms)", "goal": ""}
    else:
        theirs = full
        headline = {"name": "form answer p95 (vs a full recompute)", "goal": "<= 0.1x"}
    mine = p95(ours["answer"])
    headline.update(
        value=round(mine * 1000, 3),
        baseline=round(theirs * 1000, 3),
        ratio=round(mine / theirs, 3),
        unit="ms",
        n=answers,
    )
    if peer is None:
        headline["ok"] = mine / theirs <= 0.1
    figures["headline"] = headline
    figures.update(
        questions=counts["questions"],
        relevants=counts["relevants"],
        constraints=counts["constraints"],
        repeat_instances=REPEAT_INSTANCES,
        answers=answers,
        quick=args.quick,
        peer=peer_name if peer is not None else None,
    )
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
