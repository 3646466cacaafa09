"""First run: create the workspace, then show the recovery code once.

The folder the workspace goes in is shown on the form and checked as soon as it is chosen (or
typed), and when the form first appears: a folder that is not empty, already a workspace, not a
folder, or where nothing can be written is named right there, and "Create workspace" waits until
another is chosen. Nothing typed in the form is lost meanwhile.

Creating takes a few seconds (two Argon2id derivations, then the encrypted database): it runs on
the database thread (``DesktopApp._create``), and the form shows a busy bar and the step under way
(``step_reached`` is emitted from that thread; Qt queues it to this one). The window stays
responsive; the fields wait, disabled, until the workspace exists or the creation failed.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.i18n import LANGUAGES

META = "workspace.json"  # app.workspace.folder.META (that module loads with the app anyway)


def folder_problem(path: Path) -> str | None:
    """Why a new workspace cannot be made in ``path``: ``"workspace"`` (one is there already),
    ``"not_empty"``, ``"not_folder"``, ``"not_writable"`` or ``"relative"``; ``None`` when it can
    (an empty folder, or one that does not exist yet under a folder this user may write in)."""
    if not path.is_absolute():
        return "relative"
    if path.exists():
        if not path.is_dir():
            return "not_folder"
        if (path / META).exists():
            return "workspace"
        try:
            if any(path.iterdir()):
                return "not_empty"
        except OSError:
            return "not_writable"
        return None if os.access(path, os.W_OK | os.X_OK) else "not_writable"
    parent = path.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir():
        return "not_folder"
    return None if os.access(parent, os.W_OK | os.X_OK) else "not_writable"


class FirstRunWidget(QWidget):
    """Asks for the workspace's folder and the first supervisor's name and password;
    ``create_requested`` carries them (folder, name, password)."""

    create_requested = Signal(str, str, str)
    language_changed = Signal(str)
    finished = Signal()
    step_reached = Signal(str)  # "key", "recovery", "database", "finish": from any thread

    def __init__(self, language: str, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = ""
        self.creating = False
        self.step_reached.connect(self.show_step)
        self.pages = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        # page 1: who is the first supervisor
        form_page = QWidget()
        self.title = QLabel()
        self.title.setObjectName("title")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.currentIndexChanged.connect(
            lambda _: self.language_changed.emit(self.language.currentData())
        )
        self.folder = QLineEdit(str(folder))
        self.folder.textChanged.connect(self.check_folder)
        self.choose_button = QPushButton()
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self._choose_folder)
        folder_field = QWidget()
        folder_row = QHBoxLayout(folder_field)
        folder_row.setContentsMargins(0, 0, 0, 0)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_button)
        self.folder_error = QLabel()
        self.folder_error.setObjectName("error")
        self.folder_error.setWordWrap(True)
        self.folder_error.hide()
        self.user_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.create_button = QPushButton()
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self._create)
        self.password_again.returnPressed.connect(self._create)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        fields = (self.language, folder_field, self.user_name, self.password, self.password_again)
        self.labels = [QLabel() for _ in fields]
        for label, field in zip(self.labels, fields, strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
            if field is folder_field:
                self.form.addRow("", self.folder_error)
        self.labels[1].setBuddy(self.folder)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the steps take unknown time
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.step_label = QLabel()
        self.step_label.setWordWrap(True)
        self.step_label.hide()
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.progress)
        busy_row.addWidget(self.step_label, 1)
        page1 = QVBoxLayout(form_page)
        page1.addWidget(self.title)
        page1.addWidget(self.intro)
        page1.addLayout(self.form)
        page1.addWidget(self.error)
        page1.addLayout(busy_row)
        page1.addWidget(self.create_button, alignment=Qt.AlignmentFlag.AlignRight)
        page1.addStretch(1)
        self.pages.addWidget(form_page)

        # page 2: the recovery code, once
        code_page = QWidget()
        self.code_title = QLabel()
        self.code_title.setObjectName("title")
        self.code_intro = QLabel()
        self.code_intro.setWordWrap(True)
        self.code = QLabel()
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.6)
        mono.setWeight(QFont.Weight.Bold)
        self.code.setFont(mono)
        self.written_down = QCheckBox()
        self.continue_button = QPushButton()
        self.continue_button.setEnabled(False)
        self.written_down.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._finish)
        page2 = QVBoxLayout(code_page)
        page2.addWidget(self.code_title)
        page2.addWidget(self.code_intro)
        page2.addWidget(self.code, alignment=Qt.AlignmentFlag.AlignCenter)
        page2.addWidget(self.written_down)
        page2.addWidget(self.continue_button, alignment=Qt.AlignmentFlag.AlignRight)
        page2.addStretch(1)
        self.pages.addWidget(code_page)
        self.retranslate()
        self.check_folder()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome to fieldcase"))
        self.intro.setText(
            self.tr(
                "Everything you record is kept encrypted on this laptop. Create the workspace "
                "now: you will be its first supervisor and can add your colleagues later."
            )
        )
        labels = [
            self.tr("Language"),
            self.tr("Folder"),
            self.tr("Your name"),
            self.tr("Password"),
            self.tr("Password again"),
        ]
        for label, text in zip(self.labels, labels, strict=True):
            label.setText(text)
        self.choose_button.setText(self.tr("C&hoose…"))
        self.check_folder()
        self.show_step(self.step)
        self.create_button.setText(self.tr("Create workspace"))
        self.code_title.setText(self.tr("Your recovery code"))
        self.code_intro.setText(
            self.tr(
                "If every password is forgotten, this code is the only way back into the "
                "workspace. Write it on paper now and keep it somewhere safe, away from the "
                "laptop. It will not be shown again."
            )
        )
        self.written_down.setText(self.tr("I have written down the recovery code"))
        self.continue_button.setText(self.tr("Continue"))

    def chosen_folder(self) -> Path:
        return Path(os.path.expanduser(self.folder.text().strip()))

    def check_folder(self) -> bool:
        """Says at once what is wrong with the folder chosen, if anything; ``True`` when fine."""
        text = self.folder.text().strip()
        problem = folder_problem(self.chosen_folder()) if text else "relative"
        messages = {
            "workspace": self.tr(
                "This folder already holds a fieldcase workspace. Choose another folder."
            ),
            "not_empty": self.tr(
                "This folder is not empty. Choose an empty folder, or type the name of a new one."
            ),
            "not_folder": self.tr("This is a file, not a folder. Choose a folder."),
            "not_writable": self.tr(
                "fieldcase cannot write in this folder. Choose a folder of your own."
            ),
            "relative": self.tr("Choose a folder, or type its full path."),
        }
        message = messages.get(problem, "") if problem else ""
        self.folder_error.setText(message)
        self.folder_error.setVisible(bool(message))
        self.create_button.setEnabled(not message and not self.creating)
        return not message

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the workspace"), str(self.chosen_folder().parent)
        )
        if chosen:
            self.folder.setText(chosen)  # checked at once (textChanged)

    def _create(self) -> None:
        if self.creating or not self.check_folder():
            return
        name = self.user_name.text().strip()
        if not name:
            self.show_error(self.tr("Please enter your name."))
            return
        if len(self.password.text()) < 8:
            self.show_error(self.tr("The password needs at least 8 characters."))
            return
        if self.password.text() != self.password_again.text():
            self.show_error(self.tr("The two passwords are not the same."))
            return
        self.error.clear()
        self._set_creating(True)
        self.create_requested.emit(str(self.chosen_folder()), name, self.password.text())

    def _set_creating(self, on: bool) -> None:
        self.creating = on
        for widget in (
            self.folder,
            self.choose_button,
            self.user_name,
            self.password,
            self.password_again,
        ):
            widget.setEnabled(not on)
        self.progress.setVisible(on)
        self.step_label.setVisible(on)
        if not on:
            self.step = ""
        self.show_step(self.step)
        self.create_button.setEnabled(not on)

    def show_step(self, step: str) -> None:
        """The step of the creation under way, in words (``step_reached`` lands here)."""
        self.step = step
        texts = {
            "key": self.tr("Deriving the key from your password…"),
            "recovery": self.tr("Protecting the workspace with the recovery code…"),
            "database": self.tr("Creating the encrypted database…"),
            "finish": self.tr("Finishing…"),
        }
        self.step_label.setText(texts.get(step, self.tr("Preparing…")))

    def show_error(self, message: str) -> None:
        self._set_creating(False)
        self.error.setText(message)
        self.check_folder()

    def show_recovery_code(self, code: str) -> None:
        self._set_creating(False)
        self.password.clear()
        self.password_again.clear()
        self.code.setText(code)
        self.pages.setCurrentIndex(1)

    def _finish(self) -> None:
        self.code.clear()
        self.finished.emit()
