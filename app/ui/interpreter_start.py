"""An interpreter's login in the desktop app: their window opened, kept and closed.

``DesktopApp`` (app/ui/main.py) runs the path every login shares (login -> lock -> login, the idle
lock, the language); what an interpreter's login opens instead of the full session's home is
here. Their login opens no database (app/workspace/interpreter_session.py): ``enter`` shows the
``InterpreterScreen`` with the drafts sealed to them (``InterpreterDesk``, app/ui/interpreter_desk.py),
``leave`` saves the last answers and only then zeroes their secret, both on the database thread
in that order. While an interpreter is logged in, ``session`` is theirs (for the idle lock) and
``desk`` is not None; between logins both are None. The screen itself is made at the first
interpreter's login and kept for the next one.

The interpreter's modules are imported at the first interpreter's login: they are not needed to
show the login window of a cold start.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.ui.interpreter_desk import InterpreterDesk, InterpreterScreen
    from app.ui.main_window import MainWindow
    from app.ui.tasks import TaskRunner
    from app.workspace.interpreter_session import InterpreterSession


class InterpreterStart:
    def __init__(
        self,
        window: MainWindow,
        tasks: TaskRunner,
        language: Callable[[], str],
        switch_user: Callable[[], None],
    ) -> None:
        """``language`` gives the interface language when an interview opens; ``switch_user``
        is what the screen's Switch user does (the app's lock)."""
        self.window = window
        self.tasks = tasks
        self.language = language
        self.switch_user = switch_user
        self.screen: InterpreterScreen | None = None
        self.desk: InterpreterDesk | None = None

    @property
    def session(self) -> InterpreterSession | None:
        """The interpreter logged in now, if any."""
        return self.desk.session if self.desk is not None else None

    def enter(self, session: InterpreterSession) -> None:
        """An interpreter's login: their window on the drafts sealed to them, nothing else."""
        from app.ui.interpreter_desk import InterpreterDesk, InterpreterScreen

        if self.screen is None:
            self.screen = InterpreterScreen()
            self.screen.switch_user_requested.connect(self.switch_user)
        self.window.set_user(session.user, session.role)
        self.desk = InterpreterDesk(self.window, self.tasks, session, self.language, self.screen)
        self.desk.show()

    def leave(self) -> None:
        """The interpreter's window closes: the last answers saved, then their secret zeroed (on
        the database thread, in that order). Nothing happens when no interpreter is logged in."""
        desk, self.desk = self.desk, None
        if desk is None:
            return
        desk.flush()
        desk.close()
        desk.deleteLater()
        self.tasks.run_database(desk.session.lock, lambda _: None, lambda _: None)

    def retranslate(self) -> None:
        """The interface language changed while an interpreter is logged in."""
        desk = self.desk
        if desk is not None:
            self.window.set_user(desk.session.user, desk.session.role)
            desk.screen.retranslate()
