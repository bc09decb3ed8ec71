"""The server database: engine settings, migrations, transactions, the seq counter.

SQLite (the default, one file) and PostgreSQL are both supported through SQLAlchemy Core and
plain SQL that both understand. Everything the server knows lives here; app processes keep
no state of their own, so several of them may serve one PostgreSQL database.

Two kinds of transaction:

- :func:`reading` — a consistent snapshot (REPEATABLE READ on PostgreSQL, a deferred
  transaction on SQLite) for pulls and verification;
- :func:`writing` — READ COMMITTED on PostgreSQL, ``BEGIN IMMEDIATE`` on SQLite. A
  transaction that hands out seqs first locks the counter row (:func:`lock_counter`), which
  serialises them all, so seqs are given in commit order.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
import uuid
import weakref
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, MultipleResultsFound, NoResultFound, NoSuchModuleError

from server.migrations import HEAD, REVISIONS, SCRIPT_LOCATION
from server.settings import Settings

try:
    import fcntl
except ImportError:  # Windows: other processes queue on SQLite's busy timeout
    fcntl = None  # type: ignore[assignment]

CHUNK = 500  # ids per IN (...) list
CACHE_KIB = 32 * 1024  # SQLite page cache per connection
MMAP_BYTES = 1 << 30
AUTOCHECKPOINT_PAGES = 20_000  # ~80 MB of WAL


class DatabaseError(Exception):
    """The database cannot be used; the message says why and what to do."""


def now() -> dt.datetime:
    """The current UTC time, naive (the server stores UTC without an offset)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def iso(moment: dt.datetime) -> str:
    """``moment`` as stored: ISO 8601 with microseconds, no offset (sorts as text)."""
    return moment.isoformat(timespec="microseconds")


def make_engine(settings: Settings) -> Engine:
    """An engine for ``settings.db_url`` with the server's connection settings."""
    url_text = settings.db_url
    try:
        url = make_url(url_text)
    except ArgumentError:
        raise DatabaseError(f"{url_text}: not a database URL") from None
    try:
        if url.get_backend_name() == "sqlite":
            engine = create_engine(
                url,
                connect_args={"check_same_thread": False},
                pool_size=settings.pool_size,
                max_overflow=settings.pool_size,
            )
            _configure_sqlite(engine, settings.sqlite_busy_timeout_ms)
        elif url.get_backend_name() == "postgresql":
            engine = create_engine(
                url,
                pool_size=settings.pool_size,
                max_overflow=settings.pool_size,
                pool_pre_ping=True,
            )
        else:
            raise DatabaseError(f"{url_text}: only sqlite:/// and postgresql+psycopg:// URLs work")
    except (NoSuchModuleError, ImportError) as exc:
        raise DatabaseError(f"{url_text}: {exc}") from None
    return engine


def is_sqlite(engine_or_conn: Engine | Connection) -> bool:
    """Whether this is a SQLite database."""
    return engine_or_conn.dialect.name == "sqlite"


def _configure_sqlite(engine: Engine, busy_ms: int) -> None:
    def on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # SQLAlchemy's "begin" event below says BEGIN
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute(f"PRAGMA busy_timeout={int(busy_ms)}")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        cur.execute(f"PRAGMA mmap_size={MMAP_BYTES}")  # reads share the OS page cache
        # A commit never waits for a checkpoint of the whole WAL: the server's maintenance
        # thread (server.maintenance) does that; this is only the safety net.
        cur.execute(f"PRAGMA wal_autocheckpoint={AUTOCHECKPOINT_PAGES}")
        cur.close()

    def on_begin(conn: Connection) -> None:
        # Writers take the write lock at BEGIN and queue on the busy timeout; a deferred
        # writer could otherwise fail halfway with SQLITE_BUSY on its first write.
        write = conn.get_execution_options().get("repdesk_write")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", on_begin)


@contextmanager
def reading(engine: Engine) -> Iterator[Connection]:
    """A read-only transaction on one consistent snapshot of the database."""
    with engine.connect() as conn:
        if not is_sqlite(conn):
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            yield conn


class WriterLock:
    """SQLite: the turn to write, for the threads of this process and for other processes.

    SQLite has one writer at a time anyway; queueing on a lock hands the turn over at once,
    where SQLite's busy handler would sleep (1, 2, 5 … up to 100 ms) and leave the file idle.
    Threads queue on a mutex; the thread holding it then queues with the other processes
    (server workers, admin commands) on an exclusive ``flock`` of ``<database>.writer.lock``
    (kernel-queued, no polling). Without ``fcntl`` (Windows), or for an in-memory database,
    other processes queue on the busy timeout as before.
    """

    def __init__(self, path: str | None) -> None:
        self.mutex = threading.Lock()
        self.path = f"{path}.writer.lock" if path and path != ":memory:" and fcntl else None
        self.fd: int | None = None

    def __enter__(self) -> WriterLock:
        self.mutex.acquire()
        try:
            if self.path is not None:
                if self.fd is None:
                    self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
                fcntl.flock(self.fd, fcntl.LOCK_EX)
        except BaseException:
            self.mutex.release()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            if self.fd is not None:
                fcntl.flock(self.fd, fcntl.LOCK_UN)
        finally:
            self.mutex.release()

    def __del__(self) -> None:
        if self.fd is not None:
            os.close(self.fd)


_writers: weakref.WeakKeyDictionary[Engine, WriterLock] = weakref.WeakKeyDictionary()
_writers_lock = threading.Lock()


def _writer_lock(engine: Engine) -> WriterLock | None:
    """SQLite: the :class:`WriterLock` of ``engine``'s database file (None on PostgreSQL)."""
    if not is_sqlite(engine):
        return None
    with _writers_lock:
        lock = _writers.get(engine)
        if lock is None:
            lock = _writers[engine] = WriterLock(engine.url.database)
        return lock


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """A write transaction, committed at the end (rolled back on an exception)."""
    with engine.connect() as conn, write_transaction(conn):
        yield conn


@contextmanager
def write_transaction(conn: Connection) -> Iterator[Connection]:
    """A write transaction on ``conn`` (not in a transaction yet), committed at the end; on
    SQLite it first takes the turn to write (:class:`WriterLock`)."""
    lock = _writer_lock(conn.engine)
    with lock or nullcontext():
        conn = conn.execution_options(repdesk_write=True)
        with conn.begin():
            yield conn


def lock_counter(conn: Connection) -> int:
    """Lock the counter row until the transaction ends; returns the last seq handed out."""
    return int(
        conn.execute(
            text("UPDATE sync_counter SET value = value WHERE id = 1 RETURNING value")
        ).scalar_one()
    )


@dataclass(frozen=True)
class CounterState:
    """PostgreSQL: the counter row and what a push checks with it (see :func:`counter_state`)."""

    seq: int  # the last seq handed out
    version: str  # the row's version (``xmin``: the transaction that last wrote it)
    epoch: str
    horizon: int  # the purge horizon

    @classmethod
    def of(cls, row: Sequence[Any]) -> CounterState:
        """From a row of :data:`COUNTER_STATE`."""
        return cls(int(row[0]), str(row[1]), str(row[2]), int(row[3]))


def counter_state(conn: Connection, *, lock: bool = False) -> CounterState:
    """PostgreSQL: the last seq, the counter row's version, the epoch and the purge horizon.

    With ``lock`` the row is locked until the transaction ends (waiting for the writer
    holding it), and its seq and version are the latest committed ones (the epoch and horizon
    may be as of before the wait). Every transaction that
    holds the lock writes the row (:func:`lock_counter`, or a push's closing
    :func:`set_counter`), so an unchanged version means nothing that holds the lock
    committed in between."""
    row = execute(conn, COUNTER_STATE + (" FOR UPDATE OF c" if lock else "")).one()
    return CounterState.of(row)


COUNTER_STATE = (
    "SELECT c.value, c.xmin::text, m.epoch, m.purge_horizon FROM sync_counter c, server_meta m"
    " WHERE c.id = 1 AND m.id = 1"
)


def set_counter(conn: Connection, last_seq: int) -> None:
    """Record ``last_seq`` as the last seq handed out (the row is locked by this transaction)."""
    write(conn, "UPDATE sync_counter SET value = ? WHERE id = 1", last_seq)


class Numbering:
    """Hands out seqs inside a transaction that holds the counter lock."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.last = lock_counter(conn)

    def next(self) -> int:
        """The next seq."""
        self.last += 1
        return self.last

    def log(self, account_id: str, rep_id: str, *, granted: bool) -> None:
        """Write an access_log entry with its own seq."""
        self.conn.execute(
            text(
                "INSERT INTO access_log (seq, account_id, rep_id, granted, at)"
                " VALUES (:seq, :a, :rep, :g, :at)"
            ),
            {"seq": self.next(), "a": account_id, "rep": rep_id, "g": granted, "at": iso(now())},
        )

    def renumber(self, where: str, **params: Any) -> int:
        """Give the records ``where`` says new seqs, oldest first (values and field versions
        unchanged), so pulls bring them again; returns how many."""
        ids = self.conn.execute(
            text(f"SELECT id FROM records WHERE {where} ORDER BY version"), params
        ).scalars()
        rows = [{"id": row_id, "v": self.next()} for row_id in list(ids)]
        if rows:
            self.conn.execute(text("UPDATE records SET version = :v WHERE id = :id"), rows)
        return len(rows)

    def done(self) -> None:
        """Record the last seq handed out (before the transaction commits)."""
        set_counter(self.conn, self.last)


def current_seq(conn: Connection) -> int:
    """The last seq handed out (as this transaction sees it)."""
    return int(conn.execute(text("SELECT value FROM sync_counter WHERE id = 1")).scalar_one())


def epoch(conn: Connection) -> str:
    """This database's epoch."""
    return str(execute(conn, "SELECT epoch FROM server_meta WHERE id = 1").scalar_one())


def epoch_and_base(conn: Connection) -> tuple[str, int]:
    """This database's epoch and the seq it began at (see ``server.maintenance.new_epoch``)."""
    row: Any = execute(conn, "SELECT epoch, epoch_base FROM server_meta WHERE id = 1").one()
    return str(row[0]), int(row[1])


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    """``items`` in slices of at most ``size``."""
    for i in range(0, len(items), size):
        yield items[i : i + size]


def native(conn: Connection, sql: str) -> str:
    """``sql`` written with ``?`` placeholders, in the driver's own placeholder style."""
    return sql if conn.dialect.paramstyle == "qmark" else sql.replace("?", "%s")


class Rows(list[Any]):
    """The rows (tuples) a statement run straight through the driver returned."""

    def all(self) -> list[Any]:
        """Every row."""
        return self

    def first(self) -> Any:
        """The first row, or None."""
        return self[0] if self else None

    def one(self) -> Any:
        """The only row; raises unless there is exactly one."""
        if len(self) != 1:
            raise (NoResultFound if not self else MultipleResultsFound)(f"{len(self)} rows")
        return self[0]

    def scalar_one(self) -> Any:
        """The first column of the only row."""
        return self.one()[0]


def _cursor(conn: Connection) -> Any:
    """A driver cursor inside ``conn``'s transaction (begun first if need be, as SQLAlchemy
    would on its own: on SQLite its begin event says BEGIN)."""
    if not conn.in_transaction():
        conn.begin()
    raw: Any = conn.connection.driver_connection
    return raw.cursor()


def execute(conn: Connection, sql: str, *params: Any) -> Rows:
    """Execute ``sql`` (``?`` placeholders) straight through the driver, and its rows (not
    inside :func:`pipelined`: use :func:`write` there).

    The hot paths: no SQL compilation, no parameter or result processing, no SQLAlchemy
    result objects (each of those cost about as much again as the statement on SQLite).
    """
    cur = _cursor(conn)
    cur.execute(native(conn, sql), params)
    return Rows(cur.fetchall() if cur.description is not None else ())


def write(conn: Connection, sql: str, *params: Any) -> None:
    """Execute ``sql`` (``?`` placeholders; a statement that returns no rows) straight
    through the driver; may be :func:`pipelined`."""
    _cursor(conn).execute(native(conn, sql), params)


def run_many(conn: Connection, sql: str, rows: Sequence[tuple[Any, ...]]) -> None:
    """Execute ``sql`` (``?`` placeholders) once per row, straight through the driver."""
    if rows:
        _cursor(conn).executemany(native(conn, sql), rows)


SMALL_INSERT = 64  # PostgreSQL: up to this many rows go in one INSERT, more through COPY


def update_many(
    conn: Connection, table: str, key: str, columns: str, rows: Sequence[tuple[Any, ...]]
) -> None:
    """Set ``columns`` (comma-separated names) of the rows of ``table`` whose ``key`` is the
    last value of each tuple in ``rows`` (the columns' values first).

    SQLite runs one prepared ``UPDATE`` per row; PostgreSQL one ``UPDATE … FROM (VALUES …)``
    per :data:`SMALL_INSERT` rows (one statement for the database to run instead of many).
    """
    if not rows:
        return
    names = [name.strip() for name in columns.split(",")]
    if is_sqlite(conn):
        sets = ", ".join(f"{name} = ?" for name in names)
        run_many(conn, f"UPDATE {table} SET {sets} WHERE {key} = ?", rows)
        return
    sets = ", ".join(f"{name} = v.{name}" for name in names)
    marks = "(" + ",".join("?" * (len(names) + 1)) + ")"
    cur = _cursor(conn)
    for part in chunks(rows, SMALL_INSERT):
        sql = (
            f"UPDATE {table} AS t SET {sets} FROM (VALUES {','.join([marks] * len(part))})"
            f" AS v({columns}, {key}) WHERE t.{key} = v.{key}"
        )
        cur.execute(native(conn, sql), [value for row in part for value in row])


def insert_many(
    conn: Connection, table: str, columns: str, rows: Sequence[tuple[Any, ...]]
) -> None:
    """Insert ``rows`` (tuples in the order of ``columns``, comma-separated names).

    SQLite runs one prepared statement per row (``executemany``, fast in-process);
    PostgreSQL gets many rows through ``COPY`` (several times faster than any ``INSERT``)
    and a few in one multi-row ``INSERT`` (one round trip, and it can be pipelined).
    """
    if not rows:
        return
    marks = "(" + ",".join("?" * len(rows[0])) + ")"
    if is_sqlite(conn):
        run_many(conn, f"INSERT INTO {table} ({columns}) VALUES {marks}", rows)
        return
    cur = _cursor(conn)
    if len(rows) <= SMALL_INSERT:
        values = ",".join([marks] * len(rows))
        sql = native(conn, f"INSERT INTO {table} ({columns}) VALUES {values}")
        cur.execute(sql, [value for row in rows for value in row])
        return
    with cur.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


@contextmanager
def pipelined(conn: Connection, enabled: bool = True) -> Iterator[None]:
    """PostgreSQL: statements run through this module's functions inside the block are sent
    without waiting for each answer (psycopg's pipeline mode; no ``COPY`` inside, so
    :func:`insert_many` of more than :data:`SMALL_INSERT` rows must stay out), and their
    errors are raised at the end of the block. SQLite: nothing special."""
    if not enabled or is_sqlite(conn):
        yield
        return
    _cursor(conn).close()  # begins the transaction first if need be
    raw: Any = conn.connection.driver_connection
    with raw.pipeline():
        yield


_SEPARATOR = "\x1f"  # in no id, change id or scope (plain text, checked below)


def any_of(values: Sequence[Any]) -> tuple[str, Any]:
    """PostgreSQL: ``= ANY(…)`` of ``values`` (one ``?``), and its parameter.

    Strings go as one text split on the server (``string_to_array``): psycopg adapting a
    list of 1,000 ids to an array costs 2.5 ms of the server's CPU, the joined text 0.1 ms.
    Anything else (or a string holding the separator) goes as a list.
    """
    if all(type(v) is str and v and _SEPARATOR not in v for v in values):
        return "= ANY(string_to_array(?, chr(31)))", _SEPARATOR.join(values)
    return "= ANY(?)", list(values)


class Asked:
    """Reads sent ahead: on PostgreSQL they go out at once, pipelined (one round trip), and
    the server runs them while this process does something else (a push checks its values
    meanwhile); :meth:`rows` waits for the answers. On SQLite (in-process) they run in
    :meth:`rows`.

    Each read is ``(sql, values, params)`` as :func:`select_in` takes them, or ``(sql,
    None, params)`` for a plain statement. Nothing else may use the connection in between.
    """

    def __init__(
        self,
        conn: Connection,
        reads: Sequence[tuple[str, Sequence[Any] | None, tuple[Any, ...]]],
    ) -> None:
        self.conn = conn
        self.reads = reads
        self.cursors: list[Any] = []
        self._context: Any = None  # psycopg's pipeline, while the reads are out
        self.ahead = not is_sqlite(conn)
        if not self.ahead:
            return
        _cursor(conn).close()  # begins the transaction first if need be
        raw: Any = conn.connection.driver_connection
        self._context = raw.pipeline()
        self._context.__enter__()
        try:
            for sql, values, params in reads:
                if values is not None:
                    if not values:
                        self.cursors.append(None)
                        continue
                    condition, array = any_of(values)
                    sql, params = sql.replace("IN (%s)", condition), (*params, array)
                cur = raw.cursor()
                cur.execute(native(conn, sql), params)
                self.cursors.append(cur)
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> Asked:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Leave the pipeline (its answers unread are dropped; errors raised)."""
        context, self._context = self._context, None
        if context is not None:
            context.__exit__(None, None, None)

    def rows(self) -> list[list[Any]]:
        """The rows of each read, in order."""
        if not self.ahead:
            return [
                list(execute(self.conn, sql, *params))
                if values is None
                else select_in(self.conn, sql, values, params)
                for sql, values, params in self.reads
            ]
        self.close()  # leaving the pipeline waits for every answer
        return [cur.fetchall() if cur is not None else [] for cur in self.cursors]


def select_in(
    conn: Connection, sql: str, values: Iterable[Any], params: tuple[Any, ...] = ()
) -> list[Any]:
    """Rows of ``sql`` for every value.

    ``sql`` uses ``?`` placeholders and ends in ``IN (%s)``: the values go there, after
    ``params`` — on SQLite as placeholders in chunks of :data:`CHUNK`, on PostgreSQL as one
    array (``= ANY(…)``: one plan whatever the number of values).
    """
    values = list(values)
    if not values:
        return []
    if not is_sqlite(conn):
        condition, array = any_of(values)
        return execute(conn, sql.replace("IN (%s)", condition), *params, array)
    rows: list[Any] = []
    for part in chunks(values):
        rows.extend(execute(conn, sql % ",".join("?" * len(part)), *params, *part))
    return rows


def by_version(conn: Connection) -> str:
    """SQLite's ``NOT INDEXED``: walk ``records`` in version (rowid) order.

    Its planner would otherwise pick the scope index and sort a whole scope for every page
    of a pull; PostgreSQL's planner chooses well by itself.
    """
    return " NOT INDEXED" if is_sqlite(conn) else ""


def stored_revision(conn: Connection) -> str | None:
    """The migration revision stored in the database, or None for a new database."""
    if not conn.dialect.has_table(conn, "alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine) -> None:
    """Bring the schema to ``HEAD`` and make the first-start rows (epoch, counter).

    Imports Alembic only when something needs upgrading; refuses a database written by a
    newer server.
    """
    try:
        with engine.connect() as conn:
            revision = stored_revision(conn)
    except Exception as exc:  # noqa: BLE001 - the driver's errors vary; one line for the admin
        raise DatabaseError(f"cannot open the database: {_one_line(exc)}") from None
    if revision is not None and revision not in REVISIONS:
        raise DatabaseError(
            f"the database has schema {revision}, newer than this server knows; update the server"
        )
    if revision != HEAD:
        _migrate(engine)
    with writing(engine) as conn:
        created = iso(now())
        conn.execute(
            text(
                "INSERT INTO server_meta (id, epoch, created_at, purge_horizon)"
                " VALUES (1, :epoch, :at, 0) ON CONFLICT (id) DO NOTHING"
            ),
            {"epoch": str(uuid.uuid4()), "at": created},
        )
        conn.execute(
            text("INSERT INTO sync_counter (id, value) VALUES (1, 0) ON CONFLICT (id) DO NOTHING")
        )


MIGRATION_LOCK = 0x52_44_4D_47  # "RDMG": PostgreSQL advisory lock while migrating


def _migrate(engine: Engine) -> None:
    """Run Alembic up to HEAD, one process at a time (another may be starting too)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    with writing(engine) as conn:  # SQLite: the write lock; PostgreSQL: an advisory lock
        if not is_sqlite(conn):
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK})
        if stored_revision(conn) != HEAD:  # again, now that no one else is migrating
            config.attributes["connection"] = conn
            command.upgrade(config, HEAD)


def open_engine(settings: Settings) -> Engine:
    """An engine on an up-to-date database (migrations run first)."""
    engine = make_engine(settings)
    try:
        upgrade(engine)
    except Exception:
        engine.dispose()
        raise
    return engine


def _one_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
