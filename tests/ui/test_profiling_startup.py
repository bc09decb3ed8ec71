"""A broken profiling content file is reported at start-up, naming the file and the entry,
before any window opens (as a database that cannot be opened is)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from domain.profiling_content import DIR_VARIABLE, FILES, RESOURCE_DIR, content
from ui import app

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def broken_content(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A copy of the content whose quadrant B cue lacks its English text, read instead of
    the bundled files, at a start with no window open (windows earlier tests left behind
    would read the broken content when a language change reaches them)."""
    QCoreApplication.sendPostedEvents()
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    folder = tmp_path / "profiling"
    folder.mkdir()
    for name in FILES:
        shutil.copy(RESOURCE_DIR / name, folder / name)
    doc = json.loads((folder / "quadrants.json").read_text(encoding="utf-8"))
    doc["quadrants"]["B"]["cues"]["words"][0].pop("en")
    (folder / "quadrants.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setenv(DIR_VARIABLE, str(folder))
    content.cache_clear()
    yield folder
    monkeypatch.delenv(DIR_VARIABLE)
    content.cache_clear()


def test_a_broken_content_file_is_reported_at_start_up_naming_file_and_entry(
    qapp, broken_content, tmp_path, monkeypatch
):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    opened: list[object] = []
    monkeypatch.setattr("storage.database.open_database", lambda *a, **k: opened.append(a))

    assert app.run_app(db_path=str(tmp_path / "rep.db"), lang="en") == 1

    assert len(shown) == 1
    assert str(broken_content) in shown[0]
    assert (
        "quadrants.json: quadrants.B.cues.words[0] (id 'B.cue.steps'): missing language 'en'"
        in shown[0]
    )
    assert opened == []  # stopped before the database was opened
    assert not (tmp_path / "rep.db").exists()


def test_the_smoke_start_prints_the_content_error(qapp, broken_content, tmp_path, capsys):
    assert app.run_app(db_path=str(tmp_path / "rep.db"), smoke=True, lang="en") == 1
    err = capsys.readouterr().err
    assert err.startswith("error: The profiling content in ")
    assert "quadrants.json: quadrants.B.cues.words[0]" in err


def test_the_bundled_content_passes_the_start_up_check():
    content.cache_clear()
    assert content().quadrants  # what run_app loads first
