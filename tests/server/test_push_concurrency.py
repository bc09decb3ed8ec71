"""Pushes racing on the same record: no edit lost, none applied twice.

On PostgreSQL a push reads the records its batch names (and the rep's access) before it
queues for the counter lock, and under the lock asks whether anything it read changed
meanwhile (then reads again): without that, these tests lose an edit or write to an account
that was taken away.
"""

from __future__ import annotations

import threading
import time

from sqlalchemy import text

from server.db import Numbering, write_transaction
from server.loadgen import SyncClient
from tests.server.conftest import PASSWORD, Harness
from tests.server.helpers import account, edit


def test_concurrent_edits_of_different_fields_of_one_record_all_survive(srv: Harness) -> None:
    login, first = srv.rep()
    acc = account()
    [created] = first.push([acc])
    fields = ["city", "notes", "website", "address"]
    last: dict[str, str] = {}
    errors: list[BaseException] = []

    def editing(name: str) -> None:
        client = SyncClient(srv.url)
        try:
            client.login(login, PASSWORD)
            base = created["version"]
            for n in range(12):
                value = f"{name}-{n}" if name != "website" else f"https://x.cn/{n}"
                [result] = client.push([edit("accounts", acc["row_id"], base, **{name: value})])
                assert result["status"] in ("applied", "merged"), result
                base = result["version"]
                last[name] = value
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            errors.append(exc)
        finally:
            client.close()

    threads = [threading.Thread(target=editing, args=(name,)) for name in fields]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    records, _, _ = first.pull_all(0)
    [stored] = [r for r in records if r["id"] == acc["row_id"]]
    assert {name: stored["fields"][name] for name in fields} == last
    versions = [r["version"] for r in records]
    assert len(versions) == len(set(versions))  # one seq per record, none reused


def test_an_account_taken_away_while_a_push_waits_for_its_turn_is_not_written(
    srv: Harness,
) -> None:
    # The push reads the record and the rep's access, then queues behind a transaction that
    # takes the account away; once its turn comes, the edit must be refused, not applied.
    login, client = srv.rep()
    acc = account()
    [created] = client.push([acc])
    results: list[dict[str, object]] = []
    with srv.engine.connect() as conn, write_transaction(conn):
        numbering = Numbering(conn)  # holds the turn (the counter lock)
        pushing = threading.Thread(
            target=lambda: results.extend(
                client.push([edit("accounts", acc["row_id"], created["version"], city="宁波")])
            )
        )
        pushing.start()
        time.sleep(0.5)  # the push has read what it needs and waits for the turn
        [(rep_id,)] = conn.execute(text("SELECT id FROM reps WHERE login = :l"), {"l": login}).all()
        conn.execute(
            text("DELETE FROM account_access WHERE account_id = :a AND rep_id = :r"),
            {"a": acc["row_id"], "r": rep_id},
        )
        numbering.log(acc["row_id"], rep_id, granted=False)
        numbering.done()
    pushing.join(30)
    [result] = results
    assert (result["status"], result["reason"]) == ("rejected", "not_found")
    [(city,)] = srv.sql("SELECT fields FROM records WHERE id = :i", i=acc["row_id"])
    assert "宁波" not in city
