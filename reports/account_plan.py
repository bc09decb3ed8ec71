"""The printed account plan (客户计划): an A4 portrait PDF a rep takes to a visit.

A pure renderer: :func:`render_plan` takes an :class:`~reports.plan_model.AccountPlanData`
(plain values, texts already in the plan's language) and writes the PDF; it touches no
database and no Qt. Sections: cover, account overview, buying atmosphere and the 1+2+1
diagram per open project, key people (kite chart, political style, how to communicate),
open projects, credit and collection, action plan with lines for hand notes. Every page
carries the account, "confidential" and "page n / m"; a plan longer than
:data:`TOC_MIN_PAGES` gets a table of contents on its cover (a second pass, since page
numbers are known only after the first). The Chinese font is embedded as a subset
(:mod:`reports.fonts`); Chinese text wraps between any two characters.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepInFrame,
    KeepTogether,
    LongTable,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from domain.vocabulary import Stance, label
from reports.buying_map import STANCE_COLOURS, MapTexts, buying_map, drawing, fit
from reports.fonts import chinese_font, printable
from reports.kite import kite_drawing
from reports.plan_model import (
    STALE_DAYS,
    AccountPlanData,
    Action,
    Credit,
    Person,
    ProjectPlan,
)
from reports.plan_texts import day, money, percent, plan_text
from reports.table_pdf import NumberedCanvas, escape, has_cjk

PAGE_W, PAGE_H = A4
MARGIN_X = 16 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 18 * mm
WIDTH = PAGE_W - 2 * MARGIN_X
TOC_MIN_PAGES = 5
TOC_HEIGHT = 72 * mm  # kept free at the foot of the cover for the contents
TOC_LINE = 11.5
MAX_OVERDUE_LINES = 25
MAX_CALLS = 5
HAND_NOTE_LINES = 14

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#6b7280")
ACCENT = colors.HexColor("#1f4e79")
RULE = colors.HexColor("#c9d1d9")
HEAD_FILL = colors.HexColor("#1f4e79")
ZEBRA = colors.HexColor("#f5f7fa")
STATUS_FILL = {"green": "#2e7d32", "amber": "#b7791f", "red": "#c62828"}
RED = "#c62828"


# --- styles ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    head_cell: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    figure: ParagraphStyle
    bullet: ParagraphStyle


def _styles(font: str) -> _Styles:
    # Chinese breaks between any two characters (reportlab's CJK word wrap); a paragraph with
    # no CJK text falls back to breaking at spaces (see _p).
    body = ParagraphStyle(
        "body",
        fontName=font,
        bulletFontName=font,
        fontSize=9,
        leading=13,
        textColor=INK,
        wordWrap="CJK",
    )
    return _Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=11),
        muted=ParagraphStyle("muted", parent=body, fontSize=8, leading=11, textColor=MUTED),
        cell=ParagraphStyle("cell", parent=body, fontSize=8, leading=10.5),
        head_cell=ParagraphStyle(
            "head", parent=body, fontSize=8, leading=10.5, textColor=colors.white
        ),
        h1=ParagraphStyle(
            "h1",
            parent=body,
            fontSize=15,
            leading=20,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=6,
        ),
        h2=ParagraphStyle(
            "h2", parent=body, fontSize=11.5, leading=15, textColor=INK, spaceBefore=8, spaceAfter=4
        ),
        h3=ParagraphStyle(
            "h3",
            parent=body,
            fontSize=9.5,
            leading=13,
            textColor=ACCENT,
            spaceBefore=5,
            spaceAfter=2,
        ),
        title=ParagraphStyle("title", parent=body, fontSize=24, leading=31, textColor=ACCENT),
        subtitle=ParagraphStyle("subtitle", parent=body, fontSize=13, leading=18, textColor=MUTED),
        figure=ParagraphStyle("figure", parent=body, fontSize=13, leading=16, textColor=ACCENT),
        bullet=ParagraphStyle(
            "bullet",
            parent=body,
            fontSize=8.5,
            bulletFontSize=5,  # a small ● (the font has no •)
            leading=12,
            leftIndent=9,
            bulletIndent=0,
        ),
    )


def _markup(text: str) -> str:
    return escape(printable(text))


def _p(text: str, style: ParagraphStyle, *, markup: str | None = None) -> Paragraph:
    """A paragraph of plain ``text`` (escaped; emoji replaced), or of ready ``markup``."""
    content = markup if markup is not None else _markup(text)
    if not has_cjk(text):
        # Latin text breaks at spaces, as a reader expects; long words still break.
        style = ParagraphStyle(style.name + "-latin", parent=style, wordWrap=None)
    return Paragraph(content, style)


class _Heading(Paragraph):
    """A section heading that the table of contents and the PDF outline list."""

    def __init__(self, text: str, style: ParagraphStyle, level: int, key: str) -> None:
        super().__init__(_markup(text), style)
        self.toc = (level, text, key)


# --- the document ------------------------------------------------------------------------


class _PlanDoc(BaseDocTemplate):
    def __init__(self, target: Any, data: AccountPlanData, **kw: Any) -> None:
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=f"{plan_text('doc_title', data.lang)} · {data.account_name}",
            author=data.rep_name or "RepDesk",
            subject=plan_text("doc_title", data.lang),
            creator="RepDesk",
            **kw,
        )
        frame = Frame(
            MARGIN_X, MARGIN_BOTTOM, WIDTH, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM, id="body"
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self.entries: list[tuple[int, str, int, str]] = []  # (level, text, page, key)

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        toc = getattr(flowable, "toc", None)
        if toc is None:
            return
        level, text, key = toc
        self.entries.append((level, text, self.page, key))
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(printable(text), key, level=level, closed=level > 0)


def _decorator(data: AccountPlanData, doc: _PlanDoc) -> Any:
    font = chinese_font().name
    lang = data.lang
    title = plan_text("doc_title", lang)
    confidential = plan_text("confidential", lang)
    footer_mid = f"{data.rep_name} · {day(data.today)}" if data.rep_name else day(data.today)

    def decorate(canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        top = PAGE_H - 11 * mm
        canvas.setFont(font, 8)
        canvas.setFillColor(MUTED)
        right = f"{title} · {confidential}"
        right_w = canvas.stringWidth(right, font, 8)
        canvas.drawRightString(PAGE_W - MARGIN_X, top, right)
        canvas.setFillColor(ACCENT)
        canvas.setFont(font, 9)
        canvas.drawString(MARGIN_X, top, fit(data.account_name, font, 9, WIDTH - right_w - 12))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, top - 3 * mm, PAGE_W - MARGIN_X, top - 3 * mm)
        bottom = 9 * mm
        canvas.line(MARGIN_X, bottom + 4 * mm, PAGE_W - MARGIN_X, bottom + 4 * mm)
        canvas.setFont(font, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN_X, bottom, fit(footer_mid, font, 7.5, WIDTH / 2))
        canvas.drawRightString(
            PAGE_W - MARGIN_X, bottom, plan_text("page", lang, page=page, pages=pages)
        )
        if page == 1 and pages >= TOC_MIN_PAGES:
            _draw_contents(canvas, doc.entries, lang)
        canvas.restoreState()

    return decorate


def render_plan(data: AccountPlanData, out: Path | str | BinaryIO) -> int:
    """Write the account plan of ``data`` as a PDF to ``out`` (a path or a binary file);
    returns the number of pages.

    Raises :class:`reports.fonts.NoChineseFont` when no Chinese font is installed.
    """
    buffer = io.BytesIO()
    doc = _PlanDoc(buffer, data)
    story = _Story(data, _styles(chinese_font().name)).build()
    decorate = _decorator(data, doc)
    doc.build(story, canvasmaker=lambda *a, **k: NumberedCanvas(*a, decorate=decorate, **k))
    if isinstance(out, str | Path):
        Path(out).write_bytes(buffer.getvalue())
    else:
        out.write(buffer.getvalue())
    return int(doc.page)


def plan_pdf(data: AccountPlanData) -> bytes:
    """The account plan of ``data`` as PDF bytes."""
    buffer = io.BytesIO()
    render_plan(data, buffer)
    return buffer.getvalue()


def _draw_contents(canvas: Canvas, entries: Sequence[tuple[int, str, int, str]], lang: str) -> None:
    """The table of contents in the space kept free at the foot of the cover (the PDF's
    outline has the same entries as links); project lines go first when there are too many."""
    font = chinese_font().name
    fits = int((TOC_HEIGHT - 24) // TOC_LINE)
    shown = list(entries)
    if len(shown) > fits:
        shown = [e for e in entries if e[0] == 0][:fits]
    y = MARGIN_BOTTOM + TOC_HEIGHT - 14
    canvas.setFont(font, 9.5)
    canvas.setFillColor(ACCENT)
    canvas.drawString(MARGIN_X, y, plan_text("contents", lang))
    y -= 6
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, y, PAGE_W - MARGIN_X, y)
    y -= TOC_LINE
    for level, text, page, _key in shown:
        size = 8.5 if level == 0 else 7.5
        indent = 0 if level == 0 else 12
        canvas.setFont(font, size)
        canvas.setFillColor(INK if level == 0 else MUTED)
        number = str(page)
        room = WIDTH - indent - canvas.stringWidth(number, font, size) - 16
        canvas.drawString(MARGIN_X + indent, y, fit(text, font, size, room))
        canvas.drawRightString(PAGE_W - MARGIN_X, y, number)
        y -= TOC_LINE


# --- the story ---------------------------------------------------------------------------


class _Story:
    def __init__(self, data: AccountPlanData, st: _Styles) -> None:
        self.d = data
        self.st = st
        self.lang = data.lang
        self.dash = self.t("not_set")
        self.colon = "：" if self.lang == "zh_CN" else ": "
        self._keys = 0

    def t(self, key: str, **params: object) -> str:
        return plan_text(key, self.lang, **params)

    def heading(self, text: str, level: int) -> _Heading:
        self._keys += 1
        style = self.st.h1 if level == 0 else self.st.h2
        return _Heading(text, style, level, f"s{self._keys}")

    def build(self) -> list[Flowable]:
        story: list[Flowable] = []
        story += self.cover()
        story.append(PageBreak())
        story += self.overview()
        story += self.atmosphere()
        story += self.people()
        story += self.projects()
        story += self.credit()
        story += self.actions()
        return story

    # --- shared pieces -----------------------------------------------------------------

    def kv_table(
        self,
        pairs: Sequence[tuple[str, str | Flowable]],
        columns: int = 2,
        *,
        align_with: Sequence[str] = (),
    ) -> Table:
        """Label/value pairs in ``columns`` column pairs, labels muted (a value may be a
        ready flowable). The label column is as wide as the longest label of ``pairs`` and
        ``align_with`` (the labels of a table beside it) needs, within bounds."""
        # English labels run longer ("Purchase potential (a year)"): the column grows so a
        # label wraps only when it is really long, and values keep the rest of the room.
        labels = [k for k, _ in pairs] + list(align_with)
        widest = max(
            (stringWidth(k, self.st.muted.fontName, self.st.muted.fontSize) for k in labels),
            default=0.0,
        )
        low = 30 * mm if columns == 2 else 38 * mm
        label_w = min(max(low, widest + 8), 46 * mm if columns == 2 else 60 * mm)
        value_w = WIDTH / columns - label_w
        rows: list[list[Any]] = []
        cells = [
            (
                _cell(k, self.st.muted, label_w - 4),
                v if isinstance(v, Flowable) else _cell(v or self.dash, self.st.small, value_w - 4),
            )
            for k, v in pairs
        ]
        for i in range(0, len(cells), columns):
            row: list[Any] = []
            for k, v in cells[i : i + columns]:
                row += [k, v]
            row += [""] * (2 * columns - len(row))
            rows.append(row)
        table = Table(rows, colWidths=[label_w, value_w] * columns, hAlign="LEFT", splitInRow=1)
        style: list[tuple[Any, ...]] = [
            ("FONTSIZE", (0, 0), (-1, -1), self.st.small.fontSize),
            ("LEADING", (0, 0), (-1, -1), self.st.small.leading),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ]
        style += [("TEXTCOLOR", (c, 0), (c, -1), MUTED) for c in range(0, 2 * columns, 2)]
        table.setStyle(_style(style))
        return table

    def grid(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str | Flowable]],
        weights: Sequence[float],
        *,
        align: Sequence[str] = (),
    ) -> LongTable:
        """A table with a dark header row that repeats on every page it spans. Text that
        fits its column stays a plain string (fast); longer text becomes a wrapping
        paragraph."""
        total = sum(weights)
        widths = [WIDTH * w / total for w in weights]
        right = ParagraphStyle("cell-r", parent=self.st.cell, alignment=2)
        head_right = ParagraphStyle("head-r", parent=self.st.head_cell, alignment=2)
        data: list[list[Any]] = [
            [
                _cell(
                    h,
                    head_right if i < len(align) and align[i] == "R" else self.st.head_cell,
                    w - 6,
                )
                for i, (h, w) in enumerate(zip(headers, widths, strict=True))
            ]
        ]
        for row in rows:
            line = []
            for i, value in enumerate(row):
                if isinstance(value, str):
                    chosen = right if i < len(align) and align[i] == "R" else self.st.cell
                    value = _cell(value, chosen, widths[i] - 6)
                line.append(value)
            data.append(line)
        table = LongTable(data, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
        style: list[tuple[Any, ...]] = [
            ("FONTSIZE", (0, 0), (-1, -1), self.st.cell.fontSize),
            ("LEADING", (0, 0), (-1, -1), self.st.cell.leading),
            ("TEXTCOLOR", (0, 1), (-1, -1), INK),
            ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        style += [("ALIGN", (i, 0), (i, -1), "RIGHT") for i, a in enumerate(align) if a == "R"]
        for i in range(2, len(data), 2):
            style.append(("BACKGROUND", (0, i), (-1, i), ZEBRA))
        table.setStyle(_style(style))
        return table

    def bullets(self, items: Sequence[str], style: ParagraphStyle | None = None) -> list[Flowable]:
        style = style or self.st.bullet
        return [
            Paragraph(_markup(item), style if has_cjk(item) else _latin(style), bulletText="●")
            for item in items
        ]

    def chip(self, text: str, status: str) -> Drawing:
        """A coloured rounded label (the verdict's traffic light)."""
        font = chinese_font().name
        size = 8.5
        label = fit(text, font, size, 60 * mm)
        w = stringWidth(label, font, size) + 12
        d = drawing(w, 14)
        d.add(
            Rect(
                0,
                0,
                w,
                14,
                rx=7,
                ry=7,
                fillColor=colors.HexColor(STATUS_FILL.get(status, "#6b7280")),
                strokeColor=None,
            )
        )
        d.add(String(6, 4, label, fontName=font, fontSize=size, fillColor=colors.white))
        return d

    # --- cover -------------------------------------------------------------------------

    def cover(self) -> list[Flowable]:
        d, st = self.d, self.st
        out: list[Flowable] = [Spacer(1, 22 * mm)]
        out.append(_p(self.t("doc_title"), st.subtitle))
        out.append(Spacer(1, 3 * mm))
        out.append(_p(d.account_name, st.title))
        if d.short_name and d.short_name != d.account_name:
            out.append(_p(d.short_name, st.subtitle))
        out.append(Spacer(1, 8 * mm))
        ov = d.overview
        out.append(
            self.kv_table(
                [
                    (self.t("rep"), d.rep_name or self.dash),
                    (self.t("prepared_on"), day(d.today)),
                    (
                        self.t("period"),
                        self.t("period_value", start=day(d.period_start), end=day(d.period_end)),
                    ),
                    (self.t("region"), ov.region),
                    (self.t("channel_type"), ov.channel_type),
                    (self.t("level"), ov.level),
                ],
                columns=1,
            )
        )
        out.append(Spacer(1, 8 * mm))
        out.append(_p(self.t("cover_summary"), st.h3))
        overdue = d.credit.overdue if d.credit else None
        due_actions = sum(1 for a in d.actions if a.due is not None)
        cards = [
            (str(len(d.projects)), self.t("cover_projects")),
            (str(len(d.people)), self.t("cover_contacts")),
            (str(due_actions), self.t("cover_actions")),
            (money(overdue, self.dash), self.t("cover_overdue")),
        ]
        out.append(self.cards(cards))
        if d.projects:
            out.append(Spacer(1, 4 * mm))
            rows = [
                [
                    _p(p.name, st.cell),
                    money(p.amount, self.dash),
                    _p(day(p.expected_close), st.cell, markup=self.close_markup(p))
                    if self.close_passed(p)
                    else day(p.expected_close),
                    self.t("step_value", index=p.step_index, step=p.step),
                    _p(
                        p.verdict_label,
                        st.cell,
                        markup=f'<font color="{STATUS_FILL.get(p.verdict_status, "#000")}">●</font> '
                        + _markup(p.verdict_label),
                    ),
                ]
                for p in d.projects[:8]
            ]
            out.append(
                self.grid(
                    [
                        self.t("cover_projects"),
                        self.t("amount"),
                        self.t("expected_close"),
                        self.t("step"),
                        self.t("verdict"),
                    ],
                    rows,
                    [4.6, 1.8, 2.2, 2.9, 1.8],
                    align=("L", "R"),
                )
            )
        # The table of contents is drawn below, in TOC_HEIGHT, once the pages are known.
        height = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM - TOC_HEIGHT
        return [KeepInFrame(WIDTH, height, out, mode="shrink")]

    def cards(self, cards: Sequence[tuple[str, str]]) -> Table:
        cells = [
            [_p(value, self.st.figure) for value, _ in cards],
            [_p(label, self.st.muted) for _, label in cards],
        ]
        table = Table(cells, colWidths=[WIDTH / len(cards)] * len(cards), hAlign="LEFT")
        table.setStyle(
            _style(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), ZEBRA),
                    ("LINEBEFORE", (1, 0), (-1, -1), 2, colors.white),
                    ("TOPPADDING", (0, 0), (-1, 0), 6),
                    ("BOTTOMPADDING", (0, 1), (-1, 1), 6),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        return table

    # --- 1 overview --------------------------------------------------------------------

    def overview(self) -> list[Flowable]:
        d, ov, st = self.d, self.d.overview, self.st
        f = ov.figures
        out: list[Flowable] = [self.heading(self.t("s_overview"), 0)]
        # The two tables of the page share one label width.
        figure_labels = [self.t(k) for k in ("last_year", "margin", "pipeline", "potential")]
        out.append(
            self.kv_table(
                [
                    (self.t("channel_type"), ov.channel_type),
                    (self.t("cooperation_mode"), ov.cooperation_mode),
                    (self.t("level"), ov.level),
                    (self.t("key_account"), self.t("yes") if ov.key_account else self.t("no")),
                    (self.t("lifecycle_stage"), ov.lifecycle_stage),
                    (self.t("region"), ov.region),
                    (self.t("industry"), ov.industry),
                    (self.t("credit_rating"), ov.credit_rating),
                    (
                        self.t("payment_terms"),
                        self.t("days", days=ov.payment_terms_days)
                        if ov.payment_terms_days is not None
                        else "",
                    ),
                    (self.t("contract_end"), day(ov.contract_end, "")),
                    (self.t("phone"), ov.phone),
                    (
                        self.t("tags"),
                        "、".join(ov.tags) if self.lang == "zh_CN" else ", ".join(ov.tags),
                    ),
                    (self.t("address"), ov.address),
                ],
                align_with=figure_labels,
            )
        )
        out.append(_p(self.t("key_figures", year=f.year), st.h3))
        margin = (
            self.t("margin_from", value=percent(f.margin), period=f.margin_period)
            if f.margin is not None and f.margin_period
            else percent(f.margin, self.dash)
        )
        out.append(
            self.cards(
                [
                    (money(f.sales_ytd), self.t("sales_ytd", day=day(d.today))),
                    (money(f.target, self.dash), self.t("target")),
                    (percent(f.vs_target, self.dash), self.t("vs_target")),
                    (percent(f.growth, self.dash), self.t("growth")),
                ]
            )
        )
        out.append(Spacer(1, 2 * mm))
        if f.target:
            out.append(_progress(f.vs_target or 0.0, _elapsed(d.today)))
        out.append(
            self.kv_table(
                [
                    (self.t("last_year"), money(f.sales_last_year_same_period)),
                    (self.t("margin"), margin),
                    (
                        self.t("pipeline"),
                        self.t("pipeline_value", amount=money(f.pipeline), count=f.open_projects),
                    ),
                    (self.t("potential"), money(ov.strategy.potential, self.dash)),
                ]
            )
        )
        s = ov.strategy
        out.append(_p(self.t("strategy"), st.h3))
        strategy = (
            self.t("strategy_value", strategy=s.label, posture=s.posture) if s.code else s.label
        )
        out.append(
            self.kv_table(
                [
                    (self.t("strategy"), strategy),
                    (self.t("share"), percent(s.share, self.dash)),
                    (self.t("why"), s.reason),
                ],
                columns=1,
            )
        )
        if d.notes.strip():
            out.append(_p(self.t("notes"), st.h3))
            out += [_p(line, st.small) for line in d.notes.strip().splitlines() if line.strip()]
        return out

    # --- 2 buying atmosphere -----------------------------------------------------------

    def atmosphere(self) -> list[Flowable]:
        out: list[Flowable] = [CondPageBreak(90 * mm), self.heading(self.t("s_atmosphere"), 0)]
        if not self.d.projects:
            out.append(_p(self.t("no_projects"), self.st.body))
            return out
        legend = [(code, self.t_stance(code)) for code in ("support", "neutral", "oppose")]
        for p in self.d.projects:
            texts = MapTexts(
                guide=self.t("guide"),
                rep=self.t("the_rep"),
                roles_won=self.t("roles_won", won=p.roles_won),
                no_guide=self.t("no_guide_yet"),
                nobody=self.t("no_holder"),
                more=self.t("more_holders", count="{count}"),
                insiders=self.t("insiders"),
                legend=legend,
            )
            head: list[Flowable] = [
                self.heading(p.name, 1),
                self.verdict_line(p),
                Spacer(1, 2 * mm),
                buying_map(p, texts, WIDTH),
                Spacer(1, 2 * mm),
            ]
            findings = self.findings(p)
            out.append(KeepTogether(head + findings[:3]))
            out += findings[3:]
            out.append(self.role_table(p))
        return out

    def close_passed(self, p: ProjectPlan) -> bool:
        return p.expected_close is not None and p.expected_close < self.d.today

    def close_markup(self, p: ProjectPlan) -> str:
        """The expected close date, in red with "close date passed" once it has gone by."""
        text = day(p.expected_close)
        if not self.close_passed(p):
            return _markup(text)
        note = self.t("close_passed")
        note = f"（{note}）" if self.lang == "zh_CN" else f" ({note})"
        return f'<font color="{RED}">{_markup(text)}{_markup(note)}</font>'

    def t_stance(self, code: str) -> str:
        return label(Stance(code), self.lang)

    def verdict_line(self, p: ProjectPlan) -> Table:
        holds = self.t("holds") if p.holds else self.t("not_holds")
        facts = " · ".join(
            _markup(x)
            for x in (
                holds,
                money(p.amount, self.dash),
                self.t("step_value", index=p.step_index, step=p.step),
            )
            if x
        )
        facts += f" · {_markup(self.t('expected_close'))} {self.close_markup(p)}"
        table = Table(
            [
                [
                    self.chip(p.verdict_label, p.verdict_status),
                    _p(facts, self.st.small, markup=facts),
                ]
            ],
            colWidths=[34 * mm, WIDTH - 34 * mm],
            hAlign="LEFT",
        )
        table.setStyle(
            _style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return table

    def findings(self, p: ProjectPlan) -> list[Flowable]:
        out: list[Flowable] = []
        if p.missing:
            out.append(_p(self.t("missing"), self.st.h3))
            out += self.bullets(p.missing)
        else:
            out.append(_p(self.t("nothing_missing"), self.st.small))
        if p.risks:
            out.append(_p(self.t("risks"), self.st.h3))
            out += self.bullets(p.risks)
        return out

    def role_table(self, p: ProjectPlan) -> Flowable:
        rows: list[list[Any]] = []
        lines = [(slot.label, seat) for slot in p.roles for seat in slot.seats]
        lines += [(self.t("guide"), s) for s in p.guides]
        lines += [(self.t("insiders"), s) for s in p.insiders]
        if not lines:
            return Spacer(1, 2 * mm)
        for role, seat in lines:
            stance = _p(
                seat.stance_label,
                self.st.cell,
                markup=f'<font color="{_stance_colour(seat.stance)}">●</font> '
                + _markup(seat.stance_label),
            )
            rows.append(
                [
                    role,
                    seat.name,
                    seat.title,
                    seat.org_level,
                    stance,
                    _rating(seat.influence, 5),
                    _rating(seat.relationship, 5),
                    seat.badge,
                ]
            )
        return KeepTogether(
            [
                _p(self.t("role_table"), self.st.h3),
                self.grid(
                    [
                        self.t("col_role"),
                        self.t("col_contact"),
                        self.t("col_title"),
                        self.t("col_org_level"),
                        self.t("col_stance"),
                        self.t("col_influence"),
                        self.t("col_relationship"),
                        self.t("col_profile"),
                    ],
                    rows,
                    [2.2, 2.2, 2.8, 1.2, 1.5, 1.4, 1.4, 1.1],
                ),
                Spacer(1, 3 * mm),
            ]
        )

    # --- 3 people ----------------------------------------------------------------------

    def people(self) -> list[Flowable]:
        d = self.d
        out: list[Flowable] = [CondPageBreak(120 * mm), self.heading(self.t("s_people"), 0)]
        if not d.people and not d.other_contacts:
            out.append(_p(self.t("no_people"), self.st.body))
            return out
        if not d.people:
            out.append(_p(self.t("no_key_people"), self.st.body))
        for person in d.people:
            out.append(KeepTogether([self.person(person)]))
        if d.other_contacts:
            out.append(_p(self.t("other_contacts"), self.st.h3))
            out.append(
                self.grid(
                    [
                        self.t("col_contact"),
                        self.t("col_title"),
                        self.t("col_org_level"),
                        self.t("phone"),
                    ],
                    [[c.name, c.title, c.org_level, c.phone] for c in d.other_contacts],
                    [3, 4, 1.5, 2.5],
                )
            )
        return out

    def person(self, person: Person) -> Flowable:
        st = self.st
        text: list[Flowable] = []
        head = person.name + (f"  {person.title}" if person.title else "")
        text.append(
            _p(
                head,
                st.h3,
                markup=f'<font size="11" color="#1f2933">{_markup(person.name)}</font>'
                + (f"  {_markup(person.title)}" if person.title else ""),
            )
        )
        meta = " · ".join(
            x
            for x in (
                person.department,
                f"{self.t('org_level')}{self.colon}{person.org_level}" if person.org_level else "",
                f"{self.t('ally')}{self.colon}{person.ally}" if person.ally else "",
                person.phone,
            )
            if x
        )
        if meta:
            text.append(_p(meta, st.muted))
        if person.roles:
            sep = "；" if self.lang == "zh_CN" else "; "
            text.append(_p(f"{self.t('roles')}{self.colon}" + sep.join(person.roles), st.small))
        prof = person.profile
        if prof is not None:
            meta_key = "profile_meta" if prof.confidence else "profile_meta_nc"
            line = (
                f"{self.t('profile')}{self.colon}{self.t('profile_code', code=prof.code, badge=prof.badge)} — "
                f"{prof.combination}"
            )
            text.append(_p(line, st.small))
            text.append(
                _p(
                    self.t(
                        meta_key,
                        kind=prof.kind_label,
                        day=day(prof.assessed_on),
                        confidence=prof.confidence,
                    ),
                    st.muted,
                )
            )
        else:
            text.append(_p(f"{self.t('profile')}{self.colon}{self.t('no_profile')}", st.small))
        political = (
            f"{self.t('political')}{self.colon}{person.political} — {person.political_nature}"
            if person.political
            else f"{self.t('political')}{self.colon}{self.t('political_unknown')}"
        )
        text.append(_p(political, st.small))
        if person.communicate:
            text.append(_p(self.t("communicate"), st.h3))
            text += self.bullets(person.communicate)
        if person.clashes:
            text.append(_p(self.t("clashes"), st.h3))
            text += self.bullets(person.clashes)
        # The kite only for a profiled contact; "not assessed yet" is said once, in the text.
        picture: list[Flowable] = (
            [
                kite_drawing(prof.scores, size=32 * mm),
                _p(
                    f"A {prof.scores[0]} · B {prof.scores[1]} · C {prof.scores[2]} · "
                    f"D {prof.scores[3]}",
                    st.muted,
                ),
            ]
            if prof
            else [_NoProfileMark()]
        )
        table = Table(
            [[picture, text]],
            colWidths=[36 * mm, WIDTH - 36 * mm],
            hAlign="LEFT",
            splitInRow=1,
        )
        table.setStyle(
            _style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEABOVE", (0, 0), (-1, 0), 0.6, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                    ("LEFTPADDING", (0, 0), (0, 0), 0),
                ]
            )
        )
        return table

    # --- 4 projects --------------------------------------------------------------------

    def projects(self) -> list[Flowable]:
        out: list[Flowable] = [CondPageBreak(120 * mm), self.heading(self.t("s_projects"), 0)]
        if not self.d.projects:
            out.append(_p(self.t("no_projects"), self.st.body))
            return out
        for i, p in enumerate(self.d.projects):
            if i:
                out.append(CondPageBreak(70 * mm))
            out += self.project(p)
        return out

    def project(self, p: ProjectPlan) -> list[Flowable]:
        st = self.st
        step = self.t("step_value", index=p.step_index, step=p.step)
        if p.step_entered_on:
            step += (
                f"（{self.t('since', day=day(p.step_entered_on))}）"
                if self.lang == "zh_CN"
                else (f" ({self.t('since', day=day(p.step_entered_on))})")
            )
        next_step = p.next_step or self.t("no_next_step")
        if p.next_step_due:
            next_step += f" — {self.t('due', day=day(p.next_step_due))}"
        head: list[Flowable] = [
            _p(p.name, st.h2),
            self.kv_table(
                [
                    (self.t("amount"), money(p.amount, self.dash)),
                    (
                        self.t("expected_close"),
                        _p(day(p.expected_close), st.small, markup=self.close_markup(p))
                        if self.close_passed(p)
                        else day(p.expected_close),
                    ),
                    (self.t("step"), step),
                    (self.t("owner"), p.owner or self.dash),
                    (self.t("verdict"), p.verdict_label),
                    (self.t("next_step"), next_step),
                ]
            ),
            Spacer(1, 1 * mm),
            _steps_strip(p.step_index),
        ]
        out: list[Flowable] = [KeepTogether(head)]
        rows = [[f.label, _rating(f.rating, 5), f.note] for f in p.factors]
        factors = [
            _p(self.t("factors"), st.h3),
            self.grid(
                [self.t("col_factor"), self.t("col_rating"), self.t("col_factor_note")],
                rows,
                [2, 1.6, 8],
            ),
        ]
        if p.need_vs_want:
            factors.append(Spacer(1, 2 * mm))
            factors.append(_p(f"{self.t('need_vs_want')}{self.colon}{p.need_vs_want}", st.small))
        out.append(KeepTogether(factors))
        out.append(_p(self.t("last_calls"), st.h3))
        if p.calls:
            rows_c: list[list[Any]] = []
            for c in p.calls[:MAX_CALLS]:
                outcome = c.outcome + (f" · {c.advance}" if c.advance else "")
                subject = c.subject + (f"\n{c.people}" if c.people else "")
                rows_c.append(
                    [
                        day(c.day),
                        c.kind,
                        subject,
                        _p(
                            outcome,
                            st.cell,
                            markup=f'<font color="{OUTCOME_COLOUR.get(c.outcome_code or "", "#1f2933")}">'
                            + _markup(outcome or self.dash)
                            + "</font>",
                        ),
                        c.next_step,
                    ]
                )
            out.append(
                self.grid(
                    [
                        self.t("col_date"),
                        self.t("col_kind"),
                        self.t("col_subject"),
                        self.t("col_outcome"),
                        self.t("col_next"),
                    ],
                    rows_c,
                    [1.7, 1.2, 4, 2.2, 3.6],
                )
            )
        else:
            out.append(_p(self.t("no_calls"), st.small))
        out.append(Spacer(1, 4 * mm))
        return out

    # --- 5 credit ----------------------------------------------------------------------

    def credit(self) -> list[Flowable]:
        out: list[Flowable] = [CondPageBreak(110 * mm), self.heading(self.t("s_credit"), 0)]
        c = self.d.credit
        if c is None:
            out.append(_p(self.t("credit_pending"), self.st.body))
            return out
        out += self.credit_figures(c)
        return out

    def credit_figures(self, c: Credit) -> list[Flowable]:
        st = self.st
        out: list[Flowable] = [
            self.cards(
                [
                    (money(c.limit, self.dash), self.t("limit")),
                    (money(c.balance), self.t("balance")),
                    (percent(c.used, self.dash), self.t("used")),
                    (money(c.overdue), self.t("overdue")),
                ]
            ),
            Spacer(1, 2 * mm),
            self.kv_table(
                [
                    (
                        self.t("payment_terms"),
                        self.t("days", days=c.terms_days) if c.terms_days is not None else "",
                    ),
                    (self.t("credit_rating"), c.rating),
                    (
                        self.t("dso"),
                        self.t("days", days=f"{c.dso:.0f}") if c.dso is not None else "",
                    ),
                    (
                        self.t("dso_history"),
                        " · ".join(
                            f"{q}: {v:.0f}" if v is not None else f"{q}: —"
                            for q, v in c.dso_history
                        ),
                    ),
                ]
            ),
        ]
        out.append(_p(self.t("aging"), st.h3))
        out.append(_aging_bar(c.buckets, money))
        if c.warnings:
            out.append(_p(self.t("warnings"), st.h3))
            out += self.bullets(c.warnings)
        out.append(_p(self.t("overdue_invoices"), st.h3))
        if c.overdue_invoices:
            shown = c.overdue_invoices[:MAX_OVERDUE_LINES]
            out.append(
                self.grid(
                    [
                        self.t("col_number"),
                        self.t("col_issued"),
                        self.t("col_due"),
                        self.t("col_open"),
                        self.t("col_days_overdue"),
                    ],
                    [
                        [
                            i.number,
                            day(i.issued_on),
                            day(i.due_on),
                            money(i.open),
                            str(i.days_overdue),
                        ]
                        for i in shown
                    ],
                    [3, 2, 2, 2.2, 1.6],
                    align=("L", "L", "L", "R", "R"),
                )
            )
            rest = c.overdue_invoices[MAX_OVERDUE_LINES:]
            if rest:
                out.append(
                    _p(
                        self.t(
                            "more_invoices",
                            count=len(rest),
                            amount=money(sum((i.open for i in rest), Decimal(0))),
                        ),
                        st.muted,
                    )
                )
        else:
            out.append(_p(self.t("no_overdue"), st.small))
        out.append(_p(self.t("late_cost"), st.h3))
        if c.overdue > 0:
            out.append(
                _p(
                    self.t(
                        "late_cost_text",
                        margin=percent(c.net_margin),
                        rate=percent(c.borrowing_rate),
                        overdue=money(c.overdue),
                        days=c.average_days_overdue,
                        cost=money(c.cost_of_delay),
                        left=money(c.profit_left_on_overdue),
                        months=f"{c.months_until_profit_gone:.1f}",
                    ),
                    st.body,
                )
            )
        else:
            out.append(_p(self.t("no_late_cost"), st.body))
        if c.bad_debt_risk > 0:
            out.append(
                _p(
                    self.t(
                        "bad_debt_text",
                        loss=money(c.bad_debt_risk),
                        extra=money(c.extra_sales_needed),
                    ),
                    st.body,
                )
            )
        return out

    # --- 6 actions ---------------------------------------------------------------------

    def actions(self) -> list[Flowable]:
        st = self.st
        out: list[Flowable] = [CondPageBreak(150 * mm), self.heading(self.t("s_actions"), 0)]
        out.append(_p(self.t("objectives"), st.h3))
        objectives = self.d.objectives or (self.t("no_objectives"),)
        # One indent for every number ("1." to "10."), so the texts line up.
        number_w = stringWidth(f"{len(objectives)}.", st.bullet.fontName, st.bullet.fontSize)
        numbered = ParagraphStyle(
            "num",
            parent=st.bullet,
            bulletFontSize=st.bullet.fontSize,
            leftIndent=max(14, number_w + 5),
        )
        for i, text in enumerate(objectives, start=1):
            out.append(
                Paragraph(
                    _markup(text),
                    numbered if has_cjk(text) else _latin(numbered),
                    bulletText=f"{i}.",
                )
            )
        out.append(_p(self.t("next_steps"), st.h3))
        if self.d.actions:
            out.append(self.action_table(self.d.actions))
        elif not self.d.stale_actions:
            out.append(_p(self.t("no_actions"), st.small))
        if self.d.stale_actions:
            out.append(Spacer(1, 1.5 * mm))
            out.append(
                _p(
                    self.t(
                        "stale_actions",
                        count=self.d.stale_actions,
                        days=STALE_DAYS,
                        day=day(self.d.stale_since),
                    ),
                    st.muted,
                )
            )
        out.append(CondPageBreak(60 * mm))
        out.append(_p(self.t("hand_notes"), st.h3))
        out.append(_ruled_lines(HAND_NOTE_LINES))
        return out

    def action_table(self, actions: Sequence[Action]) -> LongTable:
        rows: list[list[Any]] = []
        for a in actions:
            due = day(a.due, "")
            due_cell = (
                _p(
                    due,
                    self.st.cell,
                    markup=f'<font color="{RED}">{due} {self.t("overdue_mark")}</font>',
                )
                if a.overdue
                else due
            )
            rows.append([a.what, a.about, a.owner, due_cell, _Box()])
        return self.grid(
            [
                self.t("col_what"),
                self.t("col_about"),
                self.t("col_owner"),
                self.t("col_due_date"),
                self.t("col_done"),
            ],
            rows,
            [5, 3.2, 1.7, 2, 0.9],
        )


# --- small drawings and helpers ----------------------------------------------------------


OUTCOME_COLOUR = {
    "order": "#2e7d32",
    "advance": "#2e7d32",
    "continuation": "#b7791f",
    "no_sale": "#c62828",
}


def _stance_colour(stance: str) -> str:
    """The colour of a stance dot."""
    return STANCE_COLOURS.get(stance, "#8a8f94")


def _cell(text: str, style: ParagraphStyle, width: float) -> str | Paragraph:
    """A table cell: the plain text when it fits on one line of ``width`` points (the
    table draws it in the font and size its style sets), else a wrapping paragraph."""
    clean = printable(text)
    if "\n" not in clean and stringWidth(clean, style.fontName, style.fontSize) <= width:
        return clean
    return _p(text, style)


def _style(commands: Sequence[tuple[Any, ...]]) -> TableStyle:
    """A table style whose plain-text cells (empty fillers) use the embedded font."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), chinese_font().name), *commands])


def _latin(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(style.name + "-latin", parent=style, wordWrap=None)


def _rating(value: int | None, of: int) -> str:
    """``●●●○○`` for 3 of 5; empty when not rated."""
    if value is None:
        return ""
    value = max(0, min(of, value))
    return "●" * value + "○" * (of - value)


def _elapsed(today: dt.date) -> float:
    start = dt.date(today.year, 1, 1)
    end = dt.date(today.year, 12, 31)
    return ((today - start).days + 1) / ((end - start).days + 1)


def _progress(vs_target: float, elapsed: float) -> Drawing:
    """A bar of sales against the annual target with a tick where the year stands."""
    w, h = WIDTH, 10
    d = drawing(w, h + 4)
    d.add(Rect(0, 2, w, h, fillColor=colors.HexColor("#e5e7eb"), strokeColor=None))
    share = max(0.0, min(1.0, vs_target / 100))
    colour = "#2e7d32" if vs_target / 100 >= elapsed else "#b7791f"
    d.add(Rect(0, 2, w * share, h, fillColor=colors.HexColor(colour), strokeColor=None))
    d.add(Rect(w * elapsed - 0.75, 0, 1.5, h + 4, fillColor=INK, strokeColor=None))
    return d


def _steps_strip(current: int) -> Drawing:
    """Six boxes for the six sales steps, those reached filled."""
    w, h, gap = WIDTH, 6, 3
    d = drawing(w, h)
    cell = (w - 5 * gap) / 6
    for i in range(6):
        reached = i < current
        d.add(
            Rect(
                i * (cell + gap),
                0,
                cell,
                h,
                fillColor=ACCENT if reached else colors.HexColor("#e5e7eb"),
                strokeColor=None,
            )
        )
    return d


def _aging_bar(buckets: Sequence[tuple[str, Decimal]], fmt: Any) -> Table:
    """The four aging buckets as a stacked bar with the amounts beneath."""
    palette = ["#7fb77e", "#e6c35c", "#e59a4f", "#c62828"]
    total = sum((a for _, a in buckets), Decimal(0))
    font = chinese_font().name
    w, h = WIDTH, 12
    d = drawing(w, h)
    x = 0.0
    if total > 0:
        for (_, amount), colour in zip(buckets, palette, strict=False):
            part = float(amount / total) * w if amount > 0 else 0.0
            d.add(Rect(x, 0, part, h, fillColor=colors.HexColor(colour), strokeColor=None))
            x += part
    else:
        d.add(Rect(0, 0, w, h, fillColor=colors.HexColor("#e5e7eb"), strokeColor=None))
    labels = drawing(w, 12)
    cell = w / max(1, len(buckets))
    for i, ((name, amount), colour) in enumerate(zip(buckets, palette, strict=False)):
        labels.add(Rect(i * cell, 3, 6, 6, fillColor=colors.HexColor(colour), strokeColor=None))
        labels.add(
            String(
                i * cell + 9,
                3,
                fit(f"{name} {fmt(amount)}", font, 8, cell - 12),
                fontName=font,
                fontSize=8,
                fillColor=INK,
            )
        )
    table = Table([[d], [labels]], colWidths=[w], hAlign="LEFT")
    table.setStyle(
        _style([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    )
    return table


def _ruled_lines(count: int) -> Drawing:
    """Blank ruled lines for notes written by hand at the visit."""
    step = 9 * mm
    d = drawing(WIDTH, count * step)
    for i in range(count):
        y = i * step + 1
        d.add(Rect(0, y, WIDTH, 0.4, fillColor=RULE, strokeColor=None))
    return d


class _Box(Flowable):
    """An empty tick box, to mark an action done by hand."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 9, 9

    def draw(self) -> None:
        self.canv.setStrokeColor(MUTED)
        self.canv.setLineWidth(0.6)
        self.canv.rect(1, 0, 8, 8)


class _NoProfileMark(Flowable):
    """In place of the kite of a contact not profiled yet: a small dashed circle with a
    question mark (the text beside it says "not assessed yet")."""

    size = 12 * mm

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        r = self.size / 2
        c = self.canv
        c.setStrokeColor(RULE)
        c.setLineWidth(0.8)
        c.setDash(2, 2)
        c.circle(r, r, r - 1)
        c.setDash()
        c.setFillColor(MUTED)
        c.setFont(chinese_font().name, 11)
        c.drawCentredString(r, r - 4, "?")
