"""The server's generation: a random id stored in the database and changed by ``fieldcase server
restore``, with the newest seq held when it began. ``GET /v1/devices/me`` names both, so a laptop
notices a restored server and pushes again what it no longer holds (sync/README.md, "A restored
server").

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import secrets

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    meta = op.create_table(
        "server_meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    newest = op.get_bind().execute(sa.text("SELECT value FROM server_counter WHERE id = 1"))
    seq = newest.scalar() or 0
    op.bulk_insert(
        meta,
        [
            {"key": "generation", "value": secrets.token_hex(16)},
            {"key": "generation_seq", "value": str(seq)},
        ],
    )


def downgrade() -> None:
    op.drop_table("server_meta")
