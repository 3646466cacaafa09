"""Emergency wipe: erase this workspace from the laptop, in two calm, unambiguous steps.

1. The person names themself (from the lock screen) and types their password; the workspace is
   opened on the database thread, which proves the password and counts what only this laptop
   holds (``unsynced_count``). Only a role that may wipe (supervisors and social workers, not
   interpreters: docs/security.md) goes on; the core refuses the others too.
2. The dialog says what will be lost and asks once more; only the confirm button wipes
   (``emergency_wipe``). Stepping back locks the session opened for the count.

``on_wiped`` is called after the folder is gone, even if the dialog was closed meanwhile; the app
then shows the first-run screen.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.errors import PermissionDenied
from app.ui.error_text import describe_error
from app.workspace.roles import Permission

if TYPE_CHECKING:
    from app.ui.tasks import TaskRunner
    from app.workspace.session import Session


class WipeDialog(QDialog):
    def __init__(
        self,
        runner: TaskRunner,
        workspace_path: Path,
        users: list[str],
        on_wiped: Callable[[], None],
        user: str | None = None,
        before_wipe: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``users`` to choose from (lock screen), or the one ``user`` logged in (main window).
        ``before_wipe`` runs on the database thread just before the wipe (the app's own session
        is closed there, so nothing writes to the workspace while it is erased)."""
        super().__init__(parent)
        self.runner = runner
        self.workspace_path = workspace_path
        self.before_wipe = before_wipe
        self.on_wiped = on_wiped
        self.session: Session | None = None
        self.unsynced = 0
        self.busy = False

        self.pages = QStackedWidget()
        ask = QWidget()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.user = QComboBox()
        self.user.addItems([user] if user else users)
        self.user.setEnabled(user is None)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.check_password)
        self.labels = [QLabel(), QLabel()]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.user, self.password), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        self.continue_button = QPushButton()
        self.continue_button.clicked.connect(self.check_password)
        ask_layout = QVBoxLayout(ask)
        ask_layout.addWidget(self.intro)
        ask_layout.addLayout(form)
        ask_layout.addStretch(1)

        confirm = QWidget()
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.wipe_button = QPushButton()
        self.wipe_button.setAutoDefault(False)  # Enter never wipes: a click or Space does
        self.wipe_button.clicked.connect(self.wipe)
        confirm_layout = QVBoxLayout(confirm)
        confirm_layout.addWidget(self.warning)
        confirm_layout.addStretch(1)
        self.pages.addWidget(ask)
        self.pages.addWidget(confirm)

        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.cancel_button = QPushButton()
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.continue_button)
        buttons.addWidget(self.wipe_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.resize(520, 300)
        self.retranslate()
        self._show_page(0)
        self.password.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Emergency wipe"))
        self.intro.setText(
            self.tr(
                "An emergency wipe erases this workspace from this laptop for good: every case,"
                " form and password on it. Work already synced stays safe on the server."
                " To continue, a supervisor or a social worker types their password."
            )
        )
        self.labels[0].setText(self.tr("&User"))
        self.labels[1].setText(self.tr("&Password"))
        self.continue_button.setText(self.tr("Continue"))
        self.wipe_button.setText(self.tr("Erase this workspace"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._show_warning()

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.continue_button.setVisible(index == 0)
        self.continue_button.setDefault(index == 0)
        self.wipe_button.setVisible(index == 1)

    def _show_warning(self) -> None:
        text = self.tr(
            "The workspace will be erased from this laptop now. It cannot be undone, and no"
            " password or recovery code will open it again."
        )
        text += "\n\n" + self.tr(
            "Drafts and records not yet sent to the server, which will be lost: %1"
        ).replace("%1", QLocale().toString(self.unsynced))
        self.warning.setText(text)

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """``work`` runs on the database thread and must not touch widgets."""
        self.busy = True
        self.error.clear()
        self.continue_button.setEnabled(False)
        self.wipe_button.setEnabled(False)

        def finish() -> None:
            self.busy = False
            self.continue_button.setEnabled(True)
            self.wipe_button.setEnabled(True)

        def succeeded(result: Any) -> None:
            if isValid(self):
                finish()
            done(result)

        def failed(exc: BaseException) -> None:
            if not isValid(self):  # closed meanwhile
                return
            finish()
            self.password.clear()
            if isinstance(exc, PermissionDenied):
                self.error.setText(
                    self.tr(
                        "Only a supervisor or a social worker may wipe this workspace. Ask one of"
                        " them to type their own password here."
                    )
                )
            else:
                self.error.setText(describe_error(exc))

        self.runner.run_database(work, succeeded, failed)

    # -- the two steps ----------------------------------------------------------------------------

    def check_password(self) -> None:
        from app.workspace.folder import Workspace
        from app.workspace.wipe import unsynced_count

        if self.busy or not self.password.text():
            return
        path, user, password = self.workspace_path, self.user.currentText(), self.password.text()
        self.password.clear()

        def open_and_count() -> tuple[Session, int]:
            session = Workspace.at(path).login(user, password)
            if not session.can(Permission.WIPE):  # the core refuses it too (emergency_wipe)
                session.lock()
                raise PermissionDenied(f"a {session.role.value} may not wipe the workspace")
            return session, unsynced_count(session)

        def opened(result: tuple[Session, int]) -> None:
            if not isValid(self):  # closed meanwhile: the session opened for the count closes
                self.runner.run_database(result[0].lock, lambda _: None, lambda _: None)
                return
            self.session, self.unsynced = result
            self._show_warning()
            self._show_page(1)

        self._run(open_and_count, opened)

    def wipe(self) -> None:
        from app.workspace.wipe import emergency_wipe

        session = self.session
        if self.busy or session is None:
            return
        before = self.before_wipe

        def erase() -> object:
            if before is not None:
                before()
            return emergency_wipe(session)

        on_wiped = self.on_wiped

        def done(_: object) -> None:
            if isValid(self):
                self.session = None
                self.busy = False
                self.accept()
            on_wiped()

        self._run(erase, done)

    def reject(self) -> None:
        if self.busy:
            return
        session, self.session = self.session, None
        if session is not None:  # stepping back: the session opened for the count is closed
            self.runner.run_database(session.lock, lambda _: None, lambda _: None)
        super().reject()
