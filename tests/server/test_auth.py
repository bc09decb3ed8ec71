"""Logging in, tokens and their end: expiry, logout, disabling, forgery, throttling."""

from __future__ import annotations

import httpx

from server import admin
from tests.server.conftest import PASSWORD, Harness, unique


def me(srv: Harness, token: str) -> httpx.Response:
    return httpx.get(f"{srv.url}/api/v1/me", headers={"Authorization": f"Bearer {token}"})


def login(srv: Harness, login: str, password: str) -> httpx.Response:
    return httpx.post(f"{srv.url}/api/v1/auth/login", json={"login": login, "password": password})


def test_health_answers_without_a_token_and_names_the_epoch(srv: Harness) -> None:
    body = httpx.get(f"{srv.url}/api/v1/health").json()
    assert body["status"] == "ok" and len(body["epoch"]) == 36


def test_a_rep_logs_in_and_his_token_says_who_he_is(srv: Harness) -> None:
    name, client = srv.rep()
    answer = me(srv, client.token or "")
    assert answer.status_code == 200
    assert answer.json()["login"] == name


def test_a_wrong_password_and_an_unknown_login_get_the_same_401(srv: Harness) -> None:
    name, _ = srv.rep()
    wrong = login(srv, name, "not it")
    unknown = login(srv, unique("nobody"), "not it")
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()


def test_a_token_stops_working_after_logout(srv: Harness) -> None:
    _, client = srv.rep()
    assert client.call("/auth/logout").status_code == 204
    assert me(srv, client.token or "").status_code == 401


def test_an_expired_token_is_refused(srv: Harness) -> None:
    name, client = srv.rep()
    srv.sql(
        "UPDATE tokens SET expires_at = '2000-01-01T00:00:00.000000' WHERE rep_id ="
        " (SELECT id FROM reps WHERE login = :l)",
        l=name,
    )
    answer = me(srv, client.token or "")
    assert answer.status_code == 401
    assert "expired" in answer.json()["detail"]


def test_forged_missing_and_malformed_tokens_are_refused(srv: Harness) -> None:
    _, client = srv.rep()
    forged = (client.token or "")[:-2] + "xx"
    for headers in (
        {"Authorization": f"Bearer {forged}"},
        {},
        {"Authorization": "Basic eA=="},
        {"Authorization": "Bearer " + "x" * 5000},
    ):
        answer = httpx.get(f"{srv.url}/api/v1/me", headers=headers)
        assert answer.status_code == 401, headers
        assert answer.headers["www-authenticate"] == "Bearer"


def test_disabling_a_rep_stops_his_token_at_once_and_his_logins(srv: Harness) -> None:
    name, client = srv.rep()
    admin.set_disabled(srv.engine, name)
    assert me(srv, client.token or "").status_code == 401
    assert login(srv, name, PASSWORD).status_code == 401
    admin.set_disabled(srv.engine, name, False)
    assert login(srv, name, PASSWORD).status_code == 200


def test_a_new_password_revokes_the_old_tokens(srv: Harness) -> None:
    name, client = srv.rep()
    admin.set_password(srv.engine, name, "new secret")
    assert me(srv, client.token or "").status_code == 401
    assert login(srv, name, "new secret").status_code == 200


def test_repeated_failed_logins_are_slowed_down_with_retry_after(srv: Harness) -> None:
    name, _ = srv.rep()
    answers = [login(srv, name, "guess").status_code for _ in range(5)]
    assert answers == [401] * 5
    slowed = login(srv, name, PASSWORD)  # even the right password waits now
    assert slowed.status_code == 429
    assert 1 <= int(slowed.headers["retry-after"]) <= 300
    other, _ = srv.rep()
    assert login(srv, other, PASSWORD).status_code == 200  # other logins are not affected


def test_unknown_logins_are_slowed_down_too(srv: Harness) -> None:
    ghost = unique("ghost")
    answers = [login(srv, ghost, "guess").status_code for _ in range(6)]
    assert answers == [401] * 5 + [429]


def test_the_slowdown_ends_after_the_window(srv: Harness) -> None:
    name, _ = srv.rep()
    for _ in range(6):
        login(srv, name, "guess")
    srv.sql(
        "UPDATE login_failures SET window_start = '2000-01-01T00:00:00.000000' WHERE login = :l",
        l=name,
    )
    assert login(srv, name, PASSWORD).status_code == 200
