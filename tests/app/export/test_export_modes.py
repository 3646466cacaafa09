"""Identified data outside the encryption is the exporting user's alone: every file an export,
a printed case file or a saved overview writes is 0600, and every folder made for them 0700,
whatever the umask (issue 20: they were 0644 in a 0755 folder)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.cases.overview import build_overview, save_overview
from app.export.service import run_export
from app.team.case_book import case_book
from app.workspace.durable import write_atomically
from app.workspace.session import Session
from tests.app.export.test_export_attachments import Library, evidence  # noqa: F401


@pytest.fixture(autouse=True)
def everyone_may_read() -> Iterator[None]:
    """The usual umask of a desktop session: without care, files are 0644 and folders 0755."""
    before = os.umask(0o022)
    yield
    os.umask(before)


def _modes(root: Path) -> dict[str, int]:
    found = {".": stat.S_IMODE(root.stat().st_mode)}
    for path in root.rglob("*"):
        found[str(path.relative_to(root))] = stat.S_IMODE(path.stat().st_mode)
    return found


@pytest.mark.parametrize(
    ("file_format", "deidentified"),
    [("csv", False), ("xlsx", False), ("json", False), ("htcds", False), ("csv", True)],
)
def test_every_export_file_is_0600_in_folders_made_0700(
    session: Session,
    evidence: dict[str, Any],  # noqa: F811
    tmp_path: Path,
    file_format: str,
    deidentified: bool,
) -> None:
    out = tmp_path / "usb" / "exports" / "march"  # none of these exist yet
    run_export(
        session, format=file_format, out=out, deidentified=deidentified, k=2, library=Library()
    )
    modes = _modes(tmp_path / "usb")
    folders = {name for name in modes if (tmp_path / "usb" / name).is_dir()}
    files = set(modes) - folders
    assert {"exports/march/export-report.json"} < files
    if file_format == "csv" and not deidentified:
        assert "exports/march/attachments" in folders
        assert any(name.startswith("exports/march/attachments/") for name in files)
    assert {name: oct(modes[name]) for name in folders} == {name: "0o700" for name in folders}
    assert {name: oct(modes[name]) for name in files} == {name: "0o600" for name in files}


def test_an_export_into_a_folder_that_exists_keeps_its_mode(
    session: Session,
    evidence: dict[str, Any],  # noqa: F811
    tmp_path: Path,
) -> None:
    chosen = tmp_path / "Documents"  # the person's own folder: theirs to decide
    chosen.mkdir(mode=0o755)
    run_export(session, format="csv", out=chosen, library=Library())
    modes = _modes(chosen)
    assert modes.pop(".") == 0o755 and modes.pop("attachments") == 0o700
    assert set(modes.values()) == {0o600}


def test_an_old_half_file_does_not_give_its_mode_to_the_export(
    session: Session,
    evidence: dict[str, Any],  # noqa: F811
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    part = out / ".fieldcase-export.xlsx.part"  # left by an export killed half way, 0644
    part.write_bytes(b"half")
    part.chmod(0o644)
    run_export(session, format="xlsx", out=out, library=Library())
    assert stat.S_IMODE((out / "fieldcase-export.xlsx").stat().st_mode) == 0o600


def test_printed_case_files_and_saved_charts_are_0600(session: Session, tmp_path: Path) -> None:
    # the case file PDF (app/ui/case_file_pdf.py) is written by write_atomically, replacing an
    # older copy that everyone could read
    older = tmp_path / "case-file.pdf"
    older.write_bytes(b"the copy printed last week")
    older.chmod(0o644)
    write_atomically(older, b"%PDF-1.4 ...")
    assert stat.S_IMODE(older.stat().st_mode) == 0o600
    # the overview's PNG (app/ui/dashboard_report.py, saved by app/cases/overview.py)
    book = case_book(session)
    target = tmp_path / "overview.png"
    save_overview(book, str(target), b"\x89PNG...", "png", build_overview(book))
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
