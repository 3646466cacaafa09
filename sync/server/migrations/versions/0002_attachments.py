"""Chunked, resumable uploads of attachment envelopes, and the attachments each submission names.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

NAME = 128


def upgrade() -> None:
    op.create_table(
        "uploads",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("team", sa.String(NAME), nullable=False),
        sa.Column("device", sa.String(NAME), sa.ForeignKey("devices.device"), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("created", sa.String(64), nullable=False),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("body_sha256", sa.String(64), nullable=False),
        sa.Column("signature", sa.LargeBinary, nullable=False),
        sa.Column("submission", sa.String(36)),
        sa.Column("committed", sa.BigInteger, nullable=False),
        sa.Column("started", sa.String(32), nullable=False),
        sa.Column("updated", sa.String(32), nullable=False),
    )
    op.create_table(
        "upload_chunks",
        sa.Column(
            "upload_id",
            sa.String(36),
            sa.ForeignKey("uploads.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("start", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "submission_attachments",
        sa.Column("submission", sa.String(36), primary_key=True),
        sa.Column("attachment", sa.String(36), primary_key=True),
        sa.Column("team", sa.String(NAME), nullable=False),
        sa.Column("device", sa.String(NAME), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("submission_attachments")
    op.drop_table("upload_chunks")
    op.drop_table("uploads")
