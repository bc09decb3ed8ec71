"""The Receivables page: every account that owes, sortable, filterable, with totals."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from domain.receivables import BUCKETS
from tests.ui.conftest import DEMO_TODAY, show_loaded
from ui import formatting
from ui.models.receivables_table_model import (
    COL_ACCOUNT,
    COL_BALANCE,
    COL_DSO,
    COL_OVERDUE,
    ReceivablesTableModel,
)


@pytest.fixture
def page(qtbot, runner):
    from ui.pages.receivables_page import ReceivablesPage

    return show_loaded(
        qtbot, ReceivablesPage(runner, QUndoStack(), today=lambda: DEMO_TODAY), 1280, 760
    )


def test_the_model_passes_the_qt_model_tester(qtmodeltester, page):
    model = ReceivablesTableModel()
    model.set_rows(page.shown_rows())
    qtmodeltester.check(model)


def test_largest_balance_first_and_a_header_click_sorts_by_the_column(page):
    balances = [r.balance for r in page.shown_rows()]
    assert len(balances) >= 3
    assert balances == sorted(balances, reverse=True)
    page.view.sortByColumn(COL_OVERDUE, Qt.SortOrder.AscendingOrder)
    overdue = [r.overdue for r in page.shown_rows()]
    assert overdue == sorted(overdue)
    page.view.sortByColumn(COL_DSO, Qt.SortOrder.DescendingOrder)
    dsos = [r.dso for r in page.shown_rows() if r.dso is not None]
    assert dsos == sorted(dsos, reverse=True)
    page.view.sortByColumn(COL_BALANCE, Qt.SortOrder.DescendingOrder)
    assert page.proxy.index(0, COL_ACCOUNT).data() == page.shown_rows()[0].name


def test_the_totals_add_up_the_rows(page):
    rows = page.shown_rows()
    totals = page.view_data.totals
    assert totals.accounts == len(rows)
    assert totals.balance == sum((r.balance for r in rows), Decimal(0))
    assert sum(totals.buckets[b] for b in BUCKETS) >= totals.overdue
    assert page.totals.value("balance") == formatting.money(totals.balance)
    assert page.totals.value("over_90") == formatting.money(totals.buckets["over_90"])
    assert page.totals.value("over_limit") == str(totals.over_limit)


def test_filters_and_search_narrow_the_rows_and_the_shown_line_follows(page):
    everyone = len(page.shown_rows())
    page.set_filter("over_limit")
    over = page.shown_rows()
    assert over and all(r.over_limit for r in over) and len(over) < everyone
    assert page.shown.text().startswith(f"{len(over)} of {everyone} accounts shown")
    page.set_filter("all")
    name = page.shown_rows()[0].name
    page.search.setText(name[:4])
    assert all(name[:4] in r.name for r in page.shown_rows())
    assert page.shown_rows()


def test_double_click_opens_the_account(qtbot, page, monkeypatch):
    opened: list[str | None] = []
    monkeypatch.setattr(page, "open_account", opened.append)
    index = page.proxy.index(2, COL_ACCOUNT)
    rect = page.view.visualRect(index)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [page.shown_rows()[2].account_id]
