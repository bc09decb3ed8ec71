"""Upkeep of the database: a background thread while the server runs, ``purge`` and
``new-epoch`` for the administrator.

The thread (one per process):

- SQLite: copy the WAL back into the database file (a passive checkpoint) every half
  second, so commits only append to the WAL instead of sometimes checkpointing it all.
- PostgreSQL: keep the planner's statistics fresh. After a bulk push (a rep's first sync
  adds 160,000 rows in seconds) stale statistics make the planner scan whole tables for
  every page; autovacuum would notice only a minute later. One process at a time does it
  (an advisory lock).
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
import uuid

from sqlalchemy import Connection, Engine, text

from server.db import Numbering, is_sqlite, iso, now, writing
from server.scope import ACCOUNTS

log = logging.getLogger("repdesk.server")
TABLES = ("records", "account_access", "applied_changes", "conflicts", "access_log", "tokens")
ADVISORY_KEY = 0x52_44_53_4D  # "RDSM"


class Maintenance:
    """Start with :meth:`start`, stop with :meth:`stop` (the app's lifespan does both)."""

    def __init__(self, engine: Engine, interval: float | None = None) -> None:
        self.engine = engine
        self.sqlite = is_sqlite(engine)
        self.interval = interval or (0.5 if self.sqlite else 2.0)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="db-maintenance", daemon=True)
        self._analyzed: dict[str, float] = {}  # PostgreSQL: table -> when this thread analysed it

    def start(self) -> None:
        """Start the thread."""
        self._thread.start()

    def stop(self) -> None:
        """Stop and wait for the thread."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(5)

    def _run(self) -> None:
        try:
            with self.engine.connect() as conn:
                conn = conn.execution_options(isolation_level="AUTOCOMMIT")
                if not self.sqlite and not _leader(conn):
                    return
                while not self._stop.wait(self.interval):
                    try:
                        self._once(conn)
                    except Exception:  # noqa: BLE001 - busy or closing: try again later
                        log.debug("maintenance skipped", exc_info=True)
        except Exception:  # noqa: BLE001 - no database now: the requests will say so
            log.warning("database maintenance not running", exc_info=True)

    def _once(self, conn: Connection) -> None:
        if self.sqlite:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
            return
        now = time.monotonic()
        for table in stale_tables(conn, self._analyzed, now):
            conn.exec_driver_sql(f"ANALYZE {table} {ANALYZED_COLUMNS.get(table, '')}")
            self._analyzed[table] = now


def _leader(conn: Connection) -> bool:
    """Whether this process does PostgreSQL's upkeep (holds the advisory lock)."""
    got = conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": ADVISORY_KEY}).scalar()
    return bool(got)


# The columns the planner's estimates use (ANALYZE of every column of records read and
# sorted the stored JSON texts too: three times as long for the same plans).
ANALYZED_COLUMNS = {
    "records": "(id, table_name, scope, version, deleted, updated_at)",
    "applied_changes": "(change_id, rep_id, applied_at)",
}
REANALYZE_SECONDS = 30.0


def stale_tables(
    conn: Connection, analyzed: dict[str, float] | None = None, now: float = 0.0
) -> list[str]:
    """The server's PostgreSQL tables whose statistics are out of date: changed by more than
    10 % (or 1,000 rows) since they were last gathered, and either half as large again (a
    bulk push: a rep's first sync adds 160,000 rows in seconds) or last analysed here
    (``analyzed``: table → ``time.monotonic()``) at least 30 s before ``now``. During a
    bulk push the tables are analysed as they grow by half, not every couple of seconds: each
    analysis reads a sample of 30,000 rows, on the cores the push runs on."""
    rows = conn.exec_driver_sql(
        "SELECT relname, n_mod_since_analyze, n_live_tup FROM pg_stat_user_tables"
        " WHERE relname = ANY(%s)",
        (list(TABLES),),
    ).all()
    analyzed = analyzed or {}
    return [
        name
        for name, changed, live in rows
        if changed > max(1000, 0.1 * live)
        and (changed > live / 3 or now - analyzed.get(name, -1e9) >= REANALYZE_SECONDS)
    ]


def purge(engine: Engine, days: int) -> int:
    """Forget tombstones (and stored push results, expired tokens, old login failures)
    older than ``days``; returns how many tombstones.

    The newest purged tombstone's version becomes the purge horizon: a client whose
    checkpoint is below it may have missed a deletion and gets 410 (a full re-pull). So that
    such a full re-pull never pages below the horizon (and gets 410 again), every record
    left with a version below it gets a new seq (values unchanged): clients' next pulls
    bring those records again.
    """
    if days < 0:
        raise ValueError("days must not be negative")
    cutoff = iso(now() - dt.timedelta(days=days))
    old = {"yes": True, "c": cutoff}
    with writing(engine) as conn:
        numbering = Numbering(conn)
        horizon = conn.execute(
            text("SELECT MAX(version) FROM records WHERE deleted = :yes AND updated_at < :c"), old
        ).scalar()
        conn.execute(text("DELETE FROM applied_changes WHERE applied_at < :c"), {"c": cutoff})
        conn.execute(text("DELETE FROM tokens WHERE expires_at < :c"), {"c": cutoff})
        conn.execute(text("DELETE FROM login_failures WHERE window_start < :c"), {"c": cutoff})
        if horizon is None:
            return 0
        conn.execute(
            text(
                "DELETE FROM account_access WHERE account_id IN (SELECT id FROM records"
                " WHERE table_name = :t AND deleted = :yes AND updated_at < :c)"
            ),
            {"t": ACCOUNTS, **old},
        )
        count = conn.execute(
            text("DELETE FROM records WHERE deleted = :yes AND updated_at < :c"), old
        ).rowcount
        numbering.renumber("version <= :h", h=int(horizon))
        conn.execute(
            text("UPDATE server_meta SET purge_horizon = :h WHERE id = 1 AND purge_horizon < :h"),
            {"h": int(horizon)},
        )
        numbering.done()
    return int(count)


def new_epoch(engine: Engine) -> str:
    """Give the database a new epoch (after restoring a backup): every client pulls again.

    The epoch's base is the last seq the restored database holds: seqs up to it mean the
    same in both epochs, and clients send again their records with a newer version (the
    restore lost what made them)."""
    value = str(uuid.uuid4())
    with writing(engine) as conn:
        conn.execute(
            text(
                "UPDATE server_meta SET epoch = :e,"
                " epoch_base = (SELECT value FROM sync_counter WHERE id = 1) WHERE id = 1"
            ),
            {"e": value},
        )
    return value
