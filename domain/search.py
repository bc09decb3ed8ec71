"""Search as reps type: Chinese text, full pinyin and pinyin initials, phones, WeChat ids.

"zs" and "zhangsan" find 张三, "hzdz" finds 杭州电子…, "8888 6666" finds 0571-88886666.
An account's *haystack* is one string holding every searchable form of its own texts and
its contacts' texts; a query matches when each of its words occurs in the haystack.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

_SEP = "\x1f"
_CJK = re.compile(r"[\u3400-\u9fff]")
_NOT_DIGIT = re.compile(r"\D")
_SPACE = re.compile(r"[\s\-()（）]+")


def has_chinese(text: str) -> bool:
    """Whether ``text`` holds a Chinese character (and so has a pinyin form)."""
    return bool(_CJK.search(text))


def pinyin_keys(text: str) -> tuple[str, str]:
    """``(full, initials)`` pinyin of ``text``, lowercase, without spaces.

    Characters without pinyin (letters, digits) are kept as they are in both forms, so
    "TCL电子" gives ``("tcldianzi", "tcldz")``.
    """
    from pypinyin import Style, lazy_pinyin

    full = "".join(lazy_pinyin(text, style=Style.NORMAL, errors="default"))
    initials = "".join(lazy_pinyin(text, style=Style.FIRST_LETTER, errors="default"))
    return _squash(full), _squash(initials)


def _squash(text: str) -> str:
    return _SPACE.sub("", text.lower())


def haystack(texts: Iterable[str | None], pinyin: Mapping[str, tuple[str, str]]) -> str:
    """One searchable string from ``texts`` (names, phones, WeChat ids, …).

    ``pinyin`` maps a Chinese text to its :func:`pinyin_keys`; texts missing from it are
    searchable by their characters only.
    """
    parts: list[str] = []
    for text in texts:
        if not text:
            continue
        parts.append(_squash(text))
        digits = _NOT_DIGIT.sub("", text)
        if len(digits) >= 5:
            parts.append(digits)
        keys = pinyin.get(text)
        if keys:
            parts.extend(keys)
    return _SEP.join(parts)


def query_terms(query: str) -> list[str]:
    """The words of a query as they are matched: lowercase, phone punctuation removed."""
    terms = []
    for word in query.lower().split():
        word = _squash(word)
        if word:
            terms.append(word)
    return terms


def matches(terms: list[str], hay: str) -> bool:
    """Whether every term occurs in the haystack (an empty query matches everything)."""
    return all(term in hay for term in terms)
