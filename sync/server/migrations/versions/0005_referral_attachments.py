"""Attachments that travel with a referral: an upload in progress keeps the team it is addressed
to (``recipient_team``), which the stored envelope row already has a column for.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

NAME = 128


def upgrade() -> None:
    op.add_column("uploads", sa.Column("recipient_team", sa.String(NAME)))


def downgrade() -> None:
    # Not in batch mode: rebuilding the table on SQLite would cascade to its chunks.
    # SQLite 3.35 and later drop a column in place.
    op.drop_column("uploads", "recipient_team")
