"""The command line as a user runs it: a real process, passwords on standard input."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.main import build_parser
from app.workspace.recovery import normalise_recovery_code

PW = "a long shelter password"


def fieldcase(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("cli") / "w"
    result = fieldcase(
        "init", "--workspace", str(folder), "--user", "ana", "--password-stdin", stdin=PW + "\n"
    )
    assert result.returncode == 0, result.stderr
    code = result.stdout.strip().splitlines()[-1]
    return folder, code


def test_init_prints_a_valid_recovery_code_once(workspace: tuple[Path, str]) -> None:
    folder, code = workspace
    assert normalise_recovery_code(code) == code
    assert code not in "".join(
        p.read_text(errors="ignore") for p in folder.iterdir() if p.is_file()
    )


def test_check_prints_one_json_object(workspace: tuple[Path, str]) -> None:
    folder, _ = workspace
    result = fieldcase(
        "check", "--workspace", str(folder), "--user", "ana", "--password-stdin", stdin=PW + "\n"
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] is True and report["integrity"] == "ok"
    assert report["audit"]["ok"] is True and report["counts"]["users"] == 1


def test_wrong_password_exits_3_with_one_line(workspace: tuple[Path, str]) -> None:
    folder, _ = workspace
    result = fieldcase(
        "check",
        "--workspace",
        str(folder),
        "--user",
        "ana",
        "--password-stdin",
        stdin="nope nope\n",
    )
    assert result.returncode == 3
    assert result.stderr.startswith("fieldcase: ") and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_not_a_workspace_exits_2(tmp_path: Path) -> None:
    result = fieldcase(
        "check", "--workspace", str(tmp_path), "--user", "ana", "--password-stdin", stdin=PW + "\n"
    )
    assert result.returncode == 2
    assert result.stderr == f"fieldcase: {tmp_path} is not a fieldcase workspace\n"


def test_bad_usage_exits_2_with_one_line() -> None:
    result = fieldcase("init", "--workspace")
    assert result.returncode == 2 and result.stderr.startswith("fieldcase: ")
    assert result.stderr.count("\n") == 1


def test_missing_password_line_is_bad_input(tmp_path: Path) -> None:
    result = fieldcase(
        "init", "--workspace", str(tmp_path / "x"), "--user", "ana", "--password-stdin", stdin=""
    )
    assert result.returncode == 2 and "standard input" in result.stderr


def test_users_recover_and_passwords(tmp_path: Path) -> None:
    folder = tmp_path / "w"
    code = fieldcase(
        "init", "--workspace", str(folder), "--user", "ana", "--password-stdin", stdin=PW + "\n"
    ).stdout.split()[-1]
    base = ["--workspace", str(folder), "--user", "ana", "--password-stdin"]
    added = fieldcase(
        "user",
        "add",
        *base,
        "--name",
        "sopheap",
        "--role",
        "social_worker",
        stdin=f"{PW}\nsopheap's pw\n",
    )
    assert added.returncode == 0, added.stderr
    listed = json.loads(fieldcase("user", "list", *base, stdin=PW + "\n").stdout)
    assert {(u["name"], u["role"]) for u in listed} == {
        ("ana", "supervisor"),
        ("sopheap", "social_worker"),
    }
    worker = ["--workspace", str(folder), "--user", "sopheap", "--password-stdin"]
    refused = fieldcase("user", "list", *worker, stdin="sopheap's pw\n")
    assert refused.returncode == 1 and "may not manage users" in refused.stderr
    assert fieldcase("user", "disable", *base, "--name", "sopheap", stdin=PW + "\n").returncode == 0
    assert fieldcase("check", *worker, stdin="sopheap's pw\n").returncode == 3
    recovered = fieldcase(
        "recover",
        "--workspace",
        str(folder),
        "--user",
        "ana",
        "--password-stdin",
        stdin=f"{code}\nnew password!\n",
    )
    assert recovered.returncode == 0, recovered.stderr
    assert fieldcase("check", *base, stdin=PW + "\n").returncode == 3
    assert fieldcase("check", *base, stdin="new password!\n").returncode == 0
    bad_role = fieldcase(
        "user", "add", *base, "--name", "x", "--role", "boss", stdin="new password!\nxxxxxxxxxx\n"
    )
    assert bad_role.returncode == 2 and "unknown role" in bad_role.stderr


def _all_parsers(
    parser: argparse.ArgumentParser, path: str = "fieldcase"
) -> list[tuple[str, argparse.ArgumentParser, str | None]]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help for a in action._choices_actions}
            for name, sub in action.choices.items():
                found.append((f"{path} {name}", sub, helps.get(name)))
                found.extend(_all_parsers(sub, f"{path} {name}"))
    return found


def test_every_command_has_help_text() -> None:
    missing = [name for name, _, text in _all_parsers(build_parser()) if not text]
    assert missing == []


def test_no_command_takes_a_password_argument() -> None:
    for name, sub, _ in _all_parsers(build_parser()):
        options = {opt for a in sub._actions for opt in a.option_strings}
        assert not any(o in options for o in ("--password", "--pass", "--recovery-code")), name


def test_wipe_asks_first_then_destroys(tmp_path: Path) -> None:
    folder = tmp_path / "w"
    base = ["--workspace", str(folder), "--user", "ana", "--password-stdin"]
    fieldcase("init", *base, stdin=PW + "\n")
    asked = fieldcase("wipe", *base, stdin=PW + "\n")
    assert asked.returncode == 2 and "would be lost" in asked.stdout and folder.exists()
    assert fieldcase("wipe", *base, "--yes", stdin=PW + "\n").returncode == 0
    assert not folder.exists()
