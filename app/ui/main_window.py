"""The main window: the screens after login, and the actions every user has (lock, switch user)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from app.roles import Role


class HomeWidget(QWidget):
    """The home screen. The case list and follow-ups panel arrive with the cases work."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.greeting = QLabel()
        self.greeting.setObjectName("title")
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.greeting)
        layout.addWidget(self.empty)
        layout.addStretch(1)
        self.user = ""
        self.role = Role.SOCIAL_WORKER

    def show_user(self, user: str, role: Role) -> None:
        self.user, self.role = user, role
        self.retranslate()

    def retranslate(self) -> None:
        self.greeting.setText(self.tr("Hello, %1").replace("%1", self.user))
        self.empty.setText(
            self.tr("No cases yet. New cases appear here once an intake is finished.")
        )


class MainWindow(QMainWindow):
    lock_requested = Signal()
    switch_user_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.home = HomeWidget()
        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock_requested)
        self.switch_action = QAction(self)
        self.switch_action.triggered.connect(self.switch_user_requested)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.workspace_menu = self.menuBar().addMenu("")
        self.workspace_menu.addAction(self.lock_action)
        self.workspace_menu.addAction(self.switch_action)
        self.workspace_menu.addSeparator()
        self.workspace_menu.addAction(self.quit_action)
        self.addAction(self.lock_action)
        self.status_user = QLabel()
        self.statusBar().addPermanentWidget(self.status_user)
        self.resize(1000, 700)
        self.retranslate()

    def show_screen(self, widget: QWidget) -> None:
        if self.stack.indexOf(widget) < 0:
            self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        logged_in = widget is self.home
        self.lock_action.setEnabled(logged_in)
        self.switch_action.setEnabled(logged_in)
        self.menuBar().setVisible(logged_in)

    def set_user(self, user: str | None, role: Role | None) -> None:
        if user is None or role is None:
            self.status_user.clear()
            return
        self.home.show_user(user, role)
        self.status_user.setText(f"{user} · {role_name(role)}")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("fieldcase"))
        self.workspace_menu.setTitle(self.tr("&Workspace"))
        self.lock_action.setText(self.tr("&Lock"))
        self.switch_action.setText(self.tr("&Switch user"))
        self.quit_action.setText(self.tr("&Quit"))
        self.home.retranslate()


def role_name(role: Role) -> str:
    from PySide6.QtCore import QCoreApplication

    names = {
        Role.SUPERVISOR: QCoreApplication.translate("Role", "supervisor"),
        Role.SOCIAL_WORKER: QCoreApplication.translate("Role", "social worker"),
        Role.INTERPRETER: QCoreApplication.translate("Role", "interpreter"),
    }
    return names[role]
