"""Tracker digests: each project's 1+2+1 judgement kept in a local table, and the triggers
that delete a project's digest whenever something its judgement reads changes.

What the judgement reads (``services/tracker_facts.py``): the project (step, status, rep,
creation), its roles (contact, role, stance, influence, relationship), its calls (outcome,
advance kind and date, time), its step history, the name, org level and title of the
contacts in its roles, and whether its rep is live. Every write path (services, the bulk
writer, sync) passes through SQLite, so triggers keep the digests honest without any of
them knowing.

Revision ID: 0004_tracker_digests
Revises: 0003_tracker_indexes
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_tracker_digests"
down_revision = "0003_tracker_indexes"
branch_labels = None
depends_on = None

# table -> (the column naming the project, the columns whose update matters)
_PROJECT_ROWS = {
    "projects": ("id", "step, status, rep_id, created_at, deleted"),
    "project_roles": (
        "project_id",
        "project_id, contact_id, role, stance, influence, relationship, deleted",
    ),
    "activities": (
        "project_id",
        "project_id, occurred_at, outcome, advance_kind, advance_on, deleted",
    ),
    "project_steps": ("project_id", "project_id, step, entered_on, deleted"),
}
# table -> (the projects a row concerns, as SQL on ROW, the columns whose update matters)
_SHARED_ROWS = {
    "contacts": (
        "SELECT project_id FROM project_roles WHERE contact_id = ROW.id",
        "name, org_level, title, deleted",
    ),
    "reps": ("SELECT id FROM projects WHERE rep_id = ROW.id", "deleted"),
}


def _triggers() -> list[tuple[str, str]]:
    """(name, CREATE TRIGGER statement) for every trigger of this revision."""
    out = []
    for table, (column, watched) in _PROJECT_ROWS.items():
        stale = {
            "insert": f"NEW.{column}",
            "update": f"NEW.{column}, OLD.{column}",
            "delete": f"OLD.{column}",
        }
        for event, ids in stale.items():
            name = f"tracker_digests_{table}_{event}"
            when = f"UPDATE OF {watched}" if event == "update" else event.upper()
            out.append((name, _trigger(name, when, table, ids)))
    for table, (projects, watched) in _SHARED_ROWS.items():
        for event, row in (("insert", "NEW"), ("update", "OLD"), ("delete", "OLD")):
            name = f"tracker_digests_{table}_{event}"
            when = f"UPDATE OF {watched}" if event == "update" else event.upper()
            out.append((name, _trigger(name, when, table, projects.replace("ROW.", f"{row}."))))
    return out


def _trigger(name: str, when: str, table: str, ids: str) -> str:
    return (
        f"CREATE TRIGGER {name} AFTER {when} ON {table} FOR EACH ROW BEGIN "
        f"DELETE FROM tracker_digests WHERE project_id IN ({ids}); END"
    )


def upgrade() -> None:
    op.create_table(
        "tracker_digests",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("rules", sa.String(length=100), nullable=False),
        sa.Column("verdict", sa.Text(), nullable=False),
        sa.Column("risks", sa.Text(), nullable=False),
        sa.Column("guide_name", sa.String(length=100), nullable=True),
        sa.Column("last_advance_on", sa.String(length=10), nullable=True),
        sa.Column("since", sa.String(length=10), nullable=True),
        sa.Column("step_entered_on", sa.String(length=10), nullable=True),
        sa.PrimaryKeyConstraint("project_id"),
    )
    for _, statement in _triggers():
        op.execute(statement)


def downgrade() -> None:
    for name, _ in _triggers():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("tracker_digests")
