"""The workspace database's migrations, in order. Add new ones at the end; never edit a shipped one."""

from __future__ import annotations

from app.store import Migration, Store


def _initial(store: Store) -> None:
    store.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    store.execute(
        """CREATE TABLE users (
            name TEXT PRIMARY KEY,
            role TEXT NOT NULL CHECK (role IN ('supervisor', 'social_worker', 'interpreter')),
            disabled INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            created_by TEXT
        )"""
    )
    store.execute(
        """CREATE TABLE audit (
            seq INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user TEXT NOT NULL,
            action TEXT NOT NULL,
            object TEXT NOT NULL,
            detail TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        )"""
    )


def _records(store: Store) -> None:
    # One row per draft (not one per answer): a keystroke saved rewrites one row.
    store.execute(
        """CREATE TABLE drafts (
            id TEXT PRIMARY KEY,
            form_id TEXT NOT NULL,
            form_version TEXT NOT NULL,
            owner TEXT NOT NULL,
            interpreter TEXT,
            data TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    store.execute(
        """CREATE TABLE submissions (
            id TEXT PRIMARY KEY,
            form_id TEXT NOT NULL,
            form_version TEXT NOT NULL,
            author TEXT NOT NULL,
            interpreter TEXT,
            data TEXT NOT NULL,
            created_at TEXT NOT NULL
        )"""
    )
    store.execute("CREATE INDEX submissions_by_form ON submissions (form_id, created_at)")


MIGRATIONS = [
    Migration("0001_initial", _initial),
    Migration("0002_records", _records),
]
