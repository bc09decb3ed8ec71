"""ASGI guards in front of the app: body size limits and a concurrency cap.

- A body larger than its limit (``Content-Length`` or the bytes actually sent) gets 413
  before anything parses it; push bodies may be ``MAX_BATCH_BYTES``, other bodies 64 KiB.
- More than ``max_concurrency`` requests in progress in this process get 503 with
  ``Retry-After: 1`` (the health check always passes).
- Every answer carries ``Server-Timing: app;dur=<ms>``: the time from the whole body being
  received to the answer starting (what load tests call "server time").
"""

from __future__ import annotations

import json
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from sync.protocol import MAX_BATCH_BYTES

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

PUSH_PATH = "/api/v1/sync/push"
HEALTH_PATH = "/api/v1/health"
SMALL_BODY = 64 * 1024


async def _answer(
    send: Send, status: int, detail: str, headers: dict[str, str] | None = None
) -> None:
    body = json.dumps({"detail": detail}).encode()
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    raw += [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


class Guard:
    """Refuse too-large bodies (413) and too many requests at once (503)."""

    def __init__(self, app: ASGIApp, max_concurrency: int) -> None:
        self.app = app
        self.max_concurrency = max_concurrency
        self.active = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Handle one ASGI connection scope."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        if self.active >= self.max_concurrency and path != HEALTH_PATH:
            await _answer(send, 503, "the server is busy; try again shortly", {"Retry-After": "1"})
            return
        self.active += 1
        try:
            await self._limited(scope, receive, send, path)
        finally:
            self.active -= 1

    async def _limited(self, scope: Scope, receive: Receive, send: Send, path: str) -> None:
        limit = MAX_BATCH_BYTES if path == PUSH_PATH else SMALL_BODY
        too_large = f"request body larger than {limit} bytes; split the batch"
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None:
            if not length.isdigit():
                await _answer(send, 400, "Content-Length is not a number")
                return
            if int(length) > limit:
                await _answer(send, 413, too_large)
                return
        if scope.get("method") not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, _timed(send))
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":  # the client went away
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                await _answer(send, 413, too_large)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, _timed(send))


def _timed(send: Send) -> Send:
    started = time.perf_counter()

    async def timed_send(message: Message) -> None:
        if message["type"] == "http.response.start":
            ms = (time.perf_counter() - started) * 1000
            headers = list(message.get("headers") or [])
            headers.append((b"server-timing", f"app;dur={ms:.2f}".encode()))
            message = {**message, "headers": headers}
        await send(message)

    return timed_send
