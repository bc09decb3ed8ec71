"""Finding and registering a Chinese font that reportlab can embed in a PDF.

reportlab's built-in CID fonts (``STSong-Light``) are not embedded, so Chinese comes out blank
on a machine without Chinese fonts. A TrueType font is embedded as a subset and renders
anywhere. The candidates are the Debian packages ``fonts-wqy-zenhei`` (a ``.ttc`` collection:
the first face) and ``fonts-droid-fallback``; Noto CJK (PostScript outlines) does not work in
reportlab. ``REPDESK_CJK_FONT`` names another file to use first.

Licences (checked in the Debian packages' ``/usr/share/doc/<package>/copyright``): the project
ships no font; ``scripts/system-deps.sh`` installs both packages.

- WenQuanYi Zen Hei (``fonts-wqy-zenhei``): GPL-2 with a font embedding exception (and the
  M+ FONTS licence for the glyphs it took from M+): a document that embeds the font, or
  unaltered portions of it (our subset), is not thereby covered by the GPL, so a plan PDF
  may be handed to anyone.
- Droid Sans Fallback (``fonts-droid-fallback``): Apache-2.0, which allows embedding and
  redistribution.

A font file named by ``REPDESK_CJK_FONT`` (or the macOS/Windows fallbacks below) carries its
own licence: check that it allows embedding before sharing the PDFs.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

FONT_NAME = "RepDeskCJK"
CANDIDATES: tuple[tuple[str, int], ...] = (
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", 0),
    ("/usr/share/fonts/opentype/wqy/wqy-zenhei.ttc", 0),
    ("/Library/Fonts/Arial Unicode.ttf", 0),
    ("C:/Windows/Fonts/simhei.ttf", 0),
)


class NoChineseFont(RuntimeError):
    """No usable Chinese TrueType font was found; the message says what to install."""


@dataclass(frozen=True)
class RegisteredFont:
    """A font registered with reportlab under ``name``, and the file it came from."""

    name: str
    path: Path


def _candidates() -> list[tuple[str, int]]:
    chosen = os.environ.get("REPDESK_CJK_FONT")
    return [(chosen, 0), *CANDIDATES] if chosen else list(CANDIDATES)


@cache
def chinese_font() -> RegisteredFont:
    """Register the first usable Chinese TrueType font with reportlab (once) and return it.

    Raises :class:`NoChineseFont` when none is installed.
    """
    tried = []
    for path, index in _candidates():
        if not Path(path).is_file():
            continue
        try:
            pdfmetrics.registerFont(TTFont(FONT_NAME, path, subfontIndex=index))
        except (TTFError, OSError) as exc:
            tried.append(f"{path}: {exc}")
            continue
        return RegisteredFont(FONT_NAME, Path(path))
    detail = f" (tried: {'; '.join(tried)})" if tried else ""
    raise NoChineseFont(
        "no Chinese TrueType font found for the PDF; install fonts-wqy-zenhei "
        f"or set REPDESK_CJK_FONT to a .ttf/.ttc file{detail}"
    )


def printable(text: str, replacement: str = "□") -> str:
    """``text`` with every character the Chinese font cannot draw (emoji, control
    characters) replaced by ``replacement``, so a PDF never shows invisible text."""
    cmap = pdfmetrics.getFont(chinese_font().name).face.charToGlyph
    if all(ord(ch) in cmap or ch in "\n\t " for ch in text):
        return text
    return "".join(
        ch if ord(ch) in cmap or ch in "\n " else (" " if ch == "\t" else replacement)
        for ch in text
    )
