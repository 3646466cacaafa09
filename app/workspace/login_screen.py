"""What the login screen shows before anything is decrypted: the list of users, or a name to type.

The choice is a workspace setting ("Ask users to type their name at login"), changed by a
supervisor through ``app.workspace.settings`` (audited there). The login screen needs it before any
password is typed, so it cannot live in the encrypted database: it is a small file beside the
keyslots, ``login-screen.json``, holding ``{"ask_name": true}`` or ``false`` and nothing else.

What this protects, honestly: the names of a workspace's users from whoever holds the laptop at
its login screen (a visitor in the shelter, someone looking over a shoulder, a person who takes
the laptop but has no tools). It does not hide the names from someone who copies the disk: the
``keyslots`` file names each user's slot, and ``auth-state.json`` names those who failed to log
in. Nor is the file protected against change: flipping it shows the list, which reveals what the
keyslots file already does. See docs/security.md.

Defaults: a workspace created in the desktop app's first run asks for the name (the safer
choice; ``Workspace.create(..., login_asks_name=True)``); a workspace without the file (made
before this setting existed, or by ``fieldcase init``) keeps the list it always showed. A duress
login, which replaces the workspace by an empty one, keeps the file, so the login screen after
it looks as before.

Reading it costs no import of the crypto library or the database (the login window of a cold
start reads it).
"""

from __future__ import annotations

import json
from pathlib import Path

from app.workspace.durable import write_atomically

FILE = "login-screen.json"


def asks_name(folder: Path) -> bool:
    """Whether the login screen of the workspace in ``folder`` asks users to type their name.
    A missing or unreadable file means the list (what every workspace showed before)."""
    try:
        raw = json.loads((folder / FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(raw, dict) and raw.get("ask_name") is True


def write(folder: Path, ask_name: bool) -> None:
    """Replace the file atomically (a reader sees the old choice or the new one)."""
    data = json.dumps({"ask_name": bool(ask_name)}).encode("utf-8")
    write_atomically(folder / FILE, data)
