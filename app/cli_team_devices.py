"""``fieldcase team approve`` and ``fieldcase team devices``: a supervisor approves laptops on her
own laptop (app/device_approvals.py); only those get the team key from it."""

from __future__ import annotations

import argparse
import json
from typing import Any

from app.cli_workspace import _workspace_args, logged_in


def register(teams: Any) -> None:
    """Add ``approve`` and ``devices`` to the ``fieldcase team`` actions."""
    p = teams.add_parser(
        "approve",
        help="supervisor: approve a laptop the server lists, after comparing its fingerprint",
    )
    _workspace_args(p)
    p.add_argument("--device", required=True, help="the device id the server lists")
    p.add_argument(
        "--fingerprint", required=True, help="the fingerprint the laptop itself shows (compare it)"
    )
    p.add_argument("--supervisor", action="store_true", help="approve it as a supervisor's laptop")
    p.set_defaults(handler=_approve)

    p = teams.add_parser(
        "devices",
        help="supervisor: laptops waiting for your approval here, and those approved here (JSON)",
    )
    _workspace_args(p)
    p.set_defaults(handler=_devices)


def _approve(args: argparse.Namespace) -> int:
    from app.cases.book import CaseBook
    from app.synchronise import Synchroniser

    with logged_in(args) as (session, _):
        approval = Synchroniser(CaseBook(session)).approve_device(
            args.device, args.fingerprint, supervisor=args.supervisor
        )
    print(f"Device {approval.device} approved here as {approval.role} ({approval.fingerprint}).")
    print("This laptop seals the team key to it at its next sync.")
    return 0


def _devices(args: argparse.Namespace) -> int:
    from app.cases.book import CaseBook
    from app.synchronise import Synchroniser

    with logged_in(args) as (session, _):
        listing = Synchroniser(CaseBook(session)).devices_here()
    print(json.dumps(listing, indent=2, ensure_ascii=False))
    return 0
