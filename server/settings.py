"""Server settings, read from ``REPDESK_SERVER_*`` environment variables.

A small frozen dataclass instead of pydantic-settings (not a dependency): every field has a
default and an environment variable of the same name in upper case, e.g.
``REPDESK_SERVER_TOKEN_DAYS=7``. Command-line options (``--db``) override the environment.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

PREFIX = "REPDESK_SERVER_"


def default_db_url() -> str:
    """``sqlite:///<cwd>/repdesk-server.db``: the database used when none is given."""
    return f"sqlite:///{Path.cwd() / 'repdesk-server.db'}"


@dataclass(frozen=True)
class Settings:
    """Everything the server can be told; see ``docs/server.md`` for each variable."""

    db: str = ""
    token_days: float = 30.0
    login_max_failures: int = 5
    login_window_minutes: float = 15.0
    login_first_delay_seconds: int = 2
    login_max_delay_seconds: int = 300
    tombstone_retention_days: int = 180
    pull_page_max: int = 10_000  # caps a pull's ``limit`` (the protocol's own maximum)
    argon2_time_cost: int = 3  # argon2-cffi's defaults (RFC 9106, low-memory profile)
    argon2_memory_kib: int = 65_536
    argon2_parallelism: int = 4
    max_concurrency: int = 64
    threads: int = 4  # see docs/server.md, "Load and benchmarks"
    pool_size: int = 16
    sqlite_busy_timeout_ms: int = 30_000

    @property
    def db_url(self) -> str:
        """The database URL, with the default SQLite file when none was set."""
        return self.db or default_db_url()

    def with_overrides(self, **values: Any) -> Settings:
        """A copy with the non-None ``values`` set."""
        return replace(self, **{k: v for k, v in values.items() if v is not None})


class SettingsError(ValueError):
    """An environment variable holds a value of the wrong kind."""


def load_settings(env: dict[str, str] | None = None) -> Settings:
    """Settings from ``env`` (default: ``os.environ``); raises :class:`SettingsError`."""
    source = os.environ if env is None else env
    values: dict[str, Any] = {}
    for f in fields(Settings):
        raw = source.get(PREFIX + f.name.upper())
        if raw is None or raw == "":
            continue
        kind: type[Any] = type(f.default)
        try:
            values[f.name] = kind(raw)
        except ValueError:
            raise SettingsError(
                f"{PREFIX}{f.name.upper()}: {raw!r} is not a valid {kind.__name__}"
            ) from None
    return Settings(**values)
