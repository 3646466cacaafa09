"""The login window of a cold start comes up before the heavy parts of the app are loaded.

A fresh process runs the ``fieldcase --workspace DIR`` command's own path up to the login window
(as ``bench/ui.py`` does) and reports what it had to load. What is checked is not a time (tests
never assert on timings) but what made the start slow before, each worth 5 to 80 ms: every
command's module, the crypto library, SQLCipher, the session, the thread pools, and PySide's
``Qt`` namespace (93 enums built on first use). ``bench/ui.py`` measures the time itself.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.main import desktop_options
from app.workspace.folder import Workspace
from app.workspace.keyslots import KdfCost

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json, sys
from app.start.main import main
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

def report(app):
    import PySide6.QtCore
    from app.ui.login import LoginWidget
    logins = [w for w in app.allWidgets() if isinstance(w, LoginWidget) and w.isVisible()]
    print(json.dumps({
        "login_shown": len(logins) == 1,
        "users": [logins[0].user.itemText(i) for i in range(logins[0].user.count())] if logins else [],
        "loaded": sorted(name for name in sys.modules if name.split(".")[0] in
                         ("cryptography", "sqlcipher3", "concurrent", "app", "sync", "forms",
                          "PySide6")),
        "qt_namespace_built": "Qt" in vars(PySide6.QtCore),
    }), flush=True)
    app.quit()

def exec_then_report(app):
    QTimer.singleShot(0, lambda: report(app))
    return run_event_loop()

run_event_loop = QApplication.exec
QApplication.exec = exec_then_report
sys.exit(main(["--workspace", sys.argv[1], "--lang", "km"]))
"""


@pytest.fixture(scope="module")
def cold_start(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    folder = tmp_path_factory.mktemp("cold") / "workspace"
    session, _ = Workspace.create(folder, "dara", "a long password", cost=KdfCost(1, 8192, 1))
    session.lock()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(folder)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_the_login_window_lists_the_workspace_users(cold_start: dict[str, object]) -> None:
    assert cold_start["login_shown"] is True
    assert cold_start["users"] == ["dara"]


@pytest.mark.parametrize(
    "module",
    [
        "cryptography",  # Argon2id and the AEAD: imported when the password is checked
        "sqlcipher3",  # the database: opened after the login
        "app.workspace.session",
        "app.workspace.store",
        "app.workspace.audit",
        "app.cli.workspace",  # a command's module: the desktop app does not build their parser
        "app.cli.sync",
        "concurrent.futures",  # the task runner's threads start with the first task
        "forms",  # the form engine: loaded at the first interview
        "app.cases",
        "PySide6.QtMultimedia",  # the camera: loaded when an image question is shown
    ],
)
def test_heavy_parts_wait_until_after_the_login_window(
    cold_start: dict[str, object], module: str
) -> None:
    loaded = cold_start["loaded"]
    assert isinstance(loaded, list)
    assert not [name for name in loaded if name == module or name.startswith(module + ".")]


def test_the_qt_namespace_is_not_built_before_the_login_window(
    cold_start: dict[str, object],
) -> None:
    assert cold_start["qt_namespace_built"] is False


@pytest.mark.parametrize(
    ("argv", "desktop"),
    [
        ([], True),
        (["--workspace", "w"], True),
        (["--workspace=w", "--lang", "km", "--debug"], True),
        (["--workspace", "w", "check"], False),  # a command: the full parser handles it
        (["init", "--workspace", "w"], False),
        (["--help"], False),
        (["--workspace"], False),  # wrong: the full parser says so, exit 2
        (["--no-such-option"], False),
    ],
)
def test_only_a_plain_desktop_command_line_skips_the_full_parser(
    argv: list[str], desktop: bool
) -> None:
    assert (desktop_options(argv) is not None) is desktop
