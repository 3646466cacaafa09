"""Workspace settings, for supervisors: the largest photo or scan a form may keep, and whether the
login screen lists the users or asks them to type their name.

The setting is read and changed through ``app.workspace.settings`` on the database thread; the
core checks the role again and writes the audit row, so this dialog only asks and shows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.ui.error_text import describe_error
from app.ui.question_widgets import ClickLabel
from app.workspace import settings as workspace_settings

if TYPE_CHECKING:
    from app.ui.tasks import TaskRunner
    from app.workspace.session import Session
    from app.workspace.settings import WorkspaceSettings


class WorkspaceSettingsDialog(QDialog):
    def __init__(self, runner: TaskRunner, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.session = session
        self.settings: WorkspaceSettings | None = None
        self.busy = False

        self.attachments_box = QGroupBox()
        self.limit = QDoubleSpinBox()
        self.limit.setRange(workspace_settings.MIN_MB, workspace_settings.MAX_MB)
        self.limit.setDecimals(0)
        self.limit.setSingleStep(1)
        self.limit.setEnabled(False)  # until the current value is read
        self.limit_label = QLabel()
        self.limit_label.setBuddy(self.limit)
        self.limit_note = QLabel()
        self.limit_note.setWordWrap(True)
        self.save_button = QPushButton()
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        form = QFormLayout(self.attachments_box)
        form.addRow(self.limit_label, self.limit)
        form.addRow(self.limit_note)

        self.login_box = QGroupBox()
        self.ask_name = QCheckBox()  # its words beside it wrap (a check box's own do not)
        self.ask_name.setEnabled(False)  # until the current value is read
        self.ask_name_label = ClickLabel()
        self.ask_name_label.setWordWrap(True)
        self.ask_name_label.setBuddy(self.ask_name)
        self.ask_name_label.clicked.connect(self.ask_name.click)
        self.ask_name_note = QLabel()
        self.ask_name_note.setWordWrap(True)
        ask_row = QHBoxLayout()
        ask_row.addWidget(self.ask_name, 0, Qt.AlignmentFlag.AlignTop)
        ask_row.addWidget(self.ask_name_label, 1)
        login_column = QVBoxLayout(self.login_box)
        login_column.addLayout(ask_row)
        login_column.addWidget(self.ask_name_note)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.close_button = QPushButton()
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.attachments_box)
        layout.addWidget(self.login_box)
        layout.addWidget(self.message)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setTabOrder(self.limit, self.ask_name)
        self.setTabOrder(self.ask_name, self.save_button)
        self.setTabOrder(self.save_button, self.close_button)
        self.save_button.setDefault(True)
        self.resize(600, 460)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Workspace settings"))
        self.attachments_box.setTitle(self.tr("Photos and scans"))
        self.limit_label.setText(self.tr("&Largest file a form may keep"))
        self.limit.setSuffix(self.tr(" MB"))
        self.limit_note.setText(
            self.tr(
                "Between 1 and 60 MB; 20 MB unless a supervisor changes it. Files kept before "
                "stay as they are. This setting is for this laptop's workspace only."
            )
        )
        self.login_box.setTitle(self.tr("Login screen"))
        self.ask_name_label.setText(self.tr("As&k users to type their name at login"))
        self.ask_name.setAccessibleName(self.ask_name_label.text().replace("&", ""))
        note = [  # three sentences, each translated on its own
            self.tr(
                "When this is on, the login screen shows no names: each user types their own, "
                "in any letter case. A wrong name gives the same message as a wrong password."
            ),
            self.tr(
                "When it is off, the login screen lists every user, which is quicker on a "
                "laptop shared by several workers."
            ),
            self.tr(
                "It hides the names from people at the laptop, not from someone who copies the disk."
            ),
        ]
        self.ask_name_note.setText(" ".join(note))
        self.save_button.setText(self.tr("&Save"))
        self.close_button.setText(self.tr("Close"))

    def reload(self) -> None:
        session = self.session
        self._run(lambda: workspace_settings.current(session), self._loaded)

    def _loaded(self, settings: WorkspaceSettings) -> None:
        self.settings = settings
        self.limit.setValue(settings.attachment_limit_mb)
        self.limit.setEnabled(True)
        self.ask_name.setChecked(settings.login_asks_name)
        self.ask_name.setEnabled(True)
        self.save_button.setEnabled(True)

    def save(self) -> None:
        if self.busy or self.settings is None:
            return
        session, megabytes, ask_name = self.session, self.limit.value(), self.ask_name.isChecked()
        login_changed = ask_name != self.settings.login_asks_name
        # the limit is saved when changed, or when nothing else was (Save says what holds)
        limit_saved = megabytes != self.settings.attachment_limit_mb or not login_changed

        def work() -> WorkspaceSettings:
            if limit_saved:
                workspace_settings.set_attachment_limit(session, megabytes)
            return workspace_settings.set_login_asks_name(session, ask_name)

        def saved(settings: WorkspaceSettings) -> None:
            self._loaded(settings)
            lines = []
            if limit_saved:
                lines.append(
                    self.tr("Forms can now keep files up to %1 MB.").replace(
                        "%1", f"{settings.attachment_limit_mb:g}"
                    )
                )
            if login_changed:
                lines.append(
                    self.tr("From the next login, users type their name.")
                    if settings.login_asks_name
                    else self.tr("From the next login, the login screen lists the users.")
                )
            self.message.setText("\n".join(lines))

        self.message.clear()
        self._run(work, saved)

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """``work`` runs on the database thread and must not touch widgets."""
        self.busy = True
        self.error.clear()

        def succeeded(result: Any) -> None:
            if isValid(self):  # not closed at a lock meanwhile
                self.busy = False
                done(result)

        def failed(exc: BaseException) -> None:
            if isValid(self):
                self.busy = False
                self.error.setText(describe_error(exc))

        self.runner.run_database(work, succeeded, failed)
