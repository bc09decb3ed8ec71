"""Calendar quarters (季度), the period of reviews, forecasts and targets: ``2026Q3``."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_PATTERN = re.compile(r"^\s*(\d{4})\s*-?\s*Q([1-4])\s*$", re.IGNORECASE)


@dataclass(frozen=True, order=True)
class Quarter:
    """One calendar quarter; orders by time; ``str()`` gives ``2026Q3``."""

    year: int
    number: int  # 1..4

    def __post_init__(self) -> None:
        if not 1 <= self.number <= 4:
            raise ValueError(f"quarter number {self.number} is not 1–4")

    @classmethod
    def of(cls, day: dt.date) -> Quarter:
        """The quarter ``day`` falls in."""
        return cls(day.year, (day.month - 1) // 3 + 1)

    @classmethod
    def parse(cls, text: str) -> Quarter:
        """Read ``2026Q3`` (also ``2026-Q3``, ``2026q3``); raises ``ValueError``."""
        match = _PATTERN.match(text or "")
        if not match:
            raise ValueError(f"{text!r} is not a quarter like 2026Q3")
        return cls(int(match.group(1)), int(match.group(2)))

    def __str__(self) -> str:
        return f"{self.year}Q{self.number}"

    @property
    def start(self) -> dt.date:
        """The first day of the quarter."""
        return dt.date(self.year, self.number * 3 - 2, 1)

    @property
    def end(self) -> dt.date:
        """The last day of the quarter."""
        return self.next().start - dt.timedelta(days=1)

    @property
    def days(self) -> int:
        """How many days the quarter has (90–92)."""
        return (self.end - self.start).days + 1

    def next(self) -> Quarter:
        """The quarter after this one."""
        return (
            Quarter(self.year + 1, 1) if self.number == 4 else Quarter(self.year, self.number + 1)
        )

    def previous(self, count: int = 1) -> Quarter:
        """The quarter ``count`` quarters before this one."""
        index = self.year * 4 + self.number - 1 - count
        return Quarter(index // 4, index % 4 + 1)

    def contains(self, day: dt.date) -> bool:
        """Whether ``day`` falls in this quarter."""
        return self.start <= day <= self.end


def last_complete_quarter(today: dt.date) -> Quarter:
    """The latest quarter that ended before ``today``."""
    return Quarter.of(today).previous()
