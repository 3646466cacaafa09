"""Signed roles: who may do what here, as a supervisor signed it, checked at every login.

Anyone who can log in unwraps the workspace key and can write the database with a Python prompt;
a role read from an unsigned ``users`` row would be whatever he wrote there. So every row (name,
role, disabled, the user's public key, who made it and when, the workspace id) carries an Ed25519
signature by the **supervisors' key**, and the login refuses a row that does not verify.

Where each piece lives (docs/security.md, "Signed roles", says why):

- the public half: ``settings.roles_public_key`` in the database and the file ``roles-key`` beside
  the keyslots; the login refuses when they differ;
- the private half (a 32-byte Ed25519 seed): inside each supervisor's own keyslot, after the
  workspace key and the user's secret, so only a supervisor's password unwraps it; a supervisor
  whose slot holds it pins its public half again at her login when another one is pinned (the
  anchor an attacker cannot forge without her password);
- every user's keyslot holds, after the workspace key, a 32-byte **user secret**: an X25519 key
  whose public half is in the user's signed row. A supervisor who promotes someone cannot write
  their slot (she does not know their password), so she leaves a **grant**: the seed sealed to
  the promoted user's public key (``roles_grants``); their next login opens it and moves the seed
  into their own slot;
- the recovery slot of a workspace made with this code holds the seed too (the recovery code is a
  supervisor's secret: it is shown once, to the workspace's first supervisor).

Slot plaintexts: 32 bytes (workspace key: a slot from before signed roles), 64 (+ user secret;
for the recovery slot: + seed), 96 (+ user secret + seed: a supervisor's).

A workspace from before is signed at the first login of a supervisor: the roles as recorded then
are signed (and the list written to the audit log). Until then the roles are as recorded and
``check`` says "roles not yet signed by a supervisor".

Every signing also records an audit row ``user_signed`` (object: the user, detail: the SHA-256 of
the signed row), so the users table joins the hash chain; ``check`` compares each row with the
last such audit row, which finds a row put back from an earlier signed state.

The supervisors' key itself (its secrets, public halves, pin and grants) is in supervisors_key.py;
this module signs and verifies the rows, admits a login and reports for ``check``.

``cryptography`` is imported where a key is used, as in keyslots.py (the login window's cold start).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import PermissionDenied, RoleRefused
from app.workspace import audit
from app.workspace.store import Store

# The supervisors' key itself (secrets, public halves, the pin, grants), importable from here
# as before.
from app.workspace.supervisors_key import KEY_BYTES as KEY_BYTES
from app.workspace.supervisors_key import PIN_FILE as PIN_FILE
from app.workspace.supervisors_key import PIN_FORMAT as PIN_FORMAT
from app.workspace.supervisors_key import RoleSecrets as RoleSecrets
from app.workspace.supervisors_key import grant as grant
from app.workspace.supervisors_key import new_secret as new_secret
from app.workspace.supervisors_key import open_grant as open_grant
from app.workspace.supervisors_key import pin_in_file as pin_in_file
from app.workspace.supervisors_key import pinned as pinned
from app.workspace.supervisors_key import public_of_seed as public_of_seed
from app.workspace.supervisors_key import public_of_user as public_of_user
from app.workspace.supervisors_key import seal_grant as seal_grant
from app.workspace.supervisors_key import split_plaintext as split_plaintext
from app.workspace.supervisors_key import split_recovery as split_recovery
from app.workspace.supervisors_key import write_pin as write_pin

if TYPE_CHECKING:
    from app.workspace.keyslots import KdfCost

FORMAT = "fieldcase-user-1"
NOT_YET_SIGNED = "roles not yet signed by a supervisor"
USER_SIGNED = audit.Action.USER_SIGNED
ROLES_SIGNED = audit.Action.ROLES_SIGNED
LOGIN_REFUSED = audit.Action.LOGIN_REFUSED


# -- rows ------------------------------------------------------------------------------------

_COLUMNS = ("name", "role", "disabled", "created_at", "created_by", "public_key", "signature")
_ROW = ", ".join(_COLUMNS)


def canonical(workspace_id: str, row: Any) -> bytes:
    """The bytes a row's signature covers: every column but the signature, and the workspace."""
    return json.dumps(
        [
            FORMAT,
            workspace_id,
            row["name"],
            row["role"],
            int(row["disabled"]),
            row["created_at"],
            row["created_by"],
            row["public_key"] or "",
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")


def row_digest(workspace_id: str, row: Any) -> str:
    return hashlib.sha256(canonical(workspace_id, row)).hexdigest()


def verifies_now(store: Store, workspace_id: str, name: str) -> bool:
    """Whether ``name``'s row is as a supervisor signed it (true while roles are not signed yet)."""
    pin = pinned(store)
    if pin is None:
        return True
    row = store.query_one(f"SELECT {_ROW} FROM users WHERE name = ?", (name,))
    return row is not None and row_verifies(workspace_id, row, pin)


def row_verifies(workspace_id: str, row: Any, pin: str) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        public = Ed25519PublicKey.from_public_bytes(bytes.fromhex(pin))
        public.verify(bytes.fromhex(row["signature"] or ""), canonical(workspace_id, row))
    except (InvalidSignature, ValueError):
        return False
    return True


def sign_user(store: Store, workspace_id: str, seed: bytes | bytearray, name: str, by: str) -> None:
    """Sign ``name``'s row as it is now and record the signed row's hash in the audit chain.
    Call inside the transaction that changed the row."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    row = store.query_one(f"SELECT {_ROW} FROM users WHERE name = ?", (name,))
    if row is None:
        return
    signature = Ed25519PrivateKey.from_private_bytes(bytes(seed)).sign(canonical(workspace_id, row))
    store.execute("UPDATE users SET signature = ? WHERE name = ?", (signature.hex(), name))
    audit.record(store, by, USER_SIGNED, name, row_digest(workspace_id, row))


def start_signing(
    store: Store, folder: Path, workspace_id: str, seed: bytes | bytearray, by: str
) -> None:
    """Pin the public half of ``seed`` and sign every row as recorded now (a new workspace, or the
    first supervisor login of one from before signed roles). Inside a transaction."""
    public = public_of_seed(seed)
    store.execute(
        "INSERT INTO settings (key, value) VALUES ('roles_public_key', ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (public,),
    )
    listed = []
    for row in store.query("SELECT name, role, disabled FROM users ORDER BY name"):
        sign_user(store, workspace_id, seed, row["name"], by)
        listed.append(f"{row['name']}={row['role']}{' (disabled)' if row['disabled'] else ''}")
    audit.record(store, by, ROLES_SIGNED, public, ", ".join(listed))
    write_pin(folder, public)


def require_seed(seed: bytearray, store: Store) -> None:
    """A change to users needs the supervisors' key, once the roles are signed."""
    if not seed and pinned(store) is not None:
        raise PermissionDenied(
            "you do not hold the supervisors' key yet: log out and in again"
            " (a supervisor must have made you one)"
        )


def refuse(store: Store, name: str, reason: str) -> RoleRefused:
    """Audit a refused login (its own transaction) and return the error to raise. The refusal
    stands even when its audit row cannot be written (a full or read-only disk)."""
    try:
        audit.record(store, name, LOGIN_REFUSED, name, reason)
    except Exception:  # the refusal matters more than its row
        pass
    return RoleRefused(reason)


def check_pin(store: Store, folder: Path, name: str) -> str | None:
    """The pinned public key, after checking the database and the file agree."""
    pin = pinned(store)
    if pin is None:
        return None
    if pin_in_file(folder) != pin:
        raise refuse(
            store,
            name,
            "the supervisors' key of this workspace was changed outside the app:"
            " a supervisor must check it (fieldcase check)",
        )
    return pin


def unsigned_reason(name: str) -> str:
    return (
        f"the role of {name} was not signed by a supervisor (changed outside the app):"
        " a supervisor must check this workspace"
    )


def report(store: Store, folder: Path, workspace_id: str) -> dict[str, Any]:
    """For ``check``: every row whose signature fails, or whose hash differs from the last
    ``user_signed`` row of the audit chain; a pin that differs from the file."""
    pin = pinned(store)
    if pin is None:
        return {"signed": False, "note": NOT_YET_SIGNED, "problems": []}
    problems = []
    if pin_in_file(folder) != pin:
        problems.append(f"the file {PIN_FILE} does not hold the pinned supervisors' key")
    recorded: dict[str, str] = {}
    for row in store.query(
        "SELECT object, detail FROM audit WHERE action = ? ORDER BY seq", (USER_SIGNED,)
    ):
        recorded[row["object"]] = row["detail"]
    for row in store.query(f"SELECT {_ROW} FROM users ORDER BY name"):
        name = row["name"]
        if not row_verifies(workspace_id, row, pin):
            problems.append(f"user {name}: role {row['role']} is not signed by a supervisor")
        elif recorded.get(name) != row_digest(workspace_id, row):
            problems.append(f"user {name}: the row differs from the last one the audit log signed")
    return {"signed": True, "public_key": pin, "problems": problems}


# -- at login ----------------------------------------------------------------------------------


@dataclass
class Slot:
    """What the login knows of the slot it opened, to rewrite it (same costs) when what it must
    hold changed: a user secret added to a slot from before, the seed moved in or taken out."""

    keyslots_path: Path
    password: str
    cost: KdfCost


def admit(
    store: Store,
    folder: Path,
    workspace_id: str,
    key: bytearray,
    name: str,
    secrets: RoleSecrets,
    slot: Slot | None,
) -> None:
    """Check ``name``'s row against the supervisors' key before a session is given; raises
    ``RoleRefused`` (audited) when it does not verify. Updates ``secrets`` (the seed taken from a
    grant, or dropped after a demotion) and rewrites the slot when that changed what it holds."""
    rewrite = False
    if slot is not None and not secrets.user_secret:
        secrets.user_secret = new_secret()  # a slot from before signed roles
        rewrite = True
    if secrets.seed:
        # The seed from her own slot proves she is a supervisor; from the recovery slot it
        # proves only that the recovery code was typed.
        own = _public_or_none(secrets) if slot is not None else None
        _restore_if_replaced(store, folder, workspace_id, name, secrets.seed, own, slot is not None)
    row = store.query_one(f"SELECT {_ROW} FROM users WHERE name = ?", (name,))
    assert row is not None  # checked by the caller
    pin = check_pin(store, folder, name)
    user_public = public_of_user(secrets.user_secret) if secrets.user_secret else None
    if pin is None:
        with store.atomic():
            if user_public is not None and not row["public_key"]:
                store.execute("UPDATE users SET public_key = ? WHERE name = ?", (user_public, name))
            if row["role"] == "supervisor":  # the first supervisor login: sign as recorded
                secrets.seed = new_secret()
                _take_claims(store, workspace_id, None)
                start_signing(store, folder, workspace_id, secrets.seed, name)
                _grant_supervisors(store, workspace_id, secrets.seed, name)
                rewrite = rewrite or slot is not None
    else:
        if not row_verifies(workspace_id, row, pin):
            raise refuse(store, name, unsigned_reason(name))
        if secrets.seed and public_of_seed(secrets.seed) != pin:
            raise refuse(
                store,
                name,
                "the supervisors' key of this workspace was replaced outside the app:"
                " a supervisor must check it (fieldcase check)",
            )
        if row["role"] != "supervisor" and secrets.seed and slot is not None:
            for i in range(len(secrets.seed)):  # demoted: the slot no longer carries the seed
                secrets.seed[i] = 0
            secrets.seed = bytearray()
            rewrite = True
        # (A recovery keeps the recovery slot's seed until the new password's slot is written:
        # Session.reset_password_by_recovery signs the row, then drops it for a non-supervisor.)
        if row["role"] == "supervisor" and not secrets.seed and secrets.user_secret:
            grant = store.query_one("SELECT sealed FROM roles_grants WHERE name = ?", (name,))
            opened = (
                None
                if grant is None
                else open_grant(bytes(grant["sealed"]), secrets.user_secret, workspace_id, name)
            )
            if opened is not None and public_of_seed(opened) == pin:
                secrets.seed = opened
                rewrite = rewrite or slot is not None
        if user_public is not None and row["public_key"] != user_public:
            with store.atomic():
                store.execute(
                    "INSERT INTO user_claims (name, public_key) VALUES (?, ?)"
                    " ON CONFLICT (name) DO UPDATE SET public_key = excluded.public_key",
                    (name, user_public),
                )
        if secrets.seed:
            with store.atomic():
                for claimed in _take_claims(store, workspace_id, pin):
                    sign_user(store, workspace_id, secrets.seed, claimed, name)
                _grant_supervisors(store, workspace_id, secrets.seed, name)
    if rewrite and slot is not None:
        from app.workspace.keyslots import KeyslotFile, wrap_key

        slots = KeyslotFile.read(slot.keyslots_path)
        plain = key + secrets.user_secret + secrets.seed
        slots.put(wrap_key(workspace_id, "user", name, slot.password, plain, slot.cost))
        for i in range(len(plain)):
            plain[i] = 0
        slots.write()


def _restore_if_replaced(
    store: Store,
    folder: Path,
    workspace_id: str,
    name: str,
    seed: bytearray,
    user_public: str | None,
    own_slot: bool,
) -> None:
    """A supervisor's slot holds the genuine seed, which nobody without her password can change.

    When the pinned key (database or file) is another, or gone, someone who held the workspace key
    replaced it: pin hers again (the recovery slot's seed does this too). When her own row does not verify under it (the key replaced, or
    her row written down to another role or disabled), sign it again as a supervisor's: she is
    one, only a supervisor's slot holds the seed, and otherwise anyone who can write the database
    could lock every supervisor out. Every other row the impostor signed now fails: those logins
    are refused and ``check`` lists them until a supervisor sets each role again. Audited."""
    genuine = public_of_seed(seed)
    in_database, in_file = pinned(store), pin_in_file(folder)
    row = store.query_one(f"SELECT {_ROW} FROM users WHERE name = ?", (name,))
    own_fails = own_slot and row is not None and not row_verifies(workspace_id, row, genuine)
    if in_database == genuine and in_file == genuine and not own_fails:
        return
    with store.atomic():
        if in_database != genuine:
            store.execute(
                "INSERT INTO settings (key, value) VALUES ('roles_public_key', ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (genuine,),
            )
        if in_database != genuine or in_file != genuine:
            audit.record(
                store,
                name,
                audit.Action.ROLES_KEY_RESTORED,
                genuine,
                f"found database={in_database or 'none'} file={in_file or 'none'}",
            )
        if own_fails:
            store.execute(
                "UPDATE users SET role = 'supervisor', disabled = 0,"
                " public_key = coalesce(?, public_key) WHERE name = ?",
                (user_public, name),
            )
            audit.record(store, name, audit.Action.ROLES_KEY_RESTORED, name, "own row signed again")
            sign_user(store, workspace_id, seed, name, name)
        if in_file != genuine:
            write_pin(folder, genuine)


def _public_or_none(secrets: RoleSecrets) -> str | None:
    return public_of_user(secrets.user_secret) if secrets.user_secret else None


def _take_claims(store: Store, workspace_id: str, pin: str | None) -> list[str]:
    """Public keys claimed by users' own logins, taken into rows that have none yet (trust on
    first use: see docs/security.md); returns the names whose rows changed. Once roles are signed
    (``pin``), only into a row that verifies as it is, with no key: a claim never carries a role
    or anything else written into the table along with it."""
    taken = []
    for claim in store.query(
        f"SELECT c.public_key AS claimed, {', '.join('u.' + c for c in _COLUMNS)}"
        " FROM user_claims c JOIN users u ON u.name = c.name"
        " WHERE u.public_key IS NULL OR u.public_key = ''"
    ):
        if pin is not None and not row_verifies(workspace_id, claim, pin):
            continue
        store.execute(
            "UPDATE users SET public_key = ? WHERE name = ?", (claim["claimed"], claim["name"])
        )
        taken.append(str(claim["name"]))
    store.execute("DELETE FROM user_claims WHERE name IN (SELECT name FROM users)")
    return taken


def _grant_supervisors(store: Store, workspace_id: str, seed: bytearray, by: str) -> None:
    """Seal the seed to every other enabled supervisor whose row verifies and has no grant for its
    public key yet; drop the grants of users whose signed row says they are no longer one. A row
    that does not verify gets nothing and loses nothing: whoever wrote it cannot have the key
    sealed to a public key of their own."""
    pin = public_of_seed(seed)
    existing = {
        str(r["name"]): str(r["public_key"])
        for r in store.query("SELECT name, public_key FROM roles_grants")
    }
    for row in store.query(f"SELECT {_ROW} FROM users"):
        name = str(row["name"])
        if name == by or not row_verifies(workspace_id, row, pin):
            continue
        if row["role"] != "supervisor" or row["disabled"]:
            if name in existing:
                store.execute("DELETE FROM roles_grants WHERE name = ?", (name,))
        elif row["public_key"] and existing.get(name) != row["public_key"]:
            grant(store, workspace_id, seed, name, row["public_key"])
