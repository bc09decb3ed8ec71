"""Whole-brain scoring: answers → four scores → preference code, type, shares, badge.

Pure functions over the checked content of :mod:`domain.profiling_content`. The rules and
their sources are in ``docs/profiling.md``:

- a score is the quadrant's share of the picks, doubled, on Herrmann's 0–133 grid:
  ``min(133, floor(266 × picks in the quadrant / all picks))`` where *all picks* is the most
  the form allows (8 cues for an observer, 3 × 8 work elements for a self-assessment);
- the code per quadrant is 1 (primary, ≥ 67), 2 (secondary, 34–66) or 3 (tertiary, < 34);
  when no quadrant reaches 67, every quadrant sharing the highest score becomes primary;
- a buyer profile made by a rep is an *estimate*, never called HBDI.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from domain import profiling_content
from domain.profiling_content import STYLE_PLACES, ProfilingContent, Text
from domain.validation import FieldError
from domain.vocabulary import PoliticalStyle, Quadrant

GRID_MAX = 133  # the edge of Herrmann's grid
PRIMARY_MIN = 67
SECONDARY_MIN = 34
OBSERVER_LIMIT = 8  # cues a rep may tick per estimate, as the course picks 8
GRID_PICKS = 8  # work elements picked in each self-assessment grid
TENTATIVE_BELOW = 3  # an estimate from fewer cues than this is only tentative
ANSWERS = "answers"  # the field validation errors name

QUADRANTS: tuple[Quadrant, ...] = tuple(Quadrant)
OPPOSITE: dict[Quadrant, Quadrant] = {
    Quadrant.A: Quadrant.C,
    Quadrant.C: Quadrant.A,
    Quadrant.B: Quadrant.D,
    Quadrant.D: Quadrant.B,
}
# Which family a double dominance belongs to (docs/profiling.md, "Dominance types").
FAMILY: dict[str, str] = {
    "AB": "left",
    "CD": "right",
    "AD": "upper",
    "BC": "lower",
    "AC": "diagonal",
    "BD": "diagonal",
}

Dominance = Literal["single", "double", "triple", "quadruple"]
Scores = dict[Quadrant, int]


# --- scores and codes ----------------------------------------------------------------------


def scale(picks: int, all_picks: int) -> int:
    """The 0–133 score of a quadrant that got ``picks`` of the form's ``all_picks``.

    Half the picks in one quadrant reaches the edge of the grid, so the four scores of a
    full form add up to about twice 133, as real profiles do (the published sample
    102/78/42/57 adds up to 279).
    """
    if all_picks <= 0:
        raise ValueError("all_picks must be positive")
    return min(GRID_MAX, (2 * GRID_MAX * picks) // all_picks)


def code_of(score: int) -> int:
    """1 (primary, ≥ 67), 2 (secondary, 34–66) or 3 (tertiary, < 34) for one score."""
    if score >= PRIMARY_MIN:
        return 1
    return 2 if score >= SECONDARY_MIN else 3


def preference_codes(scores: Mapping[Quadrant, int]) -> dict[Quadrant, int]:
    """The code of each quadrant, with at least one primary.

    When no score reaches 67, every quadrant sharing the highest score becomes primary
    (the tie rule: an even profile reads as balanced rather than picking one arbitrarily).
    """
    codes = {q: code_of(scores[q]) for q in QUADRANTS}
    if 1 not in codes.values():
        top = max(scores[q] for q in QUADRANTS)
        for q in QUADRANTS:
            if scores[q] == top:
                codes[q] = 1
    return codes


@dataclass(frozen=True)
class Profile:
    """A scored profile: scores, codes and everything read from them."""

    scores: Mapping[Quadrant, int]
    codes: Mapping[Quadrant, int]

    @property
    def code_text(self) -> str:
        """The preference code written A-B-C-D, e.g. ``1-1-2-2``."""
        return "-".join(str(self.codes[q]) for q in QUADRANTS)

    @property
    def primaries(self) -> tuple[Quadrant, ...]:
        """The primary quadrants in A-B-C-D order."""
        return tuple(q for q in QUADRANTS if self.codes[q] == 1)

    @property
    def dominance(self) -> Dominance:
        """single, double, triple or quadruple, by the number of primaries."""
        kinds: tuple[Dominance, ...] = ("single", "double", "triple", "quadruple")
        return kinds[len(self.primaries) - 1]

    @property
    def combination(self) -> str:
        """The key of the dominance's reading: single, AB … CD, triple or ABCD."""
        if self.dominance == "double":
            return "".join(self.primaries)
        return {"single": "single", "triple": "triple", "quadruple": "ABCD"}[self.dominance]

    @property
    def family(self) -> str | None:
        """For a double: left, right, upper, lower or diagonal; otherwise None."""
        return FAMILY.get(self.combination)

    @property
    def badge(self) -> str:
        """The dominant quadrants for a badge, e.g. ``A·D``."""
        return "·".join(self.primaries)

    def _share(self, first: Iterable[Quadrant]) -> int:
        total = sum(self.scores.values())
        if total == 0:
            return 50
        return round(100 * sum(self.scores[q] for q in first) / total)

    @property
    def left(self) -> int:
        """Per cent of the total score in the left quadrants (A+B); right is 100 − left."""
        return self._share((Quadrant.A, Quadrant.B))

    @property
    def upper(self) -> int:
        """Per cent of the total score in the upper quadrants (A+D); lower is 100 − upper."""
        return self._share((Quadrant.A, Quadrant.D))


def profile(scores: Mapping[Quadrant, int] | Mapping[str, int]) -> Profile:
    """The :class:`Profile` of four scores (keys are quadrants or their letters).

    Raises ``ValueError`` when a quadrant is missing or a score is outside 0–133.
    """
    clean: Scores = {}
    given: Mapping[Any, int] = scores  # a Quadrant is equal to, and hashes as, its letter
    for q in QUADRANTS:
        value = given.get(q)
        if value is None or not 0 <= int(value) <= GRID_MAX:
            raise ValueError(f"score of quadrant {q.value} must be 0–{GRID_MAX}, got {value!r}")
        clean[q] = int(value)
    return Profile(clean, preference_codes(clean))


# --- answers -------------------------------------------------------------------------------


def toggle_pick(selected: Sequence[str], item_id: str, limit: int) -> tuple[str, ...]:
    """``selected`` with ``item_id`` ticked or unticked, as a form does on a click.

    Ticking one more than ``limit`` is refused: raises :class:`FieldError`
    ``too_many_picks`` naming the limit, and nothing changes.
    """
    if item_id in selected:
        return tuple(i for i in selected if i != item_id)
    if len(selected) >= limit:
        raise FieldError(ANSWERS, "too_many_picks", {"limit": limit, "count": len(selected) + 1})
    return (*selected, item_id)


def _pick_errors(ids: Sequence[str], known: Iterable[str], where: str) -> list[FieldError]:
    errors: list[FieldError] = []
    known_ids = set(known)
    for i in ids:
        if i not in known_ids:
            errors.append(FieldError(ANSWERS, "unknown_pick", {"value": i, "where": where}))
    if len(set(ids)) != len(ids):
        errors.append(FieldError(ANSWERS, "duplicate_pick", {"where": where}))
    return errors


def observer_errors(cue_ids: Sequence[str], content: ProfilingContent) -> list[FieldError]:
    """What is wrong with an observer's ticked cues for saving: none, too many, unknown."""
    errors = _pick_errors(cue_ids, content.cue_quadrant, "cues")
    if not cue_ids:
        errors.append(FieldError(ANSWERS, "no_picks", {}))
    if len(cue_ids) > OBSERVER_LIMIT:
        errors.append(
            FieldError(ANSWERS, "too_many_picks", {"limit": OBSERVER_LIMIT, "count": len(cue_ids)})
        )
    return errors


def observer_counts(cue_ids: Iterable[str], content: ProfilingContent) -> dict[Quadrant, int]:
    """How many of the ticked cues fall in each quadrant (unknown ids ignored)."""
    counts = dict.fromkeys(QUADRANTS, 0)
    for cue in set(cue_ids):
        q = content.cue_quadrant.get(cue)
        if q is not None:
            counts[q] += 1
    return counts


def observer_tentative(cue_ids: Sequence[str], content: ProfilingContent) -> bool:
    """Whether an estimate rests on too few cues to be read as a confident profile.

    True with fewer than :data:`TENTATIVE_BELOW` cues ticked (one tick would otherwise read
    as "single dominant"), and when no quadrant has more than one cue (four single ticks
    would otherwise read as a balanced whole-brain profile); False with nothing ticked.
    """
    counts = observer_counts(cue_ids, content)
    picked = sum(counts.values())
    return picked > 0 and (picked < TENTATIVE_BELOW or max(counts.values()) < 2)


def observed_on_errors(day: dt.date, today: dt.date) -> list[FieldError]:
    """An estimate's date may not lie after ``today``: it records a meeting that happened."""
    if day > today:
        return [ContentMessage("assessed_on", "future_date", {"today": today.isoformat()})]
    return []


class ContentMessage(FieldError):
    """A :class:`FieldError` whose message is a label of the profiling content
    (``general.json``), so it comes in both languages like the rest of the content."""

    def text(self, lang: str = "en") -> str:
        """The message in ``lang``, naming the field."""
        return f"{self.field}: " + profiling_content.content().label(self.code, lang).format(
            **self.params
        )


def observer_scores(cue_ids: Iterable[str], content: ProfilingContent) -> Scores:
    """Scores from ticked cues (unknown ids ignored; check with :func:`observer_errors`)."""
    return {q: scale(n, OBSERVER_LIMIT) for q, n in observer_counts(cue_ids, content).items()}


def self_errors(picks: Mapping[str, Sequence[str]], content: ProfilingContent) -> list[FieldError]:
    """What is wrong with a self-assessment: every grid needs exactly 8 of its own elements."""
    errors: list[FieldError] = []
    grid_ids = [g.id for g in content.grids]
    for grid_id in picks:
        if grid_id not in grid_ids:
            errors.append(FieldError(ANSWERS, "unknown_pick", {"value": grid_id, "where": "grids"}))
    for grid in content.grids:
        chosen = list(picks.get(grid.id, ()))
        errors += _pick_errors(chosen, (e.id for e in grid.elements), grid.id)
        if len(chosen) != GRID_PICKS:
            errors.append(
                FieldError(
                    ANSWERS,
                    "grid_picks",
                    {"grid": grid.id, "limit": GRID_PICKS, "count": len(chosen)},
                )
            )
    return errors


def self_scores(picks: Mapping[str, Iterable[str]], content: ProfilingContent) -> Scores:
    """Scores from the picks in the three grids (partial picks give a preview)."""
    counts = dict.fromkeys(QUADRANTS, 0)
    for grid in content.grids:
        chosen = set(picks.get(grid.id, ()))
        for e in grid.elements:
            if e.id in chosen and e.quadrant is not None:
                counts[e.quadrant] += 1
    return {q: scale(n, GRID_PICKS * len(content.grids)) for q, n in counts.items()}


# --- rep versus buyer ----------------------------------------------------------------------


@dataclass(frozen=True)
class ClashFinding:
    """Where the rep's style misses the buyer's, and what to do differently.

    ``kind`` is ``opposite`` (the rep leads in the quadrant opposite the buyer's: they
    communicate worst) or ``gap`` (the buyer leads where the rep is tertiary).
    ``difference`` is the buyer's score minus the rep's in ``buyer_quadrant``.
    """

    kind: Literal["opposite", "gap"]
    rep_quadrant: Quadrant | None
    buyer_quadrant: Quadrant
    difference: int
    advice: Text


def rep_vs_buyer(rep: Profile, buyer: Profile, content: ProfilingContent) -> list[ClashFinding]:
    """The clashes between the rep's profile and a buyer's, widest gap first.

    An ``opposite`` finding for each quadrant the buyer leads in whose opposite the rep leads
    in (and the rep does not lead in the buyer's quadrant too); a ``gap`` finding for each
    other quadrant the buyer leads in and the rep rarely uses (code 3).
    """
    findings: list[ClashFinding] = []
    for q in buyer.primaries:
        if rep.codes[q] == 1:
            continue
        diff = buyer.scores[q] - rep.scores[q]
        mine = OPPOSITE[q]
        if rep.codes[mine] == 1:
            findings.append(ClashFinding("opposite", mine, q, diff, content.opposites[mine + q]))
        elif rep.codes[q] == 3:
            findings.append(ClashFinding("gap", None, q, diff, content.quadrants[q].stretch))
    findings.sort(key=lambda f: (-f.difference, f.buyer_quadrant))
    return findings


def widest_difference(rep: Profile, buyer: Profile) -> tuple[Quadrant, int]:
    """The quadrant where the two profiles differ most, and buyer minus rep there."""
    q = max(QUADRANTS, key=lambda x: (abs(buyer.scores[x] - rep.scores[x]), -QUADRANTS.index(x)))
    return q, buyer.scores[q] - rep.scores[q]


# --- proposal check ------------------------------------------------------------------------


@dataclass(frozen=True)
class QuadrantCheck:
    """One quadrant of a proposal check.

    ``present_for`` names the people in the room who lead in it; ``ticked`` and ``missing``
    are its walk-around checklist items the proposal has and lacks. It is *served* when
    at least one of its items is ticked.
    """

    quadrant: Quadrant
    present_for: tuple[str, ...]
    ticked: tuple[Text, ...]
    missing: tuple[Text, ...]

    @property
    def served(self) -> bool:
        """Whether the proposal has at least one item for this quadrant."""
        return bool(self.ticked)


@dataclass(frozen=True)
class ProposalCheck:
    """The four quadrants checked, the ones present but not served, and who is unprofiled."""

    quadrants: tuple[QuadrantCheck, ...]
    unprofiled: tuple[str, ...]

    @property
    def unserved(self) -> tuple[QuadrantCheck, ...]:
        """Quadrants someone in the room leads in that the proposal does not serve."""
        return tuple(c for c in self.quadrants if c.present_for and not c.served)


def proposal_errors(checked_ids: Sequence[str], content: ProfilingContent) -> list[FieldError]:
    """Unknown or repeated checklist item ids."""
    return _pick_errors(checked_ids, content.checklist_items, "checklist")


def proposal_check(
    people: Sequence[tuple[str, Profile | None]],
    checked_ids: Iterable[str],
    content: ProfilingContent,
) -> ProposalCheck:
    """Check a proposal's ticked walk-around items against the people in the room.

    ``people`` are ``(name, profile)`` pairs; a person without a profile is listed in
    ``unprofiled``. A quadrant is present when someone's profile has it as primary.
    """
    checked = set(checked_ids)
    rows: list[QuadrantCheck] = []
    for q in QUADRANTS:
        items = content.quadrants[q].checklist
        rows.append(
            QuadrantCheck(
                q,
                tuple(name for name, p in people if p is not None and p.codes[q] == 1),
                tuple(i for i in items if i.id in checked),
                tuple(i for i in items if i.id not in checked),
            )
        )
    return ProposalCheck(tuple(rows), tuple(name for name, p in people if p is None))


# --- political style -----------------------------------------------------------------------


def political_style(reading: str, carrying: str) -> PoliticalStyle:
    """The style from the two answers: reading ``aware``/``unaware``, carrying
    ``integrity``/``games``. Raises :class:`FieldError` for another answer."""
    try:
        return STYLE_PLACES[(reading, carrying)]
    except KeyError:
        raise FieldError(
            "political_style", "bad_answer", {"value": f"{reading}, {carrying}"}
        ) from None


def political_answers(style: PoliticalStyle | str) -> tuple[str, str]:
    """The two answers that give ``style`` (to fill the questions in again)."""
    wanted = PoliticalStyle(style)
    return next(place for place, s in STYLE_PLACES.items() if s == wanted)
