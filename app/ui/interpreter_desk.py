"""The interpreter's window: the interviews they assist, and the interview screen on one.

An interpreter's login opens no database (app/workspace/interpreter_session.py): what they see
is the drafts sealed to them. ``InterpreterScreen`` lists them (the person, the form, who runs
the interview, when last saved) with Open and Switch user; ``InterpreterDesk`` is its controller:
it reads the list on the database thread, opens a draft as an ``AssistedInterview``
(app/interviews/assisted.py) in the same ``InterviewWidget`` a social worker fills, which saves
each answer back sealed, and offers no Finish (finishing stays the social worker's). Nothing else
of a full session is here: no case list, no new interview, no export, no users, no wipe.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.error_text import describe_error

if TYPE_CHECKING:
    from app.interviews.assisted import AssistedInterview
    from app.ui.form_view import InterviewWidget
    from app.ui.main_window import MainWindow
    from app.ui.tasks import TaskRunner
    from app.workspace.interpreter_session import InterpreterSession


class InterpreterScreen(QWidget):
    open_requested = Signal(str)  # draft id
    switch_user_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName("drafts")
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.itemActivated.connect(self._open)
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(lambda: self._open(self.list.currentItem()))
        self.switch_button = QPushButton()
        self.switch_button.clicked.connect(self.switch_user_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.switch_button)
        column = QVBoxLayout(self)
        column.addWidget(self.title)
        column.addWidget(self.note)
        column.addWidget(self.list, 1)
        column.addWidget(self.empty)
        column.addWidget(self.error)
        column.addLayout(buttons)
        self._drafts: list[dict[str, Any]] = []
        self._form_text: Callable[[str, str], str] = lambda form_id, version: form_id
        self.retranslate()
        self._enable()

    def show_drafts(
        self, drafts: list[dict[str, Any]], form_text: Callable[[str, str], str]
    ) -> None:
        """The drafts sealed to the interpreter (``InterpreterSession.drafts``), newest first."""
        from app.ui.drafts_panel import draft_entries

        self._drafts, self._form_text = drafts, form_text
        self.error.clear()
        self.list.clear()
        owners = {str(d["id"]): str(d.get("owner") or "") for d in drafts}
        for entry in draft_entries(drafts, form_text):
            with_owner = self.tr("%1 — with %2").replace("%1", entry.text.replace("\n", " · "))
            item = QListWidgetItem(with_owner.replace("%2", owners.get(entry.draft_id, "")))
            item.setData(Qt.ItemDataRole.UserRole, entry.draft_id)
            item.setToolTip(item.text())
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.list.setVisible(bool(drafts))
        self.empty.setVisible(not drafts)
        self._enable()

    def show_error(self, text: str) -> None:
        self.error.setText(text)

    def focus_first(self) -> None:
        (self.list if self.list.count() else self.switch_button).setFocus()

    def _enable(self) -> None:
        self.open_button.setEnabled(self.list.currentItem() is not None)

    def _open(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.open_requested.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Interviews you assist"))
        self.note.setText(
            self.tr(
                "These are the interviews a social worker named you in as interpreter. Open one"
                " to read each question and note the answers; the social worker sees what you"
                " saved when she opens the interview again, and she finishes it. You see nothing"
                " else of this workspace."
            )
        )
        self.empty.setText(
            self.tr(
                "No interview names you yet. The social worker names you as the interpreter"
                " when she starts the interview on her login; then log in again."
            )
        )
        self.open_button.setText(self.tr("&Open"))
        self.switch_button.setText(self.tr("&Switch user"))
        if self._drafts:
            self.show_drafts(self._drafts, self._form_text)


class InterpreterDesk(QObject):
    """The controller of an interpreter's login: the list, and one interview at a time."""

    def __init__(
        self,
        window: MainWindow,
        tasks: TaskRunner,
        session: InterpreterSession,
        language: Callable[[], str],
        screen: InterpreterScreen,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.tasks = tasks
        self.session = session
        self.language = language
        self.screen = screen
        self.widget: InterviewWidget | None = None
        screen.open_requested.connect(self.open)

    def show(self) -> None:
        self.window.show_screen(self.screen)
        self.screen.focus_first()
        self.refresh()

    def refresh(self) -> None:
        session = self.session
        self.tasks.run_database(session.drafts, self._listed, self._failed)

    def _listed(self, drafts: list[dict[str, Any]]) -> None:
        if self.session.is_locked:
            return
        self.screen.show_drafts(drafts, self._form_text)
        if self.window.stack.currentWidget() is self.screen:
            self.screen.focus_first()

    def _form_text(self, form_id: str, version: str) -> str:
        from PySide6.QtCore import QCoreApplication

        from app.interviews.form_library import form_title

        return (
            QCoreApplication.translate("Interviews", "%1 (version %2)")
            .replace("%1", form_title(form_id, "", self.language()))
            .replace("%2", version)
        )

    def open(self, draft_id: str) -> None:
        from app.interviews.assisted import AssistedInterview

        session = self.session
        self.tasks.run_database(
            lambda: AssistedInterview.open(session, draft_id), self._show, self._failed
        )

    def _show(self, interview: AssistedInterview) -> None:
        from app.ui.form_view import InterviewWidget

        if self.session.is_locked:
            return
        if self.widget is not None:
            self.widget.deleteLater()
        widget = InterviewWidget(interview, self.tasks, language=self.language())
        widget.close_requested.connect(self._closed)
        self.widget = widget
        self.window.show_screen(widget)
        widget.focus_first_question()

    def _closed(self) -> None:
        self.window.show_screen(self.screen)
        widget = self.widget
        if widget is not None and widget.saver.pending:
            widget.saver.state_changed.connect(lambda kind, _: kind != "saving" and self.refresh())
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.screen.show_error(describe_error(exc))

    def flush(self) -> None:
        if self.widget is not None:
            self.widget.flush()

    def close(self) -> None:
        """At lock: the interview screen goes, the list forgets the drafts."""
        self.screen.open_requested.disconnect(self.open)
        if self.widget is not None:
            self.widget.deleteLater()
            self.widget = None
        self.screen.show_drafts([], self._form_text)
