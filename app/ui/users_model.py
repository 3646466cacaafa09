"""The users of a workspace as a table model, for the users dialog (tested without a window).

Named columns (``UserColumn``) and roles (``UserRole``): ``USER`` gives the ``UserInfo`` of a row,
``SORT`` a value the proxy (``UsersSortProxy``) compares, so a view sorted by any column keeps
working with user names rather than row numbers. Names sort by the interface language's collation
(Khmer, Lao, Thai, Burmese and Latin names in their own order), roles by rank, active users first.

The texts keep the translation context of the users dialog (``UsersDialog``), where they were
before this model existed, so translations already made still apply.
"""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from app.text.collation import sort_key
from app.ui.main_window import role_name
from app.workspace.roles import Role
from app.workspace.session import UserInfo

Index = QModelIndex | QPersistentModelIndex
_RANK = {role: rank for rank, role in enumerate(Role)}


class UserColumn(enum.IntEnum):
    NAME = 0
    ROLE = 1
    STATUS = 2


class UserRole(enum.IntEnum):
    USER = Qt.ItemDataRole.UserRole + 1  # the row's UserInfo
    SORT = Qt.ItemDataRole.UserRole + 2  # what the proxy compares


def status_text(user: UserInfo) -> str:
    # Literal contexts, so pyside6-lupdate finds them (a variable context it cannot read).
    if user.disabled:
        return QCoreApplication.translate("UsersDialog", "disabled")
    return QCoreApplication.translate("UsersDialog", "active")


class UsersModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None, locale: str = "en") -> None:
        super().__init__(parent)
        self.users: list[UserInfo] = []
        self.locale = locale

    def set_users(self, users: list[UserInfo]) -> None:
        self.beginResetModel()
        self.users = list(users)
        self.endResetModel()

    def retranslate(self, locale: str | None = None) -> None:
        """The interface language changed: new texts, and names sort by its collation."""
        if locale is not None:
            self.locale = locale
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(UserColumn) - 1)
        if self.users:
            last = self.index(len(self.users) - 1, len(UserColumn) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def row_of(self, name: str) -> int | None:
        return next((i for i, u in enumerate(self.users) if u.name == name), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.users)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(UserColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            UserColumn.NAME: QCoreApplication.translate("UsersDialog", "Name"),
            UserColumn.ROLE: QCoreApplication.translate("UsersDialog", "Role"),
            UserColumn.STATUS: QCoreApplication.translate("UsersDialog", "Status"),
        }
        return titles.get(UserColumn(section)) if 0 <= section < len(UserColumn) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.users):
            return None
        user = self.users[index.row()]
        column = UserColumn(index.column())
        if role == UserRole.USER:
            return user
        if role == Qt.ItemDataRole.DisplayRole:
            if column is UserColumn.NAME:
                return user.name
            if column is UserColumn.ROLE:
                return role_name(user.role)
            return status_text(user)
        if role == UserRole.SORT:  # hex: compared as text, it keeps the bytes' order
            name = sort_key(user.name, self.locale)
            if column is UserColumn.ROLE:
                name = bytes([_RANK[user.role]]) + name
            elif column is UserColumn.STATUS:
                name = bytes([int(user.disabled)]) + name
            return name.hex()
        return None


class UsersSortProxy(QSortFilterProxyModel):
    """Sorts by ``UserRole.SORT``: collation keys (as hex text), not the displayed text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(UserRole.SORT)

    def user_at(self, row: int) -> UserInfo | None:
        index = self.index(row, 0)
        user = self.data(index, UserRole.USER) if index.isValid() else None
        return user if isinstance(user, UserInfo) else None

    def row_of(self, name: str) -> int | None:
        return next(
            (r for r in range(self.rowCount()) if (u := self.user_at(r)) and u.name == name), None
        )
