"""``fieldcase team ...`` and ``fieldcase transfer out|in``: teams and USB transfer, no server needed."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from app.cli.workspace import _workspace_args, logged_in
from app.team.outbox import outbox_of


def register(sub: Any) -> None:
    team = sub.add_parser("team", help="found a team, or let a laptop join one (no server needed)")
    teams = team.add_subparsers(dest="team_command", metavar="ACTION", parser_class=type(team))
    team.set_defaults(handler=lambda args: (team.print_help(), 2)[1])

    p = teams.add_parser("create", help="make this supervisor's workspace the first of a new team")
    _workspace_args(p)
    p.add_argument("--name", required=True, help="the team's name, e.g. bangkok-shelter")
    p.set_defaults(handler=_create)

    p = teams.add_parser("show", help="this laptop's team, device fingerprint and outbox as JSON")
    _workspace_args(p)
    p.set_defaults(handler=_show)

    p = teams.add_parser("request", help="write this laptop's join request (its public keys)")
    _workspace_args(p)
    p.add_argument("--out", required=True, help="file to write the request to")
    p.set_defaults(handler=_request)

    p = teams.add_parser("admit", help="supervisor: admit a laptop and write its welcome file")
    _workspace_args(p)
    p.add_argument("--request", required=True, help="the laptop's join request file")
    p.add_argument(
        "--fingerprint", required=True, help="the fingerprint the laptop shows (compare it)"
    )
    p.add_argument("--out", required=True, help="file to write the welcome to")
    p.set_defaults(handler=_admit)

    p = teams.add_parser("join", help="join the team with a welcome file from a supervisor")
    _workspace_args(p)
    p.add_argument("--welcome", required=True, help="the welcome file")
    p.set_defaults(handler=_join)

    from app.cli import team_devices as cli_team_devices
    from app.cli import team_keys as cli_team_keys

    cli_team_keys.register(teams)  # rotate-key
    cli_team_devices.register(teams)  # approve, devices

    transfer = sub.add_parser(
        "transfer", help="move sealed work by USB file where there is no connection"
    )
    transfers = transfer.add_subparsers(
        dest="transfer_command", metavar="ACTION", parser_class=type(transfer)
    )
    transfer.set_defaults(handler=lambda args: (transfer.print_help(), 2)[1])

    p = transfers.add_parser("out", help="write this laptop's sealed outbox to one file")
    _workspace_args(p)
    p.add_argument("--out", required=True, help="the transfer file to write")
    p.add_argument(
        "--all", action="store_true", help="include envelopes already sent to the server"
    )
    p.set_defaults(handler=_out)

    p = transfers.add_parser("in", help="import a transfer file (idempotent); prints a JSON report")
    _workspace_args(p)
    p.add_argument("--file", required=True, help="the transfer file to import")
    p.add_argument(
        "--accept-device",
        metavar="FINGERPRINT",
        help="trust the file's device after comparing its fingerprint",
    )
    p.set_defaults(handler=_in)


def _with_book(args: argparse.Namespace, work: Any) -> int:
    from app.team.case_book import case_book

    with logged_in(args) as (session, _):
        result: int = work(case_book(session))
    return result


def _create(args: argparse.Namespace) -> int:
    from app.team.membership import found_team

    def work(book: Any) -> int:
        sealed = found_team(book, args.name)
        print(f"Team {args.name} founded; {sealed} existing event(s) sealed for sync.")
        return 0

    return _with_book(args, work)


def _show(args: argparse.Namespace) -> int:
    from app.team.keyring import Keyring
    from app.team.outbox import team_name

    def work(book: Any) -> int:
        keyring = Keyring(book.store)
        print(
            json.dumps(
                {
                    "team": team_name(book.store),
                    "device": book.device,
                    "fingerprint": keyring.fingerprint(),
                    "outbox": outbox_of(book).counts(),
                },
                indent=2,
            )
        )
        return 0

    return _with_book(args, work)


def _request(args: argparse.Namespace) -> int:
    from app.team.membership import make_request
    from app.workspace.durable import write_atomically

    def work(book: Any) -> int:
        data, fingerprint = make_request(book)
        write_atomically(Path(args.out), data)
        print("Join request written. Read this fingerprint to your supervisor:")
        print(fingerprint)
        return 0

    return _with_book(args, work)


def _admit(args: argparse.Namespace) -> int:
    from app.errors import BadInput
    from app.team.membership import admit
    from app.workspace.durable import write_atomically

    try:
        request = Path(args.request).read_bytes()
    except OSError as exc:
        raise BadInput(f"cannot read {args.request}: {exc.strerror}") from exc

    def work(book: Any) -> int:
        welcome, joined = admit(book, request, expected_fingerprint=args.fingerprint)
        write_atomically(Path(args.out), welcome)
        print(f"Device {joined.device} admitted. Give it the welcome file {args.out}.")
        return 0

    return _with_book(args, work)


def _join(args: argparse.Namespace) -> int:
    from app.errors import BadInput
    from app.team.membership import join

    try:
        welcome = Path(args.welcome).read_bytes()
    except OSError as exc:
        raise BadInput(f"cannot read {args.welcome}: {exc.strerror}") from exc

    def work(book: Any) -> int:
        team, fingerprint, sealed = join(book, welcome)
        print(f"Joined team {team}; {sealed} event(s) sealed for sync.")
        print("The supervisor's laptop should show this fingerprint:")
        print(fingerprint)
        return 0

    return _with_book(args, work)


def _out(args: argparse.Namespace) -> int:
    from app.team.transfer import transfer_out

    def work(book: Any) -> int:
        summary = transfer_out(book, Path(args.out), include_sent=args.all)
        print(
            f"{summary.envelopes} envelope(s) and {summary.attachments} attachment(s) written to"
            f" {args.out} by device {summary.fingerprint}."
        )
        return 0

    return _with_book(args, work)


def _in(args: argparse.Namespace) -> int:
    from app.team.transfer import transfer_in

    def work(book: Any) -> int:
        report = transfer_in(book, Path(args.file), accept_fingerprint=args.accept_device)
        print(json.dumps(report.to_json(), indent=2))
        return 0 if not report.refused else 1

    return _with_book(args, work)
