"""Credit and collection (渠道信用管理): open items, aging, DSO, credit use and warnings.

Definitions (also in ``docs/channel.md``):

- **Balance** of an account on a day = invoices issued − credit notes issued − payments
  received, up to that day. Negative: the account is in credit.
- **Open items**: each invoice's amount less the payments made against it. Credit notes,
  payments not tied to an invoice (advances) and any overpayment of an invoice are
  *credits*, applied to the oldest open invoices first (FIFO), so the open items add up
  to the balance whenever the balance is positive.
- **Aging** (账龄) by the age of the open item since its issue date: 0–30, 31–60, 61–90 and
  over 90 days. **Overdue**: the open amount of items whose due date has passed.
- **DSO** (days sales outstanding, 应收账款周转天数) = balance ÷ net sales (invoices − credit
  notes) over the last ``dso_window_days`` × ``dso_window_days``; 0 when nothing is owed,
  None when something is owed but nothing was sold in the window.
- **Collection slows** when something is overdue now and the DSO now is at least
  ``slow_collection_ratio`` × the mean DSO at the ends of the previous quarters (each with
  the same window) and at least ``slow_collection_min_days`` above it; two earlier figures
  are needed. (Without anything overdue the account pays on its terms: a DSO raised by a
  large invoice not yet due is no slowing.)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from domain.channel_settings import ChannelSettings
from domain.channel_texts import Reason
from domain.validation import FieldError

BUCKETS = ("0_30", "31_60", "61_90", "over_90")
ZERO = Decimal("0.00")


@dataclass(frozen=True)
class InvoiceFact:
    """An invoice as aging needs it: ``paid`` is the sum of payments made against it."""

    id: str
    issued_on: dt.date
    due_on: dt.date
    amount: Decimal
    paid: Decimal = ZERO
    number: str = ""


@dataclass(frozen=True)
class OpenItem:
    """What is still owed on one invoice on the day of the aging."""

    id: str
    number: str
    issued_on: dt.date
    due_on: dt.date
    amount: Decimal
    paid: Decimal
    credited: Decimal  # credits applied to it (FIFO)
    open: Decimal
    age_days: int
    days_overdue: int  # 0 when not yet due
    bucket: str


@dataclass(frozen=True)
class Aging:
    """An account's (or a portfolio's) receivables on one day."""

    buckets: dict[str, Decimal]  # by BUCKETS code
    open_total: Decimal  # sum of the buckets
    overdue: Decimal
    unapplied_credit: Decimal  # credits left after every open item was cleared
    items: tuple[OpenItem, ...]  # oldest first; () when aged without the item detail
    open_count: int = 0  # open items
    overdue_count: int = 0  # open items past their due date
    oldest_overdue_days: int = 0  # days the most overdue item is late (0: none)

    @property
    def balance(self) -> Decimal:
        """Open items less the credit left over: what the account owes (negative: in credit)."""
        return self.open_total - self.unapplied_credit


def bucket_of(age_days: int) -> str:
    """The aging bucket code for an item ``age_days`` old."""
    return BUCKETS[_bucket_index(age_days)]


def _bucket_index(age_days: int) -> int:
    if age_days <= 30:
        return 0
    if age_days <= 60:
        return 1
    return 2 if age_days <= 90 else 3


def age(invoices: Iterable[InvoiceFact], credits: Decimal, as_of: dt.date) -> Aging:
    """Age the open invoices of one account on ``as_of``.

    ``invoices`` are the account's invoices issued on or before ``as_of`` (payments up to
    ``as_of`` in ``paid``); ``credits`` is the sum of its credit notes and of payments not
    tied to an invoice. Overpayments of an invoice become credit too. Amounts are money:
    they are reckoned in whole cents (see :func:`age_cents`).
    """
    return age_cents(
        [
            (i.issued_on, i.due_on, i.number, i.id, _cents(i.amount), _cents(i.paid))
            for i in invoices
        ],
        _cents(credits),
        as_of,
    )


CentFact = tuple[dt.date, dt.date, str, str, int, int]
"""An invoice for :func:`age_cents`: (issued_on, due_on, number, id, amount, paid) in cents."""


def _cents(amount: Decimal | int) -> int:
    return int(Decimal(amount).scaleb(2).to_integral_value())


def money(cents: int | None) -> Decimal:
    """Yuan from a whole number of cents (None: 0)."""
    return Decimal(cents).scaleb(-2) if cents else ZERO  # most figures are 0: no new object


def age_cents(
    invoices: Iterable[CentFact], credits: int, as_of: dt.date, *, detail: bool = True
) -> Aging:
    """:func:`age` on invoices given as :data:`CentFact` tuples and credits in cents: the
    form the portfolio queries produce, with no Decimal arithmetic per item.
    ``detail=False`` leaves out the open items themselves (``items`` is empty; the counts,
    buckets and totals are the same), for lists and totals over many accounts."""
    available = credits
    owed: list[tuple[CentFact, int]] = []
    for inv in sorted(invoices):  # by issue date, due date, number, id: oldest first
        left = inv[4] - inv[5]
        if left < 0:
            available -= left
        elif left > 0:
            owed.append((inv, left))
    sums = [0, 0, 0, 0]  # by BUCKETS
    overdue = count = late_count = oldest = 0
    items: list[OpenItem] = []
    for (issued, due, number, inv_id, amount, paid), left in owed:
        credited = min(available, left) if available > 0 else 0
        available -= credited
        open_amount = left - credited
        if open_amount <= 0:
            continue
        count += 1
        age_days = max(0, (as_of - issued).days)
        late = max(0, (as_of - due).days)
        bucket = _bucket_index(age_days)
        sums[bucket] += open_amount
        if late > 0:
            overdue += open_amount
            late_count += 1
            oldest = max(oldest, late)
        if detail:
            items.append(
                OpenItem(
                    inv_id,
                    number,
                    issued,
                    due,
                    money(amount),
                    money(paid),
                    money(credited),
                    money(open_amount),
                    age_days,
                    late,
                    BUCKETS[bucket],
                )
            )
    return Aging(
        dict(zip(BUCKETS, map(money, sums), strict=True)),
        money(sum(sums)),
        money(overdue),
        money(max(available, 0)),
        tuple(items),
        count,
        late_count,
        oldest,
    )


def dso(balance: Decimal | int, window_sales: Decimal | int, window_days: int) -> float | None:
    """Days sales outstanding: ``balance ÷ window_sales × window_days`` to one decimal.

    0 when nothing is owed; None when something is owed but nothing was sold.
    """
    if balance <= 0:
        return 0.0
    if window_sales <= 0:
        return None
    return round(float(balance / window_sales * window_days), 1)


def collection_slowing(
    current: float | None,
    earlier: Sequence[float | None],
    settings: ChannelSettings | None = None,
    *,
    overdue: bool,
) -> Reason | None:
    """A reason when something is ``overdue`` and the DSO ``current`` is well above the
    mean of the ``earlier`` DSO figures (see the module text); None when collection is not
    slowing or too little is known."""
    settings = settings or ChannelSettings()
    known = [d for d in earlier if d is not None]
    if not overdue or current is None or len(known) < 2:
        return None
    mean = round(sum(known) / len(known), 1)
    if (
        current >= settings.slow_collection_ratio * mean
        and current - mean >= settings.slow_collection_min_days
    ):
        return Reason("collection_slowing", {"dso": current, "mean": mean, "quarters": len(known)})
    return None


def credit_use(limit: Decimal | None, balance: Decimal) -> float | None:
    """The balance as % of the credit limit (None without a limit)."""
    if limit is None or limit <= 0:
        return None
    return round(float(max(balance, ZERO) / limit * 100), 1)


def check_amount(values: Mapping[str, object]) -> list[FieldError]:
    """An invoice, credit note or payment of 0 is refused (``amount`` must be more than 0;
    negative amounts are refused by the record specs)."""
    amount = values.get("amount")
    if isinstance(amount, Decimal) and amount == 0:
        return [FieldError("amount", "must_be_positive", {"value": amount})]
    return []


def order_check(limit: Decimal | None, balance: Decimal, order: Decimal) -> Reason | None:
    """A warning when an order of ``order`` yuan would take the balance over the limit."""
    if limit is None:
        return None
    after = balance + order
    if after <= limit:
        return None
    return Reason(
        "order_exceeds_limit",
        {
            "order": order,
            "after": after,
            "limit": limit,
            "over": after - limit,
            "headroom": max(limit - balance, ZERO),
        },
    )


def warnings(
    aging: Aging,
    limit: Decimal | None,
    current_dso: float | None,
    earlier_dso: Sequence[float | None],
    settings: ChannelSettings | None = None,
) -> tuple[Reason, ...]:
    """An account's credit warnings: over the limit, overdue items, collection slowing."""
    settings = settings or ChannelSettings()
    out: list[Reason] = []
    if limit is not None and aging.balance > limit:
        out.append(
            Reason(
                "over_limit",
                {"balance": aging.balance, "limit": limit, "over": aging.balance - limit},
            )
        )
    if aging.overdue_count:
        out.append(
            Reason(
                "overdue_items",
                {
                    "count": aging.overdue_count,
                    "amount": aging.overdue,
                    "days": aging.oldest_overdue_days,
                },
            )
        )
    slowing = collection_slowing(
        current_dso, earlier_dso, settings, overdue=aging.overdue_count > 0
    )
    if slowing:
        out.append(slowing)
    return tuple(out)
