"""Fixtures and helpers the channel-management UI tests share (issue #8)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QUndoStack
from shiboken6 import isValid
from sqlalchemy import select

from storage.database import Database
from storage.models import Account
from storage.uow import UnitOfWork
from tests.ui.conftest import DEMO_TODAY, LOAD_TIMEOUT_MS, drain
from ui.ops import OpRunner


def debtor(db: Database) -> str:
    """The name of the demo account that owes the most on the demo's day (it has open
    invoices and warnings; which account that is follows the demo data)."""
    from services.receivables import receivables_view

    with UnitOfWork(db, write=False) as uow:
        rows = receivables_view(uow, as_of=DEMO_TODAY).rows
    return max(rows, key=lambda r: (len(r.warnings) > 0, r.balance)).name


def account_id(db: Database, name: str) -> str:
    """The id of the demo account called ``name``."""
    with UnitOfWork(db, write=False) as uow:
        found = uow.session.scalar(select(Account.id).where(Account.name == name))
    assert found is not None
    return str(found)


@pytest.fixture
def demo_day(monkeypatch) -> None:
    """The account editor's channel tabs work on the demo's fixed day."""
    monkeypatch.setattr("ui.channel.credit_tab.today", lambda: DEMO_TODAY)
    monkeypatch.setattr("ui.channel.evaluations_tab.today", lambda: DEMO_TODAY)


@pytest.fixture
def editor_of(qtbot, runner: OpRunner, stack: QUndoStack, demo_day) -> Iterator:
    """Open the account editor of a demo account by name; waits for its channel tabs."""
    from ui.editors.account_editor import AccountEditor

    editors = []

    def open_(name: str | None, demo_db: Database):
        """Open ``name``'s editor (None: the account that owes the most)."""
        name = name or debtor(demo_db)
        editor = AccountEditor(runner, stack, account_id(demo_db, name))
        editors.append(editor)
        editor.resize(980, 760)
        editor.show()
        qtbot.waitUntil(
            lambda: editor.credit_tab.is_loaded() and editor.evaluations_tab.rows is not None,
            timeout=LOAD_TIMEOUT_MS,
        )
        return editor

    yield open_
    drain(runner)
    for editor in editors:
        if isValid(editor):
            editor.form.mark_clean()
            editor.close()
    drain(runner)
