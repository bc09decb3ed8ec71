"""Random interleavings of edits, deletes and syncs on three laptops (hypothesis).

Two laptops of rep A and one of rep B share an account with two contacts. After any
sequence of offline edits, deletes and syncs, syncing everyone a few times leaves every
laptop equal to the server, and no value anyone typed is silently lost: each is the final
value, or was on the screen of whoever overwrote it, or is kept in a conflict record.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storage.uow import NotFound
from tests.integration.sync.helpers import Laptop, Server

FIELDS = {"accounts": ("city", "notes"), "contacts": ("title", "notes")}
_values = itertools.count(1)


@pytest.fixture(scope="module")
def laptops(server: Server, tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Laptop]]:
    root = tmp_path_factory.mktemp("property")
    a, b = server.add_rep(), server.add_rep()
    laps = [
        Laptop.open(server.url, a, root / "a1.db"),
        Laptop.open(server.url, a, root / "a2.db"),
        Laptop.open(server.url, b, root / "b1.db"),
    ]
    try:
        yield laps
    finally:
        for lap in laps:
            lap.close()


operation = st.one_of(
    st.tuples(st.just("edit"), st.integers(0, 2), st.integers(0, 2), st.integers(0, 1)),
    st.tuples(st.just("delete"), st.integers(0, 2), st.integers(1, 2), st.just(0)),
    st.tuples(st.just("sync"), st.integers(0, 2), st.just(0), st.just(0)),
)


class World:
    """One example's records and everything typed into them."""

    def __init__(self, server: Server, laptops: list[Laptop]) -> None:
        self.laptops = laptops
        owner = laptops[0]
        account = owner.new_account(city="上海")
        self.records = [("accounts", account)] + [
            ("contacts", owner.create("contacts", account_id=account, name=f"联系人{i}"))
            for i in range(2)
        ]
        owner.sync()
        server.assign(account, laptops[2].login)
        for lap in laptops[1:]:
            lap.sync()
        self.typed: set[tuple[str, str, object]] = set()  # (row, field, value)
        self.overwritten: set[tuple[str, str, object]] = set()

    def edit(self, lap: Laptop, record: int, field_index: int) -> None:
        table, row_id = self.records[record]
        name = FIELDS[table][field_index]
        row = lap.get(table, row_id)
        if row is None or row["deleted"]:
            return
        value = f"v{next(_values)}"
        lap.edit(table, row_id, **{name: value})
        self.overwritten.add((row_id, name, row[name]))
        self.typed.add((row_id, name, value))

    def delete(self, lap: Laptop, record: int) -> None:
        table, row_id = self.records[record]
        with contextlib.suppress(NotFound):
            lap.delete(table, row_id)

    def settle(self) -> None:
        for _ in range(3):
            for lap in self.laptops:
                lap.sync()

    def check(self) -> None:
        ids = {row_id for _, row_id in self.records}
        first = self.laptops[0].snapshot(ids)
        kept: set[tuple[str, str, object]] = set()
        for lap in self.laptops:
            assert lap.differs_from_server() == []
            assert lap.changes() == []
            assert lap.snapshot(ids) == first
            for c in lap.conflicts(include_resolved=True):
                lost = c.lost if isinstance(c.lost, dict) else {c.field: c.lost}
                kept.update((c.row_id, n, v) for n, v in lost.items() if isinstance(v, str))
        final = {
            (row_id, name, values[name])
            for (table, row_id), values in first.items()
            for name in FIELDS[table]
        }
        silently_lost = self.typed - final - self.overwritten - kept
        assert not silently_lost


@pytest.mark.slow
@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(ops=st.lists(operation, min_size=4, max_size=18))
def test_any_interleaving_ends_equal_everywhere_with_every_lost_value_in_a_conflict(
    server, laptops, ops
):
    world = World(server, laptops)
    for kind, laptop, record, field_index in ops:
        lap = laptops[laptop]
        if kind == "edit":
            world.edit(lap, record, field_index)
        elif kind == "delete":
            world.delete(lap, record)
        else:
            lap.sync()
    world.settle()
    world.check()
