"""``fieldcase forms check`` and ``fieldcase forms run``: the command-line contract."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from app.cli.main import main
from tests.forms.conftest import DATA

INTAKE = """
| survey |              |          |                     |                   |             |                    |                                  |                                |          |              |
|        | type         | name     | label::English (en) | label::Khmer (km) | relevant    | constraint         | constraint_message::English (en) | constraint_message::Khmer (km) | required | calculation  |
|        | integer      | age      | Age                 | អាយុ              |             | . >= 0 and . < 120 | Age 0-119                        | អាយុ ០-១១៩                     | yes      |              |
|        | text         | guardian | Guardian            | អាណាព្យាបាល       | ${age} < 18 |                    |                                  |                                | yes      |              |
|        | date         | seen     | Seen                | ឃើញ               |             | . <= today()       | Not in the future                | មិនមែនអនាគត                    |          |              |
|        | begin repeat | family   | Family              | គ្រួសារ           |             |                    |                                  |                                |          |              |
|        | text         | name     | Name                | ឈ្មោះ             |             |                    |                                  |                                |          |              |
|        | calculate    | n        |                     |                   |             |                    |                                  |                                |          | position(..) |
|        | end repeat   |          |                     |                   |             |                    |                                  |                                |          |              |
|        | note         | summary  | ${age} years        | ${age} ឆ្នាំ       |             |                    |                                  |                                |          |              |
| settings |          |         |
|          | form_id  | version |
|          | intake   | 5       |
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_forms_run_prints_exactly_the_contract(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    form = write(tmp_path, "intake.md", INTAKE)
    answers = tmp_path / "answers.json"
    answers.write_text(
        json.dumps(
            {
                "age": "១៦",
                "seen": "2024-06-01",
                "family": [{"name": "Dara"}, {"name": "Sokha"}],
            }
        ),
        encoding="utf-8",
    )
    code, out, err = run(
        [
            "forms",
            "run",
            str(form),
            "--answers",
            str(answers),
            "--lang",
            "km",
            "--today",
            "2024-05-01",
        ],
        capsys,
    )
    assert code == 0, err
    result = json.loads(out)
    assert list(result) == ["form_id", "version", "complete", "fields"]
    assert (result["form_id"], result["version"], result["complete"]) == ("intake", "5", False)
    fields = result["fields"]
    assert list(fields) == [
        "age",
        "guardian",
        "seen",
        "family[1]/name",
        "family[1]/n",
        "family[2]/name",
        "family[2]/n",
        "summary",
    ]
    for entry in fields.values():
        assert list(entry) == ["value", "relevant", "required", "valid", "message"]
        assert isinstance(entry["value"], str)
    assert fields["age"] == {
        "value": "16",
        "relevant": True,
        "required": True,
        "valid": True,
        "message": None,
    }
    assert fields["guardian"]["valid"] is False
    assert fields["guardian"]["message"] == "This field is required."
    assert fields["seen"]["message"] == "មិនមែនអនាគត"
    assert fields["family[2]/name"]["value"] == "Sokha"


def test_forms_run_lang_falls_back_to_default(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    form = write(tmp_path, "intake.md", INTAKE)
    answers = tmp_path / "a.json"
    answers.write_text('{"age": 200, "family": []}', encoding="utf-8")
    code, out, _ = run(
        ["forms", "run", str(form), "--answers", str(answers), "--lang", "vi"], capsys
    )
    assert code == 0
    result = json.loads(out)
    assert result["fields"]["age"]["message"] == "Age 0-119"
    assert not any(k.startswith("family[") for k in result["fields"])


def test_forms_run_htcds(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    answers = tmp_path / "a.json"
    answers.write_text('{"prs_First_Name": "Dara", "prs_Gender": "Feminine"}', encoding="utf-8")
    code, out, _ = run(
        [
            "forms",
            "run",
            str(DATA / "htcds_xlsform.xlsx"),
            "--answers",
            str(answers),
            "--today",
            "2024-05-01",
        ],
        capsys,
    )
    assert code == 0
    result = json.loads(out)
    assert result["form_id"] == "htcds_xlsform" and result["complete"] is True
    assert result["fields"]["prs_Gender"]["value"] == "Feminine"
    assert result["fields"]["start"]["value"] == "2024-05-01T00:00:00.000Z"


@pytest.mark.parametrize(
    ("answers", "fragment"),
    [
        ('{"nope": 1}', "no question named 'nope'"),
        ('{"age": "old"}', "'old' is not a valid integer for 'age'"),
        ('{"family": {"name": "x"}}', "takes a list of objects"),
        ("[1, 2]", "expected an object"),
        ("{not json", "not JSON"),
    ],
)
def test_forms_run_bad_answers_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], answers: str, fragment: str
) -> None:
    form = write(tmp_path, "intake.md", INTAKE)
    path = tmp_path / "a.json"
    path.write_text(answers, encoding="utf-8")
    code, out, err = run(["forms", "run", str(form), "--answers", str(path)], capsys)
    assert code == 2 and out == ""
    assert err.startswith("fieldcase: ") and fragment in err and err.count("\n") == 1


def test_forms_run_bad_today(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    form = write(tmp_path, "intake.md", INTAKE)
    path = tmp_path / "a.json"
    path.write_text("{}", encoding="utf-8")
    code, _, err = run(
        ["forms", "run", str(form), "--answers", str(path), "--today", "May 1"], capsys
    )
    assert code == 2 and "--today" in err


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        (
            "|        | foo     | g    | G     |\n",
            "[sheet 'survey', row 3] Unknown question type 'foo'",
        ),
        ("|        | text    | g    | ${nobody} |\n", "[sheet 'survey', row 3]"),
    ],
)
def test_forms_check_bad_form_exits_2_naming_the_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str, fragment: str
) -> None:
    text = "| survey |  |  |  |\n| | type | name | label |\n| | integer | age | Age |\n" + body
    form = tmp_path / "bad.md"
    form.write_text(text, encoding="utf-8")
    code, out, err = run(["forms", "check", str(form)], capsys)
    assert code == 2 and out == ""
    assert err.startswith(f"fieldcase: {form}: ") and fragment in err


def test_forms_check_reports_translations(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    complete = write(tmp_path, "intake.md", INTAKE)
    code, out, _ = run(["forms", "check", str(complete), str(DATA / "htcds_xlsform.xlsx")], capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == (
        f"{complete}: ok, form 'intake' version '5', 6 fields; "
        "English (en) complete; Khmer (km) complete"
    )
    assert lines[1].endswith("34 fields; one language")
    gappy = write(
        tmp_path, "gappy.md", INTAKE.replace("| ឈ្មោះ             |", "|                   |")
    )
    code, out, _ = run(["forms", "check", str(gappy)], capsys)
    assert code == 1
    assert out.strip().endswith("Khmer (km) missing 1 label")
    code, out, _ = run(["forms", "check", "--json", str(gappy), str(complete)], capsys)
    assert code == 1
    report = json.loads(out)["forms"]
    assert report[0]["ok"] is False and report[0]["languages"][1]["labels"] == 1
    assert report[1]["ok"] is True


def test_forms_commands_have_help() -> None:
    from app.cli.main import build_parser

    parser = build_parser()
    text = parser.parse_args(["forms", "check", "x"])
    assert text.handler is not None


SAME_NAME_TWICE = """
| survey |              |        |        |
|        | type         | name   | label  |
|        | begin group  | g1     | G1     |
|        | integer      | a      | A1     |
|        | end group    |        |        |
|        | begin group  | g2     | G2     |
|        | integer      | a      | A2     |
|        | end group    |        |        |
|        | begin repeat | family | Family |
|        | begin group  | g      | G      |
|        | text         | a      | Name   |
|        | integer      | age    | Age    |
|        | end group    |        |        |
|        | end repeat   |        |        |
"""


def test_forms_run_keys_a_name_used_twice_by_its_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    form = write(tmp_path, "twice.md", SAME_NAME_TWICE)
    answers = tmp_path / "a.json"
    answers.write_text(
        json.dumps(
            {
                "g1/a": 1,
                "g2/a": 2,
                "family": [{"g/a": "Dara", "age": 30}, {"g/a": "Sokha", "g/age": 7}],
            }
        ),
        encoding="utf-8",
    )
    code, out, err = run(["forms", "run", str(form), "--answers", str(answers)], capsys)
    assert code == 0, err
    fields = json.loads(out)["fields"]
    assert list(fields) == [
        "g1/a",
        "g2/a",
        "family[1]/g/a",
        "family[1]/age",
        "family[2]/g/a",
        "family[2]/age",
    ]
    values = [fields[k]["value"] for k in fields]
    assert values == ["1", "2", "Dara", "30", "Sokha", "7"]


def test_forms_run_asks_for_the_path_of_a_name_used_twice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    form = write(tmp_path, "twice.md", SAME_NAME_TWICE)
    path = tmp_path / "a.json"
    path.write_text('{"a": 1}', encoding="utf-8")
    code, out, err = run(["forms", "run", str(form), "--answers", str(path)], capsys)
    assert code == 2 and out == ""
    assert "give its path (family/g/a, g1/a, g2/a)" in err
