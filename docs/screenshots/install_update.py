"""Screenshots of Help → "Install update…" (docs/updates.md), in a language given: the status bar
saying the team's server has a newer version, and the dialog after it checked a folder, once for
a release that verifies and once for one whose file was changed after signing; then Help → "Go
back to version 0.1.0…" asking first (an install holding 0.1.0 and 0.2.0, 0.2.0 current).

The release is signed by a key made here, which this script (and only a script: the app has no
way to add a key) puts in place of the shipped release keys::

    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python docs/screenshots/install_update.py km

writes install-update-km.png, install-refused-km.png and rollback-km.png. Without a display it falls back to Qt's
offscreen platform and renders the windows (``QWidget.grab``; the dialog then apart).
"""

from __future__ import annotations

import json
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

from app.system.releases import install as install_module  # noqa: E402
from app.system.releases import trust  # noqa: E402
from app.system.releases.manifest import MANIFEST, SIGNATURE, this_platform  # noqa: E402
from app.system.releases.minisign import SecretKey  # noqa: E402
from app.team.case_book import case_book  # noqa: E402
from app.team.release_news import SETTING  # noqa: E402
from app.ui.fonts import register_bundled_fonts  # noqa: E402
from app.ui.i18n import install_language  # noqa: E402
from app.ui.main import DesktopApp  # noqa: E402
from app.ui.text_size import style_sheet  # noqa: E402
from app.ui.update_dialog import UpdateDialog  # noqa: E402
from app.workspace.folder import Workspace  # noqa: E402
from app.workspace.keyslots import KdfCost  # noqa: E402
from tests.adversary.release_kit import bundle, installed  # noqa: E402

PASSWORD = "screenshot password"
OUT = Path(__file__).resolve().parent
KEY = SecretKey.generate()


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


def main(language: str) -> None:
    trust.shipped_keys = lambda: [KEY.public_key()]  # type: ignore[assignment]
    app = QApplication(sys.argv[:1])
    app.setStyleSheet(style_sheet(1.0))
    register_bundled_fonts()
    install_language(language)
    with tempfile.TemporaryDirectory() as tmp:
        folder = bundle(Path(tmp) / "usb" / "fieldcase-0.2.0", "0.2.0", KEY, this_platform())
        offer = {
            "version": "0.2.0",
            "platform": this_platform(),
            "manifest": (folder / MANIFEST).read_text(),
            "signature": (folder / SIGNATURE).read_text(),
        }
        path = Path(tmp) / "ws"
        session, _ = Workspace.create(
            path, "Sophea", PASSWORD, cost=KdfCost(1, 8192, 1), login_asks_name=True
        )
        store = case_book(session).store
        with store.atomic():
            store.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)", (SETTING, json.dumps([offer]))
            )
        session.lock()
        desk = DesktopApp(path, language)
        desk.start()
        window = desk.window
        window.resize(1000, 640)
        window.show()
        settle(app, 0.5)
        login = desk.login
        assert login is not None
        QTest.mouseClick(login.user_name, Qt.MouseButton.LeftButton)
        QTest.keyClicks(login.user_name, "Sophea")
        QTest.mouseClick(login.password, Qt.MouseButton.LeftButton)
        QTest.keyClicks(login.password, PASSWORD)
        QTest.keyClick(login.password, Qt.Key.Key_Return)
        while desk.case_tasks is None or desk.tasks.pending:
            settle(app, 0.1)
        settle(app, 0.5)
        desk.updates.open_dialog()
        dialog = desk.updates.dialog
        assert isinstance(dialog, UpdateDialog)
        dialog.move(window.mapToGlobal(window.rect().topLeft()).x() + 200, 180)
        dialog.check(folder)
        while dialog.busy:
            settle(app, 0.1)
        settle(app, 0.5)
        snap(
            app, window if app.platformName() == "xcb" else dialog, f"install-update-{language}.png"
        )
        program = folder / "fieldcase"
        program.write_bytes(program.read_bytes().replace(b"fieldcase", b"fieldcasX"))
        dialog.check(folder)
        while dialog.busy:
            settle(app, 0.1)
        settle(app, 0.5)
        snap(app, dialog, f"install-refused-{language}.png")
        print("written", OUT / f"install-update-{language}.png", "on", app.platformName())
        dialog.reject()
        root = installed(Path(tmp) / "install", "0.1.0", KEY)
        (root / "versions" / "0.1.0").rename(root / "versions" / "0.2.0")
        bundle(root / "versions" / "0.1.0", "0.1.0", KEY, this_platform())
        (root / "current").write_text("0.2.0\n", "ascii")
        install_module.install_root = lambda: root  # type: ignore[assignment]
        desk.updates.menu.aboutToShow.emit()  # as opening Help does
        desk.updates.ask_rollback()
        box = desk.updates.confirm
        assert box is not None
        settle(app, 0.5)
        snap(app, box, f"rollback-{language}.png")
        box.reject()
        while desk.tasks.pending:
            settle(app, 0.1)
        desk.shutdown()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "en")
