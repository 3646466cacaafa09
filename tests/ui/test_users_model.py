"""The users table model and its sort proxy, without a window: named columns, the user behind a
row, and sorting by collation (Khmer and Thai names in their readers' order), rank and status."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.ui.users_model import UserColumn, UserRole, UsersModel, UsersSortProxy
from app.workspace.roles import Role
from app.workspace.session import UserInfo


def _user(name: str, role: Role = Role.SOCIAL_WORKER, disabled: bool = False) -> UserInfo:
    return UserInfo(name, role, disabled, "2026-11-28T00:00:00Z", None)


USERS = [
    _user("Sopheap"),
    _user("Ana", Role.SUPERVISOR),
    _user("ແສງ", Role.INTERPRETER),  # Lao
    _user("dara", disabled=True),
    _user("เอก"),  # Thai: a leading vowel, sorted by its consonant
    _user("Chan", Role.INTERPRETER, disabled=True),
]


def _column(proxy: UsersSortProxy, column: UserColumn) -> list[str]:
    return [str(proxy.index(r, column).data()) for r in range(proxy.rowCount())]


def test_the_model_has_named_columns_and_gives_the_user_of_a_row(
    qtmodeltester: ModelTester,
) -> None:
    model = UsersModel()
    qtmodeltester.check(model)
    model.set_users(USERS)
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (6, 3)
    assert model.rowCount(model.index(0, 0)) == 0  # a table, not a tree
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in UserColumn]
    assert titles == ["Name", "Role", "Status"]
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.headerData(7, Qt.Orientation.Horizontal) is None
    row = model.row_of("dara")
    assert row == 3
    texts = [model.index(row, c).data() for c in UserColumn]
    assert texts == ["dara", "social worker", "disabled"]
    assert model.index(1, UserColumn.ROLE).data() == "supervisor"
    assert model.index(1, UserColumn.STATUS).data() == "active"
    assert model.index(1, UserColumn.NAME).data(UserRole.USER) == USERS[1]
    assert model.data(QModelIndex()) is None
    assert model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is None
    assert model.row_of("nobody") is None


def test_the_proxy_sorts_names_by_collation_not_code_points(qtmodeltester: ModelTester) -> None:
    model = UsersModel(locale="en")
    model.set_users(USERS)
    proxy = UsersSortProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.sort(UserColumn.NAME, Qt.SortOrder.AscendingOrder)
    names = _column(proxy, UserColumn.NAME)
    # Latin names ignore case (code points would put "Sopheap" before "dara"); Thai เอก sorts by
    # its consonant อ, not by the vowel written first.
    assert names[:4] == ["Ana", "Chan", "dara", "Sopheap"]
    assert set(names[4:]) == {"ແສງ", "เอก"}
    proxy.sort(UserColumn.NAME, Qt.SortOrder.DescendingOrder)
    assert _column(proxy, UserColumn.NAME) == names[::-1]
    assert proxy.user_at(0) == next(u for u in USERS if u.name == names[-1])
    assert proxy.row_of("Ana") == 5 and proxy.row_of("nobody") is None
    assert proxy.user_at(99) is None


def test_roles_sort_by_rank_and_status_puts_active_users_first() -> None:
    model = UsersModel()
    model.set_users(USERS)
    proxy = UsersSortProxy()
    proxy.setSourceModel(model)
    proxy.sort(UserColumn.ROLE, Qt.SortOrder.AscendingOrder)
    ranks = [proxy.user_at(r).role for r in range(proxy.rowCount())]  # type: ignore[union-attr]
    order = list(Role)
    assert ranks == sorted(ranks, key=order.index)
    interpreters = [
        str(proxy.index(r, UserColumn.NAME).data())
        for r in range(proxy.rowCount())
        if proxy.index(r, UserColumn.ROLE).data() == "interpreter"
    ]
    assert interpreters == ["Chan", "ແສງ"]  # within a role, by name
    proxy.sort(UserColumn.STATUS, Qt.SortOrder.AscendingOrder)
    assert _column(proxy, UserColumn.STATUS) == ["active"] * 4 + ["disabled"] * 2
    assert _column(proxy, UserColumn.NAME)[4:] == ["Chan", "dara"]


def test_a_new_list_and_a_new_language_reach_the_views() -> None:
    model = UsersModel()
    resets: list[int] = []
    headers: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.headerDataChanged.connect(lambda _o, first, last: headers.append((first, last)))
    model.set_users(USERS[:2])
    assert resets == [1] and model.rowCount() == 2
    model.retranslate("th")
    assert model.locale == "th" and headers == [(0, 2)]
    assert QCoreApplication.translate("UsersDialog", "Name") == "Name"


def test_in_the_dialog_the_selection_follows_the_user_when_sorted(
    qtbot: QtBot, workspace_path: Path
) -> None:
    from app.ui.users_view import UsersDialog
    from app.workspace.folder import Workspace
    from tests.conftest import CHEAP
    from tests.ui.desktop import WAIT, log_in, shut_down, start_desktop
    from tests.ui.test_supervisor_screens import SUPERVISOR_PW

    session, _ = Workspace.create(workspace_path, "Ana", SUPERVISOR_PW, cost=CHEAP)
    session.add_user("Sopheap", Role.SOCIAL_WORKER, "worker password 1", cost=CHEAP)
    session.lock()
    desktop = start_desktop(qtbot, workspace_path)
    log_in(qtbot, desktop, "Ana", SUPERVISOR_PW)
    desktop.window.users_action.trigger()
    users = desktop.dialog
    assert isinstance(users, UsersDialog)
    qtbot.waitUntil(lambda: users.proxy.rowCount() == 2, timeout=WAIT)
    assert [r[0] for r in users.shown_rows()] == ["Ana", "Sopheap"]
    users.select("Sopheap")
    users.table.sortByColumn(UserColumn.NAME, Qt.SortOrder.DescendingOrder)
    assert [r[0] for r in users.shown_rows()] == ["Sopheap", "Ana"]
    assert users.chosen_name() == "Sopheap"
    users.chosen_role.setCurrentIndex(users.chosen_role.findData("interpreter"))
    qtbot.mouseClick(users.role_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: users.shown_rows()[0][1] == "interpreter", timeout=WAIT)
    assert users.chosen_name() == "Sopheap"  # still selected after the reload
    assert users.shown_rows()[1] == ["Ana", "supervisor", "active"]
    shut_down(qtbot, desktop)
