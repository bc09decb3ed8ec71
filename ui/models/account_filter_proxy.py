"""Filtering and sorting the account list: the filter bar's choices and the search box.

:class:`AccountFilterProxy` keeps an account when it passes every chosen filter and, while a
search is typed, when its id is in the set of matches. That set is worked out once per
query (:class:`ui.search_index.SearchIndex`), so ``filterAcceptsRow`` is a set lookup and a
few comparisons. Header clicks are handed to the source model, which sorts all rows by
their typed sort keys (see :mod:`ui.models.account_table_model` for why).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from services.queries import AccountRow
from ui.models import SortRole
from ui.models.account_table_model import AccountTableModel

Ids = set[str] | frozenset[str]
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


class AccountFilterProxy(QSortFilterProxyModel):
    """Accounts passing the filter bar and the search, sorted by the source's sort keys."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self._filter = AccountFilter()
        self._tests: list[Test] = []
        self._matching: Ids | None = None  # ids the search found (None: no search)
        self._passing: Ids | None = None  # ids passing the filter bar (None: no filter)
        self._accepted: Ids | None = None  # both together: what filterAcceptsRow looks up
        self._source: AccountTableModel | None = None

    def setSourceModel(self, model: AccountTableModel) -> None:  # type: ignore[override]  # noqa: N802
        """Filter ``model`` (an :class:`AccountTableModel`)."""
        if self._source is not None:
            self._source.modelReset.disconnect(self._source_reset)
        super().setSourceModel(model)
        self._source = model
        model.modelReset.connect(self._source_reset)

    # --- filtering ----------------------------------------------------------------------------

    def set_filter(self, account_filter: AccountFilter) -> None:
        """Show only accounts passing ``account_filter``."""
        if account_filter == self._filter:
            return
        self._filter = account_filter
        self._tests = account_filter.predicates()
        self._passing = self._passing_ids()
        self._refilter()

    def set_matching_ids(self, ids: Ids | None) -> None:
        """Show only accounts whose id is in ``ids`` (None: no search, every account)."""
        if ids == self._matching:
            return  # e.g. a space typed: same words, same accounts
        self._matching = ids
        self._refilter()

    def account_filter(self) -> AccountFilter:
        """The filter in force."""
        return self._filter

    def is_filtering(self) -> bool:
        """Whether a filter or a search hides accounts."""
        return self._accepted is not None

    def shown_count(self) -> int:
        """How many accounts pass (all of them are fetched while filtering)."""
        if self._source is None:
            return 0
        return self.rowCount() if self.is_filtering() else self._source.total_count()

    def _passing_ids(self) -> Ids | None:
        if not self._tests or self._source is None:
            return None
        tests = self._tests
        return {row.id for row in self._source.all_rows() if all(test(row) for test in tests)}

    def _source_reset(self) -> None:
        # New rows: work out again which pass the filter bar (the search ids stay valid).
        self._passing = self._passing_ids()
        self._refilter()

    def _refilter(self) -> None:
        if self._matching is None or self._passing is None:
            self._accepted = self._passing if self._matching is None else self._matching
        else:
            self._accepted = self._matching & self._passing
        if self._source is not None and self._accepted is not None:
            self._source.fetch_all()  # a filter must see every account, not the first batch
        # One layout change: telling views about each inserted and removed range costs far
        # more than the filtering itself when thousands of rows come and go.
        self.invalidate()

    def filterAcceptsRow(  # noqa: N802 - Qt API
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        # Called once per account on every keystroke: keep it to a list index and a set lookup.
        accepted = self._accepted
        return accepted is None or self._source.ids[source_row] in accepted  # type: ignore[union-attr]

    # --- sorting ------------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column``: the source sorts all accounts; this proxy keeps its order."""
        if self._source is not None:
            self._source.sort(column, order)

    # --- reading rows -------------------------------------------------------------------------

    def account_at(self, row: int) -> AccountRow:
        """The account at proxy row ``row``."""
        assert self._source is not None
        return self._source.row_at(self.mapToSource(self.index(row, 0)).row())

    def row_of(self, account_id: str) -> int | None:
        """The proxy row of ``account_id`` (fetching up to it); None when filtered out."""
        if self._source is None:
            return None
        source_row = self._source.row_of(account_id)
        if source_row is None:
            return None
        self._source.fetch_to(source_row)
        proxy = self.mapFromSource(self._source.index(source_row, 0))
        return proxy.row() if proxy.isValid() else None
