"""`fieldcase forms run` on the shipped intake, as a form author checks it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

INTAKE = Path(__file__).resolve().parents[2] / "forms" / "definitions" / "intake.xlsx"


def run(answers: dict[str, object], tmp_path: Path, lang: str = "en") -> dict[str, object]:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(answers), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "app.cli", "forms", "run", str(INTAKE), "--answers", str(path),
         "--lang", lang, "--today", "2026-11-28"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    return result


@pytest.mark.parametrize("age,child", [(15, True), (30, False)])
def test_the_guardian_questions_follow_the_age(age: int, child: bool, tmp_path: Path) -> None:
    fields = run({"con_Consent": "TRUE", "age": age}, tmp_path)["fields"]
    assert isinstance(fields, dict)
    assert fields["is_child"]["value"] == ("1" if child else "0")
    assert fields["guardian_present"]["relevant"] is child


def test_refused_consent_ends_the_interview_politely(tmp_path: Path) -> None:
    result = run({"con_Consent": "FALSE", "consent_language": "km", "social_worker": "Sophea",
                  "interview_place": "shelter", "interview_country": "TH", "language_person": "km",
                  "language_worker": "th", "interpreter_present": "no"}, tmp_path, lang="km")  # fmt: skip
    fields = result["fields"]
    assert isinstance(fields, dict)
    assert fields["consent_refused_note"]["relevant"] is True
    later = [
        k for k in ("prs_First_Name", "age", "vic_TypeOfExploitation", "return_wish") if k in fields
    ]
    assert later and all(fields[k]["relevant"] is False for k in later)
