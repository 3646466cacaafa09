"""Help → "Install update…", and the status bar line that says the team's server has a newer one.

Supervisors and social workers see the menu item (an interpreter does not install software on a
shared laptop). The line in the status bar appears after a sync round (or at login) only when the
announcement the server sent verifies against the release keys shipped in this program and names
a version newer than the running one (app/system/releases/install.py ``newer_announced``): a
server cannot make this laptop announce a release that is unsigned or older.

Cheap to import: the dialog (app/ui/update_dialog.py) and the release code load when first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QMenu

from app.workspace.roles import Role

if TYPE_CHECKING:
    from app.system.releases.manifest import Release
    from app.ui.case_table import CaseTasks
    from app.ui.tasks import TaskRunner

INSTALLERS = (Role.SUPERVISOR, Role.SOCIAL_WORKER)


class Updates(QObject):
    def __init__(self, runner: TaskRunner, window: QMainWindow) -> None:
        super().__init__(window)
        self.runner = runner
        self.window = window
        self.tasks: CaseTasks | None = None
        self.offer: Release | None = None  # a verified, newer release the server announces
        self.dialog: QDialog | None = None
        self.menu: QMenu = window.menuBar().addMenu("")
        self.install_action = QAction(self)
        self.install_action.triggered.connect(self.open_dialog)
        self.menu.addAction(self.install_action)
        self.news = QLabel()
        self.news.setObjectName("update_news")
        self.news.setWordWrap(True)
        window.statusBar().addPermanentWidget(self.news)
        self.attach(None)
        self.retranslate()

    def attach(self, tasks: CaseTasks | None) -> None:
        """The logged-in user's cases (None at lock): who may install, and the server's news."""
        self.tasks = tasks
        self.offer = None
        allowed = tasks is not None and tasks.role in INSTALLERS
        self.menu.menuAction().setVisible(allowed)
        self.install_action.setVisible(allowed)
        if tasks is None and self.dialog is not None:
            self.dialog.reject()
            self.dialog = None
        self.news.hide()
        if allowed:
            self.check_news()

    def check_news(self, *_: object) -> None:
        """Read what the server announced at the last sync and show it if it verifies."""
        tasks = self.tasks
        if tasks is None or tasks.role not in INSTALLERS:
            return
        from app.team.release_news import announced

        tasks.read(lambda book: announced(book.store), self._announced, lambda _: None)

    def _announced(self, announcements: list[dict[str, str]]) -> None:
        from app.system.releases.install import newer_announced, running_version
        from app.system.releases.trust import shipped_keys

        self.offer = newer_announced(
            announcements, running=running_version(), trusted=shipped_keys()
        )
        self.retranslate()

    def open_dialog(self) -> None:
        if self.tasks is None or self.tasks.role not in INSTALLERS:
            return
        from app.ui.update_dialog import UpdateDialog

        if self.dialog is not None:
            self.dialog.reject()
        dialog = UpdateDialog(self.runner, self.tasks, self.offer, self.window)
        self.dialog = dialog
        dialog.finished.connect(lambda _: self._forget(dialog))
        dialog.show()

    def _forget(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Help"))
        self.install_action.setText(self.tr("Install &update…"))
        if self.offer is not None:
            self.news.setText(
                self.tr("A newer version %1 is available from your team's server.").replace(
                    "%1", self.offer.version
                )
            )
        self.news.setVisible(self.offer is not None)
        retranslate = getattr(self.dialog, "retranslate", None)
        if retranslate is not None:
            retranslate()
