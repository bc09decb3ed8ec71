"""The project board's lists: the account's contacts (drag sources) and one list of contact
cards per role (drop targets), and the delegate that paints a card.

A contact is dragged as its id under :data:`CONTACT_MIME`; a role list that receives one
emits ``contact_dropped(role, contact_id)`` and changes nothing itself: the board writes the
role row through the undo stack and reloads. Tests drop by calling
:meth:`SeatListModel.dropMimeData` with :meth:`ContactListModel.mimeData`, as a view would.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from domain.tracker import Seat
from domain.vocabulary import OrgLevel, Stance
from ui.models import ObjectRole, code_label
from ui.profiling.chart import badge_size, paint_badge

Index = QModelIndex | QPersistentModelIndex
CONTACT_MIME = "application/x-repdesk-contact-ids"
STANCE_COLOURS: dict[str, QColor] = {
    Stance.SUPPORT.value: QColor("#2e7d32"),
    Stance.NEUTRAL.value: QColor("#8a8a8a"),
    Stance.OPPOSE.value: QColor("#c62828"),
}
INSIDER_COLOUR = QColor("#6d4c41")


def contact_mime(contact_ids: Sequence[str]) -> QMimeData:
    """Mime data carrying ``contact_ids`` (what a drag from the contact list holds)."""
    data = QMimeData()
    data.setData(CONTACT_MIME, "\n".join(contact_ids).encode())
    return data


def contact_ids_of(data: QMimeData) -> list[str]:
    """The contact ids a drop carries (none when it carries no contacts)."""
    if not data.hasFormat(CONTACT_MIME):
        return []
    return [i for i in bytes(data.data(CONTACT_MIME).data()).decode().split("\n") if i]


def rating(value: int | None, top: int = 5) -> str:
    """A 0–5 rating as filled and empty dots: ``●●●○○`` (``–`` when unknown)."""
    if value is None:
        return "–"
    value = max(0, min(top, value))
    return "●" * value + "○" * (top - value)


class ContactListModel(QAbstractListModel):
    """The account's contacts, to drag onto a role column."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.contacts: list[dict[str, Any]] = []

    def set_contacts(self, contacts: Sequence[dict[str, Any]]) -> None:
        """Show ``contacts`` (dicts with id, name, title, org_level …)."""
        self.beginResetModel()
        self.contacts = list(contacts)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.contacts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        contact = self.contacts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            extra = [contact.get("title"), code_label(OrgLevel, contact.get("org_level"))]
            details = " · ".join(str(x) for x in extra if x)
            return f"{contact['name']}  ({details})" if details else str(contact["name"])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Drag onto a role, or press Enter to choose the role")
        if role == ObjectRole:
            return contact
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        return [CONTACT_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # type: ignore[override]  # noqa: N802
        ids = list(dict.fromkeys(self.contacts[i.row()]["id"] for i in indexes if i.isValid()))
        return contact_mime(ids)

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802 - Qt API
        return Qt.DropAction.CopyAction


class SeatListModel(QAbstractListModel):
    """The contacts holding one role on the project, as cards; contacts can be dropped on it."""

    contact_dropped = Signal(str, str)  # role, contact id

    def __init__(self, roles: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: The roles this list shows; a drop assigns the first one.
        self.roles = tuple(roles)
        self.seats: list[Seat] = []
        self.badges: Mapping[str, str] = {}

    @property
    def role(self) -> str:
        """The role a contact dropped here gets."""
        return self.roles[0]

    def set_seats(self, seats: Sequence[Seat], badges: Mapping[str, str]) -> None:
        """Show the seats of this list's roles (guides before insiders)."""
        self.beginResetModel()
        order = {r: i for i, r in enumerate(self.roles)}
        self.seats = sorted(
            (s for s in seats if s.role in order), key=lambda s: (order[s.role], s.contact_name)
        )
        self.badges = badges
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.seats)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        seat = self.seats[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return seat.contact_name
        if role == ObjectRole:
            return seat
        if role == Qt.ItemDataRole.ToolTipRole:
            return seat_summary(seat)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{seat.contact_name}: {seat_summary(seat)}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base if index.isValid() else base | Qt.ItemFlag.ItemIsDropEnabled

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        return [CONTACT_MIME]

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt API
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def canDropMimeData(  # noqa: N802 - Qt API
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return bool(contact_ids_of(data))

    def dropMimeData(  # noqa: N802 - Qt API
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Ask for the dropped contacts to get this list's role (the board writes it)."""
        ids = contact_ids_of(data)
        held = {s.contact_id for s in self.seats if s.role == self.role}
        for contact_id in ids:
            if contact_id not in held:
                self.contact_dropped.emit(self.role, contact_id)
        return bool(ids)


def seat_ratings(seat: Seat) -> str:
    """Influence and relationship in short words: ``Infl. 4/5 · Rel. 2/5``."""
    from PySide6.QtCore import QCoreApplication

    def out_of_five(value: int | None) -> str:
        return "–" if value is None else f"{value}/5"

    influence = QCoreApplication.translate("SeatCard", "Infl. %1")
    relationship = QCoreApplication.translate("SeatCard", "Rel. %1")
    return (
        influence.replace("%1", out_of_five(seat.influence))
        + " · "
        + relationship.replace("%1", out_of_five(seat.relationship))
    )


def seat_summary(seat: Seat) -> str:
    """A seat's standing in words: stance, influence, relationship, org level."""
    from PySide6.QtCore import QCoreApplication

    influence = QCoreApplication.translate("SeatCard", "Influence %1")
    relationship = QCoreApplication.translate("SeatCard", "Relationship %1")
    parts = [
        code_label(Stance, seat.stance or Stance.NEUTRAL.value),
        influence.replace("%1", rating(seat.influence)),
        relationship.replace("%1", rating(seat.relationship)),
    ]
    if seat.org_level:
        parts.append(code_label(OrgLevel, seat.org_level))
    return " · ".join(parts)


class SeatCardDelegate(QStyledItemDelegate):
    """Paints a seat as a card: a stance-coloured edge, the name (and the whole-brain badge in
    its quadrants' colours), title and org level, then stance in words with influence and
    relationship dots."""

    PAD = 6

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        metrics = QFontMetrics(option.font)  # type: ignore[attr-defined]
        return QSize(120, metrics.height() * 4 + self.PAD * 2 + 10)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        seat: Seat | None = index.data(ObjectRole)
        if seat is None:
            return
        model = index.model()
        badges: Mapping[str, str] = getattr(model, "badges", {})
        rect: QRect = option.rect.adjusted(2, 2, -2, -2)  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette = option.palette  # type: ignore[attr-defined]
        insider = seat.role == "insider"
        colour = INSIDER_COLOUR if insider else STANCE_COLOURS.get(seat.stance, QColor("#8a8a8a"))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(palette.highlight().color() if selected else QColor("#c8c8c8"), 1.5))
        painter.setBrush(palette.base())
        painter.drawRoundedRect(rect, 5, 5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRect(rect.left(), rect.top(), 6, rect.height()), 3, 3)
        text_rect = rect.adjusted(self.PAD + 8, self.PAD, -self.PAD, -self.PAD)
        line = QFontMetrics(option.font).height()  # type: ignore[attr-defined]
        bold = QFont(option.font)  # type: ignore[attr-defined]
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.text().color())
        badge = badges.get(seat.contact_id, "")
        first = QRect(text_rect.left(), text_rect.top(), text_rect.width(), line)
        if badge:  # each letter in its quadrant's colour, framed (the profiles' badge)
            size = badge_size(badge, option.font)  # type: ignore[attr-defined]
            paint_badge(
                painter,
                QRect(first.right() - size.width() + 1, first.top(), size.width(), line),
                badge,
                option.font,  # type: ignore[attr-defined]
            )
            painter.setFont(bold)
            painter.setPen(palette.text().color())
            first.setRight(first.right() - size.width() - 6)
        name = QFontMetrics(bold).elidedText(
            seat.contact_name, Qt.TextElideMode.ElideRight, first.width()
        )
        painter.drawText(first, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
        painter.setFont(option.font)  # type: ignore[attr-defined]
        metrics = QFontMetrics(option.font)  # type: ignore[attr-defined]
        second = first.translated(0, line + 2)
        second.setWidth(text_rect.width())
        details = " · ".join(
            x for x in (seat.title or "", code_label(OrgLevel, seat.org_level)) if x
        )
        painter.setPen(QColor("#666666"))
        painter.drawText(
            second,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(details, Qt.TextElideMode.ElideRight, second.width()),
        )
        third = second.translated(0, line + 2)
        if insider:
            from PySide6.QtCore import QCoreApplication

            stance = QCoreApplication.translate("SeatCard", "Insider — not a guide")
        else:
            stance = code_label(Stance, seat.stance or Stance.NEUTRAL.value)
        painter.setPen(colour)
        painter.setFont(bold)
        painter.drawText(third, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, stance)
        painter.setFont(option.font)  # type: ignore[attr-defined]
        painter.setPen(QColor("#555555"))
        fourth = third.translated(0, line + 2)
        dots = seat_ratings(seat)
        painter.drawText(
            fourth,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(dots, Qt.TextElideMode.ElideRight, fourth.width()),
        )
        painter.restore()
