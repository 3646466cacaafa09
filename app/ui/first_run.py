"""First run: create the workspace, then show the recovery code once."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.i18n import LANGUAGES


class FirstRunWidget(QWidget):
    """Asks for the first supervisor's name and password; ``create_requested`` carries them."""

    create_requested = Signal(str, str)
    language_changed = Signal(str)
    finished = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        fields = (self.language, self.user_name, self.password, self.password_again)
        self.labels = [QLabel() for _ in fields]
        for label, field in zip(self.labels, fields, strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        page1 = QVBoxLayout(form_page)
        page1.addWidget(self.title)
        page1.addWidget(self.intro)
        page1.addLayout(self.form)
        page1.addWidget(self.error)
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
            self.tr("Your name"),
            self.tr("Password"),
            self.tr("Password again"),
        ]
        for row, text in enumerate(labels):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            if isinstance(label, QLabel):
                label.setText(text)
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

    def _create(self) -> None:
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
        self.create_button.setEnabled(False)
        self.create_requested.emit(name, self.password.text())

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.create_button.setEnabled(True)

    def show_recovery_code(self, code: str) -> None:
        self.password.clear()
        self.password_again.clear()
        self.code.setText(code)
        self.pages.setCurrentIndex(1)

    def _finish(self) -> None:
        self.code.clear()
        self.finished.emit()
