"""Screenshot of the users dialog's duress password box (issue 20: a duress login opens a
look-alike of the workspace), in a language given, to check that the longer explanation wraps
without clipping in Khmer and Burmese::

    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python docs/screenshots/duress_box.py km duress-box-km.png

Without a display it falls back to Qt's offscreen platform and renders the box
(``QWidget.grab``).
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

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.ui.duress_box import DuressBox  # noqa: E402
from app.ui.fonts import register_bundled_fonts  # noqa: E402
from app.ui.i18n import install_language  # noqa: E402
from app.ui.tasks import TaskRunner  # noqa: E402
from app.ui.text_size import style_sheet  # noqa: E402
from app.workspace.folder import Workspace  # noqa: E402
from app.workspace.keyslots import KdfCost  # noqa: E402

PASSWORD = "screenshot password"
OUT = Path(__file__).resolve().parent


class InlineTasks(TaskRunner):
    """For pictures only: the session lives on this thread, so database work runs inline."""

    def run_database(self, work, on_success, on_failure):  # type: ignore[no-untyped-def,override]
        try:
            result = work()
        except BaseException as exc:
            on_failure(exc)
        else:
            on_success(result)


def settle(app: QApplication, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def snap(app: QApplication, widget: QWidget, name: str) -> None:
    if app.platformName() != "xcb":
        widget.grab().save(str(OUT / name))
        return
    settle(app, 0.5)
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    shot = widget.screen().grabWindow(
        0, top_left.x(), top_left.y(), widget.width(), widget.height()
    )
    shot.save(str(OUT / name))


def main(language: str, name: str) -> None:
    app = QApplication(sys.argv[:1])
    app.setStyleSheet(style_sheet(1.0))
    register_bundled_fonts()
    install_language(language)
    with tempfile.TemporaryDirectory() as tmp:
        cheap = KdfCost(1, 8192, 1)
        session, _ = Workspace.create(Path(tmp) / "ws", "Sophea", PASSWORD, cost=cheap)
        session.set_duress_password("a garden in the rain", cost=cheap)
        runner = InlineTasks()
        box = DuressBox(runner, session)
        box.resize(560, box.sizeHint().height())
        box.show()
        settle(app, 0.5)
        box.resize(
            560, box.heightForWidth(560) if box.hasHeightForWidth() else box.sizeHint().height()
        )
        settle(app, 0.3)
        snap(app, box, name)
        box.close()
        session.lock()


if __name__ == "__main__":
    main(
        sys.argv[1] if len(sys.argv) > 1 else "en",
        sys.argv[2] if len(sys.argv) > 2 else "duress-box-en.png",
    )
