"""The account plan's own wording (headings, labels, sentence templates) from
``resources/account_plan.json``, in zh_CN and en."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from functools import cache
from pathlib import Path

from domain.vocabulary import DEFAULT_LANGUAGE, LANGUAGES

RESOURCE = Path(__file__).resolve().parent.parent / "resources" / "account_plan.json"


@cache
def _labels() -> dict[str, dict[str, str]]:
    with RESOURCE.open(encoding="utf-8") as fh:
        data: dict[str, dict[str, str]] = json.load(fh)["labels"]
    for key, texts in data.items():
        for lang in LANGUAGES:
            if not texts.get(lang, "").strip():
                raise ValueError(f"account_plan.json: label {key!r} has no {lang} text")
    return data


def plan_text(key: str, lang: str = DEFAULT_LANGUAGE, **params: object) -> str:
    """The plan text ``key`` in ``lang`` (other languages fall back to zh_CN) with ``params``
    filled in; raises ``KeyError`` for an unknown key."""
    texts = _labels()[key]
    template = texts.get(lang) or texts[DEFAULT_LANGUAGE]
    return template.format(**params) if params else template


def plan_keys() -> frozenset[str]:
    """Every text key the resource file holds (for tests)."""
    return frozenset(_labels())


# --- formatting --------------------------------------------------------------------------


def money(value: Decimal | None, dash: str = "—") -> str:
    """``¥1,234,567`` (whole yuan; cents only below ¥100), or ``dash`` when unknown."""
    if value is None:
        return dash
    if abs(value) < 100 and value != value.to_integral_value():
        return f"¥{value:,.2f}"
    return f"¥{value:,.0f}"


def percent(value: float | Decimal | None, dash: str = "—") -> str:
    """``87.5%`` or ``dash``."""
    return dash if value is None else f"{float(value):.1f}%"


def day(value: dt.date | None, dash: str = "—") -> str:
    """ISO date, which reads the same in both languages, or ``dash``."""
    return dash if value is None else value.isoformat()
