"""Roles and what each may do, enforced in the core (the UI only hides what is refused here)."""

from __future__ import annotations

import enum


class Role(enum.StrEnum):
    SUPERVISOR = "supervisor"
    SOCIAL_WORKER = "social_worker"
    INTERPRETER = "interpreter"


class Permission(enum.Enum):
    MANAGE_USERS = "manage users"
    MANAGE_DEVICES = "manage devices"
    EXPORT = "export data"
    CHECK = "check the workspace"
    VIEW_CASES = "see the case list"
    EDIT_CASES = "register and edit cases"
    ASSIST_INTERVIEW = "assist an interview"
    RESOLVE_CONFLICTS = "resolve conflicting edits"
    ERASE_CASES = "erase cases"
    PUBLISH_FORMS = "publish and withdraw forms"
    WIPE = "wipe the workspace from this laptop"


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.SUPERVISOR: frozenset(Permission),
    Role.SOCIAL_WORKER: frozenset(
        {
            Permission.VIEW_CASES,
            Permission.EDIT_CASES,
            Permission.ASSIST_INTERVIEW,
            Permission.WIPE,  # the one at the laptop when it is about to be taken: docs/security.md
        }
    ),
    # An interpreter works only inside an interview a social worker opened: no case list, no export.
    Role.INTERPRETER: frozenset({Permission.ASSIST_INTERVIEW}),
}


def parse_role(text: str) -> Role:
    from app.errors import BadInput

    try:
        return Role(text.strip().lower().replace("-", "_"))
    except ValueError:
        choices = ", ".join(r.value for r in Role)
        raise BadInput(f"unknown role {text!r}: choose one of {choices}") from None
