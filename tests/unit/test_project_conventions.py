"""Conventions the project keeps: the CLI is documented, the domain's docstrings are its docs."""

from __future__ import annotations

import argparse
import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def cli_commands() -> list[str]:
    """The subcommands ``main.build_parser()`` defines."""
    from main import build_parser

    parser = build_parser()
    return [
        name
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
        for name in action.choices
    ]


def readme_cli_section() -> str:
    """The README's "CLI" section: from its heading to the next heading of that level or up."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    heading = re.search(r"^(#+) CLI\b.*$", text, re.MULTILINE)
    assert heading, "README.md has no '## CLI' section"
    level = len(heading.group(1))
    rest = text[heading.end() :]
    following = re.search(rf"^#{{1,{level}}} ", rest, re.MULTILINE)
    return rest[: following.start()] if following else rest


def undocumented_public_functions(package: str) -> list[str]:
    """``file:line name`` of each public function or public method without a docstring."""
    missing = []
    for path in sorted((ROOT / package).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        scopes = [tree.body]
        scopes += [c.body for c in tree.body if isinstance(c, ast.ClassDef) and c.name[0] != "_"]
        functions = [
            node
            for body in scopes
            for node in body
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        ]
        for fn in functions:
            if not fn.name.startswith("_") and ast.get_docstring(fn) is None:
                missing.append(f"{path.relative_to(ROOT)}:{fn.lineno} {fn.name}")
    return missing


def test_the_parser_defines_the_released_commands() -> None:
    assert {"demo", "import", "export"} <= set(cli_commands())


def test_every_cli_command_is_documented_in_the_readme() -> None:
    section = readme_cli_section()
    undocumented = [c for c in cli_commands() if f"python main.py {c}" not in section]
    assert undocumented == []


def test_every_public_function_in_domain_has_a_docstring() -> None:
    assert (ROOT / "domain" / "records.py").exists()
    assert undocumented_public_functions("domain") == []
