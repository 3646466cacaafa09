"""The rules user names and passwords follow, wherever one is set or typed.

Both the closed folder (``Workspace.create`` and ``recover``, in app/workspace/folder.py) and an
unlocked session (adding a user, changing a password, the duress password, in
app/workspace/session.py) apply them; they live here, below both, so that neither imports the other
for them.
"""

from __future__ import annotations

import unicodedata

from app.errors import BadInput

MIN_PASSWORD = 8


def clean_user_name(name: str) -> str:
    cleaned = unicodedata.normalize("NFC", name).strip()
    if not cleaned or len(cleaned) > 64 or any(unicodedata.category(c)[0] == "C" for c in cleaned):
        raise BadInput("a user name has 1 to 64 visible characters")
    return cleaned


def clean_password(password: str) -> str:
    """NFC, so the same password typed with another input method gives the same key."""
    cleaned = unicodedata.normalize("NFC", password)
    if len(cleaned) < MIN_PASSWORD:
        raise BadInput(f"a password has at least {MIN_PASSWORD} characters")
    return cleaned
