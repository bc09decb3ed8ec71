"""Load generation for the sync server: a minimal protocol client, a server launcher, and
synthetic rep data shaped like ``demo --size large``.

Used by the server tests (``tests/server``) and the measurements (``server/benchmark.py``).
"""

from __future__ import annotations

import json
import os
import random
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from domain.codec import encode
from domain.ids import new_id
from domain.records import TABLES
from sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION

ROOT = Path(__file__).resolve().parent.parent
API = "/api/v1"


def free_port() -> int:
    """A TCP port nobody listens on right now (loopback)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class ServerProcess:
    """A ``python -m server serve`` subprocess on loopback."""

    db_url: str
    port: int
    process: subprocess.Popen[bytes]
    log_path: Path

    @property
    def url(self) -> str:
        """Its base URL."""
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        """Stop it (SIGTERM, then SIGKILL after 10 s)."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def start_server(
    db_url: str,
    log_path: Path,
    *,
    port: int | None = None,
    env: dict[str, str] | None = None,
    workers: int = 1,
) -> ServerProcess:
    """Start ``python -m server serve`` on ``db_url`` and wait until /health answers."""
    port = port or free_port()
    log = log_path.open("wb")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "server",
            "serve",
            "--db",
            db_url,
            "--port",
            str(port),
            "--workers",
            str(workers),
        ],
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, **(env or {})},
    )
    server = ServerProcess(db_url, port, process, log_path)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited: {log_path.read_text(errors='replace')[-2000:]}")
        try:
            if httpx.get(f"{server.url}{API}/health", timeout=1).status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.05)
    server.stop()
    raise RuntimeError(f"the server did not start: {log_path.read_text(errors='replace')[-2000:]}")


@dataclass
class SyncClient:
    """The protocol from the client's side, just enough for tests and load."""

    base_url: str
    token: str | None = None
    epoch: str | None = None
    timings: list[float] = field(default_factory=list)  # server ms of each call
    http: httpx.Client = field(init=False)

    def __post_init__(self) -> None:
        self.http = httpx.Client(
            base_url=self.base_url + API,
            headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)},
            timeout=120,
        )

    def close(self) -> None:
        """Close the connection."""
        self.http.close()

    def call(self, path: str, body: Any = None, *, raw: bytes | None = None) -> httpx.Response:
        """POST ``body`` (or the ``raw`` bytes) to ``path`` with the token; returns the answer."""
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        if raw is not None:
            headers["Content-Type"] = "application/json"
            response = self.http.post(path, content=raw, headers=headers)
        else:
            response = self.http.post(path, json=body, headers=headers)
        timing = response.headers.get("server-timing", "")
        if "dur=" in timing:
            self.timings.append(float(timing.split("dur=")[1]))
        return response

    def login(self, login: str, password: str) -> dict[str, Any]:
        """Log in; keeps the token."""
        response = self.call("/auth/login", {"login": login, "password": password})
        response.raise_for_status()
        data: dict[str, Any] = response.json()
        self.token = data["token"]
        return data

    def push(self, changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Push ``changes`` (must succeed); returns the results."""
        response = self.call("/sync/push", {"epoch": self.epoch, "changes": changes})
        response.raise_for_status()
        data = response.json()
        self.epoch = data["epoch"]
        results: list[dict[str, Any]] = data["results"]
        return results

    def pull_all(
        self, since: int = 0, limit: int = 2000, tables: list[str] | None = None
    ) -> tuple[list[dict[str, Any]], int, dict[str, Any]]:
        """Pull every page after ``since``: (records, checkpoint, last page)."""
        records: list[dict[str, Any]] = []
        while True:
            response = self.call(
                "/sync/pull",
                {"epoch": self.epoch, "since": since, "limit": limit, "tables": tables},
            )
            response.raise_for_status()
            page = response.json()
            self.epoch = page["epoch"]
            records.extend(page["records"])
            since = page["checkpoint"]
            if not page["more"]:
                return records, since, page

    def verify(self, tables: list[str]) -> dict[str, Any]:
        """Digests of ``tables``."""
        response = self.call("/sync/verify", {"tables": tables})
        response.raise_for_status()
        result: dict[str, Any] = response.json()["tables"]
        return result


# --- synthetic data ---------------------------------------------------------------------

LARGE_SHAPE = {
    "accounts": 5_000,
    "contacts": 25_000,
    "projects": 10_000,
    "activities": 100_000,
    "invoices": 20_000,
}
_CITIES = ["杭州", "宁波", "上海", "南京", "苏州", "合肥", "武汉", "成都", "广州", "深圳"]
_NAMES = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "吴婷"]


def change(
    table: str, row_id: str, fields: dict[str, Any], base_version: int = 0, at: str | None = None
) -> dict[str, Any]:
    """A pushed change as the protocol sends it."""
    return {
        "change_id": new_id(),
        "table": table,
        "row_id": row_id,
        "base_version": base_version,
        "fields": fields,
        "field_times": {},
        "changed_at": at or "2026-01-05T09:30:00.000000",
    }


def _defaults(table: str) -> dict[str, Any]:
    """The values a client's new record of ``table`` has before the rep sets anything (the
    client sends them: it leaves out only empty fields)."""
    return {f.name: encode(f.default) for f in TABLES[table] if f.default not in (None, [], {}, ())}


def rep_data(shape: dict[str, int] | None = None, seed: int = 7) -> list[dict[str, Any]]:
    """Create-changes of a whole rep's data, parents first (default: the large-rep shape),
    with the values the real client would send (defaults included)."""
    out = _rep_data(shape or LARGE_SHAPE, random.Random(seed))
    defaults = {table: _defaults(table) for table in TABLES}
    for c in out:
        c["fields"] = {**defaults[c["table"]], **c["fields"]}
    return out


def _rep_data(shape: dict[str, int], rng: random.Random) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    accounts = [new_id() for _ in range(shape["accounts"])]
    for i, row_id in enumerate(accounts):
        out.append(
            change(
                "accounts",
                row_id,
                {
                    "name": f"{rng.choice(_CITIES)}{i}号商贸有限公司",
                    "channel_type": rng.choice(["dealer", "agent", "retail"]),
                    "level": rng.choice(["city", "county", "provincial"]),
                    "city": rng.choice(_CITIES),
                    "tags": ["vip"] if i % 7 == 0 else [],
                    "credit_limit": f"{rng.randint(1, 900) * 1000}.00",
                    "phone": f"0571-{rng.randint(10000000, 99999999)}",
                    "notes": "年度框架协议,季度回访。",
                },
            )
        )
    contacts = []
    for i in range(shape["contacts"]):
        row_id, account = new_id(), accounts[i % len(accounts)]
        contacts.append((row_id, account))
        out.append(
            change(
                "contacts",
                row_id,
                {
                    "account_id": account,
                    "name": rng.choice(_NAMES),
                    "title": "采购经理",
                    "org_level": rng.choice(["top", "middle", "base"]),
                    "phone": f"138{rng.randint(10000000, 99999999)}",
                },
            )
        )
    projects = []
    for i in range(shape["projects"]):
        row_id, account = new_id(), accounts[i % len(accounts)]
        projects.append((row_id, account))
        out.append(
            change(
                "projects",
                row_id,
                {
                    "account_id": account,
                    "name": f"项目{i}",
                    "amount": f"{rng.randint(10, 5000) * 100}.00",
                    "step": "needs",
                    "status": "open",
                    "expected_close": "2026-06-30",
                },
            )
        )
    for i in range(shape["activities"]):
        row_id, account = new_id(), accounts[i % len(accounts)]
        out.append(
            change(
                "activities",
                row_id,
                {
                    "account_id": account,
                    "kind": rng.choice(["visit", "call", "wechat"]),
                    "occurred_at": f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T10:00:00.000000",
                    "subject": "季度拜访",
                    "outcome": "continuation",
                    "notes": "客户反馈良好,下次带样品。",
                },
            )
        )
    for i in range(shape["invoices"]):
        row_id, account = new_id(), accounts[i % len(accounts)]
        out.append(
            change(
                "invoices",
                row_id,
                {
                    "account_id": account,
                    "number": f"INV-{i:06d}",
                    "issued_on": "2025-10-01",
                    "due_on": "2025-12-31",
                    "amount": f"{rng.randint(1, 900) * 100}.00",
                },
            )
        )
    return out


def batches(items: list[Any], size: int) -> Iterator[list[Any]]:
    """``items`` in lists of at most ``size``."""
    for i in range(0, len(items), size):
        yield items[i : i + size]


def push_bodies(changes: list[dict[str, Any]], size: int = 1000) -> list[bytes]:
    """Ready-to-send push bodies of ``size`` changes each."""
    return [
        json.dumps({"epoch": None, "changes": b}, ensure_ascii=False).encode()
        for b in batches(changes, size)
    ]
