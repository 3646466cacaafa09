"""Export rows kept ahead in the desktop app, off the user's path (``app.export.ahead``).

After each sync round and after a form is finished (any change to the cases: ``cases_changed``),
the rows of submissions that have none current are kept, one batch (``BATCH``, 500 rows, one short
transaction) per task on the database thread. The next batch is asked for only when the last one
has answered, so whatever the user asked for in the meantime (a draft save, a page of the case
list, an export) runs between two batches: the user waits for one batch at most, never for the
round. A round asked for while one runs is run after it. Only for a user who may export; a failure
is left to the export, which makes any row that is missing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.workspace.roles import Permission
from app.workspace.session import Session

if TYPE_CHECKING:
    from app.export.ahead import Keeper
    from app.ui.tasks import TaskRunner


class ExportKeeper(QObject):
    rounded = Signal(int)  # a round ended: how many rows it kept

    def __init__(
        self,
        tasks: TaskRunner,
        session: Callable[[], object],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self._session = session
        self._keeper: Keeper | None = None
        self._again = False
        self._kept = 0

    def start(self, *_: object) -> None:
        """Start a round (connected to ``synced`` and ``cases_changed``, whatever they carry)."""
        if self._keeper is not None:
            self._again = True
            return
        session = self._session()
        if not isinstance(session, Session) or not session.can(Permission.EXPORT):
            return
        from app.export.ahead import Keeper  # not needed before a supervisor's first round

        self._keeper = Keeper(session)
        self._kept = 0
        self._next()

    def _next(self) -> None:
        keeper = self._keeper
        assert keeper is not None
        self.tasks.run_database(keeper.step, self._stepped, lambda _: self._end())

    def _stepped(self, kept: int) -> None:
        keeper = self._keeper
        self._kept += kept
        if kept and keeper is not None and self._session() is keeper.session:
            self._next()  # queued behind whatever the user asked for meanwhile
        else:
            self._end()

    def _end(self) -> None:
        self._keeper = None
        self.rounded.emit(self._kept)
        if self._again:
            self._again = False
            self.start()


def keep_exports_ahead(
    tasks: TaskRunner, session: Callable[[], object], *signals: Signal
) -> ExportKeeper:
    """An ``ExportKeeper`` that starts a round on each of ``signals`` (the main window's hook)."""
    keeper = ExportKeeper(tasks, session, tasks)
    for signal in signals:
        signal.connect(keeper.start)  # type: ignore[attr-defined]
    return keeper
