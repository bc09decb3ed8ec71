"""The sync's words and small dialogs: the password prompt and what a failed round means.

Texts are translated in the context ``SyncMessages`` (:func:`error_text`) and
``PasswordDialog``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from sync.credentials import NO_STORE_MESSAGE
from ui.sync_controller import error_kind


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncMessages", text)


def error_text(error: BaseException, pending: int) -> str:
    """What a rep reads when a round failed: what happened and what to do."""
    kind = error_kind(error)
    if kind == "offline":
        return QCoreApplication.translate(
            "SyncMessages",
            "Offline: the server could not be reached. %n change(s) kept for the next sync.",
            "",
            pending,
        )
    texts = {
        "running": _tr("A sync is already running for this database (perhaps the command line)."),
        "login_refused": _tr("The server refused the login and password."),
        "no_password": _tr("Sync stopped: no password was given."),
        "auth": _tr("The server no longer accepts this login (401). Enter the password again."),
        "forbidden": _tr("The server does not allow this for your login (403)."),
        "epoch": _tr(
            "The server's database was replaced or restored (409); the next sync downloads"
            " everything again and keeps your changes."
        ),
        "upgrade": _tr("This RepDesk is too old for the server: please update RepDesk."),
        "insecure": _tr(
            "Plain http:// to this server would send your password unencrypted. Use https://,"
            " or allow plain HTTP in Settings → Sync."
        ),
        "mismatch": _tr(
            "This database syncs with another server or login; use a new database file for"
            " another server or login."
        ),
    }
    text = texts.get(kind)
    if text is None:
        return _tr("Sync failed: %1").replace("%1", str(error))
    return text


def notice_text(message: str) -> str:
    """A one-time notice from the sync session in the current language."""
    if message == NO_STORE_MESSAGE:
        return _tr(
            "There is no secure password store on this computer: RepDesk keeps the sign-in"
            " only until it closes and will ask for the password again next time."
        )
    return message


class PasswordDialog(QDialog):
    """Asks for the sync password of a login (used once; the token goes to the keyring)."""

    def __init__(self, url: str, login: str, *, refused: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sync_password_dialog")
        self.setWindowTitle(self.tr("Sync password"))
        intro = QLabel(self.tr("Password for %1 on %2:").replace("%1", login).replace("%2", url))
        intro.setWordWrap(True)
        self.refused_label = QLabel(self.tr("That password was not accepted. Try again."))
        self.refused_label.setStyleSheet("color: #b00020;")
        self.refused_label.setVisible(refused)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.refused_label)
        layout.addWidget(self.password)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    @classmethod
    def ask(cls, parent: QWidget | None, url: str, login: str, *, refused: bool) -> str | None:
        """Show the dialog (modal); the password, or None when cancelled or left empty."""
        dialog = cls(url, login, refused=refused, parent=parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.password.text() or None
        finally:
            dialog.deleteLater()
