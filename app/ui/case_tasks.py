"""``CaseTasks``: the one way a screen reaches ``CaseBook``.

Every call runs on the task runner's database thread (``write_apart``: in the network pool, on its
own connection); writes end with the data-changed notification (``DesktopApp.cases_changed``).
After a lock it delivers nothing, so no screen shows a record once the workspace is closed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from app.workspace.roles import ROLE_PERMISSIONS, Permission

if TYPE_CHECKING:  # the case code loads after login, not before the login window
    from app.cases.book import CaseBook
    from app.ui.tasks import TaskRunner

T = TypeVar("T")


class CaseTasks:
    """Screens' access to one logged-in user's CaseBook, always on the database thread.

    ``read``/``write`` take a function of the book; that function runs on the database thread and
    must not touch widgets. Callbacks run on the GUI thread, and not at all once ``close()`` was
    called (the workspace was locked)."""

    def __init__(self, runner: TaskRunner, book: CaseBook, notify: Callable[[str], None]) -> None:
        self.runner = runner
        self.book = book
        self.notify = notify
        # Plain attributes read once: no database access from the GUI thread.
        self.user = book.session.user
        self.role = book.session.role
        self.due_window_days = book.rules.due_window_days
        self.today = book.today
        self.closed = False

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]

    def read(
        self,
        work: Callable[[CaseBook], T],
        on_done: Callable[[T], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        book = self.book
        self.runner.run_database(lambda: work(book), self._guard(on_done), self._guard(on_failure))

    def write(
        self,
        case_id: str,
        work: Callable[[CaseBook], T],
        on_done: Callable[[T], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        """A change to one case ("" when several): ``on_done``, then every screen hears of it."""

        def done(result: T) -> None:
            on_done(result)
            self.notify(case_id)

        self.read(work, done, on_failure)

    def write_apart(
        self,
        work: Callable[[CaseBook], T],
        on_done: Callable[[T], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        """Long work that writes and waits on the network (a sync round): it runs in the network
        pool on its own connection to the workspace, so the database thread -- drafts saved as
        they are typed -- never waits for the network. The two connections take turns for each
        write transaction (SQLite WAL). A lock meanwhile lets the round end; its connection is
        then closed and its copy of the key zeroed. Every screen hears "" afterwards."""
        session = self.book.session
        today = self.book.today

        def run() -> T:
            from app.team.case_book import case_book

            companion = session.companion()
            try:
                return work(case_book(companion, today=today))
            finally:
                companion.close_companion()

        def done(result: T) -> None:
            on_done(result)
            self.notify("")

        self.runner.run_network(run, self._guard(done), self._guard(on_failure))

    def _guard(self, callback: Callable[[Any], None]) -> Callable[[Any], None]:
        def guarded(value: Any) -> None:
            if not self.closed:
                callback(value)

        return guarded

    def close(self) -> None:
        self.closed = True
