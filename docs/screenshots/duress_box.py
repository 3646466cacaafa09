"""Screenshot of the users dialog's duress password box (issue 20: a duress login opens a
look-alike of the workspace), in a language given, to check that the longer explanation wraps
without clipping in Khmer and Burmese::

    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python docs/screenshots/duress_box.py km duress-box-km.png

Without a display it falls back to Qt's offscreen platform and renders the box
(``QWidget.grab``).
"""

from __future__ import annotations

import sys

from stage import CHEAP, PASSWORD, InlineTasks, application, settle, snap, throwaway

# isort: split
from app.ui.duress_box import DuressBox
from app.workspace.folder import Workspace


def main(language: str, name: str) -> None:
    app = application(language)
    with throwaway() as tmp:
        session, _ = Workspace.create(tmp / "ws", "Sophea", PASSWORD, cost=CHEAP)
        session.set_duress_password("a garden in the rain", cost=CHEAP)
        box = DuressBox(InlineTasks(), session)
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
