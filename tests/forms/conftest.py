"""Helpers for form-engine tests: forms are written inline as XLSForm markdown tables."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from forms.definition import FormDefinition
from forms.load import load_markdown
from forms.session import FormSession

DATA = Path(__file__).parent / "data"
TODAY = dt.date(2024, 5, 1)
NOW = dt.datetime(2024, 5, 1, 9, 30, tzinfo=dt.UTC)


def form(md: str) -> FormDefinition:
    return load_markdown(textwrap.dedent(md))


def session(md: str, **options: object) -> FormSession:
    options.setdefault("now", lambda: NOW)
    options.setdefault("seed", 1)
    return FormSession(form(md), **options)  # type: ignore[arg-type]


def one_question(expr: str, kind: str = "calculate") -> str:
    """A form with a single calculate holding ``expr``."""
    return f"""
    | survey |           |      |             |
    |        | type      | name | calculation |
    |        | {kind}    | x    | {expr}      |
    """


@pytest.fixture
def htcds_path() -> Path:
    return DATA / "htcds_xlsform.xlsx"
