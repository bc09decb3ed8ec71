"""Whole-brain profiling use cases: forms, saving assessments, the profile card, badges,
the proposal check and the political style.

Where things live (no schema change was needed):

- a buyer estimate is a ``profile_assessments`` row of kind ``observer`` with the contact's
  id and the rep who made it; ``answers`` is the list of ticked cue ids;
- the rep's own profile is a row of kind ``self`` with no contact and the rep's id
  (the server keeps such rows private to that rep); ``answers`` maps each grid id to its
  8 picked element ids;
- every assessment is kept: the latest (by ``assessed_on``, then creation) is the profile;
- the political style is the contact's ``political_style``; the two answers that give it
  are implied by it (:func:`domain.profiling.political_answers`);
- the *current rep* ("me": whose self profile the cards compare with, who makes the
  estimates) is the local setting ``profiling.me_rep_id``, written when a self-assessment
  is saved (:func:`current_rep_id`).

Form helpers (:func:`observer_form`, :func:`preview_observer`, :func:`toggle_cue`, …) need
no database and are cheap enough for the GUI thread; everything taking a ``UnitOfWork`` runs
in the op runner. Every function returns frozen values with the texts in ``lang``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from sqlalchemy import select

from domain import profiling as scoring
from domain.profiling import ClashFinding, Profile
from domain.profiling_content import ProfilingContent, Text, content
from domain.validation import FieldError
from domain.vocabulary import DEFAULT_LANGUAGE, AssessmentKind, PoliticalStyle, Quadrant, label
from services import records
from services.errors import ValidationFailed
from storage.models import Account, Contact, ProfileAssessment, Rep, Setting, SyncState
from storage.uow import UnitOfWork

TABLE = "profile_assessments"
OBSERVER_LIMIT = scoring.OBSERVER_LIMIT
GRID_PICKS = scoring.GRID_PICKS
ME_SETTING = "profiling.me_rep_id"


# --- values handed to the UI ---------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    """A content item in one language: its stable id, its text, its quadrant (if any)."""

    id: str
    text: str
    quadrant: str | None = None


@dataclass(frozen=True)
class ItemGroup:
    """A titled list of items: a cue group, a grid, or one quadrant's checklist."""

    id: str
    title: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class ObserverForm:
    """What the buyer-profiling form shows: cues grouped by where a rep sees them."""

    groups: tuple[ItemGroup, ...]
    limit: int
    caveats: tuple[str, ...]


@dataclass(frozen=True)
class SelfForm:
    """The rep's three-grid questionnaire: pick exactly ``picks_per_grid`` in each grid."""

    grids: tuple[ItemGroup, ...]
    picks_per_grid: int


@dataclass(frozen=True)
class QuadrantScore:
    """One quadrant of a profile, for the radar chart and the score table."""

    quadrant: str
    name: str
    question: str
    colour: str
    score: int
    code: int
    code_label: str


@dataclass(frozen=True)
class ScoreView:
    """A scored profile in words: code ``1-1-2-2``, type, reading, shares, badge."""

    quadrants: tuple[QuadrantScore, ...]
    code_text: str
    dominance: str  # single | double | triple | quadruple
    dominance_label: str
    combination: str  # single | AB … CD | triple | ABCD
    combination_name: str
    reading: str
    family_label: str | None  # for a double: left, right, upper, lower, diagonal
    left: int
    upper: int
    badge: str
    mode_labels: tuple[str, str, str, str]  # left, right, upper, lower
    tentative: str | None = None  # "Tentative — few cues observed" for a thin estimate

    def score(self, quadrant: str) -> int:
        """The 0–133 score of ``quadrant`` (a letter)."""
        return next(q.score for q in self.quadrants if q.quadrant == quadrant)


@dataclass(frozen=True)
class Preview:
    """The live preview of a form: scores so far, picks left, why it cannot be saved yet."""

    score: ScoreView | None  # None while nothing is picked
    picked: int
    remaining: int
    problems: tuple[str, ...]

    @property
    def can_save(self) -> bool:
        """Whether the answers can be saved as they are."""
        return not self.problems


@dataclass(frozen=True)
class Assessment:
    """One saved assessment with its scored profile."""

    id: str
    kind: str  # observer | self
    kind_label: str  # "thinking-style estimate" or "… self-assessment", never HBDI
    contact_id: str | None
    rep_id: str | None
    rep_name: str | None
    assessed_on: dt.date
    confidence: int | None
    note: str | None
    answers: object
    profile: Profile


@dataclass(frozen=True)
class PoliticalView:
    """A contact's political style with what it means and what to do."""

    code: str
    label: str
    reading: str
    carrying: str
    nature: str
    sounds_like: tuple[Item, ...]
    advice: tuple[Item, ...]
    caveat: str


@dataclass(frozen=True)
class ClashView:
    """Where the rep's style misses this buyer, and what to do differently."""

    kind: str  # opposite | gap
    rep_quadrant: str | None
    buyer_quadrant: str
    difference: int
    advice: Item


@dataclass(frozen=True)
class WidestView:
    """The quadrant where the rep's profile and the buyer's differ most.

    ``difference`` is the buyer's score minus the rep's; ``advice`` is the quadrant's
    stretch advice when the buyer leans on it more than the rep (None otherwise).
    """

    quadrant: str
    name: str
    buyer_score: int
    rep_score: int
    difference: int
    advice: Item | None


@dataclass(frozen=True)
class ChecklistGroup:
    """A quadrant's walk-around checklist; ``needed`` when the buyer leads in it."""

    quadrant: str
    title: str
    items: tuple[Item, ...]
    needed: bool = False


@dataclass(frozen=True)
class ProfileCard:
    """Everything the profile card shows, in one call.

    ``assessment`` and ``score`` are None when the contact has not been assessed; the
    advice lists are then empty, and ``checklist`` still lists all four quadrants.
    """

    contact_id: str
    contact_name: str
    contact_title: str | None
    assessment: Assessment | None
    history_count: int
    score: ScoreView | None
    status: str  # the estimate's label, or "not assessed yet"
    traits: tuple[Item, ...]
    communication: tuple[Item, ...]
    proposal_do: tuple[Item, ...]
    proposal_dont: tuple[Item, ...]
    checklist: tuple[ChecklistGroup, ...]
    political: PoliticalView | None
    political_status: str
    rep_badge: str | None  # the rep's own dominant quadrants, when he has a self profile
    clashes: tuple[ClashView, ...]
    caveats: tuple[str, ...]
    rep_scores: dict[str, int] | None = None  # the rep's own 0–133 scores, to draw beside
    widest: WidestView | None = None  # where rep and buyer differ most (both profiled)
    me_rep_id: str | None = None  # the current rep (who makes new estimates)


@dataclass(frozen=True)
class ProposalQuadrant:
    """One quadrant of a proposal check."""

    quadrant: str
    name: str
    present_for: tuple[str, ...]  # names of the people in the room who lead in it
    served: bool
    ticked: tuple[Item, ...]
    missing: tuple[Item, ...]


@dataclass(frozen=True)
class ProposalCheckView:
    """The proposal check: per quadrant, the unserved ones, the people with no profile."""

    quadrants: tuple[ProposalQuadrant, ...]
    unserved: tuple[ProposalQuadrant, ...]
    unprofiled: tuple[str, ...]


@dataclass(frozen=True)
class PoliticalQuestion:
    """One of the two political-style questions with its two answers (code, text)."""

    id: str
    name: str
    question: str
    answers: tuple[tuple[str, str], ...]


# --- helpers -------------------------------------------------------------------------------


def _item(t: Text, lang: str) -> Item:
    return Item(t.id, t.get(lang), t.quadrant.value if t.quadrant else None)


def _items(texts: Iterable[Text], lang: str) -> tuple[Item, ...]:
    return tuple(_item(t, lang) for t in texts)


def _failed(errors: list[FieldError]) -> ValidationFailed:
    return ValidationFailed(TABLE, errors)


def score_view(
    prof: Profile, lang: str, c: ProfilingContent | None = None, *, tentative: bool = False
) -> ScoreView:
    """A :class:`~domain.profiling.Profile` in words, in ``lang``; ``tentative`` adds the
    warning that it rests on few cues."""
    c = c or content()
    combo = c.combinations[prof.combination]
    quadrants = tuple(
        QuadrantScore(
            q.value,
            c.quadrants[q].name.get(lang),
            c.quadrants[q].question.get(lang),
            c.quadrants[q].colour,
            prof.scores[q],
            prof.codes[q],
            c.label(f"code_{prof.codes[q]}", lang),
        )
        for q in Quadrant
    )
    return ScoreView(
        quadrants=quadrants,
        code_text=prof.code_text,
        dominance=prof.dominance,
        dominance_label=c.label(f"type_{prof.dominance}", lang),
        combination=prof.combination,
        combination_name=combo.name.get(lang),
        reading=combo.reading.get(lang),
        family_label=c.label(f"family_{prof.family}", lang) if prof.family else None,
        left=prof.left,
        upper=prof.upper,
        badge=prof.badge,
        mode_labels=tuple(  # type: ignore[arg-type]
            c.label(f"mode_{m}", lang) for m in ("left", "right", "upper", "lower")
        ),
        tentative=c.label("tentative", lang) if tentative else None,
    )


# --- forms and previews (no database) ------------------------------------------------------


def observer_form(lang: str) -> ObserverForm:
    """The buyer-profiling form: cues grouped by where a rep sees them, and the limit."""
    c = content()
    groups = tuple(
        ItemGroup(
            g.id,
            g.get(lang),
            tuple(_item(cue, lang) for q in Quadrant for cue in c.quadrants[q].cues[g.id]),
        )
        for g in c.cue_groups
    )
    return ObserverForm(groups, OBSERVER_LIMIT, tuple(t.get(lang) for t in c.caveats))


def self_form(lang: str) -> SelfForm:
    """The rep's three-grid questionnaire."""
    grids = tuple(
        ItemGroup(g.id, g.prompt.get(lang), _items(g.elements, lang)) for g in content().grids
    )
    return SelfForm(grids, GRID_PICKS)


def toggle_cue(selected: Sequence[str], cue_id: str) -> tuple[str, ...]:
    """``selected`` with ``cue_id`` ticked or unticked; a 9th tick raises
    :class:`ValidationFailed` whose message names the limit (nothing changes)."""
    try:
        return scoring.toggle_pick(selected, cue_id, OBSERVER_LIMIT)
    except FieldError as err:
        raise _failed([err]) from None


def toggle_element(selected: Sequence[str], element_id: str) -> tuple[str, ...]:
    """Like :func:`toggle_cue` for one grid of the self-assessment (8 per grid)."""
    try:
        return scoring.toggle_pick(selected, element_id, GRID_PICKS)
    except FieldError as err:
        raise _failed([err]) from None


def preview_observer(cue_ids: Sequence[str], lang: str) -> Preview:
    """Scores of the cues ticked so far, how many may still be ticked, and what blocks saving."""
    c = content()
    errors = scoring.observer_errors(cue_ids, c)
    score = (
        score_view(
            scoring.profile(scoring.observer_scores(cue_ids, c)),
            lang,
            c,
            tentative=scoring.observer_tentative(cue_ids, c),
        )
        if cue_ids
        else None
    )
    return Preview(
        score,
        len(cue_ids),
        max(0, OBSERVER_LIMIT - len(cue_ids)),
        tuple(e.text(lang) for e in errors),
    )


def preview_self(picks: Mapping[str, Sequence[str]], lang: str) -> Preview:
    """Scores of the grid picks so far; ``remaining`` counts picks missing over all grids."""
    c = content()
    errors = scoring.self_errors(picks, c)
    picked = sum(len(v) for v in picks.values())
    score = score_view(scoring.profile(scoring.self_scores(picks, c)), lang, c) if picked else None
    remaining = sum(max(0, GRID_PICKS - len(picks.get(g.id, ()))) for g in c.grids)
    return Preview(score, picked, remaining, tuple(e.text(lang) for e in errors))


def checklist(lang: str) -> tuple[ChecklistGroup, ...]:
    """The walk-around checklist, one group per quadrant (for the proposal check form)."""
    c = content()
    return tuple(
        ChecklistGroup(
            q.value, c.quadrants[q].name.get(lang), _items(c.quadrants[q].checklist, lang)
        )
        for q in Quadrant
    )


def political_questions(lang: str) -> tuple[PoliticalQuestion, ...]:
    """The two political-style questions (reading, carrying) with their answers."""
    return tuple(
        PoliticalQuestion(
            a.id,
            a.name.get(lang),
            a.question.get(lang),
            tuple((code, t.get(lang)) for code, t in a.answers.items()),
        )
        for a in content().axes.values()
    )


# --- saving --------------------------------------------------------------------------------


def save_observer(
    uow: UnitOfWork,
    contact_id: str,
    cue_ids: Sequence[str],
    *,
    confidence: int,
    rep_id: str | None = None,
    note: str | None = None,
    assessed_on: dt.date | None = None,
) -> str:
    """Save a rep's estimate of a buyer from the cues he ticked; returns the new id.

    Earlier assessments stay as history. Raises :class:`ValidationFailed` (nothing saved)
    when no cue or more than 8 are ticked, a cue is unknown, the date observed is after
    today, the confidence is not 1–5 or the contact does not exist.
    """
    c = content()
    day = assessed_on or dt.date.today()
    errors = scoring.observer_errors(cue_ids, c) + scoring.observed_on_errors(day, dt.date.today())
    if errors:
        raise _failed(errors)
    scores = scoring.observer_scores(cue_ids, c)
    return _save(
        uow,
        {
            "contact_id": contact_id,
            "rep_id": rep_id,
            "kind": AssessmentKind.OBSERVER.value,
            "answers": list(cue_ids),
            "confidence": confidence,
            "note": note,
            "assessed_on": day,
        },
        scores,
    )


def save_self(
    uow: UnitOfWork,
    rep_id: str,
    picks: Mapping[str, Sequence[str]],
    *,
    note: str | None = None,
    assessed_on: dt.date | None = None,
) -> str:
    """Save the rep's own three-grid questionnaire (exactly 8 picks per grid).

    ``rep_id`` becomes the current rep (:func:`current_rep_id`): the cards compare buyers
    with his profile and new estimates are his. Raises :class:`ValidationFailed` (nothing
    saved) for a grid without exactly 8 picks, an element not of its grid, or an unknown rep.
    """
    c = content()
    errors = scoring.self_errors(picks, c)
    if errors:
        raise _failed(errors)
    remember_me(uow, rep_id)  # committed with the assessment, or not at all
    return _save(
        uow,
        {
            "contact_id": None,
            "rep_id": rep_id,
            "kind": AssessmentKind.SELF.value,
            "answers": {g.id: list(picks[g.id]) for g in c.grids},
            "confidence": None,
            "note": note,
            "assessed_on": assessed_on or dt.date.today(),
        },
        scores=scoring.self_scores(picks, c),
    )


def remember_me(uow: UnitOfWork, rep_id: str) -> None:
    """Make ``rep_id`` the current rep (the local setting; the caller commits)."""
    row = uow.session.get(Setting, ME_SETTING)
    if row is None:
        uow.session.add(Setting(key=ME_SETTING, value=rep_id))
    else:
        row.value = rep_id


def current_rep_id(uow: UnitOfWork) -> str | None:
    """The rep this machine's user is: whose self profile the cards compare with.

    The rep last saved through "My profile" (setting ``profiling.me_rep_id``); without it,
    the rep whose login this database syncs with; without that, the rep of the
    self-assessments when they are all one rep's. None when none of these names a live rep.
    """
    live = Rep.deleted.is_(False)
    setting = uow.session.get(Setting, ME_SETTING)
    if setting is not None and isinstance(setting.value, str):
        found = uow.session.scalar(select(Rep.id).where(Rep.id == setting.value, live))
        if found:
            return found
    login = uow.session.get(SyncState, "login")
    if login is not None and isinstance(login.value, str):
        found = uow.session.scalar(select(Rep.id).where(Rep.login == login.value, live))
        if found:
            return found
    reps = uow.session.scalars(
        select(ProfileAssessment.rep_id)
        .join(Rep, Rep.id == ProfileAssessment.rep_id)
        .where(
            ProfileAssessment.kind == AssessmentKind.SELF.value,
            ProfileAssessment.deleted.is_(False),
            live,
        )
        .distinct()
        .limit(2)
    ).all()
    return reps[0] if len(reps) == 1 else None


def _save(uow: UnitOfWork, values: dict[str, object], scores: Mapping[Quadrant, int]) -> str:
    values |= {f"score_{q.value.lower()}": s for q, s in scores.items()}
    return records.create(uow, TABLE, values)


def set_political_style(
    uow: UnitOfWork, contact_id: str, reading: str, carrying: str
) -> dict[str, object]:
    """Set a contact's political style from the two answers.

    Returns the previous value as :func:`services.records.update` does (for undo). Raises
    :class:`ValidationFailed` for an answer that is not one of the two of its question.
    """
    try:
        style = scoring.political_style(reading, carrying)
    except FieldError as err:
        raise ValidationFailed("contacts", [err]) from None
    return records.update(uow, "contacts", contact_id, {"political_style": style.value})


# --- reading -------------------------------------------------------------------------------


def _scored(row: ProfileAssessment) -> Profile | None:
    scores = {q: getattr(row, f"score_{q.value.lower()}") for q in Quadrant}
    if any(s is None for s in scores.values()):
        return None
    return scoring.profile(scores)


def _assessments(uow: UnitOfWork, *where: object) -> list[Assessment]:
    """Scored, live assessments matching ``where``, newest first."""
    rows = uow.session.scalars(
        select(ProfileAssessment)
        .where(ProfileAssessment.deleted.is_(False), *where)  # type: ignore[arg-type]
        .order_by(ProfileAssessment.assessed_on.desc(), ProfileAssessment.created_at.desc())
    ).all()
    rep_ids = {r.rep_id for r in rows if r.rep_id}
    names = (
        dict(uow.session.execute(select(Rep.id, Rep.display_name).where(Rep.id.in_(rep_ids))).all())
        if rep_ids
        else {}
    )
    out: list[Assessment] = []
    for r in rows:
        prof = _scored(r)
        if prof is not None:
            out.append(
                Assessment(
                    id=r.id,
                    kind=r.kind,
                    kind_label="",
                    contact_id=r.contact_id,
                    rep_id=r.rep_id,
                    rep_name=names.get(r.rep_id) if r.rep_id else None,
                    assessed_on=r.assessed_on,
                    confidence=r.confidence,
                    note=r.note,
                    answers=r.answers,
                    profile=prof,
                )
            )
    return out


def _labelled(a: Assessment, lang: str) -> Assessment:
    key = "self" if a.kind == AssessmentKind.SELF.value else "estimate"
    return replace(a, kind_label=content().label(key, lang))


def history(
    uow: UnitOfWork, contact_id: str, lang: str = DEFAULT_LANGUAGE
) -> tuple[Assessment, ...]:
    """Every assessment of a contact, newest first (the first is the current profile)."""
    rows = _assessments(uow, ProfileAssessment.contact_id == contact_id)
    return tuple(_labelled(a, lang) for a in rows)


def latest(uow: UnitOfWork, contact_id: str, lang: str = DEFAULT_LANGUAGE) -> Assessment | None:
    """The contact's current profile: the newest assessment, or None."""
    found = history(uow, contact_id, lang)
    return found[0] if found else None


def latest_by_contact(uow: UnitOfWork, contact_ids: Iterable[str]) -> dict[str, Assessment]:
    """The newest assessment of each of ``contact_ids`` that has one (one query)."""
    ids = list(dict.fromkeys(contact_ids))
    out: dict[str, Assessment] = {}
    if not ids:
        return out
    for a in _assessments(uow, ProfileAssessment.contact_id.in_(ids)):
        if a.contact_id is not None:
            out.setdefault(a.contact_id, a)
    return out


def rep_profile(
    uow: UnitOfWork, rep_id: str | None = None, lang: str = DEFAULT_LANGUAGE
) -> Assessment | None:
    """The newest self-assessment of ``rep_id`` (None: of the current rep,
    :func:`current_rep_id`); None when he has none or there is no current rep."""
    if rep_id is None:
        rep_id = current_rep_id(uow)
        if rep_id is None:
            return None
    found = _assessments(
        uow,
        ProfileAssessment.kind == AssessmentKind.SELF.value,
        ProfileAssessment.rep_id == rep_id,
    )
    return _labelled(found[0], lang) if found else None


def badges(uow: UnitOfWork, contact_ids: Iterable[str]) -> dict[str, str]:
    """``{contact_id: "A·D"}``: the dominant quadrants of each contact that has a profile."""
    return {cid: a.profile.badge for cid, a in latest_by_contact(uow, contact_ids).items()}


@dataclass(frozen=True)
class ContactProfileRow:
    """One line of the Profiles page: a contact, its account and its current profile."""

    contact_id: str
    name: str
    title: str | None
    account_id: str
    account_name: str
    badge: str | None  # "A·D"; None while the contact has no profile
    code_text: str | None  # "1-1-2-2"
    assessed_on: dt.date | None
    confidence: int | None
    political_style: str | None


def contact_profiles(uow: UnitOfWork) -> list[ContactProfileRow]:
    """Every live contact with its account and its latest profile (two queries), by name."""
    latest_of: dict[str, Assessment] = {}
    for found in _assessments(uow, ProfileAssessment.contact_id.is_not(None)):
        if found.contact_id is not None:
            latest_of.setdefault(found.contact_id, found)
    rows = uow.session.execute(
        select(
            Contact.id,
            Contact.name,
            Contact.title,
            Contact.political_style,
            Account.id,
            Account.name,
        )
        .join(Account, Account.id == Contact.account_id)
        .where(Contact.deleted.is_(False), Account.deleted.is_(False))
        .order_by(Contact.name)
    ).all()
    out: list[ContactProfileRow] = []
    for cid, name, title, style, account_id, account_name in rows:
        a = latest_of.get(cid)
        out.append(
            ContactProfileRow(
                contact_id=cid,
                name=name,
                title=title,
                account_id=account_id,
                account_name=account_name,
                badge=a.profile.badge if a else None,
                code_text=a.profile.code_text if a else None,
                assessed_on=a.assessed_on if a else None,
                confidence=a.confidence if a else None,
                political_style=style,
            )
        )
    return out


def _political(style_code: str | None, lang: str) -> PoliticalView | None:
    if not style_code:
        return None
    c = content()
    style = PoliticalStyle(style_code)
    s = c.styles[style]
    return PoliticalView(
        code=style.value,
        label=label(style, lang),
        reading=c.axes["reading"].answers[s.reading].get(lang),
        carrying=c.axes["carrying"].answers[s.carrying].get(lang),
        nature=s.nature.get(lang),
        sounds_like=_items(s.sounds_like, lang),
        advice=_items(s.advice, lang),
        caveat=c.political_caveat.get(lang),
    )


def political_preview(reading: str, carrying: str, lang: str) -> PoliticalView:
    """The political style the two answers give, with its advice (no database; for a form).

    Raises :class:`ValidationFailed` for an answer that is not one of its question's two.
    """
    try:
        style = scoring.political_style(reading, carrying)
    except FieldError as err:
        raise ValidationFailed("contacts", [err]) from None
    view = _political(style.value, lang)
    assert view is not None
    return view


def political_answers(style_code: str | None) -> tuple[str, str] | None:
    """The two answers (reading, carrying) that give ``style_code``; None for no style."""
    return scoring.political_answers(style_code) if style_code else None


def _clash(f: ClashFinding, lang: str) -> ClashView:
    return ClashView(
        f.kind,
        f.rep_quadrant.value if f.rep_quadrant else None,
        f.buyer_quadrant.value,
        f.difference,
        _item(f.advice, lang),
    )


def _letter_scores(a: Assessment | None) -> dict[str, int] | None:
    return {q.value: s for q, s in a.profile.scores.items()} if a else None


def _tentative(a: Assessment, c: ProfilingContent) -> bool:
    """Whether an estimate's ticked cues are too few to read it with confidence (an
    estimate stored without its cues, as imported ones may be, is taken as it is)."""
    if a.kind != AssessmentKind.OBSERVER.value or not isinstance(a.answers, list):
        return False
    return scoring.observer_tentative([str(x) for x in a.answers], c)


def _widest(mine: Profile, buyer: Profile, lang: str, c: ProfilingContent) -> WidestView:
    q, diff = scoring.widest_difference(mine, buyer)
    return WidestView(
        q.value,
        c.quadrants[q].name.get(lang),
        buyer.scores[q],
        mine.scores[q],
        diff,
        _item(c.quadrants[q].stretch, lang) if diff > 0 else None,
    )


def profile_card(
    uow: UnitOfWork, contact_id: str, lang: str, rep_id: str | None = None
) -> ProfileCard:
    """Everything the profile card of ``contact_id`` shows, in ``lang``.

    The rep-versus-buyer advice uses the self profile of ``rep_id`` (or, with None, of the
    current rep). Raises :class:`~storage.uow.NotFound` for an unknown contact.
    """
    c = content()
    contact = uow.get(Contact, contact_id)
    past = history(uow, contact_id, lang)
    current = past[0] if past else None
    me = current_rep_id(uow)
    mine = rep_profile(uow, rep_id or me, lang) if (rep_id or me) else None
    political = _political(contact.political_style, lang)
    political_status = political.label if political else c.label("political_unknown", lang)
    if current is None:
        return ProfileCard(
            contact_id=contact.id,
            contact_name=contact.name,
            contact_title=contact.title,
            assessment=None,
            history_count=0,
            score=None,
            status=c.label("no_profile", lang),
            traits=(),
            communication=(),
            proposal_do=(),
            proposal_dont=(),
            checklist=checklist(lang),
            political=political,
            political_status=political_status,
            rep_badge=mine.profile.badge if mine else None,
            clashes=(),
            caveats=tuple(t.get(lang) for t in c.caveats),
            rep_scores=_letter_scores(mine),
            me_rep_id=me,
        )
    prof = current.profile
    leading = sorted(prof.primaries, key=lambda q: (-prof.scores[q], q))
    qc = [c.quadrants[q] for q in leading]
    clashes = scoring.rep_vs_buyer(mine.profile, prof, c) if mine else []
    return ProfileCard(
        contact_id=contact.id,
        contact_name=contact.name,
        contact_title=contact.title,
        assessment=current,
        history_count=len(past),
        score=score_view(prof, lang, c, tentative=_tentative(current, c)),
        status=current.kind_label,
        traits=tuple(i for x in qc for i in _items(x.descriptors, lang)),
        communication=tuple(i for x in qc for i in _items(x.communication, lang)),
        proposal_do=tuple(i for x in qc for i in _items(x.proposal_want, lang)),
        proposal_dont=tuple(i for x in qc for i in _items(x.proposal_avoid, lang)),
        checklist=tuple(
            ChecklistGroup(g.quadrant, g.title, g.items, prof.codes[Quadrant(g.quadrant)] == 1)
            for g in checklist(lang)
        ),
        political=political,
        political_status=political_status,
        rep_badge=mine.profile.badge if mine else None,
        clashes=tuple(_clash(f, lang) for f in clashes),
        caveats=tuple(t.get(lang) for t in c.caveats),
        rep_scores=_letter_scores(mine),
        widest=_widest(mine.profile, prof, lang, c) if mine else None,
        me_rep_id=me,
    )


def proposal_check(
    uow: UnitOfWork, contact_ids: Sequence[str], checked_item_ids: Sequence[str], lang: str
) -> ProposalCheckView:
    """Which quadrants of the people in the room the proposal does not serve, and whose.

    ``contact_ids`` are the buyers in the room (their latest profiles are used);
    ``checked_item_ids`` the walk-around checklist items the proposal contains. Raises
    :class:`ValidationFailed` for an unknown item id.
    """
    c = content()
    errors = scoring.proposal_errors(checked_item_ids, c)
    if errors:
        raise _failed(errors)
    ids = list(dict.fromkeys(contact_ids))
    names = dict(
        uow.session.execute(
            select(Contact.id, Contact.name).where(Contact.id.in_(ids), Contact.deleted.is_(False))
        ).all()
    )
    profiles = latest_by_contact(uow, ids)
    people = [(names[i], profiles[i].profile if i in profiles else None) for i in ids if i in names]
    result = scoring.proposal_check(people, checked_item_ids, c)
    rows = tuple(
        ProposalQuadrant(
            r.quadrant.value,
            c.quadrants[r.quadrant].name.get(lang),
            r.present_for,
            r.served,
            _items(r.ticked, lang),
            _items(r.missing, lang),
        )
        for r in result.quadrants
    )
    unserved = {u.quadrant.value for u in result.unserved}
    return ProposalCheckView(
        rows, tuple(r for r in rows if r.quadrant in unserved), result.unprofiled
    )
