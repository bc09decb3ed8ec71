"""Local tables: pending changes, conflicts and sync state for sync; settings; pinyin cache.

Revision ID: 0002_change_tracking
Revises: 0001_initial
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_change_tracking"
down_revision = '0001_initial'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('conflicts',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('table_name', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=False),
    sa.Column('kept_value', sa.JSON(), nullable=False),
    sa.Column('lost_value', sa.JSON(), nullable=False),
    sa.Column('kept_by', sa.String(length=64), nullable=True),
    sa.Column('lost_by', sa.String(length=64), nullable=True),
    sa.Column('kept_at', sa.DateTime(), nullable=True),
    sa.Column('lost_at', sa.DateTime(), nullable=True),
    sa.Column('detected_at', sa.DateTime(), nullable=False),
    sa.Column('resolved', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('conflicts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_conflicts_row_id'), ['row_id'], unique=False)

    op.create_table('pending_changes',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('change_id', sa.String(length=36), nullable=False),
    sa.Column('table_name', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('field_times', sa.JSON(), nullable=False),
    sa.Column('base_version', sa.Integer(), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('reject_reason', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('seq'),
    sa.UniqueConstraint('change_id')
    )
    with op.batch_alter_table('pending_changes', schema=None) as batch_op:
        batch_op.create_index('ix_pending_changes_row', ['table_name', 'row_id', 'state'], unique=False)

    op.create_table('settings',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('pinyin_cache',
    sa.Column('text', sa.String(length=300), nullable=False),
    sa.Column('full', sa.String(length=1200), nullable=False),
    sa.Column('initials', sa.String(length=300), nullable=False),
    sa.PrimaryKeyConstraint('text')
    )
    op.create_table('sync_state',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )


def downgrade() -> None:
    op.drop_table('pinyin_cache')
    op.drop_table('sync_state')
    op.drop_table('settings')
    with op.batch_alter_table('pending_changes', schema=None) as batch_op:
        batch_op.drop_index('ix_pending_changes_row')

    op.drop_table('pending_changes')
    with op.batch_alter_table('conflicts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_conflicts_row_id'))

    op.drop_table('conflicts')
