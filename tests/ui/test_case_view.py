"""A case opened from the list: its story, and the actions a role allows, through real widgets."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.cases.book import CaseBook
from app.team.case_book import case_book
from app.ui.case_table import CaseRole
from app.ui.case_view import CloseCaseDialog, ReferDialog, ReopenDialog
from app.ui.conflicts import ResolveDialog
from app.ui.main import DesktopApp
from tests.ui.test_home import (
    PASSWORD,
    TODAY,
    WAIT,
    conflicting_case,
    log_in,
    make_workspace,
    names,
    thai_overdue_case,
)


def story(book: CaseBook) -> str:
    case_id = thai_overdue_case(book)
    book.follow_up(case_id, TODAY - timedelta(days=20), {"fup_note": "living with family"})
    return case_id


def open_from_list(qtbot: QtBot, desktop: DesktopApp, name: str) -> None:
    home = desktop.window.home
    view = home.table
    proxy = view.model()
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == name)
    view.setCurrentIndex(proxy.index(row, 0))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    case_view = desktop.window.case_view
    qtbot.waitUntil(lambda: desktop.window.stack.currentWidget() is case_view, timeout=WAIT)
    qtbot.waitUntil(lambda: case_view.snapshot is not None, timeout=WAIT)


def timeline(desktop: DesktopApp) -> list[list[str]]:
    tree = desktop.window.case_view.timeline
    return [
        [tree.topLevelItem(i).text(c) for c in range(4)] for i in range(tree.topLevelItemCount())
    ]


def ok(dialog: ResolveDialog | CloseCaseDialog | ReopenDialog | ReferDialog) -> None:
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert button.isEnabled()
    button.click()


def test_enter_on_a_row_opens_the_case_with_its_timeline(
    qtbot: QtBot, workspace_path: Path
) -> None:
    make_workspace(workspace_path, demo=20, write=story)
    desktop = log_in(qtbot, workspace_path, "bo")
    open_from_list(qtbot, desktop, "สมชาย ใจดี")
    view = desktop.window.case_view
    assert view.title.text() == "สมชาย ใจดี"
    assert view.status.text() == "Open"
    events = timeline(desktop)
    assert [e[1] for e in events] == ["Follow-up visit", "Intake"]  # newest first
    assert {e[2] for e in events} == {"ana"}
    assert events[1][0] != ""  # a date
    assert view.follow_up_button.isVisible() and view.close_button.isVisible()
    assert not view.reopen_button.isVisible()
    with qtbot.waitSignal(desktop.window.new_follow_up_requested, timeout=WAIT) as asked:
        qtbot.mouseClick(view.follow_up_button, Qt.MouseButton.LeftButton)
    assert asked.args == [view.case_id]
    qtbot.keyClick(view.timeline, Qt.Key.Key_Escape)
    assert desktop.window.stack.currentWidget() is desktop.window.home
    desktop.shutdown()


def test_close_and_reopen_refresh_the_case_and_the_list(qtbot: QtBot, workspace_path: Path) -> None:
    make_workspace(workspace_path, demo=5, write=story)
    desktop = log_in(qtbot, workspace_path, "bo")
    home, view = desktop.window.home, desktop.window.case_view
    open_from_list(qtbot, desktop, "สมชาย ใจดี")

    qtbot.mouseClick(view.close_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, CloseCaseDialog)
    dialog.reason.setCurrentIndex(dialog.reason.findData("other"))
    assert not dialog.ok_button.isEnabled()  # "another reason" needs its words
    qtbot.keyClicks(dialog.details, "moved in with an aunt in Bangkok")
    dialog.status.setCurrentIndex(dialog.status.findData("ClosedReferred"))
    assert dialog.reason.currentData() == "transferred"  # what HTCDS means by it
    dialog.status.setCurrentIndex(dialog.status.findData("Closed"))
    dialog.reason.setCurrentIndex(dialog.reason.findData("goals_met"))
    ok(dialog)
    qtbot.waitUntil(lambda: view.status.text() == "Closed", timeout=WAIT)
    assert timeline(desktop)[0][1] == "Case closed"
    assert timeline(desktop)[0][3] == (
        "Closed · Reintegration goals reached: moved in with an aunt in Bangkok"
    )
    assert view.reopen_button.isVisible() and not view.close_button.isVisible()
    row = names(home.model).index("สมชาย ใจดี")
    qtbot.waitUntil(lambda: home.model.rows[row].status == "closed", timeout=WAIT)
    qtbot.waitUntil(lambda: "สมชาย ใจดี" not in names(home.due_model), timeout=WAIT)

    qtbot.mouseClick(view.reopen_button, Qt.MouseButton.LeftButton)
    reopen = view.dialog
    assert isinstance(reopen, ReopenDialog) and not reopen.ok_button.isEnabled()
    qtbot.keyClicks(reopen.why, "she asked for help again")
    ok(reopen)
    qtbot.waitUntil(lambda: view.status.text() == "Open", timeout=WAIT)
    assert timeline(desktop)[0][1:4:2] == ["Case reopened", "she asked for help again"]
    desktop.shutdown()


def test_a_referral_needs_consent(qtbot: QtBot, workspace_path: Path) -> None:
    make_workspace(workspace_path, write=story)
    desktop = log_in(qtbot, workspace_path, "bo")
    view = desktop.window.case_view
    open_from_list(qtbot, desktop, "สมชาย ใจดี")
    qtbot.mouseClick(view.refer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(view.dialog, ReferDialog), timeout=WAIT)
    dialog = view.dialog
    assert isinstance(dialog, ReferDialog)
    assert dialog.team.isEditable()  # no team directory on this laptop: the name is typed
    dialog.team.setCurrentText("phnom-penh")
    assert not dialog.ok_button.isEnabled()
    assert dialog.hint.isVisible()

    dialog.accept()  # even if the dialog were bypassed, the core refuses without consent
    qtbot.waitUntil(lambda: view.error.text() != "", timeout=WAIT)
    assert "consent" in view.error.text()
    assert view.status.text() == "Open"

    qtbot.mouseClick(view.refer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(view.dialog, ReferDialog), timeout=WAIT)
    dialog = view.dialog
    assert isinstance(dialog, ReferDialog)
    dialog.team.setCurrentText("phnom-penh")
    dialog.consent.setChecked(True)
    ok(dialog)
    qtbot.waitUntil(lambda: view.status.text() == "Referred", timeout=WAIT)
    assert timeline(desktop)[0][1] == "Referred to phnom-penh"
    desktop.shutdown()


def test_a_supervisor_resolves_a_conflict_and_it_leaves_the_queue(
    qtbot: QtBot, workspace_path: Path
) -> None:
    make_workspace(workspace_path, demo=10, write=conflicting_case)
    desktop = log_in(qtbot, workspace_path, "ana")
    window = desktop.window
    assert window.conflicts_action.isVisible()
    window.conflicts_action.trigger()
    queue = window.conflicts
    assert window.stack.currentWidget() is queue
    qtbot.waitUntil(lambda: any(r[1] == "Nguyễn Thị Hương" for r in queue.rows), timeout=WAIT)
    before = len(queue.rows)
    position = next(i for i, r in enumerate(queue.rows) if r[1] == "Nguyễn Thị Hương")
    queue.tree.setCurrentItem(queue.tree.topLevelItem(position))
    assert queue.tree.topLevelItem(position).text(1) == "Age"
    assert sorted(queue.tree.topLevelItem(position).text(2).split(" / ")) == ["25", "27"]
    qtbot.mouseClick(queue.resolve_button, Qt.MouseButton.LeftButton)
    dialog = queue.dialog
    assert isinstance(dialog, ResolveDialog) and not dialog.ok_button.isEnabled()
    chosen = next(i for i, c in enumerate(dialog.candidates) if c.value == 27)
    dialog.choose(chosen)
    ok(dialog)
    qtbot.waitUntil(lambda: len(queue.rows) == before - 1, timeout=WAIT)
    assert all(r[1] != "Nguyễn Thị Hương" for r in queue.rows)

    home = window.home
    window.show_home()
    qtbot.waitUntil(lambda: not home.model.loading, timeout=WAIT)
    row = next(r for r in home.model.rows if r.display_name == "Nguyễn Thị Hương")
    assert row.conflicts == 0
    window.open_case(row.case_id)
    qtbot.waitUntil(lambda: window.case_view.snapshot is not None, timeout=WAIT)
    assert window.case_view.snapshot.state.fields["vic_age"] == 27
    assert window.case_view.conflicts_box.isHidden()
    assert timeline(desktop)[0][1] == "Conflict resolved"
    desktop.shutdown()


def test_a_supervisor_resolves_from_the_case_view(qtbot: QtBot, workspace_path: Path) -> None:
    make_workspace(workspace_path, write=conflicting_case)
    desktop = log_in(qtbot, workspace_path, "ana")
    open_from_list(qtbot, desktop, "Nguyễn Thị Hương")
    view = desktop.window.case_view
    assert view.conflicts_box.isVisible() and len(view.resolve_buttons) == 1
    assert any(e[3] == "In conflict: Age" for e in timeline(desktop))
    qtbot.mouseClick(view.resolve_buttons[0], Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, ResolveDialog)
    dialog.choose(0)
    ok(dialog)
    qtbot.waitUntil(lambda: view.snapshot is not None and not view.snapshot.state.conflicts)
    assert view.conflicts_box.isHidden()
    desktop.shutdown()


def test_a_social_worker_sees_the_conflict_but_cannot_resolve_it(
    qtbot: QtBot, workspace_path: Path
) -> None:
    make_workspace(workspace_path, write=conflicting_case)
    desktop = log_in(qtbot, workspace_path, "bo")
    open_from_list(qtbot, desktop, "Nguyễn Thị Hương")
    view = desktop.window.case_view
    assert view.conflicts_box.isVisible()
    assert view.resolve_buttons == []
    assert not desktop.window.conflicts_action.isVisible()
    desktop.window.show_conflicts()  # even asked directly, the queue is not shown
    assert desktop.window.stack.currentWidget() is view
    assert desktop.window.home.model.data(desktop.window.home.model.index(0, 0), CaseRole.CASE_ID)
    desktop.shutdown()


def test_a_referral_goes_only_to_a_team_whose_fingerprint_was_compared(
    qtbot: QtBot, workspace_path: Path, tmp_path: Path
) -> None:
    from app.team import directory as team_directory
    from app.team.keyring import Keyring
    from app.team.membership import found_team
    from app.workspace.folder import Workspace
    from sync.directory import sign_entry
    from tests.conftest import CHEAP

    other, _ = Workspace.create(tmp_path / "pp", "sok", PASSWORD, cost=CHEAP)
    phnom_penh = case_book(other)
    found_team(phnom_penh, "phnom_penh")
    entry = sign_entry(team_directory.own_entry(phnom_penh), Keyring(other.store).signing_key())
    fingerprint = entry.entry.fingerprint
    other.lock()

    def bangkok(book: CaseBook) -> str:
        found_team(book, "bangkok")
        team_directory.learn_entry(book, entry)  # pinned on first sight, not compared yet
        return story(book)

    make_workspace(workspace_path, write=bangkok)
    desktop = log_in(qtbot, workspace_path, "bo")
    view = desktop.window.case_view
    open_from_list(qtbot, desktop, "สมชาย ใจดี")
    qtbot.mouseClick(view.refer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(view.dialog, ReferDialog), timeout=WAIT)
    dialog = view.dialog
    assert isinstance(dialog, ReferDialog)
    assert not dialog.team.isEditable()
    assert [dialog.team.itemText(i) for i in range(dialog.team.count())] == ["phnom_penh"]
    dialog.team.setCurrentIndex(0)
    dialog.consent.setChecked(True)
    assert fingerprint in dialog.fingerprint.text() and dialog.compared.isVisibleTo(dialog)
    assert not dialog.ok_button.isEnabled()  # nobody compared the key the case would go to
    dialog.compared.setChecked(True)
    ok(dialog)
    qtbot.waitUntil(lambda: view.status.text() == "Referred", timeout=WAIT)
    qtbot.waitUntil(lambda: desktop.tasks.pending == 0, timeout=WAIT)
    desktop.shutdown()
    session = Workspace.at(workspace_path).login("bo", PASSWORD)
    known = team_directory.known_team(case_book(session), "phnom_penh")
    assert known is not None and known.confirmed is not None and "bo" in known.confirmed
    session.lock()
