"""Alembic migrations of the rep's database.

``REVISIONS`` lists every revision, oldest first; a test checks it against the scripts in
``versions/``. Opening a database compares its revision with these without importing Alembic,
so start-up stays fast when nothing needs upgrading.
"""

from pathlib import Path

SCRIPT_LOCATION = Path(__file__).resolve().parent
REVISIONS: tuple[str, ...] = (
    "0001_initial",
    "0002_change_tracking",
    "0003_tracker_indexes",
    "0004_tracker_digests",
)
HEAD = REVISIONS[-1]
