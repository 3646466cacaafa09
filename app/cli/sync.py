"""``fieldcase enrol`` and ``fieldcase sync`` (contract): headless sync with a server."""

from __future__ import annotations

import argparse
import json
from typing import Any

from app.cli.workspace import _workspace_args, logged_in


def register(sub: Any) -> None:
    p = sub.add_parser(
        "enrol",
        help="register this laptop with a sync server using a one-time code from a supervisor",
        description="Standard input: your password (one line). Prints the fingerprint to read to the supervisor.",
    )
    _workspace_args(p)
    p.add_argument("--server", help="the server's address, e.g. https://10.0.0.5:8765")
    p.add_argument("--code", help="the one-time enrolment code")
    p.add_argument(
        "--invitation",
        help="the whole invitation line from the supervisor (instead of --server, --code, --tls-fingerprint)",
    )
    p.add_argument(
        "--tls-fingerprint", help="the server certificate's SHA-256 fingerprint (https only)"
    )
    p.set_defaults(handler=_enrol)

    p = sub.add_parser(
        "sync",
        help="push this laptop's sealed work and pull the team's, once; prints a JSON report",
        description="Standard input: your password (one line).",
    )
    _workspace_args(p)
    p.add_argument(
        "--server", help="the server's address (default: the one this laptop enrolled with)"
    )
    p.set_defaults(handler=_sync)


def _enrol(args: argparse.Namespace) -> int:
    from app.errors import BadInput
    from app.team.case_book import case_book
    from app.team.invitation import Invitation
    from app.team.synchronise import Synchroniser

    if args.invitation:
        invitation = Invitation.from_text(args.invitation)
    elif args.server and args.code:
        invitation = Invitation(args.server, args.code, args.tls_fingerprint)
    else:
        raise BadInput("give --invitation, or --server and --code")
    with logged_in(args) as (session, _):
        result = Synchroniser(case_book(session)).enrol(
            invitation.server, invitation.code, invitation.tls_fingerprint, invitation.supervisor
        )
    print(json.dumps(result, indent=2))
    return 0


def _sync(args: argparse.Namespace) -> int:
    """One round, then, as a separate step after the round's transactions, the export rows of
    what arrived kept ahead (``app.export.ahead``: where the user may export), so the next
    export reads them instead of flattening every submission."""
    from app.export.ahead import keep_ahead
    from app.team.case_book import case_book
    from app.team.synchronise import Synchroniser

    with logged_in(args) as (session, _):
        report = Synchroniser(case_book(session)).sync(args.server)
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2), flush=True)
        keep_ahead(session)
    return 1 if report.push_refused or report.pull_refused else 0
