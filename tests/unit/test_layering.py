"""The arrows point down: ui → services → domain; storage, sync and reports below services.

Each package's imports are read with ``ast`` (every import statement, also inside functions)
and checked against what that layer may not know about.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

QT = {"PySide6", "shiboken6"}
OUTER = {"ui", "storage", "sync", "server", "reports", "services", "cli"}
LIBRARIES = {
    "sqlalchemy",
    "sqlite_utils",
    "sqlite3",
    "httpx",
    "fastapi",
    "uvicorn",
    "reportlab",
    "alembic",
    "openpyxl",
}
# domain/ is plain Python: no Qt, database, HTTP, PDF or spreadsheet library, no outer layer.
DOMAIN_FORBIDDEN = QT | LIBRARIES | OUTER
# What the layers below the ui may not import: Qt, the ui, the headless shells, the server.
BELOW_UI_FORBIDDEN = QT | {"ui", "cli", "server"}


def imported_modules(source: str, module: str) -> set[str]:
    """Absolute names of every module imported by ``source`` (the code of ``module``)."""
    package = module.split(".")[:-1]  # also right for a package's own ``__init__``
    tree = ast.parse(source)
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                if node.module:
                    found.add(".".join([*base, node.module]))
                else:
                    found.update(".".join([*base, alias.name]) for alias in node.names)
            elif node.module:
                found.add(node.module)
    return found


def python_files(package: str) -> Iterator[tuple[str, Path]]:
    """(module name, path) of every .py file under ``package``."""
    for path in sorted((ROOT / package).rglob("*.py")):
        rel = path.relative_to(ROOT).with_suffix("")
        yield ".".join(rel.parts), path


def violations(package: str, forbidden: set[str]) -> list[str]:
    """``file: imports name`` for every import under ``package`` of a forbidden top level."""
    found = []
    for module, path in python_files(package):
        for name in sorted(imported_modules(path.read_text(encoding="utf-8"), module)):
            if name.split(".")[0] in forbidden:
                found.append(f"{path.relative_to(ROOT)}: imports {name}")
    return found


def test_the_walker_finds_the_domain_modules() -> None:
    modules = {module for module, _ in python_files("domain")}
    assert {"domain.vocabulary", "domain.records"} <= modules


def test_the_walker_sees_plain_from_relative_and_nested_imports() -> None:
    source = (
        "import PySide6.QtCore\n"
        "from sqlalchemy import select\n"
        "from .. import storage\n"
        "from ..ui.models import thing\n"
        "def f():\n"
        "    import httpx\n"
    )
    found = imported_modules(source, "domain.rules")
    assert {"PySide6.QtCore", "sqlalchemy", "storage", "ui.models", "httpx"} <= found
    assert {n.split(".")[0] for n in found} & DOMAIN_FORBIDDEN == {
        "PySide6",
        "sqlalchemy",
        "storage",
        "ui",
        "httpx",
    }


def test_domain_imports_no_qt_database_http_pdf_or_outer_layer() -> None:
    assert violations("domain", DOMAIN_FORBIDDEN) == []


@pytest.mark.parametrize("package", ["services", "storage", "sync", "reports"])
def test_layers_below_the_ui_import_no_qt_ui_cli_or_server(package: str) -> None:
    assert violations(package, BELOW_UI_FORBIDDEN) == []


@pytest.mark.parametrize("package", ["ui", "cli"])
def test_the_client_front_ends_do_not_import_the_server(package: str) -> None:
    assert violations(package, {"server"}) == []


def test_the_server_imports_no_qt_ui_or_cli() -> None:
    assert violations("server", QT | {"ui", "cli"}) == []


def test_the_headless_commands_import_no_qt_and_no_ui() -> None:
    assert violations("cli", QT | {"ui"}) == []
