"""Applying a full pull costs at most 4× what raw ``sqlite3.executemany`` takes for the rows.

A smaller shape than the large demo (docs/sync-client.md has the full-size numbers), built
directly as pull pages; both sides write into a fresh database with the same schema, best of
three.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
import uuid
from pathlib import Path

import pytest

from domain.records import TABLE_ORDER
from storage.database import open_database
from sync import inbox, local
from sync.protocol import MAX_PULL_LIMIT, PullResponse

ACCOUNTS, CONTACTS_EACH, ACTIVITIES_EACH = 1_500, 4, 10


def pages(limit: int = MAX_PULL_LIMIT) -> list[PullResponse]:
    """Pull pages of accounts, contacts and activities, as the engine asks for them."""
    records = []
    for a in range(ACCOUNTS):
        account = str(uuid.uuid4())
        records.append(
            (
                "accounts",
                account,
                {
                    "name": f"杭州电子设备有限公司{a}",
                    "channel_type": "dealer",
                    "city": "杭州",
                    "tags": ["vip"],
                    "credit_limit": "50000.00",
                    "contract_end": "2027-05-26",
                },
            )
        )
        contacts = [str(uuid.uuid4()) for _ in range(CONTACTS_EACH)]
        for c in contacts:
            records.append(
                (
                    "contacts",
                    c,
                    {
                        "account_id": account,
                        "name": "王经理",
                        "title": "采购经理",
                        "phone": "0571-88886666",
                    },
                )
            )
        for n in range(ACTIVITIES_EACH):
            records.append(
                (
                    "activities",
                    str(uuid.uuid4()),
                    {
                        "account_id": account,
                        "kind": "visit",
                        "contact_ids": contacts[:2],
                        "occurred_at": f"2026-11-{n + 1:02d}T09:30:00.000000",
                        "subject": "拜访",
                        "notes": "讨论年度框架协议" * 5,
                        "next_step_due": "2026-12-01",
                    },
                )
            )
    out = []
    for i in range(0, len(records), limit):
        chunk = records[i : i + limit]
        out.append(
            PullResponse.model_validate(
                {
                    "epoch": "e",
                    "checkpoint": i + len(chunk),
                    "more": i + limit < len(records),
                    "records": [
                        {"table": t, "id": r, "version": i + k + 1, "deleted": False, "fields": f}
                        for k, (t, r, f) in enumerate(chunk)
                    ],
                }
            )
        )
    return out


def apply_all(path: Path, parsed: list[PullResponse]) -> float:
    db = open_database(path)
    started = time.perf_counter()
    for page in parsed:
        with local.writing(db) as conn:
            inbox.apply_page(conn, page)
            local.write_state(conn, {"checkpoint": page.checkpoint, "epoch": page.epoch})
    elapsed = time.perf_counter() - started
    db.close()
    return elapsed


def raw_insert(path: Path, rows: dict[str, list[tuple]], columns: dict[str, list[str]]) -> float:
    open_database(path).close()
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA synchronous=NORMAL")
    started = time.perf_counter()
    con.execute("BEGIN")
    for table, values in rows.items():
        names = columns[table]
        sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
        con.executemany(sql, values)
    con.execute("COMMIT")
    elapsed = time.perf_counter() - started
    con.close()
    return elapsed


@pytest.mark.slow
def test_applying_a_full_pull_takes_at_most_four_times_raw_executemany(tmp_path, capsys):
    parsed = pages()
    applied = min(apply_all(tmp_path / f"pull{i}.db", parsed) for i in range(3))
    con = sqlite3.connect(tmp_path / "pull0.db")
    columns = {t: [r[1] for r in con.execute(f"PRAGMA table_info({t})")] for t in TABLE_ORDER}
    rows = {t: con.execute(f"SELECT * FROM {t}").fetchall() for t in TABLE_ORDER}
    con.close()
    raw = min(raw_insert(tmp_path / f"raw{i}.db", rows, columns) for i in range(3))
    count = sum(len(v) for v in rows.values())
    with capsys.disabled():
        print(
            f"\n{count} records: apply {applied:.2f} s, raw executemany {raw:.2f} s,"
            f" ratio {applied / raw:.2f} (at {dt.datetime.now():%H:%M})"
        )
    assert applied <= 4 * raw
