"""Passwords, bearer tokens and login throttling (docs/sync-protocol.md, "Authentication").

- passwords: argon2id hashes (argon2-cffi);
- tokens: 32 random bytes, urlsafe base64, stored only as their SHA-256;
- throttling: after ``login_max_failures`` failures within the window, further attempts of
  that login are refused with a delay that doubles up to ``login_max_delay_seconds``. Unknown
  logins are throttled and hashed against a dummy hash, so they look like wrong passwords.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import secrets
from dataclasses import dataclass
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, text

from server.db import execute, iso
from server.settings import Settings

_hasher = PasswordHasher()


def configure(settings: Settings) -> None:
    """Hash new passwords with the argon2 cost in ``settings`` (stored hashes keep theirs)."""
    global _hasher
    _hasher = PasswordHasher(
        time_cost=settings.argon2_time_cost,
        memory_cost=settings.argon2_memory_kib,
        parallelism=settings.argon2_parallelism,
    )
    _dummy_hash.cache_clear()


@dataclass(frozen=True)
class Rep:
    """An authenticated rep."""

    id: str
    login: str
    display_name: str


def hash_password(password: str) -> str:
    """The argon2 hash to store for ``password``."""
    return _hasher.hash(password)


@cache
def _dummy_hash() -> str:
    return _hasher.hash(secrets.token_hex(16))


def verify_password(stored_hash: str | None, password: str) -> bool:
    """Whether ``password`` matches ``stored_hash``; None (unknown login) costs the same."""
    try:
        return _hasher.verify(stored_hash or _dummy_hash(), password) and stored_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def token_hash(token: str) -> str:
    """The SHA-256 (hex) under which a token is stored."""
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def issue_token(
    conn: Connection, rep_id: str, now: dt.datetime, settings: Settings
) -> tuple[str, str]:
    """Make and store a new token for ``rep_id``; returns (token, expires_at)."""
    token = secrets.token_urlsafe(32)
    expires = iso(now + dt.timedelta(days=settings.token_days))
    conn.execute(
        text(
            "INSERT INTO tokens (token_hash, rep_id, created_at, expires_at, revoked)"
            " VALUES (:h, :rep, :at, :exp, :no)"
        ),
        {"h": token_hash(token), "rep": rep_id, "at": iso(now), "exp": expires, "no": False},
    )
    return token, expires


def rep_for_token(conn: Connection, token: str, now: dt.datetime) -> Rep | None:
    """The rep a token belongs to, or None when it is unknown, expired, revoked or disabled."""
    row = execute(
        conn,
        "SELECT r.id, r.login, r.display_name FROM tokens t JOIN reps r ON r.id = t.rep_id"
        " WHERE t.token_hash = ? AND t.revoked = ? AND t.expires_at > ? AND r.disabled = ?",
        token_hash(token),
        False,
        iso(now),
        False,
    ).first()
    return Rep(*row) if row else None


def revoke_token(conn: Connection, token: str) -> None:
    """Make ``token`` stop working."""
    conn.execute(
        text("UPDATE tokens SET revoked = :yes WHERE token_hash = :h"),
        {"h": token_hash(token), "yes": True},
    )


@dataclass(frozen=True)
class Credentials:
    """What the database holds for a login (None fields for an unknown login)."""

    rep: Rep | None
    password_hash: str | None
    disabled: bool


def credentials(conn: Connection, login: str) -> Credentials:
    """The stored password hash and state of ``login``."""
    row = conn.execute(
        text("SELECT id, login, display_name, password_hash, disabled FROM reps WHERE login = :l"),
        {"l": login},
    ).first()
    if row is None:
        return Credentials(None, None, False)
    return Credentials(Rep(row[0], row[1], row[2]), row[3], bool(row[4]))


def retry_after(conn: Connection, login: str, now: dt.datetime, settings: Settings) -> int | None:
    """Seconds ``login`` must wait before the next attempt, or None when it may try now."""
    row = conn.execute(
        text("SELECT window_start, next_allowed FROM login_failures WHERE login = :l"),
        {"l": login},
    ).first()
    if row is None or row[1] is None or _window_passed(row[0], now, settings):
        return None
    wait = (dt.datetime.fromisoformat(row[1]) - now).total_seconds()
    return math.ceil(wait) if wait > 0 else None


def _window_passed(window_start: str, now: dt.datetime, settings: Settings) -> bool:
    start = dt.datetime.fromisoformat(window_start)
    return now - start > dt.timedelta(minutes=settings.login_window_minutes)


def record_failure(conn: Connection, login: str, now: dt.datetime, settings: Settings) -> None:
    """Count a failed attempt of ``login`` and set when the next attempt is allowed."""
    row = conn.execute(
        text("SELECT failures, window_start FROM login_failures WHERE login = :l"), {"l": login}
    ).first()
    if row is None or _window_passed(row[1], now, settings):
        failures, start = 1, now
    else:
        failures, start = int(row[0]) + 1, dt.datetime.fromisoformat(row[1])
    next_allowed = None
    over = failures - settings.login_max_failures
    if over >= 0:
        delay = min(
            settings.login_first_delay_seconds * 2 ** min(over, 30),
            settings.login_max_delay_seconds,
        )
        next_allowed = iso(now + dt.timedelta(seconds=delay))
    conn.execute(
        text(
            "INSERT INTO login_failures (login, failures, window_start, next_allowed)"
            " VALUES (:l, :n, :start, :next) ON CONFLICT (login) DO UPDATE SET"
            " failures = excluded.failures, window_start = excluded.window_start,"
            " next_allowed = excluded.next_allowed"
        ),
        {"l": login, "n": failures, "start": iso(start), "next": next_allowed},
    )


def clear_failures(conn: Connection, login: str) -> None:
    """Forget the failed attempts of ``login`` (after a successful login)."""
    conn.execute(text("DELETE FROM login_failures WHERE login = :l"), {"l": login})
