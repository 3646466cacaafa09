"""Fixtures of the team layer's tests."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from app.cases.book import CaseBook
from app.team.case_book import case_book
from app.team.membership import admit, found_team, join, make_request
from app.workspace.folder import Workspace
from tests.conftest import CHEAP, PASSWORD

TODAY = date(2026, 11, 28)


@pytest.fixture
def team(tmp_path: Path) -> Iterator[tuple[CaseBook, CaseBook]]:
    """Two laptops of one team: a supervisor's, which founded it, and a field worker's, admitted
    and joined (their case books, the day fixed at ``TODAY``)."""
    books = []
    for name, user in (("supervisor", "ana"), ("field", "sopheap")):
        session, _ = Workspace.create(tmp_path / name, user, PASSWORD, cost=CHEAP)
        books.append(case_book(session, today=lambda: TODAY))
    supervisor, field = books
    found_team(supervisor, "bangkok-shelter")
    request, _ = make_request(field)
    welcome, _ = admit(supervisor, request)
    join(field, welcome)
    yield supervisor, field
    for book in books:
        if not book.session.is_locked:
            book.session.lock()
