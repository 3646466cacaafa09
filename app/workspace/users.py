"""The users of a workspace, for a session that may manage them: listing, adding, disabling,
enabling, changing a role; and what every change to a user's row or slot shares (``passwords.py``
too): the slot wrapped for them, the row signed by the supervisors' key, the drafts sealed to an
interpreter. ``Session`` keeps the methods callers use; the bodies are here.

Every function takes the unlocked ``Session`` it acts for; those the session's methods call check
its role first. The workspace key (``session._key``) is read here, inside the package that holds
it, and nowhere outside.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.errors import BadInput
from app.workspace import audit, duress_profile, shared_drafts, signed_roles
from app.workspace.audit import Action
from app.workspace.credentials import clean_password, clean_user_name
from app.workspace.keyslots import DEFAULT_COST, KdfCost, Keyslot, keyless_plaintext, wrap_key, zero
from app.workspace.roles import Permission, Role, parse_role

if TYPE_CHECKING:
    from app.workspace.session import Session


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


def all_users(session: Session) -> list[UserInfo]:
    session.require(Permission.MANAGE_USERS)
    rows = session.store.query(
        "SELECT name, role, disabled, created_at, created_by, public_key, signature"
        " FROM users ORDER BY name"
    )
    pin = signed_roles.pinned(session.store)
    workspace_id = session.workspace.workspace_id
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
    session: Session, name: str, role: Role | str, password: str, cost: KdfCost = DEFAULT_COST
) -> None:
    session.require(Permission.MANAGE_USERS)
    name = clean_user_name(name)
    role = role if isinstance(role, Role) else parse_role(role)
    password = clean_password(password)
    signed_roles.require_seed(session.secrets.seed, session.store)
    if session.store.query_one("SELECT 1 FROM users WHERE name = ?", (name,)) is not None:
        raise BadInput(f"there is already a user called {name}")
    user_secret = signed_roles.new_secret()
    slots = session.workspace.keyslots()
    slots.put(
        wrap_slot(
            session,
            name,
            password,
            user_secret,
            role is Role.SUPERVISOR,
            cost,
            interpreter=role is Role.INTERPRETER,
        )
    )
    with session.store.atomic():
        session.store.execute(
            "INSERT INTO users (name, role, created_at, created_by, public_key)"
            " VALUES (?, ?, ?, ?, ?)",
            (
                name,
                role.value,
                audit.now_iso(),
                session.user,
                signed_roles.public_of_user(user_secret),
            ),
        )
        audit.record(session.store, session.user, Action.USER_ADD, name, role.value)
        sign_row(session, name)
        slots.write()  # last: if it fails, the row above is rolled back
    zero(user_secret)


def disable_user(session: Session, name: str) -> None:
    """Refuse ``name`` from now on: their keyslot is destroyed, so even a copy of the files
    and their old password no longer open this workspace."""
    session.require(Permission.MANAGE_USERS)
    signed_roles.require_seed(session.secrets.seed, session.store)
    if name == session.user:
        raise BadInput("you cannot disable yourself")
    row = session.store.query_one("SELECT role, disabled FROM users WHERE name = ?", (name,))
    if row is None:
        raise BadInput(f"there is no user called {name}")
    if row["role"] == Role.SUPERVISOR.value and not row["disabled"]:
        supervisors = session.store.scalar(
            "SELECT count(*) FROM users WHERE role = 'supervisor' AND disabled = 0"
        )
        if supervisors <= 1:
            raise BadInput("the last supervisor cannot be disabled")
    require_signed_row(session, name)
    slots = session.workspace.keyslots()
    slots.remove("user", name)
    with session.store.atomic():
        session.store.execute("UPDATE users SET disabled = 1 WHERE name = ?", (name,))
        audit.record(session.store, session.user, Action.USER_DISABLE, name)
        sign_row(session, name)
        slots.write()


def enable_user(
    session: Session, name: str, new_password: str, cost: KdfCost = DEFAULT_COST
) -> None:
    session.require(Permission.MANAGE_USERS)
    signed_roles.require_seed(session.secrets.seed, session.store)
    new_password = clean_password(new_password)
    row = session.store.query_one("SELECT disabled FROM users WHERE name = ?", (name,))
    if row is None:
        raise BadInput(f"there is no user called {name}")
    require_signed_row(session, name)
    slots = session.workspace.keyslots()
    with session.store.atomic():
        session.store.execute("UPDATE users SET disabled = 0 WHERE name = ?", (name,))
        user_secret, supervisor = new_user_secret(session, name)
        interpreter = is_interpreter(session, name)
        slots.put(
            wrap_slot(
                session, name, new_password, user_secret, supervisor, cost, interpreter=interpreter
            )
        )
        zero(user_secret)
        audit.record(session.store, session.user, Action.USER_ENABLE, name)
        sign_row(session, name)
        share_drafts_of(session, name)
        slots.write()


def set_role(session: Session, name: str, role: Role | str) -> None:
    """Change ``name``'s role and sign the row (setting the same role again signs a row
    ``check`` reported as unsigned). A new supervisor receives the supervisors' key as a grant
    sealed to their public key, opened at their next login."""
    session.require(Permission.MANAGE_USERS)
    role = role if isinstance(role, Role) else parse_role(role)
    signed_roles.require_seed(session.secrets.seed, session.store)
    if name == session.user and role != Role.SUPERVISOR:
        raise BadInput("you cannot take away your own supervisor role")
    with session.store.atomic():
        trusted = signed_roles.verifies_now(session.store, session.workspace.workspace_id, name)
        before = session.store.scalar("SELECT role FROM users WHERE name = ?", (name,))
        if (
            session.store.execute("UPDATE users SET role = ? WHERE name = ?", (role.value, name))
            != 1
        ):
            raise BadInput(f"there is no user called {name}")
        audit.record(session.store, session.user, Action.USER_ROLE, name, role.value)
        sign_row(session, name, trusted)
        _after_role_change(session, name, before == Role.INTERPRETER.value, role)
    duress_profile.refresh(session, logged_in=False)  # the decoy's users as they are now


def _after_role_change(session: Session, name: str, was_interpreter: bool, role: Role) -> None:
    """An interpreter's slot holds no workspace key, and only they can rewrite it (their
    password): a promoted interpreter is left the workspace key sealed to their public key,
    which their next login takes into their slot; a user made an interpreter has their slot
    rewritten without the key at their next login (app/workspace/folder.py), and the drafts
    naming them are sealed to them from now on. Inside the role change's transaction."""
    workspace = session.workspace.path
    if role is Role.INTERPRETER:
        shared_drafts.remove_key_grant(workspace, session.workspace.workspace_id, name)
        share_drafts_of(session, name)
        return
    if not was_interpreter:
        return
    for row in session.store.query("SELECT id FROM drafts WHERE interpreter = ?", (name,)):
        shared_drafts.remove(workspace, str(row["id"]))  # the database holds them for them
    public = session.store.scalar("SELECT public_key FROM users WHERE name = ?", (name,))
    if public and signed_roles.verifies_now(session.store, session.workspace.workspace_id, name):
        shared_drafts.write_key_grant(
            workspace,
            session.workspace.workspace_id,
            name,
            bytes.fromhex(str(public)),
            session._key,
        )


def share_drafts_of(session: Session, name: str) -> None:
    """Seal again every draft naming ``name`` (their key changed, or they became an
    interpreter). Inside a transaction."""
    for row in session.store.query("SELECT id FROM drafts WHERE interpreter = ?", (name,)):
        shared_drafts.share(
            session.store, session.workspace.path, session.workspace.workspace_id, str(row["id"])
        )


def wrap_slot(
    session: Session,
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
        plain = session._key + user_secret + (session.secrets.seed if supervisor else bytearray())
    try:
        return wrap_key(session.workspace.workspace_id, "user", name, password, plain, cost)
    finally:
        zero(plain)


def sign_row(session: Session, name: str, trusted: bool = True) -> None:
    """Sign ``name``'s row as it now is, and grant or withdraw the supervisors' key to match
    its role (inside the transaction that changed it). Without the seed (a workspace whose
    roles are not signed yet) the row stays unsigned until a supervisor's login signs all.

    ``trusted``: the row verified before this change. One that did not (written outside the
    app) loses its public key and grant before it is signed: the supervisor chose its role
    and status, not the key someone may have put there, and the user's next login claims
    their own again."""
    if not session.secrets.seed:
        return
    workspace_id = session.workspace.workspace_id
    if not trusted:
        session.store.execute("UPDATE users SET public_key = NULL WHERE name = ?", (name,))
        session.store.execute("DELETE FROM roles_grants WHERE name = ?", (name,))
    signed_roles.sign_user(session.store, workspace_id, session.secrets.seed, name, session.user)
    row = session.store.query_one(
        "SELECT role, disabled, public_key FROM users WHERE name = ?", (name,)
    )
    if row is None or row["role"] != Role.SUPERVISOR.value or row["disabled"]:
        session.store.execute("DELETE FROM roles_grants WHERE name = ?", (name,))
    elif row["public_key"] and name != session.user:
        signed_roles.grant(
            session.store, workspace_id, session.secrets.seed, name, row["public_key"]
        )


def require_signed_row(session: Session, name: str) -> None:
    """A row changed outside the app is put right by setting its role (which signs the role
    the supervisor chose); any other change would sign whatever was written there."""
    if not signed_roles.verifies_now(session.store, session.workspace.workspace_id, name):
        raise BadInput(
            f"the role of {name} was changed outside the app: set their role again first"
        )


def new_user_secret(session: Session, name: str) -> tuple[bytearray, bool]:
    """A new secret for ``name``'s new slot (their old one is not known here), recorded in
    their row; returns it and whether they are a supervisor. Inside a transaction."""
    user_secret = signed_roles.new_secret()
    session.store.execute(
        "UPDATE users SET public_key = ? WHERE name = ?",
        (signed_roles.public_of_user(user_secret), name),
    )
    role = session.store.scalar("SELECT role FROM users WHERE name = ?", (name,))
    return user_secret, role == Role.SUPERVISOR.value


def is_interpreter(session: Session, name: str) -> bool:
    role = session.store.scalar("SELECT role FROM users WHERE name = ?", (name,))
    return bool(role == Role.INTERPRETER.value)
