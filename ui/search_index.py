"""The account search's haystacks, built off the GUI thread and held by the accounts page.

:func:`load_account_list` and :func:`load_search_index` run inside the op runner's reader
threads (they take a unit of work and call services only); the GUI thread gets back plain
values. Matching a query against 5,000 haystacks takes a few milliseconds, so it runs on
the GUI thread as the rep types (:meth:`SearchIndex.matching`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from domain.search import has_chinese, haystack, matches, query_terms
from services.queries import AccountRow, account_rows, cached_pinyin, search_texts
from storage.uow import UnitOfWork

Pinyin = Mapping[str, tuple[str, str]]
MAX_CACHED_TEXT = 300  # services.queries.fill_pinyin_cache skips longer texts


@dataclass(frozen=True)
class AccountList:
    """The rows of the account list and the cached pinyin (to sort Chinese names)."""

    rows: list[AccountRow]
    pinyin: Pinyin


@dataclass(frozen=True)
class SearchIndex:
    """Per account id, one string holding every searchable form of its texts."""

    haystacks: dict[str, str] = field(default_factory=dict)
    pinyin: Pinyin = field(default_factory=dict)
    missing: tuple[str, ...] = ()  # Chinese texts whose pinyin is not cached yet
    _last: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def matching(self, query: str) -> set[str] | None:
        """Ids of the accounts matching ``query``; None when the query is empty.

        While the rep keeps typing (each earlier word is part of a word now), only the
        accounts that matched the previous query are looked at again.
        """
        terms = query_terms(query)
        if not terms:
            return None
        last_terms, last_ids = self._last.get("terms"), self._last.get("ids")
        narrower = last_terms and all(any(old in new for new in terms) for old in last_terms)
        pool = last_ids if narrower and last_ids is not None else self.haystacks.keys()
        hays = self.haystacks
        if len(terms) == 1:  # the usual case: matches() for one word, without a call per hay
            term = terms[0]
            found = {account_id for account_id in pool if term in hays[account_id]}
        else:
            found = {account_id for account_id in pool if matches(terms, hays[account_id])}
        self._last.update(terms=terms, ids=found)
        return found


def load_account_list(uow: UnitOfWork) -> AccountList:
    """Every live account's row, and the pinyin cache (runs in a worker thread)."""
    return AccountList(rows=account_rows(uow), pinyin=cached_pinyin(uow))


def load_search_index(uow: UnitOfWork, pinyin: Pinyin | None = None) -> SearchIndex:
    """Build every account's haystack from its texts and ``pinyin`` (default: the cache).

    Runs in a worker thread. Chinese texts without pinyin are listed in ``missing`` so the
    caller can have them computed and cached in the background.
    """
    texts = search_texts(uow)
    known = pinyin if pinyin is not None else cached_pinyin(uow)
    missing = {
        text
        for account_texts in texts.values()
        for text in account_texts
        if text not in known and len(text) <= MAX_CACHED_TEXT and has_chinese(text)
    }
    haystacks = {account_id: haystack(t, known) for account_id, t in texts.items()}
    return SearchIndex(haystacks=haystacks, pinyin=known, missing=tuple(sorted(missing)))
