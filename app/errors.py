"""The one exception root of the application core.

Every error the core raises on purpose is a ``FieldcaseError``; its ``kind`` tells a caller what to
do (the command line turns it into an exit code, the UI into a message)::

    FieldcaseError
    ├── BadInput            kind=BAD_INPUT     the caller gave something unusable (exit 2)
    │   └── NotAWorkspace                      the folder holds no workspace
    ├── WrongCredentials    kind=CREDENTIALS   wrong user, password or recovery code (exit 3)
    ├── LockedOut           kind=LOCKED        too many failed logins; ``retry_after`` seconds (exit 3)
    ├── PermissionDenied    kind=PERMISSION    the user's role does not allow this (exit 1)
    ├── WorkspaceDamaged    kind=DAMAGED       a file of the workspace is corrupt or was edited (exit 1)
    │   ├── KeyFileDamaged                     a keyslot no copy of which reads back
    │   └── RoleRefused                        a user's role not as a supervisor signed it
    ├── ReadOnlyFolder      kind=FAILED        a folder to write is read-only (disk or permissions) (exit 1)
    └── StorageFull         kind=STORAGE       the disk is full; nothing committed was lost (exit 1)

Messages are one line, meant for the person at the keyboard.
"""

from __future__ import annotations

import enum


class ErrorKind(enum.Enum):
    FAILED = "failed"
    BAD_INPUT = "bad_input"
    CREDENTIALS = "credentials"
    LOCKED = "locked"
    PERMISSION = "permission"
    DAMAGED = "damaged"
    STORAGE = "storage"


_EXIT_CODES = {
    ErrorKind.FAILED: 1,
    ErrorKind.BAD_INPUT: 2,
    ErrorKind.CREDENTIALS: 3,
    ErrorKind.LOCKED: 3,
    ErrorKind.PERMISSION: 1,
    ErrorKind.DAMAGED: 1,
    ErrorKind.STORAGE: 1,
}


class FieldcaseError(Exception):
    """Root of every error the core raises on purpose."""

    kind: ErrorKind = ErrorKind.FAILED

    @property
    def exit_code(self) -> int:
        return _EXIT_CODES[self.kind]


class BadInput(FieldcaseError):
    kind = ErrorKind.BAD_INPUT


class NotAWorkspace(BadInput):
    pass


class WrongCredentials(FieldcaseError):
    kind = ErrorKind.CREDENTIALS


class LockedOut(FieldcaseError):
    kind = ErrorKind.LOCKED

    def __init__(self, message: str, retry_after: float) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class PermissionDenied(FieldcaseError):
    kind = ErrorKind.PERMISSION


class WorkspaceDamaged(FieldcaseError):
    kind = ErrorKind.DAMAGED


class KeyFileDamaged(WorkspaceDamaged):
    """The keyslot file holds a slot that cannot be read: the password typed may be right."""


class RoleRefused(WorkspaceDamaged):
    """A login refused because the user's row is not as the supervisors' key signed it (changed
    outside the app), or the key pinned was changed: app/workspace/signed_roles.py."""


class ReadOnlyFolder(FieldcaseError):
    """A folder the act must write to is on a read-only disk, or this user may not write there.
    Nothing was changed; ``folder`` names it, ``workspace`` says it is the workspace's own."""

    def __init__(self, message: str, folder: str, workspace: bool = False) -> None:
        super().__init__(message)
        self.folder = folder
        self.workspace = workspace


class StorageFull(FieldcaseError):
    kind = ErrorKind.STORAGE
