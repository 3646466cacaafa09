"""Help → "Install update…", Help → "Go back to version X…", and the status bar line that says
the team's server has a newer one.

Supervisors and social workers see the menu item (an interpreter does not install software on a
shared laptop). The line in the status bar appears after a sync round (or at login) only when the
announcement the server sent verifies against the release keys shipped in this program and names
a version newer than the running one (app/system/releases/install.py ``newer_announced``): a
server cannot make this laptop announce a release that is unsigned or older. The line is one line
in every language (app/ui/elided_label.py): shortened with "…" where the window is too narrow,
the whole sentence in its tooltip.

"Go back to version X…" appears when the install holds an earlier version than the one that
starts next (app/system/releases/install.py ``previous_version``: the version an update replaced,
kept until the next update); it asks first, naming both versions, then points the install back.

Cheap to import: the dialog (app/ui/update_dialog.py) and the release code load when first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QMessageBox

from app.ui.elided_label import ElidedLabel
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
        self.rollback_action = QAction(self)
        self.rollback_action.triggered.connect(self.ask_rollback)
        self.menu.addAction(self.rollback_action)
        self.menu.aboutToShow.connect(self._offer_rollback)
        self.previous: str | None = None  # the installed version a rollback goes back to
        self.confirm: QMessageBox | None = None
        self.news = ElidedLabel()
        self.news.setObjectName("update_news")
        window.statusBar().addPermanentWidget(self.news, 1)
        self.attach(None)
        self.retranslate()

    def attach(self, tasks: CaseTasks | None) -> None:
        """The logged-in user's cases (None at lock): who may install, and the server's news."""
        self.tasks = tasks
        self.offer = None
        allowed = tasks is not None and tasks.role in INSTALLERS
        self.menu.menuAction().setVisible(allowed)
        self.install_action.setVisible(allowed)
        self._offer_rollback()
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

    def _offer_rollback(self) -> None:
        """Help shows "Go back to version X…" when this install holds an earlier version than
        the one that starts next (a few file look-ups, when the menu opens)."""
        self.previous = None
        if self.tasks is not None and self.tasks.role in INSTALLERS:
            # imported here, not above: at the login window nobody may install, and the release
            # code (cryptography) loads after the login (tests/ui/test_cold_start.py)
            from app.system.releases.install import NotAnInstall, install_root, previous_version

            try:
                self.previous = previous_version(install_root())
            except NotAnInstall:
                pass
        self.rollback_action.setVisible(self.previous is not None)
        self.retranslate()

    def ask_rollback(self) -> None:
        from app.system.releases.install import current, install_root

        previous = self.previous
        if previous is None or self.tasks is None or self.tasks.role not in INSTALLERS:
            return
        now = current(install_root()) or ""
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Go back to an earlier version"))
        box.setText(self.tr("Go back to fieldcase %1?").replace("%1", previous))
        box.setInformativeText(
            self.tr(
                "fieldcase %1 will start the next time fieldcase is opened, instead of %2. "
                "Version %2 stays installed."
            )
            .replace("%1", previous)
            .replace("%2", now)
        )
        go = box.addButton(self.tr("&Go back to %1").replace("%1", previous),
                           QMessageBox.ButtonRole.AcceptRole)  # fmt: skip
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.finished.connect(lambda _: self._rollback_answered(box, box.clickedButton() is go))
        self.confirm = box
        box.open()

    def _rollback_answered(self, box: QMessageBox, yes: bool) -> None:
        from app.system.releases.install import install_root, roll_back
        from app.system.releases.manifest import ReleaseRefused

        self.confirm = None
        box.deleteLater()
        previous = self.previous
        if not yes or previous is None:
            return
        try:
            roll_back(install_root(), previous)
        except (ReleaseRefused, OSError) as exc:
            from app.ui.error_text import describe_error

            QMessageBox.warning(self.window, self.tr("Go back to an earlier version"),
                                describe_error(exc))  # fmt: skip
            return
        self.window.statusBar().showMessage(
            self.tr("fieldcase %1 starts the next time fieldcase is opened.").replace(
                "%1", previous
            )
        )
        self._offer_rollback()

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
        if self.previous is not None:
            self.rollback_action.setText(
                self.tr("Go &back to version %1…").replace("%1", self.previous)
            )
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
