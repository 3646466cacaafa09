"""Form versions in the desktop app: the interview shows the version it uses, the drafts list says
which version each draft was made on, and the new-interview menu offers only forms open to new
interviews (newest version, nothing withdrawn)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.interviews.form_library import FormLibrary
from app.interviews.interview import Interview
from app.team.case_book import case_book
from app.team.form_versions import publish_form, withdraw_form
from app.ui.form_view import InterviewWidget
from app.ui.main import DesktopApp
from app.workspace.folder import Workspace
from tests.app.form_files import screening_form
from tests.ui.by_hand import bring_forward, click_action, hover, open_menu_by_click
from tests.ui.desktop import log_in, start_desktop
from tests.ui.test_app_flow import _interview

PASSWORD = "supervisor password 1"
WAIT = 20_000


def _prepare(path: Path, tmp_path: Path) -> str:
    """Screening version 1 published and a draft begun on it, then version 2 published; the
    shipped intake withdrawn. Returns the draft's id."""
    session, _ = Workspace.create(path, "ana", PASSWORD)
    book = case_book(session)
    publish_form(book, screening_form(tmp_path, "1"))
    draft = Interview.start(session, book, FormLibrary().on(book.store).get("screening"))
    draft.set_answer("name", "Dara")
    publish_form(book, screening_form(tmp_path, "2", extra="village"))
    shipped = FormLibrary().get("intake").version
    withdraw_form(book, "intake", shipped, "replaced by the regional intake")
    assert draft.draft_id is not None
    session.lock()
    return draft.draft_id


def _menu_texts(qtbot: QtBot, desktop: DesktopApp, which: str) -> list[str]:
    """Cases › the submenu, opened by mouse; its texts once the database has answered."""
    interviews = desktop.interviews
    menu = interviews.new_menu if which == "new" else interviews.drafts_menu
    bring_forward(qtbot, desktop.window)
    open_menu_by_click(qtbot, desktop.window, desktop.window.cases_menu)
    hover(qtbot, desktop.window.cases_menu, menu.menuAction())
    qtbot.waitUntil(menu.isVisible, timeout=WAIT)
    qtbot.waitUntil(lambda: menu.actions()[0].isEnabled(), timeout=WAIT)
    return [a.text() for a in menu.actions()]


def test_versions_in_the_menus_and_the_interview_header(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "workspace"
    _prepare(path, tmp_path)
    desktop = start_desktop(qtbot, path)
    log_in(qtbot, desktop, "ana", PASSWORD)

    # intake is withdrawn; follow-up, referral and closure start from a case
    assert _menu_texts(qtbot, desktop, "new") == ["Screening (version 2)"]
    assert desktop.interviews.new_menu.title() == "&New interview"
    click_action(qtbot, desktop.interviews.new_menu, desktop.interviews.new_menu.actions()[0])
    fresh = _interview(qtbot, desktop)
    assert fresh.interview.definition.version == "2"
    assert fresh.version_label.text() == "Form version 2"
    assert fresh.version_label.isVisibleTo(fresh)
    qtbot.mouseClick(fresh.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: desktop.window.stack.currentWidget() is desktop.window.home, timeout=WAIT
    )

    drafts = _menu_texts(qtbot, desktop, "drafts")
    old = [a for a in desktop.interviews.drafts_menu.actions() if "version 1" in a.text()]
    assert len(old) == 1 and old[0].text().startswith("no name yet · screening (version 1) · "), (
        drafts
    )
    click_action(qtbot, desktop.interviews.drafts_menu, old[0])
    widget = _interview(qtbot, desktop)
    assert isinstance(widget, InterviewWidget) and widget is not fresh
    assert widget.version_label.text() == "Form version 1"
    assert widget.interview.form.answer("name") == "Dara"
    assert widget.interview.definition.field("village") is None
    widget.answer("age", 30)
    widget.go_to(len(widget.screens))
    with qtbot.waitSignal(widget.finished, timeout=WAIT):
        qtbot.mouseClick(widget.finish_button, Qt.MouseButton.LeftButton)

    desktop.window.new_intake_action.trigger()  # every intake version is withdrawn
    qtbot.waitUntil(
        lambda: "withdrawn" in desktop.window.statusBar().currentMessage(), timeout=WAIT
    )
    versions: list[list[str]] = []
    tasks = desktop.case_tasks
    assert tasks is not None
    tasks.read(
        lambda book: [str(r[0]) for r in book.store.query("SELECT form_version FROM submissions")],
        versions.append,
        lambda exc: versions.append([repr(exc)]),
    )
    qtbot.waitUntil(lambda: bool(versions), timeout=WAIT)
    assert versions == [["1"]]
    desktop.shutdown()
