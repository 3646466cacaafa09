"""The duress password, set by a supervisor in the users dialog.

A person forced to open the laptop types the duress password at the login screen, as if it were
theirs: the workspace is wiped at once and an empty one opens, which looks like a fresh
installation. The box says whether one is set, sets or replaces it (typed twice, never equal to a
user's password: the core refuses that), and removes it. All work runs on the database thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)
from shiboken6 import isValid

from app.ui.error_text import describe_error
from app.ui.tasks import TaskRunner
from app.workspace.session import Session


class DuressBox(QGroupBox):
    def __init__(self, runner: TaskRunner, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.session = session
        self.is_set: bool | None = None
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.set_button = QPushButton()
        self.set_button.clicked.connect(self._set)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self._remove)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.labels = [QLabel(), QLabel()]
        form = QFormLayout(self)
        form.addRow(self.explanation)
        form.addRow(self.state)
        for label, field in zip(self.labels, (self.password, self.password_again), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.set_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        form.addRow(buttons)
        form.addRow(self.message)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Duress password"))
        self.explanation.setText(
            self.tr(
                "Typed at the login screen like a normal password, the duress password erases "
                "this workspace at once and opens a look-alike in its place: the same users, "
                "roles and settings, but no cases. Work not yet synchronised is lost. Tell it "
                "only to people who may be forced to open this laptop."
            )
        )
        self.labels[0].setText(self.tr("D&uress password"))
        self.labels[1].setText(self.tr("Duress password a&gain"))
        self.set_button.setText(self.tr("Set duress password"))
        self.remove_button.setText(self.tr("Remove duress password"))
        self._show_state()

    def _show_state(self) -> None:
        if self.is_set is None:
            self.state.clear()
        elif self.is_set:
            self.state.setText(self.tr("A duress password is set on this laptop."))
        else:
            self.state.setText(self.tr("No duress password is set."))
        self.remove_button.setEnabled(bool(self.is_set))

    def reload(self) -> None:
        self._run(self.session.has_duress_password, self._loaded)

    def _loaded(self, is_set: bool) -> None:
        self.is_set = is_set
        self._show_state()

    def _set(self) -> None:
        first, second = self.password.text(), self.password_again.text()
        if not first:
            self.message.setText(self.tr("Please type the duress password twice."))
            return
        if first != second:
            self.message.setText(self.tr("The two passwords are not the same."))
            return
        self.password.clear()
        self.password_again.clear()
        session = self.session
        self.set_button.setEnabled(False)
        self.message.setText(self.tr("Setting the duress password…"))
        self._run(
            lambda: session.set_duress_password(first),
            self._done(self.tr("The duress password is set.")),
        )

    def _remove(self) -> None:
        session = self.session
        self._run(
            session.remove_duress_password,
            self._done(self.tr("The duress password was removed.")),
        )

    def _done(self, message: str) -> Callable[[Any], None]:
        def done(_: Any) -> None:
            self.message.setText(message)
            self.reload()

        return done

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        def failed(exc: BaseException) -> None:
            if not isValid(self):  # the dialog closed at a lock meanwhile
                return
            self.set_button.setEnabled(True)
            self.message.setText(describe_error(exc))

        def succeeded(result: Any) -> None:
            if not isValid(self):
                return
            self.set_button.setEnabled(True)
            done(result)

        self.runner.run_database(work, succeeded, failed)
