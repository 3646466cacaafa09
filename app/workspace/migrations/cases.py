"""Migrations of the case event log, the case list derived from it, and erased cases' tombstones.

Never edit a shipped migration: app/workspace/schema.py applies each once, by name, in order.
"""

from __future__ import annotations

from app.workspace.store import Store


def cases(store: Store) -> None:
    # The event log is the truth; ``cases`` and ``case_terms`` are derived from it, kept up to date
    # as events arrive and rebuildable at any time (CaseBook.rebuild).
    store.execute(
        """CREATE TABLE case_events (
            id TEXT PRIMARY KEY,
            case_id TEXT NOT NULL,
            type TEXT NOT NULL,
            hlc TEXT NOT NULL,
            author TEXT NOT NULL,
            device TEXT NOT NULL,
            parents TEXT NOT NULL,
            payload TEXT NOT NULL,
            received_at TEXT NOT NULL
        )"""
    )
    store.execute("CREATE INDEX case_events_by_case ON case_events (case_id)")
    store.execute(
        """CREATE TABLE cases (
            case_id TEXT PRIMARY KEY,
            status TEXT NOT NULL,
            team TEXT,
            citizenship TEXT,
            display_name TEXT NOT NULL,
            sort_key BLOB NOT NULL,
            next_due TEXT,
            conflicts INTEGER NOT NULL,
            updated_hlc TEXT NOT NULL,
            state TEXT NOT NULL
        )"""
    )
    store.execute("CREATE INDEX cases_by_name ON cases (sort_key, case_id)")
    store.execute("CREATE INDEX cases_by_due ON cases (next_due) WHERE next_due IS NOT NULL")
    store.execute("CREATE INDEX cases_with_conflicts ON cases (case_id) WHERE conflicts > 0")
    store.execute(
        "CREATE TABLE case_terms (term TEXT NOT NULL, case_id TEXT NOT NULL,"
        " PRIMARY KEY (term, case_id)) WITHOUT ROWID"
    )
    store.execute("CREATE INDEX case_terms_by_case ON case_terms (case_id)")


def erasure(store: Store) -> None:
    # What is left of an erased case: that it existed and was erased, when and by whom. Nothing
    # of the person. Events for it arriving later (an old USB file, a laptop long offline) are
    # dropped on sight.
    store.execute(
        """CREATE TABLE tombstones (
            case_id TEXT PRIMARY KEY,
            erased_at TEXT NOT NULL,
            erased_by TEXT NOT NULL
        )"""
    )
    store.execute("ALTER TABLE devices ADD COLUMN role TEXT NOT NULL DEFAULT 'member'")


def case_tallies(store: Store) -> None:
    # The supervisors' dashboard reads counts, not cases (issue 21; app/cases/tallies.py).
    # ``case_facts``: what each case contributes to the counts, as the case book last counted it;
    # ``case_tallies``: their sums per (dimension, day, key). Both are derived: kept up to date in
    # the transaction that applies a case's events, rebuildable from the events. Counting needs the
    # case domain, which the workspace may not import: a workspace without cases is counted here
    # (nothing to count: the row ``filled`` says so); one with cases at its first overview.
    store.execute(
        "CREATE TABLE case_facts (case_id TEXT PRIMARY KEY, facts TEXT NOT NULL) WITHOUT ROWID"
    )
    store.execute(
        """CREATE TABLE case_tallies (
            dimension TEXT NOT NULL,
            day TEXT NOT NULL,
            key TEXT NOT NULL,
            count INTEGER NOT NULL,
            PRIMARY KEY (dimension, day, key)
        ) WITHOUT ROWID"""
    )
    if store.query_one("SELECT 1 FROM cases LIMIT 1") is None:
        store.execute(
            "INSERT INTO case_tallies (dimension, day, key, count) VALUES ('filled', '', '', 1)"
        )


def case_order(store: Store) -> None:
    # The name-order entries (app/cases/name_order.py) move out of ``case_terms`` into a table of
    # their own without an index by case (issue 21): stored once instead of twice, and the term
    # table's index by case keeps the search terms only. The case book knows a case's entries
    # from its stored terms and sort key, so it needs no such index to rewrite them. A workspace
    # where some case has search terms but no entries (made before them, or only partly given
    # them since) has its case book refold every case once when it opens (the ``name_rule``
    # setting forgotten), so every case gets its entries.
    order, after = "\u0003", "\u0004"  # app.cases.name_order.ORDER and the character after it
    lacking = store.query_one(
        "SELECT 1 FROM (SELECT DISTINCT case_id FROM case_terms WHERE term < ? OR term >= ?) c"
        " WHERE NOT EXISTS (SELECT 1 FROM case_terms o WHERE o.case_id = c.case_id"
        " AND o.term >= ? AND o.term < ?) LIMIT 1",
        (order, after, order, after),
    )
    store.execute(
        "CREATE TABLE case_order (entry TEXT NOT NULL, case_id TEXT NOT NULL,"
        " PRIMARY KEY (entry, case_id)) WITHOUT ROWID"
    )
    store.execute(
        "INSERT INTO case_order (entry, case_id)"
        " SELECT term, case_id FROM case_terms WHERE term >= ? AND term < ?",
        (order, after),
    )
    store.execute("DELETE FROM case_terms WHERE term >= ? AND term < ?", (order, after))
    if lacking is not None:
        store.execute("DELETE FROM settings WHERE key = 'name_rule'")


def case_order_one_letter(store: Store) -> None:
    # The name-order entries keep one-letter prefixes only (issue 21: a new case writes about 6
    # instead of 14): those of two letters go. An entry is ORDER, its prefix (a term's first
    # letter, or a loose key's marker and first letter, or a one-letter loose key and WHOLE),
    # NUL, the case's sort key (app/cases/name_order.py); a prefix never holds a NUL, so the NUL's
    # position gives the prefix's length. What stays is exactly what the case book now writes.
    loose, whole = "\u0001", "\u0002"  # app.text.search.LOOSE and WHOLE
    store.execute(
        "DELETE FROM case_order WHERE NOT (instr(entry, char(0)) = 3"
        " OR substr(entry, 2, 1) = ? AND (instr(entry, char(0)) = 4"
        " OR instr(entry, char(0)) = 5 AND substr(entry, 4, 1) = ?))",
        (loose, whole),
    )
