"""Export rows kept ahead in the desktop app, off the user's path (``app.export.ahead``).

After each sync round and after a form is finished (any change to the cases: ``cases_changed``),
the rows of submissions that have none current are kept, one batch (``BATCH``, 500 rows, one short
transaction) per task on the database thread. The next batch is asked for only when the last one
has answered, so whatever the user asked for in the meantime (a draft save, a page of the case
list, an export) runs between two batches: the user waits for one batch at most, never for the
round. Only for a user who may export; a failure is left to the export, which makes any row that
is missing.

A change does not start a round at once: the round runs ``QUIET_MS`` after the last change of a
burst (``changed``), as the overview reloads. A supervisor closing case after case, or a sync
round that reports itself twice (``synced``, then ``cases_changed``), gets one round when the
changes stop, not one per change: a round that finds nothing still looks through the indexes
(about 7 ms at 10,000 submissions, 66 ms at 100,000) on the database thread, ahead of the next
draft save. A change while a round runs asks for another round after it, after a quiet period
again. ``start`` runs a round at once (at login: rows an earlier version never made).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from app.workspace.roles import Permission
from app.workspace.session import Session

if TYPE_CHECKING:
    from app.export.ahead import Keeper
    from app.ui.tasks import TaskRunner

QUIET_MS = 2_000  # after the last change to the cases, the round


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
        self.quiet = QTimer(self)
        self.quiet.setSingleShot(True)
        self.quiet.setInterval(QUIET_MS)
        self.quiet.timeout.connect(self.start)

    @property
    def busy(self) -> bool:
        """A round is waiting for the changes to stop, running, or asked for after this one."""
        return self.quiet.isActive() or self._keeper is not None or self._again

    def changed(self, *_: object) -> None:
        """The cases changed (connected to ``synced`` and ``cases_changed``, whatever they
        carry): a round ``QUIET_MS`` after the last change."""
        session = self._session()
        if isinstance(session, Session) and session.can(Permission.EXPORT):
            self.quiet.start()  # (again): the round waits for the changes to stop

    def start(self, *_: object) -> None:
        """Start a round now; while one runs, another follows it after a quiet period."""
        self.quiet.stop()
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

    def stop(self) -> None:
        """No round any more (the app shuts down): a quiet period still running would otherwise
        end after the app and its database thread are gone."""
        self.quiet.stop()
        self._again = False

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
            self.quiet.start()  # changes came during the round: one more, once they stop


def keep_exports_ahead(
    tasks: TaskRunner, session: Callable[[], object], *signals: Signal
) -> ExportKeeper:
    """An ``ExportKeeper`` that runs a round once ``signals`` stop coming (the main window's
    hook)."""
    keeper = ExportKeeper(tasks, session, tasks)
    for signal in signals:
        signal.connect(keeper.changed)  # type: ignore[attr-defined]
    return keeper
