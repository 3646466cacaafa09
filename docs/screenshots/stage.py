"""The stage every screenshot script here sets up: the app, a throw-away workspace, the window,
a login typed as a person types it, and the picture taken as the screen shows it.

A script imports this module first, before Qt and the app::

    from stage import OUT, PASSWORD, application, log_in, open_window, snap, throwaway

    # isort: split
    from PySide6.QtCore import Qt
    from app.ui.main import DesktopApp

Run from the checkout as ``xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb
.venv/bin/python docs/screenshots/NAME.py`` (the script's folder is then on ``sys.path``): this
module puts the checkout on ``sys.path`` too and, where no platform is set, chooses Qt's offscreen
one (each widget is then rendered with ``QWidget.grab`` instead of read back from the screen).

What it keeps apart from the developer's own laptop: the workspace lives in a temporary folder,
and the app's preferences (the language and workspace remembered, the text size) are read and
written there (``throwaway``), so neither a setting of this machine shows in a picture nor a
picture's run changes this machine. Passwords cost little (``CHEAP``): the pictures are of the
screens, not of Argon2id.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QPoint, QSettings, Qt  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.ui.tasks import TaskRunner  # noqa: E402
from app.workspace.keyslots import KdfCost  # noqa: E402

if TYPE_CHECKING:
    from app.ui.main import DesktopApp

OUT = Path(__file__).resolve().parent  # the pictures are written beside the scripts
PASSWORD = "screenshot password"
CHEAP = KdfCost(1, 8192, 1)  # a throw-away workspace: a cheap password cost


def application(
    language: str | None = None, *, styled: bool = True, prefer_bundled: bool = False
) -> QApplication:
    """The one QApplication, with the app's style sheet and bundled fonts, and ``language``'s
    translations installed when one is given."""
    from app.ui.fonts import register_bundled_fonts
    from app.ui.i18n import install_language
    from app.ui.text_size import style_sheet

    app = QApplication(sys.argv[:1])
    if styled:
        app.setStyleSheet(style_sheet(1.0))
    register_bundled_fonts(prefer_bundled=prefer_bundled)
    if language is not None:
        install_language(language)
    return app


@contextmanager
def throwaway() -> Iterator[Path]:
    """A temporary folder for the workspaces, which also holds the app's preferences meanwhile."""
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        yield Path(tmp)


def cheap_test_workspaces() -> None:
    """The test suite's workspace makers (tests/ui/casefile.py, tests/ui/test_home.py) at
    ``CHEAP`` cost, as the tests themselves run them."""
    import tests.conftest as test_settings
    from app.workspace import keyslots

    test_settings.CHEAP = CHEAP
    keyslots.DEFAULT_COST = CHEAP


def settle(app: QApplication, seconds: float = 1.0) -> None:
    """Let the app run for ``seconds``: paints, queued results, the X server catching up."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def wait_for(app: QApplication, done: Callable[[], bool], what: str, seconds: float = 20) -> None:
    end = time.monotonic() + seconds
    while not done():
        if time.monotonic() > end:
            raise SystemExit(f"waited in vain for {what}")
        settle(app, 0.1)


def open_window(
    app: QApplication, path: Path, language: str, size: tuple[int, int] = (1000, 700)
) -> DesktopApp:
    """The desktop app on the workspace at ``path`` (or its first run), its window shown."""
    from app.ui.main import DesktopApp

    desk = DesktopApp(path, language)
    desk.start()
    window = desk.window
    window.resize(*size)
    window.show()
    window.activateWindow()
    settle(app, 0.5)
    return desk


def log_in(desk: DesktopApp, user: str | None = None, password: str = PASSWORD) -> None:
    """The login typed: ``user`` typed where the login screen asks for the name, chosen from
    the list where it lists them (the first one listed when ``user`` is None), the password,
    Return. Waiting for what the login opens is the caller's."""
    login = desk.login
    assert login is not None, "the login screen is not shown"
    if user is not None and login.asks_name:
        QTest.mouseClick(login.user_name, Qt.MouseButton.LeftButton)
        QTest.keyClicks(login.user_name, user)
        QTest.mouseClick(login.password, Qt.MouseButton.LeftButton)
    elif user is not None:
        login.user.setCurrentText(user)
    QTest.keyClicks(login.password, password)
    QTest.keyClick(login.password, Qt.Key.Key_Return)


def log_in_home(
    app: QApplication, desk: DesktopApp, user: str | None = None, password: str = PASSWORD
) -> None:
    """Logged in and the case list read (then two seconds more, for the pages to fill)."""
    log_in(desk, user, password)
    wait_for(app, lambda: desk.case_tasks is not None, "the case list")
    settle(app, 2)


def close(app: QApplication, desk: DesktopApp) -> None:
    """The app ended as at quitting, once the work it queued is done."""
    while desk.tasks.pending:
        settle(app, 0.1)
    desk.shutdown()


def picture(app: QApplication, widget: QWidget, frame: bool = False) -> QImage:
    """``widget`` as the screen shows it (with the window's title bar when ``frame``); without
    a display, as it paints itself."""
    if app.platformName() != "xcb":
        return widget.grab().toImage()
    end = time.monotonic() + 10
    while time.monotonic() < end:
        handle = widget.windowHandle()
        if handle is not None and handle.isExposed():
            break
        settle(app, 0.05)
    settle(app, 0.5)  # the last paint reaches the X server
    origin = widget.mapToGlobal(QPoint(0, 0))
    x, y, width, height = origin.x(), origin.y(), widget.width(), widget.height()
    if frame:
        outer = widget.frameGeometry()
        x, y, width, height = outer.x(), outer.y(), outer.width(), origin.y() - outer.y() + height
    return widget.screen().grabWindow(0, x, y, width, height).toImage()


def snap(app: QApplication, widget: QWidget, name: str, frame: bool = False) -> Path:
    """``picture`` saved as ``name`` beside the scripts (``OUT``)."""
    out = OUT / name
    picture(app, widget, frame).save(str(out))
    print("written", out, "on", app.platformName())
    return out


class InlineTasks(TaskRunner):
    """For pictures of one widget without the app: the session lives on this thread, so database
    work runs inline."""

    def run_database(  # type: ignore[override]
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        try:
            result = work()
        except BaseException as exc:
            on_failure(exc)
        else:
            on_success(result)
