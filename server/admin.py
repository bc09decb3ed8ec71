"""Administration: reps, passwords, account assignment, purging, epoch; listing accounts and
the conflicts the server keeps.

Library functions the CLI (``python -m server …``) is a thin shell over; each raises
:class:`AdminError` with a one-line message on bad input and changes nothing then.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, text

from domain.ids import new_id
from server.auth import clear_failures, hash_password
from server.db import Numbering, iso, lock_counter, now, set_counter, writing
from server.records import dumps, meta_from_text, meta_text
from server.scope import ACCOUNTS, PUBLIC, is_account_scope, private_scope


class AdminError(Exception):
    """Bad input to an admin command (unknown login or account, duplicate login, …)."""


@dataclass(frozen=True)
class RepSummary:
    """One line of ``list-reps``."""

    login: str
    display_name: str
    disabled: bool
    accounts: int
    owned: int


def _check_text(what: str, value: str, max_len: int) -> str:
    value = value.strip()
    if not value:
        raise AdminError(f"{what} is empty")
    if len(value) > max_len:
        raise AdminError(f"{what} is longer than {max_len} characters")
    return value


def _check_password(password: str) -> str:
    if not password:
        raise AdminError("the password is empty")
    if len(password) > 1024:
        raise AdminError("the password is longer than 1024 characters")
    return password


def _rep_id(conn: Connection, login: str) -> str:
    rep_id = conn.execute(text("SELECT id FROM reps WHERE login = :l"), {"l": login}).scalar()
    if rep_id is None:
        raise AdminError(f"no rep with login '{login}'")
    return str(rep_id)


def add_rep(engine: Engine, login: str, name: str, password: str) -> str:
    """Create a rep (and his public ``reps`` record); returns his id."""
    login = _check_text("the login", login, 64)
    if any(c.isspace() for c in login):
        raise AdminError(f"the login '{login}' contains a space")
    name = _check_text("the name", name, 100)
    password_hash = hash_password(_check_password(password))
    rep_id = new_id()
    at = iso(now())
    with writing(engine) as conn:
        seq = lock_counter(conn) + 1
        if conn.execute(text("SELECT 1 FROM reps WHERE login = :l"), {"l": login}).first():
            raise AdminError(f"a rep with login '{login}' already exists")
        conn.execute(
            text(
                "INSERT INTO reps (id, login, display_name, password_hash, disabled, created_at)"
                " VALUES (:id, :login, :name, :hash, :no, :at)"
            ),
            {
                "id": rep_id,
                "login": login,
                "name": name,
                "hash": password_hash,
                "no": False,
                "at": at,
            },
        )
        conn.execute(
            text(
                "INSERT INTO account_access (account_id, rep_id, owner, granted_at)"
                " VALUES (:scope, :rep, :owner, :at)"
            ),
            [
                {"scope": private_scope(rep_id), "rep": rep_id, "owner": True, "at": at},
                {"scope": PUBLIC, "rep": rep_id, "owner": False, "at": at},
            ],
        )
        fields = {"login": login, "display_name": name, "email": None}
        conn.execute(
            text(
                "INSERT INTO records (id, table_name, scope, version, deleted, fields,"
                " field_meta, updated_at) VALUES (:id, 'reps', :scope, :v, :no, :f, '[]', :at)"
            ),
            {"id": rep_id, "scope": PUBLIC, "v": seq, "no": False, "f": dumps(fields), "at": at},
        )
        set_counter(conn, seq)
    return rep_id


def set_password(engine: Engine, login: str, password: str) -> None:
    """Give ``login`` a new password; his tokens stop working."""
    password_hash = hash_password(_check_password(password))
    with writing(engine) as conn:
        rep_id = _rep_id(conn, login)
        conn.execute(
            text("UPDATE reps SET password_hash = :h WHERE id = :id"),
            {"h": password_hash, "id": rep_id},
        )
        _revoke_tokens(conn, rep_id)
        clear_failures(conn, login)


def set_disabled(engine: Engine, login: str, disabled: bool = True) -> None:
    """Disable (or enable again) ``login``; disabling stops his tokens at once."""
    with writing(engine) as conn:
        rep_id = _rep_id(conn, login)
        conn.execute(
            text("UPDATE reps SET disabled = :d WHERE id = :id"), {"d": disabled, "id": rep_id}
        )
        if disabled:
            _revoke_tokens(conn, rep_id)


def _revoke_tokens(conn: Connection, rep_id: str) -> None:
    conn.execute(
        text("UPDATE tokens SET revoked = :yes WHERE rep_id = :id"), {"yes": True, "id": rep_id}
    )


def list_reps(engine: Engine) -> list[RepSummary]:
    """Every rep with how many accounts he sees and owns."""
    with engine.connect() as conn:
        reps = conn.execute(
            text("SELECT id, login, display_name, disabled FROM reps ORDER BY login")
        ).all()
        access = conn.execute(text("SELECT rep_id, account_id, owner FROM account_access")).all()
    seen: dict[str, int] = {}
    owned: dict[str, int] = {}
    for rep_id, account_id, owner in access:
        if is_account_scope(account_id):
            seen[rep_id] = seen.get(rep_id, 0) + 1
            owned[rep_id] = owned.get(rep_id, 0) + bool(owner)
    return [
        RepSummary(login, name, bool(disabled), seen.get(rep_id, 0), owned.get(rep_id, 0))
        for rep_id, login, name, disabled in reps
    ]


def assign(engine: Engine, account_id: str, login: str, *, owner: bool = False) -> None:
    """Share an account with ``login`` (with ``owner``: transfer it to him).

    Granting re-numbers the account's records so his next pull brings them; a transfer
    removes the previous owners' access, which their next pull lists as revoked.
    """
    with writing(engine) as conn:
        numbering = Numbering(conn)
        rep_id = _rep_id(conn, login)
        _check_account(conn, account_id)
        current = conn.execute(
            text("SELECT owner FROM account_access WHERE account_id = :a AND rep_id = :rep"),
            {"a": account_id, "rep": rep_id},
        ).first()
        at = iso(now())
        if current is None:
            conn.execute(
                text(
                    "INSERT INTO account_access (account_id, rep_id, owner, granted_at)"
                    " VALUES (:a, :rep, :o, :at)"
                ),
                {"a": account_id, "rep": rep_id, "o": owner, "at": at},
            )
            numbering.log(account_id, rep_id, granted=True)
        elif owner and not current[0]:
            conn.execute(
                text(
                    "UPDATE account_access SET owner = :yes WHERE account_id = :a AND rep_id = :rep"
                ),
                {"a": account_id, "rep": rep_id, "yes": True},
            )
        if owner:
            _remove_other_owners(conn, numbering, account_id, rep_id)
            _set_owner_field(conn, numbering, account_id, rep_id, login, at)
        if current is None:
            numbering.renumber("scope = :a", a=account_id)
        numbering.done()


def _check_account(conn: Connection, account_id: str) -> None:
    found = conn.execute(
        text("SELECT 1 FROM records WHERE id = :a AND table_name = :t"),
        {"a": account_id, "t": ACCOUNTS},
    ).first()
    if not found:
        raise AdminError(f"no account with id '{account_id}'")


def _remove_other_owners(
    conn: Connection, numbering: Numbering, account_id: str, rep_id: str
) -> None:
    others = conn.execute(
        text(
            "SELECT rep_id FROM account_access WHERE account_id = :a AND owner = :yes"
            " AND rep_id <> :rep"
        ),
        {"a": account_id, "rep": rep_id, "yes": True},
    ).scalars()
    for other in list(others):
        _remove_access(conn, numbering, account_id, other)


def _remove_access(conn: Connection, numbering: Numbering, account_id: str, rep_id: str) -> None:
    conn.execute(
        text("DELETE FROM account_access WHERE account_id = :a AND rep_id = :rep"),
        {"a": account_id, "rep": rep_id},
    )
    numbering.log(account_id, rep_id, granted=False)


def _set_owner_field(
    conn: Connection, numbering: Numbering, account_id: str, rep_id: str, login: str, at: str
) -> None:
    """Set the account's ``owner_rep_id`` to the new owner (an edit by the server)."""
    row = conn.execute(
        text("SELECT fields, field_meta FROM records WHERE id = :a"), {"a": account_id}
    ).one()
    fields, meta = json.loads(row[0]), meta_from_text(row[1])
    if fields.get("owner_rep_id") == rep_id:
        return
    seq = numbering.next()
    fields["owner_rep_id"] = rep_id
    meta["owner_rep_id"] = [seq, at, f"admin:{login}", new_id()]
    conn.execute(
        text(
            "UPDATE records SET fields = :f, field_meta = :m, version = :v, updated_at = :at WHERE id = :a"
        ),
        {"f": dumps(fields), "m": meta_text(meta), "v": seq, "at": at, "a": account_id},
    )


def unassign(engine: Engine, account_id: str, login: str) -> None:
    """Take an account away from ``login``; his next pull lists it as revoked."""
    with writing(engine) as conn:
        numbering = Numbering(conn)
        rep_id = _rep_id(conn, login)
        _check_account(conn, account_id)
        has = conn.execute(
            text("SELECT 1 FROM account_access WHERE account_id = :a AND rep_id = :rep"),
            {"a": account_id, "rep": rep_id},
        ).first()
        if not has:
            raise AdminError(f"'{login}' has no access to account '{account_id}'")
        _remove_access(conn, numbering, account_id, rep_id)
        numbering.done()


# --- looking: accounts and conflicts for the manager ------------------------------------


@dataclass(frozen=True)
class AccountSummary:
    """One line of ``list-accounts``: an account and who has it."""

    id: str
    name: str
    deleted: bool
    owner: str | None  # login of the rep owning it (None: nobody owns it now)
    shared_with: list[str]  # logins of the other reps who see it


@dataclass(frozen=True)
class ConflictSummary:
    """One line of ``list-conflicts``: a field where one value won and another was kept aside."""

    id: str
    seq: int
    account_id: str | None  # the account the record belongs to (None: not under an account)
    table: str
    row_id: str
    field: str
    kept: Any
    lost: Any
    kept_by: str | None
    lost_by: str | None
    kept_at: str | None
    lost_at: str | None


def _access(conn: Connection) -> tuple[dict[str, str], dict[str, list[tuple[str, bool]]]]:
    """Rep logins by id, and (login, owner) of every rep by account."""
    logins = {str(i): str(login) for i, login in conn.execute(text("SELECT id, login FROM reps"))}
    by_account: dict[str, list[tuple[str, bool]]] = {}
    for account_id, rep_id, owner in conn.execute(
        text("SELECT account_id, rep_id, owner FROM account_access")
    ):
        if is_account_scope(account_id):
            by_account.setdefault(account_id, []).append((logins[rep_id], bool(owner)))
    return logins, by_account


def list_accounts(engine: Engine, login: str | None = None) -> list[AccountSummary]:
    """Every account (deleted ones too), by name, with its owner and the reps sharing it;
    with ``login``, only those that rep sees."""
    with engine.connect() as conn:
        if login is not None:
            _rep_id(conn, login)
        _logins, by_account = _access(conn)
        rows = conn.execute(
            text("SELECT id, fields, deleted FROM records WHERE table_name = :t"), {"t": ACCOUNTS}
        ).all()
    out = []
    for account_id, fields_text, deleted in rows:
        reps = sorted(by_account.get(account_id, []))
        if login is not None and login not in {r for r, _ in reps}:
            continue
        name = json.loads(fields_text).get("name")
        out.append(
            AccountSummary(
                id=account_id,
                name=name if isinstance(name, str) else "",
                deleted=bool(deleted),
                owner=next((r for r, owner in reps if owner), None),
                shared_with=[r for r, owner in reps if not owner],
            )
        )
    out.sort(key=lambda a: (a.name, a.id))
    return out


def parse_since(value: str) -> str:
    """``--since``: a date (``2026-03-01``) or a time (``2026-03-01T09:00``), as stored text."""
    try:
        moment = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        raise AdminError(f"--since: '{value}' is not a date (YYYY-MM-DD)") from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return iso(moment)


def list_conflicts(
    engine: Engine, login: str | None = None, since: str | None = None
) -> list[ConflictSummary]:
    """The conflicts the server keeps, oldest first.

    ``login``: only those on records that rep sees now or where he wrote either value;
    ``since`` (stored time text, see :func:`parse_since`): only those where either edit was
    made at or after it.
    """
    where, params = [], {}
    if since is not None:
        where.append("(kept_at >= :since OR lost_at >= :since)")
        params["since"] = since
    with engine.connect() as conn:
        if login is not None:
            params["rep"] = _rep_id(conn, login)
            params["login"] = login
            where.append(
                "(scope IN (SELECT account_id FROM account_access WHERE rep_id = :rep)"
                " OR kept_by = :login OR lost_by = :login)"
            )
        rows = conn.execute(
            text(
                "SELECT id, seq, scope, table_name, row_id, field, kept, lost, kept_by, lost_by,"
                " kept_at, lost_at FROM conflicts"
                + (" WHERE " + " AND ".join(where) if where else "")
                + " ORDER BY seq, id"
            ),
            params,
        ).all()
    return [
        ConflictSummary(
            id=r[0],
            seq=int(r[1]),
            account_id=r[2] if is_account_scope(r[2]) else None,
            table=r[3],
            row_id=r[4],
            field=r[5],
            kept=json.loads(r[6]),
            lost=json.loads(r[7]),
            kept_by=r[8],
            lost_by=r[9],
            kept_at=r[10],
            lost_at=r[11],
        )
        for r in rows
    ]
