"""A read-only disk and a password that is not text, on the command line: one line starting
``fieldcase: `` that says what is wrong, no traceback, and the contract's exit code (1 the
operation failed, 2 bad input). They said "unexpected error: OSError/UnicodeEncodeError", and a
read-only workspace was called damaged."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.read_only import read_only_view

PW = "a long shelter password"


def fieldcase(*args: str, stdin: bytes, env: dict[str, str] | None = None) -> tuple[int, str]:
    done = subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )
    return done.returncode, done.stderr.decode("utf-8", errors="replace")


def _as(user: str, folder: Path) -> list[str]:
    return ["--workspace", str(folder), "--user", user, "--password-stdin"]


@pytest.fixture(scope="module")
def shelf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding one workspace, ``ws`` (supervisor ana)."""
    shelf = tmp_path_factory.mktemp("disk")
    code, err = fieldcase("init", *_as("ana", shelf / "ws"), stdin=PW.encode() + b"\n")
    assert code == 0, err
    return shelf


def test_a_workspace_on_a_read_only_disk_says_so(shelf: Path) -> None:
    with read_only_view(shelf) as view:
        for password in (PW, "not the password"):  # a wrong one too: its count cannot be kept
            code, err = fieldcase(
                "check", *_as("ana", view / "ws"), stdin=password.encode() + b"\n"
            )
            assert code == 1
            assert err.splitlines() == [
                f"fieldcase: the workspace folder is read-only: {view / 'ws'} (a disk mounted"
                " read-only, or no permission to write there); copy the folder to a writable"
                " disk to open it"
            ]
    code, err = fieldcase("check", *_as("ana", shelf / "ws"), stdin=PW.encode() + b"\n")
    assert code == 0, err  # nothing was changed, nothing is damaged


def test_an_export_to_a_read_only_disk_says_so(shelf: Path, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    with read_only_view(usb) as view:
        out = view / "march"
        code, err = fieldcase(
            "export", *_as("ana", shelf / "ws"), "--format", "csv", "--out", str(out),
            stdin=PW.encode() + b"\n",
        )  # fmt: skip
        assert code == 1
        assert err.splitlines() == [
            f"fieldcase: the export folder is read-only: {out} (a disk mounted read-only, or no"
            " permission to write there); nothing was exported"
        ]
    assert list(usb.iterdir()) == []


def test_a_new_workspace_on_a_read_only_disk_says_so(tmp_path: Path) -> None:
    with read_only_view(tmp_path) as view:
        code, err = fieldcase("init", *_as("ana", view / "new"), stdin=PW.encode() + b"\n")
    assert code == 1
    assert err.splitlines() == [
        f"fieldcase: cannot write {view / 'new'}: the disk is read-only or you may not write there"
    ]


@pytest.mark.parametrize(
    "env",
    [{}, {"PYTHONIOENCODING": "utf-8:strict"}, {"LC_ALL": "C", "PYTHONUTF8": "0"}],
    ids=["utf-8 locale", "strict decoding", "C locale"],
)
def test_a_password_line_that_is_not_utf8_is_bad_input(shelf: Path, env: dict[str, str]) -> None:
    typed = "ពាក្យសម្ងាត់".encode()[:7] + b"\xff\xfe secret\n"  # cut mid-character
    code, err = fieldcase("check", *_as("ana", shelf / "ws"), stdin=typed, env=env)
    assert code == 2
    assert err.splitlines() == [
        "fieldcase: the password cannot be read: line 1 of standard input is not UTF-8 text"
        " (type it in a UTF-8 terminal, or save the file as UTF-8)"
    ]
    assert "secret" not in err and "\\x" not in err and "\\udc" not in err
