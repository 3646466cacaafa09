"""``fieldcase settings ...``: a workspace's settings, shown and changed by its supervisors.

    settings show             --workspace DIR --user NAME --password-stdin [--json]
    settings attachment-limit --workspace DIR --user NAME --password-stdin [--mb N]

``attachment-limit`` without ``--mb`` prints the limit; with it, a supervisor sets it (1 to 60 MB;
audited). Standard input: your password (one line).
"""

from __future__ import annotations

import argparse
import json
import math
from typing import Any

from app.cli.workspace import _usage, _workspace_args, logged_in
from app.errors import BadInput


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "settings", help="show or change this workspace's settings (supervisors change them)"
    )
    parser.set_defaults(handler=lambda _args: _usage(parser))
    commands = parser.add_subparsers(dest="settings_command", metavar="SETTING")

    p = commands.add_parser(
        "show",
        help="print every setting",
        description="Standard input: your password (one line).",
    )
    _workspace_args(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=_show)

    p = commands.add_parser(
        "attachment-limit",
        help="the largest photo or scan a form may keep, in MB (1 to 60; 20 by default)",
        description="Standard input: your password (one line). Without --mb: print the limit.",
    )
    _workspace_args(p)
    p.add_argument("--mb", type=float, help="set the limit to N MB (supervisors; audited)")
    p.set_defaults(handler=_attachment_limit)


def _show(args: argparse.Namespace) -> int:
    from app.workspace import settings as workspace_settings

    with logged_in(args) as (session, _):
        settings = workspace_settings.current(session)
    if args.json:
        print(json.dumps(settings.to_json(), indent=2))
        return 0
    default = " (default)" if settings.attachment_limit_is_default else ""
    print(f"attachment-limit\t{settings.attachment_limit_mb:g} MB{default}")
    return 0


def _attachment_limit(args: argparse.Namespace) -> int:
    from app.workspace import settings as workspace_settings

    if args.mb is not None and not (
        math.isfinite(args.mb) and workspace_settings.MIN_MB <= args.mb <= workspace_settings.MAX_MB
    ):
        raise BadInput(
            f"--mb is between {workspace_settings.MIN_MB} and {workspace_settings.MAX_MB}"
        )
    with logged_in(args) as (session, _):
        if args.mb is None:
            settings = workspace_settings.current(session)
        else:
            settings = workspace_settings.set_attachment_limit(session, args.mb)
    verb = "is" if args.mb is None else "is now"
    print(f"The attachment limit {verb} {settings.attachment_limit_mb:g} MB.")
    return 0
