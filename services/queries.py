"""Read-only use cases behind the workstation's views: plain rows, never ORM objects.

Each function takes a :class:`~storage.uow.UnitOfWork` (opened by the op runner in a worker
thread) and returns frozen dataclasses the GUI thread can hold safely.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from domain.search import has_chinese, pinyin_keys
from storage.models import Account, Activity, Contact, PinyinCache, Rep, SyncState
from storage.uow import UnitOfWork


@dataclass(frozen=True)
class AccountRow:
    """One line of the account list."""

    id: str
    name: str
    short_name: str | None
    channel_type: str
    cooperation_mode: str | None
    level: str | None
    is_key_account: bool
    lifecycle_stage: str | None
    tags: tuple[str, ...]
    region: str | None
    province: str | None
    city: str | None
    phone: str | None
    owner_rep_id: str | None
    owner_name: str | None
    credit_limit: Decimal | None
    contact_count: int
    last_activity: dt.datetime | None
    updated_at: dt.datetime


def account_rows(uow: UnitOfWork) -> list[AccountRow]:
    """Every live account with the figures the list shows, ordered by name."""
    s = uow.session
    contacts = dict(
        s.execute(
            select(Contact.account_id, func.count())
            .where(Contact.deleted.is_(False))
            .group_by(Contact.account_id)
        ).all()
    )
    last = dict(
        s.execute(
            select(Activity.account_id, func.max(Activity.occurred_at))
            .where(Activity.deleted.is_(False))
            .group_by(Activity.account_id)
        ).all()
    )
    reps = dict(s.execute(select(Rep.id, Rep.display_name)).all())
    rows = []
    for a in s.scalars(select(Account).where(Account.deleted.is_(False)).order_by(Account.name)):
        rows.append(
            AccountRow(
                id=a.id,
                name=a.name,
                short_name=a.short_name,
                channel_type=a.channel_type,
                cooperation_mode=a.cooperation_mode,
                level=a.level,
                is_key_account=bool(a.is_key_account),
                lifecycle_stage=a.lifecycle_stage,
                tags=tuple(a.tags or ()),
                region=a.region,
                province=a.province,
                city=a.city,
                phone=a.phone,
                owner_rep_id=a.owner_rep_id,
                owner_name=reps.get(a.owner_rep_id) if a.owner_rep_id else None,
                credit_limit=a.credit_limit,
                contact_count=contacts.get(a.id, 0),
                last_activity=last.get(a.id),
                updated_at=a.updated_at,
            )
        )
    return rows


def search_texts(uow: UnitOfWork) -> dict[str, list[str]]:
    """Per account id, the texts search looks at: its own and its contacts' names and ids."""
    s = uow.session
    texts: dict[str, list[str]] = {}
    for row in s.execute(
        select(Account.id, Account.name, Account.short_name, Account.phone, Account.wechat).where(
            Account.deleted.is_(False)
        )
    ):
        texts[row[0]] = [t for t in row[1:] if t]
    for crow in s.execute(
        select(Contact.account_id, Contact.name, Contact.phone, Contact.wechat).where(
            Contact.deleted.is_(False)
        )
    ):
        if crow[0] in texts:
            texts[crow[0]].extend(t for t in crow[1:] if t)
    return texts


def cached_pinyin(uow: UnitOfWork) -> dict[str, tuple[str, str]]:
    """Every cached pinyin form, by text."""
    return {
        text: (full, initials)
        for text, full, initials in uow.session.execute(
            select(PinyinCache.text, PinyinCache.full, PinyinCache.initials)
        )
    }


def fill_pinyin_cache(uow: UnitOfWork, texts: list[str]) -> dict[str, tuple[str, str]]:
    """Compute, store and return the pinyin of the Chinese ``texts`` not cached yet."""
    known = (
        set(uow.session.scalars(select(PinyinCache.text).where(PinyinCache.text.in_(texts))))
        if len(texts) < 500
        else set(cached_pinyin(uow))
    )
    new = {t: pinyin_keys(t) for t in set(texts) - known if has_chinese(t) and len(t) <= 300}
    uow.session.add_all(PinyinCache(text=t, full=f, initials=i) for t, (f, i) in new.items())
    uow.commit()
    return new


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar and the Sync page show about sync."""

    pending: int
    last_sync: dt.datetime | None
    server: str | None
    login: str | None = None
    allow_insecure: bool = False
    conflicts: int = 0  # open conflicts
    rejected: int = 0  # changes the server refused, kept locally
    last_round: dict[str, Any] | None = None  # pushed, pulled, conflicts, rejected, at, …


def sync_status(uow: UnitOfWork) -> SyncStatus:
    """Changes waiting, open conflicts, refused changes, the last sync and the server.

    The status bar asks at start-up and after every write, so this stays cheap: waiting and
    refused changes are counted in one pass over ``pending_changes``' covering index (the
    waiting ones as :func:`storage.changes.pending_count` counts them).
    """
    state: dict[str, Any] = dict(uow.session.execute(select(SyncState.key, SyncState.value)).all())
    last = state.get("last_sync")
    conn = uow.session.connection()
    conflicts = conn.exec_driver_sql("SELECT COUNT(*) FROM conflicts WHERE NOT resolved")
    pending, rejected = conn.exec_driver_sql(
        "SELECT COUNT(*) FILTER (WHERE state IN ('pending', 'sending')),"
        " COUNT(*) FILTER (WHERE state = 'rejected') FROM pending_changes"
    ).one()
    last_round = state.get("last_round")
    return SyncStatus(
        pending=int(pending),
        last_sync=dt.datetime.fromisoformat(last) if last else None,
        server=state.get("server_url"),
        login=state.get("login"),
        allow_insecure=bool(state.get("allow_insecure")),
        conflicts=int(conflicts.scalar_one()),
        rejected=int(rejected),
        last_round=last_round if isinstance(last_round, dict) else None,
    )
