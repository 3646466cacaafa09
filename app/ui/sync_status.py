"""The sync panel in the status bar: what waits to be sent, when this laptop last synced, and
"Sync now".

A round (``Synchroniser.sync``) runs in the network pool on its own connection to the workspace
(``CaseTasks.write_apart``), so drafts keep being saved as they are typed while it waits on a slow
line; the panel says "Syncing…". Afterwards every screen hears that cases changed (``""``: several or unknown). Problems are said in plain words from the
``SyncError`` kind; anything else goes through ``describe_error``. A laptop that was never
enrolled with a server says so and offers no "Sync now".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from app.ui.dates import moment_text
from app.ui.elided_label import ElidedLabel
from app.ui.error_text import describe_error
from app.workspace.roles import Permission
from sync.errors import SyncError, SyncErrorKind

if TYPE_CHECKING:
    from app.cases.book import CaseBook
    from app.team.synchronise import SyncReport
    from app.ui.case_table import CaseTasks

translate = QCoreApplication.translate
AUTO_FIRST_MS = 30_000  # the first automatic try after login
AUTO_EVERY_MS = 5 * 60_000  # then every five minutes


@dataclass(frozen=True)
class SyncState:
    enrolled: bool
    waiting: int
    sent: int
    last_sync: str | None
    refused_waiting: int = 0  # received items that did not check out, fetched again (pull_refetch)


def read_state(book: CaseBook) -> SyncState:
    """Database thread only."""
    url = book.store.scalar("SELECT value FROM settings WHERE key = 'server_url'")
    last = book.store.scalar("SELECT value FROM settings WHERE key = 'last_sync'")
    from app.team.outbox import outbox_of
    from app.team.pull_refetch import waiting

    counts = outbox_of(book).counts()
    return SyncState(
        url is not None,
        counts["waiting"],
        counts["sent"],
        None if last is None else str(last),
        waiting(book.store),
    )


def sync_problem(exc: BaseException) -> str:
    """A failed round, in the words of the person at the screen."""
    if isinstance(exc, SyncError):
        texts = {
            SyncErrorKind.NETWORK: translate(
                "SyncStatus",
                "No connection to the server. Your work is kept here; try again later.",
            ),
            SyncErrorKind.SERVER: translate(
                "SyncStatus", "The server has a problem. Your work is kept here; try again later."
            ),
            SyncErrorKind.PROTOCOL: translate(
                "SyncStatus", "The server needs an update before this laptop can sync."
            ),
            SyncErrorKind.REVOKED: translate(
                "SyncStatus",
                "This laptop was removed from the team and can no longer sync. Ask your supervisor.",
            ),
            SyncErrorKind.AUTH: translate(
                "SyncStatus", "The server does not recognise this laptop. Ask your supervisor."
            ),
        }
        return texts.get(
            exc.kind,
            translate("SyncStatus", "Some data could not be synced: %1").replace("%1", str(exc)),
        )
    return describe_error(exc)


class SyncPanel(QWidget):
    synced = Signal(object)  # the SyncReport of a finished round (the verification report shows it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks: CaseTasks | None = None
        self.state: SyncState | None = None
        self.syncing = False
        # one line in every script (the status bar's height): cut short with "…" where the bar
        # ends, the whole sentence in its tooltip
        self.status = ElidedLabel()
        self.problem = QLabel()
        self.problem.setObjectName("error")
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.waiting_line = False  # the problem line says laptops wait for approval here
        self.sync_button = QPushButton()
        self.sync_button.clicked.connect(self.sync_now)
        self.enrol_button = QPushButton()  # a laptop not enrolled yet
        self.enrol_button.clicked.connect(self.open_enrolment)
        self.enrol_dialog: QDialog | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.problem)
        layout.addWidget(self.status, 1)
        layout.addWidget(self.sync_button)
        layout.addWidget(self.enrol_button)
        self.offline = False  # the last automatic try found no server
        # Automatic sync: soon after login, then every few minutes, a round starts by itself when
        # the server answers a quick probe (no connection: nothing is said but "offline").
        self.auto_timer = QTimer(self)
        self.auto_timer.setSingleShot(True)
        self.auto_timer.timeout.connect(self.sync_if_reachable)
        self.retranslate()
        self.attach(None)

    def attach(self, tasks: CaseTasks | None) -> None:
        """Show the sync state of the logged-in user's laptop, or (None, at lock) nothing."""
        self.tasks = tasks
        self.state = None
        self.syncing = False
        self.offline = False
        self.problem.clear()
        self.waiting_line = False
        self.status.clear()
        self.setVisible(tasks is not None and tasks.can(Permission.EDIT_CASES))
        self.sync_button.hide()
        self.enrol_button.hide()
        if tasks is None and self.enrol_dialog is not None:  # a lock closes it
            self.enrol_dialog.reject()
            self.enrol_dialog = None
        self.auto_timer.stop()
        if tasks is not None and tasks.can(Permission.EDIT_CASES):
            self.auto_timer.start(AUTO_FIRST_MS)
        self.refresh()

    def sync_if_reachable(self) -> None:
        """The automatic round: probe the server, then sync; try again after ``AUTO_EVERY_MS``."""
        from app.team.synchronise import Synchroniser

        tasks = self.tasks
        if tasks is not None and self.state is None:  # the panel's first read is still queued
            self.auto_timer.start(AUTO_FIRST_MS)  # behind the login's work: ask again soon
            return
        self.auto_timer.start(AUTO_EVERY_MS)
        if tasks is None or self.syncing or self.state is None or not self.state.enrolled:
            return

        def round_(book: CaseBook) -> SyncReport | None:
            synchroniser = Synchroniser(book)
            return synchroniser.sync() if synchroniser.reachable() else None

        self._begin()
        tasks.write_apart(round_, self._auto_done, self._failed)

    def _auto_done(self, report: SyncReport | None) -> None:
        if report is None:
            self._finish()
            self.offline = True
            self.problem.clear()
            self.retranslate()
            return
        self._synced(report)

    def cases_changed(self, _case_id: str) -> None:
        self.refresh()

    def refresh(self) -> None:
        tasks = self.tasks
        if tasks is None or not tasks.can(Permission.EDIT_CASES) or self.syncing:
            return
        tasks.read(read_state, self._show, lambda exc: self.problem.setText(describe_error(exc)))

    def _show(self, state: SyncState) -> None:
        self.state = state
        self.retranslate()

    def open_enrolment(self) -> None:
        from app.ui.enrol_dialog import EnrolDialog

        if self.tasks is None:
            return
        dialog = EnrolDialog(self.tasks, self.window())
        dialog.finished.connect(lambda _: self.refresh())
        self.enrol_dialog = dialog
        dialog.open()

    def retranslate(self) -> None:
        self.sync_button.setText(self.tr("Sync now"))
        self.enrol_button.setText(self.tr("Enrol with a server…"))
        state = self.state
        if self.syncing:
            self.status.setText(self.tr("Syncing…"))
            return
        if state is None:
            return
        parts = [
            self.tr("Waiting to be sent: %1").replace("%1", QLocale().toString(state.waiting)),
            self.tr("Sent: %1").replace("%1", QLocale().toString(state.sent)),
        ]
        if not state.enrolled:
            parts.append(self.tr("This laptop is not enrolled with a sync server."))
        elif state.last_sync:
            parts.append(self.tr("Last sync: %1").replace("%1", moment_text(state.last_sync)))
        else:
            parts.append(self.tr("Never synced yet."))
        if state.refused_waiting:
            parts.append(
                self.tr("Received items to fetch again: %1").replace(
                    "%1", QLocale().toString(state.refused_waiting)
                )
            )
        if self.offline and state.enrolled:
            parts.append(self.tr("Offline: syncs by itself when the server can be reached."))
        self.status.setText(" · ".join(parts))
        self.sync_button.setVisible(state.enrolled)
        self.enrol_button.setVisible(not state.enrolled)

    def sync_now(self) -> None:
        from app.team.synchronise import Synchroniser

        tasks = self.tasks
        if tasks is None or self.syncing:
            return
        self._begin()
        # On its own connection, off the database thread; notifying "" afterwards refreshes
        # every screen, this panel included.
        tasks.write_apart(lambda book: Synchroniser(book).sync(), self._synced, self._failed)

    def _begin(self) -> None:
        self.syncing = True
        self.problem.clear()
        self.waiting_line = False
        self.sync_button.setEnabled(False)
        self.retranslate()

    def _finish(self) -> None:
        self.syncing = False
        self.sync_button.setEnabled(True)

    def _synced(self, report: SyncReport) -> None:
        self._finish()
        self.offline = False
        self.synced.emit(report)
        if report.waiting_for_approval:
            self.problem.setText(
                self.tr("Waiting for a supervisor to approve this laptop on the server.")
            )
        elif report.push_refused:
            self.problem.setText(
                self.tr("Refused by the server and kept aside: %1").replace(
                    "%1", QLocale().toString(len(report.push_refused))
                )
            )
        elif report.refused_waiting:  # nothing is lost: app/team/pull_refetch.py fetches them again
            self.problem.setText(
                self.tr(
                    "Received items that did not check out: %1. They are fetched again at each "
                    "sync until a good copy arrives."
                ).replace("%1", QLocale().toString(report.refused_waiting))
            )
        elif report.waiting_for_your_approval:  # a supervisor's laptop: they get no team key yet
            self.waiting_for_your_approval(len(report.waiting_for_your_approval), after_sync=True)
        self.retranslate()

    def waiting_for_your_approval(self, count: int, *, after_sync: bool = False) -> None:
        """How many laptops wait for this supervisor's approval: said after a round, and
        followed as she approves them (Workspace › Approve laptops…), gone when none waits."""
        if not (after_sync or self.waiting_line):
            return  # the line says something else (or nothing): leave it
        self.waiting_line = count > 0
        if count:
            self.problem.setText(
                self.tr(
                    "Laptops waiting for your approval: %1 (Workspace › Approve laptops…)"
                ).replace("%1", QLocale().toString(count))
            )
        else:
            self.problem.clear()

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        self.waiting_line = False
        self.problem.setText(sync_problem(exc))
        self.refresh()
