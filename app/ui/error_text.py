"""One place that turns any exception into words for the person at the screen, in their language."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

from app.errors import (
    ErrorKind,
    FieldcaseError,
    KeyFileDamaged,
    LockedOut,
    ReadOnlyFolder,
    RoleRefused,
)
from app.workspace.durable import is_read_only

translate = QCoreApplication.translate


def describe_error(exc: BaseException) -> str:
    if isinstance(exc, ReadOnlyFolder):
        if exc.workspace:
            text = translate(
                "ErrorText",
                "The workspace folder is read-only: %1. The disk is mounted read-only, or you may"
                " not write there. Copy the folder to a writable disk to open it.",
            )
        else:
            text = translate(
                "ErrorText",
                "The folder is read-only: %1. The disk is mounted read-only, or you may not write"
                " there. Nothing was written.",
            )
        return text.replace("%1", exc.folder)
    if isinstance(exc, OSError) and is_read_only(exc):
        return translate(
            "ErrorText",
            "This cannot be written: %1. The disk is mounted read-only, or you may not write there.",
        ).replace("%1", str(exc.filename or ""))
    if isinstance(exc, UnicodeError):  # a secret with bytes that are not text (never quoted)
        return translate(
            "ErrorText",
            "The password cannot be read: it holds characters that are not text. Type it again.",
        )
    if isinstance(exc, KeyFileDamaged):
        return translate(
            "ErrorText",
            "The key file of this workspace is damaged: the password of this name cannot be"
            " checked. Another user or the recovery code may still open the workspace; ask your"
            " supervisor for help.",
        )
    if isinstance(exc, LockedOut):
        return translate(
            "ErrorText",
            "Too many failed attempts. Please wait %n second(s) and try again.",
            None,
            math.ceil(exc.retry_after),
        )
    if isinstance(exc, RoleRefused):  # the details are in the audit log and in check
        return translate(
            "ErrorText",
            "Your role in this workspace was changed outside the app, so this login is refused."
            " Ask a supervisor to check the workspace.",
        )
    if isinstance(exc, FieldcaseError):
        if exc.kind is ErrorKind.CREDENTIALS:
            return translate("ErrorText", "Wrong user name or password.")
        if exc.kind is ErrorKind.PERMISSION:
            return translate("ErrorText", "Your role does not allow this.")
        if exc.kind is ErrorKind.STORAGE:
            return translate(
                "ErrorText",
                "The disk is full. This change was not saved; nothing saved before was lost.",
            )
        if exc.kind is ErrorKind.DAMAGED:
            return (
                translate(
                    "ErrorText",
                    "A file of this workspace is damaged. Ask your supervisor for help.",
                )
                + f"\n({exc})"
            )
        if exc.kind is ErrorKind.BAD_INPUT:
            return translate("ErrorText", "This cannot be used: %1").replace("%1", str(exc))
    return translate("ErrorText", "Something went wrong: %1").replace(
        "%1", f"{exc.__class__.__name__}: {exc}"
    )
