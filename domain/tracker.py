"""The 1+2+1 tracker rules: a project's verdict, what is missing, and its risk flags.

Pure functions over :class:`ProjectFacts` (what the database knows about one project) and
:class:`TrackerRules` (the thresholds, from the rep's settings). The rules, in the words of
``docs/tracker.md``:

- **1 guide**: a contact in role ``guide`` on this project whose stance is not *oppose*. An
  insider (内线) only passes information and never counts; a guide who opposes is no guide.
- **2 roles won**: at least ``min_roles_won`` of the four buying roles held by a contact whose
  stance is *support*. A contact holding two roles counts for both.
- **1 salesperson**: a rep is assigned to the project.
- **Status**: green when 1+2+1 holds and the decision maker does not oppose; red when there
  is no guide and fewer than ``min_roles_won`` roles are won; amber otherwise.

Finding texts (missing items, risk flags) are data in ``resources/tracker.json`` (zh_CN, en),
checked when first loaded.
"""

from __future__ import annotations

import datetime as dt
import json
import string
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from functools import cache
from operator import attrgetter
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple

from domain.vocabulary import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    BuyingRole,
    CallOutcome,
    OrgLevel,
    SalesStep,
    TrafficLight,
    label,
)

__all__ = [
    "BUYING_ROLES",
    "FINDING_CODES",
    "JUDGEMENT_FORMAT",
    "Call",
    "Finding",
    "ProjectFacts",
    "Seat",
    "Standing",
    "TrackerRules",
    "TrafficLight",
    "Verdict",
    "assess",
    "last_advance_on",
    "risk_flags",
    "risks_on",
    "standing",
    "tracker_label",
    "verdict",
]

RESOURCE = Path(__file__).resolve().parent.parent / "resources" / "tracker.json"
SETTING_PREFIX = "tracker."
#: Bumped when the findings a judgement holds change shape (2: ``no_top_contact`` names the
#: org level it looked for).
JUDGEMENT_FORMAT = 2
BUYING_ROLES: tuple[str, ...] = tuple(r.value for r in BuyingRole)
_ADVANCING = frozenset({CallOutcome.ADVANCE.value, CallOutcome.ORDER.value})


@dataclass(frozen=True)
class TrackerRules:
    """The tracker's thresholds. Each field is a setting ``tracker.<field>`` (JSON value).

    Documented in ``docs/tracker.md``; :meth:`from_settings` falls back to the default for a
    missing or unusable value, so a bad setting never stops the tracker.
    """

    min_roles_won: int = 2  # the "2" of 1+2+1: buying roles held by a supporter
    stall_days: int = 30  # no advance for this many days is a risk
    continuation_run: int = 2  # this many judged calls in a row ending in continuation is a risk
    top_level: str = "top"  # the org level someone in contact must hold

    _LIMITS = {"min_roles_won": (1, 4), "stall_days": (1, 3650), "continuation_run": (1, 20)}

    @classmethod
    def from_settings(cls, values: Mapping[str, object]) -> TrackerRules:
        """Rules from settings by key (``tracker.min_roles_won`` …); defaults otherwise.

        ``values`` maps setting keys to their JSON values (numbers, or numeric text).
        Keys not starting with ``tracker.`` are ignored, as are values out of range.
        """
        chosen: dict[str, Any] = {}
        for f in fields(cls):
            raw = values.get(SETTING_PREFIX + f.name)
            if raw is None:
                continue
            if f.name == "top_level":
                if isinstance(raw, str) and raw in ("top", "middle", "base"):
                    chosen[f.name] = raw
                continue
            number = _as_int(raw)
            low, high = cls._LIMITS[f.name]
            if number is not None and low <= number <= high:
                chosen[f.name] = number
        return cls(**chosen)

    def fingerprint(self) -> str:
        """The thresholds as one short text: judgements made under other rules differ.

        It starts with :data:`JUDGEMENT_FORMAT`, so judgements kept by an older version
        (whose findings lack parameters added since) count as made under other rules."""
        thresholds = (str(getattr(self, f.name)) for f in fields(self))
        return "|".join((f"v{JUDGEMENT_FORMAT}", *thresholds))

    @classmethod
    def setting_keys(cls) -> dict[str, object]:
        """Every setting key the tracker reads, with its default value."""
        return {SETTING_PREFIX + f.name: getattr(cls(), f.name) for f in fields(cls)}


def _as_int(raw: object) -> int | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return raw
    if isinstance(raw, float) and raw.is_integer():
        return int(raw)
    if isinstance(raw, str):
        try:
            return int(raw.strip())
        except ValueError:
            return None
    return None


class Seat(NamedTuple):
    """One contact in one role on a project (a ``project_roles`` row); immutable."""

    role_id: str
    contact_id: str
    contact_name: str
    role: str  # a BuyingRole or AllyKind code
    stance: str  # a Stance code; a missing stance reads as neutral
    influence: int | None = None
    relationship: int | None = None
    org_level: str | None = None
    title: str | None = None


class Call(NamedTuple):
    """An activity on the project with its outcome (None when not judged); immutable."""

    occurred_at: dt.datetime
    outcome: str | None
    advance_kind: str | None = None
    advance_on: dt.date | None = None


class ProjectFacts(NamedTuple):
    """All a verdict and the risk flags need to know about one project (immutable).

    ``calls`` must hold at least the latest ``continuation_run`` judged calls and the latest
    advance or order (the tracker sheet loads only those); order does not matter.
    ``started_on`` is when the project entered its first step (or was created).
    """

    project_id: str
    step: str = SalesStep.ANALYSE.value
    status: str = "open"
    rep_id: str | None = None
    seats: tuple[Seat, ...] = ()
    calls: tuple[Call, ...] = ()
    next_step_due: dt.date | None = None
    started_on: dt.date | None = None
    step_entered_on: dt.date | None = None


@cache
def _resource() -> dict[str, dict[str, dict[str, str]]]:
    with RESOURCE.open(encoding="utf-8") as fh:
        data: dict[str, dict[str, dict[str, str]]] = json.load(fh)
    check_texts(data["findings"])
    for key, texts in data["labels"].items():
        if not all(texts.get(lang, "").strip() for lang in LANGUAGES):
            raise ValueError(f"tracker.json: label {key} lacks a language")
    return data


def _texts() -> dict[str, dict[str, str]]:
    return _resource()["findings"]


def tracker_label(key: str, lang: str = DEFAULT_LANGUAGE, **params: object) -> str:
    """A label of the tracking sheet (title, column headings …) from ``resources/tracker.json``
    in ``lang``, with ``params`` filled in; raises ``KeyError`` for an unknown key."""
    texts = _resource()["labels"][key]
    return (texts.get(lang) or texts[DEFAULT_LANGUAGE]).format(**params)


# code -> (severity, parameters its text uses). Higher severity = more urgent.
FINDING_CODES: dict[str, tuple[int, frozenset[str]]] = {
    # missing items of the verdict
    "no_guide": (80, frozenset()),
    "no_guide_insiders": (80, frozenset({"insiders"})),
    "guide_opposes": (85, frozenset()),
    "roles_won": (75, frozenset({"won", "total", "needed"})),
    "no_rep": (70, frozenset()),
    # risk flags (dm_opposes is both)
    "dm_opposes": (90, frozenset()),
    "dm_unknown": (65, frozenset()),
    "continuations": (60, frozenset({"count"})),
    "stalled": (55, frozenset({"days"})),
    "no_top_contact": (45, frozenset({"level"})),
    "next_step_overdue": (40, frozenset({"days"})),
    "cold_role": (30, frozenset({"role"})),
}


def check_texts(data: Mapping[str, Mapping[str, str]]) -> None:
    """Raise ``ValueError`` unless ``data`` has a text in every language for every finding
    code, using exactly the parameters that code provides."""
    missing = set(FINDING_CODES) - set(data)
    unknown = set(data) - set(FINDING_CODES)
    if missing or unknown:
        raise ValueError(f"tracker.json: missing {sorted(missing)}, unknown {sorted(unknown)}")
    for code, (_, params) in FINDING_CODES.items():
        for lang in LANGUAGES:
            text = data[code].get(lang, "")
            if not text.strip():
                raise ValueError(f"tracker.json: {code} has no {lang} text")
            used = {name for _, name, _, _ in string.Formatter().parse(text) if name}
            if used != params:
                raise ValueError(
                    f"tracker.json: {code}/{lang} uses {sorted(used)}, not {sorted(params)}"
                )


_NO_PARAMS: Mapping[str, object] = MappingProxyType({})


class Finding(NamedTuple):
    """One missing item or risk flag (immutable); :meth:`text` renders it in either
    language."""

    code: str
    params: Mapping[str, object] = _NO_PARAMS
    severity: int = 0

    @classmethod
    def of(cls, code: str, **params: object) -> Finding:
        """The finding ``code`` with its standard severity."""
        return cls(code, params or _NO_PARAMS, FINDING_CODES[code][0])

    def text(self, lang: str = DEFAULT_LANGUAGE) -> str:
        """The finding in plain words in ``lang`` (zh_CN or en; others fall back to zh_CN)."""
        templates = _texts()[self.code]
        template = templates.get(lang) or templates[DEFAULT_LANGUAGE]
        shown = dict(self.params)
        if "role" in shown:
            shown["role"] = label(BuyingRole(str(shown["role"])), lang)
        if self.code == "no_top_contact":
            level = label(OrgLevel(str(shown.get("level") or OrgLevel.TOP.value)), lang)
            shown["level"] = level.lower() if lang == "en" else level
        return template.format(**shown)

    def as_json(self, lang: str = DEFAULT_LANGUAGE) -> dict[str, object]:
        """The finding as a JSON object: code, severity, params and text."""
        return {
            "code": self.code,
            "severity": self.severity,
            "params": dict(self.params),
            "text": self.text(lang),
        }


class Verdict(NamedTuple):
    """Whether 1+2+1 holds for a project, its status colour and what is missing
    (immutable)."""

    status: TrafficLight
    has_guide: bool
    roles_won: int
    roles_covered: int
    has_rep: bool
    holds: bool
    missing: tuple[Finding, ...] = ()
    dm_opposes: bool = False


def roles_held(seats: tuple[Seat, ...], *, stance: str | None = None) -> frozenset[str]:
    """The buying roles held by some seat (with ``stance`` when given; no stance = neutral)."""
    return frozenset(
        s.role
        for s in seats
        if s.role in BUYING_ROLES and (stance is None or (s.stance or "neutral") == stance)
    )


@dataclass(slots=True)
class _Tally:
    """What one pass over a project's seats finds (the rules read only this)."""

    won: set[str] = field(default_factory=set)
    covered: set[str] = field(default_factory=set)
    warm: set[str] = field(default_factory=set)  # roles with a holder we have a relationship with
    dm_opposes: bool = False
    guides: int = 0
    good_guides: int = 0
    insiders: set[str] = field(default_factory=set)
    top: bool = False


def _tally(seats: tuple[Seat, ...], top_level: str) -> _Tally:
    t = _Tally()
    for s in seats:
        role, stance = s.role, s.stance or "neutral"
        if s.org_level == top_level:
            t.top = True
        if role == "guide":
            t.guides += 1
            if stance != "oppose":
                t.good_guides += 1
        elif role == "insider":
            t.insiders.add(s.contact_id)
        elif role in BUYING_ROLES:
            t.covered.add(role)
            if stance == "support":
                t.won.add(role)
            elif stance == "oppose" and role == "decision_maker":
                t.dm_opposes = True
            if s.relationship:
                t.warm.add(role)
    return t


def verdict(facts: ProjectFacts, rules: TrackerRules | None = None) -> Verdict:
    """The 1+2+1 verdict of a project: guide, roles won, rep, status and what is missing."""
    rules = rules or TrackerRules()
    return _verdict(facts, rules, _tally(facts.seats, rules.top_level))


def _verdict(facts: ProjectFacts, rules: TrackerRules, t: _Tally) -> Verdict:
    has_guide = t.good_guides > 0
    won = len(t.won)
    has_rep = bool(facts.rep_id)
    holds = has_guide and won >= rules.min_roles_won and has_rep
    missing: list[Finding] = []
    if t.dm_opposes:
        missing.append(Finding.of("dm_opposes"))
    if not has_guide:
        if t.guides:
            missing.append(Finding.of("guide_opposes"))
        elif t.insiders:
            missing.append(Finding.of("no_guide_insiders", insiders=len(t.insiders)))
        else:
            missing.append(Finding.of("no_guide"))
    if won < rules.min_roles_won:
        total = len(BUYING_ROLES)
        missing.append(Finding.of("roles_won", won=won, total=total, needed=rules.min_roles_won))
    if not has_rep:
        missing.append(Finding.of("no_rep"))
    if holds and not t.dm_opposes:
        status = TrafficLight.GREEN
    elif not has_guide and won < rules.min_roles_won:
        status = TrafficLight.RED
    else:
        status = TrafficLight.AMBER
    # Positional (keywords cost about 1 µs a verdict): status, has_guide, roles_won,
    # roles_covered, has_rep, holds, missing (built most severe first), dm_opposes.
    return Verdict(
        status, has_guide, won, len(t.covered), has_rep, holds, tuple(missing), t.dm_opposes
    )


def last_advance_on(facts: ProjectFacts) -> dt.date | None:
    """The date of the project's latest advance (its agreed date, else the call's day) or
    order; None when there was none."""
    days = [c.advance_on or c.occurred_at.date() for c in facts.calls if c.outcome in _ADVANCING]
    return max(days) if days else None


def risk_flags(
    facts: ProjectFacts, today: dt.date, rules: TrackerRules | None = None
) -> tuple[Finding, ...]:
    """The risks of an open project, most severe first; a closed project has none.

    Decision maker opposes or unknown; nobody at the top org level in contact; the last
    ``continuation_run`` judged calls were continuations; no advance for ``stall_days``;
    the next step is overdue; a buying role held only by contacts with no relationship.
    """
    return assess(facts, today, rules)[1]


def assess(
    facts: ProjectFacts, today: dt.date, rules: TrackerRules | None = None
) -> tuple[Verdict, tuple[Finding, ...]]:
    """:func:`verdict` and :func:`risk_flags` together, reading the seats once."""
    rules = rules or TrackerRules()
    s = standing(facts, rules)
    return s.verdict, risks_on(s, facts.status, facts.next_step_due, today, rules)


class Standing(NamedTuple):
    """What a project's facts say whatever the day (immutable): the verdict, the risk flags
    that do not age, and the day the stall clock counts from. With the day and the next
    step's due date, :func:`risks_on` completes the risk flags."""

    verdict: Verdict
    risks: tuple[Finding, ...]  # flags that do not age, most severe first
    last_advance_on: dt.date | None
    since: dt.date | None  # the latest advance or order, else the project's start


def standing(facts: ProjectFacts, rules: TrackerRules | None = None) -> Standing:
    """The verdict and the flags of ``facts`` that do not depend on the day."""
    rules = rules or TrackerRules()
    t = _tally(facts.seats, rules.top_level)
    last = last_advance_on(facts)
    return Standing(
        _verdict(facts, rules, t), _standing_risks(facts, rules, t), last, last or facts.started_on
    )


def risks_on(
    s: Standing,
    status: str,
    next_step_due: dt.date | None,
    today: dt.date,
    rules: TrackerRules,
) -> tuple[Finding, ...]:
    """The project's risk flags on ``today``, most severe first: the standing ones with the
    two that age (no advance for ``stall_days``, next step overdue). A closed project has
    none."""
    if status != "open":
        return ()
    dated: list[Finding] = []
    if s.since is not None:
        idle = (today - s.since).days
        if idle >= rules.stall_days:
            dated.append(Finding.of("stalled", days=idle))
    if next_step_due is not None and next_step_due < today:
        dated.append(Finding.of("next_step_overdue", days=(today - next_step_due).days))
    if not dated:
        return s.risks
    # Stable: the standing flags keep their order among equals (the ageing ones have
    # severities of their own).
    return tuple(sorted((*s.risks, *dated), key=_SEVERITY, reverse=True))


def _standing_risks(facts: ProjectFacts, rules: TrackerRules, t: _Tally) -> tuple[Finding, ...]:
    if facts.status != "open":
        return ()
    flags: list[Finding] = []
    if t.dm_opposes:
        flags.append(Finding.of("dm_opposes"))
    elif "decision_maker" not in t.covered:
        flags.append(Finding.of("dm_unknown"))
    if not t.top:
        flags.append(Finding.of("no_top_contact", level=rules.top_level))
    run = rules.continuation_run
    if len(facts.calls) >= run:
        judged = [c for c in facts.calls if c.outcome]
        if len(judged) >= run:
            judged.sort(key=_OCCURRED_AT)
            if all(c.outcome == "continuation" for c in judged[-run:]):
                flags.append(Finding.of("continuations", count=run))
    for role in BUYING_ROLES:
        if role in t.covered and role not in t.warm:
            flags.append(Finding.of("cold_role", role=role))
    flags.sort(key=_SEVERITY, reverse=True)  # stable: equals keep their order
    return tuple(flags)


_OCCURRED_AT = attrgetter("occurred_at")
_SEVERITY = attrgetter("severity")
