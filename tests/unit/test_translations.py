"""The translations: every interface string has its Chinese, and the .ts files match the code.

``resources/i18n/*.ts`` are the committed artefact (``make lupdate`` refreshes them from
``ui/``; ``make translations`` compiles them to the ``.qm`` files the app loads). zh_CN
translates every message; en translates only the plural messages, the rest fall back to
the English source text.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
TS_FILES = {"zh_CN": I18N / "repdesk_zh_CN.ts", "en": I18N / "repdesk_en.ts"}
CHINESE = re.compile(r"[\u3400-\u9fff]")
LETTER = re.compile(r"[A-Za-z]")
PLACEHOLDER = re.compile(r"%(?:L?n|\d+)")
ACCELERATOR = re.compile(r"&(?!&)\w")
REFRESH_HINT = (
    "run: .venv/bin/pyside6-lupdate -no-obsolete $(find ui -name '*.py' | sort) "
    "-ts resources/i18n/*.ts, then translate what is new"
)


@dataclass(frozen=True)
class Message:
    """One ``<message>`` of a .ts file."""

    context: str
    source: str
    comment: str
    numerus: bool
    state: str  # the translation's type: "" when finished, else unfinished/vanished/obsolete
    forms: tuple[str, ...]  # the translation, one text per plural form

    @property
    def key(self) -> tuple[str, str, str, bool]:
        """What identifies the message to lupdate: context, source, comment, plural."""
        return (self.context, self.source, self.comment, self.numerus)

    def __str__(self) -> str:
        return f"{self.context}: {self.source!r}"


def read_ts(path: Path) -> list[Message]:
    """Every message of the .ts file at ``path``."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path.name}: {name} has a message without one"
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            found.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=numerus,
                    state=translation.get("type", ""),
                    forms=forms,
                )
            )
    return found


def ui_sources() -> list[str]:
    """The ui/ Python files lupdate reads, as ``make lupdate`` lists them."""
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


def run_tool(tool: str, *args: str) -> None:
    """Run a Qt translation tool (``lupdate``, ``lrelease``) of the installed PySide6."""
    code = f"import sys; from PySide6.scripts.pyside_tool import {tool}; sys.exit({tool}())"
    command = [sys.executable, "-c", code, "-silent", *args]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def lupdate_fresh(out: Path) -> list[Message]:
    """The messages lupdate extracts from ui/ now, written to a new file ``out``."""
    run_tool("lupdate", *ui_sources(), "-ts", str(out))
    return read_ts(out)


@pytest.fixture(scope="module")
def chinese() -> list[Message]:
    """The messages of the zh_CN file."""
    return read_ts(TS_FILES["zh_CN"])


def test_the_chinese_file_translates_the_whole_interface(chinese) -> None:
    assert len(chinese) > 150


def test_every_message_has_a_finished_chinese_translation(chinese) -> None:
    unfinished = [str(m) for m in chinese if m.state or not all(f.strip() for f in m.forms)]
    assert unfinished == [], REFRESH_HINT


def test_every_chinese_translation_is_written_in_chinese(chinese) -> None:
    """Strings of symbols and numbers only (an amount hint like "0.00") may stay as they are."""
    english = [
        f"{m} -> {form!r}"
        for m in chinese
        if LETTER.search(m.source)
        for form in m.forms
        if not CHINESE.search(form)
    ]
    assert english == []


def test_every_chinese_message_has_one_plural_form(chinese) -> None:
    assert [str(m) for m in chinese if m.numerus and len(m.forms) != 1] == []


@pytest.mark.parametrize("lang", sorted(TS_FILES))
def test_every_placeholder_of_a_source_is_in_its_translation(lang) -> None:
    missing = [
        f"{m} -> {form!r} lacks {placeholder}"
        for m in read_ts(TS_FILES[lang])
        for form in m.forms
        if form  # English leaves most messages to the source text
        for placeholder in sorted(set(PLACEHOLDER.findall(m.source)))
        if placeholder not in form
    ]
    assert missing == []


def test_every_menu_accelerator_is_kept_in_the_translation(chinese) -> None:
    """``&File`` becomes ``文件(&F)``: the translation has an accelerator too."""
    lost = [
        f"{m} -> {m.forms[0]!r}"
        for m in chinese
        if ACCELERATOR.search(m.source) and not ACCELERATOR.search(m.forms[0])
    ]
    assert lost == []


def test_every_english_plural_message_has_a_singular_and_a_plural() -> None:
    plurals = [m for m in read_ts(TS_FILES["en"]) if m.numerus]
    assert plurals, "the interface has plural messages (e.g. the sync status)"
    wrong = [str(m) for m in plurals if m.state or len(m.forms) != 2 or not all(m.forms)]
    assert wrong == []


@pytest.mark.parametrize("lang", sorted(TS_FILES))
def test_the_ts_file_holds_exactly_the_strings_of_the_code(lang, tmp_path) -> None:
    """Nothing new left out, nothing removed left behind (obsolete entries included)."""
    fresh = {m.key for m in lupdate_fresh(tmp_path / f"fresh_{lang}.ts")}
    committed = {m.key for m in read_ts(TS_FILES[lang])}
    assert sorted(fresh - committed) == [], f"missing from {TS_FILES[lang].name}: {REFRESH_HINT}"
    assert sorted(committed - fresh) == [], f"gone from the code: {REFRESH_HINT}"


def test_the_compiled_chinese_translation_reaches_the_window_and_the_forms(tmp_path) -> None:
    """The contexts the code asks for at run time are the ones the .ts file holds."""
    from PySide6.QtCore import QTranslator

    qm = tmp_path / "repdesk_zh_CN.qm"
    run_tool("lrelease", str(TS_FILES["zh_CN"]), "-qm", str(qm))
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("MainWindow", "&File") == "文件(&F)"
    assert translator.translate("FieldLabels", "Account name") == "客户名称"
    assert translator.translate("RecordCommand", "Edit account %1") == "编辑客户 %1"
    plural = translator.translate("MainWindow", "%Ln change(s) waiting to sync", "", 3)
    assert plural == "%Ln 项更改待同步"
