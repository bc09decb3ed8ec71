"""The installed Qt binding does not corrupt Python's reference counts.

PySide6 6.12.0 on Python 3.11 dropped one reference to ``None`` per void call, so the app
aborted ("none_dealloc") after a few thousand ordinary calls; pyproject pins below it.
"""

import sys

from PySide6.QtWidgets import QLabel


def test_thousands_of_qt_calls_leave_none_reference_count_unchanged(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(5000):
        label.setText("杭州电子")
    assert sys.getrefcount(None) >= before - 50
