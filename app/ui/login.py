"""The login screen, also the lock screen: users of this workspace, password, language.

The user is chosen from the list of the workspace's users, or, when a supervisor turned on "Ask
users to type their name at login" (app/workspace/login_screen.py), typed: then no name is shown
to whoever holds the laptop, not even the last one who logged in. A typed name that is not a
user's takes the same path as a wrong password (the same call, the same Argon2id cost, the same
message), so the screen never tells whether a name exists. A typed name matches a user's whatever
its letter case (``sokha`` logs in Sokha).

It is the first window of a cold start, so it is laid out without the ``Qt`` namespace (rows with
stretches instead of alignment flags): PySide builds that namespace's 93 enums on first use, about
20 ms before the window could appear.
"""

from __future__ import annotations

import unicodedata

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

    def __init__(
        self,
        users: list[str],
        language: str,
        parent: QWidget | None = None,
        *,
        ask_name: bool = False,
    ) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("title")
        self.known: list[str] = []  # never shown when the name is asked for
        self.asks_name = False
        self.user = QComboBox()  # the list of users
        self.user_name = QLineEdit()  # or the name, typed
        self.user_name.returnPressed.connect(self._name_entered)
        user_field = QWidget()
        user_row = QHBoxLayout(user_field)
        user_row.setContentsMargins(0, 0, 0, 0)
        user_row.addWidget(self.user, 1)
        user_row.addWidget(self.user_name, 1)
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
            self.labels, (user_field, self.password, self.language), strict=True
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
        self.set_users(users, ask_name)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("fieldcase is locked"))
        texts = [self.tr("&User"), self.tr("&Password"), self.tr("L&anguage")]
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.user_name.setPlaceholderText(self.tr("Type your user name"))
        self.login_button.setText(self.tr("Log in"))
        self.wipe_button.setText(self.tr("Emergency wipe…"))

    def set_users(self, users: list[str], ask_name: bool) -> None:
        """The workspace's users, listed, or (``ask_name``) an empty field to type one's name.
        Called again at each lock: a listed user stays chosen, a typed name is cleared."""
        self.known = list(users)
        self.asks_name = ask_name
        current = self.user.currentText()
        self.user.clear()
        self.user_name.clear()
        if not ask_name:
            self.user.addItems(users)
            if current in users:
                self.user.setCurrentText(current)
        self.user.setVisible(not ask_name)
        self.user_name.setVisible(ask_name)
        self.labels[0].setBuddy(self.user_name if ask_name else self.user)

    def focus_first(self) -> None:
        """Where a person starts typing: the name when it is asked for, else the password."""
        if self.asks_name and not self.user_name.text():
            self.user_name.setFocus()
        else:
            self.password.setFocus()

    def chosen_user(self) -> str:
        """The user chosen in the list, or the name typed: matched to a user's name whatever its
        letter case; a name no user has is passed on as typed (and fails like a wrong password)."""
        if not self.asks_name:
            return self.user.currentText()
        typed = unicodedata.normalize("NFC", self.user_name.text()).strip()
        matches = [name for name in self.known if _same_name(name, typed)]
        return matches[0] if len(matches) == 1 else typed

    def _name_entered(self) -> None:
        if self.password.text():
            self._login()
        else:
            self.password.setFocus()

    def _login(self) -> None:
        if self.asks_name and not self.user_name.text().strip():
            self.user_name.setFocus()
            return
        if not self.password.text():
            return
        self.login_button.setEnabled(False)
        self.error.clear()
        self.login_requested.emit(self.chosen_user(), self.password.text())

    def failed(self, message: str) -> None:
        self.password.clear()
        self.password.setFocus()
        self.error.setText(message)
        self.login_button.setEnabled(True)

    def reset(self) -> None:
        self.password.clear()
        self.error.clear()
        self.login_button.setEnabled(True)
        self.focus_first()


def _same_name(name: str, typed: str) -> bool:
    return unicodedata.normalize("NFC", name).casefold() == typed.casefold()


def _row(*items: QWidget | None) -> QHBoxLayout:
    """A row of widgets, ``None`` standing for a stretch."""
    row = QHBoxLayout()
    for item in items:
        if item is None:
            row.addStretch(1)
        else:
            row.addWidget(item)
    return row
