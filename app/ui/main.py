"""The desktop app: start-up, and the path first run -> login -> home -> lock -> login.

``DesktopApp`` is the controller; the widgets only emit what the user asked for. Everything that
touches the workspace runs on the task runner's database thread (Argon2id alone takes ~0.3 s).
An interpreter's login opens their own window instead of home (app/ui/interpreter_start.py);
login, lock, the idle lock and the language are the same for both.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog

from app.errors import NotAWorkspace
from app.system import default_workspace
from app.ui.error_text import describe_error
from app.ui.i18n import LANGUAGES, install_language, system_language
from app.ui.interpreter_start import InterpreterStart
from app.ui.interviews import Interviews
from app.ui.language_memory import (
    laptop_language,
    laptop_workspace,
    remember_laptop_language,
    remember_laptop_workspace,
    remember_user_language,
    user_language,
)
from app.ui.login import LoginWidget
from app.ui.main_window import MainWindow
from app.ui.tasks import TaskRunner
from app.ui.text_size import TextSize, style_sheet
from app.ui.updates import Updates
from app.workspace import login_screen
from app.workspace.folder import Workspace
from app.workspace.roles import Permission, Role

if TYPE_CHECKING:  # imported where used: not needed to show the login window of a cold start
    from PySide6.QtCore import QEvent

    from app.ui.case_table import CaseTasks
    from app.ui.first_run import FirstRunWidget
    from app.workspace.interpreter_session import InterpreterSession
    from app.workspace.session import Session

IDLE_CHECK_MS = 15_000


class DesktopApp(QObject):
    # The one data-changed notification: the id of the case that changed ("" when several or
    # unknown, e.g. after sync). Whoever writes cases emits it (CaseTasks.write does); every
    # screen that shows cases listens.
    cases_changed = Signal(str)

    def __init__(self, workspace_path: Path, language: str | None = None) -> None:
        """``language``: the interface language asked for (``--lang``); without it, the one
        last chosen on this laptop's first-run or login screen, else the system's."""
        super().__init__()
        self.workspace_path = workspace_path
        if language is None:
            language = laptop_language() or system_language()
            install_language(language)
        self.language = language
        # a language chosen on the first-run or login screen since it was shown: the user who
        # then logs in (or creates the workspace) keeps it as theirs
        self.chosen_on_screen: str | None = None
        QLocale.setDefault(QLocale(language))
        self.tasks = TaskRunner(self)
        self.session: Session | None = None
        self.case_tasks: CaseTasks | None = None
        self._screens_listening = False
        self.window = MainWindow()
        # an interpreter's login: no database, their window on the drafts sealed to them
        self.interpreter = InterpreterStart(
            self.window, self.tasks, lambda: self.language, self.lock
        )
        self.text_size = TextSize(self)  # the View menu: larger and smaller text
        self.text_size.install(self.window)
        self.updates = Updates(self.tasks, self.window)  # Help: install update; server's news
        self.interviews = Interviews(
            self.window, self.tasks, lambda: self.language, self.cases_changed.emit
        )
        self.window.cases_menu.addMenu(self.interviews.new_menu)
        self.window.cases_menu.addMenu(self.interviews.drafts_menu)
        self.interviews.retranslate()
        self.window.lock_requested.connect(self.lock)
        self.window.switch_user_requested.connect(self.lock)
        self.window.users_requested.connect(self.show_users)
        self.window.settings_requested.connect(self.show_settings)
        self.window.export_requested.connect(self.show_export)
        self.window.wipe_requested.connect(self.wipe_from_window)
        self.dialog: QDialog | None = None  # users, export or wipe: one at a time
        self.first_run: FirstRunWidget | None = None
        self.login: LoginWidget | None = None
        self.idle_timer = QTimer(self)
        self.idle_timer.setInterval(IDLE_CHECK_MS)
        self.idle_timer.timeout.connect(self._check_idle)
        # The activity filter (idle lock) watches every event of the app, so it is installed only
        # while a workspace is open: before login nothing can go idle, and the first event a
        # Python filter sees costs PySide about 80 ms (it builds QEvent's enum), paid at login
        # rather than before the login window. QEvent itself is imported then too (its enum of
        # some 180 members takes a few ms to build).
        self._filtering = False
        self._activity: tuple[QEvent.Type, ...] = ()

    def _watch_activity(self, on: bool) -> None:
        app = QCoreApplication.instance()
        if app is None or on == self._filtering:
            return
        if on:
            from PySide6.QtCore import QEvent

            self._activity = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel)
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._filtering = on

    # -- start --------------------------------------------------------------------------------

    def start(self) -> None:
        try:
            workspace = Workspace.at(self.workspace_path)
        except NotAWorkspace:
            self._show_first_run()
        else:
            self._show_login(workspace.user_names())
        self.window.show()

    def _show_first_run(self) -> None:
        from app.ui.first_run import FirstRunWidget

        self.first_run = FirstRunWidget(self.language, self.workspace_path)
        self.first_run.language_changed.connect(self.choose_language)
        self.first_run.create_requested.connect(self._create)
        self.first_run.finished.connect(self._enter_home)
        self.window.show_screen(self.first_run)

    def _create(self, folder: str, user: str, password: str) -> None:
        """On the database thread; the first run shows each step as it starts. A workspace made
        here asks users to type their name at login (docs/security.md); its folder is this
        laptop's workspace from now on (the app opens it when started without --workspace)."""
        assert self.first_run is not None
        first_run = self.first_run
        path = Path(folder)

        def created(result: tuple[Session, str]) -> None:
            self.session, code = result
            self.workspace_path = path
            remember_laptop_workspace(path)
            first_run.show_recovery_code(code)

        language = self.language
        step = first_run.step_reached.emit  # from the database thread: queued to the GUI's

        def create() -> tuple[Session, str]:
            session, code = Workspace.create(
                path, user, password, login_asks_name=True, on_step=step
            )
            remember_user_language(session, language)  # the creator's own choice
            return session, code

        self.tasks.run_database(
            create,
            created,
            lambda exc: first_run.show_error(describe_error(exc)),
        )

    # -- login and lock -----------------------------------------------------------------------

    def _show_login(self, users: list[str]) -> None:
        ask_name = login_screen.asks_name(self.workspace_path)
        if self.login is None:
            self.login = LoginWidget(users, self.language, ask_name=ask_name)
            self.login.language_changed.connect(self.choose_language)
            self.login.login_requested.connect(self._login)
            self.login.wipe_requested.connect(self.wipe_from_lock)
        else:
            self.login.set_users(users, ask_name)
            self.login.reset()
        self.chosen_on_screen = None
        self.window.set_user(None, None)
        self.window.show_screen(self.login)
        self.login.focus_first()

    def _login(self, user: str, password: str) -> None:
        login = self.login
        assert login is not None

        chosen = self.chosen_on_screen

        def log_in() -> tuple[Session | InterpreterSession, str | None]:
            from app.workspace.interpreter_session import InterpreterSession

            session = Workspace.at(self.workspace_path).sign_in(user, password)
            if isinstance(session, InterpreterSession):  # no database: no language kept there
                return session, chosen
            if chosen is not None:  # chosen on the login screen just now: theirs from now on
                remember_user_language(session, chosen)
                return session, chosen
            return session, user_language(session)

        def opened(result: tuple[Session | InterpreterSession, str | None]) -> None:
            from app.workspace.interpreter_session import InterpreterSession

            session, language = result
            if language is not None and language != self.language:
                self.set_language(language)
            if isinstance(session, InterpreterSession):
                self.interpreter.enter(session)
                self.idle_timer.start()
                self._watch_activity(True)
                return
            self.session = session
            self._enter_home()

        self.tasks.run_database(
            log_in,
            opened,
            lambda exc: login.failed(describe_error(exc)),
        )

    def _enter_home(self) -> None:
        session = self.session
        if session is None:
            return
        from app.ui import export_keeper

        if not self._screens_listening:  # the screens exist from the first login on
            for screen in self.window.session_screens():
                self.cases_changed.connect(screen.cases_changed)
            self.cases_changed.connect(self.window.sync_panel.cases_changed)
            self.cases_changed.connect(self.window.supervisor.cases_changed)
            self.window.sync_panel.synced.connect(self.updates.check_news)
            self.export_keeper = export_keeper.keep_exports_ahead(
                self.tasks, lambda: self.session, self.window.sync_panel.synced, self.cases_changed
            )
            self._screens_listening = True
        self.window.set_user(session.user, session.role)
        self.window.show_screen(self.window.home)
        self.idle_timer.start()
        self._watch_activity(True)
        if session.can(Permission.VIEW_CASES):
            self._open_cases(session)
        self.export_keeper.start()  # rows an earlier version left unmade, kept ahead too

    def _open_cases(self, session: Session) -> None:
        """The user's CaseBook is made on the database thread, then handed to every screen.
        (Imported here: the case code is not needed to show the login window.)"""
        from app.cases.book import CaseBook
        from app.team.case_book import case_book
        from app.ui.case_table import CaseTasks

        def opened(book: CaseBook) -> None:
            if self.session is session:
                self.case_tasks = CaseTasks(self.tasks, book, self.cases_changed.emit)
                self.window.attach_cases(self.case_tasks)
                self.interviews.attach(self.case_tasks)
                self.updates.attach(self.case_tasks)

        self.tasks.run_database(
            lambda: case_book(session),
            opened,
            lambda exc: self.window.home.error.setText(describe_error(exc)),
        )

    def lock(self) -> None:
        """Lock at once: the screen changes first, then the database thread closes and zeroes."""
        self.interviews.flush()  # the last answers are saved before the session closes
        self._close_dialog()
        self.interpreter.leave()
        session, self.session = self.session, None
        self.idle_timer.stop()
        self._watch_activity(False)
        self.interviews.attach(None)
        self.updates.attach(None)
        if self.case_tasks is not None:
            self.case_tasks.close()  # nothing read before the lock reaches a screen after it
            self.case_tasks = None
        self.window.attach_cases(None)
        users = Workspace.at(self.workspace_path).user_names()
        self._show_login(users)
        if session is not None:
            self.tasks.run_database(session.lock, lambda _: None, lambda _: None)

    # -- supervisors' dialogs and the emergency wipe --------------------------------------------

    def _open_dialog(self, dialog: QDialog) -> None:
        self._close_dialog()
        self.dialog = dialog
        dialog.finished.connect(lambda _: self._forget_dialog(dialog))
        dialog.show()

    def _forget_dialog(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _close_dialog(self) -> None:
        """At lock: no dialog holding the session stays open (an export in flight is cancelled)."""
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.reject()
            dialog.close()
            dialog.deleteLater()

    def show_users(self) -> None:
        from app.ui.users_view import UsersDialog

        if self.session is not None and self.session.can(Permission.MANAGE_USERS):
            self._open_dialog(UsersDialog(self.tasks, self.session, self.window))

    def show_settings(self) -> None:
        from app.ui.settings_dialog import WorkspaceSettingsDialog

        if self.session is not None and self.session.can(Permission.MANAGE_USERS):
            self._open_dialog(WorkspaceSettingsDialog(self.tasks, self.session, self.window))

    def show_export(self) -> None:
        from app.ui.export_dialog import ExportDialog

        if self.session is not None and self.session.can(Permission.EXPORT):
            self._open_dialog(ExportDialog(self.tasks, self.session, self.window))

    def wipe_from_lock(self) -> None:
        from app.ui.wipe_dialog import WipeDialog

        users = Workspace.at(self.workspace_path).user_names()
        ask_name = login_screen.asks_name(self.workspace_path)
        dialog = WipeDialog(
            self.tasks,
            self.workspace_path,
            [] if ask_name else users,
            self._wiped,
            parent=self.window,
        )
        if ask_name:  # no names listed here either: the name is typed, as at login
            dialog.user.setEditable(True)
        self._open_dialog(dialog)

    def wipe_from_window(self) -> None:
        from app.ui.wipe_dialog import WipeDialog

        session = self.session
        if session is None or not session.can(Permission.WIPE):
            return
        dialog = WipeDialog(
            self.tasks,
            self.workspace_path,
            [],
            self._wiped,
            user=session.user,
            before_wipe=session.lock,  # on the database thread: nothing writes during the wipe
            parent=self.window,
        )
        self._open_dialog(dialog)

    def _wiped(self) -> None:
        """The workspace folder is gone: forget everything of it and start again at first run."""
        self.idle_timer.stop()
        self._watch_activity(False)
        self.session = None
        self.interviews.attach(None)
        self.updates.attach(None)
        if self.case_tasks is not None:
            self.case_tasks.close()
            self.case_tasks = None
        self.window.attach_cases(None)
        self.window.set_user(None, None)
        if self.login is not None:
            self.window.stack.removeWidget(self.login)
            self.login.deleteLater()
            self.login = None
        self._show_first_run()

    def _check_idle(self) -> None:
        session: Session | InterpreterSession | None = self.session
        if session is None:
            session = self.interpreter.session
        if session is None:
            return

        def checked(locked: bool) -> None:
            if locked and (self.session is session or self.interpreter.session is session):
                self.lock()

        self.tasks.run_database(session.lock_if_idle, checked, lambda _: None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._activity:
            session = self.session if self.session is not None else self.interpreter.session
            if session is not None:
                session.touch()  # no database access: safe from the GUI thread
        return False

    # -- language -----------------------------------------------------------------------------

    def choose_language(self, code: str) -> None:
        """A language chosen on the first-run or login screen: the laptop's from now on, and
        the user's who logs in next."""
        if code not in LANGUAGES:
            return
        remember_laptop_language(code)
        self.chosen_on_screen = code
        self.set_language(code)

    def set_language(self, code: str) -> None:
        if code not in LANGUAGES:
            return
        self.language = code
        install_language(code)
        QLocale.setDefault(QLocale(code))
        for widget in (self.first_run, self.login):
            if widget is not None:
                widget.retranslate()
        self.window.retranslate()
        self.text_size.retranslate()
        self.interviews.retranslate()
        self.updates.retranslate()
        retranslate = getattr(self.dialog, "retranslate", None)
        if retranslate is not None:  # the users, export and wipe dialogs
            retranslate()
        if self.session is not None:
            self.window.set_user(self.session.user, self.session.role)
        else:
            self.interpreter.retranslate()

    def shutdown(self) -> None:
        self.idle_timer.stop()
        if self._screens_listening:
            self.export_keeper.stop()
        self._close_dialog()
        self._watch_activity(False)  # never leave a filter that outlives this object
        self.interviews.flush()
        self.interpreter.leave()
        if self.session is not None:
            session, self.session = self.session, None
            self.tasks.run_database(session.lock, lambda _: None, lambda _: None)
        self.tasks.shutdown()


# Set to 1, the app quits as soon as its first screen is shown, after printing the window's title
# and which screen it is: a real start (Qt's platform plugin, fonts, translations, the workspace
# read) for an installer's smoke test (`make bundle-test`, docs/install.md), with no one to click.
QUIT_WHEN_SHOWN = "FIELDCASE_QUIT_WHEN_SHOWN"


def _say_shown_and_quit(desktop: DesktopApp, app: QApplication) -> None:
    login = desktop.login
    if login is not None and login.isVisible():
        screen, heading = "login", login.title.text()
    else:
        screen, heading = "first run", ""
    title = desktop.window.windowTitle()
    print(f"fieldcase: window {title!r} shows the {screen} screen {heading!r}", flush=True)
    app.quit()


def run_desktop(workspace: str | None = None, lang: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("fieldcase")
    app.setStyleSheet(style_sheet(1.0))
    try:
        from app.ui.fonts import register_bundled_fonts

        register_bundled_fonts()
    except ImportError:
        pass
    path = Path(workspace) if workspace else laptop_workspace() or default_workspace()
    if lang == "pseudo":  # layout checks: every string stretched, the locale the system's
        install_language("pseudo")
        desktop = DesktopApp(path, system_language())
    elif lang in LANGUAGES:
        install_language(lang)
        desktop = DesktopApp(path, lang)
    else:  # the laptop's language (the one last chosen here), else the system's
        desktop = DesktopApp(path)
    desktop.start()
    if os.environ.get(QUIT_WHEN_SHOWN) == "1":
        QTimer.singleShot(0, lambda: _say_shown_and_quit(desktop, app))
    code = app.exec()
    desktop.shutdown()
    return int(code)


__all__ = ["DesktopApp", "Role", "run_desktop"]
