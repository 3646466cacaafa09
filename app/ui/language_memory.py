"""What this laptop remembers before any password: the interface language (also per user, after
login) and the workspace folder.

- **The laptop's language** is the one last chosen on the first-run or login screen. It is kept
  in the app's unencrypted preferences (QSettings, the file that also keeps the text size), so the
  login window can be drawn in it before anyone has typed a password. It holds a language code
  and nothing else: nothing about any person, not even a user's name.
- **A user's language** is the one they chose on the login screen before logging in (or on the
  first-run screen, for the workspace's creator). It is kept inside the encrypted workspace
  (table ``settings``, key ``interface_language:<user>``) and applied as soon as they log in.
- **The laptop's workspace** is the folder chosen on the first-run screen, opened when the app is
  started without ``--workspace`` (kept only when it is not the default folder). It names a folder
  and nothing else; the folder itself is as visible on the disk.

The workspace functions run on the database thread; the preference functions on the GUI thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from app.system import default_workspace
from app.ui.i18n import LANGUAGES

if TYPE_CHECKING:
    from app.workspace.session import Session

LAPTOP_KEY = "interface/language"
WORKSPACE_KEY = "workspace/folder"


def _preferences() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "fieldcase", "fieldcase"
    )


def laptop_language() -> str | None:
    """The language last chosen on this laptop's first-run or login screen, if any."""
    code = _preferences().value(LAPTOP_KEY)
    return code if isinstance(code, str) and code in LANGUAGES else None


def remember_laptop_language(code: str) -> None:
    if code in LANGUAGES:
        preferences = _preferences()
        preferences.setValue(LAPTOP_KEY, code)
        preferences.sync()


def laptop_workspace() -> Path | None:
    """The workspace folder chosen at this laptop's first run, if it was not the default."""
    folder = _preferences().value(WORKSPACE_KEY)
    return Path(folder) if isinstance(folder, str) and Path(folder).is_absolute() else None


def remember_laptop_workspace(folder: Path) -> None:
    preferences = _preferences()
    if folder == default_workspace():
        preferences.remove(WORKSPACE_KEY)
    else:
        preferences.setValue(WORKSPACE_KEY, str(folder))
    preferences.sync()


def _user_key(session: Session) -> str:
    return f"interface_language:{session.user}"


def user_language(session: Session) -> str | None:
    """Database thread: the language this user chose, if they ever did."""
    code = session.store.scalar("SELECT value FROM settings WHERE key = ?", (_user_key(session),))
    return str(code) if code in LANGUAGES else None


def remember_user_language(session: Session, code: str) -> None:
    """Database thread: keep ``code`` as this user's language."""
    if code in LANGUAGES:
        session.store.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (_user_key(session), code),
        )
