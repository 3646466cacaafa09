"""Exports read back by a real spreadsheet engine (LibreOffice, headless): no garbled script."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from app.export.service import run_export
from app.interviews.demo import add_demo_cases
from app.team.case_book import case_book
from app.workspace.folder import Workspace
from tests.app.form_filler import TODAY
from tests.conftest import CHEAP
from tests.optional import needs_commands

SOFFICE = shutil.which("soffice")
pytestmark = needs_commands("soffice")


def _convert(source: Path, target_format: str, out: Path, infilter: str | None = None) -> Path:
    profile = out / "lo-profile"
    command = [str(SOFFICE), f"-env:UserInstallation=file://{profile}", "--headless"]
    if infilter:
        command.append(f"--infilter={infilter}")
    command += ["--convert-to", target_format, "--outdir", str(out), str(source)]
    subprocess.run(command, check=True, capture_output=True, timeout=180)
    produced = out / f"{source.stem}.{target_format.split(':')[0]}"
    assert produced.exists()
    return produced


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("sheet")
    session, _ = Workspace.create(folder / "ws", "ana", "correct horse battery", cost=CHEAP)
    add_demo_cases(case_book(session, today=lambda: TODAY), 40, seed=11)
    run_export(session, format="csv", out=folder / "csv")
    run_export(session, format="xlsx", out=folder / "xlsx")
    session.lock()
    return folder


def _ours(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text("utf-8-sig"))))


def test_libreoffice_reads_our_csv_cell_for_cell(exported: Path, tmp_path: Path) -> None:
    source = exported / "csv" / "intake.csv"
    converted = _convert(source, "xlsx", tmp_path, infilter="CSV:44,34,76,1")
    sheet = openpyxl.load_workbook(converted).active
    read_back = [
        ["" if c is None else str(c) for c in row] for row in sheet.iter_rows(values_only=True)
    ]
    ours = _ours(source)
    assert read_back[0] == ours[0]  # the byte-order mark does not leak into the first header
    names = ours[0].index("prs_First_Name")
    assert [r[names] for r in read_back[1:]] == [r[names] for r in ours[1:]]
    assert any(
        any(
            "\u1780" <= ch <= "\u17ff" or "\u0e00" <= ch <= "\u0eff" or "\u1000" <= ch <= "\u109f"
            for ch in r[names]
        )
        for r in ours[1:]
    )


def test_libreoffice_reads_our_xlsx_sheets(exported: Path, tmp_path: Path) -> None:
    converted = _convert(
        exported / "xlsx" / "fieldcase-export.xlsx",
        "csv:Text - txt - csv (StarCalc):44,34,76",
        tmp_path,
    )
    text = converted.read_text("utf-8")
    ours = _ours(exported / "csv" / "intake.csv")
    names = ours[0].index("prs_First_Name")
    for row in ours[1:6]:
        assert row[names] in text
