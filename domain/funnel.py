"""Sales-funnel figures over the six steps (销售漏斗): pure arithmetic on project histories.

Definitions (also in ``docs/tracker.md``):

- **count / amount** of a step: the *open* projects whose current step it is (the live funnel).
- **conversion** from a step to the next: of all projects (open, won, lost) that reached the
  step, the share that reached the next one. A project that entered a later step counts as
  having reached every earlier step, history rows or not. None for the last step or when no
  project reached the step.
- **average days** of a step: over projects that entered the step and then the next one, the
  mean of the days between the two entry dates; for the last step, won projects count the
  days from entering it to closing. None when no project passed through the step.
- **win rate**: won / (won + lost), None while nothing is closed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType
from typing import NamedTuple

from domain.vocabulary import ProjectStatus, SalesStep

STEPS: tuple[str, ...] = tuple(s.value for s in SalesStep)
_POSITION = {step: i for i, step in enumerate(STEPS)}
_OPEN, _WON, _LOST = ProjectStatus.OPEN.value, ProjectStatus.WON.value, ProjectStatus.LOST.value


class FunnelProject(NamedTuple):
    """What the funnel needs of one project (immutable)."""

    step: str
    status: str
    amount: Decimal | None = None
    entered: Mapping[str, dt.date] = MappingProxyType({})  # step code -> entry date
    closed_on: dt.date | None = None


@dataclass(frozen=True)
class StepFigures:
    """The funnel figures of one step."""

    step: str
    count: int
    amount: Decimal
    conversion: float | None
    avg_days: float | None
    reached: int = 0  # projects (any status) that reached this step


@dataclass(frozen=True)
class Funnel:
    """The six steps' figures in order, and the win rate."""

    steps: tuple[StepFigures, ...]
    win_rate: float | None
    won: int
    lost: int

    def step(self, code: str) -> StepFigures:
        """The figures of step ``code``."""
        return self.steps[STEPS.index(code)]


def funnel(projects: Iterable[FunnelProject]) -> Funnel:
    """The funnel figures of ``projects`` (see the module docstring for the definitions)."""
    n = len(STEPS)
    count = [0] * n
    amount = [Decimal(0)] * n
    furthest_at = [0] * n  # projects whose furthest step is i
    day_sum = [0] * n
    day_count = [0] * n
    won = lost = 0
    for p in projects:
        current = _POSITION.get(p.step)
        if current is None:
            continue
        if p.status == _OPEN:
            count[current] += 1
            amount[current] += p.amount or Decimal(0)
        elif p.status == _WON:
            won += 1
        elif p.status == _LOST:
            lost += 1
        furthest = current
        entered = p.entered
        for step, start in entered.items():
            i = _POSITION.get(step)
            if i is None:
                continue
            furthest = max(furthest, i)
            if i + 1 < n:
                end = entered.get(STEPS[i + 1])
            else:
                end = p.closed_on if p.status == _WON else None
            if end is not None and end >= start:
                day_sum[i] += (end - start).days
                day_count[i] += 1
        furthest_at[furthest] += 1
    reached = [0] * n  # reaching a step counts for every earlier one
    total = 0
    for i in reversed(range(n)):
        total += furthest_at[i]
        reached[i] = total
    figures = tuple(
        StepFigures(
            step=STEPS[i],
            count=count[i],
            amount=amount[i],
            conversion=reached[i + 1] / reached[i] if i + 1 < n and reached[i] else None,
            avg_days=day_sum[i] / day_count[i] if day_count[i] else None,
            reached=reached[i],
        )
        for i in range(n)
    )
    return Funnel(figures, won / (won + lost) if won + lost else None, won, lost)
