"""Writing the rep database as JSON (every table), Excel (a sheet per table) or CSV (one table).

Every format holds every row, tombstones included, with the bookkeeping columns first and the
values in the form :mod:`domain.codec` gives them, so that importing an export is exact.
Files are written beside their target and moved into place only when complete.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import IllegalCharacterError
from sqlalchemy import Connection, func, select

from domain.codec import encode
from domain.records import TABLE_ORDER
from storage.database import Database
from storage.models import SYNCED_MODELS, utcnow
from storage.transfer.common import (
    FORMAT,
    FORMAT_VERSION,
    TEXT_KINDS,
    TransferError,
    check_table,
    columns,
    json_text,
    kinds,
)

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

_MONEY_FORMAT = "#,##0.00"

Converter = Callable[[Any], Any]


def _records(conn: Connection, table: str) -> Iterator[tuple[Any, ...]]:
    """Every stored row of ``table`` (tombstones too), typed, in :func:`columns` order."""
    t = SYNCED_MODELS[table].__table__
    query = select(*(t.c[name] for name in columns(table))).order_by(t.c.created_at, t.c.id)
    yield from conn.execute(query)


@contextmanager
def _replacing(path: Path) -> Iterator[Path]:
    """A temporary file beside ``path`` that takes its place only if the block succeeds."""
    tmp = path.with_name(f".{path.name}.part")
    try:
        yield tmp
        os.replace(tmp, path)
    except OSError as exc:
        raise TransferError(f"{path}: cannot write ({exc.strerror or exc})") from None
    finally:
        tmp.unlink(missing_ok=True)


def export_json(db: Database, path: str | Path) -> dict[str, int]:
    """Write every synced table of ``db`` to ``path`` as one JSON document; rows per table.

    ``{"format": "repdesk", "format_version": 1, "exported_at": …, "tables": {name: [row,
    …]}}`` with one row object per line; values in the JSON form of ``domain.codec``.
    """
    counts: dict[str, int] = {}
    head = {"format": FORMAT, "format_version": FORMAT_VERSION, "exported_at": encode(utcnow())}
    with (
        _replacing(Path(path)) as tmp,
        tmp.open("w", encoding="utf-8") as out,
        db.engine.connect() as conn,
    ):
        out.write(json.dumps(head)[:-1] + ', "tables": {')
        for i, table in enumerate(TABLE_ORDER):
            names = columns(table)
            out.write(f'{"," if i else ""}\n"{table}": [')
            n = 0
            for n, row in enumerate(_records(conn, table), 1):
                record = dict(zip(names, map(encode, row), strict=True))
                out.write(("\n" if n == 1 else ",\n") + json.dumps(record, ensure_ascii=False))
            out.write("\n]")
            counts[table] = n
        out.write("\n}}\n")
    return counts


def _csv_cell(kind: str) -> Converter:
    """How a typed value of ``kind`` is written into a CSV cell (always text)."""
    if kind in TEXT_KINDS:
        return lambda v: "" if v is None else json_text(v)
    if kind == "bool":
        return lambda v: "" if v is None else ("true" if v else "false")
    return lambda v: "" if v is None else str(encode(v))


def _xlsx_cell(ws: WriteOnlyWorksheet, kind: str) -> Converter:
    """How a typed value of ``kind`` is written into an Excel cell.

    Lists and JSON as JSON text, date-times as ISO text (an Excel date would lose the
    microseconds), money as a number shown with cents, text that starts with "=" as text
    rather than a formula; dates, numbers and yes/no as Excel's own.
    """
    if kind in TEXT_KINDS:
        return json_text
    if kind == "datetime":
        return encode
    if kind == "money":
        return lambda v: None if v is None else _styled(ws, v, _MONEY_FORMAT)

    def plain(value: Any) -> Any:
        if isinstance(value, str) and value.startswith("="):
            cell = WriteOnlyCell(ws, value=value)
            cell.data_type = "s"
            return cell
        return value

    return plain


def _styled(ws: WriteOnlyWorksheet, value: Any, number_format: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=value)
    cell.number_format = number_format
    return cell


def export_xlsx(db: Database, path: str | Path) -> dict[str, int]:
    """Write every synced table of ``db`` to an Excel workbook, one sheet per table.

    Sheet name = table name, header row = :func:`columns`; returns rows per table.
    """
    wb = Workbook(write_only=True)
    counts: dict[str, int] = {}
    with db.engine.connect() as conn:  # one read transaction: counts and rows agree
        for table in TABLE_ORDER:
            counts[table] = _sheet(wb, conn, table)
    with _replacing(Path(path)) as tmp:
        wb.save(tmp)
    return counts


def _sheet(wb: Workbook, conn: Connection, table: str) -> int:
    """Write ``table`` into a new sheet of ``wb``; returns its number of rows."""
    t = SYNCED_MODELS[table].__table__
    rows = conn.execute(select(func.count()).select_from(t)).scalar_one()
    ws = wb.create_sheet(table)
    ws.freeze_panes = "A2"
    # The sheet's size, written at its top: without it a reader must scan the whole
    # sheet once just to learn it (openpyxl's read-only mode does).
    size = f"A1:{get_column_letter(len(columns(table)))}{rows + 1}"
    ws.calculate_dimension = lambda: size
    ws.append(columns(table))
    cells = [_xlsx_cell(ws, kind) for kind in kinds(table)]
    for row in _records(conn, table):
        try:
            ws.append([convert(v) for convert, v in zip(cells, row, strict=True)])
        except IllegalCharacterError:
            raise TransferError(
                f"{table} {row[0]}: holds control characters Excel cannot store;"
                " export as JSON instead"
            ) from None
    return int(rows)


def export_csv(db: Database, path: str | Path, table: str) -> dict[str, int]:
    """Write ``table`` of ``db`` to a CSV file (UTF-8 with BOM, header row); ``{table: rows}``."""
    check_table(table)
    n = 0
    with (
        _replacing(Path(path)) as tmp,
        tmp.open("w", encoding="utf-8-sig", newline="") as out,
        db.engine.connect() as conn,
    ):
        writer = csv.writer(out)
        writer.writerow(columns(table))
        cells = [_csv_cell(kind) for kind in kinds(table)]
        for row in _records(conn, table):
            n += 1
            writer.writerow([convert(v) for convert, v in zip(cells, row, strict=True)])
    return {table: n}
