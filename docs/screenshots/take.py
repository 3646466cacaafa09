"""Screenshots for the README and docs, of the app's own widgets with the bundled fonts: the case
list (case-list-en.png, case-list-km.png), the intake's consent page in the seven languages
(intake-LANG.png) and the camera dialog (camera.png). Uses a throw-away workspace of demo cases.
The first run and interpreter mode are first_run_and_interpreter.py's; the other pictures have a
script each, named in the README; all set up through stage.py.

On a real (virtual) X screen, as the README's pictures are made: each window is shown, exposed by
the X server and the picture read back from the screen, so what is checked is what a person sees
(clipped Khmer, Burmese or Lao marks included)::

    xvfb-run -a -s "-screen 0 1280x1024x24" env QT_QPA_PLATFORM=xcb \
        .venv/bin/python docs/screenshots/take.py

Without a display it falls back to Qt's offscreen platform and renders each widget into an image
(``QWidget.grab``): ``.venv/bin/python docs/screenshots/take.py``.
"""

from __future__ import annotations

from stage import (
    CHEAP,
    PASSWORD,
    InlineTasks,
    application,
    log_in,
    open_window,
    settle,
    snap,
    throwaway,
)

# isort: split
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication

from app.interviews.demo import add_demo_cases
from app.interviews.form_library import FormLibrary
from app.interviews.interview import Interview
from app.team.case_book import case_book
from app.ui.form_view import InterviewWidget
from app.ui.i18n import install_language
from app.workspace.folder import Workspace


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


def main() -> None:
    app = application()
    print("platform:", app.platformName())
    with throwaway() as tmp:
        path = tmp / "ws"
        session, _ = Workspace.create(path, "Ana", PASSWORD, cost=CHEAP)
        add_demo_cases(case_book(session), 60, seed=4)
        session.lock()
        for code in ("en", "km"):
            install_language(code)
            desk = open_window(app, path, code, (1100, 700))
            log_in(desk)
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
        session.lock()
    camera_dialog(app)


if __name__ == "__main__":
    main()
