"""The seq an epoch began at: ``new-epoch`` (after restoring a backup) records the restored
database's last seq, so clients know which of their records the restore lost (those whose
version is above it) and send them again.

Revision ID: s0002_epoch_base
Revises: s0001_initial
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "s0002_epoch_base"
down_revision = "s0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add ``server_meta.epoch_base`` (0: the epoch began with the database)."""
    with op.batch_alter_table("server_meta") as batch:
        batch.add_column(sa.Column("epoch_base", sa.BigInteger, nullable=False, server_default="0"))


def downgrade() -> None:
    """Drop ``server_meta.epoch_base``."""
    with op.batch_alter_table("server_meta") as batch:
        batch.drop_column("epoch_base")
