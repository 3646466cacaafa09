"""A de-identified export in a language reads the intake's labels from the form the workspace
already holds, as a plain export does: no shipped XLSForm is converted (seconds, pyxform) for it,
and its file is byte for byte what the library's intake form gave before."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.export import intake_forms
from app.export.service import run_export
from app.interviews import form_library
from app.interviews.demo import add_demo_cases
from app.team.case_book import case_book
from app.workspace.folder import Workspace
from app.workspace.session import Session
from tests.app.form_filler import TODAY
from tests.conftest import CHEAP


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    session, _ = Workspace.create(
        tmp_path_factory.mktemp("deid") / "ws", "ana", "correct horse battery", cost=CHEAP
    )
    add_demo_cases(case_book(session, today=lambda: TODAY), 60, seed=5)
    yield session
    session.lock()


def _conversions(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The shipped XLSForms converted from now on (the per-process cache emptied first)."""
    converted: list[Path] = []
    load = form_library.load_form  # type: ignore[attr-defined]

    def counted(path: Path, *args: Any, **kwargs: Any) -> Any:
        converted.append(path)
        return load(path, *args, **kwargs)

    form_library._shipped.cache_clear()
    form_library._shipped_sha256.cache_clear()
    monkeypatch.setattr(form_library, "load_form", counted)
    return converted


@pytest.mark.parametrize("language", ["km", "my"])
def test_the_labelled_table_converts_no_form_and_is_unchanged(
    demo: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    with monkeypatch.context() as before:  # the intake chosen as before: the library's own
        before.setattr(intake_forms, "intake_versions", lambda session, library: [])
        run_export(
            demo, format="csv", out=tmp_path / "before", deidentified=True, k=5, language=language
        )
    converted = _conversions(monkeypatch)
    run_export(demo, format="csv", out=tmp_path / "now", deidentified=True, k=5, language=language)
    assert converted == []
    now = (tmp_path / "now" / "deidentified.csv").read_bytes()
    assert now == (tmp_path / "before" / "deidentified.csv").read_bytes()
    assert any("\u1780" <= ch <= "\u17ff" or "\u1000" <= ch <= "\u109f" for ch in now.decode())


def test_with_no_intake_submitted_the_library_still_names_the_headers(
    tmp_path: Path,
) -> None:
    session, _ = Workspace.create(tmp_path / "ws", "ana", "correct horse battery", cost=CHEAP)
    try:
        run_export(
            session, format="csv", out=tmp_path / "out", deidentified=True, k=5, language="km"
        )
        header = (tmp_path / "out" / "deidentified.csv").read_text("utf-8-sig").splitlines()[0]
        assert any("\u1780" <= ch <= "\u17ff" for ch in header)
    finally:
        session.lock()
