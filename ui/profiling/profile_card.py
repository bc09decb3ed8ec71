"""The profile card of one buyer: what :func:`services.profiling.profile_card` returns, shown.

At the top the buyer's name, what the profile is (an estimate, its date, the rep's
confidence) and the kite chart beside the preference code, the dominance type, its reading
and the left/right and upper/lower shares. Below, in two columns: traits, how to
communicate, what to put in the proposal and what to leave out, the walk-around checklist
(the buyer's own quadrants marked), the political style with its advice, and — when the rep
has profiled himself — where his style and the buyer's differ most and what to do.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from services.profiling import ClashView, Item, ProfileCard
from ui import formatting
from ui.i18n import current_language
from ui.labels import bold
from ui.profiling.chart import BadgeLabel, KiteChart
from ui.profiling.pick_dialog import CAUTION_COLOUR, wrapping_label
from ui.profiling.quadrants import colour, names

SECTIONS = (
    "traits",
    "communication",
    "proposal_do",
    "proposal_dont",
    "checklist",
    "political",
    "clash",
)


def bullets(items: Iterable[str], *, empty: str = "") -> str:
    """Rich text of ``items`` as a bulleted list (``empty`` when there are none)."""
    rows = [f"<li>{html.escape(t)}</li>" for t in items]
    if not rows:
        return html.escape(empty)
    return "<ul style='margin-left:-24px; margin-top:0px'>" + "".join(rows) + "</ul>"


def tagged(items: Iterable[Item]) -> list[str]:
    """``items`` prefixed with their quadrant letter in brackets when they have one."""
    return [f"[{i.quadrant}] {i.text}" if i.quadrant else i.text for i in items]


class ProfileCardView(QWidget):
    """Shows one :class:`~services.profiling.ProfileCard` (None: nothing chosen)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card: ProfileCard | None = None
        self.heading = bold(QLabel(), 1.35)
        self.heading.setObjectName("card_heading")
        self.status = wrapping_label(muted=True)
        self.status.setObjectName("card_status")
        self.badge = BadgeLabel()
        self.chart = KiteChart()
        self.chart.setMinimumSize(240, 250)
        self.code = bold(QLabel(), 1.6)
        self.code.setObjectName("card_code")
        self.dominance = bold(wrapping_label())
        self.caution = wrapping_label()
        self.caution.setObjectName("card_caution")
        self.caution.setStyleSheet(f"color: {CAUTION_COLOUR}; font-weight: bold;")
        self.caution.hide()
        self.reading = wrapping_label()
        self.shares = wrapping_label(muted=True)
        self.scores = wrapping_label()
        self.scores.setTextFormat(Qt.TextFormat.RichText)

        head = QHBoxLayout()
        head.addWidget(self.heading)
        head.addWidget(self.badge)
        head.addStretch(1)
        summary = QVBoxLayout()
        summary.addWidget(self.code)
        summary.addWidget(self.dominance)
        summary.addWidget(self.caution)
        summary.addWidget(self.reading)
        summary.addWidget(self.scores)
        summary.addWidget(self.shares)
        summary.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.chart, 5)
        top.addLayout(summary, 6)

        self.boxes: dict[str, QGroupBox] = {}
        self.texts: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        places = {
            "clash": (0, 0, 1, 2),
            "traits": (1, 0, 1, 1),
            "communication": (1, 1, 1, 1),
            "proposal_do": (2, 0, 1, 1),
            "proposal_dont": (2, 1, 1, 1),
            "checklist": (3, 0, 1, 1),
            "political": (3, 1, 1, 1),
        }
        for key in SECTIONS:
            box = QGroupBox()
            box.setObjectName(f"section_{key}")
            text = wrapping_label()
            text.setObjectName(f"text_{key}")
            text.setTextFormat(Qt.TextFormat.RichText)
            text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            QVBoxLayout(box).addWidget(text)
            self.boxes[key] = box
            self.texts[key] = text
            grid.addWidget(box, *places[key])
        self.caveats = wrapping_label(muted=True)
        self.caveats.setObjectName("card_caveats")
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.status)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(line)
        layout.addWidget(self.caveats)
        layout.addStretch(1)
        self.set_card(None)

    # --- showing -------------------------------------------------------------------------------

    def set_card(self, card: ProfileCard | None) -> None:
        """Show ``card`` (None: an empty card asking to choose a contact)."""
        self.card = card
        self.retranslate()

    def section_text(self, key: str) -> str:
        """The plain text shown in section ``key`` (for tests and accessibility)."""
        label = self.texts[key]
        from PySide6.QtGui import QTextDocument

        doc = QTextDocument()
        doc.setHtml(label.text())
        return doc.toPlainText()

    def retranslate(self) -> None:
        """Every text in the current language (the card's own texts come in the language
        it was loaded in; the page reloads it on a language change)."""
        lang = current_language()
        titles = {
            "traits": self.tr("What he is like"),
            "communication": self.tr("How to communicate with him"),
            "proposal_do": self.tr("Put in the proposal"),
            "proposal_dont": self.tr("Leave out of the proposal"),
            "checklist": self.tr("Walk-around checklist"),
            "political": self.tr("Political style"),
            "clash": self.tr("You and this buyer"),
        }
        for key, title in titles.items():
            self.boxes[key].setTitle(title)
        card = self.card
        if card is None:
            self.heading.setText(self.tr("No contact chosen"))
            self.status.setText(self.tr("Choose a contact to see his profile card."))
            self.badge.set_badge(None)
            self.chart.set_profile(None, names(lang))
            for w in (self.code, self.dominance, self.reading, self.shares, self.scores):
                w.setText("")
            self._show_caution(None)
            for key in SECTIONS:
                self.texts[key].setText("")
            self.caveats.setText("")
            return
        heading = card.contact_name
        if card.contact_title:
            heading += f" · {card.contact_title}"
        self.heading.setText(heading)
        self.badge.set_badge(card.score.badge if card.score else None)
        self.status.setText(self._status_text(card))
        self._show_scores(card, lang)
        self._show_sections(card)
        self.caveats.setText("  ".join(card.caveats))

    def _status_text(self, card: ProfileCard) -> str:
        a = card.assessment
        if a is None:
            return self.tr("%1 — use “Profile this buyer…” after your next meeting.").replace(
                "%1", card.status
            )
        parts = [card.status, formatting.date(a.assessed_on)]
        if a.confidence is not None:
            parts.append(self.tr("confidence %1 of 5").replace("%1", str(a.confidence)))
        if a.rep_name:
            parts.append(self.tr("by %1").replace("%1", a.rep_name))
        parts.append(self.tr("%n assessment(s) in history", "", card.history_count))
        text = " · ".join(parts)
        if a.note:
            text += "\n" + self.tr("Note: %1").replace("%1", a.note)
        return text

    def _show_caution(self, text: str | None) -> None:
        self.caution.setText(text or "")
        self.caution.setVisible(bool(text))

    def _show_scores(self, card: ProfileCard, lang: str) -> None:
        score = card.score
        self._show_caution(score.tentative if score else None)
        overlay_label = self.tr("You (%1)").replace("%1", card.rep_badge or "")
        self.chart.set_profile(
            {q.quadrant: q.score for q in score.quadrants} if score else None,
            names(lang),
            overlay=card.rep_scores if score else None,
            overlay_label=overlay_label,
        )
        if score is None:
            self.code.setText("–")
            self.dominance.setText(self.tr("Not profiled yet"))
            self.reading.setText(
                self.tr(
                    "Tick what you observe of him — the words he uses, what he asks for, his "
                    "office, how he decides — and the card fills in with advice."
                )
            )
            self.scores.setText("")
            self.shares.setText("")
            return
        self.code.setText(score.code_text)
        kind = score.dominance_label
        if score.family_label:
            kind += f" — {score.family_label}"
        self.dominance.setText(kind)
        self.reading.setText(score.reading)
        rows = []
        for q in score.quadrants:
            hex_colour = colour(q.quadrant).darker(130).name()
            weight = "bold" if q.code == 1 else "normal"
            rows.append(
                f"<tr><td style='color:{hex_colour}; font-weight:{weight}; padding-right:10px'>"
                f"{html.escape(q.name)}</td><td align='right' style='padding-right:10px'>"
                f"<b>{q.score}</b></td><td>{html.escape(q.code_label)}</td></tr>"
            )
        self.scores.setText("<table>" + "".join(rows) + "</table>")
        left, right, upper, lower = score.mode_labels
        self.shares.setText(
            f"{left} {score.left}% · {right} {100 - score.left}%\n"
            f"{upper} {score.upper}% · {lower} {100 - score.upper}%"
        )

    def _show_sections(self, card: ProfileCard) -> None:
        none_yet = self.tr("Profile him first.")
        self.texts["traits"].setText(bullets(tagged(card.traits), empty=none_yet))
        self.texts["communication"].setText(bullets(tagged(card.communication), empty=none_yet))
        self.texts["proposal_do"].setText(bullets(tagged(card.proposal_do), empty=none_yet))
        self.texts["proposal_dont"].setText(bullets(tagged(card.proposal_dont), empty=none_yet))
        self.texts["checklist"].setText(self._checklist_html(card))
        self.texts["political"].setText(self._political_html(card))
        self.texts["clash"].setText(self._clash_html(card))

    def _checklist_html(self, card: ProfileCard) -> str:
        parts = []
        for group in card.checklist:
            hex_colour = colour(group.quadrant).darker(130).name()
            mark = " ★ " + html.escape(self.tr("his quadrant")) if group.needed else ""
            weight = "bold" if group.needed else "normal"
            parts.append(
                f"<div style='color:{hex_colour}; font-weight:{weight}'>"
                f"{html.escape(group.title)}{mark}</div>" + bullets(i.text for i in group.items)
            )
        return "".join(parts)

    def _political_html(self, card: ProfileCard) -> str:
        p = card.political
        if p is None:
            return html.escape(
                card.political_status
                + " — "
                + self.tr("answer the two questions under “Political style…”.")
            )
        out = (
            f"<b>{html.escape(p.label)}</b> — {html.escape(p.reading)}; "
            f"{html.escape(p.carrying)}<br>{html.escape(p.nature)}"
            f"<p><i>{html.escape(self.tr('Sounds like'))}</i></p>"
            + bullets(i.text for i in p.sounds_like)
            + f"<p><i>{html.escape(self.tr('In a negotiation'))}</i></p>"
            + bullets(i.text for i in p.advice)
            + f"<p style='color:gray'>{html.escape(p.caveat)}</p>"
        )
        return out

    def _clash_html(self, card: ProfileCard) -> str:
        if card.rep_badge is None:
            return html.escape(
                self.tr(
                    "Fill in your own profile (“My profile…”) to see where your style and "
                    "this buyer's differ most, and what to do differently."
                )
            )
        if card.score is None:
            return html.escape(
                self.tr("Your profile: %1. Profile this buyer to compare.").replace(
                    "%1", card.rep_badge
                )
            )
        if not card.clashes:
            return self._widest_html(card)
        return "".join(self._clash_row(c) for c in card.clashes)

    def _widest_html(self, card: ProfileCard) -> str:
        """No opposite quadrants and no blind spot: name where the two differ most."""
        w = card.widest
        if w is None or w.difference == 0:
            return html.escape(
                self.tr(
                    "Your profile (%1) and this buyer's match closely. Still check the "
                    "proposal against the checklist."
                ).replace("%1", card.rep_badge or "")
            )
        title = (
            self.tr("You differ most in %1: he scores %2, you %3")
            .replace("%1", w.name)
            .replace("%2", str(w.buyer_score))
            .replace("%3", str(w.rep_score))
        )
        if w.advice is not None:
            what = self.tr("He leans on it more than you do:") + " " + w.advice.text
        else:
            what = self.tr(
                "You lean on it more than he does: keep that part of your pitch short and "
                "lead with what he leads in."
            )
        gap = self.tr("(%1 points apart)").replace("%1", str(abs(w.difference)))
        return (
            f"<p><b>{html.escape(title)}</b> <span style='color:gray'>{html.escape(gap)}</span>"
            f"<br>{html.escape(what)}</p><p style='color:gray'>"
            + html.escape(self.tr("Still check the proposal against the checklist."))
            + "</p>"
        )

    def _clash_row(self, clash: ClashView) -> str:
        lang_names = names(current_language())
        buyer = lang_names.get(clash.buyer_quadrant, clash.buyer_quadrant)
        if clash.kind == "opposite" and clash.rep_quadrant:
            mine = lang_names.get(clash.rep_quadrant, clash.rep_quadrant)
            title = self.tr("Opposite quadrants: you lead in %1, he leads in %2").replace(
                "%1", mine
            )
            title = title.replace("%2", buyer)
        else:
            title = self.tr("He leads in %1, which you rarely use").replace("%1", buyer)
        gap = self.tr("(%1 points apart)").replace("%1", str(clash.difference))
        return (
            f"<p><b>{html.escape(title)}</b> <span style='color:gray'>{html.escape(gap)}</span>"
            f"<br>{html.escape(clash.advice.text)}</p>"
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
