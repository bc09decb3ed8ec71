"""``python main.py plan``: one account's plan, or every key account's into a folder."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

import main
from services.account_plan import key_accounts
from services.demo_data import FEATURED_ACCOUNT
from storage.database import open_database
from storage.uow import UnitOfWork

TODAY = "2026-11-23"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("plan-cli") / "demo.db"
    assert main.main(["demo", "--db", str(path)]) == 0
    return path


def _plan(demo: Path, *args: str) -> int:
    return main.main(["plan", "--db", str(demo), "--today", TODAY, *args])


def test_one_account_by_exact_name_writes_its_plan(demo, tmp_path, capsys):
    out = tmp_path / "plan.pdf"
    assert _plan(demo, "--account", FEATURED_ACCOUNT, "--out", str(out)) == 0
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert FEATURED_ACCOUNT in text and "客户计划" in text
    assert f"wrote {out}" in capsys.readouterr().out


def test_part_of_a_name_that_matches_one_account_is_enough_and_en_works(demo, tmp_path):
    out = tmp_path / "plan.pdf"
    assert _plan(demo, "--account", "杭州电子设备", "--out", str(out), "--lang", "en") == 0
    assert "Account plan" in PdfReader(out).pages[0].extract_text()


def test_a_name_matching_several_accounts_lists_them_and_fails(demo, tmp_path, capsys):
    out = tmp_path / "plan.pdf"
    assert _plan(demo, "--account", "有限公司", "--out", str(out)) == 2
    err = capsys.readouterr().err
    assert "accounts match '有限公司'" in err
    assert FEATURED_ACCOUNT in err
    assert not out.exists()


def test_an_unknown_account_is_a_clear_error(demo, tmp_path, capsys):
    assert _plan(demo, "--account", "不存在的公司", "--out", str(tmp_path / "x.pdf")) == 1
    assert "no account matches '不存在的公司'" in capsys.readouterr().err


def test_missing_or_conflicting_options_are_refused(demo, tmp_path, capsys):
    assert _plan(demo, "--account", FEATURED_ACCOUNT) == 1
    assert "--out" in capsys.readouterr().err
    assert _plan(demo, "--account", "x", "--all-key-accounts", "--out-dir", str(tmp_path)) == 1
    assert _plan(demo, "--all-key-accounts") == 1
    assert "--out-dir" in capsys.readouterr().err


def test_all_key_accounts_write_one_plan_each(demo, tmp_path, capsys):
    folder = tmp_path / "plans"
    assert _plan(demo, "--all-key-accounts", "--out-dir", str(folder)) == 0
    db = open_database(demo)
    try:
        with UnitOfWork(db, write=False) as uow:
            names = {a.name for a in key_accounts(uow)}
    finally:
        db.close()
    files = sorted(folder.glob("*.pdf"))
    assert len(files) == len(names)
    assert {f.name.removesuffix(" 客户计划.pdf") for f in files} == names
    assert f"wrote {len(names)} plans" in capsys.readouterr().out


def test_the_command_runs_as_a_program(demo, tmp_path):
    out = tmp_path / "p.pdf"
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "plan",
            "--db",
            str(demo),
            "--account",
            "有限公司",
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2 and "give the id or the full name" in proc.stderr
