"""``main.py export`` and ``main.py import``: exact round trips, and bad files that change nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sqlite3
import subprocess
import sys
import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

import main
from domain.records import TABLE_ORDER, TABLES
from storage.bulk import write_rows
from storage.changes import pending_count
from storage.database import open_database
from storage.transfer import columns

ROOT = Path(__file__).resolve().parents[2]


def uid(n: int) -> str:
    """A fixed, readable row id."""
    return str(uuid.UUID(int=n))


REP, ACCOUNT, GONE, CONTACT, PROJECT, INVOICE = uid(1), uid(10), uid(11), uid(20), uid(30), uid(80)


def sample_rows() -> dict[str, list[dict[str, Any]]]:
    """A little of everything: Chinese text, cents, dates, lists, JSON, nulls, a tombstone."""
    return {
        "reps": [
            {"id": REP, "login": "zhangsan", "display_name": "张三", "email": "zs@example.com"}
        ],
        "accounts": [
            {
                "id": ACCOUNT,
                "name": "北京华联商贸有限公司",
                "short_name": "华联",
                "channel_type": "dealer",
                "cooperation_mode": "buyout",
                "is_key_account": True,
                "tags": ["vip", "老客户"],
                "region": "north",
                "phone": "010-88886666",
                "owner_rep_id": REP,
                "credit_limit": Decimal("1234567.89"),
                "payment_terms_days": 30,
                "share_of_customer": 33.3,
                "contract_end": dt.date(2026, 12, 31),
                "website": '=HYPERLINK("x")',
                "notes": '第一行\n第二行, "引号"',
            },
            {
                "id": GONE,
                "name": "上海分销",
                "channel_type": "distributor",
                "deleted": True,
                "version": 7,
                "created_at": dt.datetime(2024, 1, 2, 3, 4, 5, 123456),
                "updated_at": dt.datetime(2024, 2, 2, 3, 4, 5),
            },
        ],
        "contacts": [
            {
                "id": CONTACT,
                "account_id": ACCOUNT,
                "name": "李四",
                "title": "采购经理",
                "org_level": "middle",
                "ally_kind": "guide",
                "political_style": "owl",
            },
        ],
        "projects": [
            {
                "id": PROJECT,
                "account_id": ACCOUNT,
                "name": "2025 年度采购",
                "amount": Decimal("0.05"),
                "expected_close": dt.date(2025, 6, 30),
                "factor_value": 4,
            },
        ],
        "project_roles": [
            {
                "id": uid(40),
                "project_id": PROJECT,
                "contact_id": CONTACT,
                "role": "decision_maker",
                "stance": "support",
                "influence": 5,
            },
        ],
        "project_steps": [
            {
                "id": uid(45),
                "project_id": PROJECT,
                "step": "trust",
                "entered_on": dt.date(2025, 1, 5),
            },
        ],
        "activities": [
            {
                "id": uid(50),
                "account_id": ACCOUNT,
                "project_id": PROJECT,
                "kind": "visit",
                "occurred_at": dt.datetime(2025, 3, 1, 9, 30, 0, 500),
                "contact_ids": [CONTACT],
                "subject": "拜访",
                "outcome": "advance",
                "advance_kind": "demo",
                "advance_on": dt.date(2025, 3, 8),
                "rep_id": REP,
            },
        ],
        "profile_assessments": [
            {
                "id": uid(60),
                "contact_id": CONTACT,
                "kind": "observer",
                "answers": [{"q": 1, "a": "是"}, 2],
                "score_a": 40,
                "assessed_on": dt.date(2025, 3, 2),
            },
        ],
        "evaluations": [
            {
                "id": uid(70),
                "account_id": ACCOUNT,
                "kind": "review",
                "period": "2025Q1",
                "scores": {"销售": 4, "list": [1, 2]},
                "total": 80.0,
                "evaluated_on": dt.date(2025, 3, 31),
            },
        ],
        "invoices": [
            {
                "id": INVOICE,
                "account_id": ACCOUNT,
                "project_id": PROJECT,
                "number": "INV-001",
                "issued_on": dt.date(2025, 4, 1),
                "due_on": dt.date(2025, 5, 1),
                "amount": Decimal("9999.99"),
            },
        ],
        "payments": [
            {
                "id": uid(90),
                "account_id": ACCOUNT,
                "invoice_id": INVOICE,
                "paid_on": dt.date(2025, 4, 20),
                "amount": Decimal("5000.01"),
                "method": "转账",
            },
        ],
    }


@pytest.fixture
def source(tmp_path: Path) -> Path:
    """A database file holding :func:`sample_rows`."""
    path = tmp_path / "source.db"
    db = open_database(path)
    with db.engine.begin() as conn:
        for table, rows in sample_rows().items():
            write_rows(conn, table, rows)
    db.close()
    return path


@pytest.fixture
def target(tmp_path: Path) -> Path:
    """A database with the sample's rep and account only, for imports that refer to them."""
    path = tmp_path / "target.db"
    rows = sample_rows()
    db = open_database(path)
    with db.engine.begin() as conn:
        write_rows(conn, "reps", rows["reps"])
        write_rows(conn, "accounts", rows["accounts"][:1])
    db.close()
    return path


def export(db: Path, fmt: str, out: Path, table: str | None = None) -> None:
    """Run ``main.py export`` in-process and expect success."""
    argv = ["export", "--db", str(db), "--format", fmt, "--out", str(out)]
    assert main.main(argv + (["--table", table] if table else [])) == 0


def run_import(db: Path, file: Path, *extra: str) -> int:
    """Run ``main.py import`` in-process; its exit status."""
    return main.main(["import", "--db", str(db), str(file), *extra])


def exported_data(db: Path, tmp_path: Path) -> dict[str, Any]:
    """The JSON export of ``db`` without its time stamp."""
    out = tmp_path / f"{db.stem}-check.json"
    export(db, "json", out)
    data = json.loads(out.read_text(encoding="utf-8"))
    del data["exported_at"]
    return data


def snapshot(db: Path) -> tuple[str, list[str]]:
    """The database file's hash and a dump of its content, to prove nothing changed."""
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    con = sqlite3.connect(db)
    try:
        return digest, list(con.iterdump())
    finally:
        con.close()


def write_csv(path: Path, text: str, encoding: str = "utf-8") -> Path:
    """A CSV file with ``text`` (dedented lines)."""
    lines = [line.strip() for line in text.strip().splitlines()]
    path.write_bytes(("\n".join(lines) + "\n").encode(encoding))
    return path


def assert_rejected(
    db: Path, file: Path, capsys: pytest.CaptureFixture[str], *expected: str
) -> str:
    """Import ``file``: non-zero status, every ``expected`` text in stderr, ``db`` unchanged."""
    before = snapshot(db)
    assert run_import(db, file) != 0
    err = capsys.readouterr().err
    for text in expected:
        assert text in err
    assert "nothing was imported" in err or "error:" in err
    assert snapshot(db) == before
    return err


# --- round trips ----------------------------------------------------------------------------


def test_a_json_export_imported_into_an_empty_database_exports_the_same_data(
    source: Path, tmp_path: Path
) -> None:
    export(source, "json", tmp_path / "data.json")
    assert run_import(tmp_path / "copy.db", tmp_path / "data.json") == 0
    assert exported_data(tmp_path / "copy.db", tmp_path) == exported_data(source, tmp_path)


def test_an_xlsx_export_imported_into_an_empty_database_exports_the_same_data(
    source: Path, tmp_path: Path
) -> None:
    export(source, "xlsx", tmp_path / "data.xlsx")
    assert run_import(tmp_path / "copy.db", tmp_path / "data.xlsx") == 0
    assert exported_data(tmp_path / "copy.db", tmp_path) == exported_data(source, tmp_path)


def test_a_csv_export_of_a_table_imports_and_exports_again_byte_for_byte(
    source: Path, tmp_path: Path
) -> None:
    export(source, "csv", tmp_path / "reps.csv", "reps")
    export(source, "csv", tmp_path / "accounts.csv", "accounts")
    copy = tmp_path / "copy.db"
    assert run_import(copy, tmp_path / "reps.csv") == 0
    assert run_import(copy, tmp_path / "accounts.csv") == 0
    export(copy, "csv", tmp_path / "again.csv", "accounts")
    assert (tmp_path / "again.csv").read_bytes() == (tmp_path / "accounts.csv").read_bytes()
    assert (tmp_path / "accounts.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # BOM for Excel


def test_a_demo_database_survives_a_json_and_an_xlsx_round_trip(tmp_path: Path) -> None:
    pytest.importorskip("cli.demo", reason="the demo generator is not there yet")
    demo = tmp_path / "demo.db"
    assert main.main(["demo", "--db", str(demo), "--size", "small"]) == 0
    for fmt in ("json", "xlsx"):
        export(demo, fmt, tmp_path / f"demo.{fmt}")
        assert run_import(tmp_path / f"from-{fmt}.db", tmp_path / f"demo.{fmt}") == 0
        assert exported_data(tmp_path / f"from-{fmt}.db", tmp_path) == exported_data(demo, tmp_path)


def test_the_json_export_holds_every_table_and_column_in_the_codecs_json_form(
    source: Path, tmp_path: Path
) -> None:
    data = exported_data(source, tmp_path)
    assert data["format"] == "repdesk" and data["format_version"] == 1
    assert list(data["tables"]) == list(TABLE_ORDER)
    for table, rows in data["tables"].items():
        assert all(list(row) == columns(table) for row in rows)
    accounts = {a["id"]: a for a in data["tables"]["accounts"]}
    live, gone = accounts[ACCOUNT], accounts[GONE]
    assert live["credit_limit"] == "1234567.89"
    assert live["contract_end"] == "2026-12-31"
    assert live["tags"] == ["vip", "老客户"]
    assert live["level"] is None
    assert gone["deleted"] is True and gone["version"] == 7
    assert gone["created_at"] == "2024-01-02T03:04:05.123456"


def test_an_import_records_pending_changes_so_the_rows_sync_later(
    source: Path, tmp_path: Path
) -> None:
    export(source, "json", tmp_path / "data.json")
    assert run_import(tmp_path / "copy.db", tmp_path / "data.json") == 0
    db = open_database(tmp_path / "copy.db")
    with db.engine.connect() as conn:
        assert pending_count(conn) == sum(len(rows) for rows in sample_rows().values())
    db.close()


def test_importing_the_same_file_again_leaves_every_row_unchanged(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export(source, "json", tmp_path / "data.json")
    capsys.readouterr()
    assert run_import(source, tmp_path / "data.json") == 0
    out = capsys.readouterr().out
    assert "accounts: 2 rows (0 new, 0 updated, 2 unchanged)" in out


def test_a_csv_row_with_an_id_updates_that_row_and_one_without_adds_a_row(
    target: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_file = write_csv(
        tmp_path / "accounts.csv",
        f"""
        id,name,channel_type,credit_limit
        {ACCOUNT},华联（新名字）,agent,"12,345.60"
        ,深圳新客户,retail,
        """,
    )
    assert run_import(target, csv_file) == 0
    assert "accounts: 2 rows (1 new, 1 updated, 0 unchanged)" in capsys.readouterr().out
    tables = exported_data(target, tmp_path)["tables"]
    names = {a["name"]: a for a in tables["accounts"]}
    assert names["华联（新名字）"]["id"] == ACCOUNT
    assert names["华联（新名字）"]["credit_limit"] == "12345.60"
    # A column the file leaves out keeps its value.
    assert names["华联（新名字）"]["tags"] == ["vip", "老客户"]
    assert uuid.UUID(names["深圳新客户"]["id"])


def test_an_xlsx_with_real_dates_and_numeric_money_imports_to_the_cent(
    target: Path, tmp_path: Path
) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "invoices"
    ws.append(["account_id", "number", "issued_on", "due_on", "amount"])
    ws.append([ACCOUNT, 20250001, dt.datetime(2025, 1, 31), "2025/02/28", 1234.56])
    ws.append([ACCOUNT, "INV-2", dt.date(2025, 2, 1), dt.date(2025, 3, 1), "0.10"])
    wb.save(tmp_path / "invoices.xlsx")
    assert run_import(target, tmp_path / "invoices.xlsx") == 0
    invoices = exported_data(target, tmp_path)["tables"]["invoices"]
    got = sorted((i["number"], i["issued_on"], i["due_on"], i["amount"]) for i in invoices)
    assert got == [
        ("20250001", "2025-01-31", "2025-02-28", "1234.56"),
        ("INV-2", "2025-02-01", "2025-03-01", "0.10"),
    ]


# --- bad files change nothing ----------------------------------------------------------------


def test_a_csv_with_an_unknown_channel_type_changes_nothing_and_names_the_row(
    target: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_file = write_csv(
        tmp_path / "accounts.csv",
        """
        name,channel_type
        好客户,dealer
        坏客户,foo
        """,
    )
    assert_rejected(
        target,
        csv_file,
        capsys,
        "accounts.csv row 3, column channel_type: 'foo' is not one of the allowed values"
        " (direct, agent, dealer",
        "accounts.csv: 1 problem; nothing was imported",
    )


def test_a_csv_with_an_unknown_column_changes_nothing_and_names_the_column(
    target: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_file = write_csv(
        tmp_path / "accounts.csv",
        """
        name,channel_type,fax
        好客户,dealer,010-1234567
        """,
    )
    assert_rejected(target, csv_file, capsys, "accounts.csv row 1, column fax: is not a column")


def test_a_csv_without_a_required_column_names_the_column_once(
    target: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_file = write_csv(
        tmp_path / "contacts.csv",
        f"""
        account_id,title
        {ACCOUNT},经理
        {ACCOUNT},主任
        """,
    )
    err = assert_rejected(
        target, csv_file, capsys, "contacts.csv row 1: column name is missing (new rows need it)"
    )
    assert err.count("column name") == 1


def test_every_bad_row_is_reported_not_just_the_first(
    target: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_file = write_csv(
        tmp_path / "accounts.csv",
        """
        name,channel_type,contract_end,tags,payment_terms_days
        A,dealer,2025-13-01,vip,30
        B,foo,2025-01-01,"[""a"", 1",400
        """,
    )
    assert_rejected(
        target,
        csv_file,
        capsys,
        "accounts.csv row 2, column contract_end: '2025-13-01' is not a date",
        "accounts.csv row 3, column channel_type: 'foo'",
        "accounts.csv row 3, column tags: ",
        "accounts.csv row 3, column payment_terms_days: must be at most 365",
        "accounts.csv: 4 problems",
    )


def test_a_reference_to_a_missing_account_changes_nothing_and_names_the_row(
    target: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_file = write_csv(
        tmp_path / "contacts.csv",
        f"""
        account_id,name
        {ACCOUNT},王五
        {uid(999)},赵六
        """,
    )
    assert_rejected(
        target,
        csv_file,
        capsys,
        f"contacts.csv row 3, column account_id: refers to accounts {uid(999)}, which does not exist",
    )


def test_a_negative_amount_changes_nothing_and_names_the_row(
    target: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_file = write_csv(
        tmp_path / "invoices.csv",
        f"""
        account_id,number,issued_on,due_on,amount
        {ACCOUNT},INV-9,2025-01-01,2025-02-01,-5.00
        """,
    )
    assert_rejected(
        target,
        csv_file,
        capsys,
        "invoices.csv row 2, column amount: must be at least 0 (got -5.00)",
    )


def test_malformed_json_is_reported_with_the_parsers_line_and_column(
    target: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "data.json"
    bad.write_text('{"tables": {"accounts": [\n  {"name": "x" "channel_type": "dealer"}\n]}}')
    assert_rejected(
        target, bad, capsys, "data.json line 2, column 16: not valid JSON (Expecting ',' delimiter)"
    )


def test_a_bad_json_field_names_the_table_index_and_field(
    target: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "data.json"
    rows = [
        {"name": "好", "channel_type": "dealer"},
        {"name": "坏", "channel_type": "dealer", "phone": "abc"},
    ]
    bad.write_text(json.dumps({"tables": {"accounts": rows, "leads": []}}), encoding="utf-8")
    assert_rejected(
        target,
        bad,
        capsys,
        "data.json tables.accounts[1], field phone: 'abc' is not a phone number",
        "data.json tables.leads: 'leads' is not a RepDesk table",
    )


def test_a_gbk_csv_from_excel_fails_with_a_hint_and_imports_with_encoding_gb18030(
    target: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_file = write_csv(
        tmp_path / "accounts.csv",
        """
        name,channel_type,city
        北京华联,dealer,北京
        """,
        encoding="gbk",
    )
    assert_rejected(
        target,
        csv_file,
        capsys,
        "accounts.csv row 2 (line 2): not valid utf-8 text",
        'save it as "CSV UTF-8" or import with --encoding gb18030',
    )
    assert run_import(target, csv_file, "--encoding", "gb18030") == 0
    names = [a["name"] for a in exported_data(target, tmp_path)["tables"]["accounts"]]
    assert "北京华联" in names


def test_a_duplicate_id_in_one_file_is_reported_with_both_rows(
    target: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_file = write_csv(
        tmp_path / "accounts.csv",
        f"""
        id,name,channel_type
        {uid(500)},甲,dealer
        {uid(501)},乙,dealer
        {uid(500)},丙,dealer
        """,
    )
    assert_rejected(
        target,
        csv_file,
        capsys,
        f"accounts.csv row 4, column id: '{uid(500)}' appears more than once in the file"
        " (first: accounts.csv row 2)",
    )


def test_a_login_another_rep_already_uses_is_reported(
    target: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_file = write_csv(tmp_path / "reps.csv", "login,display_name\nzhangsan,另一个张三")
    assert_rejected(
        target,
        csv_file,
        capsys,
        f"reps.csv row 2, column login: 'zhangsan' is already used by reps {REP}",
    )


def test_an_empty_file_is_reported(
    target: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "accounts.csv").write_bytes(b"")
    assert_rejected(target, tmp_path / "accounts.csv", capsys, "accounts.csv: the file is empty")
    (tmp_path / "data.json").write_text("  \n")
    assert_rejected(target, tmp_path / "data.json", capsys, "data.json: the file is empty")


def test_a_csv_not_named_after_a_table_asks_for_the_table(
    target: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_file = write_csv(tmp_path / "客户名单.csv", "name,channel_type\n甲,dealer")
    assert_rejected(target, csv_file, capsys, "客户名单.csv: cannot tell which table", "--table")
    assert run_import(target, csv_file, "--table", "accounts") == 0


def test_an_unknown_sheet_in_a_workbook_is_reported(
    target: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wb = Workbook()
    wb.active.title = "客户"
    wb.active.append(["name", "channel_type"])
    wb.active.append(["甲", "dealer"])
    wb.save(tmp_path / "book.xlsx")
    assert_rejected(
        target,
        tmp_path / "book.xlsx",
        capsys,
        "book.xlsx sheet 客户: '客户' is not a RepDesk table",
    )


def test_only_the_first_fifty_problems_are_printed_and_the_rest_counted(
    target: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = "\n".join(f"客户{i},foo" for i in range(70))
    csv_file = write_csv(tmp_path / "accounts.csv", "name,channel_type\n" + lines)
    err = assert_rejected(target, csv_file, capsys, "... and 20 more problems", "70 problems")
    assert len(re.findall(r"^accounts\.csv row \d+", err, re.MULTILINE)) == 50


def test_a_failed_import_into_a_new_database_leaves_no_database_behind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_file = write_csv(tmp_path / "accounts.csv", "name,channel_type\n甲,foo")
    assert run_import(tmp_path / "new.db", csv_file) != 0
    assert not (tmp_path / "new.db").exists()


# --- end to end -----------------------------------------------------------------------------


def test_export_and_import_work_as_real_commands(source: Path, tmp_path: Path) -> None:
    def cli(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "main.py", *argv],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )

    out = tmp_path / "data.json"
    done = cli("export", "--db", str(source), "--format", "json", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "accounts: 2 rows" in done.stdout
    done = cli("import", "--db", str(tmp_path / "copy.db"), str(out))
    assert done.returncode == 0, done.stderr
    out.write_text('{"tables": {"accounts": [{"name": "x", "channel_type": "foo"}]}}')
    done = cli("import", "--db", str(tmp_path / "copy.db"), str(out))
    assert done.returncode == 1
    assert "data.json tables.accounts[0], field channel_type: 'foo'" in done.stderr


# --- the documentation ----------------------------------------------------------------------


def test_the_data_format_doc_lists_every_table_and_column() -> None:
    doc = (ROOT / "docs" / "data-format.md").read_text(encoding="utf-8")
    for table in TABLES:
        section = re.search(rf"^### `{table}`\n(.*?)(?=^#|\Z)", doc, re.MULTILINE | re.DOTALL)
        assert section, f"docs/data-format.md has no section for {table}"
        for name in columns(table):
            assert f"`{name}`" in section.group(1), f"{table}.{name} is not documented"
