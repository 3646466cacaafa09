"""The supervisors' overview and verification report, as screens of the main window, and the
dialog where a supervisor approves the team's laptops (Workspace menu).

All are built (and their modules imported) the first time they are shown, like the other
screens after login. Their menu entries show only to users who may use them: the overview to
those who may export, the verification report to those who may check the workspace, the laptops'
approval to those who may manage devices (supervisors). The last
sync round's report is kept here so that the verification screen can show it even when it is
opened after the round finished.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from app.workspace.roles import ROLE_PERMISSIONS, Permission

if TYPE_CHECKING:
    from app.team.synchronise import SyncReport
    from app.ui.case_table import CaseTasks
    from app.ui.dashboard import DashboardWidget
    from app.ui.device_approval_dialog import DeviceApprovalDialog
    from app.ui.main_window import MainWindow
    from app.ui.verification_view import VerificationWidget

translate = QCoreApplication.translate


class SupervisorScreens:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.tasks: CaseTasks | None = None
        self.last_sync: SyncReport | None = None
        self._dashboard: DashboardWidget | None = None
        self._verification: VerificationWidget | None = None
        self.overview_action = QAction(window)
        self.overview_action.triggered.connect(self.show_overview)
        self.verification_action = QAction(window)
        self.verification_action.triggered.connect(self.show_verification)
        window.cases_menu.addSeparator()
        window.cases_menu.addAction(self.overview_action)
        window.cases_menu.addAction(self.verification_action)
        self.devices_dialog: DeviceApprovalDialog | None = None
        self.devices_action = QAction(window)
        self.devices_action.triggered.connect(self.show_devices)
        entries = window.workspace_menu.actions()  # after "Settings", before its separator
        after = entries.index(window.settings_action) + 1
        window.workspace_menu.insertAction(entries[after], self.devices_action)

    def _allowed(self, permission: Permission) -> bool:
        role = self.window.role
        return role is not None and permission in ROLE_PERMISSIONS[role]

    @property
    def dashboard(self) -> DashboardWidget:
        if self._dashboard is None:
            from app.ui.dashboard import DashboardWidget

            self._dashboard = DashboardWidget()
            self._dashboard.back_requested.connect(self.window.show_home)
            self._dashboard.verification_requested.connect(self.show_verification)
            self._dashboard.attach(self.tasks)
        return self._dashboard

    @property
    def verification(self) -> VerificationWidget:
        if self._verification is None:
            from app.ui.verification_view import VerificationWidget

            self._verification = VerificationWidget()
            self._verification.back_requested.connect(self.window.show_home)
            self._verification.attach(self.tasks)
            if self.last_sync is not None:
                self._verification.show_sync_report(self.last_sync)
        return self._verification

    def _built(self) -> list[DashboardWidget | VerificationWidget]:
        return [s for s in (self._dashboard, self._verification) if s is not None]

    def set_user(self) -> None:
        self.overview_action.setVisible(self._allowed(Permission.EXPORT))
        self.verification_action.setVisible(self._allowed(Permission.CHECK))
        self.devices_action.setVisible(self._allowed(Permission.MANAGE_DEVICES))

    def attach(self, tasks: CaseTasks | None) -> None:
        self.tasks = tasks
        self.last_sync = None
        if tasks is None and self.devices_dialog is not None:  # a lock closes it
            self.devices_dialog.reject()
            self.devices_dialog = None
        for screen in self._built():
            screen.attach(tasks)

    def cases_changed(self, case_id: str) -> None:
        for screen in self._built():
            screen.cases_changed(case_id)

    def synced(self, report: SyncReport) -> None:
        self.last_sync = report
        if self._verification is not None:
            self._verification.show_sync_report(report)

    def show_overview(self) -> None:
        if self._allowed(Permission.EXPORT):
            self.window.show_screen(self.dashboard)

    def show_verification(self) -> None:
        if self._allowed(Permission.CHECK):
            self.window.show_screen(self.verification)
            self.verification.load()

    def show_devices(self) -> None:
        """The laptops waiting for a supervisor's approval on this laptop."""
        if not self._allowed(Permission.MANAGE_DEVICES) or self.tasks is None:
            return
        from app.ui.device_approval_dialog import DeviceApprovalDialog

        dialog = DeviceApprovalDialog(self.tasks, self.window)
        dialog.waiting_changed.connect(self.window.sync_panel.waiting_for_your_approval)
        self.devices_dialog = dialog
        dialog.open()
        dialog.load()

    def retranslate(self) -> None:
        self.overview_action.setText(translate("SupervisorScreens", "&Overview"))
        self.verification_action.setText(translate("SupervisorScreens", "&Verification report"))
        self.devices_action.setText(translate("SupervisorScreens", "&Approve laptops…"))
        if self.devices_dialog is not None:
            self.devices_dialog.retranslate()
        for screen in self._built():
            screen.retranslate()
