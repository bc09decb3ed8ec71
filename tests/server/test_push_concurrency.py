"""Pushes racing on the same record: no edit lost, none applied twice.

On PostgreSQL a push reads the records its batch names before it queues for the counter lock
(and reads them again under the lock when another writer committed meanwhile): this is what
would lose an edit if the second read were skipped.
"""

from __future__ import annotations

import threading

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
