"""Migrations of what interviews write and read: drafts and submissions, published and withdrawn
form versions, the shipped versions kept for old drafts, and attachments (with the sealed
attachment envelopes waiting for upload or being downloaded).

Never edit a shipped migration: app/workspace/schema.py applies each once, by name, in order.
"""

from __future__ import annotations

from app.workspace.store import Store


def records(store: Store) -> None:
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


def forms(store: Store) -> None:
    # Form versions published by a supervisor (here, or arrived signed from a supervisor's
    # device). A (form id, version) is written once and never changed: app/team/form_versions.py.
    store.execute(
        """CREATE TABLE forms (
            form_id TEXT NOT NULL,
            version TEXT NOT NULL,
            title TEXT NOT NULL,
            xform TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            file_name TEXT NOT NULL,
            file_data BLOB NOT NULL,
            published_by TEXT NOT NULL,
            published_at TEXT NOT NULL,
            device TEXT NOT NULL,
            envelope_id TEXT NOT NULL,
            installed_at TEXT NOT NULL,
            PRIMARY KEY (form_id, version)
        )"""
    )
    # Withdrawn versions (shipped or published): no new interviews on them; drafts and
    # submissions made on them stay valid.
    store.execute(
        """CREATE TABLE form_withdrawals (
            form_id TEXT NOT NULL,
            version TEXT NOT NULL,
            withdrawn_by TEXT NOT NULL,
            withdrawn_at TEXT NOT NULL,
            reason TEXT NOT NULL,
            device TEXT NOT NULL,
            envelope_id TEXT NOT NULL,
            PRIMARY KEY (form_id, version)
        ) WITHOUT ROWID"""
    )


def attachments(store: Store) -> None:
    # Photos and scans answering image/file questions (app/interviews/attachments.py). Their bytes live in
    # ``attachment_chunks`` (256 KiB rows, never a loose file); the same table holds a sealed
    # attachment envelope waiting for upload ("sealed:<id>") and a download in progress
    # ("partial:<id>"), so both resume after a dropped connection or a restart.
    store.execute(
        """CREATE TABLE attachments (
            id TEXT PRIMARY KEY,
            file_name TEXT NOT NULL UNIQUE,
            original_name TEXT NOT NULL,
            media_type TEXT NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            question TEXT NOT NULL,
            draft_id TEXT,
            submission_id TEXT,
            device TEXT NOT NULL,
            created_at TEXT NOT NULL
        )"""
    )
    store.execute("CREATE INDEX attachments_by_draft ON attachments (draft_id)")
    store.execute("CREATE INDEX attachments_by_submission ON attachments (submission_id)")
    store.execute(
        """CREATE TABLE attachment_chunks (
            blob TEXT NOT NULL,
            n INTEGER NOT NULL,
            data BLOB NOT NULL,
            PRIMARY KEY (blob, n)
        )"""
    )
    # Sealed attachment envelopes of this laptop, waiting for (or done with) a chunked upload.
    store.execute(
        """CREATE TABLE attachment_outbox (
            envelope_id TEXT PRIMARY KEY,
            submission_id TEXT NOT NULL,
            wire TEXT NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            created_at TEXT NOT NULL,
            sent_at TEXT,
            refused TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT
        )"""
    )
    # Attachments other laptops made, named by a submission this laptop received, to fetch.
    store.execute(
        """CREATE TABLE attachment_downloads (
            envelope_id TEXT PRIMARY KEY,
            submission_id TEXT NOT NULL,
            wire TEXT,
            size INTEGER,
            received INTEGER NOT NULL DEFAULT 0,
            refused TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT
        )"""
    )


def kept_forms(store: Store) -> None:
    # The shipped versions this workspace started interviews on, kept so that its drafts and
    # submissions still open after an app update ships newer versions (app/interviews/form_library.py).
    store.execute(
        """CREATE TABLE kept_forms (
            form_id TEXT NOT NULL,
            version TEXT NOT NULL,
            title TEXT NOT NULL,
            xform TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            kept_at TEXT NOT NULL,
            PRIMARY KEY (form_id, version)
        )"""
    )
