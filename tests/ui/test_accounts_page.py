"""The account list: models, search as you type, filters, sorting, opening an account."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import sys
import types
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from services import queries, records
from services.queries import AccountRow
from storage.models import Account, Contact
from storage.uow import UnitOfWork
from tests.ui.conftest import FEATURED_ACCOUNT, FEATURED_CONTACT, LOAD_TIMEOUT_MS
from ui.models import ObjectRole, SortRole
from ui.models.account_filter_proxy import AccountFilter, AccountFilterProxy
from ui.models.account_table_model import (
    BATCH,
    COL_CHANNEL,
    COL_CREDIT_LIMIT,
    COL_NAME,
    AccountTableModel,
)


def demo_rows(db) -> list[AccountRow]:
    with UnitOfWork(db, write=False) as uow:
        return queries.account_rows(uow)


def shown_names(page) -> list[str]:
    return [page.proxy.account_at(r).name for r in range(page.proxy.rowCount())]


def search(qtbot, page, query: str) -> None:
    """Type ``query`` into the search box (Chinese arrives whole, as from an input method)."""
    page.search.clear()
    if query.isascii():
        qtbot.keyClicks(page.search, query)
    else:
        page.search.insert(query)
    qtbot.waitUntil(lambda: page._query == query, timeout=LOAD_TIMEOUT_MS)


def synthetic_rows(count: int) -> list[AccountRow]:
    now = dt.datetime(2026, 11, 1, 8, 0)
    return [
        AccountRow(
            id=f"id-{i:04d}",
            name=f"客户{i:04d}",
            short_name=None,
            channel_type=("dealer", "agent", "retail")[i % 3],
            cooperation_mode=None,
            level=None,
            is_key_account=i % 7 == 0,
            lifecycle_stage="develop",
            tags=("vip",) if i % 5 == 0 else (),
            region=None,
            province=None,
            city=None,
            phone=None,
            owner_rep_id=None,
            owner_name=None,
            credit_limit=Decimal(i * 1000 % 77_000),
            contact_count=i % 9,
            last_activity=now - dt.timedelta(days=i) if i % 4 else None,
            updated_at=now,
        )
        for i in range(count)
    ]


# --- models -----------------------------------------------------------------------------------


def test_the_account_table_model_passes_the_qt_model_tester(qapp, qtmodeltester, demo_db):
    model = AccountTableModel()
    model.set_rows(demo_rows(demo_db))
    qtmodeltester.check(model)


def test_the_filter_proxy_passes_the_qt_model_tester_while_filtering(qapp, qtmodeltester):
    model = AccountTableModel()
    proxy = AccountFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows(synthetic_rows(450))
    proxy.set_filter(AccountFilter(channel_type="dealer"))
    proxy.sort(COL_CREDIT_LIMIT, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)


def test_a_long_list_shows_a_first_batch_and_fetches_the_rest_on_demand(qapp):
    model = AccountTableModel()
    model.set_rows(synthetic_rows(450))
    assert (model.rowCount(), model.total_count()) == (BATCH, 450)
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 450
    assert not model.canFetchMore(QModelIndex())


def test_sorting_puts_the_top_of_all_accounts_first_not_only_of_those_fetched(qapp):
    rows = synthetic_rows(450)
    model = AccountTableModel()
    model.set_rows(rows)
    model.sort(COL_CREDIT_LIMIT, Qt.SortOrder.DescendingOrder)
    top = model.index(0, COL_CREDIT_LIMIT).data(ObjectRole)
    assert top.credit_limit == max(r.credit_limit for r in rows)
    assert model.rowCount() == BATCH


def test_chinese_names_sort_by_pinyin(qapp):
    rows = [
        dataclasses.replace(synthetic_rows(1)[0], id=n, name=n) for n in ("张家港", "安庆", "北京")
    ]
    pinyin = {
        "张家港": ("zhangjiagang", "zjg"),
        "安庆": ("anqing", "aq"),
        "北京": ("beijing", "bj"),
    }
    model = AccountTableModel()
    model.set_rows(rows, pinyin)
    names = [model.index(r, COL_NAME).data() for r in range(3)]
    assert names == ["安庆", "北京", "张家港"]


def test_codes_show_as_labels_and_credit_limits_as_yuan(qapp, demo_db):
    model = AccountTableModel()
    model.set_rows(demo_rows(demo_db))
    row = next(
        r for r in range(model.rowCount()) if model.index(r, COL_NAME).data() == FEATURED_ACCOUNT
    )
    account = model.index(row, 0).data(ObjectRole)
    channel = model.index(row, COL_CHANNEL).data()
    assert channel and channel != account.channel_type
    assert model.index(row, COL_CREDIT_LIMIT).data().startswith("¥")
    assert isinstance(model.index(row, COL_CREDIT_LIMIT).data(SortRole), float)


# --- search as you type -----------------------------------------------------------------------


@pytest.mark.parametrize("query", ["zs", "zhangsan", "张三", "hzdz", "杭州电子"])
def test_typing_chinese_full_pinyin_or_initials_finds_the_featured_account(
    qtbot, accounts_page, query
):
    search(qtbot, accounts_page, query)
    names = shown_names(accounts_page)
    assert FEATURED_ACCOUNT in names
    assert len(names) < accounts_page.model.total_count()


def test_a_phone_fragment_finds_the_account_of_that_contact(qtbot, accounts_page, demo_db):
    with UnitOfWork(demo_db, write=False) as uow:
        phone = uow.session.scalar(select(Contact.phone).where(Contact.name == FEATURED_CONTACT))
    fragment = re.sub(r"\D", "", phone)[-6:]
    search(qtbot, accounts_page, fragment)
    assert FEATURED_ACCOUNT in shown_names(accounts_page)


def test_a_query_that_matches_nothing_says_so_in_words(qtbot, accounts_page):
    search(qtbot, accounts_page, "no such account xyz")
    assert accounts_page.proxy.rowCount() == 0
    assert accounts_page.stack.currentWidget() is accounts_page.empty_label
    assert "No account matches" in accounts_page.empty_label.text()


def test_clearing_the_search_shows_every_account_again(qtbot, accounts_page):
    from ui import i18n

    i18n.apply_language("en")  # the count is a plural message: "1 account", "50 accounts"
    search(qtbot, accounts_page, "hzdz")
    accounts_page.apply_search("")
    assert accounts_page.proxy.rowCount() == accounts_page.model.total_count() == 50
    assert accounts_page.count_label.text() == "50 accounts"


# --- filters, count, sorting -------------------------------------------------------------------


def test_filtering_by_channel_type_reduces_the_rows_and_the_count_says_so(accounts_page, demo_db):
    from ui import i18n

    i18n.apply_language("en")  # the count is a plural message: "1 account", "50 accounts"
    expected = sum(1 for r in demo_rows(demo_db) if r.channel_type == "dealer")
    combo = accounts_page.filter_bar.combos["channel_type"]
    combo.setCurrentIndex(combo.findData("dealer"))
    assert 0 < accounts_page.proxy.rowCount() == expected < 50
    assert {accounts_page.proxy.account_at(r).channel_type for r in range(expected)} == {"dealer"}
    assert accounts_page.count_label.text() == f"{expected} of 50 accounts"
    accounts_page.filter_bar.clear()
    assert accounts_page.proxy.rowCount() == 50


def test_filters_and_search_combine(qtbot, accounts_page):
    accounts_page.filter_bar.key_only.setChecked(True)
    keys = accounts_page.proxy.rowCount()
    search(qtbot, accounts_page, "hzdz")
    assert 0 < accounts_page.proxy.rowCount() <= keys
    assert all(
        accounts_page.proxy.account_at(r).is_key_account
        for r in range(accounts_page.proxy.rowCount())
    )


def test_clicking_a_column_header_sorts_by_it_and_again_reverses(qtbot, accounts_page):
    header = accounts_page.view.horizontalHeader()
    accounts_page.view.scrollTo(accounts_page.proxy.index(0, COL_CREDIT_LIMIT))
    x = header.sectionViewportPosition(COL_CREDIT_LIMIT) + header.sectionSize(COL_CREDIT_LIMIT) // 2

    def limits() -> list[float]:
        proxy = accounts_page.proxy
        return [proxy.index(r, COL_CREDIT_LIMIT).data(SortRole) for r in range(proxy.rowCount())]

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert limits() == sorted(limits())
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert limits() == sorted(limits(), reverse=True)


def test_columns_can_be_hidden_and_shown_from_the_header_menu(accounts_page):
    header = accounts_page.view.horizontalHeader()
    actions = accounts_page.column_menu().actions()
    assert not actions[COL_NAME].isEnabled()
    actions[COL_CHANNEL].setChecked(False)
    assert header.isSectionHidden(COL_CHANNEL)
    accounts_page.column_menu().actions()[COL_CHANNEL].setChecked(True)
    assert not header.isSectionHidden(COL_CHANNEL)


# --- opening accounts ---------------------------------------------------------------------------


@pytest.fixture
def opened(monkeypatch, accounts_page) -> list[str | None]:
    calls: list[str | None] = []
    monkeypatch.setattr(accounts_page, "open_account", calls.append)
    return calls


def test_enter_on_a_row_opens_that_account(qtbot, accounts_page, opened):
    assert accounts_page.select_account(accounts_page.proxy.account_at(3).id)
    qtbot.keyClick(accounts_page.view, Qt.Key.Key_Return)
    assert opened == [accounts_page.proxy.account_at(3).id]


def test_double_clicking_a_row_opens_that_account(qtbot, accounts_page, opened):
    rect = accounts_page.view.visualRect(accounts_page.proxy.index(1, COL_NAME))
    qtbot.mouseClick(accounts_page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(accounts_page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [accounts_page.proxy.account_at(1).id]


def test_the_new_account_button_opens_an_empty_editor(qtbot, accounts_page, opened):
    qtbot.mouseClick(accounts_page.new_button, Qt.MouseButton.LeftButton)
    assert opened == [None]


def test_ctrl_n_and_ctrl_f_in_the_main_window_reach_the_accounts_page(
    qtbot, main_window, monkeypatch
):
    from ui.pages.accounts_page import AccountsPage

    calls: list[str | None] = []
    monkeypatch.setattr(
        AccountsPage, "open_account", lambda self, account_id: calls.append(account_id)
    )
    page = main_window.show_page("accounts")
    main_window.act_new.trigger()
    assert calls == [None]
    main_window.activateWindow()
    main_window.act_find.trigger()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.search)


def test_the_editor_opens_with_the_runner_undo_stack_and_id_once_per_account(
    qtbot, accounts_page, monkeypatch
):
    from PySide6.QtWidgets import QWidget

    made: list[tuple] = []

    class FakeEditor(QWidget):
        def __init__(self, runner, undo_stack, account_id, parent=None):
            super().__init__(parent)
            made.append((runner, undo_stack, account_id, parent))

    module = types.ModuleType("ui.editors.account_editor")
    module.AccountEditor = FakeEditor  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "ui.editors.account_editor", module)
    account_id = accounts_page.proxy.account_at(0).id
    first = accounts_page.open_account(account_id)
    again = accounts_page.open_account(account_id)
    assert made == [
        (accounts_page.runner, accounts_page.undo_stack, account_id, accounts_page.window())
    ]
    assert isinstance(first, FakeEditor) and again is first and first.isVisible()


def test_without_the_editor_module_the_rep_is_told_it_is_not_available(accounts_page, monkeypatch):
    told: list[str] = []
    monkeypatch.setitem(sys.modules, "ui.editors.account_editor", None)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    accounts_page.open_account(None)
    assert told and "not available" in told[0]


# --- staying current ------------------------------------------------------------------------------


def test_an_edit_elsewhere_reloads_the_list_keeping_selection_and_sort(
    qtbot, accounts_page, demo_db
):
    page = accounts_page
    page.proxy.sort(COL_CREDIT_LIMIT, Qt.SortOrder.DescendingOrder)
    chosen = page.proxy.account_at(5)
    assert page.select_account(chosen.id)
    with qtbot.waitSignal(page.did_load, timeout=LOAD_TIMEOUT_MS):
        page.runner.write(
            lambda uow: records.update(
                uow, "accounts", chosen.id, {"name": "温州测试改名有限公司"}
            ),
            tables={"accounts"},
        )
    assert page.current_account_id() == chosen.id
    assert page.model.sort_state() == (COL_CREDIT_LIMIT, Qt.SortOrder.DescendingOrder)
    with UnitOfWork(demo_db, write=False) as uow:
        assert uow.get(Account, chosen.id).name == "温州测试改名有限公司"
    assert "温州测试改名有限公司" in shown_names(page)


def test_an_empty_database_says_how_to_start(qtbot, empty_runner):
    from ui.pages.accounts_page import AccountsPage

    page = AccountsPage(empty_runner, QUndoStack())
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.did_load, timeout=LOAD_TIMEOUT_MS):
        page.ensure_loaded()
    assert page.stack.currentWidget() is page.empty_label
    assert "No accounts yet" in page.empty_label.text()


def test_switching_to_chinese_relabels_codes_and_filters_in_the_open_list(qtbot, accounts_page):
    from domain.vocabulary import ChannelType, label
    from ui import i18n

    i18n.apply_language("en")
    qtbot.waitUntil(lambda: accounts_page.filter_bar.combos["channel_type"].itemText(0) != "")
    row = accounts_page.proxy.row_of(accounts_page.proxy.account_at(0).id)
    index = accounts_page.proxy.index(row, COL_CHANNEL)
    code = index.data(ObjectRole).channel_type
    qtbot.waitUntil(lambda: index.data() == label(ChannelType(code), "en"))
    i18n.apply_language("zh_CN")
    try:
        qtbot.waitUntil(lambda: index.data() == label(ChannelType(code), "zh_CN"))
        combo = accounts_page.filter_bar.combos["channel_type"]
        assert combo.itemText(combo.findData(code)) == label(ChannelType(code), "zh_CN")
    finally:
        i18n.apply_language("en")
    qtbot.waitUntil(lambda: index.data() == label(ChannelType(code), "en"))
