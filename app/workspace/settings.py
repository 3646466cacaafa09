"""Workspace settings a supervisor may change: what they are, and changing them (audited).

Two settings. The attachment size limit (1 to 60 MB, 20 by default), which decides how large
a photo or scan a form may keep on this laptop (app/interviews/attachments.py checks it before storing a
file). It holds for this workspace only; each laptop of a team keeps its own (a supervisor sets it
on each). The setting lives here, with the workspace's ``settings`` table, and the attachments
read it: the workspace knows nothing of interviews.

"Ask users to type their name at login": the login screen shows a name field instead of the list
of users. It must be read before anyone logs in, so it is not in the encrypted database but in a
small file beside the keyslots (app/workspace/login_screen.py says what it protects and what it
does not); changing it is audited here like any setting.

The command line (``fieldcase settings ...``, app/cli/settings.py) and the desktop app's
workspace settings dialog (app/ui/settings_dialog.py) both come here; the core checks the role,
whatever front end asks.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.errors import BadInput
from app.workspace import audit, login_screen
from app.workspace.audit import Action
from app.workspace.roles import Permission

if TYPE_CHECKING:
    from app.workspace.session import Session
    from app.workspace.store import Store

MIN_MB = 1
MAX_MB = 60  # an envelope holds 64 MiB
DEFAULT_ATTACHMENT_LIMIT_MB = 20
ATTACHMENT_LIMIT_KEY = "attachment_max_mb"


@dataclass(frozen=True)
class WorkspaceSettings:
    attachment_limit_mb: float
    attachment_limit_is_default: bool
    login_asks_name: bool = False

    def to_json(self) -> dict[str, object]:
        return {
            "attachment_limit_mb": self.attachment_limit_mb,
            "attachment_limit_is_default": self.attachment_limit_is_default,
            "login_asks_name": self.login_asks_name,
        }


def attachment_limit_bytes(store: Store) -> int:
    """The largest file a form may keep here, in bytes (the default when unset or unreadable)."""
    value = store.scalar("SELECT value FROM settings WHERE key = ?", (ATTACHMENT_LIMIT_KEY,))
    try:
        megabytes = float(value) if value is not None else DEFAULT_ATTACHMENT_LIMIT_MB
    except ValueError:
        megabytes = DEFAULT_ATTACHMENT_LIMIT_MB
    return int(megabytes * 1_000_000)


def current(session: Session) -> WorkspaceSettings:
    """The settings as they stand (anyone logged in may read them: forms show the limit)."""
    stored = session.store.scalar(
        "SELECT value FROM settings WHERE key = ?", (ATTACHMENT_LIMIT_KEY,)
    )
    return WorkspaceSettings(
        attachment_limit_mb=attachment_limit_bytes(session.store) / 1_000_000,
        attachment_limit_is_default=stored is None,
        login_asks_name=login_screen.asks_name(session.workspace.path),
    )


def set_attachment_limit(session: Session, megabytes: float) -> WorkspaceSettings:
    """Supervisors only; 1 to 60 MB (an envelope holds 64 MiB). Files already kept stay."""
    session.require(Permission.MANAGE_USERS)
    if not math.isfinite(megabytes):
        megabytes = 0  # refused below, with the range in the message
    if not MIN_MB <= megabytes <= MAX_MB:
        raise BadInput(f"the attachment limit is between {MIN_MB} and {MAX_MB} MB")
    with session.store.atomic():
        before = attachment_limit_bytes(session.store) / 1_000_000
        session.store.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (ATTACHMENT_LIMIT_KEY, str(megabytes)),
        )
        audit.record(
            session.store,
            session.user,
            Action.EDIT,
            "settings",
            f"{ATTACHMENT_LIMIT_KEY}={megabytes:g} (was {before:g})",
        )
    return current(session)


def set_login_asks_name(session: Session, ask_name: bool) -> WorkspaceSettings:
    """Supervisors only: the login screen asks users to type their name (``True``) or lists
    them (``False``). Takes effect the next time the login screen is shown."""
    session.require(Permission.MANAGE_USERS)
    before = login_screen.asks_name(session.workspace.path)
    if before != ask_name:
        with session.store.atomic():
            audit.record(
                session.store,
                session.user,
                Action.EDIT,
                "settings",
                f"login_asks_name={int(ask_name)} (was {int(before)})",
            )
            login_screen.write(session.workspace.path, ask_name)  # last: a failure rolls back
    return current(session)
