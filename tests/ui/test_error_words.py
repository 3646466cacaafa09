"""The words the app gives for faults that are not the user's password: a password that is not
text is never quoted back, a refused write names the file (describe_error, the one place every
screen turns an exception into words)."""

from __future__ import annotations

import errno

from pytestqt.qtbot import QtBot

from app.ui.error_text import describe_error


def test_a_password_that_is_not_text_is_named_and_never_quoted(qtbot: QtBot) -> None:
    try:
        "secret\udcff word".encode("utf-8")
    except UnicodeEncodeError as exc:
        said = describe_error(exc)
    assert said == (
        "The password cannot be read: it holds characters that are not text. Type it again."
    )
    assert "secret" not in said and "udcff" not in said


def test_a_write_the_disk_refuses_names_the_file(qtbot: QtBot) -> None:
    exc = OSError(errno.EROFS, "Read-only file system", "/media/usb/overview.png")
    assert describe_error(exc) == (
        "This cannot be written: /media/usb/overview.png. The disk is mounted read-only, or you"
        " may not write there."
    )
