"""The desktop bundle's login window on a real X server, in Khmer and English (docs/install.md).

    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python docs/screenshots/bundle_login.py [dist/fieldcase]

Runs ``dist/fieldcase/fieldcase`` (built by ``make bundle``) with a clean environment, no
``.venv`` and no ``PYTHONPATH``: ``init`` makes a workspace, then the desktop app starts on the
X display; this script (with the checkout's Qt) photographs the screen once the window is up and
ends the app. What shows is drawn by the bundle's own Qt, fonts and translations.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtGui import QGuiApplication

HERE = Path(__file__).resolve().parent
PASSWORD = "screenshot-Passw0rd"


def main(argv: list[str]) -> int:
    bundle = Path(argv[0] if argv else "dist/fieldcase").resolve()
    program = bundle / "fieldcase"
    app = QGuiApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="fieldcase-bundle-shot-") as scratch:
        home = Path(scratch)
        env = {
            "HOME": str(home),
            "PATH": "/usr/bin:/bin",
            "DISPLAY": os.environ["DISPLAY"],
            "QT_QPA_PLATFORM": "xcb",
            "LANG": "C.UTF-8",
        }
        if "XAUTHORITY" in os.environ:  # xvfb-run's: the display refuses a client without it
            env["XAUTHORITY"] = os.environ["XAUTHORITY"]
        workspace = home / "workspace"
        subprocess.run(
            [program, "init", "--workspace", workspace, "--user", "sokha", "--password-stdin"],
            input=PASSWORD + "\n",
            text=True,
            env=env,
            check=True,
            capture_output=True,
        )
        for lang in ("km", "en"):
            desktop = subprocess.Popen(
                [program, "--workspace", str(workspace), "--lang", lang], env=env, cwd=home
            )
            try:
                time.sleep(8)  # the window maps and paints (a screenshot script, not a test)
                screen = app.primaryScreen()
                picture = screen.grabWindow(0)
                out = HERE / f"bundle-login-{lang}.png"
                picture.save(str(out))
                print(
                    f"{out} from {program} (pid {desktop.pid}, still running: "
                    f"{desktop.poll() is None})"
                )
            finally:
                desktop.terminate()
                desktop.wait(timeout=30)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
