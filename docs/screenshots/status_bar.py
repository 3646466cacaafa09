"""Screenshot of the main window with its status bar, in a language given: one line high in every
script, the sync panel's sentence cut short with "…" where the bar ends (the whole sentence in its
tooltip), beside "Enrol with a server…" and the user's name::

    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python docs/screenshots/status_bar.py my status-bar-my.png
        .venv/bin/python docs/screenshots/status_bar.py my status-bar-my-narrow.png 760

(the optional last argument: the window's width, 1000 unless given; narrower, the sentence is cut).

The throw-away workspace holds one supervisor (Ana) of a team founded on this laptop, not enrolled
with a server (the panel's longest sentence), and a few demo cases; the password is typed into the
login window and Return pressed. Without a display it falls back to Qt's offscreen platform.
"""

from __future__ import annotations

import sys

from stage import CHEAP, PASSWORD, application, close, log_in_home, open_window, snap, throwaway

# isort: split
from app.interviews.demo import add_demo_cases
from app.team.case_book import case_book
from app.team.membership import found_team
from app.workspace.folder import Workspace


def main(language: str, name: str, width: int = 1000) -> None:
    app = application(language)
    with throwaway() as tmp:
        path = tmp / "ws"
        session, _ = Workspace.create(path, "Ana", PASSWORD, cost=CHEAP)
        book = case_book(session)
        found_team(book, "mekong-1")
        add_demo_cases(book, 12, seed=4)
        session.lock()
        desk = open_window(app, path, language, (width, 700))
        log_in_home(app, desk)
        snap(app, desk.window, name, frame=True)
        close(app, desk)


if __name__ == "__main__":
    main(
        sys.argv[1] if len(sys.argv) > 1 else "en",
        sys.argv[2] if len(sys.argv) > 2 else "status-bar-en.png",
        int(sys.argv[3]) if len(sys.argv) > 3 else 1000,
    )
