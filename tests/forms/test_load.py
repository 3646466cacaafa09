"""Loading forms: every question type, XForms directly, the HTCDS form, and errors with rows."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from forms.check import check_file, format_line, translation_gaps
from forms.display import choices, label
from forms.errors import ExpressionError, FormLoadError
from forms.load import load_form, load_markdown
from forms.session import FormSession
from tests.forms.conftest import DATA, form

ALL_TYPES = """
| survey |                      |          |          |             |
|        | type                 | name     | label    | calculation |
|        | start                | start    |          |             |
|        | end                  | end      |          |             |
|        | today                | today    |          |             |
|        | deviceid             | deviceid |          |             |
|        | username             | username |          |             |
|        | text                 | t        | T        |             |
|        | integer              | i        | I        |             |
|        | decimal              | dec      | D        |             |
|        | date                 | d        | D        |             |
|        | time                 | tm       | Tm       |             |
|        | datetime             | dt       | Dt       |             |
|        | select_one yn        | s1       | S1       |             |
|        | select_multiple yn   | sm       | Sm       |             |
|        | note                 | nt       | Note     |             |
|        | calculate            | c        |          | 1 + 1       |
|        | acknowledge          | ack      | Ack      |             |
|        | hidden               | h        |          |             |
|        | image                | img      | Img      |             |
|        | file                 | f        | F        |             |
|        | geopoint             | gp       | Gp       |             |
|        | begin group          | g        | G        |             |
|        | begin repeat         | r        | R        |             |
|        | text                 | rt       | Rt       |             |
|        | end repeat           |          |          |             |
|        | end group            |          |          |             |
| choices |           |      |       |
|         | list_name | name | label |
|         | yn        | yes  | Yes   |
|         | yn        | no   | No    |
"""


def test_every_question_type_loads() -> None:
    definition = form(ALL_TYPES)
    types = {f.name: (f.kind, f.qtype) for f in definition.fields}
    assert types == {
        "start": ("metadata", "start"),
        "end": ("metadata", "end"),
        "today": ("metadata", "today"),
        "deviceid": ("metadata", "deviceid"),
        "username": ("metadata", "username"),
        "t": ("question", "text"),
        "i": ("question", "integer"),
        "dec": ("question", "decimal"),
        "d": ("question", "date"),
        "tm": ("question", "time"),
        "dt": ("question", "datetime"),
        "s1": ("question", "select_one"),
        "sm": ("question", "select_multiple"),
        "nt": ("note", "note"),
        "c": ("calculate", "calculate"),
        "ack": ("question", "acknowledge"),
        "h": ("hidden", "hidden"),
        "img": ("question", "image"),
        "f": ("question", "file"),
        "gp": ("question", "geopoint"),
        "rt": ("question", "text"),
    }
    assert definition.repeats == {"/data/g/r": None}
    assert "/data/g" in definition.groups


@pytest.mark.parametrize("suffix", [".md", ".csv", ".xlsx"])
def test_xlsform_file_kinds(tmp_path: Path, suffix: str) -> None:
    md = textwrap.dedent(
        """
        | survey |         |      |       |
        |        | type    | name | label |
        |        | integer | age  | Age   |
        | settings |         |         |
        |          | form_id | version |
        |          | kinds   | 3       |
        """
    )
    path = tmp_path / f"kinds{suffix}"
    if suffix == ".md":
        path.write_text(md, encoding="utf-8")
    elif suffix == ".csv":
        path.write_text(
            "survey,type,name,label\n,integer,age,Age\nsettings,form_id,version\n,kinds,3\n",
            encoding="utf-8",
        )
    else:
        import openpyxl

        book = openpyxl.Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = "survey"
        sheet.append(["type", "name", "label"])
        sheet.append(["integer", "age", "Age"])
        settings = book.create_sheet("settings")
        settings.append(["form_id", "version"])
        settings.append(["kinds", "3"])
        book.save(path)
    definition = load_form(path)
    assert (definition.form_id, definition.version) == ("kinds", "3")
    assert [f.name for f in definition.fields] == ["age"]


def test_xform_loads_directly() -> None:
    definition = load_form(DATA / "shelter_intake.xml")
    assert (definition.form_id, definition.version) == ("shelter_intake", "7")
    assert definition.languages == ["English (en)", "Thai (th)"]
    s = FormSession(definition, language="th")
    assert label(s, "name") == "ชื่อ"
    assert [c.label for c in choices(s, "sex")] == ["หญิง", "ชาย"]
    s.set_answer("age", 150)
    assert s.state("age").message == "อายุต้องอยู่ระหว่าง 0 ถึง 120"
    s.set_answer("age", 30)
    assert s.repeat_count("children") == 0
    s.add_repeat("children")
    s.add_repeat("children")
    s.set_answer("name", "Malee")
    assert s.answer("child_count") == "2"
    assert label(s, "children[1]/child_name") == "Child of Malee"  # falls back to English
    assert translation_gaps(definition)[1].labels == 1


def test_htcds_form_loads_and_runs_unchanged(htcds_path: Path) -> None:
    definition = load_form(htcds_path)
    assert definition.form_id == "htcds_xlsform"
    assert len(definition.fields) >= 30
    s = FormSession(definition)
    s.set_answer("con_Consent", next(iter(_values(s, "con_Consent"))))
    s.set_answer("prs_First_Name", "Dara")
    s.set_answer("prs_Birthdate", "២០០៥-០៣-១៤")
    s.set_answer("prs_Gender", _values(s, "prs_Gender")[0])
    s.set_answer("vic_Methods_of_Control", " ".join(_values(s, "vic_Methods_of_Control")[:2]))
    assert s.answer("prs_Birthdate") == "2005-03-14"
    assert s.complete
    assert not s.field_errors


def _values(s: FormSession, key: str) -> list[str]:
    return [c.value for c in choices(s, key)]


# --- errors name the sheet and row ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("md", "where", "what"),
    [
        (
            """
            | survey |         |      |       |
            |        | type    | name | label |
            |        | integer | age  | Age   |
            |        | foo     | g    | G     |
            """,
            "[sheet 'survey', row 3]",
            "Unknown question type 'foo'",
        ),
        (
            """
            | survey |         |      |       |              |
            |        | type    | name | label | relevant     |
            |        | integer | age  | Age   |              |
            |        | text    | g    | G     | ${agee} > 3  |
            """,
            "[sheet 'survey', row 3]",
            "Could not find the name 'agee'",
        ),
        (
            """
            | survey |         |      |       |            |
            |        | type    | name | label | constraint |
            |        | integer | age  | Age   |            |
            |        | integer | b    | B     | . >< 3     |
            """,
            "[sheet 'survey', row 3, column 'constraint']",
            "unexpected '<' at position 4 of '. >< 3'",
        ),
        (
            """
            | survey |           |      |       |             |
            |        | type      | name | label | calculation |
            |        | calculate | a    |       | ${b} + 1    |
            |        | calculate | b    |       | ${a} * 2    |
            """,
            "[sheet 'survey', row 2, column 'calculation']",
            "cycle in the form's calculations: a -> b",
        ),
        (
            """
            | survey |           |      |       |                 |
            |        | type      | name | label | calculation     |
            |        | integer   | a    | A     |                 |
            |        | calculate | c    |       | frobnicate(${a}) |
            """,
            "[sheet 'survey', row 3, column 'calculation']",
            "unknown function 'frobnicate'",
        ),
        (
            """
            | survey |               |      |       |
            |        | type          | name | label |
            |        | select_one zz | s    | S     |
            """,
            "[sheet 'survey', row 2]",
            "choices sheet",
        ),
        (
            """
            | survey |         |      |       |
            |        | type    | name | label |
            |        | integer | age  | Age   |
            |        | integer | age  | Again |
            """,
            "[sheet 'survey', row 3]",
            "must be unique",
        ),
        (
            """
            | survey |             |      |       |
            |        | type        | name | label |
            |        | begin group | g    | G     |
            |        | integer     | age  | Age   |
            """,
            "[sheet 'survey', row",
            "group",
        ),
    ],
)
def test_load_errors_name_sheet_and_row(md: str, where: str, what: str) -> None:
    with pytest.raises(FormLoadError) as info:
        load_markdown(textwrap.dedent(md))
    message = str(info.value)
    assert message.startswith(where), message
    assert what in message


def test_expression_error_carries_expression_and_position() -> None:
    with pytest.raises(ExpressionError) as info:
        form(
            """
            | survey |           |      |       |                   |
            |        | type      | name | label | calculation       |
            |        | calculate | c    |       | concat('a', 'b'   |
            """
        )
    assert info.value.expression.strip() == "concat('a', 'b'"
    assert info.value.location is not None and info.value.location.row == 2


@pytest.mark.parametrize(
    ("xml", "what"),
    [
        ("<h:html xmlns:h='http://www.w3.org/1999/xhtml'><h:head>", "not well-formed"),
        ("<h:html xmlns:h='http://www.w3.org/1999/xhtml'><h:head/></h:html>", "no <h:head><model>"),
        (
            "<h:html xmlns:h='http://www.w3.org/1999/xhtml' xmlns='http://www.w3.org/2002/xforms'>"
            "<h:head><model><instance><d id='x'><a/></d></instance>"
            "<bind nodeset='/d/a' relevant='1 +'/></model></h:head><h:body/></h:html>",
            '<bind nodeset="/d/a">',
        ),
        (
            "<h:html xmlns:h='http://www.w3.org/1999/xhtml' xmlns='http://www.w3.org/2002/xforms'>"
            "<h:head><model><instance><d id='x'><a/></d></instance>"
            "<bind nodeset='/d/a' calculate='nofn(1)'/></model></h:head><h:body/></h:html>",
            """[<bind nodeset="/d/a">, column 'calculate'] unknown function 'nofn'""",
        ),
    ],
)
def test_xform_errors_name_the_element(xml: str, what: str) -> None:
    from forms.load import load_xform

    with pytest.raises(FormLoadError) as info:
        load_xform(xml)
    assert what in str(info.value)


def test_unsupported_file(tmp_path: Path) -> None:
    path = tmp_path / "form.docx"
    path.write_bytes(b"x")
    with pytest.raises(FormLoadError, match="unsupported form file type"):
        load_form(path)
    with pytest.raises(FormLoadError, match="cannot read"):
        load_form(tmp_path / "missing.xlsx")


TRANSLATED = """
| survey |         |      |                     |                   |                      |                  |                                  |
|        | type    | name | label::English (en) | label::Khmer (km) | hint::English (en)   | hint::Khmer (km) | constraint_message::English (en) |
|        | integer | age  | Age                 | អាយុ              | In years             |                  | Bad                              |
|        | select_one yn | ok | OK            |                   |                      |                  |                                  |
| choices |           |      |                     |                   |
|         | list_name | name | label::English (en) | label::Khmer (km) |
|         | yn        | yes  | Yes                 | បាទ               |
|         | yn        | no   | No                  |                   |
"""


def test_translation_completeness(tmp_path: Path) -> None:
    path = tmp_path / "translated.md"
    path.write_text(textwrap.dedent(TRANSLATED), encoding="utf-8")
    report = check_file(path)
    assert report.loaded and not report.ok
    gaps = {g.language: g for g in report.languages}
    assert gaps["English (en)"].total == 0
    km = gaps["Khmer (km)"]
    assert (km.labels, km.hints, km.choices, km.messages) == (1, 1, 1, 1)
    line = format_line(report)
    assert line.endswith(
        "English (en) complete; Khmer (km) missing 1 label, 1 hint, 1 choice, 1 message"
    )


def test_a_file_without_a_form(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("# just notes\n", encoding="utf-8")
    with pytest.raises(FormLoadError, match="no XLSForm in it"):
        load_form(path)


def test_rows_are_found_by_path_when_names_repeat_in_groups() -> None:
    with pytest.raises(FormLoadError) as info:
        form(
            """
            | survey |             |      |       |            |
            |        | type        | name | label | constraint |
            |        | begin group | a    | A     |            |
            |        | integer     | n    | N     |            |
            |        | end group   |      |       |            |
            |        | begin group | b    | B     |            |
            |        | integer     | n    | N     | . >>> 1    |
            |        | end group   |      |       |            |
            """
        )
    assert str(info.value).startswith("[sheet 'survey', row 6, column 'constraint']")


def test_bad_output_in_a_label_is_a_load_error() -> None:
    from forms.load import load_xform

    with pytest.raises(FormLoadError) as info:
        load_xform(
            "<h:html xmlns:h='http://www.w3.org/1999/xhtml' xmlns='http://www.w3.org/2002/xforms'>"
            "<h:head><model><instance><d id='x'><a/></d></instance></model></h:head><h:body>"
            "<input ref='/d/a'><label>Total <output value='/d/a +'/></label></input>"
            "</h:body></h:html>"
        )
    assert "column 'label'" in str(info.value) and "'/d/a +'" in str(info.value)


def test_unnamed_language_is_the_default() -> None:
    definition = form(
        """
        | survey |         |      |       |                   |
        |        | type    | name | label | label::Khmer (km) |
        |        | integer | n    | N     | លេខ               |
        """
    )
    assert definition.default_language == "default"
    assert definition.resolve_language("km") == "Khmer (km)"
    assert definition.resolve_language("th") == "default"


def test_forms_imports_nothing_from_the_app_sync_or_qt() -> None:
    import ast

    root = Path(__file__).resolve().parents[2] / "forms"
    for path in root.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert name.split(".")[0] not in ("app", "sync", "PySide6"), (path.name, name)


def test_check_warns_about_a_bare_reference_used_as_a_condition(tmp_path: Path) -> None:
    path = tmp_path / "bare.md"
    path.write_text(
        textwrap.dedent(
            """
            | survey |         |         |         |            |
            |        | type    | name    | label   | relevant   |
            |        | text    | consent | Consent |            |
            |        | text    | name    | Name    | ${consent} |
            """
        ),
        encoding="utf-8",
    )
    report = check_file(path)
    assert report.ok
    assert any("row 3" in w and "compare it explicitly" in w for w in report.warnings)
    assert "1 warning (see --json)" in format_line(report)


def test_a_bare_reference_as_a_condition_is_decided_as_odk_collect_does() -> None:
    from forms import FormSession, load_markdown

    definition = load_markdown(
        """
        | survey |         |         |         |            |
        |        | type    | name    | label   | relevant   |
        |        | text    | consent | Consent |            |
        |        | text    | name    | Name    | ${consent} |
        """
    )
    session = FormSession(definition)
    assert session.state("name").relevant is False  # blank: false, as in Collect
    session.set_answer("consent", "yes")
    assert session.state("name").relevant is True
    session.clear_answer("consent")
    assert session.state("name").relevant is False
