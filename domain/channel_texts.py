"""Product text of channel management (criteria, indicators, reasons) in zh_CN and en.

The texts are data in ``resources/channel.json``; rules return :class:`Reason` values (a
code and its figures) and the UI renders them in the current language with
:meth:`Reason.text`, so every result can say why.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from domain.vocabulary import DEFAULT_LANGUAGE

RESOURCE = Path(__file__).resolve().parent.parent / "resources" / "channel.json"


@cache
def _texts() -> dict[str, dict[str, dict[str, str]]]:
    with RESOURCE.open(encoding="utf-8") as fh:
        data: dict[str, dict[str, dict[str, str]]] = json.load(fh)
    return data


def text(section: str, code: str, lang: str = DEFAULT_LANGUAGE, **params: Any) -> str:
    """The text of ``code`` in ``section`` of ``resources/channel.json`` in ``lang``.

    Falls back to zh_CN, then to the code; ``params`` fill ``{name}`` placeholders.
    """
    entry = _texts().get(section, {}).get(code, {})
    template = entry.get(lang) or entry.get(DEFAULT_LANGUAGE) or code
    return template.format(**params) if params else template


def codes(section: str) -> list[str]:
    """The codes a section of ``resources/channel.json`` holds, in file order."""
    return list(_texts().get(section, {}))


@dataclass(frozen=True)
class Reason:
    """Why a rule decided as it did: a text code of section ``reasons`` and its figures."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def text(self, lang: str = DEFAULT_LANGUAGE) -> str:
        """The reason as a sentence in ``lang`` (criterion and indicator codes as labels)."""
        params = dict(self.params)
        for key, section in _LABELLED.items():
            if key in params:
                params[key] = text(section, str(params[key]), lang)
        return text("reasons", self.code, lang, **params)


# Reason parameters holding a code, and the section whose label replaces it.
_LABELLED = {"criterion": "qualification_criteria", "indicator": "review_indicators"}
