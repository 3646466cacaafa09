"""``fieldcase doctor`` and the desktop app's own check, as a person meets them: real processes.

A missing Qt system library is made by the patched xcb plugin of ``test_libraries.fake_qt`` (put
first on ``PYTHONPATH`` as the ``PySide6`` package); the server is a real ``fieldcase server``
process over HTTPS with a pinned self-signed certificate.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.app.system.test_libraries import ABSENT, ABSENT_GUI, fake_qt, pytestmark  # noqa: F401
from tests.integration.test_server_process import ROOT, ServerProcess, fieldcase

PASSWORD = "a shelter password"


def run(
    *args: str, env: dict[str, str] | None = None, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app.start.main", *args],  # the installed `fieldcase`
        cwd=ROOT,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def without_qt_libraries(tmp_path: Path, broken: str = "plugin") -> dict[str, str]:
    fake_qt(tmp_path / "qt", broken)
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env["PYTHONPATH"] = os.pathsep.join([str(tmp_path / "qt"), str(ROOT)])
    env["XDG_SESSION_TYPE"] = "x11"
    return env


def test_the_desktop_app_says_what_to_install_instead_of_aborting(tmp_path: Path) -> None:
    done = run("--workspace", str(tmp_path / "ws"), env=without_qt_libraries(tmp_path))
    assert done.returncode == 1  # not Qt's abort (134)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("fieldcase: the desktop app needs"), done.stderr
    assert ABSENT in lines[0] and "; install them with: sudo apt-get install " in lines[0]
    assert "libxcb-icccx4" in lines[0].split("sudo apt-get install ")[1].split()
    assert not (tmp_path / "ws").exists()


def test_a_library_of_qts_own_modules_is_named_too(tmp_path: Path) -> None:
    """The quick check at start reads only the platform plugin; a library QtGui lacks shows as an
    ImportError, and the full check then names it."""
    env = without_qt_libraries(tmp_path, broken="gui")
    done = run("--workspace", str(tmp_path / "ws"), env=env)
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 1 and len(lines) == 1, done.stderr
    assert ABSENT_GUI in lines[0] and "libegx1" in lines[0].split("sudo apt-get install ")[1]


def test_doctor_reports_a_missing_library_and_fails(tmp_path: Path) -> None:
    done = run("doctor", "--workspace", str(tmp_path / "ws"), env=without_qt_libraries(tmp_path))
    assert done.returncode == 1, done.stderr
    lines = done.stdout.strip().splitlines()
    report = json.loads(lines[-1])
    assert report["ok"] is False and report["qt"]["ok"] is False
    assert "libxcb-icccx4" in report["qt"]["install"].split()
    assert any(line.startswith("FAIL  qt") and ABSENT in line for line in lines)
    assert report["workspace"]["ok"] is True and report["workspace"]["exists"] is False
    assert report["fonts"]["ok"] and report["translations"]["ok"]


def test_doctor_reads_the_server_and_its_pin_with_a_password(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    pin = fieldcase("server", "tls-cert", "--out", str(tmp_path / "tls")).strip()
    cert, key = tmp_path / "tls" / "server.crt", tmp_path / "tls" / "server.key"
    server = ServerProcess(
        f"sqlite:///{tmp_path / 'server.db'}", tmp_path / "server.log",
        "--tls-cert", str(cert), "--tls-key", str(key),
    )  # fmt: skip
    server.start(verify=False)
    folder = tmp_path / "laptop"
    login = ["--workspace", str(folder), "--user", "ana", "--password-stdin"]
    try:
        code = fieldcase("server", "enrol-code", "--db", server.db_url, "--team", "t1").split()[0]
        assert run("init", *login, stdin=PASSWORD + "\n").returncode == 0
        enrolled = run("enrol", *login, "--server", server.url, "--code", code,
                       "--tls-fingerprint", pin, stdin=PASSWORD + "\n")  # fmt: skip
        assert enrolled.returncode == 0, enrolled.stderr

        without = run("doctor", "--workspace", str(folder), "--json", env=env)
        report = json.loads(without.stdout)
        assert without.returncode == 0, without.stdout + without.stderr
        assert report["workspace"]["users"] == 1 and report["server"]["url"] is None

        done = run("doctor", *login, "--json", env=env, stdin=PASSWORD + "\n")
        assert done.returncode == 0, done.stderr
        server_report = json.loads(done.stdout)["server"]
        assert server_report["url"] == server.url and server_report["tls_pin"] == pin
        assert server_report["answers"] is True
    finally:
        server.stop()
    gone = run("doctor", *login, env=env, stdin=PASSWORD + "\n")
    assert gone.returncode == 0  # the app still runs here; the server is not needed to work
    assert json.loads(gone.stdout.splitlines()[-1])["server"]["answers"] is False
    assert any(line.startswith("warn  server") for line in gone.stdout.splitlines())

    wrong = run("doctor", *login, env=env, stdin="not the password\n")
    assert wrong.returncode == 3 and wrong.stderr.startswith("fieldcase: ")


def test_doctor_refuses_a_folder_of_other_files(tmp_path: Path) -> None:
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "holiday.jpg").write_bytes(b"\xff\xd8\xff")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = run("doctor", "--workspace", str(tmp_path / "photos"), "--json", env=env)
    report = json.loads(done.stdout)
    assert done.returncode == 1 and report["workspace"]["ok"] is False
    assert "choose an empty folder" in report["workspace"]["summary"]


def test_doctor_wants_user_and_password_together(tmp_path: Path) -> None:
    done = run("doctor", "--workspace", str(tmp_path), "--user", "ana")
    assert done.returncode == 2 and done.stderr.startswith("fieldcase: ")
