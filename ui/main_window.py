"""The main window: composes the workstation's panels and does nothing else."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow

from storage.database import Database


class MainWindow(QMainWindow):
    """Top-level window of RepDesk."""

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.setWindowTitle(self.tr("RepDesk — Channel sales workstation"))
        placeholder = QLabel(self.tr("Welcome to RepDesk"))
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(placeholder)
        self.resize(1200, 800)
