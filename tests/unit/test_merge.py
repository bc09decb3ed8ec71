"""The per-field merge rule (domain/merge.py): later edit wins, nothing lost, no resurrection."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from domain.merge import Edit, FieldState, clamp, merge, wins

RECEIVED = dt.datetime(2026, 1, 10, 12, 0, 0)


def edit(value: object, time: str = "2026-01-10T08:00:00.000000", cid: str = "c1") -> Edit:
    return Edit(value, time, "lina", cid)


def state(value: object, version: int, time: str = "2026-01-10T08:00:00.000000") -> FieldState:
    return FieldState(Edit(value, time, "zhangwei", "s1"), version)


def test_a_new_record_takes_every_field() -> None:
    incoming = {"name": edit("杭州伟业"), "city": edit("杭州")}
    out = merge(None, incoming, 0)
    assert out.take == incoming
    assert out.status == "applied"


def test_a_field_nobody_changed_since_the_base_version_takes_the_clients_value() -> None:
    out = merge({"city": state("宁波", 5)}, {"city": edit("杭州")}, base_version=5)
    assert out.take["city"].value == "杭州"
    assert out.lost == [] and out.status == "applied"


def test_edits_of_different_fields_are_both_kept_and_the_change_is_merged() -> None:
    current = {"city": state("宁波", 8), "name": state("伟业", 3)}
    out = merge(current, {"name": edit("伟业集团")}, base_version=5)
    assert out.take == {"name": edit("伟业集团")}
    assert out.lost == []
    assert out.status == "merged"


def test_both_sides_setting_the_same_value_is_no_conflict() -> None:
    out = merge({"city": state("杭州", 8)}, {"city": edit("杭州")}, base_version=5)
    assert "city" in out.take and out.lost == []
    assert out.status == "applied"


def test_the_later_edit_of_the_same_field_wins_and_the_loser_is_kept() -> None:
    current = {"city": state("宁波", 8, "2026-01-10T07:00:00.000000")}
    out = merge(current, {"city": edit("杭州", "2026-01-10T09:00:00.000000")}, base_version=5)
    assert out.take["city"].value == "杭州"
    [lost] = out.lost
    assert (lost.field, lost.kept.value, lost.lost.value) == ("city", "杭州", "宁波")
    assert out.status == "conflict"


def test_an_older_edit_of_the_same_field_loses_and_is_kept_as_the_lost_value() -> None:
    current = {"city": state("宁波", 8, "2026-01-10T10:00:00.000000")}
    out = merge(current, {"city": edit("杭州", "2026-01-10T09:00:00.000000")}, base_version=5)
    assert "city" not in out.take
    [lost] = out.lost
    assert (lost.kept.value, lost.lost.value, lost.lost.author) == ("宁波", "杭州", "lina")
    assert out.status == "conflict"


def test_equal_edit_times_are_broken_by_the_larger_change_id() -> None:
    same = "2026-01-10T09:00:00.000000"
    a, b = Edit("x", same, None, "aaa"), Edit("y", same, None, "bbb")
    assert wins(b, a) and not wins(a, b)


def test_a_clock_a_year_ahead_is_clamped_to_the_receipt_time() -> None:
    assert clamp("2027-01-10T12:00:00", RECEIVED) == "2026-01-10T12:00:00.000000"


def test_clamping_keeps_earlier_times_and_converts_offsets_to_utc() -> None:
    assert clamp("2026-01-09T08:00:00", RECEIVED) == "2026-01-09T08:00:00.000000"
    assert clamp("2026-01-10T10:00:00+08:00", RECEIVED) == "2026-01-10T02:00:00.000000"


def test_a_missing_or_unreadable_time_counts_as_the_receipt_time() -> None:
    assert (
        clamp(None, RECEIVED)
        == clamp("yesterday", RECEIVED)
        == RECEIVED.isoformat(timespec="microseconds")
    )


def test_an_edit_of_a_deleted_record_is_refused() -> None:
    current = {"city": state("宁波", 3), "deleted": state(True, 8)}
    out = merge(current, {"city": edit("杭州")}, base_version=3, deleted=True)
    assert out.refused_deleted and out.take == {}
    assert out.status == "conflict"


def test_an_explicit_undelete_of_a_deleted_record_is_applied() -> None:
    current = {"deleted": state(True, 8)}
    out = merge(current, {"deleted": edit(False)}, base_version=8, deleted=True)
    assert not out.refused_deleted
    assert out.take["deleted"].value is False


_times = st.datetimes(min_value=dt.datetime(2025, 1, 1), max_value=dt.datetime(2027, 1, 1)).map(
    lambda t: t.isoformat(timespec="microseconds")
)
_edits = st.builds(Edit, st.integers(0, 3), _times, st.just("a"), st.uuids().map(str))


@given(theirs=_edits, mine=_edits, version=st.integers(1, 20), behind=st.integers(1, 20))
def test_of_two_concurrent_edits_no_value_is_silently_lost(
    theirs: Edit, mine: Edit, version: int, behind: int
) -> None:
    out = merge({"f": FieldState(theirs, version)}, {"f": mine}, max(0, version - behind))
    kept = out.take["f"].value if "f" in out.take else theirs.value
    losers = {lost.lost.value for lost in out.lost}
    assert {theirs.value, mine.value} <= {kept} | losers


@given(theirs=_edits, mine=_edits, version=st.integers(0, 20), ahead=st.integers(0, 20))
def test_an_edit_made_after_seeing_the_current_value_always_applies(
    theirs: Edit, mine: Edit, version: int, ahead: int
) -> None:
    out = merge({"f": FieldState(theirs, version)}, {"f": mine}, version + ahead)
    assert out.take == {"f": mine} and out.lost == []


@given(a=_edits, b=_edits)
def test_both_orders_of_a_same_field_conflict_keep_the_same_winner(a: Edit, b: Edit) -> None:
    one = merge({"f": FieldState(a, 9)}, {"f": b}, 1)
    two = merge({"f": FieldState(b, 9)}, {"f": a}, 1)
    winner_one = one.take["f"].value if "f" in one.take else a.value
    winner_two = two.take["f"].value if "f" in two.take else b.value
    assert winner_one == winner_two
