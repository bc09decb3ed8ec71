"""Changes as a client would push them, for the server tests."""

from __future__ import annotations

import uuid
from typing import Any

from server.loadgen import change

NOW = "2026-01-05T09:30:00.000000"


def new_id() -> str:
    """A fresh record id."""
    return str(uuid.uuid4())


def account(row_id: str | None = None, **fields: Any) -> dict[str, Any]:
    """A change creating an account."""
    values = {"name": "杭州伟业商贸", "channel_type": "dealer", "city": "杭州", **fields}
    return change("accounts", row_id or new_id(), values)


def child(table: str, account_id: str, row_id: str | None = None, **fields: Any) -> dict[str, Any]:
    """A change creating a record under an account (contacts, projects, activities …)."""
    defaults: dict[str, dict[str, Any]] = {
        "contacts": {"name": "张伟", "title": "采购经理"},
        "projects": {"name": "年度集采", "step": "needs", "status": "open"},
        "activities": {"kind": "visit", "occurred_at": "2026-01-04T10:00:00"},
        "invoices": {
            "number": "INV-1",
            "issued_on": "2026-01-01",
            "due_on": "2026-02-01",
            "amount": "100.00",
        },
    }
    values = {"account_id": account_id, **defaults.get(table, {}), **fields}
    return change(table, row_id or new_id(), values)


def edit(table: str, row_id: str, base: int, at: str = NOW, **fields: Any) -> dict[str, Any]:
    """A change setting ``fields`` of an existing record, made against version ``base``."""
    return change(table, row_id, fields, base_version=base, at=at)


def statuses(results: list[dict[str, Any]]) -> list[str]:
    """The status of each result."""
    return [r["status"] for r in results]
