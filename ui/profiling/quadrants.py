"""Small helpers the profiling widgets share: quadrant colours and names, message text."""

from __future__ import annotations

from PySide6.QtGui import QColor

from domain.profiling_content import content
from domain.vocabulary import Quadrant
from services import profiling

LETTERS = tuple(q.value for q in Quadrant)


def colour(quadrant: str) -> QColor:
    """The quadrant's colour from the content files (A blue, B green, C red, D yellow)."""
    return QColor(content().quadrants[Quadrant(quadrant)].colour)


def names(lang: str) -> dict[str, str]:
    """Each quadrant's name in ``lang``, e.g. ``{"A": "A 逻辑分析型", …}``."""
    return {g.quadrant: g.title for g in profiling.checklist(lang)}


def questions(lang: str) -> dict[str, str]:
    """Each quadrant's question in ``lang`` (What? How? Who? Why?)."""
    return {q.value: content().quadrants[q].question.get(lang) for q in Quadrant}


def message(text: str) -> str:
    """A validation message without the field name it starts with (``answers: …``)."""
    head, sep, rest = text.partition(": ")
    return rest if sep and head.isidentifier() else text
