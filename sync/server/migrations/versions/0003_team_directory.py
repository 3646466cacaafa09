"""The team directory: each team's age recipient, signed by a supervisor's device (referrals).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

NAME = 128


def upgrade() -> None:
    op.create_table(
        "team_directory",
        sa.Column("team", sa.String(NAME), primary_key=True),
        sa.Column("device", sa.String(NAME), sa.ForeignKey("devices.device"), nullable=False),
        sa.Column("entry", sa.LargeBinary, nullable=False),
        sa.Column("signature", sa.LargeBinary, nullable=False),
        sa.Column("updated", sa.String(32), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("team_directory")
