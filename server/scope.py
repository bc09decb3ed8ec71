"""Who sees what: the scope root of each record, and which records hang off which.

A record's *scope* (column ``records.scope``) is the id of its root account, or one of two
pseudo-accounts: ``rep:<rep id>`` for records private to one rep (a self-assessment with no
contact) and ``*`` for records every rep sees (the ``reps`` rows). ``account_access`` lists
every scope a rep may see — his accounts and both pseudo-accounts — so a pull is one
``scope IN (SELECT account_id FROM account_access WHERE rep_id = …)``.

Derived from ``domain.records`` so a new table or reference needs no change here.
"""

from __future__ import annotations

from domain.records import TABLES

PUBLIC = "*"
ACCOUNTS = "accounts"
READ_ONLY_TABLES = frozenset({"reps"})

# The field whose target's scope a record inherits (accounts are their own root; reps public).
ROOT_REF: dict[str, str] = {
    "contacts": "account_id",
    "projects": "account_id",
    "activities": "account_id",
    "evaluations": "account_id",
    "invoices": "account_id",
    "payments": "account_id",
    "project_roles": "project_id",
    "project_steps": "project_id",
    "profile_assessments": "contact_id",
}


def _ref_target(table: str, field: str) -> str:
    target = next(f.ref for f in TABLES[table] if f.name == field)
    assert target is not None
    return target


# The table each root reference points at ("contacts" -> "accounts", ...).
ROOT_TABLE: dict[str, str] = {t: _ref_target(t, f) for t, f in ROOT_REF.items()}

# parent table -> [(child table, field)] of records whose scope comes from the parent: when
# the parent moves to another account, these move with it.
REROOT: dict[str, list[tuple[str, str]]] = {}
for _child, _field in ROOT_REF.items():
    if ROOT_TABLE[_child] != ACCOUNTS:
        REROOT.setdefault(ROOT_TABLE[_child], []).append((_child, _field))


def private_scope(rep_id: str) -> str:
    """The pseudo-account of records only ``rep_id`` sees."""
    return f"rep:{rep_id}"


def is_account_scope(scope: str) -> bool:
    """Whether ``scope`` is a real account id (not a pseudo-account)."""
    return scope != PUBLIC and not scope.startswith("rep:")
