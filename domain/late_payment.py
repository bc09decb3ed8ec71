"""What credit sales cost (我们都是在给银行打工吗?): the two calculators of seed 003.

1. A bad debt must be made up by extra sales (坏账需要额外销售额弥补):
   ``extra sales = loss ÷ net profit margin``.
2. Late payment eats the profit (货款拖延对利润的吞噬): money owed costs the company its
   borrowing rate, so after ``net margin ÷ annual borrowing rate × 12`` months of delay
   the whole net profit of the sale is gone.

Percentages are given in percent (``6`` is 6 %) and money in yuan, as ``Decimal``; the
seed's tables are reproduced cell by cell in ``tests/unit/test_late_payment.py``.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from domain.validation import FieldError

_CENT = Decimal("0.01")
_TENTH = Decimal("0.1")
_HUNDRED = Decimal(100)


def _positive(name: str, value: Decimal) -> Decimal:
    value = Decimal(value)
    if not value.is_finite() or value <= 0:
        raise FieldError(name, "must_be_positive", {"value": value})
    return value


def extra_sales_for_bad_debt(loss: Decimal, net_margin_pct: Decimal) -> Decimal:
    """Extra sales (yuan, to the cent) whose net profit makes up a bad debt of ``loss``.

    500 yuan lost at a 2 % net margin needs 25,000 of extra sales. Raises
    :class:`FieldError` when ``loss`` is negative or the margin is not positive.
    """
    loss = Decimal(loss)
    if not loss.is_finite() or loss < 0:
        raise FieldError("loss", "negative", {"value": loss})
    margin = _positive("net_margin", net_margin_pct) / _HUNDRED
    return (loss / margin).quantize(_CENT, rounding=ROUND_HALF_UP)


def months_until_profit_is_gone(net_margin_pct: Decimal, borrowing_rate_pct: Decimal) -> Decimal:
    """Months of payment delay after which the borrowing cost has eaten the whole net
    profit, to one decimal: a 10 % margin at a 5 % borrowing rate lasts 24.0 months."""
    margin = _positive("net_margin", net_margin_pct)
    rate = _positive("borrowing_rate", borrowing_rate_pct)
    return (margin / rate * 12).quantize(_TENTH, rounding=ROUND_HALF_UP)


def cost_of_delay(amount: Decimal, borrowing_rate_pct: Decimal, days: int) -> Decimal:
    """What carrying ``amount`` for ``days`` costs at the annual borrowing rate (simple
    interest, 365-day year), to the cent; 0 for no delay."""
    rate = _positive("borrowing_rate", borrowing_rate_pct) / _HUNDRED
    if days <= 0 or amount <= 0:
        return Decimal("0.00")
    return (Decimal(amount) * rate * days / 365).quantize(_CENT, rounding=ROUND_HALF_UP)


def profit_left(
    amount: Decimal, net_margin_pct: Decimal, borrowing_rate_pct: Decimal, days_late: int
) -> Decimal:
    """The net profit of a sale of ``amount`` that is left after ``days_late`` days of
    delay (negative once the delay has cost more than the sale earned)."""
    margin = _positive("net_margin", net_margin_pct) / _HUNDRED
    profit = (Decimal(amount) * margin).quantize(_CENT, rounding=ROUND_HALF_UP)
    return profit - cost_of_delay(amount, borrowing_rate_pct, days_late)
