"""`fieldcase demo` as a user runs it: cases appear, `check` counts them, the files stay unreadable."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from app.interviews.demo_people import PEOPLE

PW = "demo password 1"


def fieldcase(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_demo_cases_are_counted_and_never_readable_on_disk(tmp_path: Path) -> None:
    folder = tmp_path / "w"
    base = ["--workspace", str(folder), "--user", "ana", "--password-stdin"]
    assert fieldcase("init", *base, stdin=PW + "\n").returncode == 0
    demo = fieldcase("demo", *base, "--cases", "300", "--seed", "7", stdin=PW + "\n")
    assert demo.returncode == 0, demo.stderr
    summary = json.loads(demo.stdout)
    assert summary["cases"] == 300 and summary["events"] >= 300
    check = json.loads(fieldcase("check", *base, stdin=PW + "\n").stdout)
    assert check["ok"] is True
    assert check["counts"]["cases"] == 300
    assert check["counts"]["case_events"] == summary["events"]
    data = b"".join(p.read_bytes() for p in folder.iterdir() if p.is_file())
    samples = [native for given, _, _, _ in PEOPLE.values() for native, _ in given if native]
    samples += [latin for given, _, _, _ in PEOPLE.values() for _, latin in given if len(latin) > 3]
    # short samples (a 3-byte Chinese name) would turn up by chance in megabytes of ciphertext
    samples = [s for s in samples if len(s.encode("utf-8")) >= 8]
    assert len(samples) > 20
    for sample in samples:
        for encoding in ("utf-8", "utf-16-le"):
            assert sample.encode(encoding) not in data, sample


def test_demo_refuses_a_silly_count(tmp_path: Path) -> None:
    folder = tmp_path / "w"
    base = ["--workspace", str(folder), "--user", "ana", "--password-stdin"]
    fieldcase("init", *base, stdin=PW + "\n")
    result = fieldcase("demo", *base, "--cases", "0", stdin=PW + "\n")
    assert result.returncode == 2 and result.stderr.startswith("fieldcase: ")
