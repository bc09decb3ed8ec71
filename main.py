"""RepDesk (渠道销售工作台) — the one entry point and composition root.

``python main.py`` opens the desktop app; subcommands do headless work (see README, "CLI").
This module only parses arguments and wires parts together; the work lives in ``cli/``
(headless commands) and ``ui/`` (the app).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from cli.errors import CliError


def build_parser() -> argparse.ArgumentParser:
    """The command-line interface: app options plus one subparser per headless command."""
    parser = argparse.ArgumentParser(
        prog="main.py",
        description="RepDesk (渠道销售工作台): offline workstation for channel sales reps.",
    )
    parser.add_argument("--db", help="the rep database file (default: in the user data folder)")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="open the main window offscreen, load the first screen, print the time, exit",
    )
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="user interface language")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("demo", help="create a database with realistic sample data")
    p.add_argument("--db", required=True, help="database file to create (must not hold data)")
    p.add_argument("--size", choices=["small", "large"], default="small")
    p.add_argument("--seed", type=int, default=20261123, help="random seed (same seed, same data)")

    p = sub.add_parser("import", help="import a .json/.xlsx/.csv file (all or nothing)")
    p.add_argument("--db", required=True)
    p.add_argument("file", help="the file to import")
    p.add_argument("--table", help="for .csv: the table it holds (default: from the file name)")
    p.add_argument("--encoding", default="utf-8", help="for .csv: text encoding (e.g. gb18030)")

    p = sub.add_parser("export", help="export the database as json, xlsx or csv")
    p.add_argument("--db", required=True)
    p.add_argument("--format", choices=["json", "xlsx", "csv"], required=True)
    p.add_argument("--out", required=True, help="the file to write")
    p.add_argument("--table", default="accounts", help="for csv: the table to export")

    p = sub.add_parser("sync", help="one sync round with the server, no window")
    p.add_argument("--db", required=True)
    p.add_argument("--server", help="server URL (needed the first time, then remembered)")
    p.add_argument("--user", help="your login on the server (the first time)")
    p.add_argument(
        "--insecure", action="store_true", help="allow plain http:// to a non-local server"
    )

    p = sub.add_parser("conflicts", help="list the open sync conflicts")
    p.add_argument("--db", required=True)
    p.add_argument("--format", choices=["json", "text"], default="text")

    p = sub.add_parser("tracker", help="the 1+2+1 tracking sheet of the key-account projects")
    p.add_argument("--db", required=True)
    p.add_argument("--format", choices=["json", "pdf"], default="json")
    p.add_argument("--out", help="the file to write (required for pdf; json prints otherwise)")
    p.add_argument("--lang", choices=["zh_CN", "en"], default="zh_CN", help="language of texts")
    p.add_argument("--all", action="store_true", help="closed (won/lost) projects too")
    p.add_argument("--today", help="judge risks as of this date (YYYY-MM-DD; default today)")

    p = sub.add_parser(
        "plan", help="print the account plan (PDF) of one account or all key accounts"
    )
    p.add_argument("--db", required=True)
    p.add_argument("--account", help="the account: its id, its name or part of it")
    p.add_argument("--out", help="the PDF to write (with --account)")
    p.add_argument(
        "--all-key-accounts", action="store_true", help="one plan per key account, into --out-dir"
    )
    p.add_argument("--out-dir", help="the folder for --all-key-accounts")
    p.add_argument("--lang", choices=["zh_CN", "en"], default="zh_CN", help="language of the plan")
    p.add_argument("--today", help="the plan's date (YYYY-MM-DD; default today)")

    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run RepDesk with ``argv`` (default: the process arguments); returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        if args.command is None:
            from ui.app import run_app

            return run_app(db_path=args.db, smoke=args.smoke, lang=args.lang)
        if args.command == "demo":
            from cli.demo import run
        elif args.command == "import":
            from cli.transfer import run_import as run
        elif args.command == "export":
            from cli.transfer import run_export as run
        elif args.command == "sync":
            from cli.sync import run
        elif args.command == "conflicts":
            from cli.conflicts import run
        elif args.command == "tracker":
            from cli.tracker import run
        elif args.command == "plan":
            from cli.plan import run
        else:  # pragma: no cover - argparse rejects unknown commands
            raise CliError(f"unknown command {args.command}")
        return run(args)
    except CliError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.status
    except KeyboardInterrupt:
        print("interrupted; nothing was changed", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
