"""The whole way through the real windows: first run, a social worker, an intake with the child
branch, a restart mid-form, the draft resumed and finished, the case found by a romanised name,
and its first follow-up due."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.ui.form_view import InterviewWidget
from app.ui.main import DesktopApp
from app.workspace.roles import Role
from tests.app.form_filler import fill_required
from tests.conftest import CHEAP
from tests.ui.by_hand import action_named, bring_forward, click_action, hover, open_menu_by_click
from tests.ui.desktop import WAIT, log_in, start_desktop

SUPERVISOR_PW = "supervisor password 1"
WORKER_PW = "social worker password"


def _interview(qtbot: QtBot, desktop: DesktopApp) -> InterviewWidget:
    qtbot.waitUntil(
        lambda: isinstance(desktop.window.stack.currentWidget(), InterviewWidget), timeout=WAIT
    )
    widget = desktop.window.stack.currentWidget()
    assert isinstance(widget, InterviewWidget)
    return widget


def test_first_run_to_a_due_follow_up(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "workspace"
    desktop = start_desktop(qtbot, path)
    first = desktop.first_run
    assert first is not None
    qtbot.keyClicks(first.user_name, "Ana")
    qtbot.keyClicks(first.password, SUPERVISOR_PW)
    qtbot.keyClicks(first.password_again, SUPERVISOR_PW)
    qtbot.mouseClick(first.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: first.pages.currentIndex() == 1, timeout=WAIT)
    first.written_down.setChecked(True)
    qtbot.mouseClick(first.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desktop.case_tasks is not None, timeout=WAIT)

    added: list[bool] = []
    session = desktop.session
    assert session is not None
    desktop.tasks.run_database(
        lambda: session.add_user("Sopheap", Role.SOCIAL_WORKER, WORKER_PW, cost=CHEAP),
        lambda _: added.append(True),
        lambda exc: added.append(False),
    )
    qtbot.waitUntil(lambda: bool(added), timeout=WAIT)
    assert added == [True]
    desktop.lock()
    log_in(qtbot, desktop, "Sopheap", WORKER_PW)

    desktop.window.new_intake_action.trigger()
    widget = _interview(qtbot, desktop)
    for key, value in {
        "con_Consent": "TRUE",
        "prs_First_Name": "សុខា",
        "first_name_latin": "Sokha",
        "age": "15",
    }.items():
        widget.answer(key, value)
    assert widget.interview.form.state("guardian_present").relevant  # the child branch appears
    widget.flush()
    qtbot.waitUntil(lambda: not widget.saver.pending and desktop.tasks.pending == 0, timeout=WAIT)
    desktop.shutdown()  # the process ends mid-form

    desktop = start_desktop(qtbot, path)
    log_in(qtbot, desktop, "Sopheap", WORKER_PW)
    bring_forward(qtbot, desktop.window)  # Cases › Continue a draft › the intake, by mouse
    open_menu_by_click(qtbot, desktop.window, desktop.window.cases_menu)
    menu = desktop.interviews.drafts_menu
    hover(qtbot, desktop.window.cases_menu, menu.menuAction())
    qtbot.waitUntil(menu.isVisible, timeout=WAIT)
    qtbot.waitUntil(lambda: any("Sokha" in a.text() for a in menu.actions()), timeout=WAIT)
    click_action(qtbot, menu, action_named(menu, "Sokha"))  # the person's name, as typed
    widget = _interview(qtbot, desktop)
    assert widget.interview.form.answer("prs_First_Name") == "សុខា"
    assert widget.interview.form.answer("age") == "15"
    fill_required(widget.interview.form, widget.answer)
    widget.go_to(len(widget.screens))
    with qtbot.waitSignal(widget.finished, timeout=WAIT) as done:
        qtbot.mouseClick(widget.finish_button, Qt.MouseButton.LeftButton)
    case_id = done.args[0].case_id
    assert case_id
    qtbot.waitUntil(
        lambda: desktop.window.stack.currentWidget() is desktop.window.case_view, timeout=WAIT
    )

    found: list[list[str]] = []
    tasks = desktop.case_tasks
    assert tasks is not None
    tasks.read(
        lambda book: [r.case_id for r in book.list_cases(query="sokha").rows],
        found.append,
        lambda exc: found.append([]),
    )
    qtbot.waitUntil(lambda: bool(found), timeout=WAIT)
    assert found[0] == [case_id]
    due: list[str | None] = []
    tasks.read(
        lambda book: book.list_cases().rows[0].next_due, due.append, lambda exc: due.append(None)
    )
    qtbot.waitUntil(lambda: bool(due), timeout=WAIT)
    assert due[0]  # the first follow-up is scheduled
    desktop.shutdown()
