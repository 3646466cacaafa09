"""Devices, enrolment codes, envelopes with their sequence counter, quarantine.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

NAME = 128


def upgrade() -> None:
    counter = op.create_table(
        "server_counter",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("value", sa.BigInteger, nullable=False),
    )
    op.bulk_insert(counter, [{"id": 1, "value": 0}])
    op.create_table(
        "enrolment_codes",
        sa.Column("code_hash", sa.String(64), primary_key=True),
        sa.Column("team", sa.String(NAME), nullable=False),
        sa.Column("created", sa.String(32), nullable=False),
        sa.Column("expires", sa.String(32), nullable=False),
        sa.Column("used", sa.String(32)),
        sa.Column("used_by", sa.String(NAME)),
    )
    op.create_table(
        "devices",
        sa.Column("device", sa.String(NAME), primary_key=True),
        sa.Column("team", sa.String(NAME), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("signing_key", sa.LargeBinary, nullable=False),
        sa.Column("age_recipient", sa.String(256), nullable=False),
        sa.Column("fingerprint", sa.String(48), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("registered", sa.String(32), nullable=False),
        sa.Column("approved", sa.String(32)),
        sa.Column("revoked", sa.String(32)),
        sa.Column("revoke_reason", sa.String(500)),
        sa.Column("team_key", sa.LargeBinary),
        sa.Column("team_key_by", sa.String(NAME)),
        sa.Column("team_key_updated", sa.String(32)),
    )
    op.create_index("ix_devices_team", "devices", ["team"])
    op.create_table(
        "envelopes",
        sa.Column("seq", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("id", sa.String(36), nullable=False, unique=True),
        sa.Column("team", sa.String(NAME), nullable=False),
        sa.Column("device", sa.String(NAME), sa.ForeignKey("devices.device"), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("recipient_team", sa.String(NAME)),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("body_sha256", sa.String(64), nullable=False),
        sa.Column("body", sa.LargeBinary, nullable=False),
        sa.Column("signature", sa.LargeBinary, nullable=False),
        sa.Column("created", sa.String(64), nullable=False),
        sa.Column("received", sa.String(32), nullable=False),
    )
    op.create_index("ix_envelopes_team_seq", "envelopes", ["team", "seq"])
    op.create_index("ix_envelopes_recipient_team_seq", "envelopes", ["recipient_team", "seq"])
    op.create_table(
        "quarantine",
        sa.Column("qid", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("envelope_id", sa.String(64)),
        sa.Column("device", sa.String(NAME), nullable=False),
        sa.Column("team", sa.String(NAME), nullable=False),
        sa.Column("reason", sa.String(500), nullable=False),
        sa.Column("received", sa.String(32), nullable=False),
        sa.Column("wire", sa.LargeBinary, nullable=False),
    )
    op.create_index("ix_quarantine_device", "quarantine", ["device"])


def downgrade() -> None:
    op.drop_table("quarantine")
    op.drop_table("envelopes")
    op.drop_table("devices")
    op.drop_table("enrolment_codes")
    op.drop_table("server_counter")
