"""``fieldcase forms publish|withdraw|list`` as an administrator runs them: a real process, the
password on standard input, one ``fieldcase: `` line and the contract's exit code on error."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.interviews.form_library import FormLibrary
from app.workspace.folder import Workspace
from app.workspace.roles import Role
from tests.app.form_files import screening_form
from tests.conftest import CHEAP, PASSWORD

WORKER_PASSWORD = "a social worker's password"


def fieldcase(*args: str, password: str = PASSWORD) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        input=password + "\n",
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """A workspace whose first user 'ana' is a supervisor, with social worker 'dara'. (Made with a
    cheap key-derivation cost, recorded in the slots, so each command's login is quick.)"""
    folder = tmp_path / "ws"
    session, _ = Workspace.create(folder, "ana", PASSWORD, cost=CHEAP)
    session.add_user("dara", Role.SOCIAL_WORKER, WORKER_PASSWORD, cost=CHEAP)
    session.lock()
    return folder


def _as(user: str, folder: Path) -> list[str]:
    return ["--workspace", str(folder), "--user", user, "--password-stdin"]


def _one_error_line(done: subprocess.CompletedProcess[str], code: int, words: str) -> None:
    assert done.returncode == code, (done.stdout, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("fieldcase: "), done.stderr
    assert words in lines[0]
    assert "Traceback" not in done.stderr


def test_publish_withdraw_and_list(workspace: Path, tmp_path: Path) -> None:
    done = fieldcase("forms", "publish", str(screening_form(tmp_path, "1")), *_as("ana", workspace))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "screening 1"
    assert "installed here only" in done.stderr  # this workspace is in no team
    again = fieldcase(
        "forms", "publish", str(screening_form(tmp_path, "1")), *_as("ana", workspace)
    )
    assert again.returncode == 0 and "nothing changed" in again.stderr
    newer = screening_form(tmp_path, "2", extra="village")
    assert fieldcase("forms", "publish", str(newer), *_as("ana", workspace)).returncode == 0

    listed = fieldcase(
        "forms", "list", "--json", *_as("dara", workspace), password=WORKER_PASSWORD
    )  # anyone may list
    assert listed.returncode == 0, listed.stderr
    forms = {(f["form_id"], f["version"]): f for f in json.loads(listed.stdout)["forms"]}
    assert forms[("screening", "2")]["status"] == "in use"
    assert forms[("screening", "1")]["status"] == "older"
    assert forms[("screening", "1")]["source"] == "published"
    assert forms[("screening", "1")]["published_by"] == "ana"
    assert forms[("intake", FormLibrary().get("intake").version)]["source"] == "shipped"

    withdrawn = fieldcase(
        "forms", "withdraw", "--form", "screening", "--version", "2", "--reason", "typo",
        *_as("ana", workspace),
    )  # fmt: skip
    assert withdrawn.returncode == 0, withdrawn.stderr
    assert withdrawn.stdout.strip() == "screening 2 withdrawn"
    assert "new interviews on form screening use version 1" in withdrawn.stderr
    text = fieldcase("forms", "list", *_as("ana", workspace)).stdout.splitlines()
    rows = [line.split("\t") for line in text if line.startswith("screening\t")]
    assert [(r[1], r[2], r[3], r[4].split()[0]) for r in rows] == [
        ("2", "published", "withdrawn", "ana"),
        ("1", "published", "in use", "ana"),
    ]
    check = fieldcase("check", *_as("ana", workspace))
    assert check.returncode == 0 and json.loads(check.stdout)["audit"]["ok"] is True


def test_publish_errors_are_one_line_with_the_contract_exit_codes(
    workspace: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.md"
    broken.write_text(
        "| survey |          |      |       |\n|        | type     | name | label |\n"
        "|        | integerz | age  | Age   |\n",
        encoding="utf-8",
    )
    _one_error_line(
        fieldcase("forms", "publish", str(broken), *_as("ana", workspace)), 2, "does not load"
    )
    first = fieldcase(
        "forms", "publish", str(screening_form(tmp_path, "1")), *_as("ana", workspace)
    )
    assert first.returncode == 0
    changed = screening_form(tmp_path, "1", extra="village")  # other content, same version
    _one_error_line(
        fieldcase("forms", "publish", str(changed), *_as("ana", workspace)),
        2,
        "version 1 of form screening was already published with other content",
    )
    _one_error_line(
        fieldcase(
            "forms", "publish", str(changed), *_as("ana", workspace), password="not the password"
        ),
        3,
        "wrong user name or password",
    )
    _one_error_line(
        fieldcase(
            "forms", "publish", str(screening_form(tmp_path, "3")), *_as("dara", workspace),
            password=WORKER_PASSWORD,
        ),
        1,
        "may not publish and withdraw forms",
    )  # fmt: skip
    _one_error_line(
        fieldcase(
            "forms", "withdraw", "--form", "screening", "--version", "9", *_as("ana", workspace)
        ),
        2,
        "there is no version 9 of form screening",
    )
    _one_error_line(
        fieldcase("forms", "publish", str(tmp_path / "missing.xlsx"), *_as("ana", workspace)),
        2,
        "missing.xlsx",
    )
