"""``fieldcase server ...``: run the sync server and administer its devices.

``fieldcase server [--db URL] [--host H] [--port P] [--tls-cert F --tls-key F]`` (contract) serves
the sync API (HTTPS when given a certificate). Admin commands work on the database directly, on
the server machine, by whoever can open it:

    server enrol-code --db URL --team T [--hours H]    print a one-time enrolment code
    server devices    --db URL [--team T] [--json]     devices with status and fingerprint
    server approve    --db URL --device D [--fingerprint F] [--supervisor]
    server revoke     --db URL --device D [--reason TEXT] [--revocations FILE]
    server team-key   --db URL --device D --file F     store a sealed team key for D
    server quarantine --db URL [--limit N] [--purge-older-than DAYS]   refused envelopes, why
    server cleanup-uploads --db URL [--older-than DAYS]   delete uploads abandoned half way
    server tls-cert   --out DIR [--host NAME]...       self-signed certificate; prints fingerprint
    server backup     --db URL --out FILE              a consistent snapshot while laptops sync
    server restore    --db URL --from FILE [--yes] [--revocations FILE]
                                                       put a backup back (stop the server first)

A backup is one file, written whole or not at all (mode 0600): SQLite's online backup or
``pg_dump --format=custom`` behind a JSON header (schema revision, time, counts). ``restore``
refuses a database holding data unless ``--yes``, upgrades an older backup's schema, and gives the
server a new generation: laptops then push again what the server lost (docs/deploy.md). Every
revocation is also written to a revocation journal outside the database, which ``restore``
replays, so no device revoked after the backup comes back (sync/server/revocations.py).

``--db`` takes a SQLite path or URL (default ``sqlite:///fieldcase-server.db``) or
``postgresql://...``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.errors import BadInput, FieldcaseError, PermissionDenied

# The same as sync.server.database.DEFAULT_DB: `fieldcase --help` should not import SQLAlchemy.
DEFAULT_DB = "sqlite:///fieldcase-server.db"
REVOCATIONS_HELP = (
    "the revocation journal: each revocation is also written there, for a restore to replay; "
    "keep it beside the backups (default: $FIELDCASE_REVOCATIONS, else <sqlite file>.revocations)"
)


class ServerCommandFailed(FieldcaseError):
    pass


def register(sub: Any) -> None:
    server: argparse.ArgumentParser = sub.add_parser(
        "server", help="run the sync server; enrol, approve and revoke devices"
    )
    server.add_argument("--db", help=f"database URL or path ({DEFAULT_DB})")
    server.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    server.add_argument("--port", type=int, default=8765, help="port to listen on (8765)")
    server.add_argument("--tls-cert", metavar="F", help="PEM certificate: serve HTTPS")
    server.add_argument("--tls-key", metavar="F", help="PEM private key of --tls-cert")
    server.add_argument("--revocations", metavar="FILE", help=REVOCATIONS_HELP)
    server.set_defaults(handler=cmd_serve)
    commands = server.add_subparsers(dest="server_command", metavar="SUBCOMMAND")

    def admin(name: str, help_text: str) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = commands.add_parser(name, help=help_text)
        # SUPPRESS: `server --db X devices` and `server devices --db X` both work.
        parser.add_argument("--db", default=argparse.SUPPRESS, help="database URL or path")
        return parser

    code = admin("enrol-code", "print a one-time code for one laptop to join a team")
    code.add_argument("--team", required=True, help="the team the laptop joins")
    code.add_argument("--hours", type=float, default=72, help="hours the code stays valid (72)")
    code.add_argument("--server-url", help="the address laptops use: adds an invitation line")
    code.add_argument("--tls-fingerprint", help="the certificate fingerprint, for the invitation")
    code.add_argument("--qr", metavar="PNG", help="also write the invitation as a QR image")
    code.set_defaults(handler=cmd_enrol_code)

    listing = admin("devices", "list devices with status and fingerprint")
    listing.add_argument("--team", help="only this team")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=cmd_devices)

    approve = admin("approve", "approve a pending device after comparing fingerprints")
    approve.add_argument("--device", required=True, help="device id")
    approve.add_argument(
        "--fingerprint", help="the fingerprint the laptop shows; refused unless it matches"
    )
    approve.add_argument(
        "--supervisor", action="store_true", help="a supervisor's device: may upload team keys"
    )
    approve.set_defaults(handler=cmd_approve)

    revoke = admin("revoke", "refuse every later request and push of a device")
    revoke.add_argument("--device", required=True, help="device id")
    revoke.add_argument("--reason", default="", help="shown to the device (e.g. 'laptop lost')")
    revoke.add_argument(
        "--revocations", metavar="FILE", default=argparse.SUPPRESS, help=REVOCATIONS_HELP
    )
    revoke.set_defaults(handler=cmd_revoke)

    team_key = admin("team-key", "store a team key sealed (age) to a device's recipient")
    team_key.add_argument("--device", required=True, help="device id")
    team_key.add_argument("--file", required=True, help="the sealed key (age file)")
    team_key.set_defaults(handler=cmd_team_key)

    quarantine = admin("quarantine", "list refused envelopes, newest first")
    quarantine.add_argument("--limit", type=int, default=50, help="how many (50)")
    quarantine.add_argument(
        "--purge-older-than", type=float, metavar="DAYS", help="delete those older than DAYS"
    )
    quarantine.set_defaults(handler=cmd_quarantine)

    cleanup = admin("cleanup-uploads", "delete attachment uploads abandoned half way")
    cleanup.add_argument(
        "--older-than",
        type=float,
        default=30.0,
        metavar="DAYS",
        help="uploads that received no chunk for DAYS days (30); their laptops start them again",
    )
    cleanup.set_defaults(handler=cmd_cleanup_uploads)

    dump = admin("backup", "write a consistent snapshot of the database to a file")
    dump.add_argument("--out", required=True, metavar="FILE", help="the backup file to write")
    dump.set_defaults(handler=cmd_backup)

    back = admin("restore", "replace the database with a backup (stop the server first)")
    back.add_argument("--from", dest="source", required=True, metavar="FILE", help="the backup")
    back.add_argument("--yes", action="store_true", help="replace a database that holds data")
    back.add_argument(
        "--revocations",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="the revocation journal to replay: every device in it is revoked again "
        "(default: as for revoke)",
    )
    back.set_defaults(handler=cmd_restore)

    cert = commands.add_parser("tls-cert", help="make a self-signed certificate; print its pin")
    cert.add_argument("--out", required=True, metavar="DIR", help="folder for server.crt/.key")
    cert.add_argument(
        "--host", action="append", default=[], help="a name or address clients use (repeatable)"
    )
    cert.set_defaults(handler=cmd_tls_cert)


def _database(args: argparse.Namespace) -> Any:
    from sync.server.database import open_database

    return _guard(lambda: open_database(args.db or DEFAULT_DB))


def _guard(action: Any) -> Any:
    """Run a server service; its ServerError becomes the matching FieldcaseError."""
    from sync.protocol import ErrorCode
    from sync.server.errors import ServerError

    try:
        return action()
    except ServerError as exc:
        if exc.code in (ErrorCode.MALFORMED, ErrorCode.NOT_FOUND, ErrorCode.CONFLICT):
            raise BadInput(exc.message) from exc
        if exc.code in (ErrorCode.FORBIDDEN, ErrorCode.REVOKED):
            raise PermissionDenied(exc.message) from exc
        raise ServerCommandFailed(exc.message) from exc


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from sync.server.api import create_app
    from sync.server.database import redact

    if bool(args.tls_cert) != bool(args.tls_key):
        raise BadInput("give both --tls-cert and --tls-key, or neither")
    for path in (args.tls_cert, args.tls_key):
        if path and not Path(path).is_file():
            raise BadInput(f"no such file: {path}")
    db_url = args.db or DEFAULT_DB
    app = _guard(lambda: create_app(db_url, revocations=args.revocations))
    scheme = "https" if args.tls_cert else "http"
    print(
        f"fieldcase server: {scheme}://{args.host}:{args.port} on {redact(db_url)}",
        file=sys.stderr,
        flush=True,
    )
    if not args.tls_cert and args.host not in ("127.0.0.1", "localhost", "::1"):
        print(
            "fieldcase server: warning: plain HTTP on a network address; envelopes stay "
            "encrypted but device tokens do not: use --tls-cert/--tls-key (see server tls-cert)",
            file=sys.stderr,
        )
    if args.tls_cert:
        from sync.server.tls import fingerprint_file

        print(f"certificate fingerprint: {fingerprint_file(args.tls_cert)}", file=sys.stderr)
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        ssl_certfile=args.tls_cert,
        ssl_keyfile=args.tls_key,
        log_level="info",
        proxy_headers=False,
        # Longer than a client keeps an idle connection (httpx: 5 s). With equal timeouts a
        # laptop could send on a connection the server was closing that instant: under load
        # (tests/integration/test_load.py) some requests failed with an empty read.
        timeout_keep_alive=30,
    )
    return 0


def cmd_enrol_code(args: argparse.Namespace) -> int:
    from sync.server import enrolment

    db = _database(args)
    if args.qr and not args.server_url:
        raise BadInput("--qr needs --server-url: the invitation carries the server's address")
    code = _guard(lambda: enrolment.issue_enrolment_code(db, args.team, hours=args.hours))
    print(code)
    if args.server_url:
        from app.team.invitation import Invitation

        text = Invitation(args.server_url, code, args.tls_fingerprint).to_text()
        print(text)
        if args.qr:
            import segno

            segno.make(text, error="m").save(args.qr, scale=8, border=4)
    print(f"one laptop may join team {args.team} with it within {args.hours:g} h", file=sys.stderr)
    return 0


def cmd_devices(args: argparse.Namespace) -> int:
    from sync.server import devices
    from sync.server.device_routes import device_out

    db = _database(args)
    rows = [device_out(row) for row in devices.list_devices(db, args.team)]
    if args.json:
        print(json.dumps({"devices": rows}, indent=2))
        return 0
    for row in rows:
        print(
            f"{row['device']}\t{row['team']}\t{row['status']}\t{row['role']}\t"
            f"{row['fingerprint']}\t{row['revoke_reason'] or ''}".rstrip()
        )
    return 0


def cmd_approve(args: argparse.Namespace) -> int:
    from sync.server import approvals

    db = _database(args)
    row = _guard(
        lambda: approvals.approve(
            db, args.device, fingerprint=args.fingerprint, supervisor=args.supervisor
        )
    )
    print(f"approved {row.device} ({row.role}, team {row.team}), fingerprint {row.fingerprint}")
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    from sync.server import approvals
    from sync.server.revocations import journal_path

    db = _database(args)
    journal = journal_path(args.db or DEFAULT_DB, args.revocations)
    row = _guard(lambda: approvals.revoke(db, args.device, reason=args.reason, journal=journal))
    print(f"revoked {row.device} (team {row.team})")
    if journal is None:
        print(
            "fieldcase: warning: no revocation journal (--revocations FILE): a restore from an "
            "older backup would let this device back in until a supervisor's laptop syncs",
            file=sys.stderr,
        )
    else:
        print(f"written to the revocation journal {journal}")
    return 0


def cmd_team_key(args: argparse.Namespace) -> int:
    from sync.server import devices

    path = Path(args.file)
    if not path.is_file():
        raise BadInput(f"no such file: {path}")
    db = _database(args)
    sealed = path.read_bytes()
    _guard(lambda: devices.store_team_key(db, device=args.device, sealed=sealed, by="admin"))
    print(f"stored a sealed team key ({len(sealed)} bytes) for {args.device}")
    return 0


def cmd_quarantine(args: argparse.Namespace) -> int:
    from sync.server import store

    db = _database(args)
    if args.purge_older_than is not None:
        gone = store.purge_quarantine(db, args.purge_older_than)
        print(f"deleted {gone} quarantined envelope(s)", file=sys.stderr)
        return 0
    for row in store.quarantined(db, args.limit):
        print(f"{row.received}\t{row.device}\t{row.envelope_id or '-'}\t{row.reason}")
    return 0


def cmd_cleanup_uploads(args: argparse.Namespace) -> int:
    from sync.server import upload_cleanup

    if args.older_than < 0:
        raise BadInput("--older-than is a number of days, 0 or more")
    db = _database(args)
    report = upload_cleanup.remove_abandoned(db, args.older_than)
    left = upload_cleanup.open_uploads(db)
    print(
        f"deleted {report.uploads} abandoned upload(s), {report.bytes / 1_000_000:.1f} MB;"
        f" {left} upload(s) still open"
    )
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from sync.server import backup

    info = _guard(lambda: backup.backup(args.db or DEFAULT_DB, args.out))
    counts = ", ".join(f"{n} {name}" for name, n in info.counts.items())
    print(
        f"wrote {args.out}: {info.kind}, schema {info.revision}, {info.size / 1_000_000:.1f} MB"
        f" ({counts})"
    )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from sync.server import backup

    done = _guard(
        lambda: backup.restore(
            args.db or DEFAULT_DB, args.source, overwrite=args.yes, revocations=args.revocations
        )
    )
    info = done.info
    counts = ", ".join(f"{n} {name}" for name, n in info.counts.items())
    print(
        f"restored the backup of {info.created} (schema {info.revision}; {counts});"
        " laptops push again what it lacks at their next sync"
    )
    if done.journal is None:
        print(
            "no revocation journal found: revoke again every device revoked since the backup"
            " (supervisors' laptops re-send the revocations they know at their next sync)"
        )
    else:
        named = ", ".join(done.revoked_again) or "none"
        print(
            f"replayed the revocation journal {done.journal}: revoked again {named}"
            + (f"; {done.damaged} damaged line(s) skipped" if done.damaged else "")
        )
    return 0


def cmd_tls_cert(args: argparse.Namespace) -> int:
    from sync.server.tls import make_self_signed

    cert, key, fingerprint = make_self_signed(args.out, args.host)
    print(fingerprint)
    print(f"wrote {cert} and {key} (keep the key private)", file=sys.stderr)
    return 0
