"""The server's working copy of records during a push, and the batch writes that store them.

A :class:`Rec` is one ``records`` row loaded (or made) inside a push transaction; its
``fields`` and ``meta`` JSON are parsed only when a change needs them. :class:`WorkingSet`
holds every record a batch touched, indexed by id and by scope, and writes them back in a
few ``executemany`` statements.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import orjson
from sqlalchemy import Connection

from server.db import insert_many, select_in, update_many

_LIGHT = "id, table_name, scope, version, deleted"
_COLUMNS = _LIGHT + ", fields, field_meta"
_LIGHT_R = "r.id, r.table_name, r.scope, r.version, r.deleted"
_FULL = _LIGHT_R + ", r.fields, r.field_meta"
# Records by id, each with the rep's access to its scope (the account id, or null).
_WITH_ACCESS = (
    "SELECT %s, a.account_id FROM records r LEFT JOIN account_access a"
    " ON a.account_id = r.scope AND a.rep_id = ? WHERE r.id IN (%%s)"
)


_encoder = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:")


def dumps(value: Any) -> str:
    """Compact JSON text (UTF-8 kept as is).

    orjson (several times faster: a push stores every record's fields as JSON text), with
    the standard library for what orjson refuses (integers beyond 64 bits, lone surrogates).
    """
    try:
        return orjson.dumps(value).decode()
    except TypeError:  # orjson.JSONEncodeError
        return _encoder.encode(value)


def plain(text: str) -> bool:
    """Whether ``text`` holds only ASCII letters, digits and ``-_.:`` (ids, times)."""
    return bool(text) and _PLAIN.issuperset(text)


def quoted(text: str) -> str:
    """``text`` as a JSON string; ids, logins and ISO times need no escaping (fast path)."""
    return f'"{text}"' if _PLAIN.issuperset(text) else _encoder.encode(text)


def storable(value: Any) -> bool:
    """Whether ``value``'s JSON can be stored: no lone surrogates (not valid UTF-8)."""
    try:
        (value if isinstance(value, str) else dumps(value)).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def meta_text(meta: dict[str, list[Any]]) -> str:
    """The stored form of a record's field history: each edit once, with the fields it set.

    ``{"name": [v, t, a, c], "city": [v, t, a, c]}`` is stored as ``[[v, t, a, c, ["name",
    "city"]]]``: a record made by one change keeps one edit instead of one per field.
    """
    groups: dict[tuple[Any, ...], list[str]] = {}
    for name, edit in meta.items():
        groups.setdefault(tuple(edit), []).append(name)
    return dumps([[*edit, names] for edit, names in groups.items()])


def meta_from_text(text: str) -> dict[str, list[Any]]:
    """The field history stored by :func:`meta_text`, by field name."""
    return {name: edit[:4] for edit in json.loads(text) for name in edit[4]}


@dataclass(eq=False, slots=True)
class Rec:
    """One record: where it belongs, its version, and its fields with their edit history.

    ``meta`` maps a field name to ``[version, edit time, author login, change id]`` of the
    change that set it (``deleted`` included); fields never set by a change have no entry.
    """

    id: str
    table: str
    scope: str
    version: int
    deleted: bool
    fields_text: str | None = None
    meta_text: str | None = None
    new: bool = False
    dirty: bool = False
    owner: WorkingSet | None = field(default=None, repr=False)  # loads the texts on demand
    _fields: dict[str, Any] | None = field(default=None, repr=False)
    _meta: dict[str, list[Any]] | None = field(default=None, repr=False)

    def _texts(self) -> None:
        if self.fields_text is None and self.owner is not None:
            self.owner.fill(self)

    @property
    def fields(self) -> dict[str, Any]:
        """The business field values (JSON form), parsed on first use."""
        if self._fields is None:
            self._texts()
            self._fields = json.loads(self.fields_text or "{}")
        return self._fields

    @property
    def meta(self) -> dict[str, list[Any]]:
        """Per field: the change that set it, parsed on first use."""
        if self._meta is None:
            self._texts()
            self._meta = meta_from_text(self.meta_text or "[]")
        return self._meta

    def stored(self) -> tuple[str, str]:
        """The ``fields`` and ``field_meta`` JSON texts to store."""
        fields = dumps(self._fields) if self._fields is not None else self.fields_text
        meta = meta_text(self._meta) if self._meta is not None else self.meta_text
        return fields or "{}", meta or "[]"


class WorkingSet:
    """The records one push transaction has loaded or made, by id and by scope."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.by_id: dict[str, Rec] = {}
        self.by_scope: dict[str, dict[str, Rec]] = {}
        self._loaded_scopes: set[str] = set()

    def get(self, row_id: str | None) -> Rec | None:
        """The record ``row_id`` if loaded or made in this batch."""
        return self.by_id.get(row_id) if row_id else None

    def add(self, rec: Rec) -> Rec:
        """Track ``rec`` (a record already tracked under its id wins)."""
        known = self.by_id.get(rec.id)
        if known is not None:
            return known
        self.by_id[rec.id] = rec
        self.by_scope.setdefault(rec.scope, {})[rec.id] = rec
        return rec

    def move(self, rec: Rec, scope: str) -> None:
        """Give ``rec`` a new scope."""
        self.by_scope.get(rec.scope, {}).pop(rec.id, None)
        rec.scope = scope
        self.by_scope.setdefault(scope, {})[rec.id] = rec

    def load(self, ids: Iterable[str], parents: Iterable[str], rep_id: str) -> set[str]:
        """Load the stored records among ``ids``, and where ``parents`` are (without their
        field values, which are read only if needed); returns the scopes among theirs that
        ``rep_id`` may see (read with them: one query each)."""
        reads = self.reads(ids, parents, rep_id)
        return self.take(*(select_in(self.conn, sql, v or (), p) for sql, v, p in reads))

    def reads(
        self, ids: Iterable[str], parents: Iterable[str], rep_id: str
    ) -> list[tuple[str, list[str] | None, tuple[str, ...]]]:
        """The two reads of :meth:`load` (as :func:`server.db.select_in` takes them), for
        :meth:`take`."""
        full = [i for i in ids if i not in self.by_id]
        light = [i for i in parents if i not in self.by_id]
        return [
            (_WITH_ACCESS % _FULL, full, (rep_id,)),
            (_WITH_ACCESS % _LIGHT_R, light, (rep_id,)),
        ]

    def take(self, full: Iterable[Any], light: Iterable[Any]) -> set[str]:
        """Track the rows of :meth:`reads`; the scopes among theirs the rep may see."""
        access: set[str] = set()
        for row in full:
            self.add(_from_row(row))
            if row[7] is not None:
                access.add(row[2])
        for row in light:
            self.add(Rec(row[0], row[1], row[2], int(row[3]), bool(row[4]), owner=self))
            if row[5] is not None:
                access.add(row[2])
        return access

    def fill(self, rec: Rec) -> None:
        """Read the field values and history of ``rec`` (loaded without them)."""
        [(fields, meta)] = select_in(
            self.conn, "SELECT fields, field_meta FROM records WHERE id IN (%s)", [rec.id]
        )
        rec.fields_text, rec.meta_text = fields, meta

    def in_scope(self, scope: str) -> list[Rec]:
        """Every record of ``scope``, stored or made in this batch."""
        if scope not in self._loaded_scopes:
            self._loaded_scopes.add(scope)
            for row in select_in(
                self.conn, f"SELECT {_COLUMNS} FROM records WHERE scope IN (%s)", [scope]
            ):
                self.add(_from_row(row))
        return list(self.by_scope.get(scope, {}).values())

    def save(self, updated_at: str) -> None:
        """Insert the new records and update the changed ones."""
        new, changed = [], []
        for r in self.by_id.values():
            if r.new:
                new.append((r.id, r.table, r.scope, r.version, r.deleted, *r.stored(), updated_at))
            elif r.dirty:
                changed.append((r.scope, r.version, r.deleted, *r.stored(), updated_at, r.id))
        insert_many(
            self.conn,
            "records",
            "id, table_name, scope, version, deleted, fields, field_meta, updated_at",
            new,
        )
        update_many(
            self.conn,
            "records",
            "id",
            "scope, version, deleted, fields, field_meta, updated_at",
            changed,
        )


def _from_row(row: Any) -> Rec:
    return Rec(row[0], row[1], row[2], int(row[3]), bool(row[4]), row[5], row[6])
