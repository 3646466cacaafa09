"""``fieldcase init|check|recover|user ...``: workspace commands.

Passwords and recovery codes are read from standard input, one per line, in the order each
command's help states. Nothing secret is ever taken from arguments or the environment.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from app.workspace.folder import Workspace
from app.workspace.session import Session


def register(sub: Any) -> None:
    p = sub.add_parser(
        "init",
        help="create a workspace; NAME becomes its first supervisor; prints the recovery code once",
        description="Create a workspace. Standard input: the new supervisor's password (one line).",
    )
    _workspace_args(p)
    p.set_defaults(handler=_init)

    p = sub.add_parser(
        "check",
        help="check integrity, encryption and the audit chain; prints one JSON object",
        description="Check a workspace. Standard input: the user's password (one line).",
    )
    _workspace_args(p)
    p.add_argument(
        "--full",
        action="store_true",
        help="walk the whole audit chain (not from the last checkpoint) and match every index"
        " against its table",
    )
    p.set_defaults(handler=_check)

    p = sub.add_parser(
        "recover",
        help="open with the recovery code and set a new password for a user",
        description="Standard input: the recovery code (line 1), the new password (line 2).",
    )
    p.add_argument("--workspace", required=True, help="workspace folder")
    p.add_argument("--user", required=True, help="the user who gets a new password")
    p.add_argument(
        "--password-stdin",
        action="store_true",
        required=True,
        help="read secrets from standard input",
    )
    p.set_defaults(handler=_recover)

    p = sub.add_parser(
        "wipe",
        help="emergency wipe: destroy the workspace now (unsynced work is lost)",
        description="Standard input: your password (one line). Without --yes, only says what would be lost.",
    )
    _workspace_args(p)
    p.add_argument("--yes", action="store_true", help="really wipe")
    p.set_defaults(handler=_wipe)

    user = sub.add_parser("user", help="manage the users of a workspace (supervisors)")
    users = user.add_subparsers(dest="user_command", metavar="ACTION", parser_class=type(user))
    user.set_defaults(handler=lambda args: _usage(user))

    p = users.add_parser(
        "list",
        help="list users, roles and status as JSON",
        description="Standard input: the supervisor's password (one line).",
    )
    _workspace_args(p)
    p.set_defaults(handler=_user_list)

    p = users.add_parser(
        "add",
        help="add a user with a role",
        description="Standard input: your password (line 1), the new user's password (line 2).",
    )
    _workspace_args(p)
    p.add_argument("--name", required=True, help="the new user's name")
    p.add_argument("--role", required=True, help="supervisor, social_worker or interpreter")
    p.set_defaults(handler=_user_add)

    p = users.add_parser(
        "passwd",
        help="change your password, or (supervisor) set another user's",
        description="Standard input: your password (line 1), the new password (line 2).",
    )
    _workspace_args(p)
    p.add_argument("--name", help="whose password to set (default: your own)")
    p.set_defaults(handler=_user_passwd)

    p = users.add_parser(
        "disable",
        help="disable a user: their keyslot is destroyed",
        description="Standard input: your password (one line).",
    )
    _workspace_args(p)
    p.add_argument("--name", required=True, help="the user to disable")
    p.set_defaults(handler=_user_disable)

    p = users.add_parser(
        "enable",
        help="enable a disabled user with a new password",
        description="Standard input: your password (line 1), their new password (line 2).",
    )
    _workspace_args(p)
    p.add_argument("--name", required=True, help="the user to enable")
    p.set_defaults(handler=_user_enable)

    p = users.add_parser(
        "duress",
        help="set a duress password: typed at login, it wipes and opens a look-alike decoy",
        description="Standard input: your password (line 1), the duress password (line 2; "
        "not with --remove).",
    )
    _workspace_args(p)
    p.add_argument(
        "--remove", action="store_true", help="remove the duress password (it becomes a wrong one)"
    )
    p.set_defaults(handler=_user_duress)

    p = users.add_parser(
        "role",
        help="change a user's role",
        description="Standard input: your password (one line).",
    )
    _workspace_args(p)
    p.add_argument("--name", required=True, help="the user")
    p.add_argument("--role", required=True, help="supervisor, social_worker or interpreter")
    p.set_defaults(handler=_user_role)


def _workspace_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--workspace", required=True, help="workspace folder")
    p.add_argument("--user", required=True, help="your user name")
    p.add_argument(
        "--password-stdin",
        action="store_true",
        required=True,
        help="read the password(s) from standard input, one per line",
    )


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def _secrets(count: int) -> list[str]:
    from app.cli.main import read_secret_lines

    return read_secret_lines(count)


def _login(args: argparse.Namespace, extra_secrets: int = 0) -> tuple[Session, list[str]]:
    lines = _secrets(1 + extra_secrets)
    session = Workspace.at(args.workspace).login(args.user, lines[0])
    return session, lines[1:]


@contextmanager
def logged_in(
    args: argparse.Namespace, extra_secrets: int = 0
) -> Iterator[tuple[Session, list[str]]]:
    """A command's work as ``args.user``, the workspace locked again however the work ends. The
    password is the first line of standard input; ``extra_secrets`` more lines come with it (a
    new user's password, say)."""
    session, extra = _login(args, extra_secrets)
    try:
        yield session, extra
    finally:
        session.lock()


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _init(args: argparse.Namespace) -> int:
    (password,) = _secrets(1)
    session, code = Workspace.create(args.workspace, args.user, password)
    session.lock()
    print(f"Workspace created in {args.workspace} with {args.user} as supervisor.")
    print("Recovery code (shown only this once; write it down and keep it somewhere safe):")
    print(code)
    return 0


def _check(args: argparse.Namespace) -> int:
    with logged_in(args) as (session, _):
        report = session.check(full=args.full)
        # The dashboard's kept counts against a recount (app/cases/tallies.py): of those the
        # case rows answer, or with --full of every one (the cases and their events read).
        from app.cases.tallies import disagreements

        report["dashboard"] = disagreements(session.store, full=args.full)
        report["ok"] = bool(report["ok"] and report["dashboard"]["ok"])
    _print_json(report)
    return 0 if report["ok"] else 1


def _recover(args: argparse.Namespace) -> int:
    code, password = _secrets(2)
    session = Workspace.at(args.workspace).recover(code, args.user, password)
    session.lock()
    print(f"{args.user} has a new password.")
    return 0


def _user_list(args: argparse.Namespace) -> int:
    with logged_in(args) as (session, _):
        _print_json([u.to_json() for u in session.users()])
    return 0


def _user_add(args: argparse.Namespace) -> int:
    with logged_in(args, 1) as (session, (password,)):
        session.add_user(args.name, args.role, password)
    print(f"{args.name} added as {args.role}.")
    return 0


def _user_passwd(args: argparse.Namespace) -> int:
    with logged_in(args, 1) as (session, (password,)):
        session.set_password(args.name or args.user, password)
    print("Password changed.")
    return 0


def _user_disable(args: argparse.Namespace) -> int:
    with logged_in(args) as (session, _):
        session.disable_user(args.name)
    print(f"{args.name} is disabled.")
    return 0


def _user_enable(args: argparse.Namespace) -> int:
    with logged_in(args, 1) as (session, (password,)):
        session.enable_user(args.name, password)
    print(f"{args.name} is enabled.")
    return 0


def _user_role(args: argparse.Namespace) -> int:
    with logged_in(args) as (session, _):
        session.set_role(args.name, args.role)
    print(f"{args.name} is now {args.role}.")
    return 0


def _wipe(args: argparse.Namespace) -> int:
    from app.workspace.wipe import emergency_wipe, unsynced_count

    session, _ = _login(args)
    if not args.yes:
        try:
            count = unsynced_count(session)
        finally:
            session.lock()
        print(f"{count} record(s) exist only on this laptop and would be lost. Add --yes to wipe.")
        return 2
    report = emergency_wipe(session)
    print(
        f"Workspace wiped: {report.files} file(s) overwritten and removed; {report.unsynced} unsynced record(s) lost."
    )
    return 0


def _user_duress(args: argparse.Namespace) -> int:
    if args.remove:
        with logged_in(args) as (session, _):
            session.remove_duress_password()
        print("Duress password removed.")
        return 0
    with logged_in(args, 1) as (session, (duress,)):
        session.set_duress_password(duress)
    print("Duress password set.")
    return 0
