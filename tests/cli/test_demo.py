"""``python main.py demo``: a realistic sample database, the same for the same seed."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypinyin import Style, lazy_pinyin
from sqlalchemy import select

import main
from domain.records import SYNC_COLUMNS, TABLE_ORDER, TABLES
from domain.validation import validate
from services.demo_data import DEMO_TODAY, SHAPES, generate
from storage.database import open_database
from storage.models import SYNCED_MODELS

ROOT = Path(__file__).resolve().parents[2]
SEED = 7


def _demo(path: Path, *args: str) -> int:
    return main.main(["demo", "--db", str(path), *args])


def _rows(path: Path, sql: str, *params: Any) -> list[sqlite3.Row]:
    con = sqlite3.connect(path)
    con.row_factory = sqlite3.Row
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def _count(path: Path, table: str) -> int:
    return int(_rows(path, f"SELECT COUNT(*) FROM {table}")[0][0])


def _dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every synced table ordered by id, and the pending changes minus their random ids."""
    dump = {
        t: [tuple(r) for r in _rows(path, f"SELECT * FROM {t} ORDER BY id")] for t in TABLE_ORDER
    }
    dump["pending_changes"] = [
        tuple(r)
        for r in _rows(
            path,
            "SELECT table_name, row_id, fields, base_version, state FROM pending_changes"
            " ORDER BY table_name, row_id",
        )
    ]
    return dump


def _typed_rows(path: Path, table: str) -> Iterator[dict[str, Any]]:
    """The rows of ``table`` read back with their Python types (Decimal, date, list …)."""
    db = open_database(path, create=False)
    try:
        with db.engine.connect() as conn:
            for row in conn.execute(select(SYNCED_MODELS[table].__table__)).mappings():
                yield dict(row)
    finally:
        db.close()


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "small.db"
    assert _demo(path, "--size", "small", "--seed", str(SEED)) == 0
    return path


def test_a_small_demo_has_the_documented_number_of_rows(small: Path) -> None:
    shape = SHAPES["small"]
    assert _count(small, "reps") == 3
    assert _count(small, "accounts") == shape.accounts == 50
    assert _count(small, "contacts") == shape.contacts == 200
    assert _count(small, "projects") == shape.projects == 40
    assert _count(small, "activities") == shape.activities == 500
    assert _count(small, "invoices") == shape.invoices == 200
    for table in ("project_roles", "project_steps", "payments"):
        assert _count(small, table) >= 100
    assert 3 <= _count(small, "profile_assessments") <= 30
    assert 3 <= _count(small, "evaluations") <= 30


def test_every_row_passes_validation(small: Path) -> None:
    checked = 0
    for table in TABLE_ORDER:
        for row in _typed_rows(small, table):
            values = {k: v for k, v in row.items() if k not in SYNC_COLUMNS}
            assert validate(table, values) == [], (table, row)
            checked += 1
    assert checked == sum(_count(small, t) for t in TABLE_ORDER)


def test_foreign_keys_and_contact_lists_point_at_rows_of_the_same_account(small: Path) -> None:
    assert _rows(small, "PRAGMA foreign_key_check") == []
    account_of = {
        r["id"]: r["account_id"] for r in _rows(small, "SELECT id, account_id FROM contacts")
    }
    for activity in _rows(small, "SELECT account_id, contact_ids FROM activities"):
        ids = json.loads(activity["contact_ids"])
        assert 1 <= len(ids) <= 3
        assert {account_of[i] for i in ids} == {activity["account_id"]}
    mismatched = _rows(
        small,
        "SELECT pr.id FROM project_roles pr JOIN projects p ON p.id = pr.project_id"
        " JOIN contacts c ON c.id = pr.contact_id WHERE c.account_id != p.account_id",
    )
    assert mismatched == []


def test_every_row_is_waiting_to_sync_as_a_pending_change(small: Path) -> None:
    assert _count(small, "pending_changes") == sum(_count(small, t) for t in TABLE_ORDER)


def test_the_same_seed_gives_identical_data(small: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.db"
    assert _demo(again, "--size", "small", "--seed", str(SEED)) == 0
    assert _dump(again) == _dump(small)


def test_a_different_seed_gives_different_data(small: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    assert _demo(other, "--size", "small", "--seed", str(SEED + 1)) == 0
    assert _dump(other)["accounts"] != _dump(small)["accounts"]
    assert _count(other, "accounts") == _count(small, "accounts")


def test_the_demo_refuses_a_database_that_already_holds_data_and_leaves_it_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "full.db"
    assert _demo(path, "--size", "small") == 0
    before, content = path.read_bytes(), _dump(path)
    capsys.readouterr()
    assert _demo(path, "--size", "small", "--seed", "99") == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert "already holds data" in err and "50 accounts" in err and str(path) in err
    assert len(err.strip().splitlines()) == 1
    assert path.read_bytes() == before
    assert _dump(path) == content


def test_the_demo_prints_one_summary_line_with_counts_and_seconds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _demo(tmp_path / "d.db", "--size", "small") == 0
    out, err = capsys.readouterr()
    assert err == ""
    (line,) = out.splitlines()
    assert "50 accounts" in line and "500 activities" in line and line.endswith(" s")


def test_the_entry_point_gives_the_same_data_in_another_process(
    small: Path, tmp_path: Path
) -> None:
    path = tmp_path / "sub.db"
    done = subprocess.run(
        [
            sys.executable,
            "main.py",
            "demo",
            "--db",
            str(path),
            "--size",
            "small",
            "--seed",
            str(SEED),
        ],
        cwd=ROOT,
        env={**os.environ, "PYTHONHASHSEED": "12345"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert "200 contacts" in done.stdout
    assert _dump(path) == _dump(small)


def test_progress_is_reported_up_to_the_total(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    db = open_database(tmp_path / "p.db")
    try:
        counts = generate(db, size="small", seed=1, progress=lambda d, t: seen.append((d, t)))
    finally:
        db.close()
    total = sum(counts.values())
    assert seen[-1] == (total, total)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_the_search_examples_are_there_for_pinyin_and_initials(small: Path) -> None:
    (account,) = _rows(small, "SELECT id, name FROM accounts WHERE name LIKE '杭州电子%'")
    assert "".join(lazy_pinyin(account["name"][:4], style=Style.FIRST_LETTER)) == "hzdz"
    (contact,) = _rows(small, "SELECT name, account_id FROM contacts WHERE name = '张三'")
    assert "".join(lazy_pinyin(contact["name"])) == "zhangsan"
    assert contact["account_id"] == account["id"]


def _codes_in(path: Path, table: str, column: str) -> set[str]:
    return {r[0] for r in _rows(path, f"SELECT DISTINCT {column} FROM {table}") if r[0] is not None}


@pytest.mark.parametrize(
    ("table", "field"),
    [(t, f.name) for t, fields in TABLES.items() for f in fields if f.kind == "enum"],
)
def test_every_code_of_every_enumerated_field_appears(small: Path, table: str, field: str) -> None:
    (spec,) = [f for f in TABLES[table] if f.name == field]
    assert _codes_in(small, table, field) == set(spec.allowed_codes())


def test_accounts_carry_standard_and_free_tags(small: Path) -> None:
    tags = {t for r in _rows(small, "SELECT tags FROM accounts") for t in json.loads(r[0])}
    assert {"vip", "prospect", "churned"} <= tags
    assert {"年度最佳渠道伙伴", "独家区域代理"} <= tags


def test_a_fifth_of_accounts_are_key_accounts_and_most_projects_are_on_them(small: Path) -> None:
    assert _count(small, "accounts WHERE is_key_account") == 10
    on_key = _count(small, "projects p JOIN accounts a ON a.id = p.account_id WHERE is_key_account")
    assert on_key >= 0.7 * _count(small, "projects")
    assert _count(small, "accounts WHERE purchase_potential IS NULL") < 15


def _holders(path: Path, project_id: str) -> list[sqlite3.Row]:
    return _rows(path, "SELECT role, stance FROM project_roles WHERE project_id = ?", project_id)


def _last_outcomes(path: Path, project_id: str) -> list[str | None]:
    sql = "SELECT outcome FROM activities WHERE project_id = ? ORDER BY occurred_at DESC LIMIT 2"
    return [r[0] for r in _rows(path, sql, project_id)]


def _situations(path: Path) -> dict[str, int]:
    found = dict.fromkeys(("holds", "insiders_only", "stalled", "dm_opposes"), 0)
    for project in _rows(path, "SELECT id, rep_id FROM projects WHERE status = 'open'"):
        roles = _holders(path, project["id"])
        kinds = {r["role"] for r in roles}
        won = {r["role"] for r in roles if r["stance"] == "support"} - {"guide", "insider"}
        found["holds"] += "guide" in kinds and len(won) >= 2 and project["rep_id"] is not None
        found["insiders_only"] += "insider" in kinds and "guide" not in kinds
        found["stalled"] += _last_outcomes(path, project["id"]) == ["continuation"] * 2
        found["dm_opposes"] += ("decision_maker", "oppose") in {
            (r["role"], r["stance"]) for r in roles
        }
    return found


def test_every_121_situation_of_the_tracker_is_shown(small: Path) -> None:
    assert all(_situations(small).values()), _situations(small)


def test_only_advances_carry_an_advance_kind_and_date(small: Path) -> None:
    for row in _rows(small, "SELECT outcome, advance_kind, advance_on FROM activities"):
        advance = row["outcome"] == "advance"
        assert (row["advance_kind"] is not None) == advance
        assert (row["advance_on"] is not None) == advance


def test_next_steps_are_overdue_due_today_due_later_and_done(small: Path) -> None:
    today = DEMO_TODAY.isoformat()
    for table in ("projects", "activities"):
        due = [
            r[0]
            for r in _rows(
                small, f"SELECT next_step_due FROM {table} WHERE next_step_due IS NOT NULL"
            )
        ]
        assert min(due) < today < max(due) and today in due, table
    assert _count(small, "activities WHERE next_step_done") > 0
    assert _count(small, f"activities WHERE NOT next_step_done AND next_step_due < '{today}'") > 0


def test_activities_span_about_eighteen_months_before_today(small: Path) -> None:
    first, last = _rows(small, "SELECT MIN(occurred_at), MAX(occurred_at) FROM activities")[0]
    span = DEMO_TODAY - dt.date.fromisoformat(first[:10])
    assert dt.timedelta(days=450) < span < dt.timedelta(days=620)
    assert last[:10] <= DEMO_TODAY.isoformat()


def test_project_steps_run_in_order_up_to_the_current_step(small: Path) -> None:
    order = [f for f in TABLES["projects"] if f.name == "step"][0].allowed_codes()
    for project in _rows(small, "SELECT id, step FROM projects"):
        steps = _rows(
            small,
            "SELECT step, entered_on FROM project_steps WHERE project_id = ? ORDER BY entered_on",
            project["id"],
        )
        assert [s["step"] for s in steps] == order[: order.index(project["step"]) + 1]
        assert len({s["entered_on"] for s in steps}) == len(steps)


def test_receivables_include_partial_payments_and_unpaid_overdue_invoices(small: Path) -> None:
    today = DEMO_TODAY.isoformat()
    paid = "(SELECT COALESCE(SUM(amount), 0) FROM payments WHERE invoice_id = i.id)"
    assert (
        _count(small, f"invoices i WHERE kind = 'invoice' AND {paid} = 0 AND due_on < '{today}'")
        > 0
    )
    assert _count(small, f"invoices i WHERE {paid} > 0 AND {paid} < amount") > 0
    assert _count(small, f"invoices i WHERE {paid} = amount") > 0
    assert _count(small, f"invoices i WHERE {paid} > amount") == 0
    numbers = [r[0] for r in _rows(small, "SELECT number FROM invoices WHERE kind = 'invoice'")]
    assert all(n.startswith("INV-20") and len(n) == len("INV-2026-000123") for n in numbers)
    assert len(set(numbers)) == len(numbers)


@pytest.mark.slow
def test_a_large_demo_holds_the_sizes_the_benchmarks_are_written_for(tmp_path: Path) -> None:
    # How long it takes is a benchmark figure (``demo --size large`` in ``make bench``).
    path = tmp_path / "large.db"
    assert _demo(path, "--size", "large") == 0
    expected = {"accounts": 5_000, "contacts": 25_000, "projects": 10_000, "activities": 100_000}
    assert {t: _count(path, t) for t in expected} == expected
    assert _count(path, "invoices") == 20_000
