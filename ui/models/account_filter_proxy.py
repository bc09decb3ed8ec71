"""Filtering and sorting the account list: the filter bar's choices and the search box.

:class:`AccountFilterProxy` keeps an account when it passes every chosen filter and, while a
search is typed, when its id is in the set of matches. That set is worked out once per
query (:class:`ui.search_index.SearchIndex`), so ``filterAcceptsRow`` is a set lookup and a
few comparisons. Header clicks are handed to the source model, which sorts all rows by
their typed sort keys (see :mod:`ui.models.account_table_model` for why). The filtering
itself is :class:`~ui.models.row_filter_proxy.RowFilterProxy`, shared with the tracker sheet.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields

from PySide6.QtCore import QObject

from services.queries import AccountRow
from ui.models.account_table_model import AccountTableModel
from ui.models.row_filter_proxy import RowFilterProxy

Test = Callable[[AccountRow], bool]


@dataclass(frozen=True)
class AccountFilter:
    """What the filter bar asks for; ``None`` (or False) means "any"."""

    channel_type: str | None = None
    cooperation_mode: str | None = None
    level: str | None = None
    region: str | None = None
    lifecycle_stage: str | None = None
    tag: str | None = None
    owner_rep_id: str | None = None
    key_only: bool = False

    def is_empty(self) -> bool:
        """Whether nothing is filtered."""
        return not any(getattr(self, f.name) for f in fields(self))

    def predicates(self) -> list[Test]:
        """One test per chosen filter; an account passes when it passes them all."""
        tests: list[Test] = []
        for name in ("channel_type", "cooperation_mode", "level", "region", "lifecycle_stage"):
            if getattr(self, name):
                tests.append(_equals(name, getattr(self, name)))
        if self.owner_rep_id:
            tests.append(_equals("owner_rep_id", self.owner_rep_id))
        if self.tag:
            tests.append(_tagged(self.tag))
        if self.key_only:
            tests.append(_is_key_account)
        return tests


def _equals(field: str, wanted: str) -> Test:
    return lambda row: bool(getattr(row, field) == wanted)


def _tagged(tag: str) -> Test:
    return lambda row: tag in row.tags


def _is_key_account(row: AccountRow) -> bool:
    return row.is_key_account


class AccountFilterProxy(RowFilterProxy):
    """Accounts passing the filter bar and the search, sorted by the source's sort keys."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = AccountFilter()

    def setSourceModel(self, model: AccountTableModel) -> None:  # type: ignore[override]  # noqa: N802
        """Filter ``model`` (an :class:`AccountTableModel`)."""
        super().setSourceModel(model)

    def set_filter(self, account_filter: AccountFilter) -> None:
        """Show only accounts passing ``account_filter``."""
        if account_filter == self._filter:
            return
        self._filter = account_filter
        self.set_tests(account_filter.predicates())

    def account_filter(self) -> AccountFilter:
        """The filter in force."""
        return self._filter

    def account_at(self, row: int) -> AccountRow:
        """The account at proxy row ``row``."""
        return self.row_at(row)  # type: ignore[no-any-return]

    def row_of(self, account_id: str) -> int | None:
        """The proxy row of ``account_id`` (fetching up to it); None when filtered out."""
        return super().row_of(account_id)
