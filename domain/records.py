"""What each synced record holds: one :class:`FieldSpec` per business field, per table.

This is the single description of the data model's *content* that validation, import,
export and the forms use. ``storage/models.py`` maps the same fields to columns, and a test
keeps the two in step. Every synced table also carries the bookkeeping columns in
:data:`SYNC_COLUMNS` (id, version, created_at, updated_at, deleted).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cache, cached_property
from typing import Literal

from domain.vocabulary import (
    AccountLevel,
    ActivityKind,
    AdvanceKind,
    AllyKind,
    AssessmentKind,
    BuyingRole,
    CallOutcome,
    ChannelType,
    CooperationMode,
    CreditRating,
    EvaluationKind,
    InvoiceKind,
    LeadSource,
    LifecycleStage,
    OrgLevel,
    PoliticalStyle,
    ProjectStatus,
    Region,
    SalesStep,
    Stance,
)

Kind = Literal[
    "text",  # str
    "int",  # int
    "float",  # float
    "money",  # Decimal with two places, >= 0 unless min says otherwise
    "bool",  # bool
    "date",  # datetime.date
    "datetime",  # datetime.datetime, UTC
    "enum",  # one code of spec.enums
    "tags",  # list[str]: standard tag codes and free tags
    "ref",  # id of a row in spec.ref
    "id_list",  # list of ids of rows in spec.ref
    "json",  # any JSON value
    "phone",  # str, phone number
    "email",  # str, e-mail address
]

SYNC_COLUMNS = ("id", "version", "created_at", "updated_at", "deleted")


@dataclass(frozen=True)
class FieldSpec:
    """One business field of a record: its kind and the limits validation enforces."""

    name: str
    kind: Kind
    required: bool = False
    enums: tuple[type[StrEnum], ...] = ()
    ref: str | None = None
    min: float | None = None
    max: float | None = None
    max_len: int | None = None
    default: object = None

    def allowed_codes(self) -> list[str]:
        """The enum codes this field accepts, in declaration order."""
        return list(self._codes)

    @cached_property
    def _codes(self) -> tuple[str, ...]:
        return tuple(m.value for e in self.enums for m in e)

    @cached_property
    def code_set(self) -> frozenset[str]:
        """The enum codes this field accepts, for membership tests."""
        return frozenset(self._codes)


def _text(name: str, max_len: int = 2000, **kw: object) -> FieldSpec:
    return FieldSpec(name, "text", max_len=max_len, **kw)  # type: ignore[arg-type]


def _enum(name: str, *enums: type[StrEnum], **kw: object) -> FieldSpec:
    return FieldSpec(name, "enum", enums=enums, **kw)  # type: ignore[arg-type]


def _ref(name: str, table: str, **kw: object) -> FieldSpec:
    return FieldSpec(name, "ref", ref=table, **kw)  # type: ignore[arg-type]


def _rating(name: str, low: int = 1, high: int = 5) -> FieldSpec:
    return FieldSpec(name, "int", min=low, max=high)


def _money(name: str, **kw: object) -> FieldSpec:
    return FieldSpec(name, "money", min=0, **kw)  # type: ignore[arg-type]


FACTOR_FIELDS = ("factor_value", "factor_need", "factor_price", "factor_trust", "factor_experience")

TABLES: dict[str, tuple[FieldSpec, ...]] = {
    "reps": (
        _text("login", 64, required=True),
        _text("display_name", 100, required=True),
        FieldSpec("email", "email"),
    ),
    "accounts": (
        _text("name", 200, required=True),
        _text("short_name", 50),
        _enum("channel_type", ChannelType, required=True),
        _enum("cooperation_mode", CooperationMode),
        _enum("level", AccountLevel),
        FieldSpec("is_key_account", "bool", default=False),
        _enum("lifecycle_stage", LifecycleStage, default="develop"),
        FieldSpec("tags", "tags", default=[]),
        _enum("lead_source", LeadSource),
        _enum("region", Region),
        _text("province", 20),
        _text("city", 30),
        _text("address", 300),
        _text("industry", 50),
        FieldSpec("phone", "phone"),
        _text("wechat", 64),
        FieldSpec("email", "email"),
        _text("website", 200),
        _ref("owner_rep_id", "reps"),
        _enum("credit_rating", CreditRating),
        _money("credit_limit"),
        FieldSpec("payment_terms_days", "int", min=0, max=365),
        _money("purchase_potential"),
        FieldSpec("share_of_customer", "float", min=0, max=100),
        _money("sales_target"),
        FieldSpec("contract_end", "date"),
        _text("notes", 10000),
    ),
    "contacts": (
        _ref("account_id", "accounts", required=True),
        _text("name", 100, required=True),
        _text("title", 100),
        _text("department", 100),
        _enum("org_level", OrgLevel),
        FieldSpec("phone", "phone"),
        _text("wechat", 64),
        FieldSpec("email", "email"),
        _enum("ally_kind", AllyKind),
        _enum("political_style", PoliticalStyle),
        _text("notes", 10000),
    ),
    "projects": (
        _ref("account_id", "accounts", required=True),
        _text("name", 200, required=True),
        _money("amount"),
        FieldSpec("expected_close", "date"),
        _enum("step", SalesStep, required=True, default="analyse"),
        _enum("status", ProjectStatus, required=True, default="open"),
        _ref("rep_id", "reps"),
        *(_rating(f) for f in FACTOR_FIELDS),
        *(_text(f + "_note", 1000) for f in FACTOR_FIELDS),
        _text("need_vs_want", 1000),
        _text("next_step", 500),
        FieldSpec("next_step_due", "date"),
        FieldSpec("closed_on", "date"),
        _text("notes", 10000),
    ),
    "project_roles": (
        _ref("project_id", "projects", required=True),
        _ref("contact_id", "contacts", required=True),
        _enum("role", BuyingRole, AllyKind, required=True),
        _enum("stance", Stance, default="neutral"),
        _rating("influence"),
        _rating("relationship", 0, 5),
        _text("notes", 2000),
    ),
    "project_steps": (
        _ref("project_id", "projects", required=True),
        _enum("step", SalesStep, required=True),
        FieldSpec("entered_on", "date", required=True),
    ),
    "activities": (
        _ref("account_id", "accounts", required=True),
        _ref("project_id", "projects"),
        _enum("kind", ActivityKind, required=True),
        FieldSpec("occurred_at", "datetime", required=True),
        FieldSpec("contact_ids", "id_list", ref="contacts", default=[]),
        _text("subject", 200),
        _enum("outcome", CallOutcome),
        _enum("advance_kind", AdvanceKind),
        FieldSpec("advance_on", "date"),
        _text("notes", 10000),
        _text("next_step", 500),
        FieldSpec("next_step_due", "date"),
        FieldSpec("next_step_done", "bool", default=False),
        _ref("rep_id", "reps"),
    ),
    "profile_assessments": (
        _ref("contact_id", "contacts"),
        _ref("rep_id", "reps"),
        _enum("kind", AssessmentKind, required=True),
        FieldSpec("answers", "json", default=[]),
        *(FieldSpec(f"score_{q}", "int", min=0, max=133) for q in "abcd"),
        _rating("confidence"),
        FieldSpec("assessed_on", "date", required=True),
        _text("note", 2000),
    ),
    "evaluations": (
        _ref("account_id", "accounts", required=True),
        _enum("kind", EvaluationKind, required=True),
        _text("period", 20),
        FieldSpec("scores", "json", default={}),
        FieldSpec("total", "float", min=0),
        _text("recommendation", 50),
        FieldSpec("evaluated_on", "date", required=True),
        _text("notes", 10000),
    ),
    "invoices": (
        _ref("account_id", "accounts", required=True),
        _ref("project_id", "projects"),
        _text("number", 50, required=True),
        _enum("kind", InvoiceKind, default="invoice"),
        FieldSpec("issued_on", "date", required=True),
        FieldSpec("due_on", "date", required=True),
        _money("amount", required=True),
        _text("notes", 2000),
    ),
    "payments": (
        _ref("account_id", "accounts", required=True),
        _ref("invoice_id", "invoices"),
        FieldSpec("paid_on", "date", required=True),
        _money("amount", required=True),
        _text("method", 50),
        _text("notes", 2000),
    ),
}

# Deleting a record tombstones the records that cannot exist without it: per parent table,
# the (child table, field) pairs of required references. Client and server share it.
CASCADE: dict[str, list[tuple[str, str]]] = {}
for _child, _fields in TABLES.items():
    for _f in _fields:
        if _f.kind == "ref" and _f.required and _f.ref:
            CASCADE.setdefault(_f.ref, []).append((_child, _f.name))

# Tables in an order where every reference points to a table earlier in the list.
TABLE_ORDER: tuple[str, ...] = tuple(TABLES)


@cache
def spec(table: str) -> dict[str, FieldSpec]:
    """The fields of ``table`` by name; raises ``KeyError`` for an unknown table.

    The dict is shared: do not change it.
    """
    return {f.name: f for f in TABLES[table]}
