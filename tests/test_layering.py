"""The layering rules of docs/architecture.md, checked on the source."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def _sources(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


def test_only_app_ui_imports_qt() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for package in ("app", "forms", "sync")
        for path in _sources(package)
        if "PySide6" in _imports(path) and not path.is_relative_to(ROOT / "app" / "ui")
    ]
    assert offenders == []


@pytest.mark.parametrize(
    "package,forbidden", [("forms", {"app", "sync"}), ("sync", {"app", "forms"})]
)
def test_lower_layers_do_not_import_upper_ones(package: str, forbidden: set[str]) -> None:
    offenders = [
        str(path.relative_to(ROOT)) for path in _sources(package) if _imports(path) & forbidden
    ]
    assert offenders == []


def test_layering_check_sees_a_qt_import(tmp_path: Path) -> None:
    sample = tmp_path / "x.py"
    sample.write_text("from PySide6.QtWidgets import QWidget\n", "utf-8")
    assert "PySide6" in _imports(sample)
