"""Opening an account in its editor window: the one way every page does it.

The editor (``ui.editors.account_editor.AccountEditor``) is imported when first needed, so
pages work, and say so plainly, in a build that does not have it yet. One editor per account
and window: asking again for an account whose editor is open brings that window forward.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.pages.base import Page

# (window, account id or "new:<n>") -> the editor shown; references keep editors alive.
_open: dict[tuple[int, str], QWidget] = {}


def open_account(page: Page, account_id: str | None, tab: str | None = None) -> QWidget | None:
    """Show the editor of ``account_id`` (None: a new account) over ``page``'s window, on
    its tab ``tab`` when given (``credit``, ``evaluations``: see ``AccountEditor.show_tab``).

    Returns the editor, or None when the editor is not part of this build (the rep is told).
    """
    try:
        from ui.editors.account_editor import AccountEditor
    except ImportError:
        QMessageBox.information(
            page,
            QCoreApplication.translate("AccountOpener", "Account editor"),
            QCoreApplication.translate(
                "AccountOpener", "The account editor is not available in this version yet."
            ),
        )
        return None
    window = page.window()
    existing = _open.get((id(window), account_id)) if account_id else None
    if existing is not None and existing.isVisible():
        existing.raise_()
        existing.activateWindow()
        _show_tab(existing, tab)
        return existing
    editor = AccountEditor(page.runner, page.undo_stack, account_id, parent=window)
    key = (id(window), account_id or f"new:{id(editor)}")
    _open[key] = editor
    editor.destroyed.connect(lambda *_: _open.pop(key, None))
    _show_tab(editor, tab)
    editor.show()
    return editor


def _show_tab(editor: QWidget, tab: str | None) -> None:
    show_tab = getattr(editor, "show_tab", None)
    if tab and show_tab is not None:
        show_tab(tab)
