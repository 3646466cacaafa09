"""Starting, resuming, listing and discarding interviews from the main window.

The Interview is built on the database thread, handed to an ``InterviewWidget`` on the GUI
thread, and dropped when it finishes or the workspace locks. No draft is stored until the first
answer (an interview opened and left makes none). Before a lock, ``flush`` queues the last draft
save on the database thread, ahead of the lock itself (the thread runs its work in order), so no
answer typed is lost.

The drafts are listed in Cases › Continue a draft and on the home screen (``DraftsPanel``), by
the person's name, form and local time; one resumes on the page it was left on, and is discarded
only after the person confirmed it there.

A new interview starts with the logged-in worker and today's date filled in where its form
declares a ``worker`` and a ``visit_date`` question (``prefill_declared``; the shipped follow-up
does): ordinary answers the person can change, stored with the first answer they give (a
follow-up opened and left still makes no draft). "New intake" opens the form that creates a case
and "New follow-up" on a case the form that declares the ``follow_up`` action
(``app/interviews/case_actions.py``), whatever their ids.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMenu

from app.ui.error_text import describe_error

if TYPE_CHECKING:  # the interview machinery (the form engine) loads at the first interview,
    # not at start: the login window comes up sooner
    from app.cases.book import CaseBook
    from app.interviews.form_library import FormLibrary
    from app.interviews.interview import Finished, Interview
    from app.ui.case_table import CaseTasks
    from app.ui.drafts_panel import DraftEntry, DraftsPanel
    from app.ui.form_view import InterviewWidget
    from app.ui.main_window import MainWindow
    from app.ui.tasks import TaskRunner


def prefill_declared(interview: Interview, user: str, today: date) -> None:
    """Database thread (no widgets): who visits and when, in the questions the form declares
    as its ``worker`` and ``visit_date``, as answers the person can change. A form without them,
    or a question that refuses the value, is left as it is."""
    from app.interviews.case_actions import declaration_of
    from forms import AnswerError

    declaration = declaration_of(interview.definition)
    if declaration is None:
        return
    form = interview.form
    for role, value in (("worker", user), ("visit_date", today.isoformat())):
        name = declaration.field_for(role)
        try:
            if name and not form.answer(name):
                form.set_answer(name, value)
        except (AnswerError, KeyError, ValueError):
            continue


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
        self.panel: DraftsPanel | None = None
        self._pages: dict[str, str] = {}  # draft id -> a question of the page it was left on
        # Both submenus are filled ahead of time and never empty (Qt does not open an empty
        # menu): a placeholder line until the database answers, refreshed in place.
        self.drafts_menu = QMenu(window)
        self.new_menu = QMenu(window)  # the forms a new interview may use (none withdrawn)
        for menu in (self.drafts_menu, self.new_menu):
            menu.aboutToShow.connect(self.refresh_menus)
        self.refresh_menus()
        window.new_intake_requested.connect(self.new_intake)
        window.new_follow_up_requested.connect(self.new_follow_up)

    @property
    def library(self) -> FormLibrary:
        if self._library is None:
            from app.interviews.form_library import FormLibrary

            self._library = FormLibrary()
        return self._library

    def attach(self, case_tasks: CaseTasks | None) -> None:
        """The logged-in user's cases (the menus are filled for them), or None at a lock (the
        menus forget the previous user's drafts)."""
        self.case_tasks = case_tasks
        if case_tasks is None and self.widget is not None:
            self.widget.deleteLater()
            self.widget = None
        if case_tasks is not None and self.panel is None:  # the home screen exists by now
            self.panel = self.window.home.drafts_panel
            self.panel.resume_requested.connect(self.resume)
            self.panel.discard_requested.connect(self.discard)
        self.refresh_menus()

    def flush(self) -> None:
        """Queue the last answers' save before anything that closes the workspace."""
        if self.widget is not None:
            self.widget.flush()

    def retranslate(self) -> None:
        self.drafts_menu.setTitle(QCoreApplication.translate("Interviews", "Continue a &draft"))
        self.new_menu.setTitle(QCoreApplication.translate("Interviews", "&New interview"))
        self.refresh_menus()  # the entries speak the new language too

    # -- opening --------------------------------------------------------------------------------

    def start(self, form_id: str, case_id: str | None) -> None:
        if self.case_tasks is None:
            return
        library = self.library

        from app.interviews.interview import Interview

        def work(book: CaseBook) -> tuple[Interview, str, str]:
            from app.cases.book import display_name

            definition = library.on(book.store).get(form_id)  # the newest version not withdrawn
            interview = Interview.start(book.session, book, definition, case_id=case_id, save=False)
            prefill_declared(interview, book.session.user, date.today())
            person = display_name(book.state(case_id).fields) if case_id else ""
            return interview, person, ""

        self.case_tasks.read(work, self._show, self._failed)

    def new_intake(self) -> None:
        from forms.entities import CREATE  # (the form engine loads at the first interview)

        self.start_for(CREATE, None)

    def new_follow_up(self, case_id: str) -> None:
        from forms.entities import FOLLOW_UP

        self.start_for(FOLLOW_UP, case_id)

    def start_for(self, action: str, case_id: str | None) -> None:
        """A new interview on the form that declares ``action`` (app/interviews/case_actions.py),
        whatever its id: a new intake (a form that creates a case), or a follow-up of the case."""
        if self.case_tasks is None:
            return
        library = self.library

        def work(book: CaseBook) -> str | None:
            from app.interviews.case_actions import form_for

            return form_for(library.on(book.store), action)

        def chosen(form_id: str | None) -> None:
            if form_id is not None:
                self.start(form_id, case_id)
                return
            if case_id is None:
                message = QCoreApplication.translate(
                    "Interviews", "No intake form is open to new interviews on this laptop."
                )
            else:
                message = QCoreApplication.translate(
                    "Interviews", "No follow-up form is open to new interviews on this laptop."
                )
            self.window.statusBar().showMessage(message, 10_000)

        self.case_tasks.read(work, chosen, self._failed)

    def resume(self, draft_id: str, page: str = "") -> None:
        """Open a draft on the page of the question ``page`` ("" : the first page)."""
        if self.case_tasks is None:
            return
        library = self.library

        from app.interviews.interview import Interview

        def work(book: CaseBook) -> tuple[Interview, str, str]:
            interview = Interview.resume(book.session, book, library.on(book.store), draft_id)
            return interview, "", page

        self.case_tasks.read(work, self._show, self._failed)

    def discard(self, draft_id: str) -> None:
        """Delete a draft (the person confirmed it); the lists are read again after."""
        if self.case_tasks is None:
            return
        self.case_tasks.read(
            lambda book: book.session.discard_draft(draft_id),
            lambda _: self.refresh_menus(),
            self._failed,
        )

    def _show(self, opened: tuple[Interview, str, str]) -> None:
        interview, person, page = opened
        if self.widget is not None:
            self.widget.deleteLater()
        from app.ui.form_view import InterviewWidget

        widget = InterviewWidget(
            interview, self.tasks, language=self.language(), person=person, start_at=page
        )
        widget.finished.connect(self._finished)
        widget.close_requested.connect(self._closed)
        self.widget = widget
        self.window.show_screen(widget)
        widget.focus_first_question()  # a keyboard user starts typing the first answer at once

    def _closed(self) -> None:
        """Save and close: the lists are read again once the draft's last save is stored (a save
        still in flight queues the last one behind it), so they show it as it was left."""
        self.window.show_home()
        widget = self.widget
        if widget is not None and widget.saver.pending:
            widget.saver.state_changed.connect(self._saved_after_close)
        self.refresh_menus()

    def _saved_after_close(self, kind: str, _detail: str) -> None:
        if kind != "saving":
            self.refresh_menus()

    def _finished(self, done: Finished) -> None:
        self.notify(done.case_id or "")
        if self.widget is not None:
            self.widget.deleteLater()
            self.widget = None
        if done.case_id:
            self.window.open_case(done.case_id)
        else:
            self.window.show_home()
        self.refresh_menus()  # the draft became a submission

    def _failed(self, exc: BaseException) -> None:
        self.window.statusBar().showMessage(describe_error(exc), 10_000)

    # -- the two submenus ---------------------------------------------------------------------

    def refresh_menus(self) -> None:
        """Read the drafts and the startable forms on the database thread and fill both menus in
        place. Called at login, when an interview starts, closes or finishes, and each time a
        menu is about to show (what another screen changed is then caught up while it is open).
        A menu is never empty, so Qt always shows it: until the answer comes it keeps what it
        had, or says there is nothing."""
        if self.case_tasks is None:
            self._fill_drafts([])
            self._fill_forms([])
            return
        library = self.library

        def work(book: CaseBook) -> tuple[list[dict[str, Any]], list[tuple[str, str, str]]]:
            return book.session.drafts(), startable_forms(library.on(book.store))

        def fill(found: tuple[list[dict[str, Any]], list[tuple[str, str, str]]]) -> None:
            if self.case_tasks is None:  # locked meanwhile: nothing of it is shown
                return
            self._fill_drafts(found[0])
            self._fill_forms(found[1])

        self.case_tasks.read(work, fill, self._failed)

    def _fill_drafts(self, drafts: list[dict[str, Any]]) -> None:
        entries: list[DraftEntry] = []
        if drafts:  # (the Qt namespace it needs is not built before the login window)
            from app.ui.drafts_panel import draft_entries

            entries = draft_entries(drafts, self._form_text)
        empty = QCoreApplication.translate("Interviews", "No drafts")
        self._pages = {entry.draft_id: entry.page for entry in entries}
        _fill_menu(
            self.drafts_menu,
            [(entry.draft_id, entry.text) for entry in entries],
            empty,
            lambda draft_id: self.resume(draft_id, self._pages.get(draft_id, "")),
        )
        if self.panel is not None:
            self.panel.show_entries(entries)

    def _form_text(self, form_id: str, version: str) -> str:
        return (
            QCoreApplication.translate("Interviews", "%1 (version %2)")
            .replace("%1", _form_title(form_id, "", self.language()))
            .replace("%2", version)
        )

    def _fill_forms(self, forms: list[tuple[str, str, str]]) -> None:
        entries = [
            (
                form_id,
                QCoreApplication.translate("Interviews", "%1 (version %2)")
                .replace("%1", _form_title(form_id, title, self.language()))
                .replace("%2", version),
            )
            for form_id, version, title in forms
        ]
        empty = QCoreApplication.translate("Interviews", "No form open to new interviews")
        _fill_menu(self.new_menu, entries, empty, lambda form_id: self.start(form_id, None))


def _form_title(form_id: str, title: str, language: str) -> str:
    """The form's title in ``language`` (the form library loads at the first entry, not at the
    start of the app: the login window comes up sooner)."""
    from app.interviews.form_library import form_title

    return form_title(form_id, title, language)


def _fill_menu(
    menu: QMenu, entries: list[tuple[str, str]], empty: str, chosen: Callable[[str], None]
) -> None:
    """Put ``entries`` (id, text) in ``menu``, or one disabled ``empty`` line when there are none.
    Nothing is touched when the menu already shows exactly that; an open menu keeps the entry
    the person is on."""
    wanted = entries or [("", empty)]
    shown = [(str(a.data() or ""), a.text()) for a in menu.actions()]
    if shown == wanted:
        return
    active = menu.activeAction()
    was_on = str(active.data() or "") if active is not None else ""
    menu.clear()
    for key, text in wanted:
        action = menu.addAction(text)
        action.setData(key)
        if key:
            action.triggered.connect(lambda _=False, k=key: chosen(k))
        else:
            action.setEnabled(False)
    if menu.isVisible() and entries:  # the list came while the menu was open: the person
        # stays on the entry they were on, or on the first (a keyboard can go on from there)
        actions = menu.actions()
        menu.setActiveAction(next((a for a in actions if a.data() == was_on), actions[0]))


def startable_forms(library: FormLibrary) -> list[tuple[str, str, str]]:
    """(form id, version, title) of each form a new interview may start from the menu: its newest
    version not withdrawn, and only forms that need no case (follow-ups start from a case)."""
    from app.interviews.form_library import IN_USE
    from forms.entities import case_declaration

    found = []
    for version in library.versions():
        if version.status != IN_USE:
            continue
        declaration = case_declaration(library.get(version.form_id, version.version))
        if declaration is None or declaration.mode != "update":
            found.append((version.form_id, version.version, version.title))
    return found
