"""Reading an import file into :class:`Source` tables of raw values, one reader per format.

A reader checks only what it must to read on (the file's encoding, its JSON syntax, the shape
of a sheet); the values themselves are the importer's job. Each row carries its location as
the user sees it: "accounts.csv row 7" (the header is row 1), "book.xlsx sheet accounts row
7", "data.json tables.accounts[6]".
"""

from __future__ import annotations

import codecs
import csv
import json
import zipfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from domain.records import TABLE_ORDER, TABLES
from storage.transfer.common import FORMAT, FORMAT_VERSION, TransferError, check_table, json_text


@dataclass(frozen=True)
class Row:
    """One row as read: where it is, its raw values by column, or why it cannot be read."""

    where: str
    values: dict[str, Any]
    problem: str | None = None


@dataclass
class Source:
    """One table's rows in a file, before any checking."""

    table: str
    label: str  # where the table is: "accounts.csv", "data.xlsx sheet accounts", …
    word: str  # what a value is called there: "column" or "field"
    header: list[str] | None  # column names (None when every row names its own fields)
    rows: Iterable[Row]


def blank(raw: Any) -> bool:
    """Whether a raw value is empty (None or only spaces)."""
    return raw is None or (isinstance(raw, str) and not raw.strip())


def _cell_rows(
    label: str, header: list[str], rows: Iterable[tuple[int, Any]], *, exact: bool
) -> Iterator[Row]:
    """Rows of cells (CSV or a sheet) under ``header`` as :class:`Row`; blank rows skipped.

    With ``exact`` (CSV) a row must have as many cells as the header has columns; a sheet
    row may stop early (Excel leaves trailing empty cells out).
    """
    width = len(header)
    for number, cells in rows:
        if all(blank(c) for c in cells):
            continue
        where = f"{label} row {number}"
        if exact and len(cells) != width:
            yield Row(where, {}, f"has {len(cells)} cells but the header has {width} columns")
        elif any(not blank(c) for c in cells[width:]):
            yield Row(where, {}, f"has values beyond the {width} columns of the header")
        else:
            padded = [*cells[:width], *[None] * (width - len(cells))]
            yield Row(where, dict(zip(header, padded, strict=True)))


def _header(cells: Iterable[Any]) -> list[str]:
    names = ["" if c is None else str(c).strip() for c in cells]
    while names and not names[-1]:
        names.pop()
    return names


def _text_lines(path: Path, encoding: str, rows_read: Callable[[], int]) -> Iterator[str]:
    """The lines of ``path`` decoded, failing with the row and line of the first bad byte."""
    shown = encoding.removesuffix("-sig")
    decoder = codecs.getincrementaldecoder(encoding)()
    line = 0
    try:
        with path.open("rb") as fh:
            for line, raw in enumerate(fh, 1):  # noqa: B007 - ``line`` is used on failure
                yield decoder.decode(raw)
            yield decoder.decode(b"", final=True)
    except UnicodeDecodeError as exc:
        bad = exc.object[exc.start : exc.start + 1].hex()
        hint = (
            'if it comes from Excel, save it as "CSV UTF-8" or import with --encoding gb18030'
            if codecs.lookup(encoding).name.startswith("utf-8")
            else "check the --encoding"
        )
        raise TransferError(
            f"{path.name} row {rows_read() + 1} (line {line}): not valid {shown} text"
            f" (byte 0x{bad}); {hint}"
        ) from None


def _csv_source(path: Path, table: str | None, encoding: str) -> Source:
    if table is None:
        if path.stem not in TABLES:
            raise TransferError(
                f"{path.name}: cannot tell which table this file holds; name it after the"
                f" table (e.g. accounts.csv) or pass --table (one of: {', '.join(TABLE_ORDER)})"
            )
        table = path.stem
    check_table(table)
    try:
        encoding = codecs.lookup(encoding).name
    except LookupError:
        raise TransferError(f"unknown encoding '{encoding}' (try utf-8 or gb18030)") from None
    if encoding == "utf-8":
        encoding = "utf-8-sig"  # a BOM (as Excel writes it) is not part of the header
    read = 0
    reader = csv.reader(_text_lines(path, encoding, lambda: read))
    try:
        header = _header(next(reader, []))
    except csv.Error as exc:
        raise TransferError(f"{path.name} row 1: {exc}") from None
    if not header:
        raise TransferError(f"{path.name}: the file is empty")
    read = 1

    def numbered() -> Iterator[tuple[int, list[str]]]:
        nonlocal read
        try:
            for cells in reader:
                read += 1
                yield read, cells
        except csv.Error as exc:
            raise TransferError(f"{path.name} row {read + 1}: {exc}") from None

    return Source(
        table, path.name, "column", header, _cell_rows(path.name, header, numbered(), exact=True)
    )


def _xlsx_sources(path: Path, wb: Any) -> Iterator[Source]:
    for ws in wb.worksheets:
        label = f"{path.name} sheet {ws.title}"
        ws.reset_dimensions()  # a stored size can be wrong (other tools): read every row
        rows = ws.iter_rows(values_only=True)
        header = _header(next(rows, ()))
        if not header:
            continue  # an empty sheet
        numbered = enumerate(rows, 2)
        yield Source(
            ws.title, label, "column", header, _cell_rows(label, header, numbered, exact=False)
        )


def _utf8_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise TransferError(f"{path.name} line {line}: not valid UTF-8 text") from None


def _json_document(path: Path) -> dict[str, Any]:
    text = _utf8_text(path)  # the bytes are gone before the parse builds its objects
    if not text.strip():
        raise TransferError(f"{path.name}: the file is empty")
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TransferError(
            f"{path.name} line {exc.lineno}, column {exc.colno}: not valid JSON ({exc.msg})"
        ) from None
    if not isinstance(doc, dict) or not isinstance(doc.get("tables"), dict):
        raise TransferError(f'{path.name}: not a RepDesk export (no "tables" object)')
    if doc.get("format", FORMAT) != FORMAT:
        raise TransferError(f"{path.name}: format '{doc['format']}' is not '{FORMAT}'")
    version = doc.get("format_version", FORMAT_VERSION)
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise TransferError(
            f"{path.name}: written by a newer RepDesk (format_version {version}); update RepDesk"
        )
    return doc["tables"]


def _json_rows(label: str, table: str, items: list[Any]) -> Iterator[Row]:
    as_text = {f.name for f in TABLES.get(table, ()) if f.kind == "json"}
    for i, item in enumerate(items):
        items[i] = None  # let each row's memory go once read
        where = f"{label}[{i}]"
        if not isinstance(item, dict):
            yield Row(where, {}, "should be an object of field values")
            continue
        # A JSON field travels as JSON text in a cell; give it to the decoder the same way.
        yield Row(where, {k: json_text(v) if k in as_text else v for k, v in item.items()})


def _json_sources(path: Path) -> Iterator[Source]:
    for table, items in _json_document(path).items():
        label = f"{path.name} tables.{table}"
        if not isinstance(items, list):
            raise TransferError(f"{label}: should be a list of rows")
        yield Source(table, label, "field", None, _json_rows(label, table, items))


@contextmanager
def open_sources(path: Path, table: str | None, encoding: str) -> Iterator[list[Source]]:
    """The tables in the file at ``path`` (.json, .xlsx or .csv), closed again at the end.

    ``table`` and ``encoding`` apply to CSV. Raises :class:`TransferError` when the file
    cannot be read at all.
    """
    kind = path.suffix.lower()
    if kind not in (".json", ".xlsx", ".csv"):
        hint = " (old Excel format: save it as .xlsx)" if kind == ".xls" else ""
        raise TransferError(
            f"{path.name}: cannot import {kind or 'this'} files{hint}; use .json, .xlsx or .csv"
        )
    if not path.is_file():
        raise TransferError(f"{path}: no such file")
    if table is not None and kind != ".csv":
        raise TransferError("--table applies to .csv files only (other formats name their tables)")
    if kind == ".csv":
        yield [_csv_source(path, table, encoding)]
    elif kind == ".json":
        yield list(_json_sources(path))
    else:
        try:
            wb = load_workbook(path, read_only=True, data_only=True)
        except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError) as exc:
            raise TransferError(f"{path.name}: not an Excel .xlsx workbook ({exc})") from None
        try:
            yield list(_xlsx_sources(path, wb))
        finally:
            wb.close()
