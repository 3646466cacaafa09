"""Drafts shared with an interpreter, sealed in files outside the database.

An interpreter's keyslot holds no workspace key (docs/security.md, "What an interpreter
holds"), so the drafts naming them cannot reach them through the database. Each such draft is
also kept as ``shared-drafts/<draft id>.sealed`` beside the keyslots (0600 in a 0700 folder,
replaced atomically), sealed (app/workspace/sealed.py) to two keys:

- the interpreter's public key, from their users row, taken only while the row verifies under
  the supervisors' key and says ``interpreter`` (a key written into the table outside the app is
  never sealed to);
- the workspace's **drafts key**: an X25519 key whose secret is in the database (``settings``,
  made the first time a draft is shared), so any full session reads what the interpreter wrote
  back, and the interpreter can seal back to it (its public half travels inside each file).

The payload: the draft row's own fields (id, form id and version, owner, interpreter, updated_at),
the draft's data as the app stores it, and the XForm of its version when the workspace keeps one
(a published version, or a shipped one the workspace kept), so the interpreter's window renders
the form without the database.

Each file carries a MAC under the key the interpreter and the drafts key share without sending
it (X25519 of one's secret and the other's public half, ``mac_key``): the sender of a sealed file
is otherwise not known, and this proves it was written by that draft's interpreter or by this
workspace, so an interpreter cannot write into a draft naming someone else.

Writers: a full session's ``save_draft`` (``share``, every save of a draft that names an
interpreter) and the interpreter's session (app/workspace/interpreter_session.py). Readers: the
interpreter's session, and a full session's ``load_draft`` (``pick_up``): when the file is newer
than the row (by ``updated_at``), its answers and summary replace the row's, and nothing else of
it is taken (form, owner, interpreter, case and link stay the row's): the sender of a sealed file
is the draft's interpreter, who may change the answers and nothing else. The
file goes when the draft is finished or discarded; a wipe shreds the whole folder.

An interpreter's login, the drafts they opened and saved and their lock are queued in
``shared-drafts/interpreter-audit.json`` (they cannot write the audit log, which is in the
database), like failed logins in ``auth-state.json``, and written to the audit chain by the next
full login (``write_pending_audit``).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.workspace.durable import write_atomically

if TYPE_CHECKING:
    from app.workspace.store import Store

FOLDER = "shared-drafts"
SUFFIX = ".sealed"
FORMAT = "fieldcase-shared-draft-1"
AUDIT_QUEUE = "interpreter-audit.json"
MAX_QUEUED = 1000
MAX_DRAFT_BYTES = 4 << 20  # an interpreter's file larger than this is not taken
_SECRET_SETTING = "shared_drafts_secret"
_DRAFT_ID = re.compile(r"[0-9A-Za-z_-]{1,64}")


# -- files ------------------------------------------------------------------------------------


def folder_of(workspace: Path) -> Path:
    return workspace / FOLDER


def path_of(workspace: Path, draft_id: str) -> Path:
    if not _DRAFT_ID.fullmatch(draft_id):
        raise ValueError(f"not a draft id: {draft_id!r}")
    return folder_of(workspace) / f"{draft_id}{SUFFIX}"


def sealed_files(workspace: Path) -> list[Path]:
    folder = folder_of(workspace)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix == SUFFIX and p.is_file())


def mac_key(own_secret: bytes | bytearray, other_public: bytes) -> bytes:
    """The key both ends of one shared draft hold without sending it: X25519 of the interpreter's
    secret and the drafts key's public half, or of the drafts key's secret and the interpreter's
    public half (the same value). It authenticates a file as written by one of the two."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    shared = X25519PrivateKey.from_private_bytes(bytes(own_secret)).exchange(
        X25519PublicKey.from_public_bytes(other_public)
    )
    return HKDF(hashes.SHA256(), 32, None, b"fieldcase-shared-draft-1 mac").derive(shared)


def _mac(key: bytes, payload: dict[str, Any]) -> str:
    import hashlib
    import hmac

    body = {k: v for k, v in payload.items() if k != "mac"}
    text = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()


def authentic(payload: dict[str, Any], key: bytes) -> bool:
    import hmac

    return hmac.compare_digest(str(payload.get("mac", "")), _mac(key, payload))


def write_payload(
    workspace: Path, payload: dict[str, Any], recipients: list[bytes], key: bytes
) -> None:
    """Seal ``payload`` to ``recipients``, authenticated with ``key`` (``mac_key``)."""
    from app.workspace import sealed

    folder = folder_of(workspace)
    folder.mkdir(mode=0o700, exist_ok=True)
    payload = {**payload, "mac": _mac(key, payload)}
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    write_atomically(path_of(workspace, str(payload["id"])), sealed.seal(text, recipients))


def read_payload(path: Path, secret: bytes | bytearray) -> dict[str, Any] | None:
    """The payload of one sealed draft, or ``None`` when it is not sealed to ``secret`` (or is
    damaged, or not a shared draft)."""
    from app.workspace import sealed

    try:
        blob = path.read_bytes()
    except OSError:
        return None
    if len(blob) > MAX_DRAFT_BYTES * 2:
        return None
    plain = sealed.open_sealed(blob, secret)
    if plain is None:
        return None
    try:
        payload = json.loads(plain.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        return None
    if f"{payload.get('id')}{SUFFIX}" != path.name or not isinstance(payload.get("data"), dict):
        return None
    return payload


def remove(workspace: Path, draft_id: str) -> None:
    try:
        path_of(workspace, draft_id).unlink(missing_ok=True)
    except (OSError, ValueError):
        pass


# -- a full session's side --------------------------------------------------------------------


def workspace_secret(store: Store) -> bytearray:
    """The drafts key's secret, made (inside the caller's transaction) the first time."""
    value = store.scalar("SELECT value FROM settings WHERE key = ?", (_SECRET_SETTING,))
    if value is None:
        import secrets

        secret = bytearray(secrets.token_bytes(32))
        store.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)", (_SECRET_SETTING, secret.hex())
        )
        return secret
    return bytearray(bytes.fromhex(str(value)))


def interpreter_public(store: Store, workspace_id: str, name: str) -> bytes | None:
    """The public key to seal ``name``'s drafts to: only an enabled interpreter's, only from a
    row as a supervisor signed it (or from a workspace whose roles nobody signed yet)."""
    from app.workspace import signed_roles

    row = store.query_one("SELECT role, disabled, public_key FROM users WHERE name = ?", (name,))
    if row is None or row["role"] != "interpreter" or row["disabled"] or not row["public_key"]:
        return None
    if not signed_roles.verifies_now(store, workspace_id, name):
        return None
    try:
        public = bytes.fromhex(str(row["public_key"]))
    except ValueError:
        return None
    return public if len(public) == 32 else None


def _xform(store: Store, form_id: str, version: str) -> str | None:
    for table in ("forms", "kept_forms"):
        value = store.scalar(
            f"SELECT xform FROM {table} WHERE form_id = ? AND version = ?", (form_id, version)
        )
        if value is not None:
            return str(value)
    return None


def share(store: Store, workspace: Path, workspace_id: str, draft_id: str) -> bool:
    """Write the sealed copy of a draft that names an interpreter (inside the caller's
    transaction: the drafts key may be made); returns whether one was written. A draft whose
    interpreter has no verified key yet (they have not logged in since an upgrade) stays in the
    database only, and any earlier copy goes."""
    from app.workspace import sealed

    row = store.query_one("SELECT * FROM drafts WHERE id = ?", (draft_id,))
    if row is None or not row["interpreter"]:
        return False
    public = interpreter_public(store, workspace_id, str(row["interpreter"]))
    if public is None:
        remove(workspace, draft_id)
        return False
    secret = workspace_secret(store)
    try:
        workspace_public = sealed.public_of(secret)
        key = mac_key(secret, public)
    finally:
        _zero(secret)
    payload = {
        "format": FORMAT,
        "workspace_id": workspace_id,
        "id": draft_id,
        "form_id": row["form_id"],
        "form_version": row["form_version"],
        "owner": row["owner"],
        "interpreter": row["interpreter"],
        "updated_at": row["updated_at"],
        "updated_by": row["owner"],
        "data": json.loads(row["data"]),
        "xform": _xform(store, str(row["form_id"]), str(row["form_version"])),
        "workspace_recipient": workspace_public.hex(),
    }
    write_payload(workspace, payload, [public, workspace_public], key)
    return True


def pick_up(store: Store, workspace: Path, workspace_id: str, draft_id: str, by: str) -> bool:
    """Take the interpreter's answers from the sealed copy when it is newer than the row (inside
    the caller's transaction; audited). Returns whether the row changed."""
    row = store.query_one("SELECT * FROM drafts WHERE id = ?", (draft_id,))
    if row is None or not row["interpreter"]:
        return False
    try:
        path = path_of(workspace, draft_id)
    except ValueError:
        return False
    if not path.is_file():
        return False
    public = interpreter_public(store, workspace_id, str(row["interpreter"]))
    if public is None:
        return False
    secret = workspace_secret(store)
    try:
        payload = read_payload(path, secret)
        key = mac_key(secret, public)
    finally:
        _zero(secret)
    if payload is None or not authentic(payload, key):
        return False  # not written by this draft's interpreter (nor by this workspace)
    if str(payload.get("updated_at", "")) <= str(row["updated_at"]):
        return False
    incoming = payload["data"]
    draft = incoming.get("draft")
    if not _plausible_draft(draft, str(row["form_id"])):
        return False
    data = json.loads(row["data"])
    data["draft"] = draft
    if isinstance(incoming.get("summary"), dict):
        data["summary"] = {str(k): str(v) for k, v in incoming["summary"].items()}
    from app.workspace import audit
    from app.workspace.audit import Action

    store.execute(
        "UPDATE drafts SET data = ?, updated_at = ? WHERE id = ?",
        (
            json.dumps(data, ensure_ascii=False, separators=(",", ":")),
            str(payload["updated_at"]),
            draft_id,
        ),
    )
    audit.record(
        store,
        by,
        Action.EDIT,
        f"draft:{draft_id}",
        f"answers by interpreter {row['interpreter']} taken in",
    )
    return True


def _plausible_draft(draft: Any, form_id: str) -> bool:
    """A form engine draft of the row's form, not too large (resume checks the rest)."""
    from forms.submission import DRAFT_FORMAT

    if not isinstance(draft, dict) or draft.get("format") != DRAFT_FORMAT:
        return False
    if draft.get("form_id") != form_id or not isinstance(draft.get("instance"), str):
        return False
    return len(draft["instance"]) <= MAX_DRAFT_BYTES


def _zero(buffer: bytearray) -> None:
    for i in range(len(buffer)):
        buffer[i] = 0


# -- the interpreter's audit rows, queued -------------------------------------------------------


def queue_audit(workspace: Path, entry: dict[str, str]) -> None:
    """Queue one audit row of an interpreter's session (at, user, action, object, detail)."""
    folder = folder_of(workspace)
    folder.mkdir(mode=0o700, exist_ok=True)
    queued = pending_audit(workspace)
    queued.append({k: str(entry.get(k, "")) for k in ("at", "user", "action", "object", "detail")})
    text = json.dumps(queued[-MAX_QUEUED:], ensure_ascii=False, indent=1).encode("utf-8")
    write_atomically(folder / AUDIT_QUEUE, text)


def pending_audit(workspace: Path) -> list[dict[str, str]]:
    try:
        raw = json.loads((folder_of(workspace) / AUDIT_QUEUE).read_text("utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError):
        return [{"at": "", "user": "?", "action": "login", "object": "", "detail": "queue damaged"}]
    if not isinstance(raw, list):
        return []
    return [
        {k: str(item.get(k, "")) for k in ("at", "user", "action", "object", "detail")}
        for item in raw
        if isinstance(item, dict)
    ]


_QUEUED_ACTIONS = {"login", "lock", "view", "edit"}


def write_pending_audit(store: Store, workspace: Path) -> bool:
    """Write the interpreters' queued rows to the audit chain (inside the caller's transaction);
    ``clear_pending_audit`` after it committed. Returns whether there were any. A queued row
    keeps its time and names the interpreter's session in its detail."""
    from app.workspace import audit

    queued = pending_audit(workspace)
    for entry in queued:
        action = entry["action"] if entry["action"] in _QUEUED_ACTIONS else "login"
        detail = f"interpreter session (queued){': ' + entry['detail'] if entry['detail'] else ''}"
        audit.record(store, entry["user"], action, entry["object"], detail, at=entry["at"] or None)
    return bool(queued)


def clear_pending_audit(workspace: Path) -> None:
    try:
        (folder_of(workspace) / AUDIT_QUEUE).unlink(missing_ok=True)
    except OSError:
        pass


# -- a promoted interpreter ---------------------------------------------------------------------


def _grant_path(workspace: Path, workspace_id: str, name: str) -> Path:
    import hashlib

    digest = hashlib.sha256(json.dumps([workspace_id, name]).encode("utf-8")).hexdigest()
    return folder_of(workspace) / f"key-{digest[:32]}.grant"


def write_key_grant(
    workspace: Path, workspace_id: str, name: str, public: bytes, key: bytes | bytearray
) -> None:
    """The workspace key sealed to a promoted interpreter's public key: only their password
    (their slot's user secret) opens it; their next login takes it into their slot."""
    from app.workspace import sealed

    folder = folder_of(workspace)
    folder.mkdir(mode=0o700, exist_ok=True)
    write_atomically(_grant_path(workspace, workspace_id, name), sealed.seal(bytes(key), [public]))


def open_key_grant(
    workspace: Path, workspace_id: str, name: str, user_secret: bytes | bytearray
) -> bytearray | None:
    from app.workspace import sealed

    try:
        blob = _grant_path(workspace, workspace_id, name).read_bytes()
    except OSError:
        return None
    key = sealed.open_sealed(blob, user_secret)
    return bytearray(key) if key is not None and len(key) == 32 else None


def remove_key_grant(workspace: Path, workspace_id: str, name: str) -> None:
    try:
        _grant_path(workspace, workspace_id, name).unlink(missing_ok=True)
    except OSError:
        pass
