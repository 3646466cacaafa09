"""Passwords, for a session: a user changing their own, a supervisor setting another's, the
recovery code standing in for one, a promoted interpreter's slot rewritten at login, and the duress
password (its slot holds the decoy's profile, never the workspace key). ``Session`` keeps the
methods callers use; the bodies are here. Each rewrites one keyslot in place and records it in the
audit log in the same transaction.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.errors import BadInput, PermissionDenied
from app.workspace import audit, signed_roles
from app.workspace.audit import Action
from app.workspace.credentials import clean_password
from app.workspace.keyslots import DEFAULT_COST, KdfCost, zero
from app.workspace.roles import Permission
from app.workspace.users import (
    is_interpreter,
    new_user_secret,
    require_signed_row,
    share_drafts_of,
    sign_row,
    wrap_slot,
)

if TYPE_CHECKING:
    from app.workspace.session import Session


def set_password(
    session: Session, name: str, new_password: str, cost: KdfCost = DEFAULT_COST
) -> None:
    """A user changes their own password, or a supervisor sets another's (rewrites one slot)."""
    if name != session.user:
        session.require(Permission.MANAGE_USERS)
        signed_roles.require_seed(session.secrets.seed, session.store)
    new_password = clean_password(new_password)
    row = session.store.query_one("SELECT disabled FROM users WHERE name = ?", (name,))
    if row is None:
        raise BadInput(f"there is no user called {name}")
    if row["disabled"]:
        raise BadInput(f"{name} is disabled: enable them with a new password instead")
    if name != session.user:
        require_signed_row(session, name)
    slots = session.workspace.keyslots()
    with session.store.atomic():
        if name == session.user and session.secrets.user_secret:
            slot = wrap_slot(
                session,
                name,
                new_password,
                session.secrets.user_secret,
                bool(session.secrets.seed),
                cost,
            )
        else:
            user_secret, supervisor = new_user_secret(session, name)
            slot = wrap_slot(
                session,
                name,
                new_password,
                user_secret,
                supervisor,
                cost,
                interpreter=is_interpreter(session, name),
            )
            zero(user_secret)
            sign_row(session, name)
            share_drafts_of(session, name)
        slots.put(slot)
        audit.record(session.store, session.user, Action.PASSWORD_CHANGE, name)
        slots.write()


def rewrite_own_slot(session: Session, password: str, cost: KdfCost) -> None:
    """The login of a promoted interpreter (app/workspace/interpreter_login.py): their
    keyless slot rewritten in place to hold what this session holds."""
    slots = session.workspace.keyslots()
    supervisor = bool(session.secrets.seed)
    slots.put(
        wrap_slot(session, session.user, password, session.secrets.user_secret, supervisor, cost)
    )
    slots.write()


def reset_password_by_recovery(
    session: Session, new_password: str, cost: KdfCost = DEFAULT_COST
) -> None:
    """Used by ``Workspace.recover`` only: the recovery code stood in for the password.

    The recovery slot of a workspace made before signed roles holds no seed: the user's new
    public key then waits as a claim, and a disabled user stays disabled (enabling them
    would change a signed row: a supervisor must)."""
    slots = session.workspace.keyslots()
    pinned = signed_roles.pinned(session.store) is not None
    with session.store.atomic():
        row = session.store.query_one(
            "SELECT role, disabled FROM users WHERE name = ?", (session.user,)
        )
        if pinned and not session.secrets.seed:
            if row is not None and row["disabled"]:
                raise PermissionDenied(f"{session.user} is disabled: a supervisor must enable them")
            user_secret = signed_roles.new_secret()
            session.store.execute(
                "INSERT INTO user_claims (name, public_key) VALUES (?, ?)"
                " ON CONFLICT (name) DO UPDATE SET public_key = excluded.public_key",
                (session.user, signed_roles.public_of_user(user_secret)),
            )
            supervisor = False
        else:
            session.store.execute("UPDATE users SET disabled = 0 WHERE name = ?", (session.user,))
            user_secret, supervisor = new_user_secret(session, session.user)
            sign_row(session, session.user)
        audit.record(session.store, session.user, Action.RECOVER, session.user)
        interpreter = is_interpreter(session, session.user)
        slots.put(
            wrap_slot(
                session,
                session.user,
                new_password,
                user_secret,
                supervisor,
                cost,
                interpreter=interpreter,
            )
        )
        audit.record(session.store, session.user, Action.PASSWORD_CHANGE, session.user)
        zero(session.secrets.user_secret)
        session.secrets.user_secret = user_secret
        if not supervisor:
            zero(session.secrets.seed)
            session.secrets.seed = bytearray()
        slots.write()


def set_duress_password(
    session: Session, duress_password: str, cost: KdfCost = DEFAULT_COST
) -> None:
    """A password that, typed at login, replaces the workspace by a decoy that looks like it.
    Its slot never wraps the workspace key: it holds the decoy's profile
    (app/workspace/duress_profile.py).
    """
    from app.workspace import duress_profile
    from app.workspace.keyslots import unwrap_key

    session.require(Permission.MANAGE_USERS)
    duress_password = clean_password(duress_password)
    slots = session.workspace.keyslots()
    for slot in slots.slots:
        if (
            slot.kind == "user"
            and unwrap_key(session.workspace.workspace_id, slot, duress_password) is not None
        ):
            raise BadInput("the duress password must differ from every user's password")
    with session.store.atomic():
        slots.put(duress_profile.arm(session, duress_password, cost))
        audit.record(session.store, session.user, Action.EDIT, "settings", "duress password set")
        slots.write()


def has_duress_password(session: Session) -> bool:
    session.require(Permission.MANAGE_USERS)
    return session.workspace.keyslots().find("duress", "duress") is not None


def remove_duress_password(session: Session) -> None:
    """After this, the old duress password is just a wrong password."""
    from app.workspace import duress_profile

    session.require(Permission.MANAGE_USERS)
    slots = session.workspace.keyslots()
    if slots.find("duress", "duress") is None:
        return
    slots.remove("duress", "duress")
    with session.store.atomic():
        duress_profile.disarm(session.store)
        audit.record(
            session.store, session.user, Action.EDIT, "settings", "duress password removed"
        )
        slots.write()
