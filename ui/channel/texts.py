"""Product texts of channel management (``resources/channel.json``) in the interface language.

Rules return :class:`~domain.channel_texts.Reason` values; these helpers render them, and
the criterion, indicator, bucket and reminder labels, in the language the interface shows.
"""

from __future__ import annotations

from collections.abc import Iterable

from domain.channel_texts import Reason, text
from domain.receivables import BUCKETS
from ui.i18n import current_language


def label(section: str, code: str) -> str:
    """The label of ``code`` in ``section`` of ``resources/channel.json``, current language."""
    return text(section, code, current_language())


def reason_text(reason: Reason | None) -> str:
    """A reason as a sentence in the current language ("" for None)."""
    return reason.text(current_language()) if reason is not None else ""


def reasons_text(reasons: Iterable[Reason], sep: str = "\n") -> str:
    """Several reasons, one per line (or joined by ``sep``)."""
    return sep.join(reason_text(r) for r in reasons)


def bucket_labels() -> list[str]:
    """The four aging buckets' labels (0–30, 31–60, 61–90, over 90 days), in order."""
    return [label("aging_buckets", b) for b in BUCKETS]
