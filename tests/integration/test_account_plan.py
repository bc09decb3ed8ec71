"""The printed account plan on real SQLite files: what the PDF says, that it prints anywhere
(every font embedded), that odd data cannot break it, and the batch writer."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from domain.vocabulary import TrafficLight, label
from reports.account_plan import render_plan
from reports.plan_texts import money, plan_keys, plan_text
from services import records
from services.account_plan import (
    find_accounts,
    key_accounts,
    plan_data,
    plan_file_name,
    write_plans,
)
from services.demo_data import DEMO_TODAY, FEATURED_ACCOUNT, FEATURED_CONTACT, generate
from storage.database import open_database
from storage.uow import NotFound, UnitOfWork

TODAY = DEMO_TODAY


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The small demo database, shared by the read-only tests of this module."""
    database = open_database(tmp_path_factory.mktemp("plan") / "demo.db")
    generate(database, size="small", track=False)
    yield database
    database.close()


def _account_id(db, name: str) -> str:
    with UnitOfWork(db, write=False) as uow:
        return find_accounts(uow, name)[0].id


def _plan(db, account_id: str, lang: str = "zh_CN"):
    with UnitOfWork(db, write=False) as uow:
        return plan_data(uow, account_id, today=TODAY, lang=lang)


def _render(data, path: Path) -> tuple[int, str]:
    pages = render_plan(data, path)
    reader = PdfReader(path)
    assert len(reader.pages) == pages
    text = "\n".join(page.extract_text() for page in reader.pages)
    return pages, re.sub(r"\s+", "", text)


def _fonts(path: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    return [line.split() for line in out.stdout.splitlines()[2:]]


def test_the_featured_plan_names_the_account_people_verdicts_and_figures(demo, tmp_path):
    data = _plan(demo, _account_id(demo, FEATURED_ACCOUNT))
    pages, text = _render(data, tmp_path / "plan.pdf")
    assert 3 <= pages <= 20
    assert FEATURED_ACCOUNT in text
    assert FEATURED_CONTACT in text
    assert all(p.name.replace(" ", "") in text for p in data.people)
    for project in data.projects:
        assert project.name.replace(" ", "") in text
        assert label(TrafficLight(project.verdict_status), "zh_CN") in text
    assert money(data.overview.figures.sales_ytd) in text
    assert data.credit is not None and money(data.credit.overdue) in text
    for heading in (
        "s_overview",
        "s_atmosphere",
        "s_people",
        "s_projects",
        "s_credit",
        "s_actions",
    ):
        assert plan_text(heading, "zh_CN").replace(" ", "") in text
    assert plan_text("contents", "zh_CN") in text  # a long plan gets a table of contents
    assert plan_text("confidential", "zh_CN").replace(" ", "") in text


def test_every_font_is_embedded_as_a_subset(demo, tmp_path):
    path = tmp_path / "plan.pdf"
    render_plan(_plan(demo, _account_id(demo, FEATURED_ACCOUNT)), path)
    fonts = _fonts(path)
    assert fonts, "the plan uses no font?"
    for row in fonts:
        name, emb, sub = row[0], row[-5], row[-4]
        assert (emb, sub) == ("yes", "yes"), f"{name} is not embedded as a subset"
        assert "+" in name


def test_the_english_plan_is_in_english(demo, tmp_path):
    data = _plan(demo, _account_id(demo, FEATURED_ACCOUNT), "en")
    _, text = _render(data, tmp_path / "plan.pdf")
    assert "Accountplan" in text and "Confidential" in text
    assert "Buyingatmosphereand1+2+1" in text
    assert label(TrafficLight(data.projects[0].verdict_status), "en") in text
    assert FEATURED_CONTACT in text  # names stay as they are


def test_the_largest_demo_account_gives_a_sane_page_count(demo, tmp_path):
    with UnitOfWork(demo, write=False) as uow:
        plans = [plan_data(uow, a.id, today=TODAY, lang="zh_CN") for a in key_accounts(uow)]
    largest = max(plans, key=lambda d: (len(d.projects), len(d.people) + len(d.other_contacts)))
    pages, text = _render(largest, tmp_path / "big.pdf")
    assert len(largest.projects) >= 4
    assert 5 <= pages <= 8 + 3 * len(largest.projects)
    assert largest.account_name in text


def test_an_account_with_no_projects_or_contacts_says_so(db, tmp_path):
    with UnitOfWork(db) as uow:
        account = records.create(
            uow, "accounts", {"name": "空白贸易公司", "channel_type": "dealer"}
        )
    data = _plan(db, account)
    pages, text = _render(data, tmp_path / "empty.pdf")
    assert pages >= 2
    assert "空白贸易公司" in text
    assert plan_text("no_projects", "zh_CN") in text
    assert plan_text("no_people", "zh_CN") in text
    assert plan_text("no_overdue", "zh_CN") in text
    assert data.credit is not None and data.credit.balance == 0


def test_unsafe_text_neither_breaks_the_renderer_nor_disappears(db, tmp_path):
    long_name = "超长名称<b>&amp;" + "深圳市前海国际供应链管理有限公司" * 10
    with UnitOfWork(db) as uow:
        account = records.create(
            uow,
            "accounts",
            {
                "name": long_name[:200],
                "channel_type": "agent",
                "is_key_account": True,
                "notes": ("客户备注 <script>&nbsp; 😀 mixed English text " * 300)[:10000],
                "sales_target": Decimal("1000000"),
            },
        )
        contact = records.create(
            uow,
            "contacts",
            {"account_id": account, "name": "王😀<i>五" + "名" * 60, "title": "CEO & 总经理 <x>"},
        )
        project = records.create(
            uow,
            "projects",
            {
                "account_id": account,
                "name": "项目 <a href='x'>&lt; 🚀 " + "Very long English project name " * 5,
                "amount": Decimal("123456.78"),
                "need_vs_want": "需要" * 499,
                "factor_value": 4,
                "factor_value_note": "值" * 1000,
                "next_step": "下一步 & <签约> 😀",
            },
        )
        for role in ("decision_maker", "guide", "user", "gatekeeper", "purchaser"):
            records.create(
                uow,
                "project_roles",
                {"project_id": project, "contact_id": contact, "role": role, "stance": "support"},
            )
    data = _plan(db, account)
    pages, text = _render(data, tmp_path / "unsafe.pdf")
    assert pages >= 4
    assert "<b>&amp;" in text  # markup characters are printed, not interpreted
    assert "CEO&总经理<x>" in text
    assert "王□<i>五" in text  # the emoji the font lacks shows as a box, the rest survives
    assert "下一步&<签约>□" in text


def test_find_accounts_by_id_exact_name_or_part(demo):
    with UnitOfWork(demo, write=False) as uow:
        featured = find_accounts(uow, FEATURED_ACCOUNT)
        assert [a.name for a in featured] == [FEATURED_ACCOUNT]
        assert [a.name for a in find_accounts(uow, featured[0].id)] == [FEATURED_ACCOUNT]
        assert len(find_accounts(uow, "有限公司")) > 1
        assert find_accounts(uow, "没有这个客户") == []
        assert find_accounts(uow, "  ") == []
        assert find_accounts(uow, "%") == []  # a LIKE wildcard is a plain character


def test_key_accounts_are_flagged_or_have_open_projects(demo):
    with UnitOfWork(demo, write=False) as uow:
        keys = key_accounts(uow)
        open_owners = {
            r[0]
            for r in uow.session.connection().exec_driver_sql(
                "SELECT account_id FROM projects WHERE deleted = 0 AND status = 'open'"
            )
        }
    ids = {a.id for a in keys}
    assert open_owners <= ids
    assert all(a.is_key_account or a.id in open_owners for a in keys)
    assert FEATURED_ACCOUNT in {a.name for a in keys}


def test_an_unknown_account_is_not_found(demo):
    with UnitOfWork(demo, write=False) as uow, pytest.raises(NotFound):
        plan_data(uow, "no-such-id", today=TODAY, lang="zh_CN")


def test_the_batch_writes_one_file_per_account_with_progress(demo, tmp_path):
    with UnitOfWork(demo, write=False) as uow:
        ids = [a.id for a in key_accounts(uow)][:4]
    seen: list[tuple[int, int]] = []
    result = write_plans(
        demo,
        [*ids, "vanished"],
        tmp_path / "out",
        "en",
        lambda d, t: seen.append((d, t)),
        today=TODAY,
    )
    assert len(result.written) == 4 and all(p.stat().st_size > 10_000 for p in result.written)
    assert [name for name, _ in result.failed] == ["vanished"]
    assert seen == [(i, 5) for i in range(6)]
    assert {p.name for p in (tmp_path / "out").iterdir()} == {p.name for p in result.written}


def test_the_batch_stops_when_progress_raises(demo, tmp_path):
    with UnitOfWork(demo, write=False) as uow:
        ids = [a.id for a in key_accounts(uow)][:5]

    class Stop(Exception):
        pass

    def progress(done: int, total: int) -> None:
        if done == 2:
            raise Stop

    with pytest.raises(Stop):
        write_plans(demo, ids, tmp_path, "zh_CN", progress, today=TODAY)
    assert len(list(tmp_path.glob("*.pdf"))) == 2


def test_file_names_are_safe():
    assert plan_file_name('a/b\\c:d*e?"f<g>h|i', "en") == "a_b_c_d_e__f_g_h_i Account plan.pdf"
    assert plan_file_name("杭州电子", "zh_CN") == "杭州电子 客户计划.pdf"
    assert plan_file_name(" . ", "en") == "account Account plan.pdf"


def test_every_plan_text_has_both_languages():
    assert {"doc_title", "confidential", "page"} <= plan_keys()
    for key in plan_keys():
        assert plan_text(key, "zh_CN").strip() and plan_text(key, "en").strip()


def test_the_featured_plan_has_real_credit_figures_and_a_margin(demo, tmp_path):
    data = _plan(demo, _account_id(demo, FEATURED_ACCOUNT), "en")
    c = data.credit
    assert c is not None and c.balance > 0 and c.overdue > 0 and c.overdue_invoices
    assert sum(1 for _, amount in c.buckets if amount > 0) >= 3  # aging spread out
    assert c.cost_of_delay > 0 and c.dso is not None
    assert data.overview.figures.margin is not None
    _, text = _render(data, tmp_path / "plan.pdf")
    assert c.overdue_invoices[0].number in text
    assert plan_text("no_late_cost", "en").replace(" ", "") not in text


def test_people_pages_list_roles_cleanly_and_say_not_assessed_once(demo, tmp_path):
    data = _plan(demo, _account_id(demo, FEATURED_ACCOUNT))
    pages, text = _render(data, tmp_path / "plan.pdf")
    unassessed = [p for p in data.people if p.profile is None]
    assert unassessed and any(len(p.roles) > 1 for p in data.people)
    assert text.count(plan_text("no_profile", "zh_CN")) == len(unassessed)
    assert "；" in text and not re.search(r"(支持|中立|反对);", text)
    en = _plan(demo, _account_id(demo, FEATURED_ACCOUNT), "en")
    _, en_text = _render(en, tmp_path / "en.pdf")
    assert en_text.count(plan_text("no_profile", "en").replace(" ", "")) == len(unassessed)
    # "Confidential" once a page (the header), not in the footer as well
    reader = PdfReader(tmp_path / "en.pdf")
    assert all(p.extract_text().count("Confidential") == 1 for p in reader.pages)


def test_old_next_steps_are_counted_and_passed_close_dates_flagged(db, tmp_path):
    with UnitOfWork(db) as uow:
        account = records.create(
            uow, "accounts", {"name": "旧账贸易公司", "channel_type": "dealer"}
        )
        records.create(
            uow,
            "projects",
            {
                "account_id": account,
                "name": "过期项目",
                "amount": Decimal("50000"),
                "expected_close": TODAY - dt.timedelta(days=10),
            },
        )
        for i in range(30):
            due = TODAY - dt.timedelta(days=100 + i) if i < 28 else TODAY + dt.timedelta(days=i)
            records.create(
                uow,
                "activities",
                {
                    "account_id": account,
                    "kind": "call",
                    "occurred_at": dt.datetime.combine(due, dt.time(9)) - dt.timedelta(days=7),
                    "next_step": f"步骤{i:02d}",
                    "next_step_due": due,
                },
            )
    data = _plan(db, account)
    assert data.stale_actions == 28 and data.stale_since == TODAY - dt.timedelta(days=127)
    assert [a.what for a in data.actions] == ["步骤28", "步骤29"]
    _, text = _render(data, tmp_path / "old.pdf")
    assert "步骤00" not in text and "步骤28" in text
    assert "另有28项逾期超过90天的下一步未列出" in text
    assert text.count(plan_text("close_passed", "zh_CN")) >= 2  # cover, atmosphere, project
    assert "过期项目" in next(o for o in data.objectives if "新的成交日期" in o)
    en = _plan(db, account, "en")
    _, en_text = _render(en, tmp_path / "old-en.pdf")
    assert "closedatepassed" in en_text and "28oldernextsteps" in en_text


def test_chinese_plan_texts_use_full_width_punctuation():
    with open(
        Path(__file__).parents[2] / "resources" / "account_plan.json", encoding="utf-8"
    ) as fh:
        labels = json.load(fh)["labels"]
    for key, texts in labels.items():
        zh = re.sub(r"\{[^}]*\}", "", texts["zh_CN"])  # placeholders aside
        assert not re.search(r"[(),:;]", zh), (key, texts["zh_CN"])
