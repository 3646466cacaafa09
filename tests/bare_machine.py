"""A pytest plugin that makes this machine look bare: loaded with ``-p tests.bare_machine``.

Each optional module whose shared library the system may lack fails to import the way it fails on
such a machine: an ``ImportError`` naming the library (not a ``ModuleNotFoundError``, which pytest
and ``try: import`` treat differently). Commands and PostgreSQL are hidden by the caller, through
``PATH`` and the environment (see ``tests/test_bare_machine.py``).
"""

from __future__ import annotations

import importlib.abc
import sys
from collections.abc import Sequence
from types import ModuleType

# module -> the library it cannot open on a bare machine
MISSING = {"PySide6.QtMultimedia": "libpulse.so.0"}


class MissingSharedLibrary(importlib.abc.MetaPathFinder):
    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> None:
        for module, library in MISSING.items():
            if fullname == module or fullname.startswith(module + "."):
                raise ImportError(
                    f"{library}: cannot open shared object file: No such file or directory",
                    name=fullname,
                )
        return None


for module in MISSING:  # already imported by someone: forget it, so the next import fails
    sys.modules.pop(module, None)
sys.meta_path.insert(0, MissingSharedLibrary())
