"""The server's database: a URL, an engine, and the Alembic migrations run at start-up.

URLs: a plain path or ``sqlite:///PATH`` (the default, one file), ``postgresql://...`` (mapped to
the psycopg 3 driver, ``postgresql+psycopg://``) for deployments where several server processes
share one database. Nothing that matters lives in a process: sequence numbers, codes and tokens
are all in the database.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from sync.protocol import ErrorCode
from sync.server.errors import ServerError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
DEFAULT_DB = "sqlite:///fieldcase-server.db"


def normalise_url(url: str) -> str:
    """``postgresql://`` and ``postgres://`` -> psycopg 3; a bare path -> SQLite."""
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    scheme, rest = url.split("://", 1)
    if scheme in ("postgresql", "postgres"):
        return f"postgresql+psycopg://{rest}"
    if scheme in ("postgresql+psycopg", "sqlite", "sqlite+pysqlite"):
        return url
    raise ServerError(
        ErrorCode.MALFORMED,
        f"unsupported database URL scheme {scheme!r}: use a SQLite path or postgresql://...",
        status=400,
    )


def redact(url: str) -> str:
    """The URL without its password, for messages and logs."""
    return make_url(normalise_url(url)).render_as_string(hide_password=True)


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")  # an acknowledgement survives a power cut too
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA secure_delete=ON")  # an erased case's dropped bodies are zeroed
    cursor.close()


def make_engine(url: str) -> Engine:
    normal = normalise_url(url)
    if normal.startswith("sqlite"):
        engine = create_engine(normal, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(normal, pool_pre_ping=True)


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision (idempotent; safe from several processes on PG)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        connection.commit()


@dataclass
class Database:
    engine: Engine
    sessions: sessionmaker[Session]

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends normally, rolled back otherwise."""
        with self.sessions.begin() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str) -> Database:
    engine = make_engine(url)
    try:
        migrate(engine)
    except ServerError:
        raise
    except Exception as exc:
        engine.dispose()
        first_line = (str(exc).strip().splitlines() or [exc.__class__.__name__])[0]
        raise ServerError(
            ErrorCode.SERVER, f"cannot open the database {redact(url)}: {first_line}", status=503
        ) from exc
    return Database(engine, sessionmaker(engine, expire_on_commit=False))
