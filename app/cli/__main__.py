"""``python -m app.cli COMMAND ...``: a command, never the desktop app (that is ``fieldcase``)."""

import sys

from app.cli.main import main

sys.exit(main())
