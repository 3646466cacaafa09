"""``fieldcase demo``: realistic synthetic cases through the same API the app uses."""

from __future__ import annotations

import argparse
import json
from typing import Any

from app.cli.workspace import _workspace_args, logged_in


def register(sub: Any) -> None:
    p = sub.add_parser(
        "demo",
        help="add N realistic synthetic cases (names and answers in all seven languages)",
        description="Add synthetic cases. Standard input: the user's password (one line).",
    )
    _workspace_args(p)
    p.add_argument("--cases", type=int, required=True, help="how many cases to add")
    p.add_argument(
        "--seed", type=int, default=1, help="random seed (the same seed gives the same people)"
    )
    p.set_defaults(handler=_demo)


def _demo(args: argparse.Namespace) -> int:
    from app.errors import BadInput
    from app.interviews.demo import add_demo_cases
    from app.team.case_book import case_book

    if not 1 <= args.cases <= 1_000_000:
        raise BadInput("--cases is between 1 and 1000000")
    with logged_in(args) as (session, _):
        summary = add_demo_cases(case_book(session), args.cases, args.seed)
    print(
        json.dumps(
            {"cases": summary.cases, "events": summary.events, "conflicts": summary.conflicts}
        )
    )
    return 0
