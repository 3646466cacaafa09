"""The home screen: the case list with search and filters, and the follow-ups that are due.

It asks for nothing itself but pages of ``CaseBook.list_cases`` (through ``CaseTableModel``) and
emits what the user wants next: open a case, start an intake. It refreshes when told that cases
changed (``cases_changed``), whoever changed them. An interpreter has no case list: the screen
says what they can do, how a social worker opens an interview for them (on her own login, with
interpreter mode), and offers "Switch user" so she can log in (``switch_user_requested``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.case_table import (
    COUNTRIES,
    CaseQuery,
    CaseRole,
    CaseSortProxy,
    CaseTableModel,
    CaseTasks,
    Column,
    country_name,
    status_text,
)
from app.ui.drafts_panel import DraftsPanel
from app.ui.error_text import describe_error
from app.ui.headers import fit_headers
from app.workspace.roles import Permission, Role

SEARCH_DELAY_MS = 200


def case_table_view(model: CaseTableModel, columns: tuple[Column, ...]) -> QTableView:
    """A read-only table of cases showing ``columns``, sorted through a ``CaseSortProxy``."""
    proxy = CaseSortProxy(model)
    proxy.setSourceModel(model)
    view = QTableView()
    view.setModel(proxy)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.setSortingEnabled(True)
    view.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
    proxy.sort_refused.connect(
        lambda: view.horizontalHeader().setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
    )
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    for column in Column:
        view.setColumnHidden(column, column not in columns)
    view.setColumnWidth(Column.CITIZENSHIP, 120)
    view.setColumnWidth(Column.STATUS, 110)
    view.setColumnWidth(Column.NEXT_FOLLOW_UP, 140)
    view.setColumnWidth(Column.CONFLICTS, 90)
    fit_headers(header)  # wider where the language's header needs it
    return view


class HomeWidget(QWidget):
    case_requested = Signal(str)  # case id: the user opened a case
    new_intake_requested = Signal()
    switch_user_requested = Signal()  # an interpreter makes way for the social worker's login

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = ""
        self.role = Role.SOCIAL_WORKER
        self.tasks: CaseTasks | None = None
        self.due_waiting = False

        self.greeting = QLabel()
        self.greeting.setObjectName("title")
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self._apply_query)
        self.search.textChanged.connect(lambda _: self.search_timer.start())
        self.search.returnPressed.connect(self._apply_query)
        self.status_filter = QComboBox()
        self.citizenship_filter = QComboBox()
        self.due_filter = QComboBox()
        for combo in (self.status_filter, self.citizenship_filter, self.due_filter):
            combo.currentIndexChanged.connect(lambda _: self._apply_query())
        self.new_intake_button = QPushButton()
        self.new_intake_button.clicked.connect(self.new_intake_requested)

        self.model = CaseTableModel(self)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(self._failed)
        self.table = case_table_view(self.model, tuple(Column))
        self.table.activated.connect(self._open_from(self.table))
        self.count = QLabel()
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.interpreter_page = QWidget()
        self.interpreter_title = QLabel()
        self.interpreter_title.setObjectName("pageTitle")
        self.interpreter_title.setWordWrap(True)
        self.interpreter_note = QLabel()
        self.interpreter_note.setWordWrap(True)
        self.interpreter_steps = QLabel()
        self.interpreter_steps.setWordWrap(True)
        self.interpreter_steps.setTextFormat(Qt.TextFormat.PlainText)
        self.switch_user_button = QPushButton()
        self.switch_user_button.clicked.connect(self.switch_user_requested)
        column = QVBoxLayout(self.interpreter_page)
        column.addStretch(1)
        for label in (self.interpreter_title, self.interpreter_note, self.interpreter_steps):
            column.addWidget(label)
        column.addWidget(self.switch_user_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(2)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.pages = QStackedWidget()
        for page in (self.table, self.empty, self.interpreter_page):
            self.pages.addWidget(page)

        self.due_model = CaseTableModel(self)
        self.due_model.loaded.connect(self._due_loaded)
        self.due_model.failed.connect(self._failed)
        self.due_table = case_table_view(self.due_model, (Column.NAME, Column.NEXT_FOLLOW_UP))
        self.due_table.activated.connect(self._open_from(self.due_table))
        self.due_empty = QLabel()
        self.due_empty.setWordWrap(True)
        self.due_panel = QGroupBox()
        due_layout = QVBoxLayout(self.due_panel)
        due_layout.addWidget(self.due_table)
        due_layout.addWidget(self.due_empty)

        searching = QHBoxLayout()  # two rows: Khmer and Burmese words are long
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)
        searching.addWidget(self.search_label)
        searching.addWidget(self.search, 1)
        searching.addWidget(self.new_intake_button)
        filters = QHBoxLayout()
        for combo in (self.status_filter, self.citizenship_filter, self.due_filter):
            filters.addWidget(combo)
        filters.addStretch(1)
        self.list_area = QWidget()
        list_layout = QVBoxLayout(self.list_area)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(searching)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.pages, 1)
        list_layout.addWidget(self.count)
        self.drafts_panel = DraftsPanel()  # filled by the interviews controller
        self.side = QSplitter(Qt.Orientation.Vertical)
        self.side.addWidget(self.drafts_panel)
        self.side.addWidget(self.due_panel)
        self.side.setSizes([380, 320])
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list_area)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 380])
        self.due_panel.setMinimumWidth(280)
        layout = QVBoxLayout(self)
        layout.addWidget(self.greeting)
        layout.addWidget(self.error)
        layout.addWidget(self.splitter, 1)
        self.retranslate()
        self._show_role()

    # -- who is here ----------------------------------------------------------------------------

    def show_user(self, user: str, role: Role) -> None:
        self.user, self.role = user, role
        self._show_role()
        self.retranslate()

    def _show_role(self) -> None:
        lists = self.role != Role.INTERPRETER
        for widget in (
            self.search_label,
            self.search,
            self.status_filter,
            self.citizenship_filter,
            self.due_filter,
            self.new_intake_button,
            self.count,
            self.side,  # the drafts and the follow-ups due
            self.due_panel,
        ):
            widget.setVisible(lists)
        if not lists:
            self.pages.setCurrentWidget(self.interpreter_page)
        elif self.pages.currentWidget() is self.interpreter_page:
            self.empty.clear()  # until the first page arrives
            self.pages.setCurrentWidget(self.empty)

    def attach(self, tasks: CaseTasks | None) -> None:
        """Start showing the cases (a user who may see them logged in) or forget them all."""
        self.tasks = tasks
        self.error.clear()
        self.due_waiting = False
        if tasks is None or not tasks.can(Permission.VIEW_CASES):
            self.model.attach(None)
            self.due_model.attach(None)
            self.search_timer.stop()
            for widget in (
                self.search,
                self.status_filter,
                self.citizenship_filter,
                self.due_filter,
            ):
                widget.blockSignals(True)  # the next user starts from the whole list
            self.search.clear()
            for combo in (self.status_filter, self.citizenship_filter, self.due_filter):
                combo.setCurrentIndex(0)
            for widget in (
                self.search,
                self.status_filter,
                self.citizenship_filter,
                self.due_filter,
            ):
                widget.blockSignals(False)
            self.count.clear()
            return
        self.new_intake_button.setEnabled(tasks.can(Permission.EDIT_CASES))
        self.due_model.attach(None)
        self.due_waiting = True  # asked for once the list's first page is in: the list comes first
        self.model.attach(tasks, self._query())

    def cases_changed(self, case_id: str = "") -> None:
        """Some case changed (here, by sync, or by another screen): show the list as it is now."""
        if self.tasks is not None:
            self.model.reload()
            self.due_model.reload()

    # -- searching and filtering ----------------------------------------------------------------

    def _query(self) -> CaseQuery:
        return CaseQuery(
            text=self.search.text().strip(),
            status=self.status_filter.currentData(),
            citizenship=self.citizenship_filter.currentData(),
            due=self.due_filter.currentData(),
        )

    def _apply_query(self) -> None:
        self.search_timer.stop()
        if self.tasks is not None and self._query() != self.model.query:
            self.model.set_query(self._query())

    def _loaded(self) -> None:
        self.error.clear()
        if self.due_waiting and self.tasks is not None:
            self.due_waiting = False
            self.due_model.attach(self.tasks, CaseQuery(due="any"))
        if self.role == Role.INTERPRETER:
            return
        query = self.model.query
        if self.model.total:
            self.pages.setCurrentWidget(self.table)
        else:
            self.pages.setCurrentWidget(self.empty)
            if query == CaseQuery():
                self.empty.setText(
                    self.tr("No cases yet. New cases appear here once an intake is finished.")
                )
            else:
                self.empty.setText(self.tr("No case matches this search and these filters."))
        if self.model.total_exact:
            self.count.setText(self.tr("Cases: %n", "", self.model.total))
        else:  # a search with very many matches is not counted to the end (issue 21)
            self.count.setText(self.tr("Cases: %n or more", "", self.model.total))

    def _due_loaded(self) -> None:
        total = self.due_model.total
        self.due_panel.setTitle(self.tr("Follow-ups due (%n)", "", total))
        self.due_table.setVisible(total > 0)
        self.due_empty.setVisible(total == 0)

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(describe_error(exc))

    def _open_from(self, view: QTableView) -> Callable[[QModelIndex], None]:
        def open_case(index: QModelIndex) -> None:  # Enter or double-click on a row
            case_id = index.data(CaseRole.CASE_ID)
            if case_id:
                self.case_requested.emit(case_id)

        return open_case

    # -- words ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.greeting.setText(self.tr("Hello, %1").replace("%1", self.user))
        self.drafts_panel.retranslate()
        self.search_label.setText(self.tr("&Search"))
        self.search.setPlaceholderText(self.tr("A name, in any script or in Latin letters"))
        self._fill(
            self.status_filter,
            [
                (self.tr("All statuses"), None),
                (status_text("open"), "open"),
                (status_text("referred"), "referred"),
                (status_text("closed"), "closed"),
            ],
        )
        self._fill(
            self.citizenship_filter,
            [
                (self.tr("All citizenships"), None),
                *sorted(((country_name(c), c) for c in COUNTRIES), key=lambda p: p[0]),
            ],
        )
        self._fill(
            self.due_filter,
            [
                (self.tr("Any follow-up date"), None),
                (self.tr("Follow-up due or overdue"), "any"),
                (self.tr("Follow-up due soon"), "due"),
                (self.tr("Follow-up overdue"), "overdue"),
            ],
        )
        self.new_intake_button.setText(self.tr("New &intake"))
        self.due_empty.setText(self.tr("No follow-up is due now."))
        self.interpreter_title.setText(self.tr("You are logged in as an interpreter"))
        self.interpreter_note.setText(
            self.tr(
                "An interpreter helps in the interviews a social worker runs. You do not see "
                "the case list and cannot open or change a case: the interview happens on the "
                "social worker's login, with you beside her."
            )
        )
        self.interpreter_steps.setText(
            self.tr(
                "How a social worker opens an interview for you:\n"
                '1. Click "Switch user" below; the social worker logs in with her own name.\n'
                "2. She opens the interview (New intake, or New follow-up in the person's "
                'case) and ticks "Interpreter mode: show two languages".\n'
                "3. She chooses the person's language: each question then shows in both "
                "languages, and she records your name as the interpreter."
            )
        )
        self.switch_user_button.setText(self.tr("&Switch user"))
        self.model.retranslate()
        self.due_model.retranslate()
        if self.model.ever_loaded:
            self._loaded()
        self._due_loaded()

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, str | None]]) -> None:
        """Refill a filter's words, keeping what was chosen and without asking the database."""
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)
