"""Writing tables: CSV that Excel opens correctly in every script, XLSX, JSON.

- CSV: UTF-8 with a byte-order mark (without it Excel guesses a legacy code page and shows Khmer or
  Burmese as garbage), CRLF line ends, every field quoted when needed, one file per table.
  A cell starting with ``=``, ``+``, ``-``, ``@`` (a formula to a spreadsheet) is prefixed with
  ``'`` so an answer can never run as a formula on the supervisor's computer.
- XLSX: one sheet per table, cells as strings, streamed into the ZIP file (``xlsx``).
- A streamed table (``Table.source``) is written a chunk at a time as it is read from the store.
- JSON: one file, the tables as lists of objects, streamed too (the bytes ``json.dumps`` writes).

Files are written to a temporary name and renamed when complete: an export that fails or is
cancelled half way leaves no half file behind. Every file is created 0600 (readable by the
person who exported only; the temporary file has that mode from its first byte, and the rename
keeps it): the tables are identified data outside the encryption.
"""

from __future__ import annotations

import csv
import functools
import json
import os
import re
from collections.abc import Callable, Iterator, Sequence
from itertools import repeat
from pathlib import Path
from typing import IO, Any, TypeVar

from app.export.tables import Table
from app.export.xlsx import write_workbook

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_RISKY = frozenset(FORMULA_START)
_SEP = "\x1f"  # joins a row's cells so one regex finds the cells that start like a formula
_RISKY_START = re.compile("(?:^|\x1f)[=+\\-@\t\r]")
_ROW = "\x1e"  # joins the rows of a batch (``safe_rows``)
_RISKY_CELL = re.compile("\x1f([=+\\-@\t\r][^\x1e\x1f]*)")  # a literal first: scanned fast
CHUNK = 1000  # rows per write (and per progress report and cancel check)

Progress = Callable[[int], None]  # rows written so far; raise to cancel
_T = TypeVar("_T")


def csv_writer(fh: IO[str]) -> Any:
    """The CSV settings of every export (and of the lines kept for it: ``app.export.lines``)."""
    return csv.writer(fh, lineterminator="\r\n")


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


def safe_row(row: list[str]) -> list[str]:
    """``row`` with ``safe_cell`` applied to every cell (a new list when a cell changes).

    Found in C rather than cell by cell in Python: the cells joined by a separator, one regex for
    a risky first character after it; a cell holding the separator itself takes the slow way."""
    joined = _SEP.join(row)
    hits = _RISKY_START.finditer(joined)
    first = next(hits, None)
    if first is None:
        return row
    if joined.count(_SEP) != len(row) - 1:
        return [safe_cell(v) if v[:1] in _RISKY else v for v in row]
    out = list(row)
    index, counted = 0, 0
    for hit in (first, *hits):
        at = hit.end() - 1
        index += joined.count(_SEP, counted, at)
        counted = at
        out[index] = safe_cell(out[index])
    return out


@functools.lru_cache(maxsize=4096)
def _safe_text(value: str) -> str:
    return safe_cell(value)  # answers repeat ("-", "+66..."): each is judged once


def _safe_hit(hit: re.Match[str]) -> str:
    return _SEP + _safe_text(hit.group(1))


def safe_rows(rows: list[list[str]]) -> list[list[str]]:
    """``safe_row`` of every row of a batch, found for the whole batch at once: every cell
    joined after a separator (and each row after another), one regex substitution for the
    cells that start like a formula, split again. A batch with a row of no cells, or a cell
    holding a separator, takes the row by row way."""
    if not rows:
        return rows
    joined = _SEP + (_ROW + _SEP).join(map(_SEP.join, rows))
    if _RISKY_CELL.search(joined) is None:
        return rows
    if (
        min(map(len, rows)) == 0
        or joined.count(_ROW) != len(rows) - 1
        or joined.count(_SEP) != sum(map(len, rows))
    ):
        return [safe_row(row) for row in rows]
    text = _RISKY_CELL.sub(_safe_hit, joined)
    return list(map(str.split, text[1:].split(_ROW + _SEP), repeat(_SEP)))


def _chunks(rows: list[_T]) -> Iterator[list[_T]]:
    for start in range(0, len(rows), CHUNK):
        yield rows[start : start + CHUNK]


def _table_chunks(table: Table) -> Iterator[list[Any]]:
    """The table's rows (or lines) a chunk at a time; a streamed table's are counted."""
    if table.source is None:
        if table.lines is None:
            yield from _chunks(table.rows)
        else:
            yield from _chunks(table.lines)
        return
    table.written = 0
    for chunk in table.source():
        if chunk:
            table.written += len(chunk)
            yield chunk


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


def _private(path: Path, mode: str, **text: Any) -> IO[Any]:
    """``path`` opened for writing, created 0600 (a leftover of an earlier run, whatever its
    mode, is removed first: truncating would keep its mode)."""
    path.unlink(missing_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    return os.fdopen(fd, mode, **text)


def _written(count: int, more: int, progress: Progress | None) -> int:
    """Rows written so far; progress is reported each time another CHUNK rows are written."""
    total = count + more
    if progress and total // CHUNK != count // CHUNK:
        progress(total // CHUNK * CHUNK)
    return total


def write_csv(
    tables: Sequence[Table], folder: Path, progress: Progress | None = None
) -> list[Path]:
    """One file per table, each written whole or not at all: a failure or a cancel (raised by
    ``progress`` or by a table's ``source``) removes the files already finished too."""
    written: list[Path] = []
    count = 0
    tmp: Path | None = None
    try:
        for table in tables:
            final = folder / f"{table.name}.csv"
            tmp = folder / f".{table.name}.csv.part"
            with _private(tmp, "w", encoding="utf-8-sig", newline="") as fh:
                writer = csv_writer(fh)
                writer.writerow(table.headers)
                if table.holds_lines:  # already formula-safe and encoded: app/export/lines.py
                    for lines in _table_chunks(table):
                        fh.write("".join(lines))
                        count = _written(count, len(lines), progress)
                else:
                    for chunk in _table_chunks(table):
                        writer.writerows(map(safe_row, chunk))
                        count = _written(count, len(chunk), progress)
            _finish(tmp, final)
            written.append(final)
    except BaseException:
        for path in [*written, *([tmp] if tmp else [])]:
            path.unlink(missing_ok=True)
        raise
    return written


def write_xlsx(tables: Sequence[Table], path: Path, progress: Progress | None = None) -> Path:
    used: set[str] = set()
    count = 0

    def written(rows: Sequence[Sequence[str]]) -> None:
        nonlocal count
        before, count = count, count + len(rows)
        if progress and count // CHUNK != before // CHUNK:
            progress(count // CHUNK * CHUNK)

    if any(t.holds_lines for t in tables):
        raise ValueError("a table of CSV lines is written only as CSV")
    sheets = [
        (
            _sheet_name(t.name, used),
            t.headers,
            ([safe_row(r) for r in chunk] for chunk in _table_chunks(t)),
        )
        for t in tables
    ]
    tmp = path.with_name(f".{path.name}.part")
    with _private(tmp, "wb") as fh:
        write_workbook(fh, sheets, written)
    _finish(tmp, path)
    return path


def write_json(tables: Sequence[Table], path: Path, extra: dict[str, object] | None = None) -> Path:
    """The document ``{table name: [one object per row]}`` (a later table or an ``extra`` entry
    of the same name taking an earlier one's place, as in a dict), written a chunk at a time:
    its bytes are ``json.dumps(document, ensure_ascii=False, indent=1)``'s, never held whole."""
    if any(t.holds_lines for t in tables):
        raise ValueError("a table of CSV lines is written only as CSV")
    document: dict[str, object] = {table.name: table for table in tables}
    if extra:
        document.update(extra)
    tmp = path.with_name(f".{path.name}.part")
    try:
        with _private(tmp, "w", encoding="utf-8") as fh:
            fh.write("{" if document else "{}")
            for n, (name, value) in enumerate(document.items()):
                fh.write(f"{',' if n else ''}\n {_json(name)}: ")
                if isinstance(value, Table):
                    _json_rows(fh, value)
                else:  # one level in: every line after the first indented once more
                    fh.write(_json(value).replace("\n", "\n "))
            if document:
                fh.write("\n}")
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _finish(tmp, path)
    return path


def _json(value: object) -> str:
    """``value`` as ``json.dumps`` writes it at the top of the document (a newline inside a
    string is escaped: every newline written is indentation, so nesting just indents it)."""
    return json.dumps(value, ensure_ascii=False, indent=1)


def _json_rows(fh: IO[str], table: Table) -> None:
    """A table as a list of objects two levels in, as ``json.dumps`` lays it out."""
    columns = table.columns
    first = True
    for chunk in _table_chunks(table):
        items = [
            "  " + _json(dict(zip(columns, row, strict=True))).replace("\n", "\n  ")
            for row in chunk
        ]
        fh.write(("[\n" if first else ",\n") + ",\n".join(items))
        first = False
    fh.write("[]" if first else "\n ]")
