"""Backing up and restoring the server's database, and the server's *generation*.

A backup is one file: a first line ``fieldcase-server-backup 1``, a second line of JSON (the
database kind, the schema revision, when, the generation, counts, the payload's SHA-256 and size),
then the payload: a SQLite database made with SQLite's online backup (consistent while laptops
push), or ``pg_dump --format=custom`` for PostgreSQL. It is written to a temporary file beside
``out`` (mode 0600) and renamed into place: whole or not at all.

Restoring puts the payload in place of the database, runs the migrations (a backup of an older
revision is upgraded; a newer one is refused) and gives the server a new generation. Laptops see
the new generation in ``GET /v1/devices/me``, ask which of the envelopes they marked sent the
server still holds (``POST /v1/envelopes/held``) and push again those it lacks
(app/team/synchronise.py); the server takes a second copy of one it holds as ``duplicate``.
The restore also replays the revocation journal (``sync.server.revocations``): no device revoked
after the backup is let back in; and it records when it happened (``server_meta.restored``), for
the laptops enrolled after the backup to register again (``sync.reregistration``).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import secrets
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from urllib.parse import parse_qs, unquote, urlsplit

from sqlalchemy import MetaData, func, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from sync.protocol import ErrorCode
from sync.server import models
from sync.server import revocations as revocation_journal
from sync.server.database import MIGRATIONS, Database, make_engine, normalise_url, now, redact
from sync.server.errors import ServerError

MAGIC = b"fieldcase-server-backup 1\n"
GENERATION = "generation"
GENERATION_SEQ = "generation_seq"
MAX_HELD_IDS = 1000
COUNTED = ("devices", "envelopes", "quarantine", "uploads", "team_directory", "erasures")


class BackupError(ServerError):
    def __init__(self, message: str) -> None:
        super().__init__(ErrorCode.SERVER, message, status=503)


# -- the generation ----------------------------------------------------------------------------


def generation(db: Database) -> dict[str, Any]:
    """``{"generation": id, "generation_seq": n}``: this database's generation and the newest seq
    it held when the generation began."""
    with db.session() as session:
        rows = dict(session.execute(select(models.ServerMeta.key, models.ServerMeta.value)).all())
    return {
        "generation": rows.get(GENERATION),
        "generation_seq": int(rows.get(GENERATION_SEQ) or 0),
    }


def new_generation(db: Database) -> str:
    """Start a new generation (after a restore): a new random id and the newest seq held now."""
    value = secrets.token_hex(16)
    with db.session() as session:
        seq = session.execute(
            select(models.ServerCounter.value).where(models.ServerCounter.id == 1)
        ).scalar_one_or_none()
        for key, item in ((GENERATION, value), (GENERATION_SEQ, str(seq or 0))):
            row = session.get(models.ServerMeta, key)
            if row is None:
                session.add(models.ServerMeta(key=key, value=item))
            else:
                row.value = item
    return value


def held(db: Database, device: str, ids: list[str]) -> list[str]:
    """Which of ``ids`` the server holds as envelopes pushed by ``device`` (no one else's)."""
    if len(ids) > MAX_HELD_IDS:
        raise ServerError(ErrorCode.TOO_LARGE, f"ask about at most {MAX_HELD_IDS} ids at once")
    table = models.Envelope
    with db.session() as session:
        found = session.execute(
            select(table.id).where(table.device == device, table.id.in_(set(ids)))
        ).scalars()
        return sorted(str(i) for i in found)


# -- backup --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BackupInfo:
    kind: str  # "sqlite" or "postgresql"
    revision: str
    created: str
    generation: str | None
    counts: dict[str, int]
    sha256: str
    size: int

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _sqlite_path(url: str) -> Path | None:
    normal = make_url(normalise_url(url))
    if not normal.drivername.startswith("sqlite"):
        return None
    if not normal.database or normal.database == ":memory:":
        raise ServerError(ErrorCode.MALFORMED, "a backup needs a SQLite database file")
    return Path(normal.database)


def _libpq(url: str) -> tuple[str, str | None]:
    """The URL as pg_dump/pg_restore take it, and the schema its search_path option names."""
    plain = normalise_url(url).replace("postgresql+psycopg://", "postgresql://", 1)
    options = " ".join(parse_qs(urlsplit(plain).query).get("options", []))
    found = re.search(r"search_path\s*=\s*([A-Za-z0-9_]+)", unquote(options))
    return plain, found.group(1) if found else None


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise BackupError(
            f"{name} is not installed: install the package postgresql-client (Debian, Ubuntu) "
            "of the server's PostgreSQL version"
        )
    return path


def _facts(engine: Any) -> tuple[str, dict[str, int]]:
    """The schema revision and row counts of a database."""
    tables = set(inspect(engine).get_table_names())
    with engine.connect() as connection:
        revision = ""
        if "alembic_version" in tables:
            revision = str(
                connection.execute(text("SELECT version_num FROM alembic_version")).scalar() or ""
            )
        counts = {
            name: int(connection.execute(select(func.count()).select_from(text(name))).scalar_one())
            for name in COUNTED
            if name in tables
        }
    return revision, counts


def _generation_of(engine: Any) -> str | None:
    if "server_meta" not in inspect(engine).get_table_names():
        return None
    with engine.connect() as connection:
        value = connection.execute(
            text("SELECT value FROM server_meta WHERE key = 'generation'")
        ).scalar()
    return None if value is None else str(value)


@contextlib.contextmanager
def _temporary_beside(path: Path) -> Iterator[Path]:
    """A new private (0600) file in ``path``'s folder, removed unless renamed away."""
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(handle)
    os.chmod(name, 0o600)
    temporary = Path(name)
    try:
        yield temporary
    finally:
        temporary.unlink(missing_ok=True)


@contextlib.contextmanager
def _plain_errors(url: str) -> Iterator[None]:
    """A database that cannot be reached or read: one line naming it, not a traceback."""
    try:
        yield
    except (DBAPIError, sqlite3.Error, OSError) as exc:
        first = (str(exc).strip().splitlines() or [exc.__class__.__name__])[0]
        raise BackupError(f"{redact(url)}: {first}") from exc


def backup(url: str, out: str | Path) -> BackupInfo:
    """A consistent snapshot of the server database at ``url`` in the file ``out``."""
    with _plain_errors(url):
        return _backup(url, out)


def _backup(url: str, out: str | Path) -> BackupInfo:
    target = Path(out).expanduser().resolve()
    if not target.parent.is_dir():
        raise ServerError(ErrorCode.MALFORMED, f"no such folder: {target.parent}")
    path = _sqlite_path(url)
    if path is not None and not path.is_file():
        raise ServerError(ErrorCode.NOT_FOUND, f"no database at {path}")
    with _temporary_beside(target) as payload, _temporary_beside(target) as whole:
        if path is not None:
            kind = "sqlite"
            source = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
            copy = sqlite3.connect(payload)
            try:
                source.backup(copy)  # SQLite's online backup: one consistent snapshot
                copy.execute("PRAGMA journal_mode=DELETE")
            finally:
                copy.close()
                source.close()
            engine = make_engine(f"sqlite:///{payload}")
        else:
            kind = "postgresql"
            plain, schema = _libpq(url)
            command = [_tool("pg_dump"), "--format=custom", "--no-owner", f"--file={payload}"]
            if schema:
                command.append(f"--schema={schema}")
            _run([*command, f"--dbname={plain}"], url)
            engine = make_engine(url)  # pg_dump's snapshot is consistent; the counts near it
        try:
            revision, counts = _facts(engine)
            current = _generation_of(engine)
        finally:
            engine.dispose()
        info = BackupInfo(
            kind=kind,
            revision=revision,
            created=now(),
            generation=current,
            counts=counts,
            sha256=_sha256(payload),
            size=payload.stat().st_size,
        )
        with whole.open("wb") as sink, payload.open("rb") as source_file:
            sink.write(MAGIC)
            sink.write(json.dumps(info.to_json(), sort_keys=True).encode() + b"\n")
            shutil.copyfileobj(source_file, sink, 1 << 20)
            sink.flush()
            os.fsync(sink.fileno())
        os.replace(whole, target)
    _fsync_folder(target.parent)
    return info


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as source:
        for block in iter(lambda: source.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def _run(command: list[str], url: str) -> None:
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        lines = [line for line in done.stderr.strip().splitlines() if line.strip()]
        first = lines[0] if lines else f"exit code {done.returncode}"
        raise BackupError(f"{Path(command[0]).name} failed on {redact(url)}: {first}")


# -- restore -------------------------------------------------------------------------------------


def read_header(source: IO[bytes]) -> BackupInfo:
    if source.readline(64) != MAGIC:
        raise ServerError(ErrorCode.MALFORMED, "not a fieldcase server backup")
    try:
        fields = json.loads(source.readline(1 << 16))
        return BackupInfo(**fields)
    except (ValueError, TypeError) as exc:
        raise ServerError(ErrorCode.MALFORMED, "the backup's header is damaged") from exc


def _known_revisions() -> list[str]:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return [s.revision for s in ScriptDirectory.from_config(config).walk_revisions()]


@dataclass(frozen=True)
class Restored:
    info: BackupInfo
    journal: Path | None
    """The revocation journal replayed (None: none is configured, or no such file)."""
    revoked_again: list[str]
    """Devices the journal names that the backup held unrevoked, or did not hold at all."""
    damaged: int
    """Lines of the journal that could not be read."""


def restore(
    url: str,
    source_file: str | Path,
    *,
    overwrite: bool = False,
    revocations: str | Path | None = None,
) -> Restored:
    """Put the backup ``source_file`` in place of the database at ``url``, upgrade it to this
    program's schema, revoke again every device of the revocation journal (``revocations``, else
    its default place: ``sync.server.revocations``) and start a new generation. Stop every server
    process on it first."""
    with _plain_errors(url):
        info = _restore(url, source_file, overwrite=overwrite)
    from sync.server.database import open_database

    journal = revocation_journal.journal_path(url, revocations)
    if revocations is not None and journal is not None and not journal.is_file():
        raise ServerError(ErrorCode.NOT_FOUND, f"no revocation journal at {journal}")
    db = open_database(url)
    try:
        again, damaged = _replay(db, journal)
        _mark_restored(db)
    finally:
        db.dispose()
    found = journal if journal is not None and journal.is_file() else None
    return Restored(info, found, again, damaged)


def _replay(db: Database, journal: Path | None) -> tuple[list[str], int]:
    """Revoke again what the journal names; the devices that changed, and damaged lines."""
    if journal is None or not journal.is_file():
        return [], 0
    from sync.server import restored_devices

    entries, damaged = revocation_journal.read(journal)
    again = []
    for entry in entries:
        try:
            changed = restored_devices.revoke_recorded(db, entry)
        except ServerError:  # a line that reads but names nothing valid
            damaged += 1
            continue
        if changed:
            again.append(entry.device)
    return again, damaged


def _mark_restored(db: Database) -> None:
    from sync.server.restored_devices import RESTORED

    with db.session() as session:
        row = session.get(models.ServerMeta, RESTORED)
        if row is None:
            session.add(models.ServerMeta(key=RESTORED, value=now()))
        else:
            row.value = now()


def _restore(url: str, source_file: str | Path, *, overwrite: bool) -> BackupInfo:
    source_path = Path(source_file).expanduser()
    if not source_path.is_file():
        raise ServerError(ErrorCode.NOT_FOUND, f"no such file: {source_path}")
    with source_path.open("rb") as source:
        info = read_header(source)
        offset = source.tell()
    if info.revision not in _known_revisions():
        raise ServerError(
            ErrorCode.CONFLICT,
            f"the backup is of schema revision {info.revision or '?'}, which this fieldcase does "
            "not know: restore it with the fieldcase version that made it, or a newer one",
        )
    path = _sqlite_path(url)
    if (path is None) != (info.kind == "postgresql"):
        where = "SQLite" if path is not None else "PostgreSQL"
        raise ServerError(
            ErrorCode.MALFORMED, f"a {info.kind} backup cannot be restored into {where}"
        )
    has_data = _has_data(url, path)
    if has_data and not overwrite:
        raise ServerError(
            ErrorCode.CONFLICT,
            f"{redact(url)} holds data ({has_data}): add --yes to replace it with the backup",
        )
    folder = path.parent if path is not None else Path(tempfile.gettempdir())
    with _temporary_beside(folder / "restore") as payload:
        with source_path.open("rb") as source, payload.open("wb") as sink:
            source.seek(offset)
            shutil.copyfileobj(source, sink, 1 << 20)
        if _sha256(payload) != info.sha256:
            raise ServerError(ErrorCode.MALFORMED, "the backup is damaged (its SHA-256 differs)")
        if path is not None:
            _restore_sqlite(payload, path)
        else:
            _restore_postgresql(payload, url)
    from sync.server.database import open_database  # migrates: an older backup is upgraded

    db = open_database(url)
    try:
        new_generation(db)
    finally:
        db.dispose()
    return info


def _has_data(url: str, path: Path | None) -> str:
    """What the database holds (``"12 envelopes, 3 devices"``), or "" when empty or absent."""
    if path is not None and not path.exists():
        return ""
    engine = make_engine(url)
    try:
        _, counts = _facts(engine)
    finally:
        engine.dispose()
    return ", ".join(f"{n} {name}" for name, n in counts.items() if n)


def _restore_sqlite(payload: Path, path: Path) -> None:
    source = sqlite3.connect(f"file:{payload}?mode=ro", uri=True)
    target = sqlite3.connect(path, timeout=30)
    try:
        source.backup(target)  # page by page into the live file, its WAL handled by SQLite
    finally:
        target.close()
        source.close()


def _restore_postgresql(payload: Path, url: str) -> None:
    plain, schema = _libpq(url)
    engine = make_engine(url)
    try:  # every table of the server's schema goes; the dump brings its own
        metadata = MetaData(schema=None)
        metadata.reflect(engine)
        metadata.drop_all(engine)
    finally:
        engine.dispose()
    command = [_tool("pg_restore"), "--no-owner", "--single-transaction", "--exit-on-error"]
    if schema:
        command.append(f"--schema={schema}")
    _run([*command, f"--dbname={plain}", str(payload)], url)
