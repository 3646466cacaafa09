"""Teams and USB transfer from the command line, as an admin in a shelter without internet does it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

PW = "a shelter password"


def fieldcase(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        input=PW + "\n",
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_found_admit_join_and_transfer(tmp_path: Path) -> None:
    sup = ["--workspace", str(tmp_path / "sup"), "--user", "ana", "--password-stdin"]
    lap = ["--workspace", str(tmp_path / "lap"), "--user", "bora", "--password-stdin"]
    assert fieldcase("init", *sup).returncode == 0
    assert fieldcase("init", *lap).returncode == 0
    created = fieldcase("team", "create", *sup, "--name", "bangkok-shelter")
    assert created.returncode == 0, created.stderr
    request = fieldcase("team", "request", *lap, "--out", str(tmp_path / "req.json"))
    fingerprint = request.stdout.strip().splitlines()[-1]
    assert len(fingerprint.split()) == 8
    wrong = fieldcase(
        "team",
        "admit",
        *sup,
        "--request",
        str(tmp_path / "req.json"),
        "--fingerprint",
        "0000",
        "--out",
        str(tmp_path / "w"),
    )
    assert wrong.returncode == 3 and "do not admit" in wrong.stderr
    admitted = fieldcase(
        "team",
        "admit",
        *sup,
        "--request",
        str(tmp_path / "req.json"),
        "--fingerprint",
        fingerprint,
        "--out",
        str(tmp_path / "welcome"),
    )
    assert admitted.returncode == 0, admitted.stderr
    joined = fieldcase("team", "join", *lap, "--welcome", str(tmp_path / "welcome"))
    assert joined.returncode == 0, joined.stderr
    assert fieldcase("demo", *lap, "--cases", "20").returncode == 0
    shown = json.loads(fieldcase("team", "show", *lap).stdout)
    assert shown["team"] == "bangkok-shelter" and shown["outbox"]["waiting"] >= 20
    out = fieldcase("transfer", "out", *lap, "--out", str(tmp_path / "usb.transfer"))
    assert out.returncode == 0, out.stderr
    first = json.loads(
        fieldcase("transfer", "in", *sup, "--file", str(tmp_path / "usb.transfer")).stdout
    )
    assert first["applied"] == shown["outbox"]["waiting"] and first["refused"] == []
    second = json.loads(
        fieldcase("transfer", "in", *sup, "--file", str(tmp_path / "usb.transfer")).stdout
    )
    assert second["applied"] == 0 and second["duplicates"] == first["applied"]
    check = json.loads(fieldcase("check", *sup).stdout)
    assert check["counts"]["cases"] == 20


def test_a_cut_transfer_file_is_refused_in_one_line(tmp_path: Path) -> None:
    sup = ["--workspace", str(tmp_path / "sup"), "--user", "ana", "--password-stdin"]
    fieldcase("init", *sup)
    fieldcase("team", "create", *sup, "--name", "t1")
    fieldcase("demo", *sup, "--cases", "3")
    fieldcase("transfer", "out", *sup, "--out", str(tmp_path / "f"))
    data = (tmp_path / "f").read_bytes()
    (tmp_path / "f").write_bytes(data[: len(data) // 2])
    result = fieldcase("transfer", "in", *sup, "--file", str(tmp_path / "f"))
    assert result.returncode == 2
    assert result.stderr.startswith("fieldcase: ") and result.stderr.count("\n") == 1
