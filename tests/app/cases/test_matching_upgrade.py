"""A workspace made before same-person matching kept its facts (migration 0025_case_match)
gets them for every case when its case book first opens, and its cases are then found."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from app.cases.matching import possible_same_person
from app.team.case_book import case_book
from app.workspace.folder import Workspace
from app.workspace.session import Session
from tests.upgrades.test_every_workspace_version import WORKSPACES, made_of

TODAY = date(2026, 11, 28)
BEFORE_MATCH_FACTS = "v22-9dd8f7a"  # the last version before migration 0025_case_match


def test_a_workspace_from_before_the_match_facts_gets_them_when_its_case_book_opens(
    tmp_path: Path,
) -> None:
    folder = tmp_path / BEFORE_MATCH_FACTS
    shutil.copytree(WORKSPACES / BEFORE_MATCH_FACTS / "laptop-a", folder)
    password = made_of(WORKSPACES / BEFORE_MATCH_FACTS)["passwords"]["ana"]
    session = Workspace.at(folder).sign_in("ana", password)
    assert isinstance(session, Session)
    assert session.store.scalar("SELECT count(*) FROM case_match") == 0
    book = case_book(session, today=lambda: TODAY)
    cases = session.store.scalar("SELECT count(*) FROM cases")
    assert cases > 0 and session.store.scalar("SELECT count(*) FROM case_match") == cases
    case_id, fields = next(
        (c, book.state(c).fields) for (c,) in session.store.query("SELECT case_id FROM cases")
    )
    asked = {k: v for k, v in fields.items() if k in ("prs_First_Name", "prs_Citizenship")}
    assert case_id in [c.case_id for c in possible_same_person(book, asked, 1000)]
    session.lock()
