"""``FIELDCASE_QUIT_WHEN_SHOWN=1``: the smoke start an installer relies on (``make bundle-test``,
docs/install.md). The real ``fieldcase`` command, in a fresh process, starts the desktop app, says
which screen it shows and quits by itself with exit code 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.workspace.folder import Workspace
from app.workspace.keyslots import KdfCost

ROOT = Path(__file__).resolve().parents[2]
START = "import sys; from app.start.main import main; sys.exit(main(sys.argv[1:]))"


def start(*arguments: str) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), FIELDCASE_QUIT_WHEN_SHOWN="1"
    )
    return subprocess.run(
        [sys.executable, "-c", START, *arguments],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )


def test_the_app_quits_once_the_login_window_is_shown(tmp_path: Path) -> None:
    folder = tmp_path / "workspace"
    session, _ = Workspace.create(folder, "dara", "a long password", cost=KdfCost(1, 8192, 1))
    session.lock()
    done = start("--workspace", str(folder), "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == (
        "fieldcase: window 'fieldcase' shows the login screen 'fieldcase is locked'"
    )


def test_a_folder_without_a_workspace_shows_the_first_run(tmp_path: Path) -> None:
    done = start("--workspace", str(tmp_path / "new"), "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert "shows the first run screen" in done.stdout
    assert not (tmp_path / "new").exists()  # looking created nothing
