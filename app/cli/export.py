"""``fieldcase export`` (contract): supervisors' exports from the command line."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import Any

from app.cli.workspace import _workspace_args, logged_in


def register(sub: Any) -> None:
    p = sub.add_parser(
        "export",
        help="export submissions and cases (CSV, XLSX, JSON, HTCDS), or a de-identified table",
        description="Export. Standard input: the supervisor's password (one line). Prints the report as JSON.",
    )
    _workspace_args(p)
    p.add_argument(
        "--format", required=True, choices=["csv", "xlsx", "json", "htcds"], help="file format"
    )
    p.add_argument("--out", required=True, help="folder to write the files to")
    p.add_argument("--deidentify", action="store_true", help="only the k-anonymous research table")
    p.add_argument("--k", type=int, default=11, help="k for --deidentify (default 11)")
    p.add_argument(
        "--lang",
        dest="export_lang",
        help="headers and choices as labels in this language (e.g. km)",
    )
    p.add_argument(
        "--since", type=date.fromisoformat, help="submissions from this date (YYYY-MM-DD)"
    )
    p.add_argument(
        "--until", type=date.fromisoformat, help="submissions up to this date (YYYY-MM-DD)"
    )
    p.add_argument(
        "--team", action="append", default=[], help="only cases of this team (repeatable)"
    )
    p.add_argument("--form", action="append", default=[], help="only this form id (repeatable)")
    p.add_argument(
        "--status", action="append", default=[], help="only cases with this status (repeatable)"
    )
    p.set_defaults(handler=_export)


def _export(args: argparse.Namespace) -> int:
    from app.export.service import ExportFilters, run_export

    filters = ExportFilters(
        args.since, args.until, tuple(args.team), tuple(args.form), tuple(args.status)
    )
    with logged_in(args) as (session, _):
        report = run_export(
            session,
            format=args.format,
            out=Path(args.out),
            deidentified=args.deidentify,
            k=args.k,
            language=args.export_lang,
            filters=filters,
        )
    print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    return 0
