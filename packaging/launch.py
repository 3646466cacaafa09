"""The frozen program's first module: the same ``fieldcase`` as the installed entry point
(``app.start.main:main``), the desktop app when no command is named, else the command."""

import sys

from app.start.main import main

if __name__ == "__main__":
    sys.exit(main())
