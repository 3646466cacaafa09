"""Screenshot of the login window refusing a social worker who wrote himself supervisor into the
database (the issue's interpreter holds no workspace key any more: docs/security.md, "What an
interpreter holds") (issue 20: roles are signed by the supervisors' key; docs/security.md, "Signed roles"),
in a language given.

Driven as a person does it: his name typed (the login screen asks for it), his own
right password typed, Return::

    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python docs/screenshots/role_refused.py km role-refused-km.png

Without a display it falls back to Qt's offscreen platform and renders the window
(``QWidget.grab``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from stage import (
    CHEAP,
    PASSWORD,
    application,
    close,
    log_in,
    open_window,
    settle,
    snap,
    throwaway,
    wait_for,
)

# isort: split
from app.workspace.folder import Workspace
from app.workspace.keyslots import KeyslotFile, unwrap_key
from app.workspace.roles import Role
from app.workspace.store import Store


def escalate(path: Path, user: str) -> None:
    """What the issue's interpreter did with a Python prompt: his slot, the key, the database."""
    workspace = Workspace.at(path)
    slot = KeyslotFile.read(path / "keyslots").find("user", user)
    assert slot is not None
    plain = unwrap_key(workspace.workspace_id, slot, PASSWORD)
    assert plain is not None
    store = Store.open(workspace.database_path, plain[:32])
    store.execute("UPDATE users SET role = 'supervisor' WHERE name = ?", (user,))
    store.close()


def main(language: str, name: str) -> None:
    app = application(language)
    with throwaway() as tmp:
        path = tmp / "ws"
        session, _ = Workspace.create(path, "Sophea", PASSWORD, cost=CHEAP, login_asks_name=True)
        session.add_user("Dara", Role.SOCIAL_WORKER, PASSWORD, cost=CHEAP)
        session.lock()
        escalate(path, "Dara")
        desk = open_window(app, path, language)
        log_in(desk, "Dara")
        login = desk.login
        assert login is not None
        wait_for(app, lambda: bool(login.error.text()), "the refusal")
        settle(app, 1)
        snap(app, desk.window, name)
        close(app, desk)


if __name__ == "__main__":
    main(
        sys.argv[1] if len(sys.argv) > 1 else "en",
        sys.argv[2] if len(sys.argv) > 2 else "role-refused.png",
    )
