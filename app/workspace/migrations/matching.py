"""Migrations of same-person matching's facts (app/cases/match_facts.py, app/cases/matching.py).

Never edit a shipped migration: app/workspace/schema.py applies each once, by name, in order.
"""

from __future__ import annotations

from app.workspace.store import Store


def case_match(store: Store) -> None:
    # Per case, the few facts a same-person match compares (issue 21): scored in SQL beside the
    # name keys, instead of reading each found case's state. Derived like ``cases``: written in
    # the transaction that applies a case's events, rebuildable from them. The workspace layer
    # may not read the case domain's fields: a workspace with cases has its case book refold
    # every case once when it opens (the ``name_rule`` setting forgotten, as 0024 did), which
    # fills the table.
    store.execute(
        """CREATE TABLE case_match (
            case_id TEXT PRIMARY KEY,
            born TEXT,
            born_on TEXT,
            age INTEGER,
            gender TEXT,
            citizenship TEXT
        ) WITHOUT ROWID"""
    )
    if store.query_one("SELECT 1 FROM cases LIMIT 1") is not None:
        store.execute("DELETE FROM settings WHERE key = 'name_rule'")
