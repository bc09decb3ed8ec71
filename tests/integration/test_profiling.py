"""Profiling on a real database: saving estimates and self-assessments, the card, badges,
the proposal check and the political style."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from domain.profiling_content import content
from domain.vocabulary import Quadrant
from services import profiling, records
from services.errors import ValidationFailed
from storage.models import PendingChange, ProfileAssessment, Setting, SyncState
from storage.uow import NotFound, UnitOfWork

C_ = content()


def cues(**per_quadrant: int) -> list[str]:
    return [c.id for q, n in per_quadrant.items() for c in C_.quadrants[Quadrant(q)].all_cues()[:n]]


def grid_picks(**per_quadrant: int) -> dict[str, list[str]]:
    """n elements of each quadrant spread over the three grids (8 per grid when n sums to 24)."""
    out: dict[str, list[str]] = {g.id: [] for g in C_.grids}
    for q, n in per_quadrant.items():
        for i in range(n):
            grid = C_.grids[i % 3]
            out[grid.id].append([e.id for e in grid.elements if e.quadrant == q][i // 3])
    return out


def create(db, table, values):
    with UnitOfWork(db) as uow:
        return records.create(uow, table, values)


@pytest.fixture
def world(db):
    rep = create(db, "reps", {"login": "lina", "display_name": "李娜"})
    account = create(db, "accounts", {"name": "杭州电子", "channel_type": "dealer"})
    wang = create(db, "contacts", {"account_id": account, "name": "王总", "title": "总经理"})
    li = create(db, "contacts", {"account_id": account, "name": "李工"})
    zhao = create(db, "contacts", {"account_id": account, "name": "赵姐"})
    return {"rep": rep, "wang": wang, "li": li, "zhao": zhao}


def save_observer(db, contact, ticked, day=None, confidence=3, rep=None):
    with UnitOfWork(db) as uow:
        return profiling.save_observer(
            uow, contact, ticked, confidence=confidence, assessed_on=day, rep_id=rep
        )


def test_an_estimate_is_saved_with_its_scores_and_every_assessment_is_kept(db, world):
    first = save_observer(db, world["wang"], cues(A=3, B=3), dt.date(2025, 3, 1), rep=world["rep"])
    second = save_observer(db, world["wang"], cues(A=3, D=3), dt.date(2025, 6, 1), confidence=4)
    with UnitOfWork(db, write=False) as uow:
        row = uow.get(ProfileAssessment, first)
        assert (row.kind, row.score_a, row.score_b, row.score_c, row.score_d) == (
            "observer",
            99,
            99,
            0,
            0,
        )
        assert row.answers == cues(A=3, B=3)
        past = profiling.history(uow, world["wang"], "en")
        current = profiling.latest(uow, world["wang"], "zh_CN")
        pending = uow.session.scalars(
            select(PendingChange).where(PendingChange.table_name == "profile_assessments")
        ).all()
    assert [a.id for a in past] == [second, first]
    assert past[1].rep_name == "李娜"
    assert current is not None and current.id == second
    assert current.profile.badge == "A·D"
    assert current.kind_label == "全脑思维偏好(观察评估)"
    assert past[0].kind_label == "Thinking-style estimate"
    assert "HBDI" not in past[0].kind_label
    assert (current.confidence, current.assessed_on) == (4, dt.date(2025, 6, 1))
    assert len(pending) == 2  # both go to the server with the next sync


def test_bad_estimates_are_refused_and_nothing_is_saved(db, world):
    with pytest.raises(ValidationFailed) as nothing:
        save_observer(db, world["wang"], [])
    assert "至少勾选一条" in nothing.value.by_field("zh_CN")["answers"]
    with pytest.raises(ValidationFailed) as nine:
        save_observer(db, world["wang"], cues(A=3, B=2, C=2, D=2))
    assert "at most 8" in nine.value.by_field("en")["answers"]
    with pytest.raises(ValidationFailed) as unsure:
        save_observer(db, world["wang"], cues(A=1), confidence=7)
    assert "confidence" in unsure.value.by_field("en")
    with pytest.raises(ValidationFailed):
        save_observer(db, "no-such-contact", cues(A=1))
    with UnitOfWork(db, write=False) as uow:
        assert profiling.history(uow, world["wang"]) == ()


def test_the_form_gives_grouped_cues_a_limit_and_a_live_preview():
    form = profiling.observer_form("en")
    assert [g.id for g in form.groups] == list(
        ("words", "asks_for", "documents_office", "described_as", "decides")
    )
    assert sum(len(g.items) for g in form.groups) == 32
    assert form.limit == 8
    empty = profiling.preview_observer([], "en")
    assert (empty.score, empty.remaining, empty.can_save) == (None, 8, False)
    ticked: tuple[str, ...] = ()
    for cue in cues(A=3, B=2, D=3):
        ticked = profiling.toggle_cue(ticked, cue)
    preview = profiling.preview_observer(ticked, "zh_CN")
    assert preview.remaining == 0 and preview.can_save
    assert preview.score is not None
    assert (preview.score.code_text, preview.score.badge) == ("1-2-3-1", "A·D")
    assert preview.score.family_label == "同在上脑(理性)"
    with pytest.raises(ValidationFailed) as ninth:
        profiling.toggle_cue(ticked, cues(C=1)[0])
    assert "8" in ninth.value.by_field("zh_CN")["answers"]


def test_the_rep_profiles_himself_and_the_card_shows_where_he_clashes(db, world):
    with UnitOfWork(db) as uow:
        with pytest.raises(ValidationFailed) as short:
            bad = grid_picks(A=12, B=6, C=3, D=3)
            bad["career"].pop()
            profiling.save_self(uow, world["rep"], bad)
        assert "career" in short.value.by_field("en")["answers"]
        mine = profiling.save_self(uow, world["rep"], grid_picks(A=12, B=6, C=3, D=3))
    save_observer(db, world["wang"], cues(C=3, D=2, B=1))
    with UnitOfWork(db, write=False) as uow:
        row = uow.get(ProfileAssessment, mine)
        assert (row.kind, row.contact_id, row.rep_id) == ("self", None, world["rep"])
        me = profiling.rep_profile(uow, lang="en")
        card = profiling.profile_card(uow, world["wang"], "en")
    assert me is not None and me.profile.code_text == "1-2-3-3"
    assert me.kind_label == "Thinking-style self-assessment"
    assert card.rep_badge == "A"
    assert card.score is not None and card.score.badge == "C"
    assert [(c.kind, c.rep_quadrant, c.buyer_quadrant) for c in card.clashes] == [
        ("opposite", "A", "C")
    ]
    assert card.clashes[0].advice.text == C_.opposites["AC"].get("en")


def test_the_card_holds_everything_in_one_call(db, world):
    with UnitOfWork(db) as uow:
        profiling.set_political_style(uow, world["wang"], "aware", "games")
    save_observer(db, world["wang"], cues(A=3, D=3, B=1), dt.date(2025, 5, 1), confidence=2)
    with UnitOfWork(db, write=False) as uow:
        card = profiling.profile_card(uow, world["wang"], "zh_CN")
    assert (card.contact_name, card.contact_title, card.history_count) == ("王总", "总经理", 1)
    assert card.status == "全脑思维偏好(观察评估)"
    assert card.assessment is not None and card.assessment.confidence == 2
    score = card.score
    assert score is not None
    assert [(q.quadrant, q.score, q.code) for q in score.quadrants] == [
        ("A", 99, 1),
        ("B", 33, 3),
        ("C", 0, 3),
        ("D", 99, 1),
    ]
    assert (score.code_text, score.dominance, score.combination) == ("1-3-3-1", "double", "AD")
    assert score.reading == C_.combinations["AD"].reading.get("zh_CN")
    assert {t.quadrant for t in card.traits} == {"A", "D"}
    assert card.communication and card.proposal_do and card.proposal_dont
    assert [(g.quadrant, g.needed) for g in card.checklist] == [
        ("A", True),
        ("B", False),
        ("C", False),
        ("D", True),
    ]
    assert card.political is not None
    assert (card.political.code, card.political.label) == ("fox", "狐(精明)")
    assert card.political.advice[0].id == "fox.advice.writing"
    assert card.rep_badge is None and card.clashes == ()
    assert len(card.caveats) == 4
    assert "通俗心理学" in card.caveats[-1]  # the critics' caveat (H20)


def test_a_contact_without_a_profile_gets_an_empty_card(db, world):
    with UnitOfWork(db, write=False) as uow:
        card = profiling.profile_card(uow, world["li"], "en")
        with pytest.raises(NotFound):
            profiling.profile_card(uow, "nobody", "en")
    assert (card.score, card.status, card.political) == (None, "Not assessed yet", None)
    assert card.political_status == "Political style not judged yet"
    assert len(card.checklist) == 4 and card.traits == ()


def test_badges_for_the_project_board(db, world):
    save_observer(db, world["wang"], cues(A=3, D=3), dt.date(2025, 1, 1))
    save_observer(db, world["wang"], cues(B=3, C=3), dt.date(2025, 2, 1))
    save_observer(db, world["li"], cues(D=4))
    with UnitOfWork(db, write=False) as uow:
        shown = profiling.badges(uow, [world["wang"], world["li"], world["zhao"]])
    assert shown == {world["wang"]: "B·C", world["li"]: "D"}


def test_the_proposal_check_names_unserved_quadrants_and_who_needs_them(db, world):
    save_observer(db, world["wang"], cues(A=3, D=3))
    save_observer(db, world["li"], cues(B=4))
    room = [world["wang"], world["li"], world["zhao"]]
    ticked = ["A.check.facts", "A.check.quantified"]
    with UnitOfWork(db, write=False) as uow:
        check = profiling.proposal_check(uow, room, ticked, "en")
        with pytest.raises(ValidationFailed):
            profiling.proposal_check(uow, room, ["Z.check.nothing"], "en")
    assert [(q.quadrant, q.present_for) for q in check.unserved] == [
        ("B", ("李工",)),
        ("D", ("王总",)),
    ]
    assert check.unprofiled == ("赵姐",)
    a = check.quadrants[0]
    assert a.served and [i.id for i in a.ticked] == ticked and len(a.missing) == 3
    assert len(profiling.checklist("en")) == 4


def test_political_style_from_the_two_questions_with_undo(db, world):
    questions = profiling.political_questions("en")
    assert [q.id for q in questions] == ["reading", "carrying"]
    assert [code for code, _ in questions[0].answers] == ["aware", "unaware"]
    with UnitOfWork(db) as uow:
        before = profiling.set_political_style(uow, world["li"], "unaware", "integrity")
        assert before == {"political_style": None}
        with pytest.raises(ValidationFailed):
            profiling.set_political_style(uow, world["li"], "unaware", "perhaps")
    with UnitOfWork(db, write=False) as uow:
        card = profiling.profile_card(uow, world["li"], "en")
    assert card.political is not None and card.political.code == "sheep"


def test_an_estimate_dated_after_today_is_refused_with_a_clear_message(db, world):
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    with pytest.raises(ValidationFailed) as later:
        save_observer(db, world["wang"], cues(A=3), tomorrow)
    assert later.value.by_field("en")["assessed_on"] == (
        f"assessed_on: the date observed cannot be after today ({dt.date.today().isoformat()})"
    )
    assert "不能晚于今天" in later.value.by_field("zh_CN")["assessed_on"]
    with UnitOfWork(db, write=False) as uow:
        assert profiling.history(uow, world["wang"]) == ()
    save_observer(db, world["wang"], cues(A=3), dt.date.today())  # today itself is fine


def test_an_estimate_from_few_cues_says_it_is_tentative_in_the_preview_and_on_the_card(db, world):
    one = profiling.preview_observer(cues(A=1), "en")
    assert one.score is not None and one.score.dominance == "single"
    assert one.score.tentative == "Tentative — few cues observed"
    spread = profiling.preview_observer(cues(A=1, B=1, C=1, D=1), "zh_CN")
    assert spread.score is not None and spread.score.combination == "ABCD"
    assert spread.score.tentative == C_.label("tentative", "zh_CN")
    assert profiling.preview_observer(cues(A=3), "en").score.tentative is None

    save_observer(db, world["wang"], cues(D=2))
    save_observer(db, world["li"], cues(D=3, A=1))
    with UnitOfWork(db, write=False) as uow:
        thin = profiling.profile_card(uow, world["wang"], "en")
        firm = profiling.profile_card(uow, world["li"], "en")
    assert thin.score is not None and thin.score.tentative == "Tentative — few cues observed"
    assert firm.score is not None and firm.score.tentative is None


def test_the_current_rep_is_the_one_who_saved_my_profile_not_the_newest_self_assessment(db, world):
    other = create(db, "reps", {"login": "zhaolei", "display_name": "赵磊"})
    with UnitOfWork(db, write=False) as uow:
        assert profiling.current_rep_id(uow) is None
        assert profiling.rep_profile(uow) is None
    with UnitOfWork(db) as uow:
        mine = profiling.save_self(
            uow, world["rep"], grid_picks(A=12, B=6, C=3, D=3), assessed_on=dt.date(2025, 1, 1)
        )
    # A colleague's self-assessment, newer, reaches this database another way (an import).
    create(
        db,
        "profile_assessments",
        {
            "rep_id": other,
            "kind": "self",
            "answers": {},
            "assessed_on": dt.date(2025, 6, 1),
            **{f"score_{q}": s for q, s in zip("abcd", (0, 0, 133, 133), strict=True)},
        },
    )
    save_observer(db, world["wang"], cues(C=4))
    with UnitOfWork(db, write=False) as uow:
        setting = uow.session.get(Setting, profiling.ME_SETTING)
        assert setting is not None and setting.value == world["rep"]
        assert profiling.current_rep_id(uow) == world["rep"]
        me = profiling.rep_profile(uow)
        card = profiling.profile_card(uow, world["wang"], "en")
    assert me is not None and me.id == mine
    assert card.rep_badge == "A" and card.me_rep_id == world["rep"]


def test_without_the_setting_the_current_rep_is_the_synced_login_or_the_only_self_assessor(
    db, world
):
    other = create(db, "reps", {"login": "zhaolei", "display_name": "赵磊"})
    create(
        db,
        "profile_assessments",
        {
            "rep_id": other,
            "kind": "self",
            "answers": {},
            "assessed_on": dt.date(2025, 6, 1),
            **{f"score_{q}": s for q, s in zip("abcd", (0, 0, 133, 133), strict=True)},
        },
    )
    with UnitOfWork(db, write=False) as uow:
        assert profiling.current_rep_id(uow) == other  # the only one who profiled himself
    with UnitOfWork(db) as uow:
        uow.session.add(SyncState(key="login", value="lina"))
        uow.commit()
    with UnitOfWork(db, write=False) as uow:
        assert profiling.current_rep_id(uow) == world["rep"]  # the rep this database syncs as
        assert profiling.rep_profile(uow) is None  # who has not profiled himself yet


def test_the_card_names_where_rep_and_buyer_differ_most_when_no_clash_rule_applies(db, world):
    # The rep leads in A and is secondary in D (99-33-66-66); the buyers lead in D alone.
    with UnitOfWork(db) as uow:
        profiling.save_self(uow, world["rep"], grid_picks(A=9, B=3, C=6, D=6))
    save_observer(db, world["wang"], cues(D=4, A=1))
    save_observer(db, world["zhao"], cues(D=3, A=2))
    with UnitOfWork(db, write=False) as uow:
        card = profiling.profile_card(uow, world["wang"], "en")
        other = profiling.profile_card(uow, world["zhao"], "en")
    assert card.rep_badge == "A" and card.clashes == () and other.clashes == ()
    w = card.widest
    assert w is not None
    assert (w.quadrant, w.buyer_score, w.rep_score, w.difference) == ("D", 133, 66, 67)
    assert w.name == C_.quadrants[Quadrant.D].name.get("en")
    # He leans on it more than the rep: the quadrant's stretch advice.
    assert w.advice is not None and w.advice.text == C_.quadrants[Quadrant.D].stretch.get("en")
    # Where the rep leans on a quadrant more than the buyer, there is no stretch to make.
    w = other.widest
    assert w is not None
    assert (w.quadrant, w.buyer_score, w.rep_score, w.difference) == ("C", 0, 66, -66)
    assert w.advice is None
