"""Alembic environment: always run programmatically by ``sync.server.database.migrate``.

It is handed an open connection (``config.attributes["connection"]``). On PostgreSQL a
transaction-scoped advisory lock makes several server processes starting together migrate one
after another instead of racing.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import text
from sqlalchemy.engine import Connection

from sync.server.models import Base

MIGRATION_LOCK = 0x6669656C64  # "field"


def run_migrations(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=Base.metadata)
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run the server's migrations through sync.server.database.migrate()")
run_migrations(connection)
