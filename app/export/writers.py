"""Writing tables: CSV that Excel opens correctly in every script, XLSX, JSON.

- CSV: UTF-8 with a byte-order mark (without it Excel guesses a legacy code page and shows Khmer or
  Burmese as garbage), CRLF line ends, every field quoted when needed, one file per table.
  A cell starting with ``=``, ``+``, ``-``, ``@`` (a formula to a spreadsheet) is prefixed with
  ``'`` so an answer can never run as a formula on the supervisor's computer.
- XLSX: one sheet per table (openpyxl's write-only mode: memory stays flat at 100k rows).
- JSON: one file, the tables as lists of objects.

Files are written to a temporary name and renamed when complete: an export that fails or is
cancelled half way leaves no half file behind.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from openpyxl import Workbook

from app.export.tables import Table

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_RISKY = frozenset(FORMULA_START)

Progress = Callable[[int], None]  # rows written so far; raise to cancel


def safe_cell(value: str) -> str:
    if value and value.startswith(FORMULA_START) and not _is_number(value):
        return "'" + value
    return value


def _is_number(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True


def _sheet_name(name: str, used: set[str]) -> str:
    base = "".join(c for c in name if c not in "[]:*?/\\")[:31] or "table"
    candidate, n = base, 2
    while candidate in used:
        suffix = f"~{n}"
        candidate, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(candidate)
    return candidate


def _finish(tmp: Path, final: Path) -> None:
    os.replace(tmp, final)


def write_csv(
    tables: Sequence[Table], folder: Path, progress: Progress | None = None
) -> list[Path]:
    written = []
    count = 0
    for table in tables:
        final = folder / f"{table.name}.csv"
        tmp = folder / f".{table.name}.csv.part"
        with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh, lineterminator="\r\n")
            writer.writerow(table.headers)
            for row in table.rows:
                writer.writerow([safe_cell(v) if v[:1] in _RISKY else v for v in row])
                count += 1
                if progress and count % 1000 == 0:
                    progress(count)
        _finish(tmp, final)
        written.append(final)
    return written


def write_xlsx(tables: Sequence[Table], path: Path, progress: Progress | None = None) -> Path:
    book = Workbook(write_only=True)
    used: set[str] = set()
    count = 0
    for table in tables:
        sheet = book.create_sheet(_sheet_name(table.name, used))
        sheet.append(table.headers)
        for row in table.rows:
            sheet.append([safe_cell(v) if v[:1] in _RISKY else v for v in row])
            count += 1
            if progress and count % 1000 == 0:
                progress(count)
    tmp = path.with_name(f".{path.name}.part")
    book.save(str(tmp))
    _finish(tmp, path)
    return path


def write_json(tables: Sequence[Table], path: Path, extra: dict[str, object] | None = None) -> Path:
    document: dict[str, object] = {
        table.name: [dict(zip(table.columns, row, strict=True)) for row in table.rows]
        for table in tables
    }
    if extra:
        document.update(extra)
    tmp = path.with_name(f".{path.name}.part")
    tmp.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    _finish(tmp, path)
    return path
