"""Covering indexes for the 1+2+1 tracking sheet: judged calls by project and time (a
partial index of the live activities with an outcome), step history by project and step.

Local only: sync neither reads nor sends indexes.

Revision ID: 0003_tracker_indexes
Revises: 0002_change_tracking
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_tracker_indexes"
down_revision = "0002_change_tracking"
branch_labels = None
depends_on = None

_JUDGED = ["project_id", "occurred_at", "outcome", "advance_kind", "advance_on", "deleted"]


def upgrade() -> None:
    op.create_index(
        "ix_activities_judged",
        "activities",
        _JUDGED,
        unique=False,
        sqlite_where=sa.text("deleted = 0 AND outcome IS NOT NULL"),
    )
    op.create_index(
        "ix_project_steps_entered",
        "project_steps",
        ["project_id", "step", "entered_on", "deleted"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_project_steps_entered", table_name="project_steps")
    op.drop_index("ix_activities_judged", table_name="activities")
