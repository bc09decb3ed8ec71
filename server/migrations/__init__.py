"""Alembic migrations of the server database (its own history, apart from the client's).

``REVISIONS`` lists every revision, oldest first; start-up compares the stored revision with
``HEAD`` and imports Alembic only when something needs upgrading.
"""

from pathlib import Path

SCRIPT_LOCATION = Path(__file__).resolve().parent
REVISIONS: tuple[str, ...] = ("s0001_initial", "s0002_epoch_base")
HEAD = REVISIONS[-1]
