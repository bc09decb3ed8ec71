"""Every error answer is ``{"detail": "<one line>"}``, and nothing a client sends is a 500.

Validation errors become one line naming the first bad place; HTTP errors keep their status
and get a one-line detail; a database that is locked or down is a 503 with ``Retry-After``;
an internal bug is a 500 with a generic message (the traceback goes to the server log,
never to the client).
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger("repdesk.server")


def error(status: int, detail: str, headers: dict[str, str] | None = None) -> JSONResponse:
    """An error answer."""
    return JSONResponse({"detail": detail}, status_code=status, headers=headers)


def _where(loc: tuple[object, ...] | list[object]) -> str:
    parts = [str(p) for p in loc if p not in ("body",)]
    return ".".join(parts) or "body"


def validation_detail(exc: RequestValidationError) -> str:
    """One line for a request that does not match its model."""
    errors = exc.errors()
    if not errors:
        return "malformed request"
    first = errors[0]
    message = str(first.get("msg", "invalid")).splitlines()[0]
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return f"{_where(first.get('loc', ()))}: {message}{more}"[:500]


async def _on_validation(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return error(422, validation_detail(exc))


async def _on_http(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
    return error(exc.status_code, detail.splitlines()[0] if detail else "error", exc.headers)


async def _on_database_busy(request: Request, exc: Exception) -> JSONResponse:
    log.warning("database unavailable on %s %s: %s", request.method, request.url.path, exc)
    return error(503, "the database is busy or unavailable; try again", {"Retry-After": "2"})


async def _on_unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("internal error on %s %s", request.method, request.url.path)
    return error(500, "internal server error")


def install(app: FastAPI) -> None:
    """Register the handlers on ``app``."""
    app.add_exception_handler(RequestValidationError, _on_validation)
    app.add_exception_handler(StarletteHTTPException, _on_http)
    # A locked SQLite file past the busy timeout, a PostgreSQL server restarting: transient.
    app.add_exception_handler(OperationalError, _on_database_busy)
    app.add_exception_handler(Exception, _on_unexpected)
