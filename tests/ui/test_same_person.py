"""Issue 17 (beyond the fixes): the same-person warning at intake.

Sokha was registered last year, her name in Latin letters. Ana now registers a girl and types her
first name in Khmer: a quiet panel under the questions says she is possibly the same person as
that case, and why (the name written in another script, the same year of birth, the same
citizenship). Ana opens the case read only, links the intake to it, reads on the review page that
it will be added to Sokha's case, undoes the link, links it again from the panel and finishes:
the answers land on Sokha's case, no second case is opened, the interview is kept whole and the
link is in the audit log. Driven by input only (clicks and typing on visible widgets).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QTreeWidget
from pytestqt.qtbot import QtBot

from app.interviews.form_library import FormLibrary
from app.interviews.interview import Interview
from app.team.case_book import case_book
from app.ui.form_view import InterviewWidget
from app.ui.main import DesktopApp
from app.ui.same_person import WAIT_MS, CaseGlance
from app.workspace.folder import Workspace
from tests.app.form_filler import fill_required
from tests.conftest import CHEAP
from tests.ui.by_hand import (
    WAIT,
    bring_forward,
    click,
    double_click,
    press,
    scroll_into_view,
    type_text,
)
from tests.ui.desktop import log_in, shut_down, start_desktop
from tests.ui.test_interview_by_hand import settle
from tests.ui.test_nothing_clipped import LANGUAGE_CODES, Findings, started
from tests.ui.test_nothing_clipped import as_the_app_starts as as_the_app_starts  # (autouse)

PASSWORD = "supervisor password 1"


def _workspace(path: Path) -> str:
    """An earlier case of Sokha, and an intake begun elsewhere with everything answered but the
    person's first name (it is typed by hand below)."""
    session, _ = Workspace.create(path, "Ana", PASSWORD, cost=CHEAP)
    book = case_book(session)
    earlier = book.open_case(
        {
            "prs_First_Name": "Sokha",
            "prs_Second_Name": "Chea",
            "prs_Citizenship": "KH",
            "prs_Birthdate": "2010-03-01",
        },
        "intake",
    )
    book.open_case({"prs_First_Name": "Malee", "prs_Citizenship": "TH"}, "intake")
    interview = Interview.start(session, book, FormLibrary().on(book.store).get("intake"))
    for key, value in (
        ("con_Consent", "TRUE"),
        ("prs_Citizenship", "KH"),
        ("prs_Birthdate", "2010-07-15"),
    ):
        interview.set_answer(key, value)
    fill_required(interview.form, interview.set_answer)
    interview.clear_answer("prs_First_Name")
    session.lock()
    return earlier


def _click_row(qtbot: QtBot, view: QListWidget | QTreeWidget, row: int) -> None:
    if isinstance(view, QListWidget):
        rect = view.visualItemRect(view.item(row))
    else:
        item = view.topLevelItem(row)
        assert item is not None
        rect = view.visualItemRect(item)
    click(qtbot, view.viewport(), rect.center())


def _to_review(qtbot: QtBot, screen: InterviewWidget) -> None:
    pages = screen.page_list
    _click_row(qtbot, pages, pages.count() - 1)
    qtbot.waitUntil(lambda: screen.on_finish_page, timeout=WAIT)
    settle()


def test_an_intake_of_someone_registered_before_is_added_to_their_case(
    qtbot: QtBot, workspace_path: Path, desktops: list[DesktopApp]
) -> None:
    earlier = _workspace(workspace_path)
    desktop = start_desktop(qtbot, workspace_path)
    desktops.append(desktop)
    log_in(qtbot, desktop, "Ana", PASSWORD)
    bring_forward(qtbot, desktop.window)
    screen = _resumed(qtbot, desktop)
    stack = desktop.window.stack
    panel = screen.same_person.panel
    assert not panel.isVisible()  # no name yet: nobody to compare with

    # The review page lists the missing first name; a click there, and Ana types it in Khmer.
    _to_review(qtbot, screen)
    problems = screen.finish_page.problems
    texts = [problems.item(i).text() for i in range(problems.count())]
    row = next(i for i, t in enumerate(texts) if "name" in t.lower())
    _click_row(qtbot, problems, row)
    qtbot.waitUntil(lambda: not screen.on_finish_page, timeout=WAIT)
    name = screen.boxes["prs_First_Name"].editor.line  # type: ignore[union-attr]
    qtbot.waitUntil(name.hasFocus, timeout=WAIT)
    type_text("សុខា")
    qtbot.waitUntil(lambda: panel.isVisible(), timeout=WAIT)
    assert name.hasFocus()  # the warning never takes the keyboard
    assert panel.heading.text() == "Possibly the same person as:"
    listed = panel.list
    assert listed.topLevelItemCount() == 1  # Malee is not offered
    first = listed.topLevelItem(0)
    assert first is not None
    shown = [first.text(c) for c in range(6)]
    assert shown[0] == "Chea Sokha" and shown[1] == "2010" and shown[2] == "Cambodia"
    assert shown[3] == "…" + earlier.replace("-", "")[-8:]
    assert "the name written in another script" in shown[5]
    assert "same year of birth" in shown[5] and "same citizenship" in shown[5]

    # Open it read only, look, and link from there.
    assert not panel.open_button.isEnabled()
    _click_row(qtbot, listed, 0)
    click(qtbot, panel.open_button)
    qtbot.waitUntil(lambda: _glance(screen) is not None, timeout=WAIT)
    glance = _glance(screen)
    assert glance is not None and glance.windowTitle() == "Earlier case (read only)"
    story = glance.timeline.topLevelItem(0)
    assert story is not None and story.text(1) == "Intake"
    click(qtbot, glance.link_button)
    qtbot.waitUntil(lambda: panel.linked.isVisible(), timeout=WAIT)
    assert panel.linked.text().startswith("Will be added to the case of Chea Sokha")

    # The review page says so, and the link can be undone there.
    _to_review(qtbot, screen)
    page = screen.finish_page
    assert page.link_box.isVisible()
    assert page.link_text.text().startswith("Will be added to the case of Chea Sokha")
    click(qtbot, page.unlink_button)
    qtbot.waitUntil(lambda: not page.link_box.isVisible(), timeout=WAIT)
    assert panel.list.isVisible() and not panel.linked.isVisible()

    # Linked again from the panel itself, then Finish.
    _click_row(qtbot, panel.list, 0)
    click(qtbot, panel.link_button)
    qtbot.waitUntil(lambda: page.link_box.isVisible(), timeout=WAIT)
    assert page.finish_button.isEnabled()
    click(qtbot, page.finish_button)
    view = desktop.window.case_view
    qtbot.waitUntil(lambda: stack.currentWidget() is view and view.case_id == earlier, timeout=WAIT)
    timeline = view.timeline  # the intake is on Sokha's case, and can be read from there
    qtbot.waitUntil(lambda: timeline.topLevelItemCount() == 2, timeout=WAIT)
    rows = [timeline.topLevelItem(i) for i in range(2)]
    assert [r.text(1) for r in rows if r is not None] == ["Interview added to this case", "Intake"]
    shut_down(qtbot, desktop)

    session = Workspace.at(workspace_path).login("Ana", PASSWORD)
    try:
        book = case_book(session)
        assert book.count() == 2  # Sokha and Malee: no new case
        state = book.state(earlier)
        assert state.fields["prs_First_Name"] == "សុខា"
        submission = state.timeline[-1].payload["submission_id"]
        assert session.submission(submission)["form_id"] == "intake"  # kept whole
        viewed = session.store.query("SELECT object FROM audit WHERE action = 'view'")
        assert (f"case:{earlier}",) in [tuple(r) for r in viewed]  # opening it was audited
        audit = session.store.query("SELECT object, detail FROM audit WHERE action = 'link'")
        assert [tuple(r) for r in audit] == [
            (f"case:{earlier}", "intake linked: same person"),
            (f"case:{earlier}", "intake link undone"),
            (f"case:{earlier}", "intake linked: same person"),
        ]
    finally:
        session.lock()


def test_a_link_is_kept_with_the_draft_and_a_hidden_warning_stays_hidden(
    qtbot: QtBot, workspace_path: Path, desktops: list[DesktopApp]
) -> None:
    """Hide: the worker looked and saw nobody; the panel folds to one line until other cases
    are found, and Show unfolds it. A link made, then Save and close: the draft opens again
    linked, and the review page says so."""
    _workspace(workspace_path)
    desktop = start_desktop(qtbot, workspace_path)
    desktops.append(desktop)
    log_in(qtbot, desktop, "Ana", PASSWORD)
    bring_forward(qtbot, desktop.window)
    screen = _resumed(qtbot, desktop)
    panel = screen.same_person.panel
    _click_row(qtbot, screen.page_list, 2)  # the person's page
    name = screen.boxes["prs_First_Name"].editor.line  # type: ignore[union-attr]
    scroll_into_view(screen.scroll, name)  # type: ignore[arg-type]
    click(qtbot, name)
    type_text("Sokha")
    qtbot.waitUntil(lambda: panel.list.isVisible(), timeout=WAIT)
    click(qtbot, panel.hide_button)
    assert not panel.list.isVisible() and panel.show_button.isVisible()
    assert panel.heading.text() == "Possibly the same person as an earlier case (found: 1)"
    click(qtbot, name)
    press(qtbot, Qt.Key.Key_End)
    for _ in range(5):
        press(qtbot, Qt.Key.Key_Backspace)
    type_text("សុខា")  # the same case found another way: still folded
    qtbot.wait(2 * WAIT_MS)
    qtbot.waitUntil(lambda: desktop.tasks.pending == 0, timeout=WAIT)
    assert not panel.list.isVisible() and panel.show_button.isVisible()

    click(qtbot, panel.show_button)
    assert panel.list.isVisible()
    _click_row(qtbot, panel.list, 0)
    click(qtbot, panel.link_button)
    qtbot.waitUntil(lambda: panel.linked.isVisible(), timeout=WAIT)
    click(qtbot, screen.close_button)
    home = desktop.window.home
    qtbot.waitUntil(lambda: desktop.window.stack.currentWidget() is home, timeout=WAIT)
    qtbot.waitUntil(lambda: desktop.tasks.pending == 0, timeout=WAIT)

    screen = _resumed(qtbot, desktop)
    panel = screen.same_person.panel
    qtbot.waitUntil(lambda: panel.linked.isVisible(), timeout=WAIT)
    assert panel.linked.text().startswith("Will be added to the case of Chea Sokha")
    _to_review(qtbot, screen)
    assert screen.finish_page.link_text.text().startswith("Will be added to the case of Chea")


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_the_warning_the_case_and_the_review_are_not_cut_off(
    qtbot: QtBot, tmp_path: Path, desktops: list[DesktopApp], language: str
) -> None:
    """Issue 17, defect 7, for these screens: at 1000×700 in every language and the pseudo one."""
    path = tmp_path / "workspace"
    _workspace(path)
    desktop = started(qtbot, path, language, desktops)
    log_in(qtbot, desktop, "Ana", PASSWORD)
    screen = _resumed(qtbot, desktop)
    panel = screen.same_person.panel
    _click_row(qtbot, screen.page_list, 2)  # the person's page
    name = screen.boxes["prs_First_Name"].editor.line  # type: ignore[union-attr]
    scroll_into_view(screen.scroll, name)  # type: ignore[arg-type]
    click(qtbot, name)
    type_text("សុខា")
    qtbot.waitUntil(lambda: panel.isVisible(), timeout=WAIT)
    found = Findings()
    found.look("same person", panel)
    click(qtbot, panel.hide_button)
    found.look("same person, folded", panel)
    click(qtbot, panel.show_button)
    _click_row(qtbot, panel.list, 0)
    click(qtbot, panel.open_button)
    qtbot.waitUntil(lambda: _glance(screen) is not None, timeout=WAIT)
    glance = _glance(screen)
    assert glance is not None
    found.look("earlier case", glance)
    click(qtbot, glance.link_button)
    qtbot.waitUntil(lambda: panel.linked.isVisible(), timeout=WAIT)
    found.look("linked", panel)
    _to_review(qtbot, screen)
    found.look("review", screen.finish_page)
    assert found.lines == [], "\n".join(found.lines)


def _resumed(qtbot: QtBot, desktop: DesktopApp) -> InterviewWidget:
    """The draft on home, opened by a double-click."""
    drafts = desktop.window.home.drafts_panel
    qtbot.waitUntil(lambda: drafts.list.count() == 1, timeout=WAIT)
    item = drafts.list.item(0)
    double_click(qtbot, drafts.list.viewport(), drafts.list.visualItemRect(item).center())
    stack = desktop.window.stack
    qtbot.waitUntil(lambda: isinstance(stack.currentWidget(), InterviewWidget), timeout=WAIT)
    screen = stack.currentWidget()
    assert isinstance(screen, InterviewWidget)
    return screen


def _glance(screen: InterviewWidget) -> CaseGlance | None:
    found = [g for g in screen.findChildren(CaseGlance) if g.isVisible()]
    return found[0] if found else None
