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

from app.ui.error_text import describe_error

if TYPE_CHECKING:  # the interview machinery (the form engine) loads at the first interview,
    # not at start: the login window comes up sooner
    from app.cases.book import CaseBook
    from app.form_library import FormLibrary
    from app.interview import Finished, Interview
    from app.ui.case_table import CaseTasks
    from app.ui.form_view import InterviewWidget
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
        self._library: FormLibrary | None = None
        self.case_tasks: CaseTasks | None = None
        self.widget: InterviewWidget | None = None
        self.drafts_menu = QMenu(window)
        self.drafts_menu.aboutToShow.connect(self._list_drafts)
        self.new_menu = QMenu(window)  # the forms a new interview may use (none withdrawn)
        self.new_menu.aboutToShow.connect(self._list_forms)
        window.new_intake_requested.connect(lambda: self.start("intake", None))
        window.new_follow_up_requested.connect(lambda case_id: self.start("follow_up", case_id))

    @property
    def library(self) -> FormLibrary:
        if self._library is None:
            from app.form_library import FormLibrary

            self._library = FormLibrary()
        return self._library

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
        self.new_menu.setTitle(QCoreApplication.translate("Interviews", "&New interview"))

    # -- opening --------------------------------------------------------------------------------

    def start(self, form_id: str, case_id: str | None) -> None:
        if self.case_tasks is None:
            return
        library = self.library

        from app.interview import Interview

        def work(book: CaseBook) -> Interview:
            definition = library.on(book.store).get(form_id)  # the newest version not withdrawn
            return Interview.start(book.session, book, definition, case_id=case_id)

        self.case_tasks.read(work, self._show, self._failed)

    def resume(self, draft_id: str) -> None:
        if self.case_tasks is None:
            return
        library = self.library

        from app.interview import Interview

        def work(book: CaseBook) -> Interview:
            return Interview.resume(book.session, book, library.on(book.store), draft_id)

        self.case_tasks.read(work, self._show, self._failed)

    def _show(self, interview: Interview) -> None:
        if self.widget is not None:
            self.widget.deleteLater()
        from app.ui.form_view import InterviewWidget

        widget = InterviewWidget(interview, self.tasks, language=self.language())
        widget.finished.connect(self._finished)
        widget.close_requested.connect(self.window.show_home)
        self.widget = widget
        self.window.show_screen(widget)
        widget.focus_first_question()  # a keyboard user starts typing the first answer at once

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

        from app.form_library import form_title

        def fill(drafts: list[dict[str, Any]]) -> None:
            menu.clear()
            if not drafts:
                empty = menu.addAction(QCoreApplication.translate("Interviews", "No drafts"))
                empty.setEnabled(False)
            for draft in drafts:
                text = (
                    QCoreApplication.translate("Interviews", "%1 · version %2 · %3")
                    .replace("%1", form_title(str(draft["form_id"]), "", self.language()))
                    .replace("%2", str(draft["form_version"]))
                    .replace("%3", str(draft["updated_at"])[:16].replace("T", " "))
                )
                action = menu.addAction(text)
                action.triggered.connect(lambda _=False, d=draft["id"]: self.resume(d))

        self.case_tasks.read(lambda book: book.session.drafts(), fill, self._failed)

    # -- new interviews -------------------------------------------------------------------------

    def _list_forms(self) -> None:
        menu = self.new_menu
        menu.clear()
        if self.case_tasks is None:
            return
        library = self.library
        from app.form_library import form_title

        def work(book: CaseBook) -> list[tuple[str, str, str]]:
            return startable_forms(library.on(book.store))

        def fill(forms: list[tuple[str, str, str]]) -> None:
            menu.clear()
            if not forms:
                empty = menu.addAction(
                    QCoreApplication.translate("Interviews", "No form open to new interviews")
                )
                empty.setEnabled(False)
            for form_id, version, title in forms:
                text = (
                    QCoreApplication.translate("Interviews", "%1 (version %2)")
                    .replace("%1", form_title(form_id, title, self.language()))
                    .replace("%2", version)
                )
                action = menu.addAction(text)
                action.triggered.connect(lambda _=False, f=form_id: self.start(f, None))

        self.case_tasks.read(work, fill, self._failed)


def startable_forms(library: FormLibrary) -> list[tuple[str, str, str]]:
    """(form id, version, title) of each form a new interview may start from the menu: its newest
    version not withdrawn, and only forms that need no case (follow-ups start from a case)."""
    from app.form_library import IN_USE
    from forms.entities import case_declaration

    found = []
    for version in library.versions():
        if version.status != IN_USE:
            continue
        declaration = case_declaration(library.get(version.form_id, version.version))
        if declaration is None or declaration.mode != "update":
            found.append((version.form_id, version.version, version.title))
    return found
