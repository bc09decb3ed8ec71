"""The demo's channel-management rows: invoices, credit notes, payments, qualifications
and quarterly reviews that fit the accounts (``python main.py demo``).

:mod:`services.demo_data` makes every other row first and then calls :func:`build` with a
builder on a random stream of its own, so changing this story leaves the accounts,
contacts and projects exactly as they were. The story:

- **How much.** Each account buys at its annual ``sales_target`` times a performance of
  55–130 % (about ¥1.2 m a year without a target), growing or shrinking by its own rate a
  year; so sales run near target and the computed share of customer lands near the
  entered one.
- **Who buys, how often.** Key accounts order regularly. Those whose payment terms leave
  what they owe well within their credit limit buy on terms every 24–32 days (a few days'
  jitter), so their DSO stays steady; the others pay on delivery (款到发货) and order less
  often. Most other accounts are occasional buyers paying on delivery; prospects do not
  buy. The intervals of those paying on delivery are scaled to meet the invoice count.
- **How it pays.** On its terms; about a fifth of those on terms pay 10–30 days late; about
  5 % pay slowly since a few months (collection slows, the credit limit is broken) and 4 %
  leave some old invoices unpaid (items over 90 days: the bad-debt calculator has a loss).
  The key account on terms with the tightest credit line is both: the problem debtor.
- **The featured account** (杭州电子设备有限公司, the one the docs' sample plan shows) is a
  busy key account on its terms that has lately paid some weeks late and left part of an
  old invoice in dispute, so its plan has a balance, aging, overdue invoices and a cost of
  late payment; it has a quarterly review of the last complete quarter (a gross margin).
- **Lapses.** Accounts tagged ``churned`` and about 5 % of key accounts stopped ordering
  2.5–5 intervals ago: the churn warnings.
- Won projects are invoiced in one or two parts after they close (with a regular delivery
  when one falls within 40 days), 30 % paid on delivery; a few credit notes (returns,
  rebates) and advance payments (预付款).
- **Evaluations.** Qualifications scored on the nine criteria, and quarterly reviews in the
  format :func:`services.channel.save_review` stores (``{"values", "scores"}``), with sales
  against target, growth and DSO computed from these invoices and payments, for up to four
  consecutive quarters of key accounts in good standing (the latest left due for some).
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import json
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any, Protocol, TypeVar

from domain.channel_settings import ChannelSettings
from domain.periods import Quarter, last_complete_quarter
from domain.qualification import qualify
from domain.receivables import dso
from domain.review import sales_indicators, score_review

T = TypeVar("T")
Row = dict[str, Any]

_RESOURCES = Path(__file__).resolve().parent.parent / "resources" / "demo"
_DAY = dt.timedelta(days=1)
_HISTORY_DAYS = 540  # invoices over the same 18 months as the activities
# Ordering intervals in days: key accounts on credit terms order often (what they owe, and
# so their DSO, stays steady from one quarter's end to the next); the intervals of those
# that pay on delivery (key accounts, and the occasional buyers among the others) are scaled
# to meet the invoice count.
_ON_TERMS_DAYS = (24, 28, 32)
_ON_DELIVERY_DAYS = 60
_OCCASIONAL_DAYS = 120
_OCCASIONAL = 0.8  # share of the accounts that are not key accounts that buy at all
_CREDIT_NOTES = 0.03  # credit notes per order
_SPLIT_PAYMENTS = 0.12  # invoices paid in two parts (首期款, 尾款)
_LATE, _SLOW, _DISPUTED = 0.2, 0.05, 0.04  # of the key accounts on credit terms
_LAPSED = 0.05  # key accounts not tagged churned that stopped ordering all the same
_RECENT_DAYS = 110  # a slow payer's invoices of this many days are mostly left unpaid
_QUALIFICATION_SHARE = 0.25  # of the evaluations
_FEATURED_LATE_DAYS = 25  # the featured account pays this long after its terms
_FEATURED_DISPUTES = 0.1  # share of its invoices of 4–13 months ago left partly unpaid


class Builder(Protocol):
    """What :func:`build` needs of the demo builder (:class:`services.demo_data._Builder`)."""

    rows: dict[str, list[Row]]
    shape: Any  # services.demo_data.Shape
    today: dt.date
    rng: random.Random

    def add(self, table: str, row: Row, stamps: Row) -> Row: ...

    def stamps(self, day: dt.date) -> Row: ...

    def maybe(self, p: float, values: Sequence[T]) -> T | None: ...


@cache
def _words() -> Any:
    with (_RESOURCES / "accounts.json").open(encoding="utf-8") as fh:
        return json.load(fh)


def _money(cents: int) -> Decimal:
    return Decimal(cents).scaleb(-2)


def _cents(amount: Decimal | None) -> int:
    return int(amount * 100) if amount is not None else 0


@dataclass
class _Buyer:
    """How one account buys and pays, and the invoices made for it."""

    account: Row
    regular: bool
    rate: float  # yuan a year at today's level
    growth: float  # change a year (0.1 = +10 %)
    interval: float  # days between orders (scaled for those paying on delivery)
    payer: str  # cod / prompt / late / slow / disputed
    lag: int  # days from issue to payment
    disputes: bool = False  # leaves some invoices of 4–13 months ago (partly) unpaid
    dispute_share: float = 0.25  # of those invoices
    disputed_paid: tuple[int, ...] = (0, 3, 5)  # tenths paid of a disputed invoice
    stop: dt.date | None = None  # last day it ordered (lapsed)
    orders: list[dt.date] = field(default_factory=list)
    invoices: list[Row] = field(default_factory=list)
    payments: list[Row] = field(default_factory=list)


def build(b: Builder) -> None:
    """Add the invoices, payments and evaluations of the demo to ``b.rows``."""
    buyers = _buyers(b)
    projects = _won_projects(b, buyers)
    orders = b.shape.invoices - sum(len(parts) for _, _, parts in projects)
    credit_notes = round(orders * _CREDIT_NOTES / (1 + _CREDIT_NOTES))
    _schedule(b, list(buyers.values()), orders - credit_notes)
    for buyer in buyers.values():
        for day in buyer.orders:
            _invoice(b, buyer, day, _order_cents(b, buyer, day), None)
    for buyer, project, parts in projects:
        _project_invoices(b, buyer, project, parts)
    _credit_notes(b, buyers, credit_notes)
    _number(b.rows["invoices"])
    _advances(b, buyers)
    _evaluations(b, buyers)


# --- buyers ------------------------------------------------------------------------------


def _buyers(b: Builder) -> dict[str, _Buyer]:
    rng = b.rng
    out: dict[str, _Buyer] = {}
    for account in b.rows["accounts"]:
        buys = account["is_key_account"] or rng.random() < _OCCASIONAL
        if buys and "prospect" not in account["tags"]:
            out[account["id"]] = _buyer(account, rng)
    featured = b.rows["accounts"][0]
    if featured["id"] in out:
        _feature(out[featured["id"]])
    on_terms = [x for x in out.values() if x.payer != "cod" and x.account is not featured]
    # Troubled payers among those on credit terms (the featured account has its own story).
    # The one with the tightest credit line is the problem debtor: it pays slowly now and
    # disputes old invoices, so it is over its limit with items over 90 days.
    problem = min(on_terms, key=lambda x: (x.account["credit_limit"], x.account["name"]))
    problem.payer, problem.disputes = "slow", True
    others = [x for x in on_terms if x is not problem]
    for buyer in rng.sample(others, max(0, round(len(on_terms) * _SLOW) - 1)):
        buyer.payer = "slow"
    calm = [x for x in others if x.payer != "slow"]
    for buyer in rng.sample(calm, max(1, round(len(on_terms) * _DISPUTED))):
        buyer.payer, buyer.disputes = "disputed", True
    for buyer in out.values():
        lapsed = "churned" in buyer.account["tags"] or (buyer.regular and rng.random() < _LAPSED)
        if lapsed and buyer.account is not featured and buyer is not problem:
            buyer.stop = b.today  # set in _schedule, once the interval is known
    if not any(x.stop for x in others):  # even the small demo shows a lapsed key account
        rng.choice(others).stop = b.today
    return out


def _buyer(account: Row, rng: random.Random) -> _Buyer:
    """How ``account`` buys and pays (see the module text)."""
    target = account["sales_target"]
    if target:
        rate = float(target) * min(1.3, max(0.55, rng.gauss(0.95, 0.15)))
    else:
        rate = rng.lognormvariate(14.0, 0.6)
    regular = bool(account["is_key_account"])
    terms = account["payment_terms_days"] or 30
    limit = float(account["credit_limit"] or 0)
    # What is owed at any time is about a lag's worth of sales: on terms only if that
    # stays well within the credit limit; otherwise (and for occasional buyers) on delivery.
    fits = rate * terms / 365 <= 0.5 * limit
    if not regular or not fits:
        payer, lag = "cod", 0
    elif rng.random() < _LATE:
        payer, lag = "late", terms + rng.randint(10, 30)
    else:
        payer, lag = "prompt", terms
    if payer != "cod":
        interval = float(rng.choice(_ON_TERMS_DAYS))
    else:
        interval = (_ON_DELIVERY_DAYS if regular else _OCCASIONAL_DAYS) * rng.uniform(0.8, 1.25)
    return _Buyer(account, regular, rate, rng.uniform(-0.15, 0.3), interval, payer, lag)


def _feature(buyer: _Buyer) -> None:
    """The featured account (see the module text): on its terms whatever its credit line,
    ordering every four weeks, paying late, part of an old invoice or two in dispute."""
    terms = buyer.account["payment_terms_days"] or 30
    buyer.payer, buyer.lag, buyer.interval = "late", terms + _FEATURED_LATE_DAYS, 28.0
    buyer.disputes, buyer.dispute_share = True, _FEATURED_DISPUTES
    buyer.disputed_paid = (5, 6, 7)


def _schedule(b: Builder, buyers: list[_Buyer], count: int) -> None:
    """Order days of every buyer: regular intervals scaled to give ``count`` orders."""
    rng, today = b.rng, b.today
    start = today - _HISTORY_DAYS * _DAY
    fixed = sum(_HISTORY_DAYS / x.interval for x in buyers if x.payer != "cod")
    expected = sum(_HISTORY_DAYS / x.interval for x in buyers if x.payer == "cod")
    scale = expected / max(1.0, count - fixed)
    for buyer in buyers:
        if buyer.payer == "cod":
            buyer.interval *= scale
        if buyer.stop is not None:  # lapsed: quiet for 2.5–5 intervals (2–13 months) now
            quiet = min(400.0, max(60.0, buyer.interval * rng.uniform(2.5, 5)))
            buyer.stop = today - int(quiet) * _DAY
        day = start + int(rng.uniform(0, buyer.interval)) * _DAY
        while day <= (buyer.stop or today):
            buyer.orders.append(day)
            jitter = rng.uniform(-0.08, 0.08) * buyer.interval
            day += max(1, round(buyer.interval + jitter)) * _DAY
    # Exactly ``count``: drop orders at random, or add some between two orders, of those
    # paying on delivery (whose DSO an irregular order does not move).
    every = [(x, d) for x in buyers for d in x.orders]
    loose = [(x, d) for x, d in every if x.payer == "cod"]
    if len(loose) < len(every) - count:
        loose = every
    if len(every) > count:
        for buyer, day in rng.sample(loose, len(every) - count):
            buyer.orders.remove(day)
    else:
        pool = [x for x, _ in loose if len(x.orders) >= 2] or buyers
        for _ in range(count - len(every)):
            buyer = rng.choice(pool)
            if buyer.orders:
                day = rng.choice(buyer.orders[:-1] or buyer.orders) + rng.randint(3, 10) * _DAY
                buyer.orders.append(min(day, today))
            else:
                buyer.orders.append(today - rng.randint(0, _HISTORY_DAYS) * _DAY)
    for buyer in buyers:
        buyer.orders.sort()


def _order_cents(b: Builder, buyer: _Buyer, day: dt.date) -> int:
    years = (day - b.today).days / 365
    yuan = buyer.rate * buyer.interval / 365 * (1 + buyer.growth) ** years
    yuan *= b.rng.lognormvariate(0, 0.12)
    return max(100, int(yuan)) * 100


# --- invoices and payments -----------------------------------------------------------------


def _won_projects(b: Builder, buyers: dict[str, _Buyer]) -> list[tuple[_Buyer, Row, list[int]]]:
    """Won projects, each with its buyer and the amounts (cents) of its one or two invoices."""
    out = []
    made = 0
    accounts = {a["id"]: a for a in b.rows["accounts"]}
    limit = b.shape.invoices // 4
    for project in b.rows["projects"]:
        if project["status"] != "won" or made >= limit:
            continue
        account = accounts[project["account_id"]]
        buyer = buyers.get(account["id"]) or _buyer(account, b.rng)
        if buyer.stop is not None:  # a lapsed account has not been invoiced since
            continue
        cents = _cents(project["amount"])
        count = min(b.rng.choice((1, 1, 2)), limit - made)
        parts = [cents // count + (cents % count if k == 0 else 0) for k in range(count)]
        out.append((buyer, project, parts))
        made += count
    return out


def _project_invoices(b: Builder, buyer: _Buyer, project: Row, parts: list[int]) -> None:
    """A won project invoiced in parts some weeks apart after it closed, each with the
    buyer's next regular delivery when one falls within 40 days (one invoicing day)."""
    for k, cents in enumerate(parts):
        earliest = project["closed_on"] + 45 * k * _DAY
        i = bisect.bisect_left(buyer.orders, earliest)
        if i < len(buyer.orders) and buyer.orders[i] <= earliest + 40 * _DAY:
            day = buyer.orders[i]
        else:
            day = earliest + b.rng.randint(0, 40) * _DAY
        _invoice(b, buyer, min(day, b.today), cents, project)


def _invoice(b: Builder, buyer: _Buyer, day: dt.date, cents: int, project: Row | None) -> None:
    account = buyer.account
    note = b.maybe(0.3, _words()["invoice_notes"])
    row = {
        "account_id": account["id"],
        "project_id": project["id"] if project else None,
        "number": "",  # see _number
        "kind": "invoice",
        "issued_on": day,
        "due_on": day + (account["payment_terms_days"] or 30) * _DAY,
        "amount": _money(cents),
        "notes": note.format(n=b.rng.randint(2, 12)) if note else None,
    }
    invoice = b.add("invoices", row, b.stamps(day))
    buyer.invoices.append(invoice)
    _settle(b, buyer, invoice, cents)


def _settle(b: Builder, buyer: _Buyer, invoice: Row, cents: int) -> None:
    """Payments on ``invoice`` as the buyer pays; what would fall after today stays open."""
    rng = b.rng
    issued: dt.date = invoice["issued_on"]
    age = (b.today - issued).days
    lag = buyer.lag + (rng.randint(-2, 1) if buyer.lag else 0)
    if buyer.payer == "slow" and age <= _RECENT_DAYS:
        paid = cents * rng.choice((0, 0, 3, 5)) // 10  # some pay a first part on time
        if paid:
            _payment(b, buyer, invoice, issued + buyer.lag * _DAY, paid)
        return
    if buyer.disputes and 120 <= age <= 400 and rng.random() < buyer.dispute_share:
        part = cents * rng.choice(buyer.disputed_paid) // 10  # the rest is disputed, unpaid
        if part:
            _payment(b, buyer, invoice, issued + buyer.lag * _DAY, part)
        return
    day = issued + max(0, lag) * _DAY
    first = 0
    if invoice["project_id"]:  # a project's first 30 % is paid on delivery (首期款)
        first = cents * 3 // 10
        _payment(b, buyer, invoice, issued, first)
    elif cents > 100 and rng.random() < _SPLIT_PAYMENTS:
        first = cents * rng.randint(3, 7) // 10
        _payment(b, buyer, invoice, max(issued, day - rng.randint(10, 20) * _DAY), first)
    _payment(b, buyer, invoice, day, cents - first)  # not made when it falls after today


def _payment(b: Builder, buyer: _Buyer, invoice: Row | None, day: dt.date, cents: int) -> None:
    """One payment (without an invoice: an advance, 预付款)."""
    if day > b.today:
        return
    words = _words()
    row = {
        "account_id": buyer.account["id"],
        "invoice_id": invoice["id"] if invoice else None,
        "paid_on": day,
        "amount": _money(cents),
        "method": b.rng.choice(words["payment_methods"]),
        "notes": b.maybe(0.4, words["payment_notes"]) if invoice else "预付款",
    }
    buyer.payments.append(b.add("payments", row, b.stamps(day)))


def _credit_notes(b: Builder, buyers: dict[str, _Buyer], count: int) -> None:
    """Returns and rebates: a few percent of an order, some days after it."""
    orders = [(x, i) for x in buyers.values() for i in x.invoices if not i["project_id"]]
    for buyer, order in b.rng.sample(orders, min(count, len(orders))):
        day = min(order["issued_on"] + b.rng.randint(3, 30) * _DAY, b.today)
        cents = max(100, _cents(order["amount"]) * b.rng.randint(2, 8) // 100)
        row = {
            "account_id": buyer.account["id"],
            "project_id": None,
            "number": "",
            "kind": "credit_note",
            "issued_on": day,
            "due_on": day + (buyer.account["payment_terms_days"] or 30) * _DAY,
            "amount": _money(cents),
            "notes": b.maybe(0.6, _words()["credit_note_notes"]),
        }
        buyer.invoices.append(b.add("invoices", row, b.stamps(day)))


def random_order(row: Row) -> str:
    """A fixed random order of demo rows: the random part of the id (after the ``7``)."""
    return str(row["id"][15:])


def _number(invoices: list[Row]) -> None:
    """Number invoices INV-<year>-000123 and credit notes CN-<year>-000007 by issue date
    (those of one day in a fixed random order)."""
    counters: dict[tuple[str, int], int] = {}
    for invoice in sorted(invoices, key=lambda r: (r["issued_on"], random_order(r))):
        prefix = "INV" if invoice["kind"] == "invoice" else "CN"
        key = (prefix, invoice["issued_on"].year)
        counters[key] = counters.get(key, 0) + 1
        invoice["number"] = f"{prefix}-{key[1]}-{counters[key]:06d}"


def _advances(b: Builder, buyers: dict[str, _Buyer]) -> None:
    """A few regular buyers paid part of their next order in advance."""
    regular = [x for x in buyers.values() if x.regular and x.payer in ("prompt", "late")]
    for buyer in b.rng.sample(regular, min(len(regular), max(1, len(buyers) // 100))):
        typical = buyer.rate * buyer.interval / 365
        day = b.today - b.rng.randint(0, 20) * _DAY
        _payment(b, buyer, None, day, int(typical * b.rng.uniform(0.2, 0.6)) * 100)


# --- evaluations -----------------------------------------------------------------------------


def _evaluations(b: Builder, buyers: dict[str, _Buyer]) -> None:
    total = b.shape.evaluations
    qualifications = max(1, round(total * _QUALIFICATION_SHARE))
    settings = ChannelSettings()
    accounts = b.rows["accounts"]
    for account in b.rng.sample(accounts, min(qualifications, len(accounts))):
        _qualification(b, account, settings)
    reviewed = [x for x in buyers.values() if x.regular and x.payer in ("prompt", "late", "cod")]
    b.rng.shuffle(reviewed)
    featured = b.rows["accounts"][0]
    reviewed.sort(key=lambda x: x.account is not featured)  # its review first
    latest = last_complete_quarter(b.today)
    left = total - qualifications
    for buyer in reviewed:
        if left <= 0:
            break
        # Consecutive quarters up to the latest (left due for some), oldest first.
        count = min(left, b.rng.choice((1, 2, 3, 4)))
        last = latest if b.rng.random() < 0.6 else latest.previous()
        if buyer.account is featured:  # the latest quarter only: it owes the most, and
            count, last = 1, latest  # the UI tests review its earlier quarters afresh
        quarters = [last.previous(k) for k in range(count - 1, -1, -1)]
        _reviews(b, buyer, quarters, settings)
        left -= count


def _qualification(b: Builder, account: Row, settings: ChannelSettings) -> None:
    good = "prospect" not in account["tags"]
    weights = (1, 2, 3, 4, 2) if good else (2, 3, 4, 2, 1)
    cum = list(itertools.accumulate(weights))
    scores = {
        name: 1 + bisect.bisect(cum, b.rng.random() * cum[-1])
        for name in settings.qualification_weights
    }
    result = qualify(scores, settings)
    day = min(account["created_at"].date(), b.today)
    row = {
        "account_id": account["id"],
        "kind": "qualification",
        "period": None,
        "scores": scores,
        "total": result.total,
        "recommendation": result.recommendation,
        "evaluated_on": day,
        "notes": b.maybe(0.6, _words()["qualification"]["notes"]),
    }
    b.add("evaluations", row, b.stamps(day))


def _reviews(b: Builder, buyer: _Buyer, quarters: list[Quarter], settings: ChannelSettings) -> None:
    """Reviews of ``quarters`` (oldest first), as :func:`services.channel.save_review` stores."""
    rng = b.rng
    quality = {"prompt": 0.75, "cod": 0.7, "late": 0.45}.get(buyer.payer, 0.4)
    quality = min(1.0, max(0.0, rng.gauss(quality, 0.15)))
    earlier: list[float] = []
    target = buyer.account["sales_target"]
    for quarter in quarters:
        sales = _net_sales(buyer, quarter.start, quarter.end)
        if sales <= 0:  # not invoiced that quarter (lapsed): nothing to review
            continue
        before = _net_sales(buyer, quarter.previous(4).start, quarter.previous(4).end)
        values: dict[str, float | None] = dict(
            sales_indicators(
                _money(sales), _money(_cents(target)) / 4 if target else None, _money(before)
            )
        )
        values["dso"] = _dso(buyer, quarter.end, settings.dso_window_days)
        values.update(_entered(rng, quality, buyer.account))
        result = score_review(values, earlier, settings)
        day = min(quarter.end + rng.randint(5, 25) * _DAY, b.today)
        row = {
            "account_id": buyer.account["id"],
            "kind": "review",
            "period": str(quarter),
            "scores": {"values": values, "scores": result.indicator_scores},
            "total": result.score,
            "recommendation": result.action,
            "evaluated_on": day,
            "notes": b.maybe(0.6, _words()["review"]["notes"]),
        }
        b.add("evaluations", row, b.stamps(day))
        earlier.append(result.score)


def _entered(rng: random.Random, quality: float, account: Row) -> dict[str, float | None]:
    """The indicators a rep enters, better for a better partner."""
    q = quality
    cross = 1 + rng.randint(0, 2) if "窜货预警" in account["tags"] else int(rng.random() < 0.1)
    return {
        "gross_margin": round(rng.uniform(6, 14) + 14 * q, 1),
        "satisfaction": round(min(5.0, max(1.0, 2.2 + 2.6 * q + rng.uniform(-0.4, 0.4))), 1),
        "inventory_turnover": round(rng.uniform(2, 4) + 6 * q, 1),
        "fulfilment_rate": round(min(100.0, 84 + 15 * q + rng.uniform(-2, 2)), 1),
        "coverage": round(min(100.0, 40 + 55 * q + rng.uniform(-8, 8)), 1),
        "complaints": float(max(0, round(rng.gauss(4 - 4 * q, 1)))),
        "cross_region": float(cross),
    }


def _net_sales(buyer: _Buyer, start: dt.date, end: dt.date) -> int:
    return sum(
        (-1 if i["kind"] == "credit_note" else 1) * _cents(i["amount"])
        for i in buyer.invoices
        if start <= i["issued_on"] <= end
    )


def _dso(buyer: _Buyer, end: dt.date, window: int) -> float | None:
    paid = sum(_cents(p["amount"]) for p in buyer.payments if p["paid_on"] <= end)
    owed = _net_sales(buyer, dt.date.min, end) - paid
    return dso(owed, _net_sales(buyer, end - window * _DAY + _DAY, end), window)
