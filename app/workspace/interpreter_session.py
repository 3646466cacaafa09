"""An interpreter's session: the drafts sealed to them, and nothing else.

An interpreter's keyslot wraps only their user secret (an X25519 key; app/workspace/keyslots.py,
``keyless_plaintext``), never the workspace key: their login (``Workspace.sign_in``) never opens
the database. What they may see reaches them as sealed files (app/workspace/shared_drafts.py):
each draft a social worker names them in is sealed to their public key as it is saved.

The contract a caller relies on:

- ``drafts()`` lists the sealed drafts that open with their secret (others' files are skipped
  unread: they cannot be opened);
- ``load_draft`` gives one (its answers, and the XForm of its version when the workspace keeps
  one); ``save_draft`` writes the answers back, sealed to themselves and to the workspace's drafts
  key, with ``updated_at`` now: the social worker's next ``load_draft`` takes them in when they
  are newer than what her database holds;
- finishing, discarding, the case list, exports: none of it is here, and the core behind a full
  session refuses it as before;
- their login, each draft opened and saved (once per session) and their lock are queued for the
  audit log, written by the next full login;
- ``lock()`` zeroes the secret (safe to call twice).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from app.errors import BadInput, PermissionDenied, WorkspaceDamaged
from app.workspace import shared_drafts
from app.workspace.roles import ROLE_PERMISSIONS, Permission, Role

if TYPE_CHECKING:
    from app.workspace.folder import Workspace

# The idle lock of a full session is a workspace setting, kept in the database this session
# cannot read: an interpreter's session locks after the default.
IDLE_LOCK_MINUTES = 10


@dataclass(frozen=True)
class SharedDraft:
    """One draft as sealed to the interpreter."""

    draft_id: str
    form_id: str
    form_version: str
    owner: str
    interpreter: str
    updated_at: str
    data: dict[str, Any]
    xform: str | None  # the version's XForm when the workspace keeps one; else a shipped form

    @property
    def summary(self) -> dict[str, str]:
        summary = self.data.get("summary")
        if not isinstance(summary, dict):
            return {}
        return {str(k): str(v) for k, v in summary.items()}


def _now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass
class InterpreterSession:
    workspace: Workspace
    user: str
    _secret: bytearray = field(repr=False)
    clock: Callable[[], float] = time.monotonic
    last_activity: float = 0.0
    _audited: set[tuple[str, str]] = field(default_factory=set, repr=False)

    def __post_init__(self) -> None:
        self.last_activity = self.clock()

    @property
    def role(self) -> Role:
        return Role.INTERPRETER

    # -- permissions, lock, idle --------------------------------------------------------------

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[Role.INTERPRETER]

    def require(self, permission: Permission) -> None:
        if self.is_locked:
            raise WorkspaceDamaged("the workspace is locked: log in again")
        if not self.can(permission):
            raise PermissionDenied(f"an interpreter may not {permission.value}")

    @property
    def is_locked(self) -> bool:
        return not self._secret

    def lock(self) -> None:
        if self.is_locked:
            return
        try:
            self._queue("lock")
        except OSError:
            pass  # a full or read-only disk costs the queued row, never the lock
        finally:
            for i in range(len(self._secret)):
                self._secret[i] = 0
            self._secret = bytearray()

    def touch(self) -> None:
        self.last_activity = self.clock()

    def lock_if_idle(self) -> bool:
        if self.is_locked:
            return True
        if self.clock() - self.last_activity >= IDLE_LOCK_MINUTES * 60:
            self.lock()
            return True
        return False

    # -- drafts -------------------------------------------------------------------------------

    def drafts(self) -> list[dict[str, Any]]:
        """The drafts sealed to this interpreter, newest first, shaped as ``Session.drafts``."""
        self.require(Permission.ASSIST_INTERVIEW)
        found = []
        for path in shared_drafts.sealed_files(self.workspace.path):
            draft = self._open(path)
            if draft is None:
                continue
            found.append(
                {
                    "id": draft.draft_id,
                    "form_id": draft.form_id,
                    "form_version": draft.form_version,
                    "owner": draft.owner,
                    "interpreter": draft.interpreter,
                    "updated_at": draft.updated_at,
                    "summary": draft.summary,
                }
            )
        found.sort(key=lambda d: str(d["updated_at"]), reverse=True)
        return found

    def load_draft(self, draft_id: str) -> SharedDraft:
        self.require(Permission.ASSIST_INTERVIEW)
        draft = self._find(draft_id)
        self._queue("view", f"draft:{draft_id}")
        return draft

    def save_draft(self, draft_id: str, data: dict[str, Any]) -> str:
        """Write the interpreter's answers back (sealed to them and to the workspace's drafts
        key); returns the draft id. Called on every answer, as a full session's ``save_draft``."""
        self.require(Permission.ASSIST_INTERVIEW)
        path = shared_drafts.path_of(self.workspace.path, draft_id)
        payload = shared_drafts.read_payload(path, self._secret)
        if payload is None or payload.get("interpreter") != self.user:
            raise PermissionDenied("an interpreter may only open the interviews they assist")
        try:
            workspace_public = bytes.fromhex(str(payload["workspace_recipient"]))
        except (KeyError, ValueError) as exc:
            raise WorkspaceDamaged(f"the shared draft {draft_id} is damaged") from exc
        from app.workspace import sealed

        payload["data"] = data
        payload["updated_at"] = _now_iso()
        payload["updated_by"] = self.user
        mine = sealed.public_of(self._secret)
        try:
            key = shared_drafts.mac_key(self._secret, workspace_public)
        except ValueError as exc:
            raise WorkspaceDamaged(f"the shared draft {draft_id} is damaged") from exc
        shared_drafts.write_payload(self.workspace.path, payload, [mine, workspace_public], key)
        self._queue("edit", f"draft:{draft_id}", "answers saved")
        return draft_id

    def _find(self, draft_id: str) -> SharedDraft:
        try:
            path = shared_drafts.path_of(self.workspace.path, draft_id)
        except ValueError:
            raise BadInput(f"there is no draft {draft_id}") from None
        if not path.is_file():
            raise BadInput(f"there is no draft {draft_id}")
        draft = self._open(path)
        if draft is None:
            raise PermissionDenied("an interpreter may only open the interviews they assist")
        return draft

    def _open(self, path: Any) -> SharedDraft | None:
        payload = shared_drafts.read_payload(path, self._secret)
        if payload is None or payload.get("interpreter") != self.user:
            return None
        if payload.get("workspace_id") != self.workspace.workspace_id:
            return None
        try:
            workspace_public = bytes.fromhex(str(payload["workspace_recipient"]))
            if not shared_drafts.authentic(
                payload, shared_drafts.mac_key(self._secret, workspace_public)
            ):
                return None  # not written by this workspace or by them
        except (KeyError, ValueError):
            return None
        xform = payload.get("xform")
        return SharedDraft(
            draft_id=str(payload["id"]),
            form_id=str(payload.get("form_id", "")),
            form_version=str(payload.get("form_version", "")),
            owner=str(payload.get("owner", "")),
            interpreter=self.user,
            updated_at=str(payload.get("updated_at", "")),
            data=payload["data"],
            xform=xform if isinstance(xform, str) else None,
        )

    # -- audit --------------------------------------------------------------------------------

    def queue_login(self, detail: str = "") -> None:
        self._queue("login", "", detail, once=False)

    def _queue(self, action: str, obj: str = "", detail: str = "", once: bool = True) -> None:
        """One row for the audit log, written by the next full login (each draft's view and
        edit once per session: an answer saved per keystroke is not an audit row each)."""
        if once and action != "lock":
            if (action, obj) in self._audited:
                return
            self._audited.add((action, obj))
        shared_drafts.queue_audit(
            self.workspace.path,
            {
                "at": _now_iso(),
                "user": self.user,
                "action": action,
                "object": obj,
                "detail": detail,
            },
        )
