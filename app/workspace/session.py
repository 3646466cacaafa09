"""An unlocked workspace, for one user: the only way to the records.

Every operation checks the user's role here, in the core, so a refused action is refused whatever
front end asks for it. ``lock()`` closes the database and zeroes the key the session holds.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.errors import BadInput, PermissionDenied, StorageFull, WorkspaceDamaged
from app.workspace import audit, shared_drafts, signed_roles
from app.workspace.audit import Action
from app.workspace.credentials import clean_password, clean_user_name
from app.workspace.ids import new_id
from app.workspace.keyslots import (
    DEFAULT_COST,
    KdfCost,
    Keyslot,
    keyless_plaintext,
    wrap_key,
    zero,
)
from app.workspace.roles import ROLE_PERMISSIONS, Permission, Role, parse_role
from app.workspace.signed_roles import RoleSecrets
from app.workspace.store import Store

if TYPE_CHECKING:
    from app.workspace.folder import Workspace

DEFAULT_IDLE_LOCK_MINUTES = 10


@dataclass(frozen=True)
class UserInfo:
    name: str
    role: Role
    disabled: bool
    created_at: str
    created_by: str | None
    # The row is as the supervisors' key signed it (false for a role changed outside the app,
    # and for every row of a workspace whose roles no supervisor has signed yet).
    signed: bool = True

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "role": self.role.value,
            "disabled": self.disabled,
            "created_at": self.created_at,
            "created_by": self.created_by,
            "signed": self.signed,
        }


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

    # -- users --------------------------------------------------------------------------------

    def users(self) -> list[UserInfo]:
        self.require(Permission.MANAGE_USERS)
        rows = self.store.query(
            "SELECT name, role, disabled, created_at, created_by, public_key, signature"
            " FROM users ORDER BY name"
        )
        pin = signed_roles.pinned(self.store)
        workspace_id = self.workspace.workspace_id
        return [
            UserInfo(
                r["name"],
                Role(r["role"]),
                bool(r["disabled"]),
                r["created_at"],
                r["created_by"],
                pin is not None and signed_roles.row_verifies(workspace_id, r, pin),
            )
            for r in rows
        ]

    def add_user(
        self, name: str, role: Role | str, password: str, cost: KdfCost = DEFAULT_COST
    ) -> None:
        self.require(Permission.MANAGE_USERS)
        name = clean_user_name(name)
        role = role if isinstance(role, Role) else parse_role(role)
        password = clean_password(password)
        signed_roles.require_seed(self.secrets.seed, self.store)
        if self.store.query_one("SELECT 1 FROM users WHERE name = ?", (name,)) is not None:
            raise BadInput(f"there is already a user called {name}")
        user_secret = signed_roles.new_secret()
        slots = self.workspace.keyslots()
        slots.put(
            self._wrap(
                name,
                password,
                user_secret,
                role is Role.SUPERVISOR,
                cost,
                interpreter=role is Role.INTERPRETER,
            )
        )
        with self.store.atomic():
            self.store.execute(
                "INSERT INTO users (name, role, created_at, created_by, public_key)"
                " VALUES (?, ?, ?, ?, ?)",
                (
                    name,
                    role.value,
                    audit.now_iso(),
                    self.user,
                    signed_roles.public_of_user(user_secret),
                ),
            )
            audit.record(self.store, self.user, Action.USER_ADD, name, role.value)
            self._sign(name)
            slots.write()  # last: if it fails, the row above is rolled back
        zero(user_secret)

    def _wrap(
        self,
        name: str,
        password: str,
        user_secret: bytearray,
        supervisor: bool,
        cost: KdfCost,
        *,
        interpreter: bool = False,
    ) -> Keyslot:
        """A user slot: the workspace key, the user's secret and, for a supervisor, the seed;
        an interpreter's holds their secret alone (app/workspace/interpreter_session.py)."""
        if interpreter:
            plain = keyless_plaintext(user_secret)
        else:
            plain = self._key + user_secret + (self.secrets.seed if supervisor else bytearray())
        try:
            return wrap_key(self.workspace.workspace_id, "user", name, password, plain, cost)
        finally:
            zero(plain)

    def _sign(self, name: str, trusted: bool = True) -> None:
        """Sign ``name``'s row as it now is, and grant or withdraw the supervisors' key to match
        its role (inside the transaction that changed it). Without the seed (a workspace whose
        roles are not signed yet) the row stays unsigned until a supervisor's login signs all.

        ``trusted``: the row verified before this change. One that did not (written outside the
        app) loses its public key and grant before it is signed: the supervisor chose its role
        and status, not the key someone may have put there, and the user's next login claims
        their own again."""
        if not self.secrets.seed:
            return
        workspace_id = self.workspace.workspace_id
        if not trusted:
            self.store.execute("UPDATE users SET public_key = NULL WHERE name = ?", (name,))
            self.store.execute("DELETE FROM roles_grants WHERE name = ?", (name,))
        signed_roles.sign_user(self.store, workspace_id, self.secrets.seed, name, self.user)
        row = self.store.query_one(
            "SELECT role, disabled, public_key FROM users WHERE name = ?", (name,)
        )
        if row is None or row["role"] != Role.SUPERVISOR.value or row["disabled"]:
            self.store.execute("DELETE FROM roles_grants WHERE name = ?", (name,))
        elif row["public_key"] and name != self.user:
            signed_roles.grant(self.store, workspace_id, self.secrets.seed, name, row["public_key"])

    def _require_signed_row(self, name: str) -> None:
        """A row changed outside the app is put right by setting its role (which signs the role
        the supervisor chose); any other change would sign whatever was written there."""
        if not signed_roles.verifies_now(self.store, self.workspace.workspace_id, name):
            raise BadInput(
                f"the role of {name} was changed outside the app: set their role again first"
            )

    def _new_user_secret(self, name: str) -> tuple[bytearray, bool]:
        """A new secret for ``name``'s new slot (their old one is not known here), recorded in
        their row; returns it and whether they are a supervisor. Inside a transaction."""
        user_secret = signed_roles.new_secret()
        self.store.execute(
            "UPDATE users SET public_key = ? WHERE name = ?",
            (signed_roles.public_of_user(user_secret), name),
        )
        role = self.store.scalar("SELECT role FROM users WHERE name = ?", (name,))
        return user_secret, role == Role.SUPERVISOR.value

    def _is_interpreter(self, name: str) -> bool:
        role = self.store.scalar("SELECT role FROM users WHERE name = ?", (name,))
        return bool(role == Role.INTERPRETER.value)

    def set_password(self, name: str, new_password: str, cost: KdfCost = DEFAULT_COST) -> None:
        """A user changes their own password, or a supervisor sets another's (rewrites one slot)."""
        if name != self.user:
            self.require(Permission.MANAGE_USERS)
            signed_roles.require_seed(self.secrets.seed, self.store)
        new_password = clean_password(new_password)
        row = self.store.query_one("SELECT disabled FROM users WHERE name = ?", (name,))
        if row is None:
            raise BadInput(f"there is no user called {name}")
        if row["disabled"]:
            raise BadInput(f"{name} is disabled: enable them with a new password instead")
        if name != self.user:
            self._require_signed_row(name)
        slots = self.workspace.keyslots()
        with self.store.atomic():
            if name == self.user and self.secrets.user_secret:
                slot = self._wrap(
                    name, new_password, self.secrets.user_secret, bool(self.secrets.seed), cost
                )
            else:
                user_secret, supervisor = self._new_user_secret(name)
                slot = self._wrap(
                    name,
                    new_password,
                    user_secret,
                    supervisor,
                    cost,
                    interpreter=self._is_interpreter(name),
                )
                zero(user_secret)
                self._sign(name)
                self._share_drafts_of(name)
            slots.put(slot)
            audit.record(self.store, self.user, Action.PASSWORD_CHANGE, name)
            slots.write()

    def rewrite_own_slot(self, password: str, cost: KdfCost) -> None:
        """The login of a promoted interpreter (app/workspace/interpreter_login.py): their
        keyless slot rewritten in place to hold what this session holds."""
        slots = self.workspace.keyslots()
        supervisor = bool(self.secrets.seed)
        slots.put(self._wrap(self.user, password, self.secrets.user_secret, supervisor, cost))
        slots.write()

    def reset_password_by_recovery(self, new_password: str, cost: KdfCost = DEFAULT_COST) -> None:
        """Used by ``Workspace.recover`` only: the recovery code stood in for the password.

        The recovery slot of a workspace made before signed roles holds no seed: the user's new
        public key then waits as a claim, and a disabled user stays disabled (enabling them
        would change a signed row: a supervisor must)."""
        slots = self.workspace.keyslots()
        pinned = signed_roles.pinned(self.store) is not None
        with self.store.atomic():
            row = self.store.query_one(
                "SELECT role, disabled FROM users WHERE name = ?", (self.user,)
            )
            if pinned and not self.secrets.seed:
                if row is not None and row["disabled"]:
                    raise PermissionDenied(
                        f"{self.user} is disabled: a supervisor must enable them"
                    )
                user_secret = signed_roles.new_secret()
                self.store.execute(
                    "INSERT INTO user_claims (name, public_key) VALUES (?, ?)"
                    " ON CONFLICT (name) DO UPDATE SET public_key = excluded.public_key",
                    (self.user, signed_roles.public_of_user(user_secret)),
                )
                supervisor = False
            else:
                self.store.execute("UPDATE users SET disabled = 0 WHERE name = ?", (self.user,))
                user_secret, supervisor = self._new_user_secret(self.user)
                self._sign(self.user)
            audit.record(self.store, self.user, Action.RECOVER, self.user)
            interpreter = self._is_interpreter(self.user)
            slots.put(
                self._wrap(
                    self.user, new_password, user_secret, supervisor, cost, interpreter=interpreter
                )
            )
            audit.record(self.store, self.user, Action.PASSWORD_CHANGE, self.user)
            zero(self.secrets.user_secret)
            self.secrets.user_secret = user_secret
            if not supervisor:
                zero(self.secrets.seed)
                self.secrets.seed = bytearray()
            slots.write()

    def disable_user(self, name: str) -> None:
        """Refuse ``name`` from now on: their keyslot is destroyed, so even a copy of the files
        and their old password no longer open this workspace."""
        self.require(Permission.MANAGE_USERS)
        signed_roles.require_seed(self.secrets.seed, self.store)
        if name == self.user:
            raise BadInput("you cannot disable yourself")
        row = self.store.query_one("SELECT role, disabled FROM users WHERE name = ?", (name,))
        if row is None:
            raise BadInput(f"there is no user called {name}")
        if row["role"] == Role.SUPERVISOR.value and not row["disabled"]:
            supervisors = self.store.scalar(
                "SELECT count(*) FROM users WHERE role = 'supervisor' AND disabled = 0"
            )
            if supervisors <= 1:
                raise BadInput("the last supervisor cannot be disabled")
        self._require_signed_row(name)
        slots = self.workspace.keyslots()
        slots.remove("user", name)
        with self.store.atomic():
            self.store.execute("UPDATE users SET disabled = 1 WHERE name = ?", (name,))
            audit.record(self.store, self.user, Action.USER_DISABLE, name)
            self._sign(name)
            slots.write()

    def enable_user(self, name: str, new_password: str, cost: KdfCost = DEFAULT_COST) -> None:
        self.require(Permission.MANAGE_USERS)
        signed_roles.require_seed(self.secrets.seed, self.store)
        new_password = clean_password(new_password)
        row = self.store.query_one("SELECT disabled FROM users WHERE name = ?", (name,))
        if row is None:
            raise BadInput(f"there is no user called {name}")
        self._require_signed_row(name)
        slots = self.workspace.keyslots()
        with self.store.atomic():
            self.store.execute("UPDATE users SET disabled = 0 WHERE name = ?", (name,))
            user_secret, supervisor = self._new_user_secret(name)
            interpreter = self._is_interpreter(name)
            slots.put(
                self._wrap(
                    name, new_password, user_secret, supervisor, cost, interpreter=interpreter
                )
            )
            zero(user_secret)
            audit.record(self.store, self.user, Action.USER_ENABLE, name)
            self._sign(name)
            self._share_drafts_of(name)
            slots.write()

    def set_duress_password(self, duress_password: str, cost: KdfCost = DEFAULT_COST) -> None:
        """A password that, typed at login, replaces the workspace by a decoy that looks like it.
        Its slot never wraps the workspace key: it holds the decoy's profile
        (app/workspace/duress_profile.py).
        """
        from app.workspace import duress_profile
        from app.workspace.keyslots import unwrap_key

        self.require(Permission.MANAGE_USERS)
        duress_password = clean_password(duress_password)
        slots = self.workspace.keyslots()
        for slot in slots.slots:
            if (
                slot.kind == "user"
                and unwrap_key(self.workspace.workspace_id, slot, duress_password) is not None
            ):
                raise BadInput("the duress password must differ from every user's password")
        with self.store.atomic():
            slots.put(duress_profile.arm(self, duress_password, cost))
            audit.record(self.store, self.user, Action.EDIT, "settings", "duress password set")
            slots.write()

    def has_duress_password(self) -> bool:
        self.require(Permission.MANAGE_USERS)
        return self.workspace.keyslots().find("duress", "duress") is not None

    def remove_duress_password(self) -> None:
        """After this, the old duress password is just a wrong password."""
        from app.workspace import duress_profile

        self.require(Permission.MANAGE_USERS)
        slots = self.workspace.keyslots()
        if slots.find("duress", "duress") is None:
            return
        slots.remove("duress", "duress")
        with self.store.atomic():
            duress_profile.disarm(self.store)
            audit.record(self.store, self.user, Action.EDIT, "settings", "duress password removed")
            slots.write()

    def set_role(self, name: str, role: Role | str) -> None:
        """Change ``name``'s role and sign the row (setting the same role again signs a row
        ``check`` reported as unsigned). A new supervisor receives the supervisors' key as a grant
        sealed to their public key, opened at their next login."""
        self.require(Permission.MANAGE_USERS)
        role = role if isinstance(role, Role) else parse_role(role)
        signed_roles.require_seed(self.secrets.seed, self.store)
        if name == self.user and role != Role.SUPERVISOR:
            raise BadInput("you cannot take away your own supervisor role")
        with self.store.atomic():
            trusted = signed_roles.verifies_now(self.store, self.workspace.workspace_id, name)
            before = self.store.scalar("SELECT role FROM users WHERE name = ?", (name,))
            if (
                self.store.execute("UPDATE users SET role = ? WHERE name = ?", (role.value, name))
                != 1
            ):
                raise BadInput(f"there is no user called {name}")
            audit.record(self.store, self.user, Action.USER_ROLE, name, role.value)
            self._sign(name, trusted)
            self._after_role_change(name, before == Role.INTERPRETER.value, role)

    def _after_role_change(self, name: str, was_interpreter: bool, role: Role) -> None:
        """An interpreter's slot holds no workspace key, and only they can rewrite it (their
        password): a promoted interpreter is left the workspace key sealed to their public key,
        which their next login takes into their slot; a user made an interpreter has their slot
        rewritten without the key at their next login (app/workspace/folder.py), and the drafts
        naming them are sealed to them from now on. Inside the role change's transaction."""
        workspace = self.workspace.path
        if role is Role.INTERPRETER:
            shared_drafts.remove_key_grant(workspace, self.workspace.workspace_id, name)
            self._share_drafts_of(name)
            return
        if not was_interpreter:
            return
        for row in self.store.query("SELECT id FROM drafts WHERE interpreter = ?", (name,)):
            shared_drafts.remove(workspace, str(row["id"]))  # the database holds them for them
        public = self.store.scalar("SELECT public_key FROM users WHERE name = ?", (name,))
        if public and signed_roles.verifies_now(self.store, self.workspace.workspace_id, name):
            shared_drafts.write_key_grant(
                workspace, self.workspace.workspace_id, name, bytes.fromhex(str(public)), self._key
            )

    def _share_drafts_of(self, name: str) -> None:
        """Seal again every draft naming ``name`` (their key changed, or they became an
        interpreter). Inside a transaction."""
        for row in self.store.query("SELECT id FROM drafts WHERE interpreter = ?", (name,)):
            shared_drafts.share(
                self.store, self.workspace.path, self.workspace.workspace_id, str(row["id"])
            )

    # -- records (drafts and submissions) -----------------------------------------------------

    def save_draft(
        self,
        form_id: str,
        form_version: str,
        data: dict[str, Any],
        draft_id: str | None = None,
        interpreter: str | None = None,
    ) -> str:
        """Create or overwrite a draft (one row per draft); returns its id. Called on every answer:
        a power cut loses at most the answer being typed."""
        payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        now = audit.now_iso()
        with self.store.atomic():
            if draft_id is None:
                self.require(Permission.EDIT_CASES)
                draft_id = new_id()
                self.store.execute(
                    "INSERT INTO drafts (id, form_id, form_version, owner, interpreter, data,"
                    " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (draft_id, form_id, form_version, self.user, interpreter, payload, now, now),
                )
                audit.record(self.store, self.user, Action.CREATE, f"draft:{draft_id}", form_id)
            else:
                row = self._require_draft_access(draft_id)
                self.store.execute(
                    "UPDATE drafts SET data = ?, updated_at = ? WHERE id = ?",
                    (payload, now, draft_id),
                )
                if interpreter is not None and interpreter != row["interpreter"]:
                    self.name_interpreter(draft_id, interpreter)
                    return draft_id
                interpreter = row["interpreter"]
            if interpreter:  # sealed to them too: their login holds no workspace key
                shared_drafts.share(
                    self.store, self.workspace.path, self.workspace.workspace_id, draft_id
                )
        return draft_id

    def interpreters(self) -> list[str]:
        """The interpreters a social worker may name in an interview (enabled, signed as such)."""
        self.require(Permission.EDIT_CASES)
        workspace_id = self.workspace.workspace_id
        return [
            str(r["name"])
            for r in self.store.query(
                "SELECT name FROM users WHERE role = 'interpreter' AND disabled = 0 ORDER BY name"
            )
            if signed_roles.verifies_now(self.store, workspace_id, str(r["name"]))
        ]

    def name_interpreter(self, draft_id: str, name: str | None) -> None:
        """Name ``name`` as the draft's interpreter (None: nobody): the draft is sealed to them
        from now on, and no longer to whoever was named before. Audited."""
        self.require(Permission.EDIT_CASES)
        row = self._require_draft_access(draft_id)
        if name is not None and name not in self.interpreters():
            raise BadInput(f"{name} is not an interpreter of this workspace")
        if name == row["interpreter"]:
            return
        with self.store.atomic():
            self.store.execute("UPDATE drafts SET interpreter = ? WHERE id = ?", (name, draft_id))
            audit.record(
                self.store, self.user, Action.EDIT, f"draft:{draft_id}", f"interpreter={name or ''}"
            )
            shared_drafts.remove(self.workspace.path, draft_id)
            if name is not None:
                shared_drafts.share(
                    self.store, self.workspace.path, self.workspace.workspace_id, draft_id
                )

    def load_draft(self, draft_id: str) -> dict[str, Any]:
        """The draft's data; answers an interpreter saved since (sealed, outside the database)
        are taken in first when they are newer (app/workspace/shared_drafts.py)."""
        row = self._require_draft_access(draft_id)
        if row["interpreter"] and self.can(Permission.EDIT_CASES):
            with self.store.atomic():
                workspace_id = self.workspace.workspace_id
                path = self.workspace.path
                if shared_drafts.pick_up(self.store, path, workspace_id, draft_id, self.user):
                    row = self._require_draft_access(draft_id)
        audit.record(self.store, self.user, Action.VIEW, f"draft:{draft_id}")
        data: dict[str, Any] = json.loads(row["data"])
        return data

    def drafts(self) -> list[dict[str, Any]]:
        """The drafts this user may continue (an interpreter sees only interviews they assist).
        ``summary``: what the app stored for listing the draft (its ``"summary"`` object, e.g.
        the person's name and the page left on), ``{}`` when none."""
        self.require(Permission.ASSIST_INTERVIEW)
        columns = "id, form_id, form_version, owner, interpreter, updated_at, data"
        if self.can(Permission.EDIT_CASES):
            rows = self.store.query(f"SELECT {columns} FROM drafts ORDER BY updated_at DESC")
        else:
            rows = self.store.query(
                f"SELECT {columns} FROM drafts WHERE interpreter = ? ORDER BY updated_at DESC",
                (self.user,),
            )
        if self.can(Permission.EDIT_CASES) and any(row["interpreter"] for row in rows):
            # answers an interpreter saved since (sealed, outside the database) taken in first
            with self.store.atomic():
                workspace, workspace_id = self.workspace.path, self.workspace.workspace_id
                taken = [
                    shared_drafts.pick_up(self.store, workspace, workspace_id, row["id"], self.user)
                    for row in rows
                    if row["interpreter"]
                ]
            if any(taken):
                rows = self.store.query(f"SELECT {columns} FROM drafts ORDER BY updated_at DESC")
        found = []
        for row in rows:
            draft = dict(row)
            summary = json.loads(draft.pop("data")).get("summary")
            draft["summary"] = summary if isinstance(summary, dict) else {}
            found.append(draft)
        return found

    def discard_draft(self, draft_id: str) -> None:
        """Delete a draft for good (the person chose to discard it); audited."""
        self.require(Permission.EDIT_CASES)
        self._require_draft_access(draft_id)
        with self.store.atomic():
            self.store.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))
            audit.record(self.store, self.user, Action.EDIT, f"draft:{draft_id}", "discarded")
        shared_drafts.remove(self.workspace.path, draft_id)

    def finalise_draft(self, draft_id: str, submission: dict[str, Any] | None = None) -> str:
        """Turn a draft into an immutable submission; returns the submission id."""
        self.require(Permission.EDIT_CASES)
        row = self._require_draft_access(draft_id)
        submission_id = new_id()
        payload = (
            row["data"]
            if submission is None
            else json.dumps(submission, ensure_ascii=False, separators=(",", ":"))
        )
        with self.store.atomic():
            self.store.execute(
                "INSERT INTO submissions (id, form_id, form_version, author, interpreter, data,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    submission_id,
                    row["form_id"],
                    row["form_version"],
                    row["owner"],
                    row["interpreter"],
                    payload,
                    audit.now_iso(),
                ),
            )
            self.store.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))
            audit.record(
                self.store, self.user, Action.CREATE, f"submission:{submission_id}", row["form_id"]
            )
        shared_drafts.remove(self.workspace.path, draft_id)
        return submission_id

    def submission(self, submission_id: str) -> dict[str, Any]:
        self.require(Permission.VIEW_CASES)
        row = self.store.query_one("SELECT data FROM submissions WHERE id = ?", (submission_id,))
        if row is None:
            raise BadInput(f"there is no submission {submission_id}")
        audit.record(self.store, self.user, Action.VIEW, f"submission:{submission_id}")
        data: dict[str, Any] = json.loads(row["data"])
        return data

    def submission_ids(self) -> list[str]:
        self.require(Permission.VIEW_CASES)
        return [r[0] for r in self.store.query("SELECT id FROM submissions ORDER BY id")]

    def _require_draft_access(self, draft_id: str) -> Any:
        self.require(Permission.ASSIST_INTERVIEW)
        row = self.store.query_one("SELECT * FROM drafts WHERE id = ?", (draft_id,))
        if row is None:
            raise BadInput(f"there is no draft {draft_id}")
        if not self.can(Permission.EDIT_CASES) and row["interpreter"] != self.user:
            raise PermissionDenied("an interpreter may only open the interviews they assist")
        return row

    # -- checks -------------------------------------------------------------------------------

    def _interpreter_slots(self, slots: Any) -> dict[str, Any]:
        """Interpreters whose slot still holds the workspace key: its size says so without a
        password (a keyless slot wraps 48 bytes). Rewritten at their next login."""
        from app.workspace.keyslots import KEYLESS_BYTES

        interpreters = {
            str(r["name"])
            for r in self.store.query(
                "SELECT name FROM users WHERE role = 'interpreter' AND disabled = 0"
            )
        }
        waiting = sorted(
            slot.name
            for slot in slots.slots
            if slot.kind == "user"
            and slot.name in interpreters
            and len(slot.wrapped) != KEYLESS_BYTES + 16
        )
        if not waiting:
            return {}
        return {
            "interpreters_not_converted": waiting,
            "note": "not yet converted: these interpreters' slots still hold the workspace key"
            " until their next login",
        }

    def check(self, full: bool = False) -> dict[str, Any]:
        """Integrity of the database, its encryption, the audit chain and the keyslots.

        Each part reads the workspace as a stream (a page, a batch of rows at a time), so memory
        stays flat whatever the workspace holds. By default the audit chain is walked from its
        last checkpoint (``audit.verify``) and every page of the tables that hold records is
        read once (``PRAGMA quick_check``: SQLCipher checks each page's HMAC as it reads it),
        leaving out the case book's tables that ``CaseBook.rebuild`` makes again from the events
        (a damaged page there costs a rebuild, not a record); ``full`` walks the whole chain,
        matches every index against its table and checks the HMAC of every page of the file.
        A check that finds the chain whole leaves a checkpoint where it ended. A further part
        adds its report to the result and its verdict to ``oks``."""
        self.require(Permission.CHECK)
        from app.workspace.salvage_report import DERIVED  # the case book's own tables, rebuilt

        problems = self.store.integrity_check(quick=not full, leave_out=() if full else DERIVED)
        key = audit.checkpoint_key(self._key)
        workspace_id = self.workspace.workspace_id
        chain = audit.verify(self.store, key, workspace_id, full=full)
        slots = self.workspace.keyslots()
        counts = {
            table: int(self.store.scalar(f"SELECT count(*) FROM {table}"))
            for table in ("users", "drafts", "submissions", "cases", "case_events", "audit")
        }
        roles = signed_roles.report(self.store, self.workspace.path, workspace_id)
        oks = [not problems, chain.ok, slots.damaged == 0, not roles["problems"]]
        try:
            with self.store.atomic():
                if chain.ok:
                    audit.add_checkpoint(self.store, key, workspace_id, chain.rows, chain.last_hash)
                audit.record(self.store, self.user, Action.CHECK, workspace_id)
        except WorkspaceDamaged:
            pass  # a page failed its HMAC: SQLCipher refuses writes; the report says so
        return {
            "workspace": str(self.workspace.path),
            "workspace_id": workspace_id,
            "ok": all(oks),
            "full": full,
            "roles": roles,
            "integrity": "ok" if not problems else problems[:10],
            "audit": chain.to_json(),
            "audit_walk": {
                "from_checkpoint": chain.from_checkpoint,
                "rows_hashed": chain.rows_hashed,
            },
            "keyslots": {
                "slots": len(slots.slots),
                "damaged": slots.damaged,
                **self._interpreter_slots(slots),
            },
            "counts": counts,
        }
