"""``fieldcase release ...`` and ``fieldcase update``: sign releases, check them, install one.

For the project's release manager (on the offline machine that holds the secret key)::

    release keygen --secret FILE --public FILE [--unencrypted]   passphrase on standard input
    release sign DIR --key FILE --version V [--platform P]       writes DIR/fieldcase-release.json
                                                                 and its .minisig
For anyone::

    release verify DIR|ARCHIVE        signature, every file's size and SHA-256, nothing extra
    update --from DIR|ARCHIVE         verify, refuse an older or the same version, install
    update --from-server --workspace W --user U --password-stdin
                                      the same, for the release the team's server announces
    update --rollback VERSION         start an earlier installed version again
For a server's administrator::

    release publish DIR --db URL      verify, then copy into the server's release storage

Verification always uses the release keys shipped inside this program (app/system/release_keys);
no option adds one. Exit codes: 0 verified (and installed), 1 refused or failed, 2 bad usage.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from app.errors import BadInput


def register(sub: Any) -> None:
    release: argparse.ArgumentParser = sub.add_parser(
        "release", help="sign, verify and publish fieldcase releases (signed manifests)"
    )
    commands = release.add_subparsers(dest="release_command", metavar="SUBCOMMAND", required=True)

    keygen = commands.add_parser(
        "keygen",
        help="make a release key pair (minisign format)",
        description="Make a release key pair. Standard input: the passphrase that encrypts the "
        "secret key (one line), unless --unencrypted.",
    )
    keygen.add_argument("--secret", required=True, type=Path, help="secret key file to write")
    keygen.add_argument("--public", required=True, type=Path, help="public key file to write")
    keygen.add_argument(
        "--unencrypted",
        action="store_true",
        help="do not encrypt the secret key (only on a machine that is itself encrypted)",
    )
    keygen.set_defaults(handler=_keygen)

    sign = commands.add_parser(
        "sign",
        help="write a release folder's signed manifest",
        description="List every file of DIR with its size and SHA-256 and sign the list. "
        "Standard input: the secret key's passphrase (one line), when it is encrypted.",
    )
    sign.add_argument("folder", type=Path, metavar="DIR", help="the bundle folder to release")
    sign.add_argument("--key", required=True, type=Path, help="the secret key file")
    sign.add_argument("--version", required=True, help="the release's version, e.g. 0.2.0")
    sign.add_argument("--platform", help="what it runs on (this computer's, e.g. linux-x86_64)")
    sign.set_defaults(handler=_sign)

    verify = commands.add_parser(
        "verify", help="check a release folder or archive against the shipped release keys"
    )
    verify.add_argument("source", type=Path, metavar="DIR|ARCHIVE")
    verify.add_argument("--json", action="store_true", help="print one JSON object")
    verify.set_defaults(handler=_verify)

    publish = commands.add_parser(
        "publish", help="verify a release and copy it into a sync server's release storage"
    )
    publish.add_argument("source", type=Path, metavar="DIR|ARCHIVE")
    publish.add_argument("--db", default="sqlite:///fieldcase-server.db", help="server database")
    publish.set_defaults(handler=_publish)

    update = sub.add_parser(
        "update",
        help="install a newer fieldcase from a folder, an archive or the team's server",
        description="Verify a release (signature, every file, newer than this one) and install "
        "it beside the running version; the running version is kept for a rollback.",
    )
    source = update.add_mutually_exclusive_group(required=True)
    source.add_argument("--from", dest="source", type=Path, metavar="DIR|ARCHIVE")
    source.add_argument(
        "--from-server", action="store_true", help="the release the team's server announces"
    )
    source.add_argument("--rollback", metavar="VERSION", help="start an installed version again")
    update.add_argument("--workspace", help="with --from-server: the workspace that syncs")
    update.add_argument("--user", help="with --from-server: your user name")
    update.add_argument("--password-stdin", action="store_true", help="read the password")
    update.set_defaults(handler=_update)


def _keygen(args: argparse.Namespace) -> int:
    from app.cli.main import read_secret_lines
    from app.system.releases.minisign import SecretKey, write_private

    for path in (args.secret, args.public):
        if path.exists():
            raise BadInput(f"{path} exists already: a key is never overwritten")
    passphrase = None
    if not args.unencrypted:
        (passphrase,) = read_secret_lines(1)
        if len(passphrase) < 12:
            raise BadInput("the passphrase is too short (12 characters or more)")
    key = SecretKey.generate()
    write_private(args.secret, key.text(passphrase))
    args.public.write_text(key.public_key().text(), "ascii")
    if passphrase is None:
        print(
            "fieldcase: warning: the secret key is NOT encrypted; keep it on an encrypted, "
            "offline disk only",
            file=sys.stderr,
        )
    print(f"release key {key.key_id_hex}: secret {args.secret}, public {args.public}")
    return 0


def _sign(args: argparse.Namespace) -> int:
    from app.cli.main import read_secret_lines
    from app.system.releases.manifest import sign_release, this_platform
    from app.system.releases.minisign import SecretKey

    text = args.key.read_text("ascii")
    passphrase = read_secret_lines(1)[0] if SecretKey.encrypted(text) else None
    key = SecretKey.parse(text, passphrase)
    if not args.folder.is_dir():
        raise BadInput(f"{args.folder} is not a folder")
    release = sign_release(args.folder, key, args.version, args.platform or this_platform())
    print(
        f"signed fieldcase {release.version} for {release.platform}: {len(release.files)} files,"
        f" {release.size} bytes, key {release.signer}"
    )
    return 0


def _verify(args: argparse.Namespace) -> int:
    from app.system.releases.install import unpacked
    from app.system.releases.manifest import verify_release
    from app.system.releases.trust import shipped_keys

    with tempfile.TemporaryDirectory(prefix="fieldcase-verify-") as scratch:
        with unpacked(args.source, Path(scratch)) as folder:
            release = verify_release(folder, shipped_keys())
    if args.json:
        summary = {
            "version": release.version,
            "platform": release.platform,
            "signer": release.signer,
            "files": len(release.files),
            "bytes": release.size,
            "verified": True,
        }
        print(json.dumps(summary))
    else:
        print(_verified_line(release.version, release.platform, release.signer))
    return 0


def _publish(args: argparse.Namespace) -> int:
    from app.system.releases.install import unpacked
    from app.system.releases.manifest import verify_release
    from app.system.releases.trust import shipped_keys
    from sync.server.releases import add, releases_folder

    with tempfile.TemporaryDirectory(prefix="fieldcase-publish-") as scratch:
        with unpacked(args.source, Path(scratch)) as folder:
            release = verify_release(folder, shipped_keys())
            where = add(folder, releases_folder(args.db), release.version, release.platform)
    print(
        f"{_verified_line(release.version, release.platform, release.signer)}; served from {where}"
    )
    return 0


def _update(args: argparse.Namespace) -> int:
    from app.system.releases.install import (
        NotAnInstall,
        check_update,
        install,
        install_root,
        roll_back,
        running_version,
    )
    from app.system.releases.trust import shipped_keys

    if args.rollback:
        roll_back(install_root(), args.rollback)
        print(f"version {args.rollback} starts next time")
        return 0
    running = running_version()
    with tempfile.TemporaryDirectory(prefix="fieldcase-download-") as scratch:
        source = _downloaded(args, Path(scratch)) if args.from_server else args.source
        try:
            root = install_root()
        except NotAnInstall as refusal:
            release = check_update(source, running=running, trusted=shipped_keys())
            print(_verified_line(release.version, release.platform, release.signer))
            raise refusal
        done = install(source, root=root, running=running, trusted=shipped_keys())
    release = done.release
    print(
        f"{_verified_line(release.version, release.platform, release.signer)}; installed in "
        f"{done.folder}; it starts next time (version {done.previous} is kept)"
    )
    return 0


def _downloaded(args: argparse.Namespace, into: Path) -> Path:
    """The release the team's server announces, downloaded into ``into`` (verified later)."""
    from app.cli.main import read_secret_lines
    from app.system.releases.manifest import files_to_fetch, this_platform
    from app.system.releases.trust import shipped_keys
    from app.team.case_book import case_book
    from app.team.release_news import download
    from app.workspace.folder import Workspace

    if not (args.workspace and args.user and args.password_stdin):
        raise BadInput("--from-server needs --workspace, --user and --password-stdin")
    (password,) = read_secret_lines(1)
    session = Workspace.at(args.workspace).login(args.user, password)
    try:
        book = case_book(session)

        def files_of(manifest: bytes, signature: str) -> list[tuple[str, int, str | None]]:
            return files_to_fetch(manifest, signature, shipped_keys())

        download(book, this_platform(), into, files_of)
    finally:
        session.lock()
    return into


def _verified_line(version: str, platform: str, signer: str) -> str:
    return f"fieldcase {version} for {platform}: verified, signed by release key {signer}"
