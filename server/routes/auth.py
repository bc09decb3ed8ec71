"""``/api/v1/auth``: log in (a bearer token) and log out (revoke it)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Response

from server.auth import (
    clear_failures,
    credentials,
    issue_token,
    record_failure,
    retry_after,
    revoke_token,
    verify_password,
)
from server.db import now, reading, writing
from server.deps import (
    UNAUTHORIZED,
    CurrentRep,
    EngineDep,
    SettingsDep,
    Token,
    check_protocol_if_given,
)
from server.records import storable
from sync.protocol import ErrorBody, LoginRequest, LoginResponse, RepPublic

router = APIRouter(
    prefix="/api/v1/auth", tags=["auth"], dependencies=[Depends(check_protocol_if_given)]
)
WRONG = "wrong login or password"


@router.post(
    "/login",
    response_model=LoginResponse,
    responses={401: {"model": ErrorBody}, 429: {"model": ErrorBody}},
)
def login(body: LoginRequest, engine: EngineDep, settings: SettingsDep) -> LoginResponse:
    """Exchange a login and password for a bearer token."""
    at = now()
    if not storable(body.login) or "\x00" in body.login:  # no such login can exist
        raise HTTPException(401, WRONG, headers=UNAUTHORIZED)
    with reading(engine) as conn:
        wait = retry_after(conn, body.login, at, settings)
        creds = credentials(conn, body.login)
    if wait is not None:
        raise HTTPException(
            429,
            f"too many failed logins for this login; try again in {wait} s",
            headers={"Retry-After": str(wait)},
        )
    ok = verify_password(creds.password_hash, body.password) and creds.rep is not None
    issued = None
    with writing(engine) as conn:
        if not ok:
            record_failure(conn, body.login, at, settings)
        elif creds.rep is not None and not creds.disabled:
            clear_failures(conn, body.login)
            issued = issue_token(conn, creds.rep.id, at, settings)
    if not ok:
        raise HTTPException(401, WRONG, headers=UNAUTHORIZED)
    if issued is None or creds.rep is None:
        raise HTTPException(401, "this rep is disabled", headers=UNAUTHORIZED)
    token, expires_at = issued
    rep = creds.rep
    return LoginResponse(
        token=token,
        expires_at=expires_at,
        rep=RepPublic(id=rep.id, login=rep.login, display_name=rep.display_name),
    )


@router.post("/logout", status_code=204, responses={401: {"model": ErrorBody}})
def logout(_rep: CurrentRep, token: Token, engine: EngineDep) -> Response:
    """Revoke the token the request carries."""
    with writing(engine) as conn:
        revoke_token(conn, token)
    return Response(status_code=204)
