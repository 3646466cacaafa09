"""Team keys sealed per device and key id (rotation); erasures, their acknowledgements and the
tombstones of envelopes dropped with an erased case.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

NAME = 128


def upgrade() -> None:
    op.create_table(
        "sealed_team_keys",
        sa.Column("device", sa.String(NAME), sa.ForeignKey("devices.device"), primary_key=True),
        sa.Column("key_id", sa.String(64), primary_key=True),
        sa.Column("sealed", sa.LargeBinary, nullable=False),
        sa.Column("by", sa.String(NAME), nullable=False),
        sa.Column("updated", sa.String(32), nullable=False),
    )
    op.create_table(
        "erasures",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("team", sa.String(NAME), nullable=False),
        sa.Column("ids", sa.Text, nullable=False),
        sa.Column("ids_sha256", sa.String(64), nullable=False),
        sa.Column("first_ack", sa.String(32), nullable=False),
        sa.Column("dropped", sa.String(32)),
    )
    op.create_index("ix_erasures_team", "erasures", ["team"])
    op.create_table(
        "erasure_acks",
        sa.Column(
            "erasure",
            sa.String(36),
            sa.ForeignKey("erasures.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("device", sa.String(NAME), primary_key=True),
        sa.Column("acked", sa.String(32), nullable=False),
    )
    op.create_table(
        "erased_envelopes",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("team", sa.String(NAME), nullable=False),
        sa.Column("erasure", sa.String(36), nullable=False),
        sa.Column("erased", sa.String(32), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("erased_envelopes")
    op.drop_table("erasure_acks")
    op.drop_index("ix_erasures_team", table_name="erasures")
    op.drop_table("erasures")
    op.drop_table("sealed_team_keys")
