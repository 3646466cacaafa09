"""Screenshots for the README and docs, of the app's own widgets with the bundled fonts. Uses a
throw-away workspace of demo cases.

On a real (virtual) X screen, as the README's pictures are made: each window is shown, exposed by
the X server and the picture read back from the screen, so what is checked is what a person sees
(clipped Khmer, Burmese or Lao marks included)::

    xvfb-run -a -s "-screen 0 1280x1024x24" env QT_QPA_PLATFORM=xcb \
        .venv/bin/python docs/screenshots/take.py

Without a display it falls back to Qt's offscreen platform and renders each widget into an image
(``QWidget.grab``): ``.venv/bin/python docs/screenshots/take.py``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtGui import QColor, QFont, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.interviews.demo import add_demo_cases  # noqa: E402
from app.interviews.form_library import FormLibrary  # noqa: E402
from app.interviews.interview import Interview  # noqa: E402
from app.team.case_book import case_book  # noqa: E402
from app.ui.fonts import register_bundled_fonts  # noqa: E402
from app.ui.form_view import InterviewWidget  # noqa: E402
from app.ui.i18n import install_language  # noqa: E402
from app.ui.main import DesktopApp  # noqa: E402
from app.ui.tasks import TaskRunner  # noqa: E402
from app.ui.text_size import style_sheet  # noqa: E402
from app.workspace.folder import Workspace  # noqa: E402
from app.workspace.keyslots import KdfCost  # noqa: E402

OUT = Path(__file__).resolve().parent


class InlineTasks(TaskRunner):
    """For pictures only: the session here lives on this thread, so database work runs inline."""

    def run_database(self, work, on_success, on_failure):  # type: ignore[no-untyped-def,override]
        try:
            result = work()
        except BaseException as exc:
            on_failure(exc)
        else:
            on_success(result)


PASSWORD = "screenshot password"


def document_frame() -> QImage:
    """A made-up identity card on a desk, as a laptop's camera might see it (no real person)."""
    frame = QImage(1280, 720, QImage.Format.Format_RGB32)
    frame.fill(QColor("#6b5b4b"))
    painter = QPainter(frame)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#e8eef2"))
    painter.setPen(QColor("#9aa7b0"))
    painter.drawRoundedRect(290, 150, 700, 420, 24, 24)
    painter.setBrush(QColor("#b8c4cc"))
    painter.drawRect(330, 250, 180, 230)  # the photo's place
    painter.setPen(QColor("#1d3557"))
    font = QFont(painter.font())
    font.setPixelSize(34)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(330, 215, "IDENTITY CARD (SAMPLE)")
    font.setPixelSize(26)
    font.setBold(False)
    painter.setFont(font)
    for row, text in enumerate(("Name: SAMPLE NAME", "Born: 01.01.2008", "No: 000000000")):
        painter.drawText(540, 300 + 55 * row, text)
    painter.end()
    return frame


def camera_dialog(app: QApplication) -> None:
    """The camera dialog with a made-up frame fed where the camera's would come (no camera here)."""
    from PySide6.QtMultimedia import QVideoFrame, QVideoFrameInput

    from app.ui.camera_dialog import CameraDialog

    frames = QVideoFrameInput()
    dialog = CameraDialog(source=frames)
    dialog.resize(760, 620)
    dialog.show()
    settle(app, 0.5)
    for _ in range(5):
        frames.sendVideoFrame(QVideoFrame(document_frame()))
        settle(app, 0.1)
    snap(app, dialog, "camera.png")
    dialog.reject()


def settle(app: QApplication, seconds: float = 1.0) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def snap(app: QApplication, widget: QWidget, name: str) -> None:
    """Save ``widget`` as ``name``: read back from the X screen under xcb, rendered otherwise."""
    if app.platformName() != "xcb":
        widget.grab().save(str(OUT / name))
        return
    widget.show()
    widget.raise_()
    widget.activateWindow()
    end = time.monotonic() + 10
    while time.monotonic() < end:
        handle = widget.windowHandle()
        if handle is not None and handle.isExposed():
            break
        settle(app, 0.05)
    settle(app, 0.5)  # the last paint reaches the X server
    screen = widget.screen()
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    shot = screen.grabWindow(0, top_left.x(), top_left.y(), widget.width(), widget.height())
    shot.save(str(OUT / name))


def main() -> None:
    app = QApplication(sys.argv[:1])
    print("platform:", app.platformName())
    app.setStyleSheet(style_sheet(1.0))
    register_bundled_fonts()
    with tempfile.TemporaryDirectory() as tmp:
        first = DesktopApp(Path(tmp) / "new", "en")
        first.start()
        first.window.resize(1000, 680)
        settle(app)
        snap(app, first.window, "first-run.png")
        first.window.hide()
        first.shutdown()

        path = Path(tmp) / "ws"
        session, _ = Workspace.create(path, "Ana", PASSWORD, cost=KdfCost(1, 8192, 1))
        add_demo_cases(case_book(session), 60, seed=4)
        session.lock()
        for code in ("en", "km"):
            install_language(code)
            desk = DesktopApp(path, code)
            desk.start()
            desk.window.resize(1100, 700)
            login = desk.login
            assert login is not None
            login.password.setText(PASSWORD)
            login._login()
            settle(app, 3)
            snap(app, desk.window, f"case-list-{code}.png")
            desk.window.hide()
            desk.shutdown()
            settle(app, 0.5)

        session = Workspace.at(path).login("Ana", PASSWORD)
        book = case_book(session)
        for code in ("en", "km", "lo", "th", "my", "vi", "zh"):
            install_language(code)
            interview = Interview.start(session, book, FormLibrary().get("intake"), language=code)
            widget = InterviewWidget(interview, InlineTasks(), language=code)
            widget.resize(1000, 700)
            widget.show()
            widget.answer("social_worker", "Sophea")
            widget.go_to(1)
            settle(app, 1)
            snap(app, widget, f"intake-{code}.png")
            widget.hide()
        install_language("en")
        interview = Interview.start(
            session, book, FormLibrary().get("intake"), language="en", interpreter="Lin"
        )
        widget = InterviewWidget(interview, InlineTasks(), language="en", interviewee_language="km")
        widget.resize(1000, 760)
        widget.show()
        widget.answer("social_worker", "Sophea")
        widget.interpreter_mode.setChecked(True)
        widget.go_to(1)
        settle(app, 1)
        snap(app, widget, "interpreter-mode.png")
        widget.hide()
        session.lock()
    camera_dialog(app)
    print("screenshots written to", OUT)


if __name__ == "__main__":
    main()
