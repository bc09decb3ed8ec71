"""The 1+2+1 rules: verdict, status colour, missing items and risk flags, case by case."""

from __future__ import annotations

import datetime as dt
import itertools
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.tracker import (
    FINDING_CODES,
    JUDGEMENT_FORMAT,
    RESOURCE,
    Call,
    Finding,
    ProjectFacts,
    Seat,
    TrackerRules,
    TrafficLight,
    check_texts,
    last_advance_on,
    risk_flags,
    verdict,
)
from domain.vocabulary import label

TODAY = dt.date(2026, 11, 23)
_ids = itertools.count()


def seat(role, stance="support", *, who=None, relationship=3, org_level="middle", name=None):
    """A seat of contact ``who`` (a new contact unless given) in ``role``."""
    n = next(_ids)
    who = who or f"c{n}"
    return Seat(f"r{n}", who, name or who, role, stance, 3, relationship, org_level)


def facts(*seats, rep="rep-1", calls=(), due=None, started=TODAY, status="open"):
    return ProjectFacts(
        project_id="p1",
        step="needs",
        status=status,
        rep_id=rep,
        seats=tuple(seats),
        calls=tuple(calls),
        next_step_due=due,
        started_on=started,
    )


def call(days_ago, outcome, advance_on=None):
    at = dt.datetime.combine(TODAY - dt.timedelta(days=days_ago), dt.time(10))
    kind = "demo" if outcome == "advance" else None
    return Call(at, outcome, kind, advance_on or (at.date() if outcome == "advance" else None))


def codes(findings):
    return [f.code for f in findings]


GUIDE = ("guide", "support")


# --- the verdict ---------------------------------------------------------------------------


def test_a_guide_two_supporting_roles_and_a_rep_hold_and_show_green():
    v = verdict(facts(seat(*GUIDE), seat("purchaser"), seat("user")))
    assert (v.holds, v.status, v.has_guide, v.roles_won, v.has_rep) == (
        True,
        TrafficLight.GREEN,
        True,
        2,
        True,
    )
    assert v.missing == ()


def test_exactly_two_roles_won_is_enough_and_one_is_not():
    assert verdict(facts(seat(*GUIDE), seat("purchaser"), seat("decision_maker"))).holds
    v = verdict(facts(seat(*GUIDE), seat("purchaser"), seat("user", "neutral")))
    assert (v.holds, v.roles_won, v.roles_covered, v.status) == (False, 1, 2, TrafficLight.AMBER)
    assert [f.text("en") for f in v.missing] == ["1 of 4 roles won (at least 2 needed)"]
    assert [f.text("zh_CN") for f in v.missing] == ["4 类人只赢得 1 类(至少需要 2 类)"]


def test_a_contact_holding_two_roles_counts_for_both():
    v = verdict(facts(seat(*GUIDE), seat("purchaser", who="王五"), seat("user", who="王五")))
    assert (v.roles_won, v.holds) == (2, True)


def test_two_supporters_in_the_same_role_win_only_one_role():
    v = verdict(facts(seat(*GUIDE), seat("user"), seat("user")))
    assert (v.roles_won, v.roles_covered, v.holds) == (1, 1, False)


def test_insiders_do_not_count_as_the_guide():
    v = verdict(facts(seat("insider"), seat("insider"), seat("purchaser"), seat("user")))
    assert (v.has_guide, v.holds, v.status) == (False, False, TrafficLight.AMBER)
    assert [f.text("en") for f in v.missing] == ["No guide — 2 insider(s) only"]
    assert v.missing[0].text("zh_CN") == "没有向导——只有 2 个内线"


def test_one_contact_in_two_insider_rows_is_one_insider():
    v = verdict(facts(seat("insider", who="李四"), seat("insider", who="李四")))
    assert v.missing[0].params == {"insiders": 1}


def test_an_insider_marked_later_as_guide_makes_the_one_hold():
    insider = seat("insider", who="李四")
    before = verdict(facts(insider, seat("purchaser"), seat("user")))
    after = verdict(facts(insider, seat("guide", who="李四"), seat("purchaser"), seat("user")))
    assert (before.holds, after.holds, after.status) == (False, True, TrafficLight.GREEN)


def test_a_guide_who_opposes_is_no_guide():
    v = verdict(facts(seat("guide", "oppose"), seat("purchaser"), seat("user")))
    assert (v.has_guide, v.holds, v.status) == (False, False, TrafficLight.AMBER)
    assert codes(v.missing) == ["guide_opposes"]
    assert v.missing[0].text("en") == "The guide opposes the project, so there is no guide"
    neutral = verdict(facts(seat("guide", "neutral"), seat("purchaser"), seat("user")))
    assert neutral.has_guide


def test_a_decision_maker_who_opposes_keeps_a_holding_project_amber():
    v = verdict(
        facts(seat(*GUIDE), seat("purchaser"), seat("user"), seat("decision_maker", "oppose"))
    )
    assert (v.holds, v.dm_opposes, v.status) == (True, True, TrafficLight.AMBER)
    assert [f.text("en") for f in v.missing] == ["Decision maker opposes"]


def test_no_guide_and_fewer_than_two_roles_won_is_red():
    v = verdict(facts(seat("purchaser"), seat("decision_maker", "oppose")))
    assert v.status == TrafficLight.RED
    assert codes(v.missing) == ["dm_opposes", "no_guide", "roles_won"]
    assert verdict(facts()).status == TrafficLight.RED


def test_no_guide_but_two_roles_won_is_amber_and_a_guide_with_one_role_too():
    assert verdict(facts(seat("purchaser"), seat("user"))).status == TrafficLight.AMBER
    assert verdict(facts(seat(*GUIDE), seat("user"))).status == TrafficLight.AMBER


def test_without_a_rep_the_last_one_is_missing():
    v = verdict(facts(seat(*GUIDE), seat("purchaser"), seat("user"), rep=None))
    assert (v.has_rep, v.holds, v.status) == (False, False, TrafficLight.AMBER)
    assert [f.text("en") for f in v.missing] == ["No salesperson assigned"]


def test_the_roles_needed_come_from_the_rules():
    project = facts(seat(*GUIDE), seat("purchaser"), seat("user"))
    strict = TrackerRules(min_roles_won=3)
    v = verdict(project, strict)
    assert (v.holds, v.status) == (False, TrafficLight.AMBER)
    assert v.missing[0].text("en") == "2 of 4 roles won (at least 3 needed)"
    assert verdict(facts(seat("user")), TrackerRules(min_roles_won=1)).status == TrafficLight.AMBER


def test_a_missing_stance_reads_as_neutral():
    v = verdict(facts(seat(*GUIDE), seat("purchaser", ""), seat("user")))
    assert v.roles_won == 1


# --- rules from settings ----------------------------------------------------------------------


def test_rules_come_from_settings_with_defaults_for_missing_or_bad_values():
    assert TrackerRules.from_settings({}) == TrackerRules()
    rules = TrackerRules.from_settings(
        {"tracker.min_roles_won": 3, "tracker.stall_days": "45", "other.key": 1}
    )
    assert (rules.min_roles_won, rules.stall_days, rules.continuation_run) == (3, 45, 2)
    bad = TrackerRules.from_settings(
        {
            "tracker.min_roles_won": 9,
            "tracker.stall_days": "soon",
            "tracker.continuation_run": True,
            "tracker.top_level": "boss",
        }
    )
    assert bad == TrackerRules()


def test_every_setting_key_is_listed_with_its_default():
    assert TrackerRules.setting_keys() == {
        "tracker.min_roles_won": 2,
        "tracker.stall_days": 30,
        "tracker.continuation_run": 2,
        "tracker.top_level": "top",
    }


# --- risk flags -----------------------------------------------------------------------------


def _healthy(**kw):
    """A project with no risk at all, unless ``kw`` changes it."""
    seats = kw.pop(
        "seats",
        (seat(*GUIDE), seat("decision_maker", org_level="top"), seat("user")),
    )
    kw.setdefault("calls", (call(3, "advance"),))
    return facts(*seats, **kw)


def test_a_healthy_project_has_no_risk_flags():
    assert risk_flags(_healthy(), TODAY) == ()


def test_a_decision_maker_who_opposes_or_is_unknown_is_a_risk():
    opposes = _healthy(seats=(seat("decision_maker", "oppose", org_level="top"),))
    assert codes(risk_flags(opposes, TODAY)) == ["dm_opposes"]
    unknown = _healthy(seats=(seat("user", org_level="top"),))
    assert codes(risk_flags(unknown, TODAY)) == ["dm_unknown"]


def test_nobody_at_top_level_is_a_risk_and_a_top_level_guide_counts():
    low = _healthy(seats=(seat("decision_maker"), seat(*GUIDE)))
    assert codes(risk_flags(low, TODAY)) == ["no_top_contact"]
    guide_top = _healthy(seats=(seat("decision_maker"), seat(*GUIDE, org_level="top")))
    assert risk_flags(guide_top, TODAY) == ()
    assert "no_top_contact" in codes(risk_flags(facts(), TODAY))


def test_the_top_level_flag_names_the_org_level_the_setting_asks_for():
    low = _healthy(seats=(seat("decision_maker", org_level="base"), seat(*GUIDE, org_level="base")))
    (flag,) = risk_flags(low, TODAY)
    assert flag.params == {"level": "top"}
    assert flag.text("zh_CN") == "没有接触到高层"
    assert flag.text("en") == "Nobody at top level in contact"
    (middle,) = risk_flags(low, TODAY, TrackerRules(top_level="middle"))
    assert middle.params == {"level": "middle"}
    assert middle.text("zh_CN") == "没有接触到中层"
    assert middle.text("en") == "Nobody at middle level in contact"
    # A judgement kept before the level was named reads as the default level.
    assert Finding("no_top_contact").text("en") == "Nobody at top level in contact"


def test_the_rules_fingerprint_names_the_judgement_format_and_every_threshold():
    assert TrackerRules().fingerprint() == f"v{JUDGEMENT_FORMAT}|2|30|2|top"
    assert TrackerRules(top_level="middle").fingerprint() != TrackerRules().fingerprint()


def test_the_last_two_calls_being_continuations_is_a_risk():
    stalled = _healthy(
        calls=(call(20, "advance"), call(10, "continuation"), call(2, "continuation"))
    )
    (flag,) = risk_flags(stalled, TODAY)
    assert (flag.code, flag.text("en")) == (
        "continuations",
        "The last 2 calls were continuations: the customer agreed to no action",
    )
    moving = _healthy(calls=(call(10, "continuation"), call(2, "advance")))
    assert risk_flags(moving, TODAY) == ()
    one = _healthy(calls=(call(10, "advance"), call(2, "continuation")))
    assert risk_flags(one, TODAY) == ()


def test_calls_without_an_outcome_do_not_break_a_run_of_continuations():
    calls = (call(20, "advance"), call(10, "continuation"), call(5, None), call(2, "continuation"))
    assert codes(risk_flags(_healthy(calls=calls), TODAY)) == ["continuations"]


def test_the_run_length_comes_from_the_rules():
    calls = (call(20, "advance"), call(10, "continuation"), call(2, "continuation"))
    assert risk_flags(_healthy(calls=calls), TODAY, TrackerRules(continuation_run=3)) == ()


def test_no_advance_for_thirty_days_is_a_risk_from_the_thirtieth_day():
    assert risk_flags(_healthy(calls=(call(29, "advance"),)), TODAY) == ()
    (flag,) = risk_flags(_healthy(calls=(call(30, "advance"),)), TODAY)
    assert (flag.code, flag.text("en"), flag.text("zh_CN")) == (
        "stalled",
        "No advance for 30 days",
        "30 天没有进展",
    )
    assert (
        risk_flags(_healthy(calls=(call(30, "advance"),)), TODAY, TrackerRules(stall_days=45)) == ()
    )


def test_an_advance_counts_from_the_agreed_action_date_and_an_order_counts_too():
    agreed = call(40, "advance", advance_on=TODAY - dt.timedelta(days=5))
    assert risk_flags(_healthy(calls=(agreed,)), TODAY) == ()
    assert last_advance_on(_healthy(calls=(agreed, call(35, "order")))) == agreed.advance_on


def test_a_project_that_never_advanced_is_stalled_counting_from_its_start():
    young = _healthy(calls=(), started=TODAY - dt.timedelta(days=10))
    assert risk_flags(young, TODAY) == ()
    old = _healthy(calls=(call(5, "continuation"),), started=TODAY - dt.timedelta(days=90))
    assert [f.text("en") for f in risk_flags(old, TODAY)] == ["No advance for 90 days"]


def test_an_overdue_next_step_is_a_risk_and_one_due_today_is_not():
    assert risk_flags(_healthy(due=TODAY), TODAY) == ()
    (flag,) = risk_flags(_healthy(due=TODAY - dt.timedelta(days=3)), TODAY)
    assert flag.text("en") == "Next step 3 days overdue"


def test_a_role_held_only_by_contacts_without_a_relationship_is_a_risk():
    cold = (seat(*GUIDE), seat("decision_maker", org_level="top"), seat("user", relationship=0))
    (flag,) = risk_flags(_healthy(seats=cold), TODAY)
    assert (flag.code, flag.text("en"), flag.text("zh_CN")) == (
        "cold_role",
        "User: no relationship yet",
        f"{label_of('user')}:还没有建立关系",
    )
    warm = (*cold, seat("user", relationship=2))
    assert risk_flags(_healthy(seats=warm), TODAY) == ()
    unknown = (seat(*GUIDE), seat("decision_maker", org_level="top", relationship=None))
    assert codes(risk_flags(_healthy(seats=unknown), TODAY)) == ["cold_role"]


def label_of(code):
    from domain.vocabulary import BuyingRole

    return label(BuyingRole(code), "zh_CN")


def test_flags_come_most_severe_first_and_closed_projects_have_none():
    worst = facts(
        seat("user", relationship=0),
        calls=(call(50, "continuation"), call(40, "continuation")),
        due=TODAY - dt.timedelta(days=1),
        started=TODAY - dt.timedelta(days=60),
    )
    flags = risk_flags(worst, TODAY)
    assert codes(flags) == [
        "dm_unknown",
        "continuations",
        "stalled",
        "no_top_contact",
        "next_step_overdue",
        "cold_role",
    ]
    assert [f.severity for f in flags] == sorted((f.severity for f in flags), reverse=True)
    assert risk_flags(facts(seat("user"), status="won"), TODAY) == ()


# --- texts ------------------------------------------------------------------------------------


def test_every_finding_reads_in_both_languages():
    params = {
        "insiders": 2,
        "won": 1,
        "total": 4,
        "needed": 2,
        "count": 2,
        "days": 9,
        "level": "middle",
    }
    for code, (_, names) in FINDING_CODES.items():
        given_params = {n: ("user" if n == "role" else params[n]) for n in names}
        finding = Finding.of(code, **given_params)
        zh, en = finding.text("zh_CN"), finding.text("en")
        assert zh != en and zh.strip() and en.strip(), code
        assert finding.text("fr") == zh
        assert finding.as_json("en")["text"] == en


def test_the_texts_file_is_checked_for_missing_codes_and_placeholders():
    data = json.loads(RESOURCE.read_text(encoding="utf-8"))["findings"]
    check_texts(data)
    broken = {**data, "stalled": {"zh_CN": "很久没有进展", "en": "No advance for {days} days"}}
    with pytest.raises(ValueError, match="stalled/zh_CN"):
        check_texts(broken)
    with pytest.raises(ValueError, match="missing"):
        check_texts({k: v for k, v in data.items() if k != "no_rep"})


# --- the combinatorics ------------------------------------------------------------------------

ROLES = ("purchaser", "user", "gatekeeper", "decision_maker", "guide", "insider")
STANCES = ("support", "neutral", "oppose")
RANK = {TrafficLight.RED: 0, TrafficLight.AMBER: 1, TrafficLight.GREEN: 2}

seats_strategy = st.lists(
    st.builds(
        lambda who, role, stance, rel: seat(role, stance, who=f"c{who}", relationship=rel),
        st.integers(0, 5),
        st.sampled_from(ROLES),
        st.sampled_from(STANCES),
        st.one_of(st.none(), st.integers(0, 5)),
    ),
    max_size=10,
)


@given(seats_strategy, st.booleans(), st.integers(1, 4))
def test_the_status_follows_the_rule_for_any_seats(seats, has_rep, needed):
    rules = TrackerRules(min_roles_won=needed)
    v = verdict(facts(*seats, rep="r" if has_rep else None), rules)
    supported = {
        s.role for s in seats if s.role not in ("guide", "insider") and s.stance == "support"
    }
    guide = any(s.role == "guide" and s.stance != "oppose" for s in seats)
    dm_opposes = any(s.role == "decision_maker" and s.stance == "oppose" for s in seats)
    assert v.roles_won == len(supported) <= v.roles_covered <= 4
    assert v.has_guide == guide
    assert v.holds == (guide and len(supported) >= needed and has_rep)
    if v.holds and not dm_opposes:
        assert v.status == TrafficLight.GREEN
    elif not guide and len(supported) < needed:
        assert v.status == TrafficLight.RED
    else:
        assert v.status == TrafficLight.AMBER
    assert (v.status == TrafficLight.GREEN) == (v.missing == ())


@given(seats_strategy, st.randoms())
def test_the_order_of_seats_does_not_matter(seats, rnd):
    shuffled = list(seats)
    rnd.shuffle(shuffled)
    assert verdict(facts(*seats)) == verdict(facts(*shuffled))
    assert risk_flags(facts(*seats), TODAY) == risk_flags(facts(*shuffled), TODAY)


@given(seats_strategy, st.sampled_from(ROLES[:4]), st.integers(0, 5))
def test_winning_another_supporter_never_makes_the_status_worse(seats, role, who):
    before = verdict(facts(*seats))
    after = verdict(facts(*seats, seat(role, "support", who=f"c{who}")))
    assert RANK[after.status] >= RANK[before.status]
    assert after.roles_won >= before.roles_won


@given(seats_strategy, st.integers(0, 5), st.sampled_from(STANCES))
def test_an_insider_never_changes_whether_1_2_1_holds(seats, who, stance):
    before = verdict(facts(*seats))
    after = verdict(facts(*seats, seat("insider", stance, who=f"c{who}")))
    assert (after.holds, after.has_guide, after.status) == (
        before.holds,
        before.has_guide,
        before.status,
    )
