"""Issue 17: one user path per role, walked through the real window with input events only.

- A social worker's day: the workspace created by typing in the first-run form, a colleague
  added in Users and roles (Enter adds her: it never sets a duress password), the intake
  answered by keys with a Save and close half-way, resumed from Cases › Continue a draft and
  finished, the case found by typing a name in the search box, opened, a follow-up started and
  finished there, and the case view showing it.
- An interpreter: logs in, lands on her window (the interviews sealed to her) that says what to
  do, cannot reach the case list,
  export or users (neither by menu nor by shortcut); the interview happens on the social
  worker's login with interpreter mode on, each question in both languages.
- A supervisor: approves a waiting laptop by comparing its fingerprint in the dialog, exports a
  de-identified workbook with Khmer labels (read back with openpyxl) and sees the summary
  numbers ``export-report.json`` gives.

Every step is a click on a visible widget or a key pressed into whatever has the keyboard focus
(tests/ui/by_hand.py); the tests read only what is on screen, and what was stored.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import cast

import openpyxl
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.interviews.demo import add_demo_cases
from app.team.case_book import case_book
from app.team.keyring import Keyring
from app.team.membership import found_team
from app.ui.dates import date_text
from app.ui.device_approval_dialog import DeviceApprovalDialog
from app.ui.export_dialog import ExportDialog
from app.ui.form_view import InterviewWidget
from app.ui.main import DesktopApp
from app.ui.users_view import UsersDialog
from app.workspace.folder import Workspace
from app.workspace.roles import Role
from tests.conftest import CHEAP
from tests.integration.test_server_process import ServerProcess
from tests.integration.test_team_sync import _enrol
from tests.ui.by_hand import (
    ALT,
    WAIT,
    action_named,
    bring_forward,
    choose,
    click,
    click_action,
    double_click,
    focus,
    open_menu_by_click,
    press,
    scroll_into_view,
    type_text,
)
from tests.ui.casefile import timeline_rows
from tests.ui.desktop import shut_down, start_desktop

CTRL = Qt.KeyboardModifier.ControlModifier
SUPERVISOR, SUPERVISOR_PW = "Ana", "supervisor password 1"
WORKER, WORKER_PW = "Sopheap", "social worker password"
INTERPRETER, INTERPRETER_PW = "Chi", "interpreter password 1"
GIVEN, GIVEN_LATIN = "ស្រីពៅ", "Sreypov"
KHMER = range(0x1780, 0x1800)

# What the social worker types, by question; every other required question gets a plain
# answer: the first choice of a list, "-" for a text.
INTAKE_TYPED = {
    "interview_date": "27/11/2026",
    "social_worker": "Sopheap Chea",
    "interview_place": "Bangkok shelter",
    "prs_First_Name": GIVEN,
    "first_name_latin": GIVEN_LATIN,
    "age": "25",  # an adult: the child protection page stays away
}
FOLLOW_UP_TYPED: dict[str, str] = {}


# -- the login window, by hand ---------------------------------------------------------------


def log_in_by_hand(qtbot: QtBot, desktop: DesktopApp, user: str, password: str) -> None:
    """The name typed (or, where the workspace lists its users, chosen from the list by
    keyboard), the password typed, Return."""
    login = desktop.login
    assert login is not None
    bring_forward(qtbot, desktop.window)
    if login.user_name.isVisible():  # the name is asked for: no list of users to read
        assert not login.user.isVisible()
        click(qtbot, login.user_name)
        type_text(user)
    else:
        qtbot.waitUntil(lambda: login.user.findText(user) >= 0, timeout=WAIT)
        if login.user.currentText() != user:
            choose(qtbot, login.user, user)
    click(qtbot, login.password)
    type_text(password)
    press(qtbot, Qt.Key.Key_Return)

    def opened() -> bool:
        session = desktop.session or desktop.interpreter.session
        return bool(session) and session.user == user  # type: ignore[union-attr]

    qtbot.waitUntil(opened, timeout=WAIT)
    if desktop.session is not None:  # their cases are read, then shown (an interpreter's
        qtbot.waitUntil(lambda: desktop.case_tasks is not None, timeout=WAIT)  # login: none)


# -- an interview, by keys -------------------------------------------------------------------


def shown_interview(qtbot: QtBot, desktop: DesktopApp) -> InterviewWidget:
    stack = desktop.window.stack
    qtbot.waitUntil(lambda: isinstance(stack.currentWidget(), InterviewWidget), timeout=WAIT)
    widget = stack.currentWidget()
    assert isinstance(widget, InterviewWidget)
    qtbot.waitUntil(lambda: widget.isVisible() and widget.boxes != {}, timeout=WAIT)
    bring_forward(qtbot, desktop.window)  # active again once a menu that opened it has closed
    return widget


def page_area(screen: InterviewWidget) -> QScrollArea:
    """The scrolling area of the interview's page (``QWidget.scroll`` hides it from mypy)."""
    return cast(QScrollArea, screen.scroll)


def tab_into(qtbot: QtBot, box: QWidget, most: int = 30) -> QWidget:
    """Tab until the keyboard is in ``box`` (a question); the widget that then has it."""
    for _ in range(most):
        widget = focus()
        # defect 5: Tab went to "Clear answer", and Space there erased the answer
        assert widget.objectName() != "clear", "Tab went to a question's Clear answer button"
        if box.isAncestorOf(widget) and not _quick_button(widget):
            return widget
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {box!r}; the keyboard is in {focus()!r}")


def tick(qtbot: QtBot, box: QAbstractButton) -> None:
    """A check box clicked on its square (a wide box's middle is empty space, not the box)."""
    option = QStyleOptionButton()
    box.initStyleOption(option)  # type: ignore[attr-defined]
    square = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    click(qtbot, box, square.center())


def _quick_button(widget: QWidget) -> bool:
    """A "Don't know" / "Declined to answer" button beside a question, or "Clear answer"."""
    return isinstance(widget, QAbstractButton) and not isinstance(widget, QRadioButton | QCheckBox)


def answer_by_keys(qtbot: QtBot, screen: InterviewWidget, key: str, typed: dict[str, str]) -> None:
    """One question answered from the keyboard: text typed, the first choice of a list taken
    with Space (or Down in a long list's box)."""
    box = screen.boxes[key]
    widget = tab_into(qtbot, box)
    if isinstance(widget, QLineEdit):
        press(qtbot, Qt.Key.Key_A, CTRL)
        type_text(typed.get(key, "3" if box.qtype in ("integer", "decimal") else "-"))
        press(qtbot, Qt.Key.Key_Tab)  # leaving the field: what was typed is judged
    elif isinstance(widget, QComboBox):
        press(qtbot, Qt.Key.Key_Down)
    elif isinstance(widget, QRadioButton | QCheckBox):
        press(qtbot, Qt.Key.Key_Space)
    else:
        raise AssertionError(f"{key}: the keyboard is in {widget!r}")


def answer_page_by_keys(qtbot: QtBot, screen: InterviewWidget, typed: dict[str, str]) -> None:
    """Every question of the page the person must answer (and those she has words for),
    top to bottom; questions that appear on an answer are answered too."""
    form = screen.interview.form
    for _ in range(40):
        todo = [
            key
            for key in screen.screens[screen.index].keys
            if key in screen.boxes
            and screen.boxes[key].focus_widgets()
            and form.state(key).relevant
            and (not form.state(key).valid or (key in typed and not form.answer(key)))
        ]
        if not todo:
            return
        answer_by_keys(qtbot, screen, todo[0], typed)
    raise AssertionError(f"page {screen.index}: still to answer {todo}")


def next_page_by_keys(qtbot: QtBot, screen: InterviewWidget) -> None:
    page = screen.index
    press(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: screen.index == page + 1, timeout=WAIT)


def answer_until(
    qtbot: QtBot, screen: InterviewWidget, typed: dict[str, str], last_key: str | None = None
) -> None:
    """Page after page by keys, to the review page (or to the page holding ``last_key``)."""
    while not screen.on_finish_page:
        answer_page_by_keys(qtbot, screen, typed)
        if last_key is not None and last_key in screen.screens[screen.index].keys:
            return
        next_page_by_keys(qtbot, screen)


def finish_by_keys(qtbot: QtBot, screen: InterviewWidget) -> object:
    """On the review page nothing is missing, so Finish has the keyboard: Return presses it."""
    assert screen.on_finish_page
    assert screen.problems.count() == 0, [
        screen.problems.item(i).text() for i in range(screen.problems.count())
    ]
    qtbot.waitUntil(lambda: focus() is screen.finish_button, timeout=WAIT)
    with qtbot.waitSignal(screen.finished, timeout=WAIT) as done:
        press(qtbot, Qt.Key.Key_Return)
    return done.args[0]


def age_typed_wrong_then_right(qtbot: QtBot, screen: InterviewWidget) -> None:
    """Defect 10: "abc" typed in Age and Ctrl+Enter: the page stays, with the text as typed and
    the message under it; the age typed again, in digits."""
    page = screen.index
    line = tab_into(qtbot, screen.boxes["age"])
    assert isinstance(line, QLineEdit)
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text("abc")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert screen.index == page
    assert line.text() == "abc" and focus() is line
    message = screen.boxes["age"].message
    assert message.isVisible() and "whole number" in message.text()
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(INTAKE_TYPED["age"])
    press(qtbot, Qt.Key.Key_Tab)
    assert screen.interview.form.answer("age") == INTAKE_TYPED["age"]
    assert not message.isVisible()


def visit_by_mouse_then_tab_and_space(qtbot: QtBot, screen: InterviewWidget) -> None:
    """Defects 4 and 5: in the follow-up, "Home visit" clicked: nothing below it moves (the
    "Clear answer" that appears pushed every later question down under the mouse); then Tab
    and Space: the answer stays (Tab went to "Clear answer" and Space erased it)."""
    home_visit = screen.boxes["contact_method"].editor.buttons["home_visit"]  # type: ignore[union-attr]
    scroll_into_view(page_area(screen), home_visit)
    below = screen.boxes["person_reached"]
    before = below.mapTo(screen, QPoint(0, 0))
    click(qtbot, home_visit)
    QApplication.processEvents()  # the page laid out again, as before it is painted
    assert below.mapTo(screen, QPoint(0, 0)) == before
    press(qtbot, Qt.Key.Key_Tab)
    assert not screen.boxes["contact_method"].isAncestorOf(focus())  # the next question
    press(qtbot, Qt.Key.Key_Space)
    assert home_visit.isChecked()
    assert screen.interview.form.answer("contact_method") == "home_visit"


# -- the social worker -----------------------------------------------------------------------


def first_run_by_typing(qtbot: QtBot, desktop: DesktopApp) -> None:
    first = desktop.first_run
    assert first is not None
    bring_forward(qtbot, desktop.window)
    for field, text in (
        (first.user_name, SUPERVISOR),
        (first.password, SUPERVISOR_PW),
        (first.password_again, SUPERVISOR_PW),
    ):
        click(qtbot, field)
        type_text(text)
    click(qtbot, first.create_button)
    qtbot.waitUntil(lambda: first.pages.currentIndex() == 1, timeout=WAIT)  # the recovery code
    assert not first.continue_button.isEnabled()  # not before it is written down
    tick(qtbot, first.written_down)
    click(qtbot, first.continue_button)
    qtbot.waitUntil(lambda: desktop.case_tasks is not None, timeout=WAIT)


def add_colleague_with_enter(qtbot: QtBot, desktop: DesktopApp) -> None:
    """Workspace › Users and roles…, "Add a user" filled in, Enter: she is added (defect 6:
    Enter set a duress password); then the interpreter, by the button's Alt key."""
    window = desktop.window
    open_menu_by_click(qtbot, window, window.workspace_menu)
    click_action(qtbot, window.workspace_menu, action_named(window.workspace_menu, "Users"))
    qtbot.waitUntil(lambda: isinstance(desktop.dialog, UsersDialog), timeout=WAIT)
    users = desktop.dialog
    assert isinstance(users, UsersDialog)
    bring_forward(qtbot, users)
    click(qtbot, users.new_name)
    type_text(WORKER)
    choose(qtbot, users.new_role, "social worker")
    for field in (users.new_password, users.new_password_again):
        click(qtbot, field)
        type_text(WORKER_PW)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: WORKER in users.message.text(), timeout=WAIT)
    assert users.error.text() == ""
    assert "No duress password" in users.duress.state.text()

    # The interpreter, added with the key the "Add user" button shows underlined (Alt+A was
    # also "Password again": it only moved the keyboard there).
    bring_forward(qtbot, users)
    click(qtbot, users.new_name)
    type_text(INTERPRETER)
    choose(qtbot, users.new_role, "interpreter")
    for field in (users.new_password, users.new_password_again):
        click(qtbot, field)
        type_text(INTERPRETER_PW)
    shown = users.add_button.text()
    underlined = shown[shown.index("&") + 1]
    press(qtbot, getattr(Qt.Key, f"Key_{underlined.upper()}"), ALT)
    qtbot.waitUntil(lambda: INTERPRETER in users.message.text(), timeout=WAIT)
    click(qtbot, users.close_button)
    qtbot.waitUntil(lambda: desktop.dialog is None, timeout=WAIT)


def switch_user(qtbot: QtBot, desktop: DesktopApp) -> None:
    window = desktop.window
    bring_forward(qtbot, window)
    open_menu_by_click(qtbot, window, window.workspace_menu)
    click_action(qtbot, window.workspace_menu, action_named(window.workspace_menu, "Switch user"))
    qtbot.waitUntil(lambda: desktop.session is None and desktop.login is not None, timeout=WAIT)


def resume_from_the_drafts_menu(qtbot: QtBot, desktop: DesktopApp, name: str) -> None:
    """Alt+C, D: Cases › Continue a draft opens; the draft named ``name`` chosen by arrow keys
    and Return (defect 1: the submenu never opened)."""
    window = desktop.window
    bring_forward(qtbot, window)
    press(qtbot, Qt.Key.Key_C, ALT)
    qtbot.waitUntil(window.cases_menu.isVisible, timeout=WAIT)
    press(qtbot, Qt.Key.Key_D)
    drafts = desktop.interviews.drafts_menu
    qtbot.waitUntil(drafts.isVisible, timeout=WAIT)
    qtbot.waitUntil(lambda: any(name in a.text() for a in drafts.actions()), timeout=WAIT)
    wanted = action_named(drafts, name).text()
    for _ in range(len(drafts.actions()) + 1):
        active = drafts.activeAction()
        if active is not None and active.text() == wanted:
            break
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)


def test_a_social_worker_from_first_run_to_a_follow_up(
    qtbot: QtBot, workspace_path: Path, desktops: list[DesktopApp]
) -> None:
    desktop = start_desktop(qtbot, workspace_path)
    desktops.append(desktop)
    first_run_by_typing(qtbot, desktop)
    add_colleague_with_enter(qtbot, desktop)
    switch_user(qtbot, desktop)
    log_in_by_hand(qtbot, desktop, WORKER, WORKER_PW)
    window = desktop.window

    # Ctrl+N: the intake, answered by keys up to the person's name, then Save and close.
    bring_forward(qtbot, window)
    press(qtbot, Qt.Key.Key_N, CTRL)
    screen = shown_interview(qtbot, desktop)
    answer_until(qtbot, screen, INTAKE_TYPED, last_key="age")
    age_typed_wrong_then_right(qtbot, screen)
    answer_until(qtbot, screen, INTAKE_TYPED, last_key="first_name_latin")
    page_left = screen.screens[screen.index].title
    click(qtbot, screen.close_button)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=WAIT)
    panel = window.home.drafts_panel  # home lists it by the person's name (defect 9)
    qtbot.waitUntil(
        lambda: panel.list.count() == 1 and GIVEN_LATIN in panel.list.item(0).text(),
        timeout=WAIT,
    )

    # Resumed from the Cases menu, on the page it was left on, with what was typed.
    resume_from_the_drafts_menu(qtbot, desktop, GIVEN_LATIN)
    screen = shown_interview(qtbot, desktop)
    assert screen.screens[screen.index].title == page_left
    latin = screen.boxes["first_name_latin"].editor.line  # type: ignore[union-attr]
    assert latin.text() == GIVEN_LATIN
    answer_until(qtbot, screen, INTAKE_TYPED)
    finish_by_keys(qtbot, screen)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.case_view, timeout=WAIT)
    qtbot.waitUntil(lambda: GIVEN in window.case_view.title.text(), timeout=WAIT)

    # Back to the list (Escape), the name typed in the search box, the case opened.
    press(qtbot, Qt.Key.Key_Escape)
    home = window.home
    qtbot.waitUntil(lambda: window.stack.currentWidget() is home, timeout=WAIT)
    # the draft became the case: home no longer lists it
    qtbot.waitUntil(lambda: panel.list.count() == 0 and panel.empty.isVisible(), timeout=WAIT)
    press(qtbot, Qt.Key.Key_S, ALT)
    assert focus() is home.search
    type_text("sreyp")
    table = home.table
    qtbot.waitUntil(
        lambda: (
            table.model().rowCount() == 1 and "Sreypov" in str(table.model().index(0, 0).data())
        ),
        timeout=WAIT,
    )
    double_click(qtbot, table.viewport(), table.visualRect(table.model().index(0, 0)).center())
    view = window.case_view
    qtbot.waitUntil(lambda: window.stack.currentWidget() is view, timeout=WAIT)
    qtbot.waitUntil(lambda: view.timeline.topLevelItemCount() == 1, timeout=WAIT)

    # New follow-up (Alt+F): the worker and today's date are already there; by keys to Finish.
    press(qtbot, Qt.Key.Key_F, ALT)
    screen = shown_interview(qtbot, desktop)
    assert screen.interview.form.answer("social_worker") == WORKER
    assert "contact_method" not in screen.boxes  # first, the person it is about (read only)
    next_page_by_keys(qtbot, screen)
    visit_by_mouse_then_tab_and_space(qtbot, screen)
    answer_until(qtbot, screen, FOLLOW_UP_TYPED)
    finish_by_keys(qtbot, screen)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is view, timeout=WAIT)
    qtbot.waitUntil(lambda: view.timeline.topLevelItemCount() == 2, timeout=WAIT)
    (visit,) = timeline_rows(view.timeline, "follow_up")  # today's visit, by her
    assert visit.text(0) == date_text(date.today()) and visit.text(2) == WORKER
    assert len(timeline_rows(view.timeline, "create")) == 1
    shut_down(qtbot, desktop)


# -- the interpreter -------------------------------------------------------------------------


def shown_actions(qtbot: QtBot, desktop: DesktopApp) -> list[str]:
    """What the menu bar offers, menu by menu opened with a click as a person looks."""
    window = desktop.window
    seen = []
    for menu in (window.workspace_menu, window.cases_menu):
        if not menu.menuAction().isVisible():
            continue
        open_menu_by_click(qtbot, window, menu)
        seen += [a.text().replace("&", "") for a in menu.actions() if a.isVisible()]
        press(qtbot, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda m=menu: not m.isVisible(), timeout=WAIT)  # type: ignore[misc]
    return seen


def test_an_interpreter_lands_on_her_window_and_joins_the_interview_on_the_workers_login(
    qtbot: QtBot, workspace_path: Path, desktops: list[DesktopApp]
) -> None:
    session, _ = Workspace.create(workspace_path, SUPERVISOR, SUPERVISOR_PW, cost=CHEAP)
    session.add_user(INTERPRETER, Role.INTERPRETER, INTERPRETER_PW, cost=CHEAP)
    session.add_user(WORKER, Role.SOCIAL_WORKER, WORKER_PW, cost=CHEAP)
    session.lock()
    desktop = start_desktop(qtbot, workspace_path)
    desktops.append(desktop)
    log_in_by_hand(qtbot, desktop, INTERPRETER, INTERPRETER_PW)
    window = desktop.window
    home = window.home

    # Her window (no database: the interviews sealed to her, none yet) says what an interpreter
    # does here, and how to go on: no dead end.
    hers = desktop.interpreter.screen
    assert hers is not None
    qtbot.waitUntil(hers.empty.isVisible, timeout=WAIT)
    assert "interpreter" in hers.note.text() and "names you" in hers.empty.text()
    assert hers.switch_button.isVisible()
    assert not home.isVisible()

    # Nothing of the cases, export or users is offered: not in the menus, not by shortcut.
    offered = " ".join(shown_actions(qtbot, desktop))
    for hidden in ("Case list", "Export", "Users", "settings", "Approve", "New intake"):
        assert hidden not in offered, offered
    assert not window.cases_menu.menuAction().isVisible()
    press(qtbot, Qt.Key.Key_C, ALT)
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert QApplication.activePopupWidget() is None
    assert window.stack.currentWidget() is hers and desktop.dialog is None

    # Switch user: the social worker logs in and opens the interview in interpreter mode.
    click(qtbot, hers.switch_button)
    qtbot.waitUntil(
        lambda: desktop.interpreter.desk is None and desktop.login is not None, timeout=WAIT
    )
    log_in_by_hand(qtbot, desktop, WORKER, WORKER_PW)
    bring_forward(qtbot, window)
    press(qtbot, Qt.Key.Key_N, CTRL)
    screen = shown_interview(qtbot, desktop)
    place = screen.boxes["interview_place"]
    assert not place.second_label.isVisible()
    tick(qtbot, screen.interpreter_mode)
    assert screen.interviewee_language.isEnabled()
    choose(qtbot, screen.interviewee_language, "ខ្មែរ")
    place = screen.boxes["interview_place"]
    assert place.label.text() == "Place of the interview"
    assert place.second_label.isVisible()
    assert any(ord(ch) in KHMER for ch in place.second_label.text())
    # She is named as the interpreter in the interview itself.
    present = screen.boxes["interpreter_present"].editor.buttons["yes"]  # type: ignore[union-attr]
    scroll_into_view(page_area(screen), present)
    click(qtbot, present)
    name = tab_into(qtbot, screen.boxes["interpreter_name"])  # it appears on "Yes"
    type_text(INTERPRETER)
    assert isinstance(name, QLineEdit) and name.text() == INTERPRETER
    assert screen.interview.form.answer("interpreter_name") == INTERPRETER
    shut_down(qtbot, desktop)


# -- the supervisor --------------------------------------------------------------------------


def test_a_supervisor_approves_a_laptop_and_exports_for_research_in_khmer(
    qtbot: QtBot,
    server: ServerProcess,
    workspace_path: Path,
    tmp_path: Path,
    desktops: list[DesktopApp],
) -> None:
    session, _ = Workspace.create(workspace_path, SUPERVISOR, SUPERVISOR_PW, cost=CHEAP)
    book = case_book(session)
    add_demo_cases(book, 30, seed=5)
    found_team(book, "t1")
    _enrol(server, book, "t1", supervisor=True)
    field_session, _ = Workspace.create(tmp_path / "field", WORKER, WORKER_PW, cost=CHEAP)
    field = case_book(field_session)
    _enrol(server, field, "t1")  # the server approved it; her laptop has not yet
    read_out = Keyring(field.store).fingerprint()  # what the field laptop shows its user
    field_session.lock()
    session.lock()

    desktop = start_desktop(qtbot, workspace_path)
    desktops.append(desktop)
    log_in_by_hand(qtbot, desktop, SUPERVISOR, SUPERVISOR_PW)
    window = desktop.window
    bring_forward(qtbot, window)
    panel = window.sync_panel
    qtbot.waitUntil(panel.sync_button.isVisible, timeout=WAIT)
    click(qtbot, panel.sync_button)
    qtbot.waitUntil(lambda: "waiting for your approval: 1" in panel.problem.text(), timeout=WAIT)

    # Workspace › Approve laptops…: the laptop chosen, its fingerprint typed as read out.
    open_menu_by_click(qtbot, window, window.workspace_menu)
    click_action(qtbot, window.workspace_menu, action_named(window.workspace_menu, "Approve"))
    qtbot.waitUntil(
        lambda: isinstance(window.supervisor.devices_dialog, DeviceApprovalDialog), timeout=WAIT
    )
    dialog = window.supervisor.devices_dialog
    assert isinstance(dialog, DeviceApprovalDialog)
    bring_forward(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.waiting.rowCount() == 1 and not dialog.loading, timeout=WAIT)
    laptop = dialog.waiting.item(0, 0)
    assert laptop is not None and laptop.text().startswith("Enrolled ")
    click(qtbot, dialog.waiting.viewport(), dialog.waiting.visualItemRect(laptop).center())
    assert not dialog.approve_button.isEnabled()  # not without the fingerprint
    click(qtbot, dialog.fingerprint)
    type_text(read_out)
    click(qtbot, dialog.approve_button)
    qtbot.waitUntil(lambda: not dialog.loading and dialog.waiting.rowCount() == 0, timeout=WAIT)
    assert "approved" in dialog.message.text() and dialog.error.text() == ""
    assert "waiting for your approval" not in panel.problem.text()
    click(qtbot, dialog.close_button)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)

    # Cases › Export…: de-identified, as an Excel workbook, labels in Khmer.
    bring_forward(qtbot, window)
    open_menu_by_click(qtbot, window, window.cases_menu)
    click_action(qtbot, window.cases_menu, action_named(window.cases_menu, "Export"))
    qtbot.waitUntil(lambda: isinstance(desktop.dialog, ExportDialog), timeout=WAIT)
    export = desktop.dialog
    assert isinstance(export, ExportDialog)
    bring_forward(qtbot, export)
    assert export.until.text() == date_text(date.today())  # the app's one date style (defect 11)
    choose(qtbot, export.format, "Excel workbook (XLSX)")
    tick(qtbot, export.deidentified)
    assert export.deidentified.isChecked()
    click(qtbot, export.k)
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text("2")
    choose(qtbot, export.language, "ខ្មែរ")
    out = tmp_path / "research"
    shown = export.labels[-1].text()  # "Save to folder", reached by the key it underlines
    press(qtbot, getattr(Qt.Key, f"Key_{shown[shown.index('&') + 1].upper()}"), ALT)
    assert focus() is export.folder  # (Alt+T was also "Team": the keyboard went there)
    type_text(str(out))
    click(qtbot, export.export_button)  # nothing identifying leaves: no question asked
    qtbot.waitUntil(lambda: export.report is not None, timeout=WAIT)
    assert export.error.text() == ""

    rows = [
        list(row)
        for row in openpyxl.load_workbook(
            out / "fieldcase-export.xlsx", read_only=True
        ).active.iter_rows(values_only=True)
    ]
    khmer = [h for h in rows[0] if isinstance(h, str) and any(ord(ch) in KHMER for ch in h)]
    assert len(khmer) >= 3, rows[0]  # the headers are the questions' Khmer labels
    names = {GIVEN, GIVEN_LATIN, WORKER}
    assert not any(cell in names for row in rows for cell in row)  # no names in it

    report = json.loads((out / "export-report.json").read_text("utf-8"))
    numbers = report["deidentification"]
    shown = export.report_text.text()
    written = sum(report["rows"].values())
    assert f"Rows written: {written}" in shown
    assert len(rows) - 1 == written > 0  # below the header, one row per person shared
    left_out = numbers["left_out_for_consent"]
    assert left_out > 0
    assert f"People left out because they did not agree to research use: {left_out}" in shown
    assert f"Rows suppressed to protect identities: {numbers['suppressed']}" in shown
    assert written + left_out + numbers["suppressed"] == numbers["people"]
    click(qtbot, export.close_button)
    shut_down(qtbot, desktop)
