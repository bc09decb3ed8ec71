"""``python main.py tracker``: the 1+2+1 tracking sheet as JSON and as a PDF table."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

import main
from services.demo_data import build_rows

TODAY = "2026-11-23"


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("tracker-cli") / "demo.db"
    assert main.main(["demo", "--db", str(path)]) == 0
    return path


def _json(demo, capsys, *args):
    capsys.readouterr()
    assert main.main(["tracker", "--db", str(demo), "--today", TODAY, *args]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_gives_each_showcase_project_its_verdict_missing_items_and_risks(demo, capsys):
    sheet = _json(demo, capsys, "--format", "json", "--lang", "en")
    by_id = {p["project_id"]: p for p in sheet["projects"]}
    holds, insiders, stalled, opposes = (
        by_id[p["id"]] for p in build_rows(size="small")["projects"][:4]
    )
    assert holds["account"] == "杭州电子设备有限公司"
    assert holds["verdict"]["status"] == "green" and holds["verdict"]["holds"] is True
    assert holds["verdict"]["missing"] == []
    assert holds["guide"] and holds["roles_won"] >= 2
    assert insiders["verdict"]["holds"] is False
    assert insiders["verdict"]["missing"][0]["code"] == "no_guide_insiders"
    assert insiders["verdict"]["missing"][0]["text"].startswith("No guide — ")
    assert "continuations" in [r["code"] for r in stalled["risks"]]
    assert stalled["risks"][0]["text"]
    assert opposes["verdict"]["status"] == "amber"
    assert opposes["verdict"]["missing"][0] == {
        "code": "dm_opposes",
        "severity": 90,
        "params": {},
        "text": "Decision maker opposes",
    }
    assert sheet["count"] == len(sheet["projects"]) == sum(sheet["by_status"].values())
    assert all(sheet["by_status"][s] > 0 for s in ("green", "amber", "red"))
    assert sheet["rules"]["min_roles_won"] == 2
    assert holds["step"] in {"analyse", "trust", "needs", "value", "commitment", "collect"}
    assert {"amount", "expected_close", "next_step_due", "last_advance_on"} <= set(holds)


def test_json_speaks_chinese_by_default_and_can_include_closed_projects(demo, capsys):
    sheet = _json(demo, capsys)
    assert sheet["lang"] == "zh_CN"
    assert {p["status"] for p in sheet["projects"]} == {"open"}
    labels = {p["verdict"]["status_label"] for p in sheet["projects"]}
    assert labels == {"绿灯", "黄灯", "红灯"}
    everything = _json(demo, capsys, "--all")
    assert {p["status"] for p in everything["projects"]} == {"open", "won", "lost"}


def test_json_can_go_to_a_file(demo, tmp_path, capsys):
    out = tmp_path / "sheet.json"
    assert main.main(["tracker", "--db", str(demo), "--today", TODAY, "--out", str(out)]) == 0
    assert "wrote" in capsys.readouterr().out
    assert json.loads(out.read_text(encoding="utf-8"))["count"] > 0


def test_pdf_is_an_a4_landscape_table_with_the_chinese_text_embedded(demo, tmp_path, capsys):
    out = tmp_path / "sheet.pdf"
    args = ["tracker", "--db", str(demo), "--today", TODAY, "--format", "pdf", "--out", str(out)]
    assert main.main(args) == 0
    reader = PdfReader(out)
    first = reader.pages[0]
    assert float(first.mediabox.width) > float(first.mediabox.height)  # landscape
    assert round(float(first.mediabox.width)) == 842  # A4
    text = "\n".join(page.extract_text() for page in reader.pages)
    flat = text.replace("\n", "")  # cells wrap
    assert "1+2+1" in text and "杭州电子设备有限公司" in flat and "决策人反对" in flat
    assert f"/ {len(reader.pages)}" in text  # page numbers
    assert text.count("还缺什么") == len(reader.pages)  # the header on every page
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in (f.get_object() for f in page["/Resources"]["/Font"].values())
        if "/FontFile2" in font.get("/FontDescriptor", {})
    }
    assert any("ZenHei" in f or "Droid" in f for f in fonts), fonts  # embedded, not CID


def test_a_missing_database_is_a_clear_error(tmp_path, capsys):
    missing = tmp_path / "nope.db"
    assert main.main(["tracker", "--db", str(missing)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "nope.db" in err
    assert not missing.exists()


def test_pdf_needs_an_out_file_and_formats_are_checked(demo, capsys):
    assert main.main(["tracker", "--db", str(demo), "--format", "pdf"]) == 1
    assert "--out" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        main.main(["tracker", "--db", str(demo), "--format", "docx"])
    assert exit_.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
    assert main.main(["tracker", "--db", str(demo), "--today", "tomorrow"]) == 1
    assert "YYYY-MM-DD" in capsys.readouterr().err
