"""``fieldcase forms ...``: check forms and run their logic without a screen.

``forms check FILE... [--json]`` prints one line per form (see ``forms.check.format_line``) and
exits 0 when every form loads and is fully translated, 1 when a form lacks translations in a
language it declares, 2 when a form does not load (the error, naming sheet and row, goes to stderr
as ``fieldcase: FILE: ...``).

``forms run FILE --answers ANSWERS.json [--lang CODE] [--today YYYY-MM-DD] [--media DIR]`` prints
the contract JSON of docs/architecture.md; the form's data files (``select_one_from_file``,
``pulldata``) are read from ``--media``, ``FORM-media/`` or the form's folder. A bad form, data
file, answers file or answer is bad input (exit 2).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from app.errors import BadInput


def register(sub: Any) -> None:
    forms: argparse.ArgumentParser = sub.add_parser("forms", help="check and run XLSForms")

    def usage(args: argparse.Namespace) -> int:
        forms.print_help()
        return 2

    forms.set_defaults(handler=usage)
    commands = forms.add_subparsers(dest="forms_command", metavar="SUBCOMMAND")

    check = commands.add_parser(
        "check",
        help="validate forms: load errors name sheet and row; translation gaps per language",
    )
    check.add_argument(
        "files", nargs="+", metavar="FILE", help="XLSForm (.xlsx .xls .csv .md) or XForm (.xml)"
    )
    check.add_argument("--json", action="store_true", help="print one JSON object instead")
    check.set_defaults(handler=cmd_check)

    run = commands.add_parser("run", help="run a form's logic on answers; prints JSON")
    run.add_argument("file", metavar="FILE", help="XLSForm or XForm")
    run.add_argument(
        "--answers",
        required=True,
        metavar="ANSWERS.json",
        help="object of question name -> value; a repeat is a list of objects",
    )
    run.add_argument("--lang", metavar="CODE", help="language code for messages, e.g. km")
    run.add_argument("--today", metavar="YYYY-MM-DD", help="fix today() and now()")
    run.add_argument(
        "--media",
        metavar="DIR",
        help="folder of the form's data files (CSV for select_one_from_file and pulldata); "
        "by default FORM-media/ beside the form, then the form's own folder",
    )
    run.set_defaults(handler=cmd_run)

    from app.cli import (
        form_versions as cli_form_versions,  # publish, withdraw, list: a team's form versions
    )

    cli_form_versions.register(commands)


def cmd_check(args: argparse.Namespace) -> int:
    from forms.check import check_file, format_line

    reports = [check_file(path) for path in args.files]
    if args.json:
        print(json.dumps({"forms": [r.to_json() for r in reports]}, ensure_ascii=False, indent=2))
    else:
        for report in reports:
            if report.loaded:
                print(format_line(report))
            else:
                print(f"fieldcase: {report.path}: {report.error}", file=sys.stderr)
    if any(not r.loaded for r in reports):
        return 2
    return 0 if all(r.ok for r in reports) else 1


def cmd_run(args: argparse.Namespace) -> int:
    from forms.errors import FormError
    from forms.load import load_form
    from forms.media import media_beside
    from forms.run import run_form

    today = None
    if args.today:
        try:
            today = dt.date.fromisoformat(args.today)
        except ValueError:
            raise BadInput(f"--today: '{args.today}' is not a date (YYYY-MM-DD)") from None
    try:
        answers = json.loads(Path(args.answers).read_text(encoding="utf-8"))
    except OSError as exc:
        raise BadInput(f"{args.answers}: {exc.strerror or exc}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise BadInput(f"{args.answers}: not JSON: {exc}") from None
    if not isinstance(answers, dict):
        raise BadInput(f"{args.answers}: expected an object of question name -> value")
    try:
        definition = load_form(args.file)
        folders = [Path(args.media)] if args.media else []
        media = media_beside(Path(args.file), definition, *folders)
        result, session = run_form(definition, answers, lang=args.lang, today=today, media=media)
    except FormError as exc:
        raise BadInput(f"{args.file}: {exc}") from None
    for key, problem in session.field_errors.items():
        print(f"fieldcase: warning: {key}: {problem}", file=sys.stderr)
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0
