"""CSV text made once per export row, so a CSV export joins text instead of encoding cells.

A codes export (no ``language``) writes every submission's cells the same way each time: made
formula-safe (``safe_rows``) and quoted by the csv module. Those bytes are kept beside the cells in
``export_rows`` (``app.export.rows``, inside the encrypted store) when a row is flattened:

- ``head``: the fields before ``CASE_ID`` (KEY, SUBMISSION_ID, FORM_VERSION, AUTHOR, SUBMITTED),
  encoded as they read inside a line (no line end);
- ``tail``: ``","`` and the encoded answers ("" for a form without questions);
- the repeats' rows, each a whole line.

``CASE_ID`` is known only at export time (a case is found by its events); the export puts the
line together as ``head + "," + case + tail + CRLF``. The csv module quotes field by field (the
one exception, a record of a single empty field, never arises here: see ``fields``), so a line
joined from separately encoded parts is byte for byte the line ``write_csv`` writes for the row.
The same writer settings (``csv_writer``) serve both.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import IO

from app.export.writers import csv_writer, safe_rows

LINE_END = "\r\n"


class _Lines(list[str]):
    """The csv writer's file: it writes each row with one call, so each row is one item."""

    def write(self, text: str) -> None:
        self.append(text)


def lines(rows: Iterable[Sequence[str]]) -> list[str]:
    """Each row made formula-safe and encoded as ``write_csv`` writes it, line end included."""
    out = _Lines()
    csv_writer(_as_file(out)).writerows(safe_rows([list(row) for row in rows]))
    return list(out)


def fields(rows: Iterable[Sequence[str]]) -> list[str]:
    """Each row (of one field or more) encoded as its fields read inside a longer line: no line
    end, so encoded parts join with ``","``. A blank last field is added before encoding so that
    no record is a single empty field (which the csv module writes as ``""``), then cut off with
    its comma and the line end."""
    cut = len(LINE_END) + 1
    return [line[:-cut] for line in lines([*row, ""] for row in rows)]


class CaseCells:
    """CASE_ID encoded for a line, once per case."""

    def __init__(self) -> None:
        self._known: dict[str, str] = {"": ""}

    def __call__(self, case_id: str) -> str:
        found = self._known.get(case_id)
        if found is None:
            found = self._known[case_id] = fields([[case_id]])[0]
        return found


def main_line(head: str, case: str, tail_text: str) -> str:
    return f"{head},{case}{tail_text}{LINE_END}"


def _as_file(out: _Lines) -> IO[str]:
    return out  # type: ignore[return-value]  # csv needs only .write
