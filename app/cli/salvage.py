"""``fieldcase salvage``: copy what can still be trusted of a damaged workspace into a new one.

The damaged workspace is only read (app/workspace/salvage.py says how, and what is trusted); the
new folder gets the same workspace id, key and keyslots, so every user's password and the
recovery code open it. The cases are then rebuilt from the events that were kept, and the summary
(or, with ``--json``, one JSON object) says what was lost: rows per table, damaged pages, and the
ids of lost events, cases and attachments where the surviving pages still name them.

Exit codes: 0 the new workspace was written (``complete`` says whether anything was lost), 1 it
could not be (the schema page is damaged, the salvaging user's row was lost, the role is not
supervisor), 2 bad usage (``--out`` not new or empty), 3 wrong name or password, or locked.
"""

from __future__ import annotations

import argparse
import json
from typing import Any


def register(sub: Any) -> None:
    p = sub.add_parser(
        "salvage",
        help="copy what still verifies of a damaged workspace into a new one; report what was lost",
        description="Salvage a damaged workspace into a new folder (the damaged one is only "
        "read). Standard input: a supervisor's password (one line).",
    )
    p.add_argument("--workspace", required=True, help="the damaged workspace folder")
    p.add_argument("--out", required=True, help="a new or empty folder for the salvaged workspace")
    p.add_argument("--user", required=True, help="your user name (a supervisor)")
    p.add_argument(
        "--password-stdin",
        action="store_true",
        required=True,
        help="read the password from standard input",
    )
    p.add_argument("--json", action="store_true", help="print one JSON object instead of a summary")
    p.set_defaults(handler=_salvage)


def _salvage(args: argparse.Namespace) -> int:
    from app.cli.main import read_secret_lines
    from app.team.case_book import case_book
    from app.workspace.folder import Workspace
    from app.workspace.salvage import salvage

    (password,) = read_secret_lines(1)
    report = salvage(args.workspace, args.out, args.user, password)
    session = Workspace.at(args.out).login(args.user, password)
    try:
        case_book(session).rebuild()  # the cases, folded again from the events that were kept
        report.cases = int(session.store.scalar("SELECT count(*) FROM cases"))
    finally:
        session.lock()
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        print(report.text())
    return 0
