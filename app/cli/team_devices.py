"""``fieldcase team approve``, ``team devices`` and ``team invite``: a supervisor approves laptops
on her own laptop (app/team/device_approvals.py); only those get the team key from it. ``invite``
prints an enrolment invitation that carries her device's fingerprint (app/team/invitation.py), so the
new laptop joins only a team her device welcomes it into."""

from __future__ import annotations

import argparse
import json
from typing import Any

from app.cli.workspace import _workspace_args, logged_in


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

    p = teams.add_parser(
        "invite",
        help="supervisor: an invitation line for a new laptop, carrying this laptop's fingerprint",
        description="The server's address and TLS pin come from this laptop's enrolment; the "
        "one-time code from the server (or its administrator: fieldcase server enrol-code). Standard "
        "input: your password. Without --code the server is asked for one.",
    )
    _workspace_args(p)
    p.add_argument(
        "--code",
        help="a one-time enrolment code from the server's administrator (default: ask the "
        "server for one, as this supervisor's device)",
    )
    p.add_argument("--hours", type=int, default=72, help="how long an asked-for code is valid")
    p.add_argument("--qr", metavar="PNG", help="also write the invitation as a QR image")
    p.set_defaults(handler=_invite)


def _approve(args: argparse.Namespace) -> int:
    from app.team.case_book import case_book
    from app.team.synchronise import Synchroniser

    with logged_in(args) as (session, _):
        approval = Synchroniser(case_book(session)).approve_device(
            args.device, args.fingerprint, supervisor=args.supervisor
        )
    print(f"Device {approval.device} approved here as {approval.role} ({approval.fingerprint}).")
    print("This laptop seals the team key to it at its next sync.")
    return 0


def _devices(args: argparse.Namespace) -> int:
    from app.team.case_book import case_book
    from app.team.synchronise import Synchroniser

    with logged_in(args) as (session, _):
        listing = Synchroniser(case_book(session)).devices_here()
    print(json.dumps(listing, indent=2, ensure_ascii=False))
    return 0


def _invite(args: argparse.Namespace) -> int:
    from app.errors import BadInput
    from app.team.case_book import case_book
    from app.team.invitation import Invitation
    from app.team.keyring import Keyring
    from app.team.synchronise import Synchroniser
    from app.workspace.roles import Permission

    with logged_in(args) as (session, _):
        session.require(Permission.MANAGE_DEVICES)
        store = session.store
        url = store.scalar("SELECT value FROM settings WHERE key = 'server_url'")
        pin = store.scalar("SELECT value FROM settings WHERE key = 'server_tls_fingerprint'")
        if url is None:
            raise BadInput("this laptop is not enrolled with a server: enrol it first")
        fingerprint = Keyring(store).fingerprint()
        code = args.code or Synchroniser(case_book(session)).enrolment_code(args.hours)
    text = Invitation(str(url), code.strip(), pin and str(pin), fingerprint).to_text()
    print(text)
    if args.qr:
        import segno

        segno.make(text, error="m").save(args.qr, scale=8, border=4)
    return 0
