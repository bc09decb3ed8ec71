"""The profiling content files load in both languages, and a broken file says where it is broken."""

from __future__ import annotations

import copy
import json
import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from domain.profiling_content import (
    CUE_GROUPS,
    DIR_VARIABLE,
    FILES,
    LABEL_KEYS,
    RESOURCE_DIR,
    ContentError,
    Text,
    content,
    content_dir,
    load,
    parse,
)
from domain.vocabulary import LANGUAGES, PoliticalStyle, Quadrant


def docs() -> dict[str, Any]:
    return {name: json.loads((RESOURCE_DIR / name).read_text(encoding="utf-8")) for name in FILES}


def every_text(obj: object) -> list[Text]:
    """Every Text reachable from the loaded content."""
    found: list[Text] = []
    if isinstance(obj, Text):
        return [obj]
    if isinstance(obj, Mapping):
        for v in obj.values():
            found += every_text(v)
    elif isinstance(obj, tuple | list):
        for v in obj:
            found += every_text(v)
    elif hasattr(obj, "__dataclass_fields__"):
        for name in obj.__dataclass_fields__:  # type: ignore[attr-defined]
            found += every_text(getattr(obj, name))
    return found


def test_the_bundled_content_loads_with_every_text_in_both_languages() -> None:
    c = content()
    texts = every_text(c)
    assert len(texts) > 250
    for t in texts:
        for lang in LANGUAGES:
            assert t.get(lang).strip(), (t.id, lang)
    assert set(c.labels) == set(LABEL_KEYS)
    assert set(c.quadrants) == set(Quadrant)
    assert set(c.styles) == set(PoliticalStyle)
    assert set(c.combinations) == {"single", "AB", "AC", "AD", "BC", "BD", "CD", "triple", "ABCD"}
    assert set(c.opposites) == {"AC", "CA", "BD", "DB"}


def test_each_quadrant_has_cues_in_every_group_and_advice_for_the_card() -> None:
    c = content()
    for q, qc in c.quadrants.items():
        assert [g for g in CUE_GROUPS if qc.cues[g]] == list(CUE_GROUPS)
        assert len(qc.all_cues()) == 8
        assert all(cue.quadrant == q for cue in qc.all_cues())
        assert qc.communication and qc.proposal_want and qc.proposal_avoid and qc.checklist
    assert len(c.cue_quadrant) == 32


def test_the_three_grids_hold_four_elements_of_each_quadrant() -> None:
    grids = content().grids
    assert [g.id for g in grids] == ["like_most", "career", "ideal_job"]
    for g in grids:
        assert len(g.elements) == 16
        for q in Quadrant:
            assert sum(e.quadrant == q for e in g.elements) == 4


def test_every_cue_and_checklist_item_has_an_id_of_its_own() -> None:
    c = content()
    ids = [t.id for qc in c.quadrants.values() for t in (*qc.all_cues(), *qc.checklist)]
    assert len(ids) == len(set(ids)) == len(c.cue_quadrant) + len(c.checklist_items)


def broken(mutate: Any) -> dict[str, Any]:
    d = copy.deepcopy(docs())
    mutate(d)
    return d


@pytest.mark.parametrize(
    ("mutate", "file", "entry", "problem"),
    [
        (
            lambda d: d["quadrants.json"]["quadrants"]["B"]["cues"]["words"][0].pop("en"),
            "quadrants.json",
            "quadrants.B.cues.words[0] (id 'B.cue.steps')",
            "missing language 'en'",
        ),
        (
            lambda d: d["quadrants.json"]["quadrants"].update(E={}),
            "quadrants.json",
            "quadrants.E",
            "unknown quadrant 'E'",
        ),
        (
            lambda d: d["self_grids.json"]["grids"][1]["elements"][0].update(quadrant="X"),
            "self_grids.json",
            "grids[1] (id 'career').elements[0] (id 'career.measuring')",
            "unknown quadrant 'X'",
        ),
        (
            lambda d: d["quadrants.json"]["quadrants"]["C"]["checklist"][1].update(
                id="A.check.facts"
            ),
            "quadrants.json",
            "quadrants.C.checklist[1]",
            "duplicate id 'A.check.facts'",
        ),
        (
            lambda d: d["self_grids.json"]["grids"][2]["elements"].pop(),
            "self_grids.json",
            "grids[2] (id 'ideal_job')",
            "has 3 elements of quadrant D",
        ),
        (
            lambda d: d["combinations.json"]["combinations"].pop("BD"),
            "combinations.json",
            "combinations",
            "missing key 'BD'",
        ),
        (
            lambda d: d["general.json"]["labels"]["estimate"].update(zh_CN=""),
            "general.json",
            "labels.estimate",
            "missing language 'zh_CN'",
        ),
        (
            lambda d: d["political.json"]["styles"]["fox"].update(carrying="integrity"),
            "political.json",
            "styles.fox",
            "sits at reading 'aware', carrying 'games'",
        ),
        (
            lambda d: d["quadrants.json"]["quadrants"]["D"]["cues"]["decides"].pop(),
            "quadrants.json",
            "quadrants.D.cues.decides",
            "should be a non-empty list",
        ),
    ],
)
def test_a_broken_file_names_the_file_and_the_entry(
    mutate: Any, file: str, entry: str, problem: str
) -> None:
    with pytest.raises(ContentError) as caught:
        parse(broken(mutate))
    err = caught.value
    assert (err.file, err.entry) == (file, entry)
    assert problem in err.problem
    assert str(err).startswith(f"{file}: {entry}: ")


def test_a_broken_copy_on_disk_fails_to_load_naming_the_file(tmp_path: Path) -> None:
    for name in FILES:
        shutil.copy(RESOURCE_DIR / name, tmp_path / name)
    assert load(tmp_path).quadrants[Quadrant.A].question.get("en") == "What?"
    (tmp_path / "political.json").write_text('{"axes": ', encoding="utf-8")
    with pytest.raises(ContentError, match=r"^political\.json: line 1: not valid JSON"):
        load(tmp_path)
    (tmp_path / "political.json").unlink()
    with pytest.raises(ContentError, match=r"^political\.json: file: missing"):
        load(tmp_path)


def test_the_caveats_include_the_critics_and_the_labels_warn_of_thin_estimates() -> None:
    c = content()
    critics = next(t for t in c.caveats if t.id == "caveat.critics")
    assert "pop psychology" in critics.get("en") and "neurolog" in critics.get("en")
    assert "通俗心理学" in critics.get("zh_CN")
    assert c.label("tentative", "en") == "Tentative — few cues observed"
    assert "线索" in c.label("tentative", "zh_CN")
    for lang in LANGUAGES:
        assert "{today}" in c.label("future_date", lang)


def test_the_content_folder_can_be_overridden_and_a_broken_override_names_file_and_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in FILES:
        shutil.copy(RESOURCE_DIR / name, tmp_path / name)
    bad = json.loads((tmp_path / "quadrants.json").read_text(encoding="utf-8"))
    bad["quadrants"]["B"]["cues"]["words"][0].pop("en")
    (tmp_path / "quadrants.json").write_text(json.dumps(bad), encoding="utf-8")
    monkeypatch.setenv(DIR_VARIABLE, str(tmp_path))
    content.cache_clear()
    try:
        assert content_dir() == tmp_path
        with pytest.raises(ContentError) as caught:
            content()
        assert (caught.value.file, caught.value.entry) == (
            "quadrants.json",
            "quadrants.B.cues.words[0] (id 'B.cue.steps')",
        )
        monkeypatch.delenv(DIR_VARIABLE)
        assert content_dir() == RESOURCE_DIR
    finally:
        content.cache_clear()  # the bundled content again for the other tests
