"""Migrations of the export caches: each submission flattened once, its cells kept as CSV.

Never edit a shipped migration: app/workspace/schema.py applies each once, by name, in order.
"""

from __future__ import annotations

from app.workspace.store import Store


def export_rows(store: Store) -> None:
    # Each submission flattened once for exports (app/export/rows.py): a cache of what the
    # submission says, inside the encrypted database, made by the first export that needs it.
    # Erasing a submission erases its row; a changed submission loses it.
    store.execute(
        """CREATE TABLE export_rows (
            submission_id TEXT PRIMARY KEY REFERENCES submissions (id) ON DELETE CASCADE,
            form_id TEXT NOT NULL,
            form_version TEXT NOT NULL,
            shape TEXT NOT NULL,
            key TEXT NOT NULL,
            author TEXT NOT NULL,
            submitted TEXT NOT NULL,
            cells TEXT NOT NULL,
            children TEXT
        )"""
    )
    store.execute(
        "CREATE INDEX export_rows_by_form"
        " ON export_rows (form_id, form_version, shape, submission_id)"
    )
    store.execute(
        "CREATE TRIGGER export_rows_follow_submissions AFTER UPDATE ON submissions"
        " BEGIN DELETE FROM export_rows WHERE submission_id = OLD.id; END"
    )


def export_cells(store: Store) -> None:
    # Each export row also kept as the CSV a codes export writes (app/export/lines.py): its cells
    # made formula-safe and quoted once, so an export joins text instead of encoding every cell.
    for column in ("csv_head", "csv_tail", "csv_children"):
        store.execute(f"ALTER TABLE export_rows ADD COLUMN {column} TEXT")
