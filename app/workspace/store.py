"""The encrypted store: one SQLCipher 4 connection, its owner, transactions and migrations.

- The key is the workspace's 256-bit raw key (``PRAGMA key = "x'..'"``): no passphrase KDF inside
  SQLCipher, because the keyslots already did the slow part. SQLCipher's defaults are kept
  (AES-256-CBC, a per-page HMAC, 256 000-iteration KDF unused with a raw key, 4096-byte pages),
  except the page HMAC's hash: a new database takes HMAC-SHA256 where this laptop's processor
  computes it faster than HMAC-SHA512 (those with SHA extensions: about 2.4x here), HMAC-SHA512
  elsewhere (``page_hmac``). Every save writes at least one page, so this is most of what
  encryption adds to a commit. An existing database is opened with the HMAC it was written with
  (the other is tried when the first does not verify page 1): nothing is converted.
- WAL journal, ``synchronous=FULL`` (a committed transaction survives a power cut, not just a killed
  process), ``secure_delete`` on, temporary tables in memory: nothing touches disk unencrypted.
- SQLCipher's own log is silenced: it prints to stderr on a wrong key.
- One thread owns the connection (sqlite's ``check_same_thread``); ``atomic()`` nests with
  savepoints; migrations are registered by name, recorded in ``_migrations``, each in its own
  transaction.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import os
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3

from app.errors import StorageFull, WorkspaceDamaged
from app.workspace.durable import read_only_workspace

Params = Sequence[Any] | dict[str, Any]


@dataclass(frozen=True)
class Migration:
    name: str
    apply: Callable[[Store], None]


def _is_storage_full(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "full" in text or "disk i/o error" in text or "file too large" in text


@contextmanager
def _full_disk_is_storage_full() -> Iterator[None]:
    try:
        yield
    except (sqlcipher3.OperationalError, sqlite3.OperationalError) as exc:
        if _is_storage_full(exc):
            raise StorageFull(
                "the disk is full: this change was not saved; nothing earlier was lost"
            ) from exc
        raise


DAMAGED = (
    "the workspace database is damaged (a page failed its integrity check); `fieldcase salvage`"
    " copies what can still be trusted into a new workspace"
)


def _is_damage(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


BUSY_TIMEOUT_MS = 60_000
# SQLCipher decrypts a page again each time it leaves its page cache (the operating system's
# cache holds only ciphertext): the cache is sized from the workspace, half the database file,
# between SQLite's default 8 MiB and 64 MiB (at 10,000 cases, 74 MB, a search keystroke's p95 went
# from 141 ms with 8 MiB to 38 ms with 32 MiB, as plain SQLite; docs/performance.md).
CACHE_MIN_KIB = 8 * 1024
CACHE_MAX_KIB = 64 * 1024


def cache_kib(path: Path) -> int:
    """The page cache for the database at ``path``, in KiB."""
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    return max(CACHE_MIN_KIB, min(CACHE_MAX_KIB, size // 2 // 1024))


# The page HMACs SQLCipher 4 offers that fieldcase uses; both keyed from the workspace key, both
# with the whole digest kept in each page's reserve (64 or 32 bytes). docs/security.md.
HMAC_SHA512 = "HMAC_SHA512"
HMAC_SHA256 = "HMAC_SHA256"
PAGE_HMACS = (HMAC_SHA512, HMAC_SHA256)


@functools.cache
def page_hmac() -> str:
    """The page HMAC a new database on this laptop takes: HMAC-SHA256 when this processor computes
    it at least a third faster than HMAC-SHA512 (it has SHA extensions, as most laptops since
    about 2019 do: 2.4x faster here), else HMAC-SHA512 (without them SHA-512 is the faster of the
    two on a 64-bit processor). Timed once a process, about a millisecond, each side its best of
    several turns taken in alternation; a choice the noise gets wrong costs speed, never safety."""
    page, key = bytes(4096), bytes(32)
    best = {"sha256": float("inf"), "sha512": float("inf")}
    for _ in range(5):
        for name in best:
            start = time.perf_counter()
            for _ in range(8):
                hmac.new(key, page, getattr(hashlib, name)).digest()
            best[name] = min(best[name], time.perf_counter() - start)
    return HMAC_SHA256 if best["sha256"] < 0.75 * best["sha512"] else HMAC_SHA512


_WAITING: Counter[str] = Counter()
"""Connections of this process waiting to begin a write transaction, by database file."""
_WAITING_LOCK = threading.Lock()


class Store:
    """A wrapper over a connection that was opened (and keyed) in exactly one place: ``open``."""

    def __init__(self, connection: Any, path: Path | None = None) -> None:
        self._conn = connection
        self._depth = 0
        self._damaged = False  # a page failed its HMAC: SQLCipher then refuses every write
        self._file = str(path.resolve()) if path is not None else None

    @contextmanager
    def _damage_is_workspace_damaged(self) -> Iterator[None]:
        try:
            yield
        except (sqlcipher3.DatabaseError, sqlite3.DatabaseError) as exc:
            if _is_damage(exc) or (self._damaged and "readonly" in str(exc).lower()):
                self._damaged = True
                raise WorkspaceDamaged(DAMAGED) from exc
            raise

    @classmethod
    def open(cls, path: Path, key: bytes | bytearray, new_page_hmac: str | None = None) -> Store:
        """Open (or create) the database at ``path`` under ``key``. A new database takes
        ``new_page_hmac`` (default: ``page_hmac()``, this laptop's faster one); an existing one is
        read with the page HMAC it was written with, whichever of ``PAGE_HMACS`` verifies."""
        if len(key) != 32:
            raise ValueError("the workspace key is 32 bytes")
        first = new_page_hmac or page_hmac()
        if first not in PAGE_HMACS:
            raise ValueError(f"the page HMAC is one of {', '.join(PAGE_HMACS)}")
        tries = [first] + [h for h in PAGE_HMACS if h != first]
        conn = cls._keyed(path, key, tries.pop(0))
        try:
            while True:
                try:
                    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                    break
                except sqlcipher3.DatabaseError as exc:
                    if not tries or not _is_damage(exc):
                        raise
                    conn.close()  # page 1 did not verify: written with the other HMAC?
                    conn = cls._keyed(path, key, tries.pop(0))
            conn.execute("PRAGMA journal_mode = WAL").fetchone()
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute("PRAGMA temp_store = MEMORY")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute(f"PRAGMA cache_size = -{cache_kib(path)}")
            # A sync round writes through its own connection (app/ui/sync_status.py): a writer
            # waits for the other's transaction to end instead of failing at once.
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        except sqlcipher3.DatabaseError as exc:
            conn.close()
            if _is_storage_full(exc):
                raise StorageFull(
                    "the disk is full: the workspace cannot be opened until space is freed"
                ) from exc
            if not all(os.access(p, os.W_OK) for p in (path, path.parent)):
                raise read_only_workspace(path.parent) from exc  # not damaged: not writable
            raise WorkspaceDamaged(
                "the workspace database cannot be read with this workspace's key "
                "(the file is damaged or belongs to another workspace)"
            ) from exc
        return cls(conn, path)

    @staticmethod
    def _keyed(path: Path, key: bytes | bytearray, hmac_algorithm: str) -> Any:
        """A connection keyed and set to read pages with ``hmac_algorithm``; nothing read yet."""
        try:
            conn = sqlcipher3.connect(str(path), isolation_level=None)
        except sqlcipher3.Error as exc:
            raise WorkspaceDamaged(f"cannot open the workspace database: {exc}") from exc
        conn.row_factory = sqlcipher3.Row
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
            conn.execute(f"PRAGMA cipher_hmac_algorithm = {hmac_algorithm}")
        except BaseException:
            conn.close()
            raise
        return conn

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            finally:
                self._conn = None

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def _connection(self) -> Any:
        if self._conn is None:
            raise WorkspaceDamaged("the workspace is locked")
        return self._conn

    # -- statements ---------------------------------------------------------------------------

    def execute(self, sql: str, params: Params = ()) -> int:
        """Run one statement; returns the number of rows changed."""
        with self._damage_is_workspace_damaged(), _full_disk_is_storage_full():
            cursor = self._connection().execute(sql, params)
        return int(cursor.rowcount)

    def executemany(self, sql: str, rows: Sequence[Params]) -> None:
        with self._damage_is_workspace_damaged(), _full_disk_is_storage_full():
            self._connection().executemany(sql, rows)

    def query(self, sql: str, params: Params = ()) -> list[Any]:
        with self._damage_is_workspace_damaged():
            return list(self._connection().execute(sql, params).fetchall())

    def query_one(self, sql: str, params: Params = ()) -> Any | None:
        with self._damage_is_workspace_damaged():
            return self._connection().execute(sql, params).fetchone()

    def scalar(self, sql: str, params: Params = ()) -> Any:
        row = self.query_one(sql, params)
        return None if row is None else row[0]

    # -- transactions -------------------------------------------------------------------------

    @contextmanager
    def atomic(self) -> Iterator[Store]:
        """A transaction, or a savepoint inside one. Everything in it is committed or nothing is."""
        conn = self._connection()
        depth = self._depth
        name = f"sp{depth}"
        try:
            with self._damage_is_workspace_damaged(), self._waiting_to_write(depth == 0):
                conn.execute("BEGIN IMMEDIATE" if depth == 0 else f"SAVEPOINT {name}")
        except (sqlcipher3.OperationalError, sqlite3.OperationalError) as exc:
            if _is_storage_full(exc):
                raise StorageFull("the disk is full: nothing could be saved") from exc
            raise
        self._depth += 1
        try:
            yield self
        except BaseException:
            self._depth = depth
            self._rollback(depth, name)
            raise
        self._depth = depth
        try:
            conn.execute("COMMIT" if depth == 0 else f"RELEASE {name}")
        except (sqlcipher3.OperationalError, sqlite3.OperationalError) as exc:
            self._rollback(depth, name)
            if _is_storage_full(exc):
                raise StorageFull(
                    "the disk is full: this change was not saved; nothing earlier was lost"
                ) from exc
            raise

    @contextmanager
    def _waiting_to_write(self, beginning: bool) -> Iterator[None]:
        """While this connection waits to begin a write transaction, the others of this process
        on the same database know it (``writers_waiting``)."""
        if not beginning or self._file is None:
            yield
            return
        with _WAITING_LOCK:
            _WAITING[self._file] += 1
        try:
            yield
        finally:
            with _WAITING_LOCK:
                _WAITING[self._file] -= 1
                if not _WAITING[self._file]:
                    del _WAITING[self._file]

    def writers_waiting(self) -> int:
        """How many other connections of this process wait to begin a write transaction on this
        database now. A long write (a sync round applying thousands of envelopes) commits early
        when one does, so a draft's save waits for one page of envelopes, not for all of them.
        Connections of other processes (the command line) are not seen: they wait, as before."""
        if self._file is None:
            return 0
        with _WAITING_LOCK:
            return _WAITING[self._file]

    def _rollback(self, depth: int, name: str) -> None:
        conn = self._connection()
        if not conn.in_transaction:
            return  # sqlite already rolled back (it does so itself on SQLITE_FULL)
        try:
            if depth == 0:
                conn.execute("ROLLBACK")
            else:
                conn.execute(f"ROLLBACK TO {name}")
                conn.execute(f"RELEASE {name}")
        except (sqlcipher3.OperationalError, sqlite3.OperationalError):
            pass

    # -- migrations ---------------------------------------------------------------------------

    def migrate(self, migrations: Sequence[Migration]) -> list[str]:
        """Apply the migrations not yet recorded, in order; returns the names applied now."""
        self.execute(
            "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
        )
        done = {row[0] for row in self.query("SELECT name FROM _migrations")}
        applied = []
        for migration in migrations:
            if migration.name in done:
                continue
            with self.atomic():
                migration.apply(self)
                self.execute(
                    "INSERT INTO _migrations (name, applied_at) VALUES (?, datetime('now'))",
                    (migration.name,),
                )
            applied.append(migration.name)
        return applied

    # -- checks -------------------------------------------------------------------------------

    def integrity_check(self, quick: bool = False, leave_out: Collection[str] = ()) -> list[str]:
        """``PRAGMA integrity_check`` and SQLCipher's per-page HMAC check of every page of the
        file (``cipher_integrity_check``); empty when all is well, at most 100 problems listed.

        ``quick``: ``PRAGMA quick_check`` alone, which reads every page of every table and index
        once (SQLCipher checks each page's HMAC as it reads it) but leaves out matching each
        index against its table, and the free pages; on a page that fails its HMAC the file's
        pages are then checked one by one to name it. ``leave_out``: tables (and their indexes)
        the quick check does not read, such as those rebuilt from others.

        The write-ahead log is checkpointed first. A checkpoint cut short (the disk filled up, the
        power went) can leave a half-written page past the end of the database file; its whole
        content is still in the log, which readers use, so nothing is lost, but SQLCipher's page
        check reads the file and would call that page damaged. Finishing the checkpoint rewrites
        it from the log; a page damaged where the log cannot restore it is still reported."""
        try:
            self.checkpoint()
        except (sqlcipher3.Error, sqlite3.Error):
            pass  # e.g. the disk is still full: check what is there
        pages = "PRAGMA cipher_integrity_check"
        if not quick:
            problems = [r[0] for r in self.query("PRAGMA integrity_check(100)") if r[0] != "ok"]
            return problems + [str(r[0]) for r in self.query(pages)][:100]
        checks = ["PRAGMA quick_check(100)"]
        if leave_out:
            tables = self.query("SELECT name FROM sqlite_schema WHERE type = 'table'")
            checks = [f'PRAGMA quick_check("{r[0]}")' for r in tables if r[0] not in leave_out]
        try:
            found = [str(r[0]) for pragma in checks for r in self.query(pragma) if r[0] != "ok"]
        except WorkspaceDamaged:
            return [str(r[0]) for r in self.query(pages)][:100] or [DAMAGED]
        return found[:100]

    def checkpoint(self) -> None:
        self._connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
