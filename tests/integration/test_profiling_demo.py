"""The demo's profiles are what the app's forms make: estimates of at most 8 ticked cues, one
self-assessment (the demo's own rep's, 8 picks per grid, no confidence), and that rep is the
current rep."""

from __future__ import annotations

from sqlalchemy import select

from domain import profiling as scoring
from domain.profiling_content import content
from domain.vocabulary import Quadrant
from services import profiling
from services.demo_data import FEATURED_CONTACT, build_rows, generate
from storage.models import Contact, ProfileAssessment, Rep, Setting
from storage.uow import UnitOfWork

C_ = content()


def scores_of(row: dict) -> dict[Quadrant, int]:
    return {q: row[f"score_{q.value.lower()}"] for q in Quadrant}


def test_demo_estimates_are_what_an_eight_tick_form_gives_and_self_is_the_local_reps():
    rows = build_rows(size="small")
    local_rep = rows["reps"][0]["id"]
    estimates = [r for r in rows["profile_assessments"] if r["kind"] == "observer"]
    selves = [r for r in rows["profile_assessments"] if r["kind"] == "self"]
    assert estimates
    for r in estimates:
        assert not scoring.observer_errors(r["answers"], C_), r["answers"]
        assert 1 <= len(r["answers"]) <= scoring.OBSERVER_LIMIT
        assert scores_of(r) == scoring.observer_scores(r["answers"], C_)
        assert 1 <= r["confidence"] <= 5
    assert [(r["rep_id"], r["contact_id"], r["confidence"]) for r in selves] == [
        (local_rep, None, None)
    ]
    (mine,) = selves
    assert not scoring.self_errors(mine["answers"], C_)
    assert sorted(len(v) for v in mine["answers"].values()) == [8, 8, 8]
    assert scores_of(mine) == scoring.self_scores(mine["answers"], C_)


def test_the_demo_makes_its_own_rep_the_current_rep_and_leaves_the_featured_contact_alone(db):
    generate(db, size="small", track=False)
    with UnitOfWork(db, write=False) as uow:
        first_rep = uow.session.scalars(select(Rep.id).order_by(Rep.id)).first()
        setting = uow.session.scalar(
            select(Setting.value).where(Setting.key == profiling.ME_SETTING)
        )
        me = profiling.rep_profile(uow, lang="en")
        selves = uow.session.scalars(
            select(ProfileAssessment.rep_id).where(ProfileAssessment.kind == "self")
        ).all()
        featured = uow.session.scalars(
            select(Contact.id).where(Contact.name == FEATURED_CONTACT)
        ).one()
        assert profiling.latest(uow, featured) is None
    assert first_rep is not None and setting == first_rep  # the local rep, made first
    assert selves == [first_rep]
    assert me is not None and me.rep_id == first_rep and me.confidence is None
