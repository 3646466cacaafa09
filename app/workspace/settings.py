"""Workspace settings a supervisor may change: what they are, and changing them (audited).

One setting so far: the attachment size limit (1 to 60 MB, 20 by default), which decides how large
a photo or scan a form may keep on this laptop (app/interviews/attachments.py checks it before storing a
file). It holds for this workspace only; each laptop of a team keeps its own (a supervisor sets it
on each). The setting lives here, with the workspace's ``settings`` table, and the attachments
read it: the workspace knows nothing of interviews.

The command line (``fieldcase settings ...``, app/cli/settings.py) and the desktop app's
workspace settings dialog (app/ui/settings_dialog.py) both come here; the core checks the role,
whatever front end asks.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.errors import BadInput
from app.workspace import audit
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

    def to_json(self) -> dict[str, object]:
        return {
            "attachment_limit_mb": self.attachment_limit_mb,
            "attachment_limit_is_default": self.attachment_limit_is_default,
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
