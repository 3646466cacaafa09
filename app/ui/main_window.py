"""The main window: the screens after login, the way between them, and the menus.

Screens never call each other: each emits what the user asked for and the window shows the next
screen. Data changes reach every screen through ``DesktopApp.cases_changed``. The form-filling
screen connects to ``new_intake_requested`` and ``new_follow_up_requested`` (case id).

The screens after login are built (and their modules imported) on first use, so the login window
of a cold start costs little more than an empty window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QWidget

from app.ui.supervisor_screens import SupervisorScreens
from app.workspace.roles import ROLE_PERMISSIONS, Permission, Role

if TYPE_CHECKING:
    from app.ui.case_table import CaseTasks
    from app.ui.case_view import CaseView
    from app.ui.conflicts import ConflictsWidget
    from app.ui.home import HomeWidget
    from app.ui.sync_status import SyncPanel


class MainWindow(QMainWindow):
    lock_requested = Signal()
    switch_user_requested = Signal()
    new_intake_requested = Signal()
    new_follow_up_requested = Signal(str)  # case id
    users_requested = Signal()
    settings_requested = Signal()
    export_requested = Signal()
    wipe_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self._screens: tuple[HomeWidget, CaseView, ConflictsWidget] | None = None
        self._sync_panel: SyncPanel | None = None
        self.lock_action = QAction(self)
        # setShortcuts with a list: PySide resolves setShortcut's overloads by building the whole
        # ``Qt`` namespace (about 20 ms), which the login window of a cold start need not wait for.
        self.lock_action.setShortcuts([QKeySequence("Ctrl+L")])
        self.lock_action.triggered.connect(self.lock_requested)
        self.switch_action = QAction(self)
        self.switch_action.triggered.connect(self.switch_user_requested)
        self.users_action = QAction(self)
        self.users_action.triggered.connect(self.users_requested)
        self.settings_action = QAction(self)
        self.settings_action.triggered.connect(self.settings_requested)
        self.wipe_action = QAction(self)
        self.wipe_action.setShortcuts([QKeySequence("Ctrl+Shift+Delete")])
        self._shortcuts_app_wide = False
        self.wipe_action.triggered.connect(self.wipe_requested)
        self.quit_action = QAction(self)
        self.quit_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Quit)])
        self.quit_action.triggered.connect(self.close)
        self.workspace_menu = self.menuBar().addMenu("")
        self.workspace_menu.addAction(self.lock_action)
        self.workspace_menu.addAction(self.switch_action)
        self.workspace_menu.addSeparator()
        self.workspace_menu.addAction(self.users_action)
        self.workspace_menu.addAction(self.settings_action)
        self.workspace_menu.addSeparator()
        self.workspace_menu.addAction(self.wipe_action)
        self.workspace_menu.addAction(self.quit_action)
        self.addAction(self.lock_action)
        self.addAction(self.wipe_action)
        self.case_list_action = QAction(self)
        self.case_list_action.triggered.connect(self.show_home)
        self.new_intake_action = QAction(self)
        self.new_intake_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.New)])
        self.new_intake_action.triggered.connect(self.new_intake_requested)
        self.conflicts_action = QAction(self)
        self.conflicts_action.triggered.connect(self.show_conflicts)
        self.export_action = QAction(self)
        self.export_action.triggered.connect(self.export_requested)
        self.cases_menu = self.menuBar().addMenu("")
        self.cases_menu.addAction(self.case_list_action)
        self.cases_menu.addAction(self.new_intake_action)
        self.cases_menu.addSeparator()
        self.cases_menu.addAction(self.conflicts_action)
        self.cases_menu.addAction(self.export_action)
        self.supervisor = SupervisorScreens(self)  # overview and verification report
        self.role: Role | None = None
        self.status_user = QLabel()
        self.statusBar().addPermanentWidget(self.status_user)
        self.resize(1000, 700)
        self.retranslate()
        self.set_user(None, None)

    # -- the screens after login ----------------------------------------------------------------

    def session_screens(self) -> tuple[HomeWidget, CaseView, ConflictsWidget]:
        """Home, case view and conflicts queue, built the first time they are asked for."""
        if self._screens is None:
            from app.ui.case_view import CaseView
            from app.ui.conflicts import ConflictsWidget
            from app.ui.home import HomeWidget

            home, case_view, conflicts = HomeWidget(), CaseView(), ConflictsWidget()
            self._screens = (home, case_view, conflicts)
            for screen in self._screens:
                self.stack.addWidget(screen)
            home.case_requested.connect(self.open_case)
            home.new_intake_requested.connect(self.new_intake_requested)
            home.switch_user_requested.connect(self.switch_action.trigger)
            case_view.back_requested.connect(self.show_home)
            case_view.new_follow_up_requested.connect(self.new_follow_up_requested)
            conflicts.back_requested.connect(self.show_home)
            conflicts.case_requested.connect(self.open_case)
        return self._screens

    @property
    def sync_panel(self) -> SyncPanel:
        """The sync state in the status bar, built the first time it is asked for."""
        if self._sync_panel is None:
            from app.ui.sync_status import SyncPanel

            self._sync_panel = SyncPanel()
            self._sync_panel.synced.connect(self.supervisor.synced)
            self.statusBar().addWidget(self._sync_panel, 1)
        return self._sync_panel

    @property
    def home(self) -> HomeWidget:
        return self.session_screens()[0]

    @property
    def case_view(self) -> CaseView:
        return self.session_screens()[1]

    @property
    def conflicts(self) -> ConflictsWidget:
        return self.session_screens()[2]

    def show_screen(self, widget: QWidget) -> None:
        if self.stack.indexOf(widget) < 0:
            self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        logged_in = self.role is not None  # any screen shown while someone is logged in
        if logged_in and not self._shortcuts_app_wide:
            self._make_shortcuts_app_wide()
        self.lock_action.setEnabled(logged_in)
        self.switch_action.setEnabled(logged_in)
        self.wipe_action.setEnabled(logged_in)
        self.menuBar().setVisible(logged_in)

    def _make_shortcuts_app_wide(self) -> None:
        """Lock and wipe answer their shortcuts in every window of the app (a dialog too). Done at
        the first login, when they can first be used: the ``Qt`` namespace this needs costs PySide
        about 20 ms to build, which the login window of a cold start need not wait for."""
        from PySide6.QtCore import Qt

        for action in (self.lock_action, self.wipe_action):
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self._shortcuts_app_wide = True

    def set_user(self, user: str | None, role: Role | None) -> None:
        self.role = role
        allowed = ROLE_PERMISSIONS[role] if role is not None else frozenset()
        self.case_list_action.setVisible(Permission.VIEW_CASES in allowed)
        self.new_intake_action.setVisible(Permission.EDIT_CASES in allowed)
        self.conflicts_action.setVisible(Permission.RESOLVE_CONFLICTS in allowed)
        self.export_action.setVisible(Permission.EXPORT in allowed)
        self.users_action.setVisible(Permission.MANAGE_USERS in allowed)
        self.settings_action.setVisible(Permission.MANAGE_USERS in allowed)
        self.wipe_action.setVisible(Permission.WIPE in allowed)  # hidden: its shortcut is off too
        self.supervisor.set_user()
        self.cases_menu.menuAction().setVisible(Permission.VIEW_CASES in allowed)
        if user is None or role is None:
            self.status_user.clear()
            return
        self.home.show_user(user, role)
        self.status_user.setText(f"{user} · {role_name(role)}")

    def attach_cases(self, tasks: CaseTasks | None) -> None:
        """Give every screen the logged-in user's cases, or (None, at lock) take them away."""
        for screen in self._screens or ():
            screen.attach(tasks)
        self.supervisor.attach(tasks)
        if tasks is not None or self._sync_panel is not None:
            self.sync_panel.attach(tasks)

    def show_home(self) -> None:
        self.case_view.close_dialog()
        self.show_screen(self.home)

    def open_case(self, case_id: str) -> None:
        self.case_view.show_case(case_id)
        self.show_screen(self.case_view)
        self.case_view.timeline.setFocus()

    def show_conflicts(self) -> None:
        if self.role is None or Permission.RESOLVE_CONFLICTS not in ROLE_PERMISSIONS[self.role]:
            return
        self.conflicts.load()
        self.show_screen(self.conflicts)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("fieldcase"))
        self.workspace_menu.setTitle(self.tr("&Workspace"))
        self.lock_action.setText(self.tr("&Lock"))
        self.switch_action.setText(self.tr("&Switch user"))
        self.quit_action.setText(self.tr("&Quit"))
        self.cases_menu.setTitle(self.tr("&Cases"))
        self.case_list_action.setText(self.tr("Case &list"))
        self.new_intake_action.setText(self.tr("New &intake"))
        self.conflicts_action.setText(self.tr("&Conflicts to resolve"))
        self.export_action.setText(self.tr("&Export…"))
        self.users_action.setText(self.tr("&Users and roles…"))
        self.settings_action.setText(self.tr("Workspace se&ttings…"))
        self.wipe_action.setText(self.tr("Emergency &wipe…"))
        for screen in self._screens or ():
            screen.retranslate()
        self.supervisor.retranslate()
        if self._sync_panel is not None:
            self._sync_panel.retranslate()


def role_name(role: Role) -> str:
    from PySide6.QtCore import QCoreApplication

    names = {
        Role.SUPERVISOR: QCoreApplication.translate("Role", "supervisor"),
        Role.SOCIAL_WORKER: QCoreApplication.translate("Role", "social worker"),
        Role.INTERPRETER: QCoreApplication.translate("Role", "interpreter"),
    }
    return names[role]
