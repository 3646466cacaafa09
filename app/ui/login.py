"""The login screen, also the lock screen: users of this workspace, password, language.

It is the first window of a cold start, so it is laid out without the ``Qt`` namespace (rows with
stretches instead of alignment flags): PySide builds that namespace's 93 enums on first use, about
20 ms before the window could appear.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.i18n import LANGUAGES


class LoginWidget(QWidget):
    login_requested = Signal(str, str)
    language_changed = Signal(str)
    wipe_requested = Signal()

    def __init__(self, users: list[str], language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("title")
        self.user = QComboBox()
        self.user.addItems(users)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self._login)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.currentIndexChanged.connect(
            lambda _: self.language_changed.emit(self.language.currentData())
        )
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.login_button = QPushButton()
        self.login_button.setDefault(True)
        self.login_button.clicked.connect(self._login)
        self.wipe_button = QPushButton()  # discreet, out of the way of the login
        self.wipe_button.setFlat(True)
        self.wipe_button.setAutoDefault(False)
        self.wipe_button.clicked.connect(self.wipe_requested)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(3)]
        for label, field in zip(
            self.labels, (self.user, self.password, self.language), strict=True
        ):
            label.setBuddy(field)
            self.form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(_row(None, self.title, None))  # centred
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addLayout(_row(None, self.login_button))  # on the right
        layout.addStretch(2)
        layout.addLayout(_row(self.wipe_button, None))  # on the left
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("fieldcase is locked"))
        texts = [self.tr("&User"), self.tr("&Password"), self.tr("L&anguage")]
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.login_button.setText(self.tr("Log in"))
        self.wipe_button.setText(self.tr("Emergency wipe…"))

    def _login(self) -> None:
        if not self.password.text():
            return
        self.login_button.setEnabled(False)
        self.error.clear()
        self.login_requested.emit(self.user.currentText(), self.password.text())

    def failed(self, message: str) -> None:
        self.password.clear()
        self.password.setFocus()
        self.error.setText(message)
        self.login_button.setEnabled(True)

    def reset(self) -> None:
        self.password.clear()
        self.error.clear()
        self.login_button.setEnabled(True)
        self.password.setFocus()


def _row(*items: QWidget | None) -> QHBoxLayout:
    """A row of widgets, ``None`` standing for a stretch."""
    row = QHBoxLayout()
    for item in items:
        if item is None:
            row.addStretch(1)
        else:
            row.addWidget(item)
    return row
