"""Qualification and quarterly review scoring, settings and the texts behind the reasons."""

import json

import pytest

from domain.channel_settings import QUALIFICATION_WEIGHTS, REVIEW_WEIGHTS, ChannelSettings
from domain.channel_texts import RESOURCE, Reason, codes, text
from domain.qualification import qualify
from domain.review import COMPUTED, ENTERED, indicator_score, sales_indicators, score_review
from domain.validation import FieldError

ALL = dict.fromkeys(QUALIFICATION_WEIGHTS, 4)


def test_qualification_total_is_the_weighted_mean_and_recommends_by_threshold():
    result = qualify(ALL)
    assert (result.total, result.recommendation) == (4.0, "recruit")
    uneven = dict(ALL, market_coverage=1, sales_ability=1)  # 0.30 of the weight at 1
    assert qualify(uneven).total == round(0.7 * 4 + 0.3 * 1, 2) == 3.1
    assert qualify(uneven).recommendation == "trial"
    assert qualify(dict.fromkeys(QUALIFICATION_WEIGHTS, 2)).recommendation == "reject"


def test_qualification_thresholds_are_inclusive_and_settings():
    assert qualify(dict.fromkeys(QUALIFICATION_WEIGHTS, 3)).recommendation == "trial"
    strict = ChannelSettings.from_settings({"channel.qualification_trial_at": 3.5})
    assert qualify(dict.fromkeys(QUALIFICATION_WEIGHTS, 3), strict).recommendation == "reject"
    at_bar = ChannelSettings.from_settings({"channel.qualification_recruit_at": 3})
    assert qualify(dict.fromkeys(QUALIFICATION_WEIGHTS, 3), at_bar).recommendation == "recruit"


def test_weights_are_settings_and_need_not_add_up_to_one():
    settings = ChannelSettings.from_settings(
        {"channel.qualification_weights": {"market_coverage": 9}}
    )
    scores = dict(ALL, market_coverage=1)
    assert qualify(scores, settings).total < qualify(scores).total


def test_the_reasons_name_the_weak_criteria_in_each_language():
    result = qualify(dict(ALL, compliance=1))
    texts = [r.text("zh_CN") for r in result.reasons]
    assert "合规与信誉记录" in texts[-1]
    assert "Compliance and reputation" in result.reasons[-1].text("en")


@pytest.mark.parametrize(
    ("scores", "field", "code"),
    [
        ({k: v for k, v in ALL.items() if k != "capital"}, "capital", "required"),
        (dict(ALL, capital=6), "capital", "score_range"),
        (dict(ALL, capital=0), "capital", "score_range"),
        (dict(ALL, capital=2.5), "capital", "bad_int"),
        (dict(ALL, charisma=3), "charisma", "unknown_criterion"),
    ],
)
def test_bad_qualification_scores_are_refused_naming_the_criterion(scores, field, code):
    with pytest.raises(FieldError) as err:
        qualify(scores)
    assert (err.value.field, err.value.code) == (field, code)
    assert err.value.text("zh_CN").startswith(field + ": ")


def test_indicator_bands_score_more_is_better_and_less_is_better():
    bands = ChannelSettings().review_bands
    assert [indicator_score("sales_vs_target", v, bands["sales_vs_target"]) for v in
            (69.9, 70, 85, 99.9, 100, 115, 200)] == [1, 2, 3, 3, 4, 5, 5]  # fmt: skip
    assert [indicator_score("dso", v, bands["dso"]) for v in
            (10, 30, 30.1, 45, 60, 90, 91)] == [5, 5, 4, 4, 3, 2, 1]  # fmt: skip
    assert [indicator_score("complaints", v, bands["complaints"]) for v in
            (0, 1, 2, 3, 4, 5, 6)] == [5, 4, 3, 3, 2, 2, 1]  # fmt: skip


def test_a_strong_quarter_is_rewarded_and_a_weak_one_phased_out():
    strong = {"sales_vs_target": 120, "growth": 30, "dso": 25, "complaints": 0, "satisfaction": 5}
    assert score_review(strong).action == "reward"
    weak = {"sales_vs_target": 50, "growth": -30, "dso": 120, "complaints": 8, "cross_region": 4}
    result = score_review(weak)
    assert (result.score, result.action) == (1.0, "phase_out")
    middling = {"sales_vs_target": 90, "dso": 50, "gross_margin": 12, "satisfaction": 3}
    assert score_review(middling).action == "train"


def test_a_review_with_under_half_of_its_weight_filled_in_suggests_no_action():
    # sales vs target (0.20) and DSO (0.15): 35 % of the weight, however good the scores.
    few = score_review({"sales_vs_target": 130, "dso": 10})
    assert few.score == 5.0
    assert few.action is None
    assert few.reasons[0].code == "review_too_few"
    assert few.reasons[0].params == {"share": 35, "needed": 50}
    assert "not enough indicators" in few.reasons[0].text("en")
    more = {"sales_vs_target": 130, "dso": 10, "growth": 30, "satisfaction": 5}  # 55 %
    assert score_review(more).action == "reward"
    # Exactly half of the weight is enough.
    settings = ChannelSettings(review_weights={"sales_vs_target": 1.0, "dso": 1.0})
    assert score_review({"sales_vs_target": 130}, settings=settings).action == "reward"


def test_blank_indicators_are_skipped_and_named():
    result = score_review({"sales_vs_target": 120, "gross_margin": None})
    assert result.score == 5.0
    assert "gross_margin" in result.missing and len(result.missing) == 9
    assert result.reasons[-1].code == "indicators_missing"


def test_the_trend_compares_with_the_latest_earlier_review():
    values = {"sales_vs_target": 100, "dso": 40}  # scores 4 and 4 → 4.0
    assert score_review(values, [2.0, 3.0]).trend == "up"
    assert score_review(values, [4.5, 3.9]).trend == "steady"  # within ±0.2
    down = score_review(values, [3.0, 4.5])
    assert (down.trend, down.change) == ("down", -0.5)
    assert score_review(values).trend is None


def test_bad_review_values_are_refused_naming_the_indicator():
    for values, field in (
        ({"satisfaction": 7}, "satisfaction"),
        ({"complaints": -1}, "complaints"),
        ({"complaints": 1.5}, "complaints"),
        ({"fulfilment_rate": 120}, "fulfilment_rate"),
        ({"dso": "soon"}, "dso"),
        ({}, "indicators"),
    ):
        with pytest.raises(FieldError) as err:
            score_review(values)
        assert err.value.field == field


def test_sales_against_target_and_growth_come_from_invoiced_sales():
    from decimal import Decimal as D

    assert sales_indicators(D(90_000), D(100_000), D(60_000)) == {
        "sales_vs_target": 90.0,
        "growth": 50.0,
    }
    assert sales_indicators(D(90_000), None, D(0)) == {"sales_vs_target": None, "growth": None}
    assert COMPUTED | set(ENTERED) == set(REVIEW_WEIGHTS)


def test_bad_settings_fall_back_to_the_defaults():
    settings = ChannelSettings.from_settings(
        {
            "channel.net_margin": "abc",
            "channel.dso_window_days": 45.5,
            "channel.segment_high_share": 140,
            "channel.review_reward_at": 2.0,  # below phase-out: the pair falls back
            "channel.review_weights": {"dso": -1},
            "channel.review_bands": {"dso": [90, 60, 45, 30]},
            "channel.order_gap_factor": True,
            "other.key": 1,
        }
    )
    assert settings == ChannelSettings()
    keys = ChannelSettings.setting_keys()
    assert keys["channel.net_margin"] == 5.0 and all(k.startswith("channel.") for k in keys)


def test_every_criterion_indicator_and_reason_has_both_languages():
    data = json.loads(RESOURCE.read_text(encoding="utf-8"))
    assert set(codes("qualification_criteria")) == set(QUALIFICATION_WEIGHTS)
    assert set(codes("review_indicators")) == set(REVIEW_WEIGHTS) == set(codes("review_units"))
    for section, entries in data.items():
        if section.startswith("_"):
            continue
        for code, langs in entries.items():
            assert langs["zh_CN"].strip() and langs["en"].strip(), (section, code)
    assert text("trends", "down", "en") == "Declining"
    assert Reason("review_due", {"period": "2026Q3"}).text("zh_CN") == "2026Q3 季度评估未做"
