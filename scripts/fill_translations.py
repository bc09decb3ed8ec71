"""``python -m scripts.fill_translations FILE.json ...``: fill unfinished translations.

Each file maps ``{"<context>": {"<English source>": "<中文>"}}``. Run ``make lupdate`` first
(so the new messages are in ``resources/i18n/repdesk_zh_CN.ts``), then this, then
``make lupdate`` again to put the file back in lupdate's own layout. Plural messages take
the one Chinese form. English plural messages get their singular and plural from the
source (``%n plan(s)`` → ``%n plan`` / ``%n plans``). Prints what it filled and what is
still unfinished.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

I18N = Path(__file__).resolve().parents[1] / "resources" / "i18n"
TS = I18N / "repdesk_zh_CN.ts"
EN_TS = I18N / "repdesk_en.ts"
# Words whose singular is not the plural less "(s)": plural form → singular form.
SINGULAR = {"were": "was", "criteria": "criterion", "are": "is"}


def load(paths: list[str]) -> dict[tuple[str, str], str]:
    """(context, source) → translation, from every file (later files win)."""
    table: dict[tuple[str, str], str] = {}
    for path in paths:
        for context, messages in json.loads(Path(path).read_text(encoding="utf-8")).items():
            for source, text in messages.items():
                table[(context, source)] = text
    return table


def fill(table: dict[tuple[str, str], str]) -> tuple[int, list[str]]:
    """Fill the .ts file's unfinished messages from ``table``; (filled, still missing)."""
    tree = ET.parse(TS)
    filled, missing = 0, []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            source = message.findtext("source") or ""
            text = table.get((name, source))
            if text is None:
                missing.append(f"{name}: {source!r}")
                continue
            if message.get("numerus") == "yes":
                for form in list(translation):
                    translation.remove(form)
                ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = text
            del translation.attrib["type"]
            filled += 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    return filled, missing


def english_forms(source: str) -> tuple[str, str]:
    """Singular and plural of an English source written like ``%n plan(s) were written``."""
    plural = source.replace("(s)", "s")
    words = source.replace("(s)", "").split(" ")
    singular = " ".join(SINGULAR.get(w, w) for w in words)
    return singular, plural


def fill_english_plurals() -> int:
    """Give every unfinished English plural message its two forms; how many were filled."""
    tree = ET.parse(EN_TS)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if message.get("numerus") != "yes" or translation is None:
            continue
        if translation.get("type") != "unfinished":
            continue
        for form in list(translation):
            translation.remove(form)
        for text in english_forms(message.findtext("source") or ""):
            ET.SubElement(translation, "numerusform").text = text
        del translation.attrib["type"]
        filled += 1
    tree.write(EN_TS, encoding="utf-8", xml_declaration=True)
    return filled


def main(argv: list[str]) -> int:
    """Fill from the files named in ``argv``; exit 1 while messages stay unfinished."""
    print(f"filled {fill_english_plurals()} English plural messages")
    filled, missing = fill(load(argv))
    print(f"filled {filled} messages")
    for item in missing:
        print("unfinished:", item)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
