"""The profiling content a trainer edits: quadrants, cues, advice, grids, political styles.

The content lives in ``resources/profiling/*.json`` (zh_CN and en, see ``docs/profiling.md``).
:func:`parse` turns the parsed JSON documents into frozen :class:`ProfilingContent` and checks
them on the way: a missing language, an unknown quadrant, a duplicate id, a grid of the wrong
size … raises :class:`ContentError` naming the file and the entry. :func:`load` reads the
files (like ``domain.vocabulary`` reads its labels) and :func:`content` caches the bundled
set, so the check runs once, at start-up and in the tests, never in front of a user.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from domain.vocabulary import DEFAULT_LANGUAGE, LANGUAGES, PoliticalStyle, Quadrant

RESOURCE_DIR = Path(__file__).resolve().parent.parent / "resources" / "profiling"
# Read the content from another folder instead (a trainer trying out edited files; tests).
DIR_VARIABLE = "REPDESK_PROFILING_DIR"
FILES = (
    "general.json",
    "quadrants.json",
    "combinations.json",
    "self_grids.json",
    "political.json",
)

CUE_GROUPS = ("words", "asks_for", "documents_office", "described_as", "decides")
QUADRANT_LISTS = ("descriptors", "communication", "proposal_want", "proposal_avoid", "checklist")
LABEL_KEYS = (
    "estimate",
    "self",
    "code_1",
    "code_2",
    "code_3",
    "type_single",
    "type_double",
    "type_triple",
    "type_quadruple",
    "mode_left",
    "mode_right",
    "mode_upper",
    "mode_lower",
    "family_left",
    "family_right",
    "family_upper",
    "family_lower",
    "family_diagonal",
    "no_profile",
    "political_unknown",
    "tentative",
    "future_date",
)
COMBINATION_KEYS = ("single", "AB", "AC", "AD", "BC", "BD", "CD", "triple", "ABCD")
# Rep strong in the first quadrant, buyer strong in the opposite one.
OPPOSITE_KEYS = ("AC", "CA", "BD", "DB")
GRID_COUNT = 3
GRID_PER_QUADRANT = 4  # each grid holds 4 work elements per quadrant, 16 in all
AXES = {"reading": ("aware", "unaware"), "carrying": ("integrity", "games")}
# Baddeley & James: (reads the organisation?, integrity or games) → style. A fact of the
# model, so the content file must agree with it rather than define it.
STYLE_PLACES: dict[tuple[str, str], PoliticalStyle] = {
    ("aware", "integrity"): PoliticalStyle.OWL,
    ("aware", "games"): PoliticalStyle.FOX,
    ("unaware", "integrity"): PoliticalStyle.SHEEP,
    ("unaware", "games"): PoliticalStyle.DONKEY,
}


class ContentError(ValueError):
    """A profiling content file is wrong; the message names the file and the entry."""

    def __init__(self, file: str, entry: str, problem: str) -> None:
        self.file = file
        self.entry = entry
        self.problem = problem
        super().__init__(f"{file}: {entry}: {problem}")


@dataclass(frozen=True)
class Text:
    """One piece of content in every language, with its stable id (and quadrant, if any)."""

    id: str
    texts: Mapping[str, str]
    quadrant: Quadrant | None = None

    def get(self, lang: str = DEFAULT_LANGUAGE) -> str:
        """The text in ``lang``, falling back to zh_CN."""
        return self.texts.get(lang) or self.texts[DEFAULT_LANGUAGE]


@dataclass(frozen=True)
class QuadrantContent:
    """Everything said about one quadrant."""

    quadrant: Quadrant
    name: Text
    question: Text
    colour: str
    descriptors: tuple[Text, ...]
    cues: Mapping[str, tuple[Text, ...]]  # by cue group, in CUE_GROUPS order
    communication: tuple[Text, ...]
    proposal_want: tuple[Text, ...]
    proposal_avoid: tuple[Text, ...]
    checklist: tuple[Text, ...]
    stretch: Text  # for a rep weak where this buyer is strong

    def all_cues(self) -> tuple[Text, ...]:
        """The quadrant's cues over all groups."""
        return tuple(c for group in CUE_GROUPS for c in self.cues[group])


@dataclass(frozen=True)
class Combination:
    """The reading of a dominance type: ``single``, a double (``AB`` …), ``triple``, ``ABCD``."""

    key: str
    name: Text
    reading: Text


@dataclass(frozen=True)
class Grid:
    """One self-assessment grid: a prompt and its work elements (each of one quadrant)."""

    id: str
    prompt: Text
    elements: tuple[Text, ...]


@dataclass(frozen=True)
class PoliticalAxis:
    """One of the two questions of the political-style model, with its two answers."""

    id: str
    name: Text
    question: Text
    answers: Mapping[str, Text]


@dataclass(frozen=True)
class PoliticalStyleContent:
    """An owl, fox, sheep or donkey: where it sits on the axes, how it shows, what to do."""

    style: PoliticalStyle
    reading: str
    carrying: str
    nature: Text
    sounds_like: tuple[Text, ...]
    advice: tuple[Text, ...]


@dataclass(frozen=True)
class ProfilingContent:
    """All profiling content, checked; look-ups by id are precomputed."""

    labels: Mapping[str, Text]
    caveats: tuple[Text, ...]
    cue_groups: tuple[Text, ...]
    quadrants: Mapping[Quadrant, QuadrantContent]
    combinations: Mapping[str, Combination]
    opposites: Mapping[str, Text]
    grids: tuple[Grid, ...]
    axes: Mapping[str, PoliticalAxis]
    styles: Mapping[PoliticalStyle, PoliticalStyleContent]
    political_caveat: Text
    cue_quadrant: Mapping[str, Quadrant]
    checklist_items: Mapping[str, Text]

    def label(self, key: str, lang: str = DEFAULT_LANGUAGE) -> str:
        """The general label ``key`` (one of LABEL_KEYS) in ``lang``."""
        return self.labels[key].get(lang)

    def grid(self, grid_id: str) -> Grid:
        """The self-assessment grid ``grid_id``; raises ``KeyError``."""
        for g in self.grids:
            if g.id == grid_id:
                return g
        raise KeyError(grid_id)

    def cue(self, cue_id: str) -> Text:
        """The observable cue ``cue_id``; raises ``KeyError``."""
        q = self.cue_quadrant[cue_id]
        return next(c for c in self.quadrants[q].all_cues() if c.id == cue_id)


# --- parsing -------------------------------------------------------------------------------


class _Reader:
    """Reads entries of one file, remembering every id seen across files."""

    def __init__(self, file: str, seen: dict[str, str]) -> None:
        self.file = file
        self.seen = seen

    def fail(self, entry: str, problem: str) -> ContentError:
        return ContentError(self.file, entry, problem)

    def obj(self, value: Any, entry: str) -> Mapping[str, Any]:
        if not isinstance(value, Mapping):
            raise self.fail(entry, f"should be an object, not {type(value).__name__}")
        return value

    def key(self, parent: Mapping[str, Any], key: str, entry: str) -> Any:
        if key not in parent:
            raise self.fail(entry, f"missing key '{key}'")
        return parent[key]

    def items(self, value: Any, entry: str) -> list[Any]:
        if not isinstance(value, list) or not value:
            raise self.fail(entry, "should be a non-empty list")
        return value

    def keys_exactly(self, value: Mapping[str, Any], wanted: tuple[str, ...], entry: str) -> None:
        unknown = [k for k in value if k not in wanted]
        if unknown:
            raise self.fail(entry, f"unknown key '{unknown[0]}' (expected {', '.join(wanted)})")
        missing = [k for k in wanted if k not in value]
        if missing:
            raise self.fail(entry, f"missing key '{missing[0]}'")

    def claim(self, data: Mapping[str, Any], entry: str) -> str:
        """The entry's own ``id``, refused when missing or already used in any file."""
        raw_id = data.get("id")
        if not isinstance(raw_id, str) or not raw_id.strip():
            raise self.fail(entry, "missing 'id'")
        if raw_id in self.seen:
            raise self.fail(entry, f"duplicate id '{raw_id}' (first in {self.seen[raw_id]})")
        self.seen[raw_id] = self.file
        return raw_id

    def quadrant(self, value: Any, entry: str) -> Quadrant:
        try:
            return Quadrant(value)
        except ValueError:
            raise self.fail(entry, f"unknown quadrant '{value}' (expected A, B, C or D)") from None

    def text(
        self,
        value: Any,
        entry: str,
        *,
        text_id: str | None = None,
        quadrant: Quadrant | None = None,
    ) -> Text:
        """A text object; with ``text_id`` None the object must carry its own ``id``."""
        data = self.obj(value, entry)
        if text_id is None:
            text_id = self.claim(data, entry)
            entry = f"{entry} (id '{text_id}')"
        texts: dict[str, str] = {}
        for lang in LANGUAGES:
            t = data.get(lang)
            if not isinstance(t, str) or not t.strip():
                raise self.fail(entry, f"missing language '{lang}'")
            texts[lang] = t
        if "quadrant" in data:
            quadrant = self.quadrant(data["quadrant"], entry)
        return Text(text_id, texts, quadrant)

    def texts(self, value: Any, entry: str, quadrant: Quadrant | None = None) -> tuple[Text, ...]:
        return tuple(
            self.text(item, f"{entry}[{i}]", quadrant=quadrant)
            for i, item in enumerate(self.items(value, entry))
        )


def _general(r: _Reader, doc: Mapping[str, Any]) -> tuple[dict[str, Text], tuple[Text, ...]]:
    labels_raw = r.obj(r.key(doc, "labels", "top level"), "labels")
    labels: dict[str, Text] = {}
    for key in LABEL_KEYS:
        labels[key] = r.text(r.key(labels_raw, key, "labels"), f"labels.{key}", text_id=key)
    caveats = r.texts(r.key(doc, "caveats", "top level"), "caveats")
    return labels, caveats


def _quadrant(r: _Reader, q: Quadrant, raw: Any) -> QuadrantContent:
    at = f"quadrants.{q.value}"
    data = r.obj(raw, at)
    cues_raw = r.obj(r.key(data, "cues", at), f"{at}.cues")
    r.keys_exactly(cues_raw, CUE_GROUPS, f"{at}.cues")
    cues = {g: r.texts(cues_raw[g], f"{at}.cues.{g}", q) for g in CUE_GROUPS}
    for group, items in cues.items():
        for i, item in enumerate(items):
            if item.quadrant != q:
                raise r.fail(
                    f"{at}.cues.{group}[{i}] (id '{item.id}')",
                    f"quadrant '{item.quadrant}' given under quadrant {q.value}",
                )
    lists = {name: r.texts(r.key(data, name, at), f"{at}.{name}", q) for name in QUADRANT_LISTS}
    colour = r.key(data, "colour", at)
    if not isinstance(colour, str) or not colour.startswith("#"):
        raise r.fail(f"{at}.colour", f"should be a colour like '#2f6db5', not {colour!r}")
    return QuadrantContent(
        quadrant=q,
        name=r.text(r.key(data, "name", at), f"{at}.name", text_id=f"{q.value}.name"),
        question=r.text(
            r.key(data, "question", at), f"{at}.question", text_id=f"{q.value}.question"
        ),
        colour=colour,
        cues=cues,
        stretch=r.text(r.key(data, "stretch", at), f"{at}.stretch", quadrant=q),
        **lists,
    )


def _quadrants(
    r: _Reader, doc: Mapping[str, Any]
) -> tuple[tuple[Text, ...], dict[Quadrant, QuadrantContent]]:
    groups = r.texts(r.key(doc, "cue_groups", "top level"), "cue_groups")
    group_ids = tuple(g.id for g in groups)
    if sorted(group_ids) != sorted(CUE_GROUPS):
        raise r.fail("cue_groups", f"should list exactly {', '.join(CUE_GROUPS)}")
    raw = r.obj(r.key(doc, "quadrants", "top level"), "quadrants")
    for key in raw:
        r.quadrant(key, f"quadrants.{key}")
    quadrants: dict[Quadrant, QuadrantContent] = {}
    for q in Quadrant:
        quadrants[q] = _quadrant(r, q, r.key(raw, q.value, "quadrants"))
    counts = {q.value: len(c.all_cues()) for q, c in quadrants.items()}
    if len(set(counts.values())) != 1:
        shown = ", ".join(f"{k}: {v}" for k, v in counts.items())
        raise r.fail(
            "quadrants.*.cues", f"every quadrant needs as many cues as the others ({shown})"
        )
    return groups, quadrants


def _combinations(
    r: _Reader, doc: Mapping[str, Any]
) -> tuple[dict[str, Combination], dict[str, Text]]:
    raw = r.obj(r.key(doc, "combinations", "top level"), "combinations")
    r.keys_exactly(raw, COMBINATION_KEYS, "combinations")
    combos: dict[str, Combination] = {}
    for key in COMBINATION_KEYS:
        at = f"combinations.{key}"
        entry = r.obj(raw[key], at)
        combo_id = r.claim(entry, at)
        combos[key] = Combination(
            key,
            r.text(r.key(entry, "name", at), f"{at}.name", text_id=f"{combo_id}.name"),
            r.text(r.key(entry, "reading", at), f"{at}.reading", text_id=combo_id),
        )
    opp_raw = r.obj(r.key(doc, "opposites", "top level"), "opposites")
    r.keys_exactly(opp_raw, OPPOSITE_KEYS, "opposites")
    opposites = {k: r.text(opp_raw[k], f"opposites.{k}") for k in OPPOSITE_KEYS}
    return combos, opposites


def _grids(r: _Reader, doc: Mapping[str, Any]) -> tuple[Grid, ...]:
    raw = r.items(r.key(doc, "grids", "top level"), "grids")
    if len(raw) != GRID_COUNT:
        raise r.fail("grids", f"should hold {GRID_COUNT} grids, not {len(raw)}")
    grids: list[Grid] = []
    for i, g in enumerate(raw):
        at = f"grids[{i}]"
        data = r.obj(g, at)
        grid_id = r.key(data, "id", at)
        if not isinstance(grid_id, str) or not grid_id or grid_id in {x.id for x in grids}:
            raise r.fail(at, f"needs an id of its own, not {grid_id!r}")
        at = f"grids[{i}] (id '{grid_id}')"
        elements = r.texts(r.key(data, "elements", at), f"{at}.elements")
        for j, e in enumerate(elements):
            if e.quadrant is None:
                raise r.fail(f"{at}.elements[{j}] (id '{e.id}')", "missing key 'quadrant'")
        for q in Quadrant:
            n = sum(1 for e in elements if e.quadrant == q)
            if n != GRID_PER_QUADRANT:
                raise r.fail(
                    at,
                    f"has {n} elements of quadrant {q.value}; every grid needs "
                    f"{GRID_PER_QUADRANT} per quadrant ({GRID_PER_QUADRANT * 4} in all)",
                )
        prompt = r.text(r.key(data, "prompt", at), f"{at}.prompt", text_id=f"{grid_id}.prompt")
        grids.append(Grid(grid_id, prompt, elements))
    return tuple(grids)


def _political(
    r: _Reader, doc: Mapping[str, Any]
) -> tuple[dict[str, PoliticalAxis], dict[PoliticalStyle, PoliticalStyleContent], Text]:
    axes_raw = r.obj(r.key(doc, "axes", "top level"), "axes")
    r.keys_exactly(axes_raw, tuple(AXES), "axes")
    axes: dict[str, PoliticalAxis] = {}
    for axis, answers in AXES.items():
        at = f"axes.{axis}"
        data = r.obj(axes_raw[axis], at)
        ans_raw = r.obj(r.key(data, "answers", at), f"{at}.answers")
        r.keys_exactly(ans_raw, answers, f"{at}.answers")
        axes[axis] = PoliticalAxis(
            axis,
            r.text(r.key(data, "name", at), f"{at}.name", text_id=f"{axis}.name"),
            r.text(r.key(data, "question", at), f"{at}.question", text_id=f"{axis}.question"),
            {a: r.text(ans_raw[a], f"{at}.answers.{a}", text_id=f"{axis}.{a}") for a in answers},
        )
    styles_raw = r.obj(r.key(doc, "styles", "top level"), "styles")
    codes = tuple(s.value for s in PoliticalStyle)
    r.keys_exactly(styles_raw, codes, "styles")
    styles: dict[PoliticalStyle, PoliticalStyleContent] = {}
    for style in PoliticalStyle:
        at = f"styles.{style.value}"
        data = r.obj(styles_raw[style.value], at)
        reading, carrying = r.key(data, "reading", at), r.key(data, "carrying", at)
        wanted = next(p for p, s in STYLE_PLACES.items() if s == style)
        if (reading, carrying) != wanted:
            raise r.fail(
                at,
                f"sits at reading '{wanted[0]}', carrying '{wanted[1]}' in the model, "
                f"not ({reading!r}, {carrying!r})",
            )
        styles[style] = PoliticalStyleContent(
            style,
            reading,
            carrying,
            r.text(r.key(data, "nature", at), f"{at}.nature"),
            r.texts(r.key(data, "sounds_like", at), f"{at}.sounds_like"),
            r.texts(r.key(data, "advice", at), f"{at}.advice"),
        )
    caveat = r.text(r.key(doc, "caveat", "top level"), "caveat")
    return axes, styles, caveat


def parse(docs: Mapping[str, Any]) -> ProfilingContent:
    """Check the parsed content documents (file name → JSON value) and build the content.

    Raises :class:`ContentError` naming the file and the entry at the first problem.
    """
    for name in FILES:
        if name not in docs:
            raise ContentError(name, "file", "missing")
    seen: dict[str, str] = {}

    def reader(name: str) -> tuple[_Reader, Mapping[str, Any]]:
        r = _Reader(name, seen)
        return r, r.obj(docs[name], "top level")

    labels, caveats = _general(*reader("general.json"))
    groups, quadrants = _quadrants(*reader("quadrants.json"))
    combinations, opposites = _combinations(*reader("combinations.json"))
    grids = _grids(*reader("self_grids.json"))
    axes, styles, political_caveat = _political(*reader("political.json"))
    return ProfilingContent(
        labels=labels,
        caveats=caveats,
        cue_groups=groups,
        quadrants=quadrants,
        combinations=combinations,
        opposites=opposites,
        grids=grids,
        axes=axes,
        styles=styles,
        political_caveat=political_caveat,
        cue_quadrant={c.id: q for q, qc in quadrants.items() for c in qc.all_cues()},
        checklist_items={c.id: c for qc in quadrants.values() for c in qc.checklist},
    )


def load(directory: Path = RESOURCE_DIR) -> ProfilingContent:
    """Read and check the content files in ``directory``; raises :class:`ContentError`."""
    docs: dict[str, Any] = {}
    for name in FILES:
        path = directory / name
        try:
            docs[name] = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ContentError(name, "file", f"missing in {directory}") from None
        except json.JSONDecodeError as exc:
            raise ContentError(name, f"line {exc.lineno}", f"not valid JSON: {exc.msg}") from None
    return parse(docs)


def content_dir() -> Path:
    """Where the content files are read from: ``$REPDESK_PROFILING_DIR`` if set, else the
    bundled ``resources/profiling``."""
    override = os.environ.get(DIR_VARIABLE, "").strip()
    return Path(override) if override else RESOURCE_DIR


@cache
def content() -> ProfilingContent:
    """The profiling content (from :func:`content_dir`), read and checked once.

    Raises :class:`ContentError`; the app calls this at start-up so a broken file is
    reported before any window opens.
    """
    return load(content_dir())
