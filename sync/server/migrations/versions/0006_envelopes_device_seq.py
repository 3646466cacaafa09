"""A device's own envelopes by sequence: the pull leaves out the asking device's own envelopes,
and ``GET /v1/devices/me`` names the newest of them (sync/README.md, "Sequence numbers and the
pull cursor"); both read this index instead of the whole table.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_envelopes_device_seq", "envelopes", ["device", "seq"])


def downgrade() -> None:
    op.drop_index("ix_envelopes_device_seq", table_name="envelopes")
