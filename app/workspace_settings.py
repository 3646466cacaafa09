"""Workspace settings a supervisor may change: what they are, and changing them (audited).

One setting so far: the attachment size limit (``app.attachments``: 1 to 60 MB, 20 by default),
which decides how large a photo or scan a form may keep on this laptop. It holds for this
workspace only; each laptop of a team keeps its own (a supervisor sets it on each).

The command line (``fieldcase settings ...``, app/cli_settings.py) and the desktop app's
workspace settings dialog (app/ui/settings_dialog.py) both come here; the core checks the role,
whatever front end asks.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from app import attachments
from app.roles import Permission
from app.session import Session

MIN_MB = 1
MAX_MB = 60


@dataclass(frozen=True)
class WorkspaceSettings:
    attachment_limit_mb: float
    attachment_limit_is_default: bool

    def to_json(self) -> dict[str, object]:
        return {
            "attachment_limit_mb": self.attachment_limit_mb,
            "attachment_limit_is_default": self.attachment_limit_is_default,
        }


def current(session: Session) -> WorkspaceSettings:
    """The settings as they stand (anyone logged in may read them: forms show the limit)."""
    stored = session.store.scalar(
        "SELECT value FROM settings WHERE key = ?", (attachments.MAX_SETTING,)
    )
    return WorkspaceSettings(
        attachment_limit_mb=attachments.max_bytes(session.store) / 1_000_000,
        attachment_limit_is_default=stored is None,
    )


def set_attachment_limit(session: Session, megabytes: float) -> WorkspaceSettings:
    """Supervisors only; 1 to 60 MB (an envelope holds 64 MiB). Files already kept stay."""
    session.require(Permission.MANAGE_USERS)
    if not math.isfinite(megabytes):
        megabytes = 0  # refused below, with the range in the message
    attachments.set_max_mb(session, megabytes)
    return current(session)
