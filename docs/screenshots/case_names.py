"""Screenshots of one case's name on the case list and in the case opened from it, which read
the same (the person's script in the order of their citizenship, the Latin letters after it)::

    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python docs/screenshots/case_names.py km

writes case-name-list-km.png and case-name-view-km.png. The case is the one the user-path tests
use (tests/ui/casefile.py: Sok Sreypov, a Cambodian citizen), in a throw-away workspace, opened
by a double-click on its row as a person does.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parents[1]))
sys.path.insert(0, str(OUT))

from case_file import double_click, picture, settle  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.ui.fonts import register_bundled_fonts  # noqa: E402
from app.ui.i18n import install_language  # noqa: E402
from app.ui.main import DesktopApp  # noqa: E402
from app.ui.text_size import style_sheet  # noqa: E402
from app.workspace import keyslots  # noqa: E402
from app.workspace.keyslots import KdfCost  # noqa: E402


def main(language: str) -> None:
    import tests.conftest as test_settings
    from tests.ui import casefile

    test_settings.CHEAP = KdfCost(1, 8192, 1)  # a throw-away workspace: a cheap password cost
    keyslots.DEFAULT_COST = test_settings.CHEAP
    app = QApplication(sys.argv[:1])
    app.setStyleSheet(style_sheet(1.0))
    register_bundled_fonts()
    install_language(language)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ws"
        casefile.make_case_file(path)
        desk = DesktopApp(path, language)
        desk.start()
        window = desk.window
        window.resize(1000, 700)
        window.show()
        window.activateWindow()
        settle(app, 0.5)
        login = desk.login
        assert login is not None
        login.user.setCurrentText("ana")
        QTest.keyClicks(login.password, casefile.PASSWORD)
        QTest.keyClick(login.password, Qt.Key.Key_Return)
        while desk.case_tasks is None:
            settle(app, 0.1)
        settle(app, 2)
        for name, shown in (("list", window.home.table), ("view", window.case_view)):
            if name == "view":
                table = window.home.table
                cell = table.visualRect(table.model().index(0, 0)).center()
                double_click(table.viewport(), cell)
                settle(app, 3)
            assert shown.isVisible()
            out = OUT / f"case-name-{name}-{language}.png"
            picture(app, window).save(str(out))
            print("written", out, "on", app.platformName())
        while desk.tasks.pending:
            settle(app, 0.1)
        desk.shutdown()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "km")
