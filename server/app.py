"""The FastAPI application: routers, error handlers, guards, the database engine.

:func:`create_app` builds an app over a settings object (tests, ``serve``);
:func:`app_from_env` is the factory uvicorn workers call (settings from the environment).
"""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import anyio.to_thread
from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from server import auth as passwords
from server import errors
from server.db import open_engine
from server.maintenance import Maintenance
from server.middleware import Guard
from server.routes import auth, meta, sync
from server.settings import Settings, load_settings
from server.sync_read import DigestCache
from sync.protocol import PROTOCOL_VERSION, PushRequest

DESCRIPTION = (
    "Central sync server of RepDesk (渠道销售工作台). The protocol is described in "
    'docs/sync-protocol.md; every error answer is {"detail": "…"}.'
)


# A push batch allocates tens of thousands of short-lived containers; with the default
# thresholds the cyclic collector runs many times per batch and full collections walk the
# whole heap (measured: ~10 % of a batch). Objects made at start-up are frozen out of it.
GC_THRESHOLDS = (100_000, 50, 100)


def create_app(settings: Settings) -> FastAPI:
    """The server app on ``settings.db_url`` (migrated on creation)."""
    gc.set_threshold(*GC_THRESHOLDS)
    passwords.configure(settings)
    engine = open_engine(settings)
    maintenance = Maintenance(engine)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # Few threads run the (blocking) endpoints: more only fight over the GIL.
        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.threads
        maintenance.start()
        yield
        maintenance.stop()
        engine.dispose()

    app = FastAPI(
        title="RepDesk sync server",
        version=f"protocol {PROTOCOL_VERSION}",
        description=DESCRIPTION,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.digests = DigestCache()
    errors.install(app)
    for module in (meta, auth, sync):
        app.include_router(module.router)
    app.add_middleware(Guard, max_concurrency=settings.max_concurrency)
    app.openapi = lambda: openapi_schema(app)  # type: ignore[method-assign]
    gc.collect()
    gc.freeze()
    return app


def openapi_schema(app: FastAPI) -> dict[str, Any]:
    """The OpenAPI description, with the models the routes parse themselves (the push body)
    among its schemas."""
    if app.openapi_schema is None:
        schema = get_openapi(
            title=app.title,
            version=app.version,
            description=app.description,
            routes=app.routes,
        )
        extra = PushRequest.model_json_schema(ref_template="#/components/schemas/{model}")
        schemas = schema.setdefault("components", {}).setdefault("schemas", {})
        schemas.update(extra.pop("$defs", {}))
        schemas["PushRequest"] = extra
        app.openapi_schema = schema
    return app.openapi_schema


def app_from_env() -> FastAPI:
    """The app with settings from ``REPDESK_SERVER_*`` (uvicorn's factory)."""
    return create_app(load_settings())
