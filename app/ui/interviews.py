"""Starting, resuming and finishing interviews from the main window.

The Interview is built on the database thread (it saves its first draft there), handed to an
``InterviewWidget`` on the GUI thread, and dropped when it finishes or the workspace locks. Before
a lock, ``flush`` queues the last draft save on the database thread, ahead of the lock itself
(the thread runs its work in order), so no answer typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMenu

from app.form_library import FormLibrary
from app.interview import Finished, Interview
from app.ui.error_text import describe_error
from app.ui.form_view import InterviewWidget

if TYPE_CHECKING:
    from app.cases.book import CaseBook
    from app.ui.case_table import CaseTasks
    from app.ui.main_window import MainWindow
    from app.ui.tasks import TaskRunner


class Interviews(QObject):
    def __init__(
        self,
        window: MainWindow,
        tasks: TaskRunner,
        language: Callable[[], str],
        notify: Callable[[str], None],
    ) -> None:
        super().__init__()
        self.window = window
        self.tasks = tasks
        self.language = language
        self.notify = notify
        self.library = FormLibrary()
        self.case_tasks: CaseTasks | None = None
        self.widget: InterviewWidget | None = None
        self.drafts_menu = QMenu(window)
        self.drafts_menu.aboutToShow.connect(self._list_drafts)
        window.new_intake_requested.connect(lambda: self.start("intake", None))
        window.new_follow_up_requested.connect(lambda case_id: self.start("follow_up", case_id))

    def attach(self, case_tasks: CaseTasks | None) -> None:
        self.case_tasks = case_tasks
        if case_tasks is None and self.widget is not None:
            self.widget.deleteLater()
            self.widget = None

    def flush(self) -> None:
        """Queue the last answers' save before anything that closes the workspace."""
        if self.widget is not None:
            self.widget.flush()

    def retranslate(self) -> None:
        self.drafts_menu.setTitle(QCoreApplication.translate("Interviews", "Continue a &draft"))

    # -- opening --------------------------------------------------------------------------------

    def start(self, form_id: str, case_id: str | None) -> None:
        if self.case_tasks is None:
            return
        library = self.library

        def work(book: CaseBook) -> Interview:
            return Interview.start(book.session, book, library.get(form_id), case_id=case_id)

        self.case_tasks.read(work, self._show, self._failed)

    def resume(self, draft_id: str) -> None:
        if self.case_tasks is None:
            return
        library = self.library

        def work(book: CaseBook) -> Interview:
            return Interview.resume(book.session, book, library, draft_id)

        self.case_tasks.read(work, self._show, self._failed)

    def _show(self, interview: Interview) -> None:
        if self.widget is not None:
            self.widget.deleteLater()
        widget = InterviewWidget(interview, self.tasks, language=self.language())
        widget.finished.connect(self._finished)
        widget.close_requested.connect(self.window.show_home)
        self.widget = widget
        self.window.show_screen(widget)

    def _finished(self, done: Finished) -> None:
        self.notify(done.case_id or "")
        if self.widget is not None:
            self.widget.deleteLater()
            self.widget = None
        if done.case_id:
            self.window.open_case(done.case_id)
        else:
            self.window.show_home()

    def _failed(self, exc: BaseException) -> None:
        self.window.statusBar().showMessage(describe_error(exc), 10_000)

    # -- drafts ---------------------------------------------------------------------------------

    def _list_drafts(self) -> None:
        menu = self.drafts_menu
        menu.clear()
        if self.case_tasks is None:
            return

        def fill(drafts: list[dict[str, Any]]) -> None:
            menu.clear()
            if not drafts:
                empty = menu.addAction(QCoreApplication.translate("Interviews", "No drafts"))
                empty.setEnabled(False)
            for draft in drafts:
                text = f"{draft['form_id']} · {str(draft['updated_at'])[:16].replace('T', ' ')}"
                action = menu.addAction(text)
                action.triggered.connect(lambda _=False, d=draft["id"]: self.resume(d))

        self.case_tasks.read(lambda book: book.session.drafts(), fill, self._failed)
