"""The optional system pieces some tests need, and how such a test skips where one is missing.

A bare machine (the README's two commands on a fresh Debian or Ubuntu, nothing else installed)
runs the whole suite: each test that needs a piece the system lacks skips, and its reason names the
package that brings it. ``tests/test_bare_machine.py`` proves it by collecting and running the
suite with each piece made to fail the way a missing one fails.

Optional pieces: Qt Multimedia's system library (libpulse0, the camera), the reference ``age``
commands, LibreOffice (export files read back), a Java runtime (ODK Validate) and PostgreSQL (the
server's second database; ``.ci/run`` starts it and sets ``FIELDCASE_TEST_PG_URL``).
"""

from __future__ import annotations

import importlib
import shutil
from types import ModuleType

import pytest

from app.system.libraries import cannot_open, debian_package

# Debian/Ubuntu package of each command the tests may call.
COMMAND_PACKAGES = {
    "age": "age",
    "age-keygen": "age",
    "soffice": "libreoffice-calc-nogui",
    "java": "default-jre-headless",
}


def import_or_skip(module: str, what: str) -> ModuleType:
    """``module``, or a skip of the whole test module naming the system package it lacks.

    Unlike ``pytest.importorskip`` (which since pytest 9 lets an ``ImportError`` other than
    ``ModuleNotFoundError`` through), a module whose shared library is missing skips too."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        library = cannot_open(str(exc))
        package = debian_package(library) if library else None
        hint = f" (apt-get install {package})" if package else ""
        pytest.skip(f"{what}: {module} cannot load here: {exc}{hint}", allow_module_level=True)


def command_missing(*commands: str) -> str | None:
    """Why the tests needing ``commands`` skip here, or ``None`` when every one is installed."""
    absent = [command for command in commands if shutil.which(command) is None]
    if not absent:
        return None
    packages = sorted({COMMAND_PACKAGES.get(command, command) for command in absent})
    return f"{', '.join(absent)} not installed (apt-get install {' '.join(packages)})"


def needs_commands(*commands: str) -> pytest.MarkDecorator:
    reason = command_missing(*commands)
    return pytest.mark.skipif(reason is not None, reason=reason or "")
