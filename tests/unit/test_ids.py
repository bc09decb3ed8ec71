"""Time-ordered ids (UUIDv7): a row made later sorts after one made earlier."""

from __future__ import annotations

import re
import threading
import time
import uuid

import pytest

from domain import ids
from domain.ids import new_id, uuid7_text
from domain.validation import coerce_id

CANONICAL = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")


def test_a_new_id_is_canonical_uuid_text_of_version_7_and_the_rfc_variant() -> None:
    for _ in range(200):
        text = new_id()
        value = uuid.UUID(text)
        assert CANONICAL.fullmatch(text) and str(value) == text
        assert value.version == 7 and value.variant == uuid.RFC_4122


def test_a_new_id_starts_with_the_current_time_in_milliseconds() -> None:
    before = time.time_ns() // 1_000_000
    stamp = int(new_id().replace("-", "")[:12], 16)
    after = time.time_ns() // 1_000_000
    assert before <= stamp <= after + 1  # +1: a burst before may have borrowed a millisecond


def test_ids_made_one_after_another_sort_in_that_order_and_never_repeat() -> None:
    made = [new_id() for _ in range(50_000)]  # many fall into one millisecond
    assert made == sorted(made)
    assert len(set(made)) == len(made)


def test_ids_keep_their_order_when_the_clock_goes_back(monkeypatch: pytest.MonkeyPatch) -> None:
    first = new_id()
    later_clock = time.time_ns()
    monkeypatch.setattr(ids.time, "time_ns", lambda: later_clock - 3_600 * 10**9)  # an hour back
    made = [new_id() for _ in range(100)]
    assert [first, *made] == sorted([first, *made])
    assert len(set(made)) == 100


def test_a_full_millisecond_borrows_the_next_one(monkeypatch: pytest.MonkeyPatch) -> None:
    now = time.time_ns()
    monkeypatch.setattr(ids.time, "time_ns", lambda: now + 10**9)
    first = new_id()
    ms = int(first.replace("-", "")[:12], 16)
    monkeypatch.setattr(ids, "_last_random", (1 << 74) - 1)  # the counter is at its end
    second = new_id()
    assert second > first and int(second.replace("-", "")[:12], 16) == ms + 1


def test_threads_making_ids_at_once_get_distinct_ids_each_in_order() -> None:
    results: list[list[str]] = [[] for _ in range(8)]

    def make(out: list[str]) -> None:
        out.extend(new_id() for _ in range(5_000))

    threads = [threading.Thread(target=make, args=(out,)) for out in results]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(out == sorted(out) for out in results)
    everything = [i for out in results for i in out]
    assert len(set(everything)) == len(everything)


def test_uuid7_text_places_time_and_random_bits_where_rfc_9562_puts_them() -> None:
    text = uuid7_text(0x0123_4567_89AB, (0xCDE << 62) | 0x1234_5678_9ABC_DEF0 >> 2)
    assert text == "01234567-89ab-7cde-848d-159e26af37bc"
    assert uuid.UUID(text).version == 7


def test_the_field_check_accepts_new_and_old_ids_alike() -> None:
    v4 = str(uuid.uuid4())
    v7 = new_id()
    assert coerce_id(v7) == v7 and coerce_id(v4) == v4


def test_the_demo_makes_time_ordered_ids_the_same_on_every_build() -> None:
    from services.demo_data import build_rows

    rows = build_rows(size="small")
    again = build_rows(size="small")
    for table, made in rows.items():
        ids_made = [r["id"] for r in made]
        assert all(CANONICAL.fullmatch(i) for i in ids_made), table
        assert ids_made == sorted(ids_made), table  # a table's rows sort in the order made
        assert ids_made == [r["id"] for r in again[table]]
