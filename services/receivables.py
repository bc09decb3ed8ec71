"""Receivables: who owes what and since when, per account and across the portfolio.

Set-based: a handful of grouped SQL queries over invoices and payments (amounts stay in
cents inside SQLite), then the pure rules of :mod:`domain.receivables` per account. The
definitions (balance, FIFO credits, aging by issue date, DSO, slowing collection) are in
that module and in ``docs/channel.md``.

Every function takes a :class:`~storage.uow.UnitOfWork` and an explicit ``as_of`` day,
and returns frozen dataclasses the GUI thread can hold.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Mapping, Set
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select, text

from domain.channel_settings import ChannelSettings
from domain.channel_texts import Reason
from domain.late_payment import (
    cost_of_delay,
    extra_sales_for_bad_debt,
    months_until_profit_is_gone,
    profit_left,
)
from domain.periods import Quarter
from domain.receivables import (
    BUCKETS,
    ZERO,
    Aging,
    CentFact,
    OpenItem,
    age,
    age_cents,
    check_amount,
    credit_use,
    dso,
    money,
    order_check,
    warnings,
)
from domain.validation import check_payment
from services import records
from services.errors import ValidationFailed
from storage.models import Account, Invoice, Payment, Setting
from storage.uow import UnitOfWork

DSO_HISTORY_QUARTERS = 4
BAD_DEBT_DAYS_OVERDUE = 90  # open more than this many days past due: the calculator's loss


_date = dt.date.fromisoformat  # dates come out of SQLite as ISO text


def channel_settings(uow: UnitOfWork) -> ChannelSettings:
    """The rep's channel-management settings (``channel.*`` keys), defaults for the rest."""
    rows = uow.session.execute(
        select(Setting.key, Setting.value).where(Setting.key.like("channel.%"))
    )
    return ChannelSettings.from_settings(dict(rows.all()))


@dataclass(frozen=True)
class Ledger:
    """One account's receivable figures on a day."""

    account_id: str
    aging: Aging
    window_sales: Decimal  # net sales in the DSO window
    dso: float | None
    earlier_dso: tuple[tuple[str, float | None], ...]  # (quarter, DSO at its end), oldest first
    warnings: tuple[Reason, ...]


def _scope(alias: str, account_ids: Collection[str] | None) -> str:
    if account_ids is None:
        return ""
    names = ", ".join(f":id{k}" for k in range(len(account_ids)))
    return f" AND {alias}.account_id IN ({names})"


def _execute(uow: UnitOfWork, sql: str, params: Mapping[str, Any]) -> Any:
    # On the session's own DBAPI connection (same transaction): plain tuples, none of the
    # per-row cost of result objects, which over 20,000 invoices is most of the time.
    raw = uow.session.connection().connection.driver_connection
    return raw.execute(sql, params)  # type: ignore[union-attr]


def _live_accounts(uow: UnitOfWork) -> set[str]:
    return set(
        uow.session.connection()
        .execute(text("SELECT id FROM accounts WHERE deleted = 0"))
        .scalars()
    )


def ledgers(
    uow: UnitOfWork,
    *,
    as_of: dt.date,
    settings: ChannelSettings,
    account_ids: Collection[str] | None = None,
    limits: Mapping[str, Decimal | None] | None = None,
    history: bool = True,
    detail: bool = True,
) -> dict[str, Ledger]:
    """Receivable figures of every live account with invoices or payments (or of
    ``account_ids``) on ``as_of``. ``limits`` (credit limit by account) feed the warnings;
    ``history=False`` skips the DSO of earlier quarters (and so the slowing warning), for
    totals that do not need them; ``detail=False`` leaves the open items out of the agings
    (their counts and totals stay), for lists and totals."""
    live = set(account_ids) if account_ids is not None else _live_accounts(uow)
    found, _ = _ledgers(uow, as_of, settings, account_ids, live, limits or {}, history, detail)
    return found


def open_ledgers(
    uow: UnitOfWork, *, as_of: dt.date, settings: ChannelSettings, history: bool = True
) -> tuple[dict[str, Ledger], Decimal]:
    """The ledgers (without open items) of the live accounts that owe something or are in
    credit on ``as_of``, and the net sales of the DSO window over every live account: what
    portfolio totals need, without the figures of the many accounts that owe nothing."""
    return _ledgers(uow, as_of, settings, None, _live_accounts(uow), {}, history, False, False)


def _ledgers(
    uow: UnitOfWork,
    as_of: dt.date,
    settings: ChannelSettings,
    account_ids: Collection[str] | None,
    live: Set[str],
    limits: Mapping[str, Decimal | None],
    history: bool,
    detail: bool,
    settled: bool = True,
) -> tuple[dict[str, Ledger], Decimal]:
    # ``settled=False`` leaves out the accounts that owe nothing (balance 0); the second
    # value is the DSO window's net sales of every live account either way.
    # Three grouped queries over the invoice and payment tables alone (joining accounts to
    # skip deleted ones costs a look-up per row; deleted accounts are dropped afterwards).
    # Over the whole portfolio the tables are scanned in storage order (NOT INDEXED): going
    # through the account index costs a random page look-up per row, twice the time.
    # Amounts stay in cents until the figures are made.
    scan = "" if account_ids is not None else " NOT INDEXED"
    params: dict[str, Any] = {"as_of": as_of.isoformat()}
    params.update({f"id{k}": a for k, a in enumerate(account_ids or ())})
    window = settings.dso_window_days
    earlier = DSO_HISTORY_QUARTERS if history else 0
    ends = [Quarter.of(as_of).previous(k).end for k in range(earlier, 0, -1)]
    points = [*ends, as_of]  # DSO at each earlier quarter end and now
    for k, end in enumerate(points):
        params[f"e{k}"] = end.isoformat()
        params[f"s{k}"] = (end - dt.timedelta(days=window)).isoformat()
    invoice_sums = ", ".join(
        f"SUM(CASE WHEN d <= :e{k} THEN amt ELSE 0 END), "
        f"SUM(CASE WHEN d > :s{k} AND d <= :e{k} THEN amt ELSE 0 END)"
        for k in range(len(points))
    )
    billed: dict[str, tuple[int, ...]] = {
        row[0]: tuple(row[1:])
        for row in _execute(
            uow,
            f"SELECT account_id, {invoice_sums} FROM (SELECT i.account_id, i.issued_on AS d, "
            "CASE WHEN i.kind = 'credit_note' THEN -i.amount ELSE i.amount END AS amt "
            f"FROM invoices i{scan} WHERE i.deleted = 0{_scope('i', account_ids)}) "
            "GROUP BY account_id",
            params,
        )
    }
    payment_sums = ", ".join(
        f"SUM(CASE WHEN p.paid_on <= :e{k} THEN p.amount ELSE 0 END)" for k in range(len(points))
    )
    received: dict[str, tuple[int, ...]] = {
        row[0]: tuple(row[1:])
        for row in _execute(
            uow,
            f"SELECT p.account_id, {payment_sums} FROM payments p{scan} "
            f"WHERE p.deleted = 0{_scope('p', account_ids)} GROUP BY p.account_id",
            params,
        )
    }
    # Invoices not settled exactly by their own payments (open, or overpaid), with what was
    # paid against them. Whatever else the account paid or was credited is its credit.
    facts: dict[str, list[CentFact]] = defaultdict(list)
    for inv_id, account_id, number, issued, due, amount, paid in _execute(
        uow,
        "SELECT * FROM (SELECT i.id, i.account_id, i.number, i.issued_on, i.due_on, i.amount, "
        "(SELECT COALESCE(SUM(p.amount), 0) FROM payments p WHERE p.invoice_id = i.id "
        "AND p.deleted = 0 AND p.paid_on <= :as_of) AS paid "
        f"FROM invoices i{scan} WHERE i.deleted = 0 AND COALESCE(i.kind, 'invoice') = 'invoice' "
        f"AND i.issued_on <= :as_of{_scope('i', account_ids)}) "
        "WHERE amount <> paid",
        params,
    ):
        facts[account_id].append((_date(issued), _date(due), number, inv_id, amount, paid))
    out: dict[str, Ledger] = {}
    last = len(points) - 1
    quarters = [str(Quarter.of(end)) for end in ends]
    no_bills, no_payments = (0,) * (2 * len(points)), (0,) * len(points)
    no_facts: list[CentFact] = []
    window_sales = 0
    for account_id in (billed.keys() | received.keys()) & live:
        bill = billed.get(account_id, no_bills)
        paid = received.get(account_id, no_payments)
        window_sales += bill[2 * last + 1]
        balance_now = bill[2 * last] - paid[last]
        if not (balance_now or settled):
            continue
        # DSO is a ratio: computed on cents, no conversion needed.
        figures = [dso(bill[2 * k] - paid[k], bill[2 * k + 1], window) for k in range(len(points))]
        # Credit notes + payments not allocated to a live invoice = what is owed on the
        # invoices before credits, less the balance. Owing nothing (or in credit), the
        # credits clear every open item: nothing to match.
        account_facts = facts.get(account_id, no_facts) if balance_now > 0 else no_facts
        credits = sum(f[4] - f[5] for f in account_facts) - balance_now
        aging = age_cents(account_facts, credits, as_of, detail=detail)
        current = figures[last]
        out[account_id] = Ledger(
            account_id,
            aging,
            money(bill[2 * last + 1]),
            current,
            tuple(zip(quarters, figures[:last], strict=True)),
            warnings(aging, limits.get(account_id), current, figures[:last], settings),
        )
    return out, money(window_sales)


@dataclass(frozen=True)
class ReceivableRow:
    """One line of the Receivables page: an account that owes or is owed something."""

    account_id: str
    name: str
    credit_rating: str | None
    payment_terms_days: int | None
    credit_limit: Decimal | None
    balance: Decimal
    credit_used: float | None  # % of the limit
    open_invoices: int
    overdue: Decimal
    oldest_overdue_days: int  # 0 when nothing is overdue
    buckets: dict[str, Decimal]  # by domain.receivables.BUCKETS
    dso: float | None
    warnings: tuple[Reason, ...]

    @property
    def over_limit(self) -> bool:
        """Whether the balance is above the credit limit."""
        return any(w.code == "over_limit" for w in self.warnings)

    @property
    def collection_slowing(self) -> bool:
        """Whether the account's DSO is well above its own average."""
        return any(w.code == "collection_slowing" for w in self.warnings)


@dataclass(frozen=True)
class ReceivablesTotals:
    """The totals line of the Receivables page."""

    accounts: int
    balance: Decimal
    overdue: Decimal
    buckets: dict[str, Decimal]
    dso: float | None  # portfolio DSO: total balance ÷ total window sales × window days
    window_sales: Decimal
    over_limit: int  # accounts over their limit
    slowing: int  # accounts whose collection slows


@dataclass(frozen=True)
class ReceivablesView:
    """Everything the Receivables page shows."""

    as_of: dt.date
    rows: tuple[ReceivableRow, ...]  # by balance, largest first
    totals: ReceivablesTotals
    dso_window_days: int


def _accounts(uow: UnitOfWork) -> dict[str, tuple[Any, ...]]:
    """(name, credit rating, payment terms, credit limit) of every live account."""
    return {
        account_id: (name, rating, terms, money(limit) if limit is not None else None)
        for account_id, name, rating, terms, limit in uow.session.connection().execute(
            text(
                "SELECT id, name, credit_rating, payment_terms_days, credit_limit FROM accounts "
                "WHERE deleted = 0"
            )
        )
    }


def receivables_view(
    uow: UnitOfWork, *, as_of: dt.date, include_settled: bool = False
) -> ReceivablesView:
    """Every account that owes (or is owed) something on ``as_of`` with its credit and
    collection figures, and the totals. ``include_settled`` keeps accounts whose balance
    is zero but that were invoiced in the DSO window."""
    settings = channel_settings(uow)
    accounts = _accounts(uow)
    limits = {a: info[3] for a, info in accounts.items()}
    found, window_sales = _ledgers(
        uow, as_of, settings, None, accounts.keys(), limits, True, False, include_settled
    )
    rows = []
    for account_id, ledger in found.items():
        if ledger.aging.balance == 0 and not (include_settled and ledger.window_sales):
            continue
        rows.append(_row(account_id, accounts[account_id], ledger))
    rows.sort(key=lambda r: (-r.balance, r.name))
    balance = sum((r.balance for r in rows), ZERO)
    totals = ReceivablesTotals(
        accounts=len(rows),
        balance=balance,
        overdue=sum((r.overdue for r in rows), ZERO),
        buckets={b: sum((r.buckets[b] for r in rows), ZERO) for b in BUCKETS},
        dso=dso(balance, window_sales, settings.dso_window_days),
        window_sales=window_sales,
        over_limit=sum(1 for r in rows if r.over_limit),
        slowing=sum(1 for r in rows if r.collection_slowing),
    )
    return ReceivablesView(as_of, tuple(rows), totals, settings.dso_window_days)


def _row(account_id: str, info: tuple[Any, ...], ledger: Ledger) -> ReceivableRow:
    name, rating, terms, limit = info
    aging = ledger.aging
    return ReceivableRow(
        account_id=account_id,
        name=name,
        credit_rating=rating,
        payment_terms_days=terms,
        credit_limit=limit,
        balance=aging.balance,
        credit_used=credit_use(limit, aging.balance),
        open_invoices=aging.open_count,
        overdue=aging.overdue,
        oldest_overdue_days=aging.oldest_overdue_days,
        buckets=dict(aging.buckets),
        dso=ledger.dso,
        warnings=ledger.warnings,
    )


# --- one account ----------------------------------------------------------------------


@dataclass(frozen=True)
class InvoiceLine:
    """An invoice or credit note of the account, with what was paid and is still open."""

    id: str
    number: str
    kind: str
    issued_on: dt.date
    due_on: dt.date
    amount: Decimal
    paid: Decimal
    open: Decimal  # after credits (FIFO); 0 for credit notes and settled invoices
    days_overdue: int
    notes: str | None


@dataclass(frozen=True)
class PaymentLine:
    """A payment received, with the invoice it settles (None: an advance)."""

    id: str
    paid_on: dt.date
    amount: Decimal
    invoice_id: str | None
    invoice_number: str | None
    method: str | None
    notes: str | None


@dataclass(frozen=True)
class Calculators:
    """The two late-payment calculators, pre-filled from the account's figures."""

    net_margin: Decimal  # % (setting)
    borrowing_rate: Decimal  # % a year (setting)
    bad_debt_loss: Decimal  # pre-filled: what is open more than 90 days past its due date
    extra_sales_needed: Decimal  # to make up that loss at the net margin
    months_until_profit_gone: Decimal  # at the margin and rate
    overdue: Decimal
    average_days_overdue: int  # weighted by open amount
    cost_of_delay_so_far: Decimal  # borrowing cost of the overdue amount so far
    profit_left_on_overdue: Decimal  # the overdue sales' net profit after that cost


@dataclass(frozen=True)
class AccountReceivables:
    """Everything an account's credit-and-collection view shows."""

    as_of: dt.date
    row: ReceivableRow
    items: tuple[OpenItem, ...]  # open items, oldest first
    invoices: tuple[InvoiceLine, ...]  # newest first
    payments: tuple[PaymentLine, ...]  # newest first
    dso_history: tuple[tuple[str, float | None], ...]  # earlier quarter ends, oldest first
    calculators: Calculators


def account_receivables(uow: UnitOfWork, account_id: str, *, as_of: dt.date) -> AccountReceivables:
    """One account's receivables on ``as_of``: figures, open items, every invoice and
    payment, DSO history, warnings and the calculators pre-filled from its figures.

    Raises :class:`~storage.uow.NotFound` for a deleted or unknown account.
    """
    account = uow.get(Account, account_id)
    settings = channel_settings(uow)
    info = (account.name, account.credit_rating, account.payment_terms_days, account.credit_limit)
    found = ledgers(
        uow,
        as_of=as_of,
        settings=settings,
        account_ids=[account_id],
        limits={account_id: account.credit_limit},
    )
    ledger = found.get(account_id) or Ledger(account_id, age([], ZERO, as_of), ZERO, 0.0, (), ())
    open_by_id = {i.id: i for i in ledger.aging.items}
    invoices = tuple(
        _invoice_line(inv, paid, open_by_id.get(inv.id))
        for inv, paid in _invoices_with_paid(uow, account_id)
    )
    numbers = {line.id: line.number for line in invoices}
    payments = tuple(
        PaymentLine(
            p.id,
            p.paid_on,
            p.amount,
            p.invoice_id,
            numbers.get(p.invoice_id or ""),
            p.method,
            p.notes,
        )
        for p in uow.session.scalars(
            select(Payment)
            .where(Payment.account_id == account_id, Payment.deleted.is_(False))
            .order_by(Payment.paid_on.desc(), Payment.created_at.desc())
        )
    )
    return AccountReceivables(
        as_of,
        _row(account_id, info, ledger),
        ledger.aging.items,
        invoices,
        payments,
        ledger.earlier_dso,
        calculators(ledger.aging, settings),
    )


def _invoices_with_paid(uow: UnitOfWork, account_id: str) -> list[tuple[Invoice, Decimal]]:
    paid: dict[str, int] = dict(
        uow.session.execute(
            text(
                "SELECT invoice_id, SUM(amount) FROM payments WHERE deleted = 0 "
                "AND account_id = :a AND invoice_id IS NOT NULL GROUP BY invoice_id"
            ),
            {"a": account_id},
        ).all()
    )
    invoices = uow.session.scalars(
        select(Invoice)
        .where(Invoice.account_id == account_id, Invoice.deleted.is_(False))
        .order_by(Invoice.issued_on.desc(), Invoice.number.desc())
    )
    return [(inv, money(paid.get(inv.id))) for inv in invoices]


def _invoice_line(inv: Invoice, paid: Decimal, item: OpenItem | None) -> InvoiceLine:
    return InvoiceLine(
        inv.id,
        inv.number,
        inv.kind or "invoice",
        inv.issued_on,
        inv.due_on,
        inv.amount,
        paid,
        item.open if item else ZERO,
        item.days_overdue if item else 0,
        inv.notes,
    )


def calculators(aging: Aging, settings: ChannelSettings) -> Calculators:
    """The calculators pre-filled from an account's aging (with its open items) and the
    settings' margin and rate. The bad debt is what is open more than
    :data:`BAD_DEBT_DAYS_OVERDUE` days past its due date (not the > 90 days aging bucket,
    which counts from the issue date)."""
    margin = Decimal(str(settings.net_margin))
    rate = Decimal(str(settings.borrowing_rate))
    late = [i for i in aging.items if i.days_overdue > 0]
    loss = sum((i.open for i in late if i.days_overdue > BAD_DEBT_DAYS_OVERDUE), ZERO)
    overdue = sum((i.open for i in late), ZERO)
    weighted_days = int(sum(i.open * i.days_overdue for i in late) / overdue) if overdue > 0 else 0
    return Calculators(
        net_margin=margin,
        borrowing_rate=rate,
        bad_debt_loss=loss,
        extra_sales_needed=extra_sales_for_bad_debt(loss, margin),
        months_until_profit_gone=months_until_profit_is_gone(margin, rate),
        overdue=overdue,
        average_days_overdue=weighted_days,
        cost_of_delay_so_far=sum((cost_of_delay(i.open, rate, i.days_overdue) for i in late), ZERO),
        profit_left_on_overdue=profit_left(overdue, margin, rate, weighted_days),
    )


# --- checks and writes ----------------------------------------------------------------


def order_warning(
    uow: UnitOfWork, account_id: str, amount: Decimal, *, as_of: dt.date
) -> Reason | None:
    """A warning when an order of ``amount`` would take the account over its credit limit."""
    account = uow.get(Account, account_id)
    found = ledgers(uow, as_of=as_of, settings=channel_settings(uow), account_ids=[account_id])
    balance = found[account_id].aging.balance if account_id in found else ZERO
    return order_check(account.credit_limit, balance, amount)


def record_payment(uow: UnitOfWork, values: Mapping[str, Any]) -> str:
    """Record a payment (typed ``values`` of the payments spec); returns its id.

    Besides the field rules, a payment against an invoice must fit what the invoice still
    owes, be dated on or after its issue date, belong to the same account and not be made
    against a credit note; and it cannot be 0. Raises :class:`ValidationFailed`; nothing
    is written then.
    """
    errors = check_amount(values)
    if errors:
        raise ValidationFailed("payments", errors)
    invoice_id = values.get("invoice_id")
    if invoice_id:
        invoice = uow.session.get(Invoice, invoice_id)
        if invoice is not None and not invoice.deleted:
            paid = uow.session.execute(
                text(
                    "SELECT COALESCE(SUM(amount), 0) FROM payments "
                    "WHERE deleted = 0 AND invoice_id = :i AND id <> :me"
                ),
                {"i": invoice_id, "me": values.get("id") or ""},
            ).scalar_one()
            errors = check_payment(
                values,
                invoice_account_id=invoice.account_id,
                invoice_kind=invoice.kind,
                issued_on=invoice.issued_on,
                open_amount=invoice.amount - money(paid),
            )
            if errors:
                raise ValidationFailed("payments", errors)
    return records.create(uow, "payments", values)


def record_invoice(uow: UnitOfWork, values: Mapping[str, Any]) -> str:
    """Record an invoice or credit note (typed ``values``); returns its id. The due date
    defaults to the issue date plus the account's payment terms (30 days without terms).
    An amount of 0 raises :class:`ValidationFailed`."""
    errors = check_amount(values)
    if errors:
        raise ValidationFailed("invoices", errors)
    values = dict(values)
    if values.get("due_on") is None and values.get("issued_on") and values.get("account_id"):
        account = uow.session.get(Account, values["account_id"])
        terms = account.payment_terms_days if account and account.payment_terms_days else 30
        values["due_on"] = values["issued_on"] + dt.timedelta(days=terms)
    return records.create(uow, "invoices", values)
