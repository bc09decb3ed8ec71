"""Test helpers for sync: the real server process, reps' laptops, an in-memory keyring."""

from __future__ import annotations

import itertools
import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import keyring
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError
from sqlalchemy import Engine, create_engine, select, text

from domain.records import TABLE_ORDER
from server import admin as server_admin
from server import auth as server_auth
from server.db import make_engine
from server.settings import Settings, load_settings
from services import records
from services.conflicts import ConflictView, list_conflicts
from storage.database import Database, open_database
from storage.models import SYNCED_MODELS, PendingChange
from storage.uow import UnitOfWork
from sync import local
from sync.client import SyncClient
from sync.engine import RoundResult, read_sync_state, sync_once
from sync.protocol import VerifyRequest, digest_lines

ROOT = Path(__file__).resolve().parents[3]
PASSWORD = "correct horse battery"
_numbers = itertools.count(1)


def unique(prefix: str) -> str:
    """A name no other test uses (logins, account names)."""
    return f"{prefix}{next(_numbers)}x{uuid.uuid4().hex[:6]}"


def free_port() -> int:
    """A TCP port nothing listens on right now (on loopback)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps passwords in a dict (tests only)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.items.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


def python_env(**extra: str) -> dict[str, str]:
    """The environment for child processes: no real keyring, this repo importable."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), **extra}
    env.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    return env


# Cheap password hashing for the reps tests make (argon2 checks a hash with the cost it was
# made with, so logins are cheap too); production keeps the defaults.
FAST_HASHING = {"REPDESK_SERVER_ARGON2_TIME_COST": "1", "REPDESK_SERVER_ARGON2_MEMORY_KIB": "1024"}
_fast_hashing = False


@dataclass
class Server:
    """A ``python -m server serve`` process on loopback, on its SQLite file in ``root`` or
    on the PostgreSQL database ``database_url``."""

    root: Path
    port: int
    proc: subprocess.Popen[bytes] | None = None
    spare: list[str] = field(default_factory=list)  # reps made ahead, all with PASSWORD
    database_url: str | None = None  # None: SQLite, root/server.db

    @property
    def backend(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return "sqlite" if self.database_url is None else "postgresql"

    @property
    def db_path(self) -> Path:
        """The SQLite file (SQLite servers only)."""
        assert self.database_url is None, "db_path: this server runs on PostgreSQL"
        return self.root / "server.db"

    @property
    def db_url(self) -> str:
        return self.database_url or f"sqlite:///{self.root / 'server.db'}"

    def kill(self) -> None:
        """Kill the process at once (SIGKILL): no graceful shutdown, a request cut off."""
        if self.proc is None:
            return
        self.proc.kill()
        self.proc.wait(10)
        self.proc = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Server:
        """Start the process and wait until ``/health`` answers."""
        log = (self.root / "server.log").open("ab")
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "server",
                "serve",
                "--db",
                self.db_url,
                "--port",
                str(self.port),
            ],
            cwd=ROOT,
            env=python_env(**FAST_HASHING),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited: {(self.root / 'server.log').read_text()}")
            try:
                if httpx.get(f"{self.url}/api/v1/health", timeout=1).status_code == 200:
                    return self
            except httpx.TransportError:
                time.sleep(0.1)
        raise RuntimeError("server did not answer /api/v1/health within 30 s")

    def stop(self) -> None:
        """Stop the process (terminate, then kill)."""
        if self.proc is None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(10)
        self.proc = None

    def admin(self, *args: str, stdin: str = "") -> str:
        """Run ``python -m server ARGS --db URL``; returns its output."""
        done = subprocess.run(
            [sys.executable, "-m", "server", *args, "--db", self.db_url],
            cwd=ROOT,
            env=python_env(),
            input=stdin,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    def _direct(self) -> Engine:
        """An engine on the server's database for one admin call (dispose it after).

        The admin library in this process, not ``python -m server``: starting Python and
        importing the server for every rep cost most of a test's time (the CLI itself is
        tested in tests/server and by :meth:`admin`).
        """
        global _fast_hashing
        if not _fast_hashing:
            server_auth.configure(load_settings(FAST_HASHING))
            _fast_hashing = True
        return make_engine(Settings(db=self.db_url, pool_size=1))

    def add_rep(self, login: str | None = None, password: str = PASSWORD) -> str:
        """Create a rep (what ``add-rep`` does); returns the login."""
        login = login or unique("rep")
        engine = self._direct()
        try:
            server_admin.add_rep(engine, login, f"代表{login[-4:]}", password)
        finally:
            engine.dispose()
        return login

    def assign(self, account_id: str, login: str, *, owner: bool = False) -> None:
        """Share an account with a rep (``owner``: transfer it), as ``assign`` does."""
        engine = self._direct()
        try:
            server_admin.assign(engine, account_id, login, owner=owner)
        finally:
            engine.dispose()


def start_server(root: Path, db_url: str | None = None) -> Server:
    """A new server, running: on an empty SQLite file in ``root``, or on ``db_url``."""
    root.mkdir(parents=True, exist_ok=True)
    return Server(root, free_port(), database_url=db_url).start()


def new_postgres_database(cluster_url: str) -> str:
    """An empty database on the cluster of ``cluster_url``; returns its URL."""
    name = unique("db").lower()
    engine = create_engine(cluster_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        engine.dispose()
    return f"{cluster_url.rsplit('/', 1)[0]}/{name}"


@contextmanager
def running_server(root: Path, db_url: str | None = None) -> Iterator[Server]:
    """A new server (see :func:`start_server`) for the length of the block, stopped after."""
    srv = start_server(root, db_url)
    try:
        yield srv
    finally:
        srv.stop()


@contextmanager
def memory_keyring_installed() -> Iterator[MemoryKeyring]:
    """An empty in-memory keyring for the block; the previous backend is put back after."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@dataclass
class Laptop:
    """A rep's laptop: his database and a sync client logged in to the server."""

    db: Database
    client: SyncClient
    login: str
    rounds: list[RoundResult] = field(default_factory=list)

    @classmethod
    def open(
        cls, server_url: str, login: str, path: Path, *, password: str = PASSWORD, **client: Any
    ) -> Laptop:
        client.setdefault("backoff", 0.01)
        sync_client = SyncClient(server_url, **client)
        sync_client.login(login, password)
        return cls(open_database(path), sync_client, login)

    def close(self) -> None:
        self.client.close()
        self.db.close()

    def sync(self, **options: Any) -> RoundResult:
        result = sync_once(self.db, self.client, **options)
        self.rounds.append(result)
        return result

    # --- editing, as the rep does it ------------------------------------------------------

    def create(self, table: str, **values: Any) -> str:
        with UnitOfWork(self.db) as uow:
            return records.create(uow, table, values)

    def new_account(self, **values: Any) -> str:
        return self.create(
            "accounts", **{"name": unique("客户"), "channel_type": "dealer", **values}
        )

    def edit(self, table: str, row_id: str, **changes: Any) -> None:
        with UnitOfWork(self.db) as uow:
            records.update(uow, table, row_id, changes)

    def delete(self, table: str, row_id: str) -> None:
        with UnitOfWork(self.db) as uow:
            records.delete(uow, table, row_id)

    # --- looking ------------------------------------------------------------------------------

    def get(self, table: str, row_id: str) -> dict[str, Any] | None:
        """The stored row (tombstones too) as typed values, or None."""
        with UnitOfWork(self.db, write=False) as uow:
            row = uow.session.get(SYNCED_MODELS[table], row_id)
            if row is None:
                return None
            return {c.key: getattr(row, c.key) for c in row.__table__.columns}

    def value(self, table: str, row_id: str, name: str) -> Any:
        row = self.get(table, row_id)
        assert row is not None, f"{table} {row_id} is not on {self.login}'s laptop"
        return row[name]

    def conflicts(self, *, include_resolved: bool = False) -> list[ConflictView]:
        with UnitOfWork(self.db, write=False) as uow:
            return list_conflicts(uow, include_resolved=include_resolved)

    def changes(self, *states: str) -> list[PendingChange]:
        with UnitOfWork(self.db, write=False) as uow:
            query = select(PendingChange).order_by(PendingChange.seq)
            if states:
                query = query.where(PendingChange.state.in_(states))
            found = list(uow.session.scalars(query))
            uow.session.expunge_all()  # keep the loaded values after the rollback
            return found

    def state(self) -> dict[str, Any]:
        return read_sync_state(self.db)

    def snapshot(self, ids: Iterable[str] | None = None) -> dict[tuple[str, str], dict[str, Any]]:
        """Every synced row (version > 0) as typed values, by (table, id)."""
        wanted = set(ids) if ids is not None else None
        out: dict[tuple[str, str], dict[str, Any]] = {}
        with UnitOfWork(self.db, write=False) as uow:
            for table in TABLE_ORDER:
                model = SYNCED_MODELS[table]
                for row in uow.session.scalars(select(model).where(model.version > 0)):
                    if wanted is None or row.id in wanted:
                        values = {c.key: getattr(row, c.key) for c in row.__table__.columns}
                        for meta in ("created_at", "updated_at"):
                            values.pop(meta)
                        out[(table, row.id)] = values
        return out

    def differs_from_server(self) -> list[str]:
        """Tables whose local digest differs from the server's (empty: the same)."""
        answer = self.client.verify(VerifyRequest(tables=list(TABLE_ORDER)))
        bad = []
        with self.db.engine.connect() as conn:
            for table, theirs in answer.tables.items():
                pairs = local.local_digest_pairs(conn, table)
                if (len(pairs), digest_lines(pairs)) != (theirs.count, theirs.hash):
                    bad.append(table)
        return bad


def run_cli(
    *args: str, password: str | None = PASSWORD, timeout: float = 120, **env: str
) -> subprocess.CompletedProcess[str]:
    """``python main.py ARGS`` in a child process (no keyring there)."""
    extra = dict(env)
    if password is not None:
        extra["REPDESK_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        env=python_env(**extra),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        stdin=subprocess.DEVNULL,
    )
