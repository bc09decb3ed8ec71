"""Filtering a list of row dataclasses by tests and by a search's set of matching ids.

:class:`RowFilterProxy` keeps a row when it passes every test (one per chosen filter) and,
while a search is typed, when its id is in the set of matches. Both are worked out once per
change, so ``filterAcceptsRow`` is a list index and a set lookup. Header clicks are handed
to the source model, which sorts all rows by their typed sort keys: a
``QSortFilterProxyModel`` sort calls back into Python for every comparison.

The source model (:class:`SortedRows`) keeps its rows sorted, exposes the id of each row in
``ids`` (in the same order as ``all_rows()``) and may show them lazily (``fetch_to``/``fetch_all``). The account list and the
tracker sheet both filter this way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ui.models import SortRole

Ids = set[str] | frozenset[str]
Test = Callable[[Any], bool]


class SortedRows(Protocol):
    """What :class:`RowFilterProxy` needs of its source model."""

    ids: list[str]

    def all_rows(self) -> Sequence[Any]: ...
    def total_count(self) -> int: ...
    def row_at(self, row: int) -> Any: ...
    def row_of(self, row_id: str) -> int | None: ...
    def fetch_to(self, row: int) -> None: ...
    def fetch_all(self) -> None: ...
    def sort(self, column: int, order: Qt.SortOrder = ...) -> None: ...


class RowFilterProxy(QSortFilterProxyModel):
    """Rows passing the tests in force and the search, sorted by the source's sort keys."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self._tests: list[Test] = []
        self._matching: Ids | None = None  # ids the search found (None: no search)
        self._passing: Ids | None = None  # ids passing the tests (None: no test)
        self._accepted: Ids | None = None  # both together: what filterAcceptsRow looks up
        self._source: Any = None  # a QAbstractItemModel that is also SortedRows

    def setSourceModel(self, model: QAbstractItemModel) -> None:  # noqa: N802 - Qt API
        """Filter ``model`` (a table model that is also :class:`SortedRows`)."""
        if self._source is not None:
            self._source.modelReset.disconnect(self._source_reset)
        super().setSourceModel(model)
        self._source = model
        model.modelReset.connect(self._source_reset)

    # --- filtering ----------------------------------------------------------------------------

    def set_tests(self, tests: list[Test]) -> None:
        """Show only rows passing every one of ``tests`` (none: every row)."""
        self._tests = list(tests)
        self._passing = self._passing_ids()
        self._refilter()

    def set_matching_ids(self, ids: Ids | None) -> None:
        """Show only rows whose id is in ``ids`` (None: no search, every row)."""
        if ids == self._matching:
            return  # e.g. a space typed: same words, same rows
        self._matching = ids
        self._refilter()

    def is_filtering(self) -> bool:
        """Whether a filter or a search hides rows."""
        return self._accepted is not None

    def shown_count(self) -> int:
        """How many rows pass (all of them are fetched while filtering)."""
        if self._source is None:
            return 0
        return self.rowCount() if self.is_filtering() else self._source.total_count()

    def _passing_ids(self) -> Ids | None:
        if not self._tests or self._source is None:
            return None
        tests, ids = self._tests, self._source.ids
        rows = self._source.all_rows()
        return {ids[i] for i, row in enumerate(rows) if all(test(row) for test in tests)}

    def _source_reset(self) -> None:
        # New rows: work out again which pass the tests (the search ids stay valid).
        self._passing = self._passing_ids()
        self._refilter()

    def _refilter(self) -> None:
        if self._matching is None or self._passing is None:
            self._accepted = self._passing if self._matching is None else self._matching
        else:
            self._accepted = self._matching & self._passing
        if self._source is not None and self._accepted is not None:
            self._source.fetch_all()  # a filter must see every row, not the first batch
        # One layout change: telling views about each inserted and removed range costs far
        # more than the filtering itself when thousands of rows come and go.
        self.invalidate()

    def filterAcceptsRow(  # noqa: N802 - Qt API
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        # Called once per row on every keystroke: keep it to a list index and a set lookup.
        accepted = self._accepted
        return accepted is None or self._source.ids[source_row] in accepted

    # --- sorting ------------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column``: the source sorts all rows; this proxy keeps its order."""
        if self._source is not None:
            self._source.sort(column, order)

    # --- reading rows -------------------------------------------------------------------------

    def row_at(self, row: int) -> Any:
        """The row dataclass at proxy row ``row``."""
        assert self._source is not None
        return self._source.row_at(self.mapToSource(self.index(row, 0)).row())

    def row_of(self, row_id: str) -> int | None:
        """The proxy row of ``row_id`` (fetching up to it); None when filtered out."""
        if self._source is None:
            return None
        source_row = self._source.row_of(row_id)
        if source_row is None:
            return None
        self._source.fetch_to(source_row)
        proxy = self.mapFromSource(self._source.index(source_row, 0))
        return proxy.row() if proxy.isValid() else None
