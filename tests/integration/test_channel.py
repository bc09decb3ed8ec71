"""Channel management on a real database: qualification and reviews saved with history,
segmentation, reminders, churn warnings, forecast, dashboard figures and settings."""

import datetime as dt
from decimal import Decimal as D

import pytest

from domain.channel_settings import QUALIFICATION_WEIGHTS
from services import channel, records
from services.errors import ValidationFailed
from services.receivables import record_invoice, record_payment
from storage.uow import UnitOfWork

TODAY = dt.date(2026, 11, 23)  # 2026Q4; the last complete quarter is 2026Q3


def days_ago(n):
    return TODAY - dt.timedelta(days=n)


def _create(db, table, values):
    with UnitOfWork(db) as uow:
        return records.create(uow, table, values)


def _account(db, name, **extra):
    return _create(db, "accounts", {"name": name, "channel_type": "agent", **extra})


def _invoice(db, account, number, issued, amount, **extra):
    with UnitOfWork(db) as uow:
        return record_invoice(
            uow,
            {"account_id": account, "number": number, "issued_on": issued, "amount": D(amount)}
            | extra,
        )


def test_a_qualification_is_scored_saved_and_kept_in_the_history(db):
    account = _account(db, "苏州新伙伴")
    scores = dict.fromkeys(QUALIFICATION_WEIGHTS, 4) | {"compliance": 2}
    with UnitOfWork(db) as uow:
        eval_id, result = channel.save_qualification(
            uow, account, scores, evaluated_on=TODAY, notes="营业执照已核验"
        )
    assert (result.total, result.recommendation) == (3.8, "recruit")
    with UnitOfWork(db, write=False) as uow:
        form = channel.qualification_form(uow, account)
    assert list(form.weights) == list(QUALIFICATION_WEIGHTS)
    (saved,) = form.history
    assert (saved.id, saved.total, saved.recommendation) == (eval_id, 3.8, "recruit")
    assert saved.scores["compliance"] == 2


def test_a_qualification_with_a_missing_score_is_refused_and_nothing_saved(db):
    account = _account(db, "苏州新伙伴")
    scores = dict.fromkeys(QUALIFICATION_WEIGHTS, 4)
    del scores["capital"]
    with UnitOfWork(db) as uow, pytest.raises(ValidationFailed) as err:
        channel.save_qualification(uow, account, scores, evaluated_on=TODAY)
    assert err.value.by_field("zh_CN") == {"capital": "capital: 必填"}
    with UnitOfWork(db, write=False) as uow:
        assert channel.qualification_form(uow, account).history == ()


def test_the_review_form_computes_sales_growth_and_dso_from_invoices(db):
    account = _account(db, "宁波经销", sales_target=D("400000"))  # 100,000 a quarter
    _invoice(db, account, "INV-A", dt.date(2025, 8, 1), "60000")  # a year earlier
    inv = _invoice(db, account, "INV-B", dt.date(2026, 8, 1), "90000")
    with UnitOfWork(db) as uow:
        record_payment(
            uow,
            {"account_id": account, "invoice_id": inv, "paid_on": dt.date(2026, 9, 1),
             "amount": D("60000")},
        )  # fmt: skip
    with UnitOfWork(db, write=False) as uow:
        form = channel.review_form(uow, account, "2026Q3")
    assert form.sales == D("90000.00") and form.quarter_target == D("100000")
    assert form.computed["sales_vs_target"] == 90.0
    assert form.computed["growth"] == 50.0
    # on 30 Sep: 60,000 (INV-A, never paid) + 30,000 owed ÷ 90,000 sold in 90 days × 90
    assert form.computed["dso"] == 90.0


def test_reviews_are_saved_once_per_quarter_with_their_trend(db):
    account = _account(db, "宁波经销")
    good = {"satisfaction": 5, "gross_margin": 30}  # with sales and DSO: 55 % of the weight
    poor = {"sales_vs_target": 60, "dso": 100, "satisfaction": 1, "gross_margin": 2}
    with UnitOfWork(db) as uow:
        channel.save_review(
            uow, account, "2026Q2", {"sales_vs_target": 80, "dso": 70}, evaluated_on=TODAY
        )
    with UnitOfWork(db) as uow:
        first_id, result = channel.save_review(
            uow, account, "2026Q3", {**good, "sales_vs_target": 120, "dso": 25}, evaluated_on=TODAY
        )
    assert (result.score, result.action, result.trend) == (5.0, "reward", "up")
    with UnitOfWork(db) as uow:  # saved again: replaces, no second review of 2026Q3
        again_id, result = channel.save_review(uow, account, "2026Q3", poor, evaluated_on=TODAY)
    assert again_id == first_id and result.action == "phase_out"
    with UnitOfWork(db, write=False) as uow:
        form = channel.review_form(uow, account, "2026Q3")
    assert form.existing_id == first_id
    assert form.entered == poor
    assert [h.period for h in form.history] == ["2026Q2"]
    # The 2026Q2 review had 35 % of the weight filled in: scored, but no action stored.
    (earlier,) = form.history
    assert earlier.total is not None and earlier.recommendation is None


def test_bad_review_input_is_refused_naming_the_field(db):
    account = _account(db, "宁波经销")
    for period, values, field in (
        ("2026Q5", {"dso": 30}, "period"),
        ("2027Q1", {"dso": 30}, "period"),  # not started yet
        ("2026Q3", {"satisfaction": 9}, "satisfaction"),
        ("2026Q3", {}, "indicators"),
    ):
        with UnitOfWork(db) as uow, pytest.raises(ValidationFailed) as err:
            channel.save_review(uow, account, period, values, evaluated_on=TODAY)
        assert list(err.value.by_field()) == [field]


def test_accounts_invoiced_last_quarter_without_a_review_are_due(db):
    due = _account(db, "A 未评估")
    done = _account(db, "B 已评估")
    _account(db, "C 无业务")
    for account in (due, done):
        _invoice(db, account, f"INV-{account[:4]}", dt.date(2026, 8, 15), "1000")
    with UnitOfWork(db) as uow:
        channel.save_review(uow, done, "2026Q3", {"dso": 20}, evaluated_on=TODAY)
    with UnitOfWork(db, write=False) as uow:
        (found,) = channel.reviews_due(uow, today=TODAY)
    assert (found.account_id, found.period, found.due_on) == (due, "2026Q3", dt.date(2026, 10, 30))


def test_segmentation_places_accounts_and_sums_where_the_effort_goes(db):
    big = _account(db, "大客户", purchase_potential=D("10000000"), share_of_customer=5.0)
    _invoice(db, big, "INV-1", days_ago(100), "4000000")  # 40 % of its potential
    small = _account(db, "小客户", purchase_potential=D("2000000"), share_of_customer=10.0)
    _account(db, "微客户", purchase_potential=D("100000"))
    _account(db, "未知")
    _create(
        db,
        "activities",
        {"account_id": small, "kind": "visit", "occurred_at": dt.datetime(2026, 11, 20, 10)},
    )
    _create(db, "projects", {"account_id": big, "name": "扩容", "amount": D("500000")})
    with UnitOfWork(db, write=False) as uow:
        view = channel.segmentation_view(uow, as_of=TODAY)
    by_name = {p.name: p for p in view.points}
    assert (by_name["大客户"].strategy, by_name["大客户"].share_source) == ("retain", "computed")
    assert by_name["大客户"].share == 40.0
    assert (by_name["小客户"].strategy, by_name["小客户"].share_source) == ("harass", "entered")
    assert by_name["微客户"].strategy == "abandon"
    assert by_name["未知"].strategy is None
    assert view.counts["retain"] == 1 and view.counts["unplaced"] == 1
    posture = {p.posture: p for p in view.allocation}
    assert posture["attack"].visits == 1 and posture["defend"].pipeline == D("500000.00")
    # effort weights: retain 2, harass 1, abandon 0 → defend should get 2/3 of the visits
    assert posture["defend"].planned_share == 66.7 and posture["defend"].actual_share == 0.0
    assert posture["defend"].off_plan


def test_an_account_that_stopped_buying_gets_a_computed_share_of_0_not_its_entered_one(db):
    lapsed = _account(db, "流失客户", purchase_potential=D("5000000"), share_of_customer=45.0)
    _invoice(db, lapsed, "INV-OLD", days_ago(400), "2000000")  # before the 365-day window
    with UnitOfWork(db, write=False) as uow:
        view = channel.segmentation_view(uow, as_of=TODAY)
        board = channel.dashboard(uow, as_of=TODAY)
    (point,) = view.points
    assert (point.share, point.share_source, point.strategy) == (0.0, "computed", "acquire")
    assert board.segments["acquire"] == 1 and board.segments["retain"] == 0


def test_reminders_bring_follow_ups_contracts_reviews_and_newly_overdue_invoices(db):
    account = _account(
        db, "杭州电子", contract_end=TODAY + dt.timedelta(days=20), payment_terms_days=30
    )
    _account(db, "合同很远", contract_end=TODAY + dt.timedelta(days=200))
    _create(
        db,
        "activities",
        {
            "account_id": account,
            "kind": "call",
            "occurred_at": dt.datetime(2026, 11, 1, 9),
            "next_step": "寄样品",
            "next_step_due": days_ago(2),
        },
    )
    _invoice(db, account, "INV-7", days_ago(33), "8000")  # due 3 days ago, unpaid
    _invoice(db, account, "INV-8", dt.date(2026, 8, 1), "100", due_on=dt.date(2026, 8, 31))
    with UnitOfWork(db, write=False) as uow:
        view = channel.reminders(uow, today=TODAY)
    assert view.counts == {"follow_up": 1, "contract": 1, "review": 1, "overdue_invoice": 1}
    # Only INV-7 fell overdue lately; all that is overdue counts INV-8 (since August) too.
    assert view.overdue == channel.OverdueTotal(2, 1, D("8100.00"))
    kinds = [r.kind for r in view.items]
    assert kinds == ["review", "overdue_invoice", "follow_up", "contract"]  # by due date
    overdue = view.items[1]
    assert overdue.reason is not None
    assert overdue.reason.text("en") == "Invoice INV-7 is 3 days overdue, ¥8,000.00 open"
    assert view.items[3].reason.text("zh_CN") == "合同将于 2026-12-13 到期（还有 20 天）"


def test_churn_warning_for_an_account_that_stopped_ordering(db):
    account = _account(db, "停单客户")
    for k in range(5):
        _invoice(db, account, f"INV-{k}", days_ago(200 + 30 * k), "1000")
    _account(db, "新客户")
    with UnitOfWork(db, write=False) as uow:
        (warning,) = channel.churn_warnings(uow, as_of=TODAY)
    assert warning.account_name == "停单客户"
    assert warning.reasons[0].code == "ordering_gap"
    assert warning.reasons[0].params["usual"] == 30.0


def test_the_forecast_adds_run_rate_and_weighted_pipeline_per_account_and_in_total(db):
    account = _account(db, "杭州电子")
    for quarter_start in ("2025-11-15", "2026-02-15", "2026-05-15", "2026-08-15"):
        _invoice(db, account, f"INV-{quarter_start}", dt.date.fromisoformat(quarter_start), "40000")
    _create(
        db,
        "projects",
        {
            "account_id": account,
            "name": "二期",
            "amount": D("100000"),
            "step": "commitment",
            "expected_close": dt.date(2026, 12, 15),
        },
    )
    with UnitOfWork(db, write=False) as uow:
        view = channel.forecast_view(uow, as_of=TODAY)
    (row,) = view.accounts
    assert row.forecast.run_rate == D("40000.00")
    assert row.forecast.pipeline == D("70000.00")
    # 38 of Q4's 92 days are left on 23 November; nothing invoiced in Q4 yet.
    rest = (D("40000") * 38 / 92).quantize(D("0.01"))
    assert row.forecast.rest_of_quarter == rest
    assert view.total.total == rest + D("70000.00") and view.period == "2026Q4"


def test_an_account_under_a_churn_warning_gets_no_run_rate_for_the_rest_of_the_quarter(db):
    steady = _account(db, "杭州电子")
    stopped = _account(db, "停单客户")
    for k, quarter_start in enumerate(("2025-11-15", "2026-02-15", "2026-05-15", "2026-08-15")):
        day = dt.date.fromisoformat(quarter_start)
        _invoice(db, steady, f"INV-S{k}", day, "40000")
        _invoice(db, stopped, f"INV-T{k}", day - dt.timedelta(days=200), "40000")
    with UnitOfWork(db, write=False) as uow:
        flagged = {w.account_name for w in channel.churn_warnings(uow, as_of=TODAY)}
        view = channel.forecast_view(uow, as_of=TODAY)
    assert flagged == {"停单客户"}
    rest = (D("40000") * 38 / 92).quantize(D("0.01"))
    by_name = {r.account_name: r.forecast for r in view.accounts}
    assert by_name["杭州电子"].total == rest
    assert "停单客户" not in by_name  # nothing invoiced, no pipeline, no run-rate: no row
    assert view.total.total == rest
    assert view.total.reasons[-1].code == "forecast_churned_accounts"
    with UnitOfWork(db, write=False) as uow:
        unflagged = channel.forecast_view(uow, as_of=TODAY, churned=())
    assert {r.account_name for r in unflagged.accounts} == {"杭州电子", "停单客户"}


def test_dashboard_figures_in_one_read(db):
    account = _account(db, "杭州电子", sales_target=D("400000"))
    _invoice(db, account, "INV-1", days_ago(10), "30000")
    _invoice(db, account, "INV-2", days_ago(100), "20000")
    _create(db, "projects", {"account_id": account, "name": "二期", "amount": D("100000")})
    with UnitOfWork(db, write=False) as uow:
        figures = channel.dashboard(uow, as_of=TODAY)
    assert figures.period == "2026Q4"
    assert figures.aging["0_30"] == D("30000.00") and figures.aging["over_90"] == D("20000.00")
    assert figures.balance == D("50000.00") and figures.overdue == D("20000.00")
    assert (figures.quarter_sales, figures.quarter_target) == (D("30000.00"), D("100000.00"))
    assert figures.segments["unplaced"] == 1
    assert 0.5 < figures.quarter_elapsed < 0.6
    if figures.funnel is not None:  # the tracker's funnel, when that part is present
        assert figures.funnel.steps[0].count == 1


def test_settings_change_the_rules_and_unknown_keys_are_refused(db):
    account = _account(db, "小客户", purchase_potential=D("2000000"), share_of_customer=10.0)
    with UnitOfWork(db) as uow:
        settings = channel.save_settings(uow, {"channel.segment_high_potential": 1500000})
    assert settings.segment_high_potential == 1_500_000
    with UnitOfWork(db, write=False) as uow:
        (point,) = channel.segmentation_view(uow, as_of=TODAY).points
    assert point.account_id == account and point.strategy == "acquire"
    with UnitOfWork(db) as uow, pytest.raises(ValidationFailed) as err:
        channel.save_settings(uow, {"channel.nonsense": 1})
    assert list(err.value.by_field()) == ["channel.nonsense"]
