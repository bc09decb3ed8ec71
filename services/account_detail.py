"""Reading one account with everything its editor shows: fields, contacts, activities.

Each function takes a :class:`~storage.uow.UnitOfWork` (opened by the op runner in a worker
thread) and returns frozen dataclasses of typed values the GUI thread can hold safely; no
ORM object leaves the session.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from domain.records import spec
from storage.models import Account, Activity, Contact, Rep, Synced
from storage.uow import UnitOfWork


@dataclass(frozen=True)
class Row:
    """One record as typed business-field values, with names for the ids it refers to.

    ``values`` holds every field of the table's spec (``domain.records``) by name;
    ``names`` maps a reference field (``owner_rep_id``, ``contact_ids``) to the display
    text of what it points at, so lists need no second look-up.
    """

    id: str
    values: dict[str, Any]
    names: dict[str, str] = field(default_factory=dict)

    def get(self, name: str) -> Any:
        """The value of field ``name`` (None when the table has no such field)."""
        return self.values.get(name)


@dataclass(frozen=True)
class Choice:
    """An item of a pick list: the id stored, the text shown."""

    id: str
    text: str


@dataclass(frozen=True)
class AccountDetail:
    """An account with its live contacts (by name) and activities (newest first)."""

    account: Row
    contacts: tuple[Row, ...]
    activities: tuple[Row, ...]
    reps: tuple[Choice, ...]

    def contact_choices(self) -> tuple[Choice, ...]:
        """The account's contacts as pick-list items (for an activity's contacts)."""
        return tuple(Choice(c.id, _contact_text(c)) for c in self.contacts)


def values_of(obj: Synced, table: str) -> dict[str, Any]:
    """Every field of ``table``'s spec (``domain.records``) read from the ORM object ``obj``,
    by name; tags and id lists as fresh lists."""
    out: dict[str, Any] = {}
    for name, f in spec(table).items():
        value = getattr(obj, name)
        if f.kind in ("tags", "id_list"):
            value = list(value or [])
        out[name] = value
    return out


def _contact_text(row: Row) -> str:
    title = row.get("title")
    return f"{row.get('name')} ({title})" if title else str(row.get("name"))


def rep_choices(uow: UnitOfWork) -> tuple[Choice, ...]:
    """Every live rep as a pick-list item, by display name (an account's owner)."""
    reps = uow.session.scalars(select(Rep).where(Rep.deleted.is_(False)).order_by(Rep.display_name))
    return tuple(Choice(r.id, r.display_name) for r in reps)


def account_detail(uow: UnitOfWork, account_id: str) -> AccountDetail:
    """The live account ``account_id`` with its contacts and activities.

    Raises :class:`~storage.uow.NotFound` when the account does not exist or was deleted.
    """
    account = uow.get(Account, account_id)
    reps = rep_choices(uow)
    rep_names = {r.id: r.text for r in reps}
    account_row = Row(
        account.id,
        values_of(account, "accounts"),
        _names({"owner_rep_id": account.owner_rep_id}, rep_names),
    )
    contact_rows = tuple(
        Row(c.id, values_of(c, "contacts"))
        for c in uow.session.scalars(
            select(Contact)
            .where(Contact.account_id == account_id, Contact.deleted.is_(False))
            .order_by(Contact.name)
        )
    )
    contact_names = {c.id: str(c.get("name")) for c in contact_rows}
    activity_rows = tuple(
        Row(
            a.id,
            values_of(a, "activities"),
            _names({"contact_ids": a.contact_ids, "rep_id": a.rep_id}, contact_names | rep_names),
        )
        for a in uow.session.scalars(
            select(Activity)
            .where(Activity.account_id == account_id, Activity.deleted.is_(False))
            .order_by(Activity.occurred_at.desc(), Activity.created_at.desc())
        )
    )
    return AccountDetail(account_row, contact_rows, activity_rows, reps)


def _names(refs: dict[str, Any], names: dict[str, str]) -> dict[str, str]:
    """Display text of each reference in ``refs`` (an id or a list of ids) found in ``names``."""
    out: dict[str, str] = {}
    for name, value in refs.items():
        ids = value if isinstance(value, list) else [value] if value else []
        found = [names[i] for i in ids if i in names]
        if found:
            out[name] = ", ".join(found)
    return out
