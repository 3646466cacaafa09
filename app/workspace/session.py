"""An unlocked workspace, for one user: the only way to the records.

Every operation checks the user's role here, in the core, so a refused action is refused whatever
front end asks for it. ``lock()`` closes the database and zeroes the key the session holds.

``Session`` is the door: its methods are what callers use. This module holds what every part
needs (the key, the role check, lock and idle time, a second connection for a sync round); the
bodies of the rest lie by concern beside it, as functions of the session: ``users.py`` (users,
their rows and slots), ``passwords.py`` (passwords, recovery, the duress password), ``drafts.py``
(drafts and submissions), ``integrity.py`` (``check``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.errors import BadInput, PermissionDenied, StorageFull, WorkspaceDamaged
from app.workspace import audit, drafts, integrity, passwords, users
from app.workspace.audit import Action
from app.workspace.keyslots import DEFAULT_COST, KdfCost, zero
from app.workspace.roles import ROLE_PERMISSIONS, Permission, Role
from app.workspace.signed_roles import RoleSecrets
from app.workspace.store import Store
from app.workspace.users import UserInfo

if TYPE_CHECKING:
    from app.workspace.folder import Workspace

DEFAULT_IDLE_LOCK_MINUTES = 10


@dataclass
class Session:
    workspace: Workspace
    store: Store
    _key: bytearray
    user: str
    role: Role
    clock: Callable[[], float] = time.monotonic
    last_activity: float = field(default=0.0)
    # The user's secret and, for a supervisor, the supervisors' signing seed
    # (app/workspace/signed_roles.py); zeroed with the key.
    secrets: RoleSecrets = field(
        default_factory=lambda: RoleSecrets(bytearray(), bytearray()), repr=False
    )

    def __post_init__(self) -> None:
        self.last_activity = self.clock()

    # -- permissions, lock, idle --------------------------------------------------------------

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]

    def require(self, permission: Permission) -> None:
        if not self.store.is_open:
            raise WorkspaceDamaged("the workspace is locked: log in again")
        if not self.can(permission):
            raise PermissionDenied(f"a {self.role.value} may not {permission.value}")

    @property
    def is_locked(self) -> bool:
        return not self.store.is_open

    def lock(self) -> None:
        """Close the database and drop the key, whatever else fails. Safe to call twice."""
        try:
            if self.store.is_open:
                try:
                    audit.record(self.store, self.user, Action.LOCK)
                except StorageFull:
                    pass  # a full disk costs the audit row of the lock, never the lock itself
                finally:
                    self.store.close()
        finally:
            zero(self._key)
            self.secrets.zero()

    def companion(self) -> Session:
        """A second connection to this workspace for the same user, opened in (and only to be
        used from) the calling thread: a sync round runs on it so that the database thread,
        which saves drafts as they are typed, never waits for the network. Close it with
        ``close_companion``; it writes no login or lock to the audit log."""
        if self.is_locked:
            raise WorkspaceDamaged("the workspace is locked: log in again")
        key = bytearray(self._key)
        try:
            store = Store.open(self.workspace.database_path, key)
        except BaseException:
            zero(key)
            raise
        return Session(
            self.workspace, store, key, self.user, self.role, secrets=self.secrets.copy()
        )

    def close_companion(self) -> None:
        try:
            self.store.close()
        finally:
            zero(self._key)
            self.secrets.zero()

    def touch(self) -> None:
        """The user did something: the idle timer starts again."""
        self.last_activity = self.clock()

    def idle_lock_minutes(self) -> int:
        value = self.store.scalar("SELECT value FROM settings WHERE key = 'idle_lock_minutes'")
        return DEFAULT_IDLE_LOCK_MINUTES if value is None else int(value)

    def set_idle_lock_minutes(self, minutes: int) -> None:
        self.require(Permission.MANAGE_USERS)
        if not 1 <= minutes <= 240:
            raise BadInput("the idle lock is between 1 and 240 minutes")
        with self.store.atomic():
            self.store.execute(
                "INSERT INTO settings (key, value) VALUES ('idle_lock_minutes', ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (str(minutes),),
            )
            audit.record(
                self.store, self.user, Action.EDIT, "settings", f"idle_lock_minutes={minutes}"
            )

    def lock_if_idle(self) -> bool:
        """Lock when the idle time set for this workspace has passed; returns whether it locked."""
        if self.is_locked:
            return True
        if self.clock() - self.last_activity >= self.idle_lock_minutes() * 60:
            self.lock()
            return True
        return False

    # -- users (app/workspace/users.py) -------------------------------------------------------

    def users(self) -> list[UserInfo]:
        return users.all_users(self)

    def add_user(
        self, name: str, role: Role | str, password: str, cost: KdfCost = DEFAULT_COST
    ) -> None:
        users.add_user(self, name, role, password, cost)

    def disable_user(self, name: str) -> None:
        """Refuse ``name`` from now on: their keyslot is destroyed."""
        users.disable_user(self, name)

    def enable_user(self, name: str, new_password: str, cost: KdfCost = DEFAULT_COST) -> None:
        users.enable_user(self, name, new_password, cost)

    def set_role(self, name: str, role: Role | str) -> None:
        """Change ``name``'s role and sign the row."""
        users.set_role(self, name, role)

    # -- passwords (app/workspace/passwords.py) -----------------------------------------------

    def set_password(self, name: str, new_password: str, cost: KdfCost = DEFAULT_COST) -> None:
        """A user changes their own password, or a supervisor sets another's (rewrites one slot)."""
        passwords.set_password(self, name, new_password, cost)

    def rewrite_own_slot(self, password: str, cost: KdfCost) -> None:
        """The login of a promoted interpreter: their keyless slot rewritten in place."""
        passwords.rewrite_own_slot(self, password, cost)

    def reset_password_by_recovery(self, new_password: str, cost: KdfCost = DEFAULT_COST) -> None:
        """Used by ``Workspace.recover`` only: the recovery code stood in for the password."""
        passwords.reset_password_by_recovery(self, new_password, cost)

    def set_duress_password(self, duress_password: str, cost: KdfCost = DEFAULT_COST) -> None:
        """A password that, typed at login, replaces the workspace by a decoy that looks like it."""
        passwords.set_duress_password(self, duress_password, cost)

    def has_duress_password(self) -> bool:
        return passwords.has_duress_password(self)

    def remove_duress_password(self) -> None:
        """After this, the old duress password is just a wrong password."""
        passwords.remove_duress_password(self)

    # -- records: drafts and submissions (app/workspace/drafts.py) ----------------------------

    def save_draft(
        self,
        form_id: str,
        form_version: str,
        data: dict[str, Any],
        draft_id: str | None = None,
        interpreter: str | None = None,
    ) -> str:
        """Create or overwrite a draft (one row per draft); returns its id."""
        return drafts.save_draft(self, form_id, form_version, data, draft_id, interpreter)

    def interpreters(self) -> list[str]:
        """The interpreters a social worker may name in an interview."""
        return drafts.interpreters(self)

    def name_interpreter(self, draft_id: str, name: str | None) -> None:
        """Name ``name`` as the draft's interpreter (None: nobody)."""
        drafts.name_interpreter(self, draft_id, name)

    def load_draft(self, draft_id: str) -> dict[str, Any]:
        return drafts.load_draft(self, draft_id)

    def drafts(self) -> list[dict[str, Any]]:
        """The drafts this user may continue, newest first."""
        return drafts.listed(self)

    def discard_draft(self, draft_id: str) -> None:
        drafts.discard_draft(self, draft_id)

    def finalise_draft(self, draft_id: str, submission: dict[str, Any] | None = None) -> str:
        """Turn a draft into an immutable submission; returns the submission id."""
        return drafts.finalise_draft(self, draft_id, submission)

    def submission(self, submission_id: str) -> dict[str, Any]:
        return drafts.submission(self, submission_id)

    def submission_ids(self) -> list[str]:
        return drafts.submission_ids(self)

    # -- checks (app/workspace/integrity.py) --------------------------------------------------

    def check(self, full: bool = False) -> dict[str, Any]:
        """Integrity of the database, its encryption, the audit chain and the keyslots."""
        return integrity.check(self, full)
