"""``fieldcase`` (the installed command): the desktop app, or the command the arguments name.

``fieldcase [--workspace DIR] [--lang CODE]`` opens the desktop app; anything else is a command
(``app.cli``), with the command line's contract for errors and exit codes.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from app.cli.main import main as command_line

    return command_line(argv, desktop=desktop)


def desktop(args: argparse.Namespace) -> int:
    """The desktop app, once the system libraries Qt needs are known to be there: a missing one
    is said in one line with the command that installs it, instead of Qt aborting the process."""
    from app.system.libraries import desktop_check

    libraries = desktop_check(plugin_only=True)
    if libraries.ok:
        try:
            from app.ui.main import run_desktop  # Qt only when the desktop app is asked for
        except ImportError:
            libraries = desktop_check()  # what Qt's own modules lack
            if libraries.ok:
                raise
        else:
            return run_desktop(workspace=args.workspace, lang=args.lang)
    print(f"fieldcase: {libraries.one_line('the desktop app')}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
