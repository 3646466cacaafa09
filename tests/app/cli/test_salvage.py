"""``fieldcase salvage`` as a supervisor runs it: a real process, the password on standard input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.app.workspace.damaged import flip_bit, make_workspace, middle_leaf
from tests.conftest import PASSWORD


def fieldcase(*args: str, stdin: str = PASSWORD + "\n") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_salvage_reports_what_was_lost_and_exits_by_the_contract(tmp_path: Path) -> None:
    made = make_workspace(tmp_path / "ws", cases=20)
    page, lost_ids = middle_leaf(made.folder, "case_events")
    flip_bit(made.folder, page)
    args = ("--workspace", str(made.folder), "--user", "ana", "--password-stdin")

    check = fieldcase("check", *args)
    assert check.returncode == 1
    assert check.stderr.count("\n") == 1 and "fieldcase salvage" in check.stderr

    wrong = fieldcase("salvage", *args, "--out", str(tmp_path / "new"), stdin="nope\n")
    assert wrong.returncode == 3, wrong.stderr
    assert wrong.stderr.startswith("fieldcase: ") and wrong.stderr.count("\n") == 1
    assert not (tmp_path / "new").exists()

    done = fieldcase("salvage", *args, "--out", str(tmp_path / "new"), "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["complete"] is False and report["damaged_pages"] == [page]
    assert sorted(report["tables"]["case_events"]["lost_ids"]) == sorted(lost_ids)
    assert report["cases"] == len(made.events) - len(report["cases_lost"])

    again = fieldcase("salvage", *args, "--out", str(tmp_path / "new"))
    assert again.returncode == 2 and "not empty" in again.stderr

    summary = fieldcase("salvage", *args, "--out", str(tmp_path / "new2"))
    assert summary.returncode == 0, summary.stderr
    assert f"damaged (HMAC failed) or missing, not read: 1 — {page}" in summary.stdout
    assert "Some records were lost" in summary.stdout

    check = fieldcase(
        "check", "--workspace", str(tmp_path / "new"), "--user", "ana", "--password-stdin"
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert json.loads(check.stdout)["ok"] is True
