"""The supervisor's conflicts queue, and the dialog that resolves one conflict.

A conflict is two laptops writing one field of a case without having seen each other's write; the
fold keeps every value (``CaseState.conflicts``). The supervisor picks the right one and
``CaseBook.resolve_conflict`` records it as an event that has seen them all. Only supervisors see
this screen; the core refuses anyone else anyway.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.case_table import CaseTasks, date_text
from app.ui.case_text import field_text, label_text
from app.ui.case_words import CaseWords, case_words
from app.ui.error_text import describe_error
from app.ui.i18n import current_language
from app.workspace.roles import Permission

if TYPE_CHECKING:
    from app.cases.book import CaseBook
    from app.cases.state import Candidate, CaseState

QUEUE_PAGE = 100


def candidate_date(candidate: Candidate) -> str:
    from app.cases.hlc import Timestamp

    try:
        wall_ms = Timestamp.decode(candidate.hlc).wall_ms
    except (ValueError, TypeError):
        return ""
    return date_text(datetime.fromtimestamp(wall_ms / 1000, UTC).date())


class ResolveDialog(QDialog):
    """Pick one of a field's conflicting values. ``value()`` is the chosen one."""

    def __init__(
        self,
        name: str,
        field: str,
        candidates: list[Candidate],
        parent: QWidget | None = None,
        words: CaseWords | None = None,
    ) -> None:
        """``words``: the forms' words for the field and its values (else codes show)."""
        super().__init__(parent)
        self.field = field
        self.candidates = candidates
        self.setWindowTitle(self.tr("Resolve a conflict"))
        self.question = QLabel(
            self.tr("Two laptops recorded different values for “%1” of %2. Which one is right?")
            .replace("%1", label_text(field, words))
            .replace("%2", name)
        )
        self.question.setWordWrap(True)
        self.choices = QButtonGroup(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Keep this value"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.setMinimumWidth(440)  # the dialog's width: at least this, or its lines'
        self.ok_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        for position, candidate in enumerate(candidates):
            radio = QRadioButton(
                self.tr("%1 (recorded by %2, %3)")
                .replace("%1", field_text(field, candidate.value, words))
                .replace("%2", candidate.author)
                .replace("%3", candidate_date(candidate))
            )
            self.choices.addButton(radio, position)
            layout.addWidget(radio)
        self.choices.idToggled.connect(lambda _id, on: self.ok_button.setEnabled(True))
        layout.addWidget(self.buttons)

    def choose(self, position: int) -> None:
        self.choices.button(position).setChecked(True)

    def value(self) -> Any:
        return self.candidates[self.choices.checkedId()].value


def resolve(
    tasks: CaseTasks,
    case_id: str,
    field: str,
    value: Any,
    on_failure: Any,
) -> None:
    """Record a supervisor's choice on the database thread; every screen then hears of it."""
    tasks.write(
        case_id,
        lambda book: book.resolve_conflict(case_id, field, value),
        lambda _event: None,
        on_failure,
    )


Row = tuple[str, str, str, list["Candidate"]]  # case id, name, field, candidates


def _queue(book: CaseBook, limit: int, language: str) -> tuple[list[Row], bool, CaseWords]:
    """Runs on the database thread: the queue's first ``limit`` cases, flattened per field, and
    the forms' words in ``language``."""
    from app.cases.names import display_name
    from app.interviews.form_library import FormLibrary

    found: list[tuple[str, str, CaseState]] = book.conflicts(offset=0, limit=limit)
    rows = [
        (case_id, display_name(state.fields) or name, field, candidates)
        for case_id, name, state in found
        for field, candidates in sorted(state.conflicts.items())
    ]
    return rows, len(found) == limit, case_words(FormLibrary().on(book.store), language)


class ConflictsWidget(QWidget):
    case_requested = Signal(str)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks: CaseTasks | None = None
        self.rows: list[Row] = []
        self.words: CaseWords | None = None
        self.limit = QUEUE_PAGE
        self.dialog: ResolveDialog | None = None
        self.title = QLabel()
        self.title.setObjectName("title")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(3)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(lambda _item, _column: self.resolve_selected())
        self.empty = QLabel()
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back_requested)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self._open_selected)
        self.resolve_button = QPushButton()
        self.resolve_button.clicked.connect(self.resolve_selected)
        self.more_button = QPushButton()
        self.more_button.clicked.connect(self._more)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.more_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.resolve_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.error)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.retranslate()
        self._show_rows([], False)

    def attach(self, tasks: CaseTasks | None) -> None:
        self.tasks = tasks
        self.close_dialog()
        self._show_rows([], False)
        if tasks is not None and tasks.can(Permission.RESOLVE_CONFLICTS):
            self.load()

    def load(self) -> None:
        tasks = self.tasks
        if tasks is None or not tasks.can(Permission.RESOLVE_CONFLICTS):
            return
        limit, language = self.limit, current_language()
        tasks.read(
            lambda book: _queue(book, limit, language),
            lambda result: self._show_rows(*result),
            lambda exc: self.error.setText(describe_error(exc)),
        )

    def cases_changed(self, case_id: str = "") -> None:
        self.load()

    def _more(self) -> None:
        self.limit += QUEUE_PAGE
        self.load()

    def _show_rows(self, rows: list[Row], more: bool, words: CaseWords | None = None) -> None:
        self.error.clear()
        self.rows = rows
        self.words = words
        self.tree.clear()
        for case_id, name, field, candidates in rows:
            values = " / ".join(field_text(field, c.value, words) for c in candidates)
            item = QTreeWidgetItem([name, label_text(field, words), values])
            item.setData(0, Qt.ItemDataRole.UserRole, case_id)
            self.tree.addTopLevelItem(item)
        if rows:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self.tree.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.more_button.setVisible(more)
        self.open_button.setEnabled(bool(rows))
        self.resolve_button.setEnabled(bool(rows))

    def _selected(self) -> Row | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        position = self.tree.indexOfTopLevelItem(item)
        return self.rows[position] if 0 <= position < len(self.rows) else None

    def _open_selected(self) -> None:
        row = self._selected()
        if row is not None:
            self.case_requested.emit(row[0])

    def resolve_selected(self) -> None:
        row, tasks = self._selected(), self.tasks
        if row is None or tasks is None:
            return
        case_id, name, field, candidates = row
        self.close_dialog()
        dialog = ResolveDialog(name, field, candidates, self, self.words)
        dialog.accepted.connect(
            lambda: resolve(
                tasks,
                case_id,
                field,
                dialog.value(),
                lambda exc: self.error.setText(describe_error(exc)),
            )
        )
        self.dialog = dialog
        dialog.open()

    def close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None

    def retranslate(self) -> None:
        self.title.setText(self.tr("Conflicts to resolve"))
        self.intro.setText(
            self.tr(
                "Two laptops changed the same detail of a case before they synced. Both values "
                "are kept until you choose the right one."
            )
        )
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Detail"), self.tr("Values")])
        self.empty.setText(self.tr("No conflicts to resolve."))
        self.back_button.setText(self.tr("&Back to the case list"))
        self.open_button.setText(self.tr("&Open case"))
        self.resolve_button.setText(self.tr("&Resolve…"))
        self.more_button.setText(self.tr("Show &more"))
        if self.rows:
            self.load()  # the forms' words in the new language
