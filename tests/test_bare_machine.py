"""The suite on a bare machine: every optional system piece missing, and still a clean run.

A fresh Debian or Ubuntu with only the README's two commands has no libpulse0 (the camera), no
``age`` command, no LibreOffice, no Java and no PostgreSQL. Such a machine must still collect the
whole suite, and each test that needs a missing piece must skip saying which package brings it.
These tests run pytest in a subprocess with those pieces made to fail the way missing ones do:
Qt Multimedia's import raises ``ImportError`` naming ``libpulse.so.0`` (``tests/bare_machine.py``),
``PATH`` holds only the virtual environment's ``bin``, and no PostgreSQL URL is set.

``.ci/run`` runs this file before it installs the optional packages, so CI catches this class of
fault on every submission.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def bare_pytest(*args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("FIELDCASE_TEST_PG_URL", "PYTEST_ADDOPTS", "PYTEST_PLUGINS")
    }
    env["PATH"] = str(Path(sys.executable).parent)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "tests.bare_machine",
            "-p",
            "no:cacheprovider",
            "-q",
            "-rs",
            *args,
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_the_whole_suite_is_collected_on_a_bare_machine() -> None:
    result = bare_pytest("--collect-only")
    tail = result.stdout[-3000:] + result.stderr[-3000:]
    assert result.returncode == 0, tail
    collected = re.search(r"(\d+) tests? collected", result.stdout)
    assert collected is not None, tail
    assert int(collected.group(1)) > 1000, tail
    assert "error" not in result.stdout.splitlines()[-1].lower(), tail


def test_what_needs_a_missing_piece_skips_naming_its_package() -> None:
    result = bare_pytest(
        "tests/ui/test_camera.py",
        "tests/sync/test_age.py",
        "tests/app/export/test_spreadsheet.py",
        "tests/sync/server/test_server_concurrency.py",
        "-k",
        "not hypothesis",
    )
    out = result.stdout
    assert result.returncode == 0, out[-3000:] + result.stderr[-3000:]
    skips = [line for line in out.splitlines() if line.startswith("SKIPPED")]
    # the camera's whole module, the reference age commands, LibreOffice, PostgreSQL
    for package in (
        "apt-get install libpulse0",
        "apt-get install age",
        "apt-get install libreoffice-calc-nogui",
        "apt-get install postgresql",
    ):
        assert any(package in line for line in skips), f"no skip names {package!r}:\n{out[-3000:]}"
    assert re.search(r"\d+ passed", out), out[-3000:]  # the rest of those files still ran
