"""``main.py --smoke`` opens the main window offscreen and reports the start-up time."""

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_smoke_opens_the_main_window_and_prints_the_elapsed_time(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, "main.py", "--db", str(tmp_path / "rep.db"), "--smoke"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert re.search(r"first screen shown in \d+\.\d+ s", proc.stdout)


def test_smoke_on_a_file_from_a_newer_version_fails_with_a_clear_message(tmp_path):
    db = tmp_path / "rep.db"
    import sqlite3

    con = sqlite3.connect(db)
    con.execute("CREATE TABLE alembic_version (version_num TEXT)")
    con.execute("INSERT INTO alembic_version VALUES ('0999_future')")
    con.commit()
    con.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, "main.py", "--db", str(db), "--smoke"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 1
    assert "newer version of RepDesk" in proc.stderr
