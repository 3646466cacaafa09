"""Migrations of the workspace itself: its settings, its users and the hash-chained audit log.

Never edit a shipped migration: app/workspace/schema.py applies each once, by name, in order.
"""

from __future__ import annotations

from app.workspace.store import Store


def initial(store: Store) -> None:
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


def signed_roles(store: Store) -> None:
    """Signed roles (app/workspace/signed_roles.py): each user's public key and the row's
    signature by the supervisors' key; grants of that key to promoted supervisors; public keys
    claimed by a user's own login, waiting for a supervisor's signature."""
    store.execute("ALTER TABLE users ADD COLUMN public_key TEXT")
    store.execute("ALTER TABLE users ADD COLUMN signature TEXT")
    store.execute(
        """CREATE TABLE roles_grants (
            name TEXT PRIMARY KEY,
            public_key TEXT NOT NULL,
            sealed BLOB NOT NULL
        )"""
    )
    store.execute("CREATE TABLE user_claims (name TEXT PRIMARY KEY, public_key TEXT NOT NULL)")


def audit_checkpoints(store: Store) -> None:
    """Checkpoints of the audit chain (app/workspace/audit.py): the chain's hash at a row, as a
    check verified it, MAC'd with a key derived from the workspace key. ``check`` starts from
    the last one; ``check --full`` walks the whole chain and compares it with each."""
    store.execute(
        """CREATE TABLE audit_checkpoints (
            seq INTEGER PRIMARY KEY,
            hash TEXT NOT NULL,
            at TEXT NOT NULL,
            mac TEXT NOT NULL
        )"""
    )
