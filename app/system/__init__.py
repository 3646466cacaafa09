"""What this laptop's operating system must provide, and where fieldcase keeps its files on it.

Qt-free and importing nothing of the rest of ``app``: the command line asks it before Qt starts
(``fieldcase doctor``, and the desktop app's own check of Qt's system libraries).
"""

from __future__ import annotations

from pathlib import Path


def default_workspace() -> Path:
    """The workspace folder the desktop app opens when none is named."""
    return Path.home() / ".local" / "share" / "fieldcase" / "workspace"
