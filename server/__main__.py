"""``python -m server COMMAND``: run the sync server or administer its database.

Commands (each takes ``--db URL``; default ``sqlite:///./repdesk-server.db``)::

    serve [--host 127.0.0.1] [--port 8765] [--workers 1] [--access-log]
    add-rep --login L --name N          password: one line on stdin
    set-password --login L              password: one line on stdin
    disable-rep --login L | enable-rep --login L
    assign --account ID --rep LOGIN [--owner]
    unassign --account ID --rep LOGIN
    list-reps
    list-accounts [--rep LOGIN] [--format table|json]
    list-conflicts [--rep LOGIN] [--since DATE] [--format table|json]
    purge [--days N]                    forget tombstones older than N days
    new-epoch                           after restoring a backup

Exit status 0 on success; 2 with a one-line ``error: …`` on bad input.
"""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import json
import os
import sys
from typing import Any

from sqlalchemy import Engine

from server import admin, auth, maintenance
from server.db import DatabaseError, open_engine
from server.settings import PREFIX, Settings, SettingsError, load_settings


def _password(stdin_is_tty: bool) -> str:
    if stdin_is_tty:
        return getpass.getpass("password: ")
    line = sys.stdin.readline()
    return line.rstrip("\r\n")


def build_parser() -> argparse.ArgumentParser:
    """The command-line parser."""
    parser = argparse.ArgumentParser(prog="python -m server", description="RepDesk sync server")
    sub = parser.add_subparsers(dest="command", required=True)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text)
        p.add_argument("--db", help="database URL (sqlite:///FILE or postgresql+psycopg://…)")
        return p

    serve = command("serve", "run the HTTP server")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--workers", type=int, default=1, help="server processes")
    serve.add_argument("--access-log", action="store_true", help="log every request")
    serve.add_argument("--ssl-keyfile")
    serve.add_argument("--ssl-certfile")
    for name, help_text in (
        ("add-rep", "create a rep (password on stdin)"),
        ("set-password", "set a rep's password (on stdin)"),
        ("disable-rep", "disable a rep: his tokens stop working"),
        ("enable-rep", "enable a disabled rep again"),
    ):
        p = command(name, help_text)
        p.add_argument("--login", required=True)
        if name == "add-rep":
            p.add_argument("--name", required=True)
    for name, help_text in (
        ("assign", "share an account with a rep (--owner: transfer it)"),
        ("unassign", "take an account away from a rep"),
    ):
        p = command(name, help_text)
        p.add_argument("--account", required=True)
        p.add_argument("--rep", required=True, help="login")
        if name == "assign":
            p.add_argument("--owner", action="store_true")
    command("list-reps", "list reps and how many accounts they have")
    accounts = command("list-accounts", "list accounts with their owner and who shares them")
    accounts.add_argument("--rep", help="only the accounts this login sees")
    conflicts = command("list-conflicts", "list the conflicts the server keeps")
    conflicts.add_argument("--rep", help="only those on this login's records or by him")
    conflicts.add_argument("--since", help="only those with an edit on or after DATE")
    for p in (accounts, conflicts):
        p.add_argument("--format", choices=("table", "json"), default="table")
    purge = command("purge", "forget old tombstones")
    purge.add_argument("--days", type=int, help="default: the retention setting (180)")
    command("new-epoch", "give the database a new epoch after restoring a backup")
    return parser


def _serve(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    os.environ[PREFIX + "DB"] = settings.db_url  # for the workers' app factory
    open_engine(settings).dispose()  # migrate once, before any worker starts
    uvicorn.run(
        "server.app:app_from_env",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers if args.workers > 1 else None,
        access_log=args.access_log,
        log_level="info",
        ssl_keyfile=args.ssl_keyfile,
        ssl_certfile=args.ssl_certfile,
    )
    return 0


def _admin(args: argparse.Namespace, engine: Engine, settings: Settings) -> str:
    """Run one admin command; returns the line to print."""
    command = args.command
    if command == "add-rep":
        rep_id = admin.add_rep(engine, args.login, args.name, _password(sys.stdin.isatty()))
        return f"added rep {args.login} ({rep_id})"
    if command == "set-password":
        admin.set_password(engine, args.login, _password(sys.stdin.isatty()))
        return f"password of {args.login} set; his tokens were revoked"
    if command in ("disable-rep", "enable-rep"):
        admin.set_disabled(engine, args.login, command == "disable-rep")
        return f"{args.login} {command.split('-')[0]}d"
    if command == "assign":
        admin.assign(engine, args.account, args.rep, owner=args.owner)
        how = "transferred to" if args.owner else "shared with"
        return f"account {args.account} {how} {args.rep}"
    if command == "unassign":
        admin.unassign(engine, args.account, args.rep)
        return f"account {args.account} taken from {args.rep}"
    if command == "list-reps":
        return _rep_table(admin.list_reps(engine))
    if command == "list-accounts":
        found = admin.list_accounts(engine, args.rep)
        if args.format == "json":
            return _json(found)
        return _table(
            ("id", "name", "owner", "shared with", "state"),
            [
                (
                    a.id,
                    a.name,
                    a.owner or "-",
                    ",".join(a.shared_with) or "-",
                    "deleted" if a.deleted else "active",
                )
                for a in found
            ],
        )
    if command == "list-conflicts":
        since = admin.parse_since(args.since) if args.since else None
        kept = admin.list_conflicts(engine, args.rep, since)
        if args.format == "json":
            return _json(kept)
        return _table(
            ("table", "row", "field", "kept", "by", "at", "lost", "by", "at"),
            [
                (
                    c.table,
                    c.row_id,
                    c.field,
                    _cell(c.kept),
                    c.kept_by or "-",
                    c.kept_at or "-",
                    _cell(c.lost),
                    c.lost_by or "-",
                    c.lost_at or "-",
                )
                for c in kept
            ],
        )
    if command == "purge":
        days = settings.tombstone_retention_days if args.days is None else args.days
        if days < 0:
            raise admin.AdminError("--days must not be negative")
        return f"purged {maintenance.purge(engine, days)} tombstones older than {days} days"
    return f"new epoch {maintenance.new_epoch(engine)}"


def _rep_table(reps: list[admin.RepSummary]) -> str:
    return _table(
        ("login", "name", "state", "accounts", "owned"),
        [
            (
                r.login,
                r.display_name,
                "disabled" if r.disabled else "active",
                str(r.accounts),
                str(r.owned),
            )
            for r in reps
        ],
    )


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    """Columns padded to their widest cell, two spaces apart."""
    lines = [header, *rows]
    widths = [max(len(row[i]) for row in lines) for i in range(len(header))]
    return "\n".join(
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in lines
    )


def _cell(value: Any, width: int = 40) -> str:
    """A value on one line of a table: JSON text, shortened."""
    shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    shown = " ".join(shown.split())
    return shown if len(shown) <= width else shown[: width - 1] + "…"


def _json(items: list[Any]) -> str:
    """Dataclasses as a JSON array (UTF-8 kept), for scripts."""
    return json.dumps([dataclasses.asdict(i) for i in items], ensure_ascii=False, indent=2)


def main(argv: list[str] | None = None) -> int:
    """Run one command; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        settings = load_settings().with_overrides(db=args.db)
        auth.configure(settings)
        if args.command == "serve":
            return _serve(args, settings)
        engine = open_engine(settings)
        try:
            print(_admin(args, engine, settings))
        finally:
            engine.dispose()
    except (admin.AdminError, DatabaseError, SettingsError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
