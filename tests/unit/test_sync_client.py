"""The sync HTTP client against a scripted transport: retries, waits, errors, TLS rules."""

from __future__ import annotations

import json
from collections.abc import Callable

import httpx
import pytest

from storage.migrations import HEAD
from sync.client import (
    AuthFailed,
    CheckpointTooOld,
    EpochChanged,
    Forbidden,
    InsecureURL,
    Offline,
    Refused,
    SyncClient,
    TooLarge,
    UpgradeRequired,
    is_loopback,
    retry_after,
)
from sync.protocol import PullRequest

PAGE = {"epoch": "e1", "records": [], "checkpoint": 5, "more": False}


def scripted(*answers: httpx.Response | Exception) -> tuple[httpx.MockTransport, list]:
    """A transport giving ``answers`` in turn (the last one again after that)."""
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        answer = answers[min(len(seen), len(answers) - 1)]
        seen.append(request)
        if isinstance(answer, Exception):
            raise answer
        return answer

    return httpx.MockTransport(handle), seen


def client(transport: httpx.MockTransport, waits: list[float] | None = None, **kw) -> SyncClient:
    sleep: Callable[[float], None] = waits.append if waits is not None else (lambda s: None)
    return SyncClient("https://sync.example.com/", transport=transport, sleep=sleep, **kw)


def ok(body: dict) -> httpx.Response:
    return httpx.Response(200, json=body)


def error(status: int, **headers: str) -> httpx.Response:
    return httpx.Response(status, json={"detail": f"problem {status}"}, headers=headers)


def test_every_call_carries_the_protocol_and_schema_headers_and_the_token():
    transport, seen = scripted(ok(PAGE))
    c = client(transport, token="t0k")
    assert c.pull(PullRequest(since=0)).checkpoint == 5
    [request] = seen
    assert request.url == "https://sync.example.com/api/v1/sync/pull"
    assert request.headers["X-RepDesk-Protocol"] == "1"
    assert request.headers["X-RepDesk-Schema"] == HEAD
    assert request.headers["Authorization"] == "Bearer t0k"
    assert json.loads(request.content)["since"] == 0


def test_network_errors_and_5xx_are_retried_with_exponential_backoff():
    waits: list[float] = []
    transport, seen = scripted(httpx.ConnectError("refused"), error(500), error(502), ok(PAGE))
    assert client(transport, waits).pull(PullRequest(since=0)).checkpoint == 5
    assert len(seen) == 4 and waits == [0.5, 1.0, 2.0]


def test_after_five_failed_tries_the_round_is_offline():
    waits: list[float] = []
    transport, seen = scripted(httpx.ReadTimeout("slow"))
    with pytest.raises(Offline, match="cannot reach the sync server"):
        client(transport, waits).pull(PullRequest(since=0))
    assert len(seen) == 5 and waits == [0.5, 1.0, 2.0, 4.0]


def test_429_and_503_wait_as_long_as_retry_after_says_at_most_five_minutes():
    waits: list[float] = []
    transport, _ = scripted(
        error(503, **{"Retry-After": "7"}), error(429, **{"Retry-After": "9999"}), ok(PAGE)
    )
    client(transport, waits).pull(PullRequest(since=0))
    assert waits == [7.0, 300.0]


def test_a_garbled_answer_counts_as_a_failed_try():
    transport, seen = scripted(httpx.Response(200, content=b'{"epoch": "e1", "rec'), ok(PAGE))
    assert client(transport).pull(PullRequest(since=0)).checkpoint == 5
    assert len(seen) == 2


@pytest.mark.parametrize(
    ("status", "kind", "words"),
    [
        (401, AuthFailed, "did not accept"),
        (403, Forbidden, "does not allow"),
        (409, EpochChanged, "restored"),
        (410, CheckpointTooOld, "full download"),
        (413, TooLarge, "too large"),
        (422, Refused, "malformed"),
        (404, Refused, "does not know"),
        (426, UpgradeRequired, "update RepDesk"),
    ],
)
def test_refusals_become_clear_errors_without_retrying(status, kind, words):
    transport, seen = scripted(error(status))
    with pytest.raises(kind, match=words) as caught:
        client(transport).pull(PullRequest(since=0))
    assert f"problem {status}" in str(caught.value)
    assert len(seen) == 1


def test_login_keeps_the_token():
    answer = {
        "token": "abc",
        "expires_at": "2026-12-01T00:00:00",
        "rep": {"id": "1", "login": "lina", "display_name": "李娜"},
    }
    transport, seen = scripted(ok(answer))
    c = client(transport)
    assert c.login("lina", "pw").rep.login == "lina"
    assert c.token == "abc" and "Authorization" not in seen[0].headers


@pytest.mark.parametrize("url", ["http://sync.example.com", "http://10.0.0.5:8765"])
def test_plain_http_to_another_machine_is_refused_unless_allowed(url):
    with pytest.raises(InsecureURL, match="https://"):
        SyncClient(url)
    SyncClient(url, allow_insecure=True).close()


@pytest.mark.parametrize("url", ["http://127.0.0.1:8765", "http://localhost:1", "http://[::1]:2"])
def test_plain_http_to_this_machine_is_fine(url):
    SyncClient(url).close()


def test_tls_certificates_are_verified_by_default():
    c = SyncClient("https://sync.example.com")
    transport = c._http._transport
    assert isinstance(transport, httpx.HTTPTransport)
    assert transport._pool._ssl_context.verify_mode.name == "CERT_REQUIRED"
    c.close()


def test_loopback_names_and_retry_after_forms():
    assert is_loopback("127.0.0.2") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("192.168.1.10") and not is_loopback("example.com")
    assert retry_after(None, 1.5) == 1.5
    assert retry_after("3", 1.5) == 3.0
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT", 1.5) == 0.0
    assert retry_after("soon", 1.5) == 1.5
