"""The HTTP side of sync: one :class:`SyncClient` per server, speaking docs/sync-protocol.md.

Timeouts on every call; network errors and 5xx answers are retried with exponential backoff
(0.5 s, 1 s, 2 s, … at most ``max_tries`` tries), 429/503 wait ``Retry-After`` (at most five
minutes); what still fails becomes :class:`Offline`. Every other refusal is a
:class:`SyncError` subclass with a one-line message a rep can act on. TLS certificates are
verified; plain ``http://`` is refused unless the host is loopback or ``allow_insecure``. A
server with a certificate from a private CA: ``ca_file`` (or the environment variable
``REPDESK_CA_FILE``) names that CA's PEM file, which is then the only CA trusted for it.

Cancel: given a ``cancel`` event, the client checks it before every try, waits for backoff
and ``Retry-After`` on the event (so setting it ends the wait at once), and runs each request
on a helper thread it watches every :data:`CANCEL_POLL` seconds, so a hung read does not hold
the caller either; the call then raises :class:`Cancelled`. The abandoned request finishes
(or times out) on its own thread; what it did on the server is harmless — a push is
re-sent with the same change ids next round, a pull page is simply asked for again.
"""

from __future__ import annotations

import contextlib
import email.utils
import ipaddress
import json
import os
import ssl
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx
from pydantic import BaseModel, ValidationError

from storage.migrations import HEAD
from sync.protocol import (
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    SCHEMA_HEADER,
    LoginRequest,
    LoginResponse,
    PullRequest,
    PullResponse,
    PushRequest,
    PushResponse,
    VerifyRequest,
    VerifyResponse,
)

M = TypeVar("M", bound=BaseModel)

API = "/api/v1"
MAX_RETRY_AFTER = 300.0
DEFAULT_TIMEOUT = httpx.Timeout(connect=10.0, read=120.0, write=60.0, pool=10.0)
CA_FILE_ENV = "REPDESK_CA_FILE"
"""Environment variable: PEM file of the CA that signed the sync server's certificate."""
CANCEL_POLL = 0.1
"""Seconds between looks at the cancel event while a request runs."""


class SyncError(Exception):
    """The round cannot go on; the message says why (and what the rep can do)."""


class Offline(SyncError):
    """The server could not be reached (or kept failing); nothing was lost, try later."""


class Cancelled(SyncError):
    """The caller's cancel event was set during the call; nothing was lost."""


class AuthFailed(SyncError):
    """401: the login or token was not accepted; ask for the password again."""


class Forbidden(SyncError):
    """403: the server does not allow this for this rep."""


class EpochChanged(SyncError):
    """409: the server's database is not the one the client synced with (restored)."""


class CheckpointTooOld(SyncError):
    """410: the client's checkpoint is older than the server keeps tombstones."""


class TooLarge(SyncError):
    """413: the request body was too large; split the batch."""


class UpgradeRequired(SyncError):
    """426: this RepDesk is too old for the server."""


class Refused(SyncError):
    """400/404/422 or another unexpected answer: a bug in RepDesk or the server."""


class InsecureURL(SyncError):
    """Plain http:// to a host that is not loopback, without ``allow_insecure``."""


def normalize_url(url: str) -> str:
    """``url`` without trailing slashes; raises :class:`SyncError` unless http(s) with a host."""
    url = url.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SyncError(f"{url!r} is not a server address (expected https://host[:port])")
    return url


def is_loopback(host: str) -> bool:
    """Whether ``host`` names this machine (localhost, 127.0.0.0/8, ::1)."""
    if host.lower() == "localhost" or host.lower().endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def retry_after(value: str | None, default: float) -> float:
    """Seconds to wait from a ``Retry-After`` header (seconds or HTTP date), capped."""
    if not value:
        return default
    try:
        seconds = float(value)
    except ValueError:
        try:
            seconds = email.utils.parsedate_to_datetime(value).timestamp() - time.time()
        except (ValueError, TypeError):
            return default
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


def _detail(response: httpx.Response) -> str:
    try:
        detail = response.json().get("detail")
    except (ValueError, AttributeError):
        detail = None
    if detail is None:
        detail = response.text.strip()[:200] or response.reason_phrase
    if not isinstance(detail, str):
        detail = json.dumps(detail, ensure_ascii=False)[:200]
    return detail


_ERRORS: dict[int, tuple[type[SyncError], str]] = {
    400: (Refused, "the server refused the request as malformed (a bug; your changes are kept)"),
    401: (AuthFailed, "the server did not accept the login"),
    403: (Forbidden, "the server does not allow this"),
    404: (Refused, "the server does not know this request (is the address right?)"),
    409: (EpochChanged, "the server's database changed (restored from a backup)"),
    410: (CheckpointTooOld, "the last sync is too long ago; a full download is needed"),
    413: (TooLarge, "the request was too large for the server"),
    422: (Refused, "the server refused the request as malformed (a bug; your changes are kept)"),
    426: (UpgradeRequired, "this RepDesk is too old for the server: please update RepDesk"),
}


class SyncClient:
    """A connection to one sync server; ``token`` is set by :meth:`login` or given."""

    def __init__(
        self,
        base_url: str,
        *,
        token: str | None = None,
        allow_insecure: bool = False,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        max_tries: int = 5,
        backoff: float = 0.5,
        ca_file: str | None = None,
        sleep: Callable[[float], None] = time.sleep,
        transport: httpx.BaseTransport | None = None,
        cancel: threading.Event | None = None,
    ) -> None:
        self.base_url = normalize_url(base_url)
        parts = urlsplit(self.base_url)
        if parts.scheme == "http" and not allow_insecure and not is_loopback(parts.hostname or ""):
            raise InsecureURL(
                f"{self.base_url}: plain http:// sends your password unencrypted; use https:// "
                "(or allow an insecure connection explicitly)"
            )
        self.token = token
        self.max_tries = max(1, max_tries)
        self.backoff = backoff
        self._sleep = sleep
        self.cancel = cancel
        ca_file = ca_file or os.environ.get(CA_FILE_ENV) or None
        verify: ssl.SSLContext | bool = True
        if ca_file:
            try:
                verify = ssl.create_default_context(cafile=ca_file)
            except (OSError, ssl.SSLError) as exc:
                raise SyncError(f"{ca_file}: not a readable CA certificate (PEM): {exc}") from None
        self._http = httpx.Client(
            base_url=self.base_url + API,
            timeout=timeout,
            verify=verify,
            transport=transport,
            headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION), SCHEMA_HEADER: HEAD},
        )

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- the protocol's calls --------------------------------------------------------------

    def health(self) -> dict[str, Any]:
        """``GET /health``: whether the server answers (raises :class:`Offline` if not)."""
        response = self._request("GET", "/health", None)
        data: dict[str, Any] = response.json()
        return data

    def login(self, login: str, password: str) -> LoginResponse:
        """Exchange a password for a token (kept in :attr:`token`)."""
        body = LoginRequest(login=login, password=password).model_dump_json().encode()
        answer = self._call("/auth/login", body, LoginResponse, auth=False)
        self.token = answer.token
        return answer

    def logout(self) -> None:
        """Revoke the current token on the server (errors are ignored: it expires anyway)."""
        if not self.token:
            return
        with contextlib.suppress(SyncError):
            self._request("POST", "/auth/logout", b"{}", tries=1)
        self.token = None

    def push(self, request: PushRequest) -> PushResponse:
        """Send a batch of changes."""
        return self.push_raw(request.model_dump_json().encode())

    def push_raw(self, body: bytes) -> PushResponse:
        """Send a push body already encoded (the engine sizes batches by their bytes)."""
        return self._call("/sync/push", body, PushResponse)

    def pull(self, request: PullRequest) -> PullResponse:
        """Ask for one page of records changed since a checkpoint."""
        return self._call("/sync/pull", request.model_dump_json().encode(), PullResponse)

    def verify(self, request: VerifyRequest) -> VerifyResponse:
        """Ask for per-table counts and hashes of the records in scope."""
        return self._call("/sync/verify", request.model_dump_json().encode(), VerifyResponse)

    # --- plumbing ----------------------------------------------------------------------------

    def _call(self, path: str, body: bytes, model: type[M], *, auth: bool = True) -> M:
        parsed: list[M] = []

        def parse(response: httpx.Response) -> bool:
            try:
                parsed.append(model.model_validate_json(response.content))
            except ValidationError:
                return False
            return True

        self._request("POST", path, body, auth=auth, accept=parse)
        return parsed[-1]

    def _request(
        self,
        method: str,
        path: str,
        body: bytes | None,
        *,
        auth: bool = True,
        tries: int = 0,
        accept: Callable[[httpx.Response], bool] | None = None,
    ) -> httpx.Response:
        """One call with retries; returns a 2xx response or raises a :class:`SyncError`.

        ``accept`` checks a 2xx answer (a cut-off or garbled body counts as a failed try).
        """
        headers = {"Content-Type": "application/json"} if body is not None else {}
        if auth and self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        tries = tries or self.max_tries
        problem = ""
        for attempt in range(1, tries + 1):
            self._check_cancel()
            wait = self.backoff * 2 ** (attempt - 1)
            try:
                response = self._send(method, path, body, headers)
            except httpx.TransportError as exc:
                problem = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
            else:
                status = response.status_code
                if status < 300:
                    if accept is None or accept(response):
                        return response
                    problem = f"the answer to {path} arrived incomplete or garbled"
                elif status in (429, 503) or status >= 500:
                    problem = f"HTTP {status}: {_detail(response)}"
                    if status in (429, 503):
                        wait = retry_after(response.headers.get("Retry-After"), wait)
                else:
                    raise self._error(response)
            if attempt < tries:
                self._wait(wait)
        raise Offline(f"cannot reach the sync server {self.base_url} ({problem})")

    def _check_cancel(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise Cancelled("sync cancelled")

    def _wait(self, seconds: float) -> None:
        """Sleep before the next try; with a cancel event, on the event (ends when set)."""
        if self.cancel is not None and self._sleep is time.sleep:
            self.cancel.wait(seconds)
        else:
            self._sleep(seconds)
        self._check_cancel()

    def _send(
        self, method: str, path: str, body: bytes | None, headers: dict[str, str]
    ) -> httpx.Response:
        """One HTTP request; with a cancel event, on a helper thread the caller can leave."""
        if self.cancel is None:
            return self._http.request(method, path, content=body, headers=headers)
        outcome: list[httpx.Response | BaseException] = []
        done = threading.Event()

        def run() -> None:
            try:
                outcome.append(self._http.request(method, path, content=body, headers=headers))
            except BaseException as exc:  # handed to the caller's thread
                outcome.append(exc)
            finally:
                done.set()

        threading.Thread(target=run, name="sync-request", daemon=True).start()
        while not done.wait(CANCEL_POLL):
            self._check_cancel()
        result = outcome[0]
        if isinstance(result, BaseException):
            raise result
        return result

    def _error(self, response: httpx.Response) -> SyncError:
        status = response.status_code
        kind, text = _ERRORS.get(status, (Refused, "the server refused the request"))
        return kind(f"{text} (HTTP {status}: {_detail(response)})")
