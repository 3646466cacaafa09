"""Issue 17 (also wrong): the timeline reads as the person's story, by the day things happened.

A visit recorded late (typed after a later visit) takes its place by the visit's date, and the
intake is dated by its interview date, not by when it was typed.
"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.interviews.form_library import FormLibrary
from app.interviews.interview import Interview
from app.team.case_book import case_book
from app.ui.main import DesktopApp
from app.workspace.folder import Workspace
from tests.ui.by_hand import bring_forward
from tests.ui.casefile import FOLLOW_UP, PASSWORD, fill, make_case_file, timeline_rows
from tests.ui.desktop import log_in, start_desktop
from tests.ui.test_case_in_language import open_the_case


def test_a_visit_recorded_late_takes_its_place_by_its_date(
    qtbot: QtBot, workspace_path: Path, desktops: list[DesktopApp]
) -> None:
    case = make_case_file(workspace_path)  # intake on 2 November, a visit on 20 November
    session = Workspace.at(workspace_path).login("ana", PASSWORD)
    book = case_book(session)
    late = Interview.start(
        session, book, FormLibrary().on(book.store).get("follow_up"), case_id=case.case_id
    )
    fill(late.form, {**FOLLOW_UP, "followup_date": "2026-11-10"})  # typed after the 20th's
    late.finish()
    session.lock()

    desktop = start_desktop(qtbot, workspace_path)
    desktops.append(desktop)
    log_in(qtbot, desktop, "ana", PASSWORD)
    bring_forward(qtbot, desktop.window)
    view = open_the_case(qtbot, desktop, rows=5)
    visits = [row.text(0) for row in timeline_rows(view.timeline, "follow_up")]
    assert visits == ["20 November 2026", "10 November 2026"]  # newest first
    (intake,) = timeline_rows(view.timeline, "create")
    assert intake.text(0) == "2 November 2026"  # the interview's day
    last = view.timeline.topLevelItem(view.timeline.topLevelItemCount() - 1)
    assert last is intake
