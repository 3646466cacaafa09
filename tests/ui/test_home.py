"""The home screen and its case table, driven through the real widgets (offscreen).

Workspaces are written here on the test's thread, then locked; the app opens them again on its
own database thread, as it does after a login.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.cases.book import CaseBook
from app.cases.events import CaseEvent
from app.cases.hlc import HybridClock
from app.interviews.demo import add_demo_cases
from app.team.case_book import case_book
from app.ui.case_table import (
    CaseQuery,
    CaseRole,
    CaseSortProxy,
    CaseTableModel,
    CaseTasks,
    Column,
    DueState,
    date_text,
)
from app.ui.main import DesktopApp
from app.ui.tasks import TaskRunner
from app.workspace.folder import Workspace
from app.workspace.ids import new_id
from app.workspace.roles import Role
from tests.conftest import CHEAP

PASSWORD = "shelter password 1"
WAIT = 10_000
TODAY = date.today()


def khmer_case(book: CaseBook) -> str:
    """A person whose name was written only in Khmer script."""
    return book.open_case(
        {
            "prs_First_Name": "សុខា ជា",
            "prs_Citizenship": "KH",
            "return_date": (TODAY - timedelta(days=5)).isoformat(),
        },
        form_id="intake",
        team="bangkok",
    )


def thai_overdue_case(book: CaseBook) -> str:
    """Returned two months ago, never visited since: the first follow-up is overdue."""
    return book.open_case(
        {
            "prs_First_Name": "สมชาย ใจดี",
            "prs_Citizenship": "TH",
            "return_date": (TODAY - timedelta(days=62)).isoformat(),
        },
        form_id="intake",
        team="bangkok",
    )


def conflicting_case(book: CaseBook) -> str:
    """Two laptops set the age at the same time: 27 here, 25 there."""
    case_id = book.open_case(
        {"prs_First_Name": "Nguyễn Thị Hương", "prs_Citizenship": "VN", "vic_age": 26},
        form_id="intake",
    )
    heads = book.heads(case_id)
    book.update(case_id, {"vic_age": 27})
    other = HybridClock("laptop0two")
    book.ingest(
        [
            CaseEvent(
                new_id(),
                case_id,
                "update",
                {"properties": {"vic_age": 25}},
                "lin",
                other.device,
                other.now(),
                tuple(heads),
            )
        ]
    )
    return case_id


def make_workspace(
    path: Path, demo: int = 0, write: Callable[[CaseBook], Any] | None = None
) -> Any:
    """Supervisor ana, social worker bo, interpreter chi (all with PASSWORD)."""
    session, _ = Workspace.create(path, "ana", PASSWORD)
    session.add_user("bo", Role.SOCIAL_WORKER, PASSWORD, cost=CHEAP)
    session.add_user("chi", Role.INTERPRETER, PASSWORD, cost=CHEAP)
    book = case_book(session)
    if demo:
        add_demo_cases(book, demo)
    result = write(book) if write else None
    session.lock()
    return result


def log_in(qtbot: QtBot, path: Path, user: str) -> DesktopApp:
    desktop = DesktopApp(path, "en")
    qtbot.addWidget(desktop.window)
    desktop.start()
    login = desktop.login
    assert login is not None
    login.user.setCurrentText(user)
    qtbot.keyClicks(login.password, PASSWORD)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    if user == "chi":  # an interpreter's login opens no database (interpreter_desk.py)
        qtbot.waitUntil(lambda: desktop.interpreter.desk is not None, timeout=WAIT)
        return desktop
    qtbot.waitUntil(lambda: desktop.session is not None, timeout=WAIT)
    if user != "chi":
        qtbot.waitUntil(lambda: desktop.window.home.model.ever_loaded, timeout=WAIT)
    return desktop


def names(model: CaseTableModel) -> list[str]:
    return [r.display_name for r in model.rows]


# -- the model, without a window ------------------------------------------------------------------


@pytest.fixture
def tasks(qtbot: QtBot, workspace_path: Path) -> Any:
    make_workspace(workspace_path, demo=120, write=thai_overdue_case)
    runner = TaskRunner()
    book = runner.run_database(
        lambda: case_book(Workspace.at(workspace_path).login("bo", PASSWORD)),
        lambda _: None,
        lambda _: None,
    ).result()
    changed: list[str] = []
    yield CaseTasks(runner, book, changed.append)
    runner.run_database(book.session.lock, lambda _: None, lambda _: None).result()
    runner.shutdown()


def test_the_model_pages_through_the_cases(qtbot: QtBot, tasks: CaseTasks) -> None:
    model = CaseTableModel(page_size=50)
    assert model.rowCount() == 0 and not model.canFetchMore()
    model.attach(tasks)
    qtbot.waitUntil(lambda: model.ever_loaded, timeout=WAIT)
    assert model.total == 121
    assert model.rowCount() == 50
    assert model.columnCount() == len(Column) == 5
    assert model.canFetchMore()
    with qtbot.waitSignal(model.rowsInserted, timeout=WAIT):
        model.fetchMore()
    assert model.rowCount() == 100
    assert not model.canFetchMore() or model.loading is False
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 121, timeout=WAIT)
    assert not model.canFetchMore()
    assert len({r.case_id for r in model.rows}) == 121  # no page twice
    header = model.headerData(Column.NEXT_FOLLOW_UP, Qt.Orientation.Horizontal)
    assert header == "Next follow-up"


def test_the_proxy_sorts_other_columns_only_over_every_row(
    qtbot: QtBot, tasks: CaseTasks, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = CaseTableModel(page_size=50)
    proxy = CaseSortProxy()
    proxy.setSourceModel(model)
    model.attach(tasks)
    qtbot.waitUntil(lambda: model.ever_loaded, timeout=WAIT)
    proxy.sort(Column.NEXT_FOLLOW_UP, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: model.rowCount() == 121, timeout=WAIT)  # the rest was fetched first
    dates = [proxy.index(r, Column.NEXT_FOLLOW_UP).data(CaseRole.SORT) for r in range(121)]
    assert dates == sorted(dates)
    proxy.sort(Column.NAME, Qt.SortOrder.AscendingOrder)  # back to the database's order
    assert [proxy.index(r, 0).data(CaseRole.CASE_ID) for r in range(121)] == [
        r.case_id for r in model.rows
    ]
    proxy.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, 0).data(CaseRole.CASE_ID) == model.rows[-1].case_id

    monkeypatch.setattr("app.ui.case_table.LOCAL_SORT_LIMIT", 10)
    big = CaseTableModel(page_size=50)
    big_proxy = CaseSortProxy()
    big_proxy.setSourceModel(big)
    big.attach(tasks)
    qtbot.waitUntil(lambda: big.ever_loaded, timeout=WAIT)
    with qtbot.waitSignal(big_proxy.sort_refused, timeout=WAIT):
        big_proxy.sort(Column.CONFLICTS, Qt.SortOrder.DescendingOrder)
    assert big.rowCount() == 50  # nothing more was loaded to sort a part


def test_the_model_data_roles(qtbot: QtBot, tasks: CaseTasks) -> None:
    model = CaseTableModel()
    model.attach(tasks, CaseQuery(text="somchai jaidee"))
    qtbot.waitUntil(lambda: model.ever_loaded, timeout=WAIT)
    assert model.rowCount() >= 1
    row = next(i for i, r in enumerate(model.rows) if r.display_name == "สมชาย ใจดี")
    index = model.index(row, Column.NAME)
    assert model.data(index) == "สมชาย ใจดี"
    assert model.data(index, CaseRole.CASE_ID) == model.rows[row].case_id
    assert model.data(index, CaseRole.ROW) is model.rows[row]
    assert model.data(model.index(row, Column.CITIZENSHIP)) == "Thailand"
    assert model.data(model.index(row, Column.STATUS)) == "Open"
    due = model.index(row, Column.NEXT_FOLLOW_UP)
    assert model.data(due, CaseRole.DUE) == DueState.OVERDUE
    assert model.data(due) == date_text(model.rows[row].next_due)
    assert model.data(due, Qt.ItemDataRole.ToolTipRole) == "Overdue"
    assert model.data(model.index(row, Column.CONFLICTS)) == ""
    assert model.data(QModelIndex()) is None


def test_a_stale_search_result_is_discarded(qtbot: QtBot, tasks: CaseTasks) -> None:
    model = CaseTableModel()
    model.attach(tasks)
    model.set_query(CaseQuery(text="sokha"))
    model.set_query(CaseQuery(text="somchai jaidee"))  # typed on before the first came back
    qtbot.waitUntil(lambda: model.ever_loaded and not model.loading, timeout=WAIT)
    qtbot.wait(100)  # the older results have arrived by now, and were dropped
    assert "สมชาย ใจดี" in names(model)
    assert all("សុខា" not in n for n in names(model))


def test_nothing_arrives_after_the_workspace_is_locked(qtbot: QtBot, tasks: CaseTasks) -> None:
    model = CaseTableModel()
    model.attach(tasks)
    tasks.close()
    qtbot.wait(300)
    assert model.rowCount() == 0


# -- the home screen ------------------------------------------------------------------------------


def test_home_lists_demo_cases_and_finds_a_name_typed_in_latin_letters(
    qtbot: QtBot, workspace_path: Path
) -> None:
    def write(book: CaseBook) -> None:
        khmer_case(book)
        thai_overdue_case(book)

    make_workspace(workspace_path, demo=60, write=write)
    desktop = log_in(qtbot, workspace_path, "bo")
    home = desktop.window.home
    assert desktop.window.stack.currentWidget() is home
    assert home.pages.currentWidget() is home.table
    assert home.model.total == 62
    assert home.table.model().rowCount() > 0
    assert home.count.text() == "Cases: 62"

    qtbot.keyClicks(home.search, "sokha chea")  # the case has the name only in Khmer script
    qtbot.waitUntil(lambda: home.model.query.text == "sokha chea", timeout=WAIT)
    qtbot.waitUntil(lambda: "សុខា ជា" in names(home.model), timeout=WAIT)

    home.search.clear()
    qtbot.keyClicks(home.search, "somchai")  # Thai script
    qtbot.waitUntil(lambda: "สมชาย ใจดี" in names(home.model), timeout=WAIT)

    home.search.clear()
    qtbot.keyClicks(home.search, "xyxyxy")
    qtbot.waitUntil(lambda: home.pages.currentWidget() is home.empty, timeout=WAIT)
    assert home.empty.text() == "No case matches this search and these filters."
    desktop.shutdown()


def test_home_filters_by_status_citizenship_and_follow_up(
    qtbot: QtBot, workspace_path: Path
) -> None:
    make_workspace(workspace_path, demo=80, write=thai_overdue_case)
    desktop = log_in(qtbot, workspace_path, "bo")
    home = desktop.window.home
    everyone = home.model.total

    home.status_filter.setCurrentIndex(home.status_filter.findData("closed"))
    qtbot.waitUntil(lambda: home.model.query.status == "closed" and not home.model.loading)
    assert 0 < home.model.total < everyone
    assert {r.status for r in home.model.rows} == {"closed"}

    home.status_filter.setCurrentIndex(0)
    home.citizenship_filter.setCurrentIndex(home.citizenship_filter.findData("TH"))
    qtbot.waitUntil(lambda: home.model.query.citizenship == "TH" and not home.model.loading)
    assert {r.citizenship for r in home.model.rows} == {"TH"}
    assert "สมชาย ใจดี" in names(home.model)

    home.due_filter.setCurrentIndex(home.due_filter.findData("overdue"))
    qtbot.waitUntil(lambda: home.model.query.due == "overdue" and not home.model.loading)
    assert "สมชาย ใจดี" in names(home.model)
    assert all(r.next_due and r.next_due < TODAY.isoformat() for r in home.model.rows)
    desktop.shutdown()


def test_the_due_panel_lists_an_overdue_case(qtbot: QtBot, workspace_path: Path) -> None:
    make_workspace(workspace_path, write=thai_overdue_case)
    desktop = log_in(qtbot, workspace_path, "bo")
    home = desktop.window.home
    qtbot.waitUntil(lambda: home.due_model.ever_loaded, timeout=WAIT)
    assert names(home.due_model) == ["สมชาย ใจดี"]
    assert home.due_panel.title() == "Follow-ups due (1)"
    index = home.due_model.index(0, Column.NEXT_FOLLOW_UP)
    assert home.due_model.data(index, CaseRole.DUE) == DueState.OVERDUE
    assert not home.due_table.isColumnHidden(Column.NEXT_FOLLOW_UP)
    assert home.due_table.isColumnHidden(Column.STATUS)
    desktop.shutdown()


def test_an_empty_workspace_shows_the_empty_state(qtbot: QtBot, workspace_path: Path) -> None:
    make_workspace(workspace_path)
    desktop = log_in(qtbot, workspace_path, "ana")
    home = desktop.window.home
    assert home.pages.currentWidget() is home.empty
    assert home.empty.text().startswith("No cases yet.")
    assert home.due_panel.title() == "Follow-ups due (0)"
    desktop.shutdown()


def test_an_interpreter_sees_no_case_list(qtbot: QtBot, workspace_path: Path) -> None:
    make_workspace(workspace_path, demo=10)
    desktop = log_in(qtbot, workspace_path, "chi")
    home = desktop.window.home
    screen = desktop.interpreter.screen
    assert screen is not None and desktop.window.stack.currentWidget() is screen
    assert "interpreter" in screen.note.text()
    assert not home.isVisible()
    qtbot.wait(200)
    assert desktop.case_tasks is None and home.model.rowCount() == 0
    assert not desktop.window.conflicts_action.isVisible()
    assert not desktop.window.cases_menu.menuAction().isVisible()
    desktop.shutdown()


def test_lock_forgets_the_list_and_new_intake_is_asked_for(
    qtbot: QtBot, workspace_path: Path
) -> None:
    make_workspace(workspace_path, demo=10)
    desktop = log_in(qtbot, workspace_path, "bo")
    home = desktop.window.home
    with qtbot.waitSignal(desktop.window.new_intake_requested, timeout=WAIT):
        qtbot.mouseClick(home.new_intake_button, Qt.MouseButton.LeftButton)
    assert not desktop.window.conflicts_action.isVisible()  # social worker
    home.status_filter.setCurrentIndex(home.status_filter.findData("closed"))
    qtbot.keyClicks(home.search, "sokha")
    form = QWidget()  # a screen plugged in later (the form) keeps the lock and the menus
    desktop.window.show_screen(form)
    assert desktop.window.lock_action.isEnabled() and desktop.window.menuBar().isVisible()
    desktop.window.lock_action.trigger()
    assert desktop.window.stack.currentWidget() is desktop.login
    assert home.model.rowCount() == 0 and home.due_model.rowCount() == 0
    assert home.search.text() == "" and home.status_filter.currentData() is None
    assert desktop.case_tasks is None
    desktop.shutdown()


def test_cases_changed_refreshes_the_list(qtbot: QtBot, workspace_path: Path) -> None:
    case_id = make_workspace(workspace_path, demo=5, write=thai_overdue_case)
    desktop = log_in(qtbot, workspace_path, "bo")
    home = desktop.window.home
    tasks = desktop.case_tasks
    assert tasks is not None
    # the due panel is asked for once the list's first page is in: wait for it too
    qtbot.waitUntil(lambda: home.due_model.total >= 1, timeout=WAIT)
    done: list[object] = []
    tasks.write(
        case_id,
        lambda book: book.follow_up(case_id, TODAY, {"fup_note": "visited"}),
        done.append,
        done.append,
    )
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT)
    qtbot.waitUntil(lambda: "สมชาย ใจดี" not in names(home.due_model), timeout=WAIT)
    desktop.shutdown()


def test_dates_follow_the_interface_language(qtbot: QtBot) -> None:
    from PySide6.QtCore import QLocale

    try:
        QLocale.setDefault(QLocale("th"))
        # day, month name, four-digit year (issue 17, defect 11); Thai in the Buddhist Era
        assert date_text(date(2026, 11, 28)) == "28 พฤศจิกายน 2569"
        QLocale.setDefault(QLocale("km"))
        assert date_text("2026-11-28") == "28 វិច្ឆិកា 2026"
        QLocale.setDefault(QLocale("zh"))
        assert date_text("2026-11-28") == "2026年11月28日"
        QLocale.setDefault(QLocale("my"))
        assert date_text("2026-11-28") == "၂၈ နိုဝင်ဘာ ၂၀၂၆"
        assert date_text(None) == ""
    finally:
        QLocale.setDefault(QLocale("en"))


def test_the_list_speaks_the_users_language(qtbot: QtBot, workspace_path: Path) -> None:
    from app.ui.i18n import install_language

    make_workspace(workspace_path, write=thai_overdue_case)
    try:
        assert install_language("km")
        desktop = DesktopApp(workspace_path, "km")
        qtbot.addWidget(desktop.window)
        desktop.start()
        login = desktop.login
        assert login is not None
        login.user.setCurrentText("bo")
        qtbot.keyClicks(login.password, PASSWORD)
        qtbot.keyClick(login.password, Qt.Key.Key_Return)
        home = desktop.window.home
        qtbot.waitUntil(lambda: home.model.ever_loaded, timeout=WAIT)
        status = home.model.index(0, Column.STATUS).data()
        citizenship = home.model.index(0, Column.CITIZENSHIP).data()
        assert (status, citizenship) == ("កំពុងបើក", "ថៃ")
        header = home.model.headerData(Column.NAME, Qt.Orientation.Horizontal)
        assert header == "ឈ្មោះ"
        desktop.shutdown()
    finally:
        install_language("en")
