"""The case list's data: how screens reach the cases, the table model, and its proxy.

- ``CaseTasks`` (app/ui/case_tasks.py, re-exported here): the one way a screen reaches
  ``CaseBook``.
- ``CaseTableModel``: one query's rows, fetched page by page (``canFetchMore``/``fetchMore``) from
  ``CaseBook.list_cases``, each page starting where the one before ended (keyset, never an offset:
  a case added meanwhile is neither shown twice nor makes another skipped). Rows come in the database's order (collation sort key for the list,
  best match first for a search); 100 000 cases are never loaded at once. A new query keeps the old
  rows on screen until its first page arrives; a page of an older query is discarded.
- ``CaseSortProxy``: the view's sorting. Name order is the database's; the other columns are
  sorted here only when every row of the query is loaded, since sorting a part would mislead.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from app.ui.case_tasks import CaseTasks as CaseTasks  # re-exported: screens import it here
from app.ui.dates import date_text as date_text  # re-exported: the one date style

if TYPE_CHECKING:  # the case code loads after login, not before the login window
    from app.cases.book import CaseBook, CaseRow, Cursor, Page

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate

PAGE_SIZE = 100
RELOAD_LIMIT = 2_000  # after a change, at most this many loaded rows are fetched again
LOCAL_SORT_LIMIT = 5_000  # other columns are sorted here only for results this small

# HTCDS citizenship codes of the six Mekong countries (the filter offers these).
COUNTRIES = ("KH", "CN", "LA", "MM", "TH", "VN")


# -- words and dates shown for case data ---------------------------------------------------------


def status_text(status: str) -> str:
    names = {
        "open": translate("CaseText", "Open"),
        "referred": translate("CaseText", "Referred"),
        "closed": translate("CaseText", "Closed"),
    }
    return names.get(status, status)


def country_name(code: str | None) -> str:
    if not code:
        return ""
    names = {
        "KH": translate("CaseText", "Cambodia"),
        "CN": translate("CaseText", "China"),
        "LA": translate("CaseText", "Lao PDR"),
        "MM": translate("CaseText", "Myanmar"),
        "TH": translate("CaseText", "Thailand"),
        "VN": translate("CaseText", "Vietnam"),
    }
    return names.get(code, code)


def field_label(name: str) -> str:
    """The words for a case field; a field without its own words shows its form name."""
    labels = {
        "prs_First_Name": translate("CaseText", "Name"),
        "prs_Name_Latin": translate("CaseText", "Name in Latin letters"),
        "prs_Gender": translate("CaseText", "Gender"),
        "vic_age": translate("CaseText", "Age"),
        "prs_Birthdate": translate("CaseText", "Date of birth"),
        "prs_Citizenship": translate("CaseText", "Citizenship"),
        "return_date": translate("CaseText", "Date of return"),
        "vic_TypeOfExploitation": translate("CaseText", "Type of exploitation"),
        "vic_LocationOfRecruitment": translate("CaseText", "Place of recruitment"),
        "_team": translate("CaseText", "Team"),
        "_status": translate("CaseText", "Status"),
        "_closure_status": translate("CaseText", "Status at closure"),
        "_closure_reason": translate("CaseText", "Reason for closing"),
        "_referred_to": translate("CaseText", "Referred to"),
    }
    return labels.get(name, name)


class DueState(enum.StrEnum):
    NONE = "none"
    UPCOMING = "upcoming"
    DUE = "due"
    OVERDUE = "overdue"


def due_state(next_due: str | None, today: date, window_days: int) -> DueState:
    if not next_due:
        return DueState.NONE
    when = date.fromisoformat(next_due[:10])
    if when < today:
        return DueState.OVERDUE
    if (when - today).days <= window_days:
        return DueState.DUE
    return DueState.UPCOMING


# -- the model ------------------------------------------------------------------------------------


class Column(enum.IntEnum):
    NAME = 0
    CITIZENSHIP = 1
    STATUS = 2
    NEXT_FOLLOW_UP = 3
    CONFLICTS = 4


class CaseRole(enum.IntEnum):
    CASE_ID = Qt.ItemDataRole.UserRole + 1  # str
    ROW = Qt.ItemDataRole.UserRole + 2  # the CaseRow
    SORT = Qt.ItemDataRole.UserRole + 3  # a value the proxy compares
    DUE = Qt.ItemDataRole.UserRole + 4  # DueState


@dataclass(frozen=True)
class CaseQuery:
    """What ``CaseBook.list_cases`` is asked; None means "any"."""

    text: str = ""
    status: str | None = None
    citizenship: str | None = None
    due: str | None = None  # "due", "overdue" or "any"

    def with_text(self, text: str) -> CaseQuery:
        return replace(self, text=text)


OVERDUE_COLOUR = QColor("#b00020")


class CaseTableModel(QAbstractTableModel):
    """The rows of one ``CaseQuery``, page by page, for any view (tested without one)."""

    loaded = Signal()  # the rows changed because a page arrived
    failed = Signal(object)  # an exception from the database thread

    def __init__(self, parent: QObject | None = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self.tasks: CaseTasks | None = None
        self.query = CaseQuery()
        self.rows: list[CaseRow] = []
        self.total = 0
        self.total_exact = True  # false: a search with at least ``total`` matches
        self.after: Cursor | None = None  # where the next page starts; None: all loaded
        self.generation = 0  # bumped by every new query: older pages are discarded
        self.loading = False
        self.ever_loaded = False

    # -- what the model is asked for ------------------------------------------------------------

    def attach(self, tasks: CaseTasks | None, query: CaseQuery | None = None) -> None:
        """Start listing for a logged-in user, or (None) forget every row at once."""
        self.tasks = tasks
        self.generation += 1
        self.loading = False
        self.ever_loaded = False
        self.beginResetModel()
        self.rows, self.total, self.total_exact, self.after = [], 0, True, None
        self.endResetModel()
        if query is not None:
            self.query = query
        if tasks is not None:
            self.set_query(self.query)

    def set_query(self, query: CaseQuery) -> None:
        """Ask for another query; the rows on screen stay until its first page arrives."""
        self.query = query
        self._load(self.page_size, reset=True)

    def reload(self) -> None:
        """The same query again after a change, keeping as many rows as were loaded."""
        self._load(min(max(len(self.rows), self.page_size), RELOAD_LIMIT), reset=False)

    def _load(self, limit: int, reset: bool) -> None:
        tasks = self.tasks
        if tasks is None:
            return
        self.generation += 1
        generation, query = self.generation, self.query
        self.loading = True
        tasks.read(
            lambda book: _list(book, query, None, limit),
            lambda page: self._replace(generation, page, reset),
            lambda exc: self._failed(generation, exc),
        )

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self.tasks is None or self.loading:
            return False
        return self.after is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self.tasks is not None
        generation, query, offset, after = self.generation, self.query, len(self.rows), self.after
        self.loading = True
        self.tasks.read(
            lambda book: _list(book, query, after, self.page_size),
            lambda page: self._append(generation, offset, page),
            lambda exc: self._failed(generation, exc),
        )

    # -- pages arriving on the GUI thread -------------------------------------------------------

    def _replace(self, generation: int, page: Page, reset: bool) -> None:
        if generation != self.generation:
            return
        self.loading = False
        self.ever_loaded = True
        rows = page.rows
        if reset:
            self.beginResetModel()
            self.rows, self.total = list(rows), page.total
            self.total_exact, self.after = page.total_exact, page.after
            self.endResetModel()
        else:
            old, new = len(self.rows), len(rows)
            if new < old:
                self.beginRemoveRows(QModelIndex(), new, old - 1)
                del self.rows[new:]
                self.endRemoveRows()
            if new > old:
                self.beginInsertRows(QModelIndex(), old, new - 1)
                self.rows.extend(rows[old:])
                self.endInsertRows()
            self.rows[: min(old, new)] = rows[: min(old, new)]
            self.total, self.total_exact, self.after = page.total, page.total_exact, page.after
            if min(old, new):
                self.dataChanged.emit(
                    self.index(0, 0), self.index(min(old, new) - 1, len(Column) - 1)
                )
        self.loaded.emit()

    def _append(self, generation: int, offset: int, page: Page) -> None:
        if generation != self.generation or offset != len(self.rows):
            return
        self.loading = False
        self.total, self.total_exact, self.after = page.total, page.total_exact, page.after
        # Keyset pages never repeat a row, but a case whose name changed between two pages may
        # come again under its new name: it is shown once, where it is now.
        known = {row.case_id for row in self.rows}
        rows = [row for row in page.rows if row.case_id not in known]
        if rows:
            self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()
        if self.after is None and not self.total_exact:  # the whole search is loaded: its count
            self.total, self.total_exact = len(self.rows), True
        elif not self.total_exact:  # "at least": at least what is loaded
            self.total = max(self.total, len(self.rows))
        self.loaded.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self.generation:
            self.loading = False
            self.failed.emit(exc)

    # -- Qt's model interface -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            Column.NAME: self.tr("Name"),
            Column.CITIZENSHIP: self.tr("Citizenship"),
            Column.STATUS: self.tr("Status"),
            Column.NEXT_FOLLOW_UP: self.tr("Next follow-up"),
            Column.CONFLICTS: self.tr("Conflicts"),
        }
        return titles.get(Column(section)) if 0 <= section < len(Column) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = Column(index.column())
        if role == CaseRole.CASE_ID:
            return row.case_id
        if role == CaseRole.ROW:
            return row
        if role == CaseRole.DUE:
            return self.due(row)
        if role == CaseRole.SORT:
            return self._sort_value(index.row(), row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.NEXT_FOLLOW_UP:
            state = self.due(row)
            if state == DueState.OVERDUE:
                return self.tr("Overdue")
            if state == DueState.DUE:
                return self.tr("Due soon")
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.NEXT_FOLLOW_UP:
            return OVERDUE_COLOUR if self.due(row) == DueState.OVERDUE else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.CONFLICTS:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _display(self, row: CaseRow, column: Column) -> str:
        if column == Column.NAME:
            return row.display_name or self.tr("(no name recorded)")
        if column == Column.CITIZENSHIP:
            return country_name(row.citizenship)
        if column == Column.STATUS:
            return status_text(row.status)
        if column == Column.NEXT_FOLLOW_UP:
            return date_text(row.next_due)
        return str(row.conflicts) if row.conflicts else ""

    def _sort_value(self, position: int, row: CaseRow, column: Column) -> Any:
        if column == Column.NAME:
            return position  # the database's collation order
        if column == Column.NEXT_FOLLOW_UP:
            return row.next_due or "9999-12-31"
        if column == Column.CONFLICTS:
            return row.conflicts
        return self._display(row, column)

    def due(self, row: CaseRow) -> DueState:
        if self.tasks is None:
            return DueState.NONE
        return due_state(row.next_due, self.tasks.today(), self.tasks.due_window_days)

    def case_id(self, row: int) -> str:
        return self.rows[row].case_id

    @property
    def fully_loaded(self) -> bool:
        return self.ever_loaded and self.after is None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(Column) - 1))


def _list(book: CaseBook, query: CaseQuery, after: Cursor | None, limit: int) -> Page:
    """Runs on the database thread."""
    return book.list_cases(
        query=query.text,
        status=query.status,
        citizenship=query.citizenship,
        due=query.due,
        after=after,
        limit=limit,
    )


class CaseSortProxy(QSortFilterProxyModel):
    """Sorting for the case views, never over rows that are not loaded.

    Name (ascending) is the database's order, kept as it comes. Any other order is applied here
    only when the whole result is loaded (a search, a filtered list, the due panel); for a bigger
    list the model fetches the rest first, up to ``LOCAL_SORT_LIMIT`` rows, and otherwise the list
    stays in name order (and ``sort_refused`` lets the view put its indicator back)."""

    sort_refused = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(CaseRole.SORT)
        self.setDynamicSortFilter(False)
        self._wanted: tuple[int, Qt.SortOrder] | None = None

    def case_model(self) -> CaseTableModel:
        model = self.sourceModel()
        assert isinstance(model, CaseTableModel)
        return model

    def setSourceModel(self, model: Any) -> None:
        super().setSourceModel(model)
        if isinstance(model, CaseTableModel):
            model.loaded.connect(self._apply_wanted)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column <= Column.NAME and order == Qt.SortOrder.AscendingOrder:
            self._wanted = None
            super().sort(-1)  # the source's (database) order
            return
        self._wanted = (column, order)
        self._apply_wanted()

    def _apply_wanted(self) -> None:
        if self._wanted is None:
            return
        model = self.case_model()
        if model.fully_loaded:
            super().sort(*self._wanted)
        elif model.total_exact and model.total <= LOCAL_SORT_LIMIT:
            model.fetchMore()  # each page arriving comes back here
        else:
            self._wanted = None
            super().sort(-1)
            self.sort_refused.emit()
