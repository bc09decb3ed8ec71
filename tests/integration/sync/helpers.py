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
from sqlalchemy import select

from domain.records import TABLE_ORDER
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


# Runs the admin CLI's ``add-rep`` once per login given, in one process (starting Python
# and importing the server once per rep would cost most of a test's time).
_ADD_REPS = """
import sys
from server.__main__ import main
db, logins = sys.argv[1], sys.argv[2:]
sys.exit(max(main(["add-rep", "--db", db, "--login", l, "--name", "代表" + l[-4:]]) for l in logins))
"""


@dataclass
class Server:
    """A ``python -m server serve`` process on loopback, with its SQLite file."""

    root: Path
    port: int
    proc: subprocess.Popen[bytes] | None = None
    spare: list[str] = field(default_factory=list)  # reps made ahead, all with PASSWORD

    @property
    def db_path(self) -> Path:
        return self.root / "server.db"

    @property
    def db_url(self) -> str:
        return f"sqlite:///{self.db_path}"

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
            env=python_env(),
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

    def add_rep(self, login: str | None = None, password: str = PASSWORD) -> str:
        """Create a rep with the admin CLI; returns the login."""
        login = login or unique("rep")
        self.admin(
            "add-rep", "--login", login, "--name", f"代表{login[-4:]}", stdin=password + "\n"
        )
        return login

    def assign(self, account_id: str, login: str, *, owner: bool = False) -> None:
        """Share an account with a rep (``owner``: transfer it)."""
        self.admin(
            "assign", "--account", account_id, "--rep", login, *(["--owner"] if owner else [])
        )


def start_server(root: Path) -> Server:
    """A new server with an empty database in ``root``, running."""
    root.mkdir(parents=True, exist_ok=True)
    return Server(root, free_port()).start()


@contextmanager
def running_server(root: Path) -> Iterator[Server]:
    """A new server in ``root`` for the length of the block, stopped after it."""
    srv = start_server(root)
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
