"""A throwaway PostgreSQL cluster for tests and benchmarks.

``initdb`` in a temporary directory (as the ``postgres`` user when run as root: initdb refuses
root), its own loopback port and socket directory, ``fsync=off``; one empty database. Used by
``tests/server/conftest.py`` and ``bench/sync_server.py``.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from server.loadgen import free_port


def pg_bindir() -> Path | None:
    """Where ``initdb`` and ``pg_ctl`` are (the newest installed version), or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _as_postgres(cmd: list[str]) -> list[str]:
    """Run as the ``postgres`` user when we are root (initdb refuses root)."""
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


def _run(*cmd: str) -> None:
    subprocess.run(_as_postgres(list(cmd)), check=True, capture_output=True, timeout=120)


@contextmanager
def pg_cluster(bindir: Path, database: str = "repdesk") -> Iterator[str]:
    """Start a cluster with an empty ``database``; yields its SQLAlchemy URL, then removes it."""
    root = Path(tempfile.mkdtemp(prefix="repdesk-pg-"))
    data, sockets = root / "data", root / "sock"
    sockets.mkdir()
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        shutil.chown(sockets, "postgres")
    port = free_port()
    initdb = [str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust"]
    _run(*initdb, "--no-sync", "-E", "UTF8", "--locale=C")
    options = (
        f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200"
    )
    pg_ctl = [str(bindir / "pg_ctl"), "-D", str(data)]
    try:
        _run(*pg_ctl, "-o", options, "-w", "-l", str(root / "pg.log"), "start")
        _run(
            str(bindir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", database
        )
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/{database}"
    finally:
        subprocess.run(
            _as_postgres([*pg_ctl, "-m", "immediate", "stop"]), check=False, capture_output=True
        )
        shutil.rmtree(root, ignore_errors=True)
