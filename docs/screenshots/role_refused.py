"""Screenshot of the login window refusing a social worker who wrote himself supervisor into the
database (the issue's interpreter holds no workspace key any more: docs/security.md, "What an
interpreter holds") (issue 20: roles are signed by the supervisors' key; docs/security.md, "Signed roles"),
in a language given.

Driven as a person does it: his name typed (the login screen asks for it), his own
right password typed, Return::

    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python docs/screenshots/role_refused.py km role-refused-km.png

Without a display it falls back to Qt's offscreen platform and renders the window
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

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.ui.fonts import register_bundled_fonts  # noqa: E402
from app.ui.i18n import install_language  # noqa: E402
from app.ui.main import DesktopApp  # noqa: E402
from app.ui.text_size import style_sheet  # noqa: E402
from app.workspace.folder import Workspace  # noqa: E402
from app.workspace.keyslots import KdfCost, KeyslotFile, unwrap_key  # noqa: E402
from app.workspace.roles import Role  # noqa: E402
from app.workspace.store import Store  # noqa: E402

PASSWORD = "screenshot password"
OUT = Path(__file__).resolve().parent


def settle(app: QApplication, seconds: float = 1.0) -> None:
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


def escalate(path: Path, user: str) -> None:
    """What the issue's interpreter did with a Python prompt: his slot, the key, the database."""
    workspace = Workspace.at(path)
    slot = KeyslotFile.read(path / "keyslots").find("user", user)
    assert slot is not None
    plain = unwrap_key(workspace.workspace_id, slot, PASSWORD)
    assert plain is not None
    store = Store.open(workspace.database_path, plain[:32])
    store.execute("UPDATE users SET role = 'supervisor' WHERE name = ?", (user,))
    store.close()


def main(language: str, name: str) -> None:
    app = QApplication(sys.argv[:1])
    app.setStyleSheet(style_sheet(1.0))
    register_bundled_fonts()
    install_language(language)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ws"
        cheap = KdfCost(1, 8192, 1)
        session, _ = Workspace.create(path, "Sophea", PASSWORD, cost=cheap, login_asks_name=True)
        session.add_user("Dara", Role.SOCIAL_WORKER, PASSWORD, cost=cheap)
        session.lock()
        escalate(path, "Dara")
        desk = DesktopApp(path, language)
        desk.start()
        window = desk.window
        window.resize(1000, 700)
        window.show()
        window.activateWindow()
        settle(app, 0.5)
        login = desk.login
        assert login is not None
        QTest.mouseClick(login.user_name, Qt.MouseButton.LeftButton)
        QTest.keyClicks(login.user_name, "Dara")
        QTest.mouseClick(login.password, Qt.MouseButton.LeftButton)
        QTest.keyClicks(login.password, PASSWORD)
        QTest.keyClick(login.password, Qt.Key.Key_Return)
        while not login.error.text():
            settle(app, 0.1)
        settle(app, 1)
        snap(app, window, name)
        print("written", OUT / name, "on", app.platformName())
        while desk.tasks.pending:
            settle(app, 0.1)
        desk.shutdown()


if __name__ == "__main__":
    main(
        sys.argv[1] if len(sys.argv) > 1 else "en",
        sys.argv[2] if len(sys.argv) > 2 else "role-refused.png",
    )
