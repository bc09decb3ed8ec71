"""A reusable PDF table: title, columns, rows of text, Chinese embedded, A4 either way round.

The header row repeats on every page; each page carries the title, the generated date and
"page n / m". Cells wrap; a row may get a background colour (a status light) and a cell a
text colour. Built on reportlab's platypus; the font comes from :mod:`reports.fonts`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape, portrait
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from reports.fonts import chinese_font

MARGIN = 12 * mm


@dataclass(frozen=True)
class Column:
    """A column: its heading and its share of the page width (relative weight)."""

    title: str
    weight: float = 1.0
    align: str = "LEFT"  # LEFT, RIGHT or CENTER


@dataclass(frozen=True)
class Cell:
    """A cell's text with an optional colour (``#rrggbb``) for the text."""

    text: str
    color: str | None = None


@dataclass(frozen=True)
class TableDocument:
    """Everything one table PDF shows."""

    title: str
    columns: Sequence[Column]
    rows: Sequence[Sequence[str | Cell]]
    subtitle: str = ""
    landscape: bool = True
    generated: dt.datetime = field(default_factory=dt.datetime.now)
    footer_label: str = "{generated} · {page} / {pages}"  # placeholders: generated, page, pages
    row_backgrounds: Sequence[str | None] = ()  # per row, ``#rrggbb`` or None
    font_size: float = 8.0


_CJK = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]")


def has_cjk(text: str) -> bool:
    """Whether ``text`` holds Chinese (or other CJK) characters or full-width punctuation."""
    return bool(_CJK.search(text))


def escape(text: str) -> str:
    """``text`` as paragraph markup: ``&``, ``<`` and ``>`` escaped, line breaks kept."""
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")
    )


_escape = escape


class NumberedCanvas(Canvas):
    """A canvas that knows the page count when it decorates each page (headers, footers
    with "page n / m"): override :meth:`decorate_page` or pass ``decorate``."""

    def __init__(
        self,
        *args: Any,
        decorate: Callable[[Canvas, int, int], None] | None = None,
        **kwargs: Any,
    ) -> None:
        # Every page starts with a font set: make it the embedded one, not Helvetica.
        kwargs["initialFontName"] = kwargs.get("initialFontName") or chinese_font().name
        super().__init__(*args, **kwargs)
        self._decorate = decorate
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.decorate_page(number, total)
            super().showPage()
        super().save()

    def decorate_page(self, page: int, pages: int) -> None:
        """Draw what every page carries, knowing it is page ``page`` of ``pages``."""
        if self._decorate is not None:
            self._decorate(self, page, pages)


class _NumberedCanvas(NumberedCanvas):
    """The table PDF's canvas: title and "generated · page n / m" at the foot."""

    def __init__(self, *args: Any, document: TableDocument, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._document = document

    def decorate_page(self, page: int, pages: int) -> None:
        self._footer(page, pages)

    def _footer(self, page: int, pages: int) -> None:
        doc = self._document
        width, _ = self._pagesize
        font = chinese_font().name
        self.setFont(font, 7.5)
        self.setFillColor(colors.HexColor("#666666"))
        generated = doc.generated.strftime("%Y-%m-%d %H:%M")
        text = doc.footer_label.format(generated=generated, page=page, pages=pages)
        self.drawString(MARGIN, MARGIN / 2, doc.title)
        self.drawRightString(width - MARGIN, MARGIN / 2, text)


def render_table(document: TableDocument, out: Path | str) -> Path:
    """Write ``document`` as a PDF at ``out``; returns the path.

    Raises :class:`reports.fonts.NoChineseFont` when no Chinese font is installed.
    """
    font = chinese_font().name
    pagesize = landscape(A4) if document.landscape else portrait(A4)
    out = Path(out)
    doc = SimpleDocTemplate(
        str(out),
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=document.title,
        author="RepDesk",
    )
    size = document.font_size
    base = ParagraphStyle("cell", fontName=font, fontSize=size, leading=size * 1.3)
    # Chinese breaks between any two characters; other text only between words.
    styles = {
        (a, cjk): ParagraphStyle(
            f"cell-{a}-{cjk}",
            parent=base,
            alignment={"LEFT": 0, "CENTER": 1, "RIGHT": 2}[a],
            wordWrap="CJK" if cjk else None,
        )
        for a in ("LEFT", "CENTER", "RIGHT")
        for cjk in (False, True)
    }
    head = ParagraphStyle("head", parent=base, textColor=colors.white)
    head_cjk = ParagraphStyle("head-cjk", parent=head, wordWrap="CJK")
    title = ParagraphStyle("title", fontName=font, fontSize=14, leading=18)
    subtitle = ParagraphStyle("subtitle", fontName=font, fontSize=9, leading=12)

    def para(value: str | Cell, column: Column) -> Paragraph:
        cell = value if isinstance(value, Cell) else Cell(value)
        text = _escape(cell.text)
        if cell.color:
            text = f'<font color="{cell.color}">{text}</font>'
        return Paragraph(text, styles[column.align, has_cjk(cell.text)])

    columns = list(document.columns)
    data: list[list[Paragraph]] = [
        [Paragraph(_escape(c.title), head_cjk if has_cjk(c.title) else head) for c in columns]
    ]
    data += [[para(v, c) for v, c in zip(row, columns, strict=True)] for row in document.rows]
    usable = pagesize[0] - 2 * MARGIN
    total = sum(c.weight for c in columns)
    table = LongTable(data, colWidths=[usable * c.weight / total for c in columns], repeatRows=1)
    style: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#34495e")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#b0b7bf")),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for i, background in enumerate(document.row_backgrounds, start=1):
        if background:
            style.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor(background)))
    table.setStyle(TableStyle(style))
    story: list[Any] = [Paragraph(_escape(document.title), title)]
    if document.subtitle:
        story.append(Paragraph(_escape(document.subtitle), subtitle))
    story += [Spacer(1, 4 * mm), table]
    doc.build(story, canvasmaker=lambda *a, **k: _NumberedCanvas(*a, document=document, **k))
    return out
