"""The ``fieldcase`` command: a thin layer over the same services the desktop app uses.

Contract (see docs/architecture.md): passwords come from standard input, one per line, never from
arguments or the environment; errors are one line starting ``fieldcase: `` on stderr (a traceback
only with ``--debug``); exit codes 0 success, 1 failed, 2 bad usage or input, 3 wrong credentials
or locked.

Each group of commands lives in its own module with a ``register(subparsers)`` function that adds
its parsers and sets ``handler`` to a function ``(args) -> int``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from app.errors import FieldcaseError
from app.workspace.durable import READ_ONLY_ERRNOS
from sync.errors import SyncError, SyncErrorKind


class UsageError(Exception):
    """Bad command-line usage (exit 2)."""


class CommandParser(argparse.ArgumentParser):
    """argparse that reports a usage error as one ``fieldcase: `` line and exit code 2."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    from app.cli import (
        cases,
        doctor,
        export,
        forms,
        quarantine,
        referrals,
        release,
        salvage,
        server,
        settings,
        sync,
        team,
        workspace,
    )

    parser = CommandParser(
        prog="fieldcase",
        description="Offline-first, encrypted case management for counter-trafficking field work.",
    )
    parser.add_argument("--workspace", help="workspace folder to open in the desktop app")
    parser.add_argument("--lang", help="interface language code (en, km, lo, th, my, vi, zh)")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    parser.add_argument("--version", action="version", version=f"fieldcase {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=CommandParser)
    workspace.register(sub)
    cases.register(sub)
    team.register(sub)
    export.register(sub)
    sync.register(sub)
    quarantine.register(sub)  # `fieldcase sync quarantine`: extends the sync parser
    forms.register(sub)
    referrals.register(sub)
    server.register(sub)
    settings.register(sub)
    doctor.register(sub)
    salvage.register(sub)
    release.register(sub)  # `release ...` and `update`
    return parser


def _version() -> str:
    """The installed package's version (a bundle carries its metadata: packaging/fieldcase.spec)."""
    from importlib import metadata

    try:
        return metadata.version("fieldcase")
    except metadata.PackageNotFoundError:
        return "unknown"


def desktop_options(args_list: Sequence[str]) -> argparse.Namespace | None:
    """The options when the command line asks for the desktop app and nothing else; ``None`` when
    it names a command, asks for help or is wrong, which the full parser then handles.

    Building the full parser imports every command's module (about 70 ms on a field laptop): the
    desktop app is started without it, so that the login window comes up sooner."""
    parser = CommandParser(prog="fieldcase", add_help=False)
    parser.add_argument("--workspace")
    parser.add_argument("--lang")
    parser.add_argument("--debug", action="store_true")
    try:
        args, rest = parser.parse_known_args(args_list)
    except UsageError:
        return None
    return None if rest else args


def main(
    argv: Sequence[str] | None = None,
    desktop: Callable[[argparse.Namespace], int] | None = None,
) -> int:
    """Run the command ``argv`` names. With no command, ``desktop`` opens the desktop app (given by
    ``app.start``, the installed ``fieldcase``); without it, naming no command is a usage error."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args_list
    try:
        args = desktop_options(args_list) if desktop is not None else None
        if args is None:
            args = build_parser().parse_args(args_list)
        handler = getattr(args, "handler", None)
        if handler is None:
            if desktop is None:
                raise UsageError("name a command (fieldcase --help lists them)")
            return desktop(args)
        code: int = handler(args)
        return code
    except UsageError as exc:
        _say(str(exc))
        return 2
    except FieldcaseError as exc:
        if debug:
            _print_traceback()
        _say(str(exc))
        return exc.exit_code
    except SyncError as exc:
        if debug:
            _print_traceback()
        _say(str(exc))
        return 3 if exc.kind in (SyncErrorKind.AUTH, SyncErrorKind.REVOKED) else 1
    except KeyboardInterrupt:
        _say("interrupted")
        return 1
    except OSError as exc:
        if debug:
            _print_traceback()
        if exc.errno not in READ_ONLY_ERRNOS:
            _say(
                f"unexpected error: {exc.__class__.__name__}: {exc} (run with --debug for details)"
            )
            return 1
        where = exc.filename if exc.filename is not None else "a file"
        _say(f"cannot write {where}: the disk is read-only or you may not write there")
        return 1
    except Exception as exc:  # the last line of defence: one line, never a traceback dump
        if debug:
            _print_traceback()
        _say(f"unexpected error: {exc.__class__.__name__}: {exc} (run with --debug for details)")
        return 1


def _say(message: str) -> None:
    print(f"fieldcase: {message}", file=sys.stderr)


def read_secret_lines(count: int) -> list[str]:
    """Read ``count`` lines from standard input (passwords, recovery codes); never echoes them."""
    from app.errors import BadInput

    lines: list[str] = []
    for number in range(1, count + 1):
        try:
            line = sys.stdin.readline()
            line.encode("utf-8")  # bytes the locale let through as surrogates (C.UTF-8, POSIX)
        except UnicodeError:
            raise BadInput(  # from None: the error would quote a byte of the password
                f"the password cannot be read: line {number} of standard input is not UTF-8"
                " text (type it in a UTF-8 terminal, or save the file as UTF-8)"
            ) from None
        if not line:
            raise BadInput(f"expected {count} line(s) on standard input, got {len(lines)}")
        lines.append(line.rstrip("\r\n"))
    return lines


def _print_traceback() -> None:
    """With ``--debug`` only; imported here to keep the desktop app's start light."""
    import traceback

    traceback.print_exc()
