"""Export and import of the rep database as JSON, Excel (.xlsx) or CSV.

- :func:`export_json` writes every synced table (tombstones too) into one JSON document,
  :func:`export_xlsx` one sheet per table, :func:`export_csv` one table per file.
- :func:`import_file` reads any of the three, checks every row (types, enum codes, ranges,
  references, duplicate ids) and upserts the rows by id in one transaction with change
  tracking, so imported edits sync later. All or nothing: when anything is wrong it raises
  :class:`ImportFailed` with one line per problem and the database stays as it was.

The formats share one path: a reader (:mod:`.sources`) turns the file into tables of raw
values (JSON values or cell contents), each row with its location as the user sees it
("accounts.csv row 7"); the importer (:mod:`.importer`) decodes, checks and writes them.
``docs/data-format.md`` describes the formats for users.
"""

from storage.transfer.common import (
    FORMAT,
    FORMAT_VERSION,
    ImportFailed,
    ImportResult,
    TableCount,
    TransferError,
    columns,
)
from storage.transfer.exporter import export_csv, export_json, export_xlsx
from storage.transfer.importer import import_file

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "ImportFailed",
    "ImportResult",
    "TableCount",
    "TransferError",
    "columns",
    "export_csv",
    "export_json",
    "export_xlsx",
    "import_file",
]
