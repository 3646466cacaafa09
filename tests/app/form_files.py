"""Form files for publishing tests: a small XLSForm in versions, and the shipped intake under
another version (what a supervisor does to correct it)."""

from __future__ import annotations

from pathlib import Path

from app.interviews.form_library import SHIPPED


def screening_form(
    folder: Path, version: str, *, extra: str = "", title: str = "Screening"
) -> Path:
    """A small XLSForm (markdown tables); ``extra`` adds a text question, so versions differ."""
    extra_row = f"|        | text    | {extra} | {extra.title()} |\n" if extra else ""
    path = folder / f"screening-{version}{'-' + extra if extra else ''}.md"
    path.write_text(
        "| survey |         |       |       |\n"
        "|        | type    | name  | label |\n"
        "|        | text    | name  | Name  |\n"
        "|        | integer | age   | Age   |\n"
        f"{extra_row}"
        "| settings |           |           |            |\n"
        "|          | form_id   | version   | form_title |\n"
        f"|          | screening | {version} | {title}    |\n",
        encoding="utf-8",
    )
    return path


def intake_with_version(folder: Path, version: str, title: str) -> Path:
    """The shipped intake workbook with another version and title on its settings sheet."""
    import openpyxl

    book = openpyxl.load_workbook(SHIPPED / "intake.xlsx")
    settings = book["settings"]
    header = [c.value for c in settings[1]]
    settings.cell(row=2, column=header.index("version") + 1, value=version)
    settings.cell(row=2, column=header.index("form_title") + 1, value=title)
    path = folder / f"intake-{version}.xlsx"
    book.save(path)
    return path
