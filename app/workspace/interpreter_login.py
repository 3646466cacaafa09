"""The interpreter's branch of a login (``Workspace.sign_in``), kept out of folder.py.

- A **keyless** slot (``keyslots.is_keyless``: an interpreter's user secret alone) opens no
  database: the login gives an ``InterpreterSession`` on the drafts sealed to them, queues its
  audit row, and clears the user's failed-login count (the failures queued meanwhile wait for a
  full login, which writes them). When a supervisor promoted them since, the workspace key was
  left sealed to their public key (``shared_drafts.write_key_grant``): the login opens it and
  goes on as a full login, and their slot is rewritten to hold it.
- A **full** login whose signed role is ``interpreter`` (a slot made before keyless slots, or a
  user made an interpreter since) rewrites their slot in place without the workspace key (the
  keyslot area overwrites the cell: no old slot is left in freed blocks), seals the drafts naming
  them, audits it, closes the database and gives the keyless session instead: the one moment
  their password is known.
- Every full login writes the interpreters' queued audit rows to the chain.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.workspace import shared_drafts
from app.workspace.interpreter_session import InterpreterSession
from app.workspace.keyslots import Keyslot, keyless_plaintext, keyless_secret, wrap_key, zero
from app.workspace.roles import Role

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.workspace.backoff import AuthState
    from app.workspace.folder import Workspace
    from app.workspace.session import Session
    from app.workspace.store import Store


def keyless_login(
    workspace: Workspace,
    user: str,
    password: str,
    slot: Keyslot,
    plain: bytearray,
    state: AuthState,
    full_login: Callable[[bytearray], Session | InterpreterSession],
) -> Session | InterpreterSession:
    """``plain``: what the keyless slot held (zeroed here). ``full_login(key_material)`` is the
    folder's own login from an opened slot, used when a grant gives the workspace key."""
    user_secret = keyless_secret(plain)
    granted = shared_drafts.open_key_grant(
        workspace.path, workspace.workspace_id, user, user_secret
    )
    if granted is not None:
        opened = full_login(granted + user_secret)
        zero(granted)
        if isinstance(opened, InterpreterSession):
            zero(user_secret)
            return opened  # still an interpreter as signed: the grant was stale (and is gone)
        opened.rewrite_own_slot(password, slot.cost)
        zero(user_secret)
        return opened
    state.failures.pop(user, None)
    state.save()
    session = InterpreterSession(workspace, user, user_secret)
    session.queue_login()
    return session


def write_queued_audit(store: Store, workspace: Workspace) -> bool:
    """Inside the full login's transaction; ``after_full_login`` clears the queue."""
    return shared_drafts.write_pending_audit(store, workspace.path)


def after_full_login(
    workspace: Workspace, session: Session, slot: Keyslot | None, password: str
) -> Session | InterpreterSession:
    """After a full login committed: the queue cleared, a key grant used up, and an
    interpreter's slot converted (the session closed; their keyless one given instead)."""
    shared_drafts.clear_pending_audit(workspace.path)
    shared_drafts.remove_key_grant(workspace.path, workspace.workspace_id, session.user)
    if session.role is not Role.INTERPRETER or slot is None:
        return session
    try:
        return _convert(workspace, session, slot, password)
    except BaseException:
        session.lock()
        raise


def _convert(
    workspace: Workspace, session: Session, slot: Keyslot, password: str
) -> InterpreterSession:
    from app.workspace import audit
    from app.workspace.audit import Action

    user_secret = bytearray(session.secrets.user_secret)
    plain = keyless_plaintext(user_secret)
    slots = workspace.keyslots()
    slots.put(wrap_key(workspace.workspace_id, "user", session.user, password, plain, slot.cost))
    zero(plain)
    store = session.store
    with store.atomic():
        for row in store.query("SELECT id FROM drafts WHERE interpreter = ?", (session.user,)):
            shared_drafts.share(store, workspace.path, workspace.workspace_id, str(row["id"]))
        audit.record(
            store,
            session.user,
            Action.EDIT,
            f"keyslot:{session.user}",
            "an interpreter's slot rewritten without the workspace key",
        )
        slots.write()  # last: if it fails, the audit row is rolled back and the slot stays
    session.lock()
    return InterpreterSession(workspace, session.user, user_secret)
