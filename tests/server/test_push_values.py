"""The push's direct reading of common values (server.sync_changes._fast) agrees with the
domain's general road (``_checked``: coerce, check, encode) wherever it answers."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from domain.records import TABLES, FieldSpec
from domain.validation import FieldError
from server.sync_changes import Prepared, _checked, _fast, prepare
from sync.protocol import Change

ID = "01a205b3-d003-7258-b817-2912d9579ada"
OTHER = "01a205b3-e393-78b1-9bf0-8acbcc289383"
SAMPLES: list[Any] = [
    ID,
    ID.upper(),
    f" {ID} ",
    ID.replace("-", ""),
    ID[:-1] + "g",
    "",
    "   ",
    "杭州电子设备有限公司",
    "  padded text  ",
    "x" * 5000,
    "bad \ud800 surrogate",
    "0571-88477772",
    "138 0013 8000 转 12",
    "phone?",
    "info@hzdz.com.cn",
    "not an email",
    "2026-06-19T06:58:00.000000",
    "2026-13-19T06:58:00.000000",
    "2026-02-30T06:58:00.000000",
    "2026-06-19T06:58:00",
    "2026-06-19 06:58:00.000000",
    "2026-06-19T06:58:00.000000Z",
    "0001-01-01T00:00:00.000000",
    "2026-06-19",
    "2570000.00",
    "0.00",
    "-0.00",
    "-12.50",
    "007.00",
    "12.5",
    "1,200.00",
    "¥12.00",
    "999999999999999999.99",
    "99999999999999999.99",
    "1e5",
    "NaN",
    "purchaser",
    "neutral",
    "call",
    [ID, OTHER],
    [ID],
    [ID.upper()],
    [ID, " "],
    [ID, 3],
    [],
    ["vip", "年度最佳渠道伙伴"],
    [f" {ID}"],
    True,
    3,
    None,
]


def _answer(f: FieldSpec, raw: Any) -> Any:
    try:
        return _checked(f, raw)
    except FieldError as exc:
        return exc


def _fields() -> list[FieldSpec]:
    seen: dict[tuple[str, str | None, bool], FieldSpec] = {}
    for fields in TABLES.values():
        for f in fields:
            seen.setdefault((f.kind, f.name, f.required), f)
    return list(seen.values())


@pytest.mark.parametrize("f", _fields(), ids=lambda f: f"{f.kind}-{f.name}")
def test_fast_reading_agrees_with_the_general_road(f: FieldSpec) -> None:
    for raw in [*SAMPLES, *(f.allowed_codes()[:2] if f.kind == "enum" else [])]:
        fast = _fast(f, raw)
        if fast is None:
            continue
        general = _answer(f, raw)
        assert not isinstance(general, FieldError), (f, raw, general)
        assert fast == general, (f, raw)
        assert [type(v) for v in fast] == [type(v) for v in general], (f, raw)


def test_fast_reading_answers_the_common_values() -> None:
    by_kind = {f.kind: f for f in _fields() if not f.max_len or f.max_len >= 100}
    assert _fast(by_kind["ref"], ID) == (ID, ID)
    assert _fast(by_kind["id_list"], [ID, OTHER]) == ([ID, OTHER], [ID, OTHER])
    assert _fast(by_kind["text"], " 季度拜访 ") == ("季度拜访", "季度拜访")
    stamp = "2026-06-19T06:58:00.000000"
    assert _fast(by_kind["datetime"], stamp) == (dt.datetime(2026, 6, 19, 6, 58), stamp)
    assert _fast(by_kind["money"], "12.50") is not None
    for f, raw in [
        (by_kind["ref"], ID.upper()),
        (by_kind["id_list"], []),
        (by_kind["text"], "bad \ud800"),
        (by_kind["datetime"], stamp + "Z"),
        (by_kind["money"], "007.00"),
    ]:
        assert _fast(f, raw) is None, (f, raw)


def _change(fields: dict[str, Any]) -> Change:
    return Change(
        change_id=OTHER,
        table="accounts",
        row_id=ID,
        base_version=0,
        fields=fields,
        changed_at="2026-01-05T09:30:00.000000",
    )


@pytest.mark.parametrize(("raw", "deleted"), [(False, False), (True, True), (1, True), (0, False)])
def test_deleted_is_read_as_before(raw: Any, deleted: bool) -> None:
    p = prepare(_change({"name": "杭州", "deleted": raw}), dt.datetime(2026, 1, 6))
    assert isinstance(p, Prepared)
    assert p.deleted is deleted


def test_bad_values_are_still_refused_naming_the_field() -> None:
    received = dt.datetime(2026, 1, 6)
    assert "name" in str(prepare(_change({"name": "x" * 5000}), received))
    assert "owner_rep_id" in str(prepare(_change({"owner_rep_id": ID.upper() + "x"}), received))
    assert "credit_limit" in str(prepare(_change({"credit_limit": "12.5x"}), received))
    assert "deleted" in str(prepare(_change({"deleted": "maybe"}), received))
