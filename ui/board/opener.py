"""Opening a project in its board window: one board per project and main window; asking
again for an open project brings its window forward."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ui.pages.base import Page

# (window, project id) -> the board shown; the reference keeps the board alive.
_open: dict[tuple[int, str], QWidget] = {}


def open_board(
    page: Page, project_id: str, *, today: Callable[[], dt.date] = dt.date.today
) -> QWidget:
    """Show the board of ``project_id`` over ``page``'s window and return it."""
    from ui.board.window import ProjectBoardWindow

    window = page.window()
    key = (id(window), project_id)
    existing = _open.get(key)
    if existing is not None and existing.isVisible():
        existing.raise_()
        existing.activateWindow()
        return existing
    board = ProjectBoardWindow(page.runner, page.undo_stack, project_id, window, today=today)
    _open[key] = board
    board.destroyed.connect(lambda *_: _open.pop(key, None))
    board.show()
    return board
