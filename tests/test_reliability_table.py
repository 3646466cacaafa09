"""The reliability table names a proof that failed, and still lists those that held."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROOFS = """
from tests.reliability import record

def test_held():
    record("the first claim", "0 lost", "pass")

def test_broke():
    lost = 3
    assert lost == 0, "3 records lost"
    record("the second claim", "0 lost", "pass")

def test_not_a_proof():
    assert False
"""


def test_a_failed_proof_is_named_in_the_table(tmp_path: Path) -> None:
    (tmp_path / "test_proofs.py").write_text(PROOFS, "utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "tests.conftest", "-p", "no:cacheprovider",
         "-q", str(tmp_path / "test_proofs.py")],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 1
    table = done.stdout.split("reliability (proof tests of this run)")[1].splitlines()
    rows = [line for line in table if line.startswith("  ")]
    assert any("the first claim" in row and "pass" in row for row in rows), done.stdout
    broke = [row for row in rows if "test_broke" in row]
    assert len(broke) == 1 and "FAILED" in broke[0] and "3 records lost" in broke[0], done.stdout
    assert not any("test_not_a_proof" in row for row in rows)
