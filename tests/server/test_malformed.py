"""Nothing a client can send makes the server answer 500; every error is one-line JSON."""

from __future__ import annotations

import json
import socket

import httpx
import pytest

from tests.server.conftest import Harness
from tests.server.helpers import account

PUSH = "/api/v1/sync/push"
PULL = "/api/v1/sync/pull"

BODIES: list[tuple[str, bytes]] = [
    (PUSH, b"not json"),
    (PUSH, b""),
    (PUSH, b"[]"),
    (PUSH, b"{}"),
    (PUSH, b'{"changes": "all of them"}'),
    (PUSH, b'{"changes": [{"change_id": 5}]}'),
    (PUSH, b'{"changes": [], "extra": 1}'),
    (PUSH, b"[" * 100_000),
    (PUSH, b'{"changes": [' + b"[" * 50_000 + b"]}"),
    (PUSH, b"\xff\xfe\x00garbage"),
    (
        PUSH,
        b'{"changes": [{"change_id": "\\ud800", "table": "\\ud800", "row_id": "\\ud800",'
        b' "base_version": 0, "fields": {"\\ud800": "\\ud800"}, "changed_at": "\\ud800"}]}',
    ),
    (PULL, b'{"since": -1}'),
    (PULL, b'{"since": 0, "limit": 0}'),
    (PULL, b'{"since": 0, "limit": 1000000}'),
    (PULL, b'{"since": 99999999999999999999999999999}'),
    (PULL, b'{"since": 9223372036854775807}'),
    (PULL, b'{"since": "0; DROP TABLE records"}'),
    (PULL, b'{"since": 0, "tables": ["accounts; DROP TABLE records"]}'),
    (PULL, b'{"since": 0, "tables": "accounts"}'),
    (PULL, b'{"since": 1.5}'),
    ("/api/v1/sync/verify", b'{"tables": ["nope"]}'),
    ("/api/v1/sync/verify", b'{"tables": null}'),
    ("/api/v1/auth/login", b'{"login": "a\\u0000b", "password": "x"}'),
    ("/api/v1/auth/login", b'{"login": "\\ud800", "password": "\\ud800"}'),
    ("/api/v1/auth/login", b'{"login": "", "password": ""}'),
]


@pytest.mark.parametrize(("path", "body"), BODIES, ids=[f"{p}:{b[:30]!r}" for p, b in BODIES])
def test_a_malformed_body_gets_a_4xx_with_a_one_line_detail(
    srv: Harness, path: str, body: bytes
) -> None:
    _, client = srv.rep()
    answer = client.http.post(
        path.removeprefix("/api/v1"),
        content=body,
        headers={"Authorization": f"Bearer {client.token}", "Content-Type": "application/json"},
    )
    assert 400 <= answer.status_code < 500, answer.text
    detail = answer.json()["detail"]
    assert isinstance(detail, str) and "\n" not in detail


ODD_CHANGES: list[dict[str, object]] = [
    {"change_id": "a\x00b"},
    {"change_id": "\u00e9\u4e2d"},
    {"base_version": 99999999999999999999999999},
    {"fields": {"name": "a\x00b", "channel_type": "dealer"}},
    {"fields": {"name": "\ud800", "channel_type": "dealer"}},
    {"fields": {"name": {"nested": ["x"]}, "channel_type": "dealer"}},
    {"fields": {"name": "x", "channel_type": "dealer", "tags": [1, 2]}},
    {"fields": {"name": "x", "channel_type": "dealer", "credit_limit": "1e999"}},
    {"fields": {"name": "x", "channel_type": "dealer", "share_of_customer": "NaN"}},
    {"fields": {"name": "x", "channel_type": "dealer", "contract_end": "2026-02-30"}},
    {"field_times": {"name": "\x00"}, "changed_at": "9999-99-99"},
    {"table": "accounts; DROP TABLE records"},
    {"row_id": "00000000-0000-0000-0000-000000000000'--"},
    {"row_id": "a\x00b"},  # PostgreSQL refuses NUL in any text it is sent
    {"table": "contacts", "fields": {"account_id": "a\x00b", "name": "x"}},
    {"table": "contacts", "fields": {"account_id": "\ud800", "name": "x"}},
]


@pytest.mark.parametrize("odd", ODD_CHANGES, ids=[str(o)[:40] for o in ODD_CHANGES])
def test_odd_changes_are_answered_one_by_one_never_with_a_500(
    srv: Harness, odd: dict[str, object]
) -> None:
    _, client = srv.rep()
    change = {**account(), **odd}
    body = json.dumps({"epoch": None, "changes": [change]}).encode()
    answer = client.call("/sync/push", raw=body)
    assert answer.status_code in (200, 422), answer.text
    if answer.status_code == 200:
        [result] = answer.json()["results"]
        assert result["status"] in ("rejected", "applied"), result


def test_a_batch_over_the_size_limit_gets_413(srv: Harness) -> None:
    _, client = srv.rep()
    big = [account(notes="长" * 1000) for _ in range(1500)]  # > 4 MiB
    answer = client.call("/sync/push", {"epoch": None, "changes": big})
    assert answer.status_code == 413
    too_many = [account() for _ in range(1001)]
    assert client.call("/sync/push", {"epoch": None, "changes": too_many}).status_code in (413, 422)


def test_a_huge_content_length_gets_413_before_the_body_is_read(srv: Harness) -> None:
    request = (
        "POST /api/v1/sync/push HTTP/1.1\r\nHost: x\r\nX-RepDesk-Protocol: 1\r\n"
        f"Content-Type: application/json\r\nContent-Length: {50 * 1024 * 1024}\r\n\r\n{{}}"
    )
    port = int(srv.url.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(request.encode())
        status_line = sock.recv(4096).split(b"\r\n", 1)[0]
    assert status_line.split()[1] == b"413"


def test_an_old_or_missing_protocol_version_gets_426(srv: Harness) -> None:
    _, client = srv.rep()
    body = json.dumps({"since": 0}).encode()
    headers = {"Authorization": f"Bearer {client.token}", "Content-Type": "application/json"}
    for version in ("0", None):
        sent = dict(headers, **({"X-RepDesk-Protocol": version} if version else {}))
        answer = httpx.post(f"{srv.url}{PULL}", content=body, headers=sent)
        assert answer.status_code == 426
        assert "update RepDesk" in answer.json()["detail"]
    answer = httpx.post(
        f"{srv.url}{PULL}", content=body, headers=dict(headers, **{"X-RepDesk-Protocol": "x"})
    )
    assert answer.status_code == 400


def test_a_push_against_another_epoch_gets_409(srv: Harness) -> None:
    _, client = srv.rep()
    answer = client.call(
        "/sync/push", {"epoch": "00000000-0000-0000-0000-000000000000", "changes": [account()]}
    )
    assert answer.status_code == 409
    assert client.call("/sync/push", {"epoch": "x", "changes": []}).status_code == 409


def test_unknown_paths_and_methods_answer_in_json(srv: Harness) -> None:
    assert httpx.get(f"{srv.url}/api/v1/nothing").json() == {"detail": "Not Found"}
    answer = httpx.get(f"{srv.url}{PUSH}")
    assert answer.status_code == 405 and "detail" in answer.json()
