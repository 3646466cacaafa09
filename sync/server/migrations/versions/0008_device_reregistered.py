"""When a device registered again without a code, after a restore (``sync.reregistration``): a
supervisor's device may approve such a device again on the server, and only such a one
(``sync.server.restored_devices.approve_again``).

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("devices", sa.Column("reregistered", sa.String(32)))


def downgrade() -> None:
    op.drop_column("devices", "reregistered")
