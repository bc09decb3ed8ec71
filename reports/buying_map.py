"""The 1+2+1 diagram of a key-account project (reportlab.graphics).

Three columns joined by plus signs, as the model reads: **1** the guide inside the customer,
**2** of the four buying roles won (a 2 × 2 grid: decision maker, gatekeeper, user,
purchaser, each with the contacts holding it and their stance), **1** the sales rep. A part
that is in place is framed green, a missing one red; each holder carries a stance dot.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from reports.fonts import chinese_font, printable
from reports.plan_model import ProjectPlan, SeatView

STANCE_COLOURS = {"support": "#2e7d32", "neutral": "#8a8f94", "oppose": "#c62828"}
GOOD = colors.HexColor("#2e7d32")
BAD = colors.HexColor("#c62828")
MUTED = colors.HexColor("#8a8f94")
INK = colors.HexColor("#1f2933")
GOOD_FILL = colors.HexColor("#e8f5e9")
BAD_FILL = colors.HexColor("#fdecea")
PLAIN_FILL = colors.HexColor("#f3f4f6")
MAX_HOLDERS = 3


@dataclass(frozen=True)
class MapTexts:
    """The words the diagram prints, in the plan's language."""

    guide: str
    rep: str
    roles_won: str  # "2 of 4 roles won", filled in
    no_guide: str
    nobody: str
    more: str  # "{count} more" template
    insiders: str
    legend: Sequence[tuple[str, str]]  # (stance code, label)


def drawing(width: float, height: float) -> Drawing:
    """An empty drawing whose text starts in the embedded Chinese font (reportlab would
    otherwise set Helvetica, a font it does not embed, at the start of every drawing)."""
    return Drawing(width, height, initialFontName=chinese_font().name)


def fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis so it is at most ``width`` points wide."""
    text = printable(" ".join(text.split()))
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


class _Pen:
    def __init__(self, d: Drawing) -> None:
        self.d = d
        self.font = chinese_font().name

    def text(self, x: float, y: float, s: str, size: float, width: float, **kw: object) -> None:
        colour = kw.pop("color", INK)
        anchor = kw.pop("anchor", "start")
        self.d.add(
            String(
                x,
                y,
                fit(s, self.font, size, width),
                fontName=self.font,
                fontSize=size,
                fillColor=colour,
                textAnchor=anchor,
            )
        )

    def box(self, x: float, y: float, w: float, h: float, ok: bool | None) -> None:
        stroke = GOOD if ok else (BAD if ok is False else MUTED)
        fill = GOOD_FILL if ok else (BAD_FILL if ok is False else PLAIN_FILL)
        self.d.add(
            Rect(x, y, w, h, rx=4, ry=4, fillColor=fill, strokeColor=stroke, strokeWidth=1.1)
        )

    def numeral(self, x: float, y: float, s: str, ok: bool) -> None:
        self.d.add(Circle(x, y, 9, fillColor=GOOD if ok else BAD, strokeColor=None))
        self.d.add(
            String(
                x,
                y - 4.5,
                s,
                fontName=self.font,
                fontSize=12,
                fillColor=colors.white,
                textAnchor="middle",
            )
        )

    def holder(self, x: float, y: float, seat: SeatView, width: float, size: float = 7.5) -> None:
        self.d.add(
            Circle(
                x + 3,
                y + 2.6,
                2.6,
                fillColor=colors.HexColor(STANCE_COLOURS.get(seat.stance, "#8a8f94")),
                strokeColor=None,
            )
        )
        label = seat.name
        extra = " · ".join(p for p in (seat.title, seat.badge) if p)
        self.text(x + 9, y, label, size, width - 9)
        if extra:
            used = stringWidth(fit(label, self.font, size, width - 9), self.font, size)
            room = width - 9 - used - 4
            if room > 24:
                self.text(x + 9 + used + 4, y, extra, size - 1, room, color=MUTED)


def buying_map(project: ProjectPlan, texts: MapTexts, width: float) -> Drawing:
    """The 1+2+1 diagram of ``project``, ``width`` points wide."""
    height = 182.0
    bottom = 16.0  # the stance legend runs beneath the boxes
    d = drawing(width, height)
    pen = _Pen(d)
    side = min(120.0, width * 0.22)
    plus = 16.0
    middle = width - 2 * side - 2 * plus
    top = height - 22  # below the numerals' row
    box_h = top - bottom

    # 1 — the guide (and the insiders, who do not count)
    pen.numeral(side / 2, height - 10, "1", project.has_guide)
    pen.text(side / 2 + 13, height - 14, texts.guide, 8.5, side / 2 - 13)
    pen.box(0, bottom, side, box_h, project.has_guide)
    y = top - 14
    if project.guides:
        for seat in project.guides[:MAX_HOLDERS]:
            pen.holder(5, y, seat, side - 10)
            y -= 12
    else:
        pen.text(side / 2, y, texts.no_guide, 8, side - 10, color=BAD, anchor="middle")
        y -= 12
    if project.insiders:
        y -= 4
        pen.text(5, y, texts.insiders, 7, side - 10, color=MUTED)
        y -= 11
        for seat in project.insiders[: max(1, int((y - bottom - 4) // 11))]:
            pen.holder(5, y, seat, side - 10, size=7)
            y -= 11

    # + 2 of 4 roles
    x0 = side + plus
    _plus(pen, side + plus / 2, bottom + box_h / 2)
    won_ok = project.roles_won >= project.roles_needed
    pen.numeral(x0 + 10, height - 10, "2", won_ok)
    pen.text(x0 + 23, height - 14, texts.roles_won, 8.5, middle - 30)
    gap = 5.0
    cell_w = (middle - gap) / 2
    cell_h = (box_h - gap) / 2
    for i, slot in enumerate(project.roles):
        col, row = i % 2, i // 2
        cx = x0 + col * (cell_w + gap)
        cy = bottom + (1 - row) * (cell_h + gap)
        ok: bool | None = True if slot.won else (False if not slot.seats else None)
        pen.box(cx, cy, cell_w, cell_h, ok)
        yy = cy + cell_h - 12
        for line in _label_lines(slot.label, pen.font, cell_w - 12):
            pen.text(cx + 6, yy, line, 8.5, cell_w - 12)
            yy -= 10
        yy -= 3
        if not slot.seats:
            pen.text(cx + 6, yy, texts.nobody, 7.5, cell_w - 12, color=BAD)
        shown = slot.seats[:MAX_HOLDERS] if len(slot.seats) <= MAX_HOLDERS else slot.seats[:2]
        for seat in shown:
            pen.holder(cx + 6, yy, seat, cell_w - 12)
            yy -= 11
        if len(slot.seats) > len(shown):
            more = texts.more.format(count=len(slot.seats) - len(shown))
            pen.text(cx + 15, yy, more, 7, cell_w - 21, color=MUTED)

    # + 1 — the rep
    xr = width - side
    _plus(pen, xr - plus / 2, bottom + box_h / 2)
    pen.numeral(xr + side / 2, height - 10, "1", project.has_rep)
    pen.text(xr + side / 2 + 13, height - 14, texts.rep, 8.5, side / 2 - 13)
    pen.box(xr, bottom, side, box_h, project.has_rep)
    pen.text(
        xr + side / 2, top - 14, project.owner or texts.nobody, 8.5, side - 10, anchor="middle"
    )

    # the stance legend beneath the diagram, flush right
    x = width
    for code, name in reversed(texts.legend):
        label = fit(name, pen.font, 7, side)
        x -= stringWidth(label, pen.font, 7)
        pen.text(x, 2, label, 7, side, color=MUTED)
        d.add(
            Circle(
                x - 5,
                4.6,
                2.6,
                fillColor=colors.HexColor(STANCE_COLOURS[code]),
                strokeColor=None,
            )
        )
        x -= 16
    return d


def _label_lines(label: str, font: str, width: float) -> list[str]:
    """A role's name on one line, or on two split at the space nearest the middle."""
    if stringWidth(label, font, 8.5) <= width or " " not in label:
        return [label]
    spaces = [i for i, ch in enumerate(label) if ch == " "]
    cut = min(spaces, key=lambda i: abs(i - len(label) / 2))
    return [label[:cut], label[cut + 1 :]]


def _plus(pen: _Pen, x: float, y: float) -> None:
    for x1, y1, x2, y2 in ((x - 5, y, x + 5, y), (x, y - 5, x, y + 5)):
        pen.d.add(Line(x1, y1, x2, y2, strokeColor=MUTED, strokeWidth=1.6))
