"""The server schema: reps, tokens, login throttling, records, scope, sync bookkeeping.

Revision ID: s0001_initial
Revises:
Create Date: 2026-01-10
"""

import sqlalchemy as sa
from alembic import op

revision = "s0001_initial"
down_revision = None
branch_labels = None
depends_on = None

ID = sa.String(36)
SCOPE = sa.String(48)
TIME = sa.String(32)  # ISO 8601 UTC without offset: sorts as text on every database
SEQ = sa.BigInteger().with_variant(sa.Integer(), "sqlite")  # INTEGER: SQLite's rowid


def upgrade() -> None:
    """Create every table of the first server schema."""
    op.create_table(
        "reps",
        sa.Column("id", ID, primary_key=True),
        sa.Column("login", sa.String(64), nullable=False, unique=True),
        sa.Column("display_name", sa.String(100), nullable=False),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("disabled", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("created_at", TIME, nullable=False),
    )
    op.create_table(
        "tokens",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("rep_id", ID, sa.ForeignKey("reps.id"), nullable=False, index=True),
        sa.Column("created_at", TIME, nullable=False),
        sa.Column("expires_at", TIME, nullable=False),
        sa.Column("revoked", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_table(
        "login_failures",
        sa.Column("login", sa.String(64), primary_key=True),
        sa.Column("failures", sa.Integer, nullable=False),
        sa.Column("window_start", TIME, nullable=False),
        sa.Column("next_allowed", TIME, nullable=True),
    )
    op.create_table(
        "server_meta",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("epoch", ID, nullable=False),
        sa.Column("created_at", TIME, nullable=False),
        sa.Column("purge_horizon", sa.BigInteger, nullable=False, server_default="0"),
    )
    op.create_table(
        "sync_counter",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("value", sa.BigInteger, nullable=False),
    )
    # The version is the primary key: on SQLite the table itself is ordered by it (a pull is
    # a range scan, no separate index to keep up). Verification reads (table, id, version)
    # of a rep's scopes from the scope index alone.
    op.create_table(
        "records",
        sa.Column("version", SEQ, primary_key=True, autoincrement=False),
        sa.Column("id", ID, nullable=False, unique=True),
        sa.Column("table_name", sa.String(40), nullable=False),
        sa.Column("scope", SCOPE, nullable=False),
        sa.Column("deleted", sa.Boolean, nullable=False),
        sa.Column("fields", sa.Text, nullable=False),
        sa.Column("field_meta", sa.Text, nullable=False),
        sa.Column("updated_at", TIME, nullable=False),
    )
    op.create_index("ix_records_scope", "records", ["scope", "table_name", "id", "version"])
    op.create_table(
        "account_access",
        sa.Column("account_id", SCOPE, primary_key=True),
        sa.Column("rep_id", ID, sa.ForeignKey("reps.id"), primary_key=True),
        sa.Column("owner", sa.Boolean, nullable=False),
        sa.Column("granted_at", TIME, nullable=False),
    )
    op.create_index("ix_account_access_rep", "account_access", ["rep_id", "account_id"])
    op.create_table(
        "access_log",
        sa.Column("seq", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("account_id", SCOPE, nullable=False),
        sa.Column("rep_id", ID, nullable=False),
        sa.Column("granted", sa.Boolean, nullable=False),
        sa.Column("at", TIME, nullable=False),
    )
    op.create_index("ix_access_log_rep_seq", "access_log", ["rep_id", "seq"])
    op.create_table(
        "applied_changes",
        sa.Column("change_id", sa.String(36), primary_key=True),
        sa.Column("rep_id", ID, nullable=False),
        sa.Column("result", sa.Text, nullable=False),
        sa.Column("applied_at", TIME, nullable=False),
    )
    op.create_index("ix_applied_changes_applied_at", "applied_changes", ["applied_at"])
    op.create_table(
        "conflicts",
        sa.Column("id", ID, primary_key=True),
        sa.Column("seq", sa.BigInteger, nullable=False),
        sa.Column("scope", SCOPE, nullable=False),
        sa.Column("table_name", sa.String(40), nullable=False),
        sa.Column("row_id", ID, nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("kept", sa.Text, nullable=False),
        sa.Column("lost", sa.Text, nullable=False),
        sa.Column("kept_by", sa.String(64), nullable=True),
        sa.Column("lost_by", sa.String(64), nullable=True),
        sa.Column("kept_at", TIME, nullable=True),
        sa.Column("lost_at", TIME, nullable=True),
    )
    op.create_index("ix_conflicts_seq", "conflicts", ["seq"])
    op.create_index("ix_conflicts_scope_seq", "conflicts", ["scope", "seq"])


def downgrade() -> None:
    """Drop them all."""
    for table in (
        "conflicts",
        "applied_changes",
        "access_log",
        "account_access",
        "records",
        "sync_counter",
        "server_meta",
        "login_failures",
        "tokens",
        "reps",
    ):
        op.drop_table(table)
