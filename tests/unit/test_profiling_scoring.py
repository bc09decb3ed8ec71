"""Whole-brain scoring: scores, codes, types, shares, limits, clashes, proposal check, styles."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.profiling import (
    GRID_PICKS,
    OBSERVER_LIMIT,
    code_of,
    observed_on_errors,
    observer_errors,
    observer_scores,
    observer_tentative,
    political_answers,
    political_style,
    profile,
    proposal_check,
    proposal_errors,
    rep_vs_buyer,
    scale,
    self_errors,
    self_scores,
    toggle_pick,
    widest_difference,
)
from domain.profiling_content import content
from domain.validation import FieldError
from domain.vocabulary import PoliticalStyle, Quadrant

A, B, C, D = Quadrant
C_ = content()


def cues(**per_quadrant: int) -> list[str]:
    """The first n cue ids of each quadrant, e.g. cues(A=3, D=2)."""
    return [
        cue.id for q, n in per_quadrant.items() for cue in C_.quadrants[Quadrant(q)].all_cues()[:n]
    ]


def picks(**per_quadrant: int) -> dict[str, list[str]]:
    """Self-assessment picks: n elements of each quadrant summed over the three grids."""
    out: dict[str, list[str]] = {g.id: [] for g in C_.grids}
    for q, n in per_quadrant.items():
        for i in range(n):
            grid = C_.grids[i % 3]
            mine = [e.id for e in grid.elements if e.quadrant == Quadrant(q)]
            out[grid.id].append(mine[i // 3])
    return out


def p(a: int, b: int, c: int, d: int):  # noqa: ANN201 - a tiny test helper
    return profile({"A": a, "B": b, "C": c, "D": d})


# --- thresholds ----------------------------------------------------------------------------


@pytest.mark.parametrize(("score", "code"), [(0, 3), (33, 3), (34, 2), (66, 2), (67, 1), (133, 1)])
def test_code_boundaries(score: int, code: int) -> None:
    assert code_of(score) == code


def test_the_boundaries_in_a_whole_profile() -> None:
    assert p(67, 66, 34, 33).code_text == "1-2-2-3"


def test_the_published_sample_reads_as_published() -> None:
    sample = p(102, 78, 42, 57)
    assert sample.code_text == "1-1-2-2"
    assert (sample.left, 100 - sample.left) == (65, 35)
    assert (sample.upper, 100 - sample.upper) == (57, 43)


def test_with_no_primary_the_highest_becomes_primary() -> None:
    assert p(60, 20, 10, 5).code_text == "1-3-3-3"
    assert p(10, 50, 50, 5).code_text == "3-1-1-3"  # the tie rule: all at the top


def test_all_equal_is_whole_brain() -> None:
    for score in (0, 33, 66, 100):
        even = p(score, score, score, score)
        assert even.code_text == "1-1-1-1"
        assert even.combination == "ABCD"
        assert even.left == even.upper == 50


def test_one_quadrant_only() -> None:
    only_d = p(0, 0, 0, 133)
    assert only_d.code_text == "3-3-3-1"
    assert (only_d.dominance, only_d.combination, only_d.badge) == ("single", "single", "D")
    assert (only_d.left, only_d.upper) == (0, 100)


@pytest.mark.parametrize(
    ("scores", "dominance", "combination", "family", "badge"),
    [
        ((100, 20, 20, 20), "single", "single", None, "A"),
        ((100, 90, 20, 20), "double", "AB", "left", "A·B"),
        ((20, 20, 90, 100), "double", "CD", "right", "C·D"),
        ((100, 20, 20, 90), "double", "AD", "upper", "A·D"),
        ((20, 100, 90, 20), "double", "BC", "lower", "B·C"),
        ((100, 20, 90, 20), "double", "AC", "diagonal", "A·C"),
        ((20, 100, 20, 90), "double", "BD", "diagonal", "B·D"),
        ((100, 90, 80, 20), "triple", "triple", None, "A·B·C"),
        ((20, 90, 80, 70), "triple", "triple", None, "B·C·D"),
        ((70, 90, 80, 100), "quadruple", "ABCD", None, "A·B·C·D"),
    ],
)
def test_every_dominance_type(
    scores: tuple[int, int, int, int], dominance: str, combination: str, family: str, badge: str
) -> None:
    prof = p(*scores)
    assert (prof.dominance, prof.combination, prof.family, prof.badge) == (
        dominance,
        combination,
        family,
        badge,
    )
    assert C_.combinations[prof.combination].reading.get("en")


def test_scores_outside_the_grid_are_refused() -> None:
    with pytest.raises(ValueError, match="quadrant C"):
        p(10, 10, 134, 10)
    with pytest.raises(ValueError, match="quadrant D"):
        profile({"A": 1, "B": 1, "C": 1})


@given(st.lists(st.integers(0, 133), min_size=4, max_size=4))
def test_any_scores_give_at_least_one_primary_and_consistent_readings(s: list[int]) -> None:
    prof = p(*s)
    assert 1 <= len(prof.primaries) <= 4
    assert prof.badge == "·".join(prof.primaries)
    assert len(prof.code_text) == 7
    assert 0 <= prof.left <= 100 and 0 <= prof.upper <= 100
    for q in Quadrant:
        if prof.scores[q] >= 67:
            assert prof.codes[q] == 1
        elif prof.codes[q] == 1:
            assert prof.scores[q] == max(prof.scores.values())


# --- observer answers ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ticks", "score", "code"), [(0, 0, 3), (1, 33, 3), (2, 66, 2), (3, 99, 1)]
)
def test_observer_ticks_fall_cleanly_between_the_thresholds(
    ticks: int, score: int, code: int
) -> None:
    assert scale(ticks, OBSERVER_LIMIT) == score
    assert code_of(score) == code


def test_observer_scores_from_ticked_cues() -> None:
    scores = observer_scores(cues(A=3, B=2, D=3), C_)
    assert scores == {A: 99, B: 66, C: 0, D: 99}
    assert profile(scores).code_text == "1-2-3-1"
    assert profile(scores).badge == "A·D"


def test_half_the_picks_in_one_quadrant_reaches_the_edge_of_the_grid() -> None:
    assert observer_scores(cues(C=4), C_)[C] == 133
    assert observer_scores(cues(C=5), C_)[C] == 133  # capped at the grid


def test_a_ninth_pick_is_refused_naming_the_limit() -> None:
    eight = tuple(cues(A=2, B=2, C=2, D=2))
    with pytest.raises(FieldError) as caught:
        toggle_pick(eight, cues(A=3)[-1], OBSERVER_LIMIT)
    assert caught.value.code == "too_many_picks"
    assert "8" in caught.value.text("en") and "8" in caught.value.text("zh_CN")
    assert toggle_pick(eight, eight[0], OBSERVER_LIMIT) == eight[1:]  # unticking still works
    assert toggle_pick(eight[:7], eight[7], OBSERVER_LIMIT) == eight


def test_observer_answers_that_cannot_be_saved() -> None:
    assert [e.code for e in observer_errors([], C_)] == ["no_picks"]
    nine = cues(A=3, B=2, C=2, D=2)
    assert [e.code for e in observer_errors(nine, C_)] == ["too_many_picks"]
    assert [e.code for e in observer_errors(["A.cue.evidence", "nope"], C_)] == ["unknown_pick"]
    assert observer_errors(cues(B=1), C_) == []


# --- self-assessment -----------------------------------------------------------------------


def test_self_grids_need_exactly_eight_each() -> None:
    full = picks(A=6, B=6, C=6, D=6)
    assert [len(v) for v in full.values()] == [GRID_PICKS] * 3
    assert self_errors(full, C_) == []
    short = {k: list(v) for k, v in full.items()}
    short["career"].pop()
    errors = self_errors(short, C_)
    assert [(e.code, e.params["grid"], e.params["count"]) for e in errors] == [
        ("grid_picks", "career", 7)
    ]
    wrong_grid = {k: list(v) for k, v in full.items()}
    wrong_grid["like_most"][0] = "career.trust"
    assert "unknown_pick" in [e.code for e in self_errors(wrong_grid, C_)]
    assert [e.code for e in self_errors({}, C_)] == ["grid_picks"] * 3


def test_self_scores_from_the_three_grids() -> None:
    even = self_scores(picks(A=6, B=6, C=6, D=6), C_)
    assert even == {A: 66, B: 66, C: 66, D: 66}
    assert profile(even).combination == "ABCD"
    triple = profile(self_scores(picks(A=7, B=7, C=7, D=3), C_))
    assert (triple.code_text, triple.dominance) == ("1-1-1-3", "triple")
    strong = profile(self_scores(picks(A=12, B=8, C=2, D=2), C_))
    assert strong.scores[A] == 133 and strong.code_text == "1-1-3-3"


# --- rep versus buyer ----------------------------------------------------------------------


@pytest.mark.parametrize(("rep_q", "buyer_q"), [(A, C), (C, A), (B, D), (D, B)])
def test_opposite_quadrants_give_the_clash_advice(rep_q: Quadrant, buyer_q: Quadrant) -> None:
    rep = profile({q: 120 if q == rep_q else 20 for q in Quadrant})
    buyer = profile({q: 120 if q == buyer_q else 40 for q in Quadrant})
    findings = rep_vs_buyer(rep, buyer, C_)
    assert [(f.kind, f.rep_quadrant, f.buyer_quadrant, f.difference) for f in findings] == [
        ("opposite", rep_q, buyer_q, 100)
    ]
    assert findings[0].advice.id == f"clash.{rep_q}{buyer_q}"
    assert widest_difference(rep, buyer) == (buyer_q, 100)


def test_a_gap_where_the_rep_is_weak_and_no_clash_where_both_lead() -> None:
    rep = p(120, 90, 20, 50)  # A·B, C tertiary
    buyer = p(100, 30, 110, 80)  # A·C·D: A shared, C opposite the rep's A, D opposite his B
    findings = rep_vs_buyer(rep, buyer, C_)
    assert [(f.kind, f.buyer_quadrant, f.difference) for f in findings] == [
        ("opposite", C, 90),
        ("opposite", D, 30),
    ]
    buyer2 = p(30, 100, 20, 20)
    rep2 = p(30, 20, 120, 30)  # C only, B tertiary: not opposite, a gap
    assert [(f.kind, f.buyer_quadrant, f.advice.id) for f in rep_vs_buyer(rep2, buyer2, C_)] == [
        ("gap", B, "B.stretch")
    ]
    assert rep_vs_buyer(buyer, buyer, C_) == []


# --- proposal check ------------------------------------------------------------------------


def test_proposal_check_names_the_unserved_quadrants_and_who_needs_them() -> None:
    room = [("王总", p(110, 30, 20, 90)), ("李工", p(120, 80, 10, 10)), ("赵姐", None)]
    ticked = ["A.check.facts", "A.check.quantified", "B.check.order"]
    assert proposal_errors(ticked, C_) == []
    check = proposal_check(room, ticked, C_)
    assert [(c.quadrant, c.present_for) for c in check.unserved] == [(D, ("王总",))]
    rows = {c.quadrant: c for c in check.quadrants}
    assert rows[A].present_for == ("王总", "李工") and rows[A].served
    assert [t.id for t in rows[A].missing] == [
        "A.check.analysis",
        "A.check.to_the_point",
        "A.check.logical",
    ]
    assert rows[C].present_for == () and not rows[C].served  # nobody needs it: not flagged
    assert check.unprofiled == ("赵姐",)
    assert [e.code for e in proposal_errors(["X.check"], C_)] == ["unknown_pick"]


# --- political style -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reading", "carrying", "style"),
    [
        ("aware", "integrity", PoliticalStyle.OWL),
        ("aware", "games", PoliticalStyle.FOX),
        ("unaware", "integrity", PoliticalStyle.SHEEP),
        ("unaware", "games", PoliticalStyle.DONKEY),
    ],
)
def test_political_style_from_the_two_answers(
    reading: str, carrying: str, style: PoliticalStyle
) -> None:
    assert political_style(reading, carrying) == style
    assert political_answers(style) == (reading, carrying)
    assert C_.styles[style].advice


def test_an_unknown_political_answer_is_refused() -> None:
    with pytest.raises(FieldError) as caught:
        political_style("aware", "maybe")
    assert caught.value.field == "political_style"


@pytest.mark.parametrize(
    ("ticked", "tentative", "reads_as"),
    [
        ({}, False, None),
        ({"A": 1}, True, "single"),  # one tick would read as single dominant
        ({"A": 1, "D": 1}, True, "double"),
        ({"A": 2}, True, "single"),  # two ticks: still too few
        ({"A": 3}, False, "single"),
        ({"A": 2, "C": 1}, False, "single"),
        ({"A": 1, "B": 1, "C": 1, "D": 1}, True, "quadruple"),  # four single ticks
        ({"A": 2, "B": 2, "C": 2, "D": 2}, False, "quadruple"),
    ],
)
def test_an_estimate_from_few_cues_is_tentative(
    ticked: dict[str, int], tentative: bool, reads_as: str | None
) -> None:
    ids = cues(**ticked)
    assert observer_tentative(ids, C_) is tentative
    if reads_as:
        assert profile(observer_scores(ids, C_)).dominance == reads_as


def test_an_estimate_cannot_be_dated_after_today() -> None:
    today = dt.date(2026, 12, 6)
    assert observed_on_errors(today, today) == []
    assert observed_on_errors(dt.date(2026, 1, 1), today) == []
    (err,) = observed_on_errors(dt.date(2026, 12, 7), today)
    assert err.field == "assessed_on"
    assert err.text("en") == "assessed_on: the date observed cannot be after today (2026-12-06)"
    assert "不能晚于今天(2026-12-06)" in err.text("zh_CN")
    assert str(err) == err.text("en")


def test_the_widest_difference_names_a_quadrant_the_clash_rules_pass_over() -> None:
    # The rep is secondary (not tertiary) where the buyer leads: no clash finding, yet the
    # two differ most there.
    rep = profile({A: 110, B: 40, C: 50, D: 50})
    buyer = profile({A: 33, B: 0, C: 0, D: 133})
    assert rep_vs_buyer(rep, buyer, C_) == []
    assert widest_difference(rep, buyer) == (D, 83)
