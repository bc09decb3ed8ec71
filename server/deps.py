"""Typed dependencies of the routes: the engine, settings, the current rep, protocol checks.

The cheap ones are ``async``: FastAPI runs a plain ``def`` dependency in the thread pool,
and a thread hop per dependency cost more than the whole sync round's database work.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Header, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Connection, Engine

from server.auth import Rep, rep_for_token
from server.db import now
from server.settings import Settings
from server.sync_read import DigestCache
from sync.protocol import MIN_PROTOCOL_VERSION, PROTOCOL_HEADER, SCHEMA_HEADER

_bearer = HTTPBearer(auto_error=False, description="the token from POST /api/v1/auth/login")
UNAUTHORIZED = {"WWW-Authenticate": "Bearer"}


async def get_engine(request: Request) -> Engine:
    """The app's database engine."""
    engine: Engine = request.app.state.engine
    return engine


async def get_settings(request: Request) -> Settings:
    """The app's settings."""
    settings: Settings = request.app.state.settings
    return settings


async def get_digests(request: Request) -> DigestCache:
    """This process's cache of verification digests."""
    cache: DigestCache = request.app.state.digests
    return cache


EngineDep = Annotated[Engine, Depends(get_engine)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
DigestsDep = Annotated[DigestCache, Depends(get_digests)]


async def bearer_token(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> str:
    """The bearer token of the request; 401 when there is none."""
    if credentials is None or not credentials.credentials:
        raise HTTPException(401, "missing bearer token: log in first", headers=UNAUTHORIZED)
    return credentials.credentials


Token = Annotated[str, Depends(bearer_token)]


def authorized(conn: Connection, token: str) -> Rep:
    """The rep whose valid ``token`` the request carries, looked up on ``conn``; 401 otherwise.

    The sync endpoints call it as the first statement of their own transaction: one
    connection per request instead of two (on PostgreSQL each checkout is a round trip more),
    and nothing blocks the event loop while the database answers.
    """
    rep = rep_for_token(conn, token, now()) if len(token) <= 200 else None
    if rep is None:
        raise HTTPException(
            401, "the token is unknown, expired or revoked: log in again", headers=UNAUTHORIZED
        )
    return rep


async def current_rep(engine: EngineDep, token: Token) -> Rep:
    """The rep whose valid token the request carries; 401 otherwise (``/me``, ``/logout``).

    One indexed lookup, run on the event loop: shorter than handing it to a thread.
    """
    with engine.connect() as conn:
        return authorized(conn, token)


CurrentRep = Annotated[Rep, Depends(current_rep)]

_PROTOCOL = Header(alias=PROTOCOL_HEADER, description="the client's sync protocol version")
_SCHEMA = Header(alias=SCHEMA_HEADER, description="the client's database migration head")


def _check_version(value: str | None, *, required: bool) -> None:
    if value is None:
        if required:
            raise HTTPException(426, f"missing {PROTOCOL_HEADER} header: update RepDesk")
        return
    text = value.strip()
    if not text.isdigit() or len(text) > 9:
        raise HTTPException(400, f"{PROTOCOL_HEADER}: '{text[:20]}' is not a version number")
    if int(text) < MIN_PROTOCOL_VERSION:
        raise HTTPException(
            426,
            f"this RepDesk speaks sync protocol {text}; the server needs at least "
            f"{MIN_PROTOCOL_VERSION}: update RepDesk",
        )


async def require_protocol(
    protocol: Annotated[str | None, _PROTOCOL] = None,
    schema: Annotated[str | None, _SCHEMA] = None,
) -> None:
    """426 unless the request says a protocol version the server still speaks."""
    _check_version(protocol, required=True)


async def check_protocol_if_given(
    protocol: Annotated[str | None, _PROTOCOL] = None,
    schema: Annotated[str | None, _SCHEMA] = None,
) -> None:
    """426 when the request says a protocol version that is too old (none is fine)."""
    _check_version(protocol, required=False)
