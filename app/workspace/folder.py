"""A workspace: one encrypted local store on one laptop, opened by a user's password.

Files in the folder (nothing in them is readable without a password or the recovery code):

- ``workspace.json``: format and workspace id (written last at creation: its presence says the
  workspace is complete);
- ``keyslots``: the workspace key wrapped once per user and once under the recovery code;
- ``workspace.db`` (+ ``-wal``, ``-shm``): the SQLCipher 4 database, keyed with the raw workspace key;
- ``auth-state.json``: failed-login counts for the back-off (no record content);
- ``login-screen.json``: whether the login screen lists the users or asks for a name
  (app/workspace/login_screen.py);
- ``roles-key``: the public half of the supervisors' key that signs users and roles, also pinned
  in the database (app/workspace/signed_roles.py).

``Workspace`` is the closed folder; ``login``, ``recover`` and ``create`` give a ``Session``. The
session names its workspace but does not import this module (only for type checking): what both
need, the rules for user names and passwords, is in app/workspace/credentials.py.

The store, the session, the audit log (and ``secrets``) are imported by the methods that open the
database: the login window only reads the folder (``at``, ``user_names``), and importing SQLCipher
and the session's code with this module made the app's cold start noticeably slower.
"""

from __future__ import annotations

import json
import os
import re
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import (
    BadInput,
    KeyFileDamaged,
    LockedOut,
    NotAWorkspace,
    PermissionDenied,
    WorkspaceDamaged,
    WrongCredentials,
)
from app.workspace import login_screen
from app.workspace.backoff import AuthState
from app.workspace.credentials import clean_password, clean_user_name
from app.workspace.durable import fsync_folder, write_atomically
from app.workspace.keyslots import (
    DEFAULT_COST,
    KdfCost,
    Keyslot,
    KeyslotFile,
    derive_key,
    unwrap_key,
    wrap_key,
    zero,
)
from app.workspace.recovery import new_recovery_code, normalise_recovery_code
from app.workspace.roles import Role

if TYPE_CHECKING:
    from app.workspace.interpreter_session import InterpreterSession
    from app.workspace.session import Session

FORMAT = "fieldcase-workspace-1"
META = "workspace.json"
KEYSLOTS = "keyslots"
DATABASE = "workspace.db"
AUTH_STATE = "auth-state.json"
# The id as ``create`` writes it: a UUID's canonical text (checked without importing ``uuid``,
# which costs a few ms of the app's cold start).
WORKSPACE_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@dataclass
class Workspace:
    path: Path
    workspace_id: str
    clock: Callable[[], float] = time.time

    # -- opening the folder -------------------------------------------------------------------

    @staticmethod
    def at(path: Path | str, clock: Callable[[], float] = time.time) -> Workspace:
        folder = Path(path)
        meta_path = folder / META
        if not meta_path.is_file():
            raise NotAWorkspace(f"{folder} is not a fieldcase workspace")
        try:
            meta = json.loads(meta_path.read_text("utf-8"))
            if meta["format"] != FORMAT:
                raise ValueError(meta["format"])
            workspace_id = meta["id"]
            if not isinstance(workspace_id, str) or not WORKSPACE_ID.fullmatch(workspace_id):
                raise ValueError(workspace_id)
        except (ValueError, KeyError, TypeError) as exc:
            raise WorkspaceDamaged(f"{meta_path} is damaged or of an unknown version") from exc
        if not (folder / KEYSLOTS).is_file():
            raise WorkspaceDamaged(
                f"{folder / KEYSLOTS} is missing: nobody can open this workspace"
            )
        _remove_stale_temp_files(folder)
        return Workspace(folder, workspace_id, clock)

    def keyslots(self) -> KeyslotFile:
        return KeyslotFile.read(self.path / KEYSLOTS)

    def user_names(self) -> list[str]:
        """Users who can log in here (the login screen lists them before anything is decrypted)."""
        return self.keyslots().user_names()

    @property
    def database_path(self) -> Path:
        return self.path / DATABASE

    def auth_state(self) -> AuthState:
        return AuthState.load(self.path / AUTH_STATE, clock=self.clock)

    # -- creating -----------------------------------------------------------------------------

    @staticmethod
    def create(
        path: Path | str,
        user: str,
        password: str,
        cost: KdfCost = DEFAULT_COST,
        *,
        login_asks_name: bool = False,
        on_step: Callable[[str], None] | None = None,
    ) -> tuple[Session, str]:
        """A new workspace with ``user`` as its first supervisor; returns the session and the
        recovery code, which is shown once and stored nowhere in clear.

        ``login_asks_name``: the login screen asks users to type their name instead of listing
        them (app/workspace/login_screen.py). ``on_step`` is called, on the creating thread,
        with ``"key"``, ``"recovery"``, ``"database"`` and ``"finish"`` as each step starts
        (the first run shows them: the two Argon2id derivations take most of the time)."""
        import secrets
        import uuid

        from app.workspace import audit, signed_roles
        from app.workspace.audit import Action
        from app.workspace.schema import MIGRATIONS
        from app.workspace.session import Session
        from app.workspace.store import Store

        folder = Path(path)
        user = clean_user_name(user)
        password = clean_password(password)
        if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            if (folder / META).exists():
                raise BadInput(f"{folder} is already a workspace")
            raise BadInput(f"{folder} is not empty: choose a new or empty folder")
        step = on_step or (lambda _: None)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        workspace_id = str(uuid.uuid4())
        key = bytearray(secrets.token_bytes(32))
        # The supervisors' key is born with the workspace: its seed in the first supervisor's
        # slot and in the recovery slot (app/workspace/signed_roles.py).
        held = signed_roles.RoleSecrets(signed_roles.new_secret(), signed_roles.new_secret())
        code = new_recovery_code()
        slots = KeyslotFile(folder / KEYSLOTS, [])
        step("key")
        slots.put(
            wrap_key(workspace_id, "user", user, password, key + held.user_secret + held.seed, cost)
        )
        step("recovery")
        slots.put(wrap_key(workspace_id, "recovery", "recovery", code, key + held.seed, cost))
        slots.write()
        if login_asks_name:
            login_screen.write(folder, True)
        step("database")
        # SQLite gives the -wal and -shm files the permissions of the database file.
        os.close(os.open(folder / DATABASE, os.O_CREAT | os.O_WRONLY, 0o600))
        store = Store.open(folder / DATABASE, key)
        store.migrate(MIGRATIONS)
        with store.atomic():
            store.execute(
                "INSERT INTO settings (key, value) VALUES ('workspace_id', ?)", (workspace_id,)
            )
            store.execute(
                "INSERT INTO users (name, role, created_at, created_by, public_key)"
                " VALUES (?, ?, ?, NULL, ?)",
                (
                    user,
                    Role.SUPERVISOR.value,
                    audit.now_iso(),
                    signed_roles.public_of_user(held.user_secret),
                ),
            )
            audit.record(store, user, Action.WORKSPACE_CREATE, workspace_id)
            signed_roles.start_signing(store, folder, workspace_id, held.seed, user)
        step("finish")
        meta = {"format": FORMAT, "id": workspace_id, "created_at": audit.now_iso()}
        write_atomically(folder / META, json.dumps(meta, indent=1).encode("utf-8"))
        fsync_folder(folder)
        workspace = Workspace(folder, workspace_id)
        return Session(workspace, store, key, user, Role.SUPERVISOR, secrets=held), code

    # -- unlocking ----------------------------------------------------------------------------

    def login(self, user: str, password: str) -> Session:
        """Unlock with a user's password. Wrong credentials and waits raise; nothing is changed on
        disk by a failure except the back-off counter. An interpreter's password opens no
        database (their slot holds no workspace key): ``PermissionDenied``, after ``sign_in``."""
        from app.workspace.interpreter_session import InterpreterSession

        opened = self.sign_in(user, password)
        if isinstance(opened, InterpreterSession):
            opened.lock()
            raise PermissionDenied(
                f"{opened.user} is an interpreter: an interpreter's login opens only the"
                " interviews they assist, in the desktop app"
            )
        return opened

    def sign_in(self, user: str, password: str) -> Session | InterpreterSession:
        """``login``, for anyone: a full ``Session``, or for an interpreter an
        ``InterpreterSession`` on the drafts sealed to them (app/workspace/interpreter_session.py).
        An interpreter's slot that still holds the workspace key is rewritten without it here,
        the one moment their password is known."""
        user = unicodedata.normalize("NFC", user).strip()
        password = unicodedata.normalize("NFC", password)
        state = self.auth_state()
        wait = state.seconds_to_wait(user)
        if wait > 0:
            raise LockedOut(
                f"too many failed logins for {user}: try again in {int(wait) + 1} seconds", wait
            )
        slots = self.keyslots()
        slot = slots.find("user", user)
        key, duress = self._try_password(slots, slot, password)
        if key is None and duress is not None:
            slot, key = self._duress_login(user, *duress)
        if key is None:
            state.record_failure(user)
            if slot is None and slots.damaged:
                raise _key_file_damaged(slots)
            raise WrongCredentials("wrong user name or password")
        from app.workspace import interpreter_login
        from app.workspace.keyslots import is_keyless

        if is_keyless(key):  # an interpreter's slot: no workspace key, no database
            assert slot is not None
            return interpreter_login.keyless_login(
                self,
                user,
                password,
                slot,
                key,
                state,
                lambda plain: self._full_login(user, password, slot, plain, state),
            )
        return self._full_login(user, password, slot, key, state)

    def _full_login(
        self, user: str, password: str, slot: Keyslot | None, key: bytearray, state: AuthState
    ) -> Session | InterpreterSession:
        from app.workspace import audit, interpreter_login
        from app.workspace.audit import Action

        session = self._open_session(key, user, slot=(slot, password))
        try:
            with session.store.atomic():
                state.write_pending_audit(session.store)
                interpreter_login.write_queued_audit(session.store, self)
                audit.record(session.store, user, Action.LOGIN)
            state.record_success(user)
        except BaseException:
            session.lock()  # never leave an open database and a key behind a failed login
            raise
        self._refresh_decoy(session)
        return interpreter_login.after_full_login(self, session, slot, password)

    def _try_password(
        self, slots: KeyslotFile, slot: Keyslot | None, password: str
    ) -> tuple[bytearray | None, tuple[Keyslot, bytes, bytearray] | None]:
        """The password tried on the user's slot and on the duress slot: two Argon2id evaluations
        on every path (right, wrong, an unknown name, the duress password; with or without a
        duress password set), each at a real slot's costs (a missing slot costs a derivation at
        the user slots' costs), so that neither the time nor the work tells them apart. Returns
        what the user's slot holds, and the duress slot with its KEK and content if it opened."""
        import secrets

        from app.workspace import duress_profile

        user_costs = [s.cost for s in slots.slots if s.kind == "user"]
        cost = slot.cost if slot is not None else (user_costs[0] if user_costs else DEFAULT_COST)
        key = None
        if slot is not None:
            key, _ = duress_profile.try_secret(self.workspace_id, slot, password)
        else:
            derive_key(password, secrets.token_bytes(16), cost)
        duress_slot = slots.find("duress", "duress")
        if duress_slot is None:
            derive_key(password, secrets.token_bytes(16), cost)
            return key, None
        held, kek = duress_profile.try_secret(self.workspace_id, duress_slot, password)
        if held is None:
            return key, None
        if key is not None:  # a user's password that is also the duress one: the login wins
            zero(held)
            return key, None
        return key, (duress_slot, kek, held)

    def _duress_login(
        self, user: str, duress: Keyslot, kek: bytes, held: bytearray
    ) -> tuple[Keyslot, bytearray]:
        """The duress password: the workspace is replaced by its decoy (app/workspace/decoy.py)
        with no Argon2id evaluation beyond the two every login does; returns the typing user's
        new slot and what it holds, and the login goes on as any login does."""
        from app.workspace import decoy

        try:
            built = decoy.build(
                self.path, self.workspace_id, user, duress, kek, held, self.database_path
            )
        finally:
            zero(held)
        from app.workspace.keyslots import is_keyless

        if is_keyless(built.plain):  # an interpreter's login opens no database: nothing to wait for
            decoy.release()
        return built.slot, built.plain

    def _refresh_decoy(self, session: Session) -> None:
        """Seal the workspace's profile as it now is into the duress slot, when one is set (no
        Argon2id: app/workspace/duress_profile.py), once a decoy built at this login, if any, let
        go of its database. A stale profile is not worth refusing a login for."""
        from app.errors import StorageFull
        from app.workspace import decoy, duress_profile

        try:
            decoy.release()
            duress_profile.refresh(session)
        except (OSError, StorageFull):
            pass

    def recover(self, code: str, user: str, new_password: str) -> Session:
        """Open with the recovery code and give ``user`` a new password (their slot is rewritten)."""
        canonical = normalise_recovery_code(code)
        user = clean_user_name(user)
        new_password = clean_password(new_password)
        state = self.auth_state()
        wait = state.seconds_to_wait("recovery")
        if wait > 0:
            raise LockedOut(
                f"too many wrong recovery codes: try again in {int(wait) + 1} seconds", wait
            )
        slots = self.keyslots()
        slot = slots.find("recovery", "recovery")
        if slot is None:
            if slots.damaged:
                raise _key_file_damaged(slots)
            raise WorkspaceDamaged("this workspace's recovery slot is missing or damaged")
        key = unwrap_key(self.workspace_id, slot, canonical)
        if key is None:
            state.record_failure("recovery")
            raise WrongCredentials("this recovery code does not open this workspace")
        session = self._open_session(key, user, allow_disabled=True)
        try:
            # the failures queued before it, kept as a login keeps them
            with session.store.atomic():
                state.write_pending_audit(session.store)
            session.reset_password_by_recovery(new_password)
        except BaseException:
            session.lock()
            raise
        state.record_success("recovery")
        state.record_success(user)
        return session

    def _open_session(
        self,
        plain: bytearray,
        user: str,
        allow_disabled: bool = False,
        slot: tuple[Keyslot | None, str] | None = None,
    ) -> Session:
        """``plain``: what the slot opened held (a user slot when ``slot`` names it and the
        password, the recovery slot otherwise); the role is checked against the supervisors'
        signature before a session is given (app/workspace/signed_roles.py)."""
        from app.workspace import signed_roles
        from app.workspace.schema import MIGRATIONS
        from app.workspace.session import Session
        from app.workspace.store import Store

        if slot is None:
            key, seed = signed_roles.split_recovery(plain)
            held = signed_roles.RoleSecrets(bytearray(), seed)
        else:
            key, user_secret, seed = signed_roles.split_plaintext(plain)
            held = signed_roles.RoleSecrets(user_secret, seed)
        opened = slot[0] if slot is not None else None
        db_path = self.database_path
        if not db_path.is_file():
            zero(key)
            held.zero()
            raise WorkspaceDamaged(f"{db_path} is missing")
        store = Store.open(db_path, key)
        try:
            store.migrate(MIGRATIONS)
            row = store.query_one("SELECT role, disabled FROM users WHERE name = ?", (user,))
            if row is None:
                raise WrongCredentials(f"{user} is not a user of this workspace")
            password_slot = None
            if slot is not None and opened is not None:
                password_slot = signed_roles.Slot(self.path / KEYSLOTS, slot[1], opened.cost)
            signed_roles.admit(store, self.path, self.workspace_id, key, user, held, password_slot)
            row = store.query_one("SELECT role, disabled FROM users WHERE name = ?", (user,))
            assert row is not None  # admit() neither removes nor renames a user
            if row["disabled"] and not allow_disabled:
                raise WrongCredentials(f"{user} is disabled in this workspace")
        except BaseException:
            store.close()
            zero(key)
            held.zero()
            raise
        return Session(self, store, key, user, Role(row["role"]), secrets=held)


def _key_file_damaged(slots: KeyslotFile) -> KeyFileDamaged:
    """A name or the recovery slot not found while some slot cannot be read: the secret typed
    may well be right. Said only then, so a wrong password stays a wrong password."""
    return KeyFileDamaged(
        f"the key file of this workspace is damaged: {slots.damaged} slot(s) cannot be read,"
        " perhaps the one for this name; another user or the recovery code may still open it"
    )


def _remove_stale_temp_files(folder: Path) -> None:
    """Temp files of an atomic write whose process died (see ``write_atomically``)."""
    for path in folder.glob(".*.tmp-*"):
        try:
            pid = int(path.name.rsplit("-", 1)[1])
        except ValueError:
            continue
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            path.unlink(missing_ok=True)
        except OSError:
            continue
