"""Data files a form reads (select_one_from_file, pulldata), setgeopoint and base64-decode."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from app.cli.main import main
from forms.display import choices, label
from forms.errors import AnswerError, FormLoadError
from forms.media import media_beside, read_instance
from tests.forms.conftest import form, session

CASES = """
| survey |                                |          |          |                                                     |
|        | type                           | name     | label    | calculation                                         |
|        | select_one_from_file cases.csv | case_id  | Case     |                                                     |
|        | calculate                      | town     |          | pulldata('cases', 'town', 'name', ${case_id})       |
|        | calculate                      | age      |          | pulldata('cases', 'age', 'name', ${case_id})        |
|        | note                           | hello    | In ${town} |                                                   |
| settings |         |         |
|          | form_id | version |
|          | visit   | 3       |
"""

CSV = "\ufeffname,label,town,age,notes (internal)\nc1,Sokha Chea,ភ្នំពេញ,16,x\nc2,Dara,Battambang,40,y\n\n"


def media() -> dict[str, bytes]:
    return {"cases.csv": CSV.encode("utf-8")}


def test_a_choice_list_comes_from_the_csv_file() -> None:
    s = session(CASES, media=media())
    assert [(c.value, c.label) for c in choices(s, "case_id")] == [
        ("c1", "Sokha Chea"),
        ("c2", "Dara"),
    ]
    with pytest.raises(AnswerError, match="not a choice"):
        s.set_answer("case_id", "c3")


def test_pulldata_looks_the_row_up_and_follows_the_answer() -> None:
    s = session(CASES, media=media())
    assert s.answer("town") == ""
    s.set_answer("case_id", "c1")
    assert (s.answer("town"), s.answer("age")) == ("ភ្នំពេញ", "16")
    assert label(s, "hello") == "In ភ្នំពេញ"
    s.set_answer("case_id", "c2")
    assert (s.answer("town"), s.answer("age")) == ("Battambang", "40")


def test_without_the_file_the_list_is_empty_and_pulldata_blank() -> None:
    s = session(CASES)
    assert choices(s, "case_id") == []
    s.set_answer("case_id", "c1")  # nothing to check it against: kept as given
    assert s.answer("town") == "" and s.field_errors == {}


def test_pulldata_of_a_file_the_form_does_not_declare_is_reported_for_the_field() -> None:
    definition = form(CASES)
    definition.external.pop("cases")
    definition.secondary.pop("cases")
    from forms.session import FormSession

    s = FormSession(definition, media=media())
    s.set_answer("case_id", "c1")
    assert "no data file 'cases'" in s.field_errors["town"]


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"name,label\n\xff\xfe,x\n", "not UTF-8"),
        (b"", "the file is empty"),
        (b"1 a,2 b\nx,y\n", "no column has a usable name"),
    ],
)
def test_a_bad_data_file_is_a_clear_error_naming_it(data: bytes, fragment: str) -> None:
    with pytest.raises(FormLoadError) as caught:
        read_instance("cases.csv", data, "cases")
    assert caught.value.code == "FORM010"
    assert "cases.csv" in str(caught.value) and fragment in str(caught.value)


def test_an_xml_data_file_is_read_as_it_is() -> None:
    md = """
    | survey |                               |        |       |
    |        | type                          | name   | label |
    |        | select_one_from_file towns.xml | town  | Town  |
    """
    xml = b"<root><item><name>pp</name><label>Phnom Penh</label></item></root>"
    s = session(md, media={"towns.xml": xml})
    assert [(c.value, c.label) for c in choices(s, "town")] == [("pp", "Phnom Penh")]
    with pytest.raises(FormLoadError, match=r"towns\.xml"):
        read_instance("towns.xml", b"<root>", "towns")


def test_media_are_found_in_the_forms_media_folder_first(tmp_path: Path) -> None:
    path = tmp_path / "visit.md"
    path.write_text(textwrap.dedent(CASES), encoding="utf-8")
    (tmp_path / "cases.csv").write_text("name,label\nbeside,Beside\n", encoding="utf-8")
    definition = form(CASES)
    assert media_beside(path, definition)["cases.csv"].startswith(b"name,label\nbeside")
    (tmp_path / "visit-media").mkdir()
    (tmp_path / "visit-media" / "cases.csv").write_text("name,label\nm,M\n", encoding="utf-8")
    assert b"\nm,M" in media_beside(path, definition)["cases.csv"]


def test_forms_run_reads_the_data_file_and_check_warns_when_it_is_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "visit.md"
    path.write_text(textwrap.dedent(CASES), encoding="utf-8")
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"case_id": "c2"}), encoding="utf-8")
    assert main(["forms", "check", str(path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)["forms"][0]
    assert any("cases.csv" in w and "not beside it" in w for w in report["warnings"])

    media_dir = tmp_path / "data"
    media_dir.mkdir()
    (media_dir / "cases.csv").write_bytes(CSV.encode("utf-8"))
    code = main(["forms", "run", str(path), "--answers", str(answers), "--media", str(media_dir)])
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["fields"]["town"]["value"] == "Battambang"

    (tmp_path / "cases.csv").write_bytes(b"\xff\xfe")
    assert main(["forms", "check", str(path)]) == 2
    assert "cases.csv" in capsys.readouterr().err
    assert main(["forms", "run", str(path), "--answers", str(answers)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("fieldcase: ") and "not UTF-8" in err


GEO = """
| survey |                |       |       |
|        | type           | name  | label |
|        | start-geopoint | where |       |
|        | integer        | n     | N     |
"""


def test_start_geopoint_takes_the_devices_location_or_stays_blank() -> None:
    assert session(GEO, location=lambda: "11.56 104.92 12 5").answer("where") == "11.56 104.92 12 5"
    assert session(GEO).answer("where") == ""


def test_base64_decode_gives_utf8_text_or_blank() -> None:
    md = """
    | survey |           |      |             |
    |        | type      | name | calculation |
    |        | calculate | ok   | base64-decode('4Z6f4Z674Z6B4Z624Z6Y') |
    |        | calculate | bad  | base64-decode('*not*') |
    """
    s = session(md)
    assert (s.answer("ok"), s.answer("bad")) == ("សុខាម", "")
