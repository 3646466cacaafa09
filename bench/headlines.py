"""Run the benches and print their headlines as one table (``make bench``, ``make bench-quick``).

Every ``bench/*.py`` but this one is run with the project's Python, one after another; its output
is passed through as it comes and its last line, one JSON object, is kept. At the end one table
lists each bench's ``headline`` (bench/README.md gives its shape): the user-facing worst case,
fieldcase's figure, the baseline measured in the same run, their ratio, the size and the goal.

    .venv/bin/python bench/headlines.py [--quick] [BENCH.py ...]   run, then the table
    .venv/bin/python bench/headlines.py --from OUT.txt ...          the table from saved outputs

Exits 1 when a bench failed or its last line carries no headline.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def benches() -> list[Path]:
    return sorted(p for p in HERE.glob("*.py") if p.name != Path(__file__).name)


def last_json(lines: Iterable[str]) -> dict[str, Any] | None:
    """The last non-blank line, when it is one JSON object."""
    last = ""
    for line in lines:
        if line.strip():
            last = line.strip()
    try:
        value = json.loads(last)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def run(bench: Path, quick: bool) -> tuple[dict[str, Any] | None, int]:
    command = [sys.executable, str(bench), *(["--quick"] if quick else [])]
    shown = bench.relative_to(HERE.parent) if bench.is_relative_to(HERE.parent) else bench
    print(f"== {shown}{' --quick' if quick else ''}", flush=True)
    lines: list[str] = []
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True, encoding="utf-8") as child:
        assert child.stdout is not None
        for line in child.stdout:
            sys.stdout.write(line)
            sys.stdout.flush()
            lines.append(line)
    return last_json(lines), child.returncode


def number(value: Any, unit: str = "") -> str:
    if not isinstance(value, int | float) or isinstance(value, bool):
        return "-"
    if isinstance(value, int):
        return f"{value:,} {unit}".rstrip()
    text = f"{value:,.0f}" if abs(value) >= 100 else f"{value:.3g}" if value < 1 else f"{value:.1f}"
    return f"{text} {unit}".rstrip()


def rows(name: str, figures: dict[str, Any] | None, code: int) -> list[list[str]]:
    if code != 0:
        return [[name, f"failed (exit {code})", "", "", "", "", ""]]
    headline = (figures or {}).get("headline")
    if not headline:
        return [[name, "no headline in its last line", "", "", "", "", ""]]
    out = []
    for h in headline if isinstance(headline, list) else [headline]:
        unit = str(h.get("unit", ""))
        ratio = h.get("ratio")
        spread = h.get("spread")
        ratio_text = "-" if ratio is None else f"{ratio:.2f}x"
        if ratio is not None and isinstance(spread, list) and len(spread) == 2:
            ratio_text += f" ({spread[0]:.2f}-{spread[1]:.2f})"
        goal = str(h.get("goal", ""))
        if "ok" in h:
            goal = f"{goal} {'met' if h['ok'] else 'NOT met'}".strip()
        out.append(
            [
                name,
                str(h.get("name", "?")),
                number(h.get("value"), unit),
                number(h.get("baseline"), unit),
                ratio_text,
                number(h.get("n")),
                goal,
            ]
        )
    return out


def table(results: list[tuple[str, dict[str, Any] | None, int]]) -> str:
    header = ["bench", "what the user waits for (worst case)", "fieldcase", "baseline", "ratio"]
    header += ["n", "goal"]
    body = [row for name, figures, code in results for row in rows(name, figures, code)]
    widths = [max(len(r[i]) for r in [header, *body]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(header), rule, *(line(r) for r in body)])


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="run each bench with --quick")
    parser.add_argument("--from", dest="saved", nargs="+", type=Path, help="saved outputs")
    parser.add_argument("bench", nargs="*", type=Path, help="benches to run (default: all)")
    args = parser.parse_args()
    results: list[tuple[str, dict[str, Any] | None, int]] = []
    if args.saved:
        for path in args.saved:
            text = path.read_text(encoding="utf-8").splitlines()
            results.append((path.stem, last_json(text), 0))
    else:
        for bench in args.bench or benches():
            figures, code = run(bench.resolve(), args.quick)
            results.append((bench.stem, figures, code))
    print("\nHeadlines: each bench's user-facing worst case, fieldcase against its baseline")
    print(table(results))
    failed = any(code != 0 or not (f or {}).get("headline") for _, f, code in results)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
