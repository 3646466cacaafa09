"""``fieldcase forms publish|withdraw|list``: form versions for a team (supervisors publish and
withdraw; anyone may list what is on their laptop). See app/team/form_versions.py.

``forms publish FILE`` prints ``FORM_ID VERSION`` on one line (``--json``: an object). A form that
does not load, has no version, or reuses a version already here with other content is bad input
(exit 2); a wrong password exits 3; a user who may not publish, 1. Publishing the very same
content again changes nothing and exits 0.

``forms withdraw --form ID --version V [--reason TEXT]`` stops new interviews on that version.

``forms list [--json]`` prints one line per version: id, version, source (shipped|published),
status (in use|older|withdrawn), who published it and when, and the title.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.cli.workspace import _workspace_args, logged_in


def register(commands: Any) -> None:
    publish = commands.add_parser(
        "publish",
        help="publish a form version to your team (supervisors); prints its id and version",
        description="Standard input: your password (one line). The form is installed here at once"
        " and reaches the team's laptops at their next sync.",
    )
    publish.add_argument(
        "file", metavar="FILE", help="XLSForm (.xlsx .xls .csv .md) or XForm (.xml)"
    )
    _workspace_args(publish)
    publish.add_argument("--json", action="store_true", help="print one JSON object instead")
    publish.set_defaults(handler=cmd_publish)

    withdraw = commands.add_parser(
        "withdraw",
        help="stop new interviews on a form version (supervisors); drafts on it still finish",
        description="Standard input: your password (one line).",
    )
    withdraw.add_argument("--form", required=True, metavar="ID", help="the form id")
    withdraw.add_argument("--version", required=True, metavar="V", help="the version to withdraw")
    withdraw.add_argument("--reason", default="", help="why, for the audit log and the team")
    _workspace_args(withdraw)
    withdraw.add_argument("--json", action="store_true", help="print one JSON object instead")
    withdraw.set_defaults(handler=cmd_withdraw)

    listing = commands.add_parser(
        "list",
        help="list the form versions on this laptop: source, status, who published them",
        description="Standard input: your password (one line).",
    )
    _workspace_args(listing)
    listing.add_argument("--json", action="store_true", help="print one JSON object instead")
    listing.set_defaults(handler=cmd_list)


def cmd_publish(args: argparse.Namespace) -> int:
    from app.team.case_book import case_book
    from app.team.form_versions import publish_form

    with logged_in(args) as (session, _):
        change = publish_form(case_book(session), Path(args.file))
    if args.json:
        print(json.dumps(change.to_json(), ensure_ascii=False, indent=2))
    else:
        print(f"{change.form_id} {change.version}")
    if not change.changed:
        _note(f"version {change.version} of form {change.form_id} is already here: nothing changed")
        if change.shared:
            _note("it was published before this laptop joined its team: now sealed for the team")
    elif not change.shared:
        _note("this laptop is in no team yet: the form is installed here only")
    if change.in_use and change.in_use != change.version:
        _note(
            f"version {change.in_use} of form {change.form_id} is newer: new interviews keep using it"
        )
    return 0


def cmd_withdraw(args: argparse.Namespace) -> int:
    from app.team.case_book import case_book
    from app.team.form_versions import withdraw_form

    with logged_in(args) as (session, _):
        change = withdraw_form(case_book(session), args.form, args.version, args.reason)
    if args.json:
        print(json.dumps(change.to_json(), ensure_ascii=False, indent=2))
    else:
        print(f"{change.form_id} {change.version} withdrawn")
    if not change.changed:
        _note("it was withdrawn already: nothing changed")
        if change.shared:
            _note("it was withdrawn before this laptop joined its team: now sealed for the team")
    elif not change.shared:
        _note("this laptop is in no team yet: withdrawn here only")
    if change.in_use is None:
        _note(f"no version of form {change.form_id} is left for new interviews")
    else:
        _note(f"new interviews on form {change.form_id} use version {change.in_use}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from app.interviews.form_library import FormLibrary

    with logged_in(args) as (session, _):
        versions = FormLibrary().on(session.store).versions()
    if args.json:
        data = {"forms": [v.to_json() for v in versions]}
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    for v in versions:
        published = f"{v.published_by} {v.published_at}" if v.published_by else "-"
        print(f"{v.form_id}\t{v.version}\t{v.source}\t{v.status}\t{published}\t{v.title}")
    return 0


def _note(message: str) -> None:
    print(f"fieldcase: note: {message}", file=sys.stderr)
