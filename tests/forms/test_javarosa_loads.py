"""Forms JavaRosa (ODK Collect) loads load here too, and compute what it computes (issue 22)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from forms.check import check_file
from forms.errors import FormLoadError
from tests.forms.conftest import form, session


def test_a_path_to_a_node_the_form_lacks_is_empty_and_a_warning(tmp_path: Path) -> None:
    md = """
    | survey |           |        |       |                                    |
    |        | type      | name   | label | calculation                        |
    |        | text      | answer | Ans   |                                    |
    |        | calculate | says   |       | if(/data/x = '1', 'one', 'other')  |
    |        | calculate | count  |       | count(/data/gone/item) + 1         |
    """
    s = session(md)
    assert (s.answer("says"), s.answer("count")) == ("other", "1")
    path = tmp_path / "missing.md"
    path.write_text(textwrap.dedent(md), encoding="utf-8")
    report = check_file(path)
    assert report.loaded and report.ok
    assert any("row 3" in w and "'/data/x' is not in the form" in w for w in report.warnings)
    assert any("row 4" in w and "'/data/gone/item'" in w for w in report.warnings)


def test_jr_itext_in_a_calculate_is_the_text_in_the_current_language() -> None:
    s = session(
        """
        | survey |           |      |                     |                   |                                |
        |        | type      | name | label::English (en) | label::Khmer (km) | calculation                    |
        |        | integer   | q    | Age of ${q} years   | អាយុ              |                                |
        |        | calculate | said |                     |                   | jr:itext('/data/q:label')      |
        |        | calculate | nope |                     |                   | jr:itext('no-such-text')       |
        """,
        language="en",
    )
    s.set_answer("q", 9)
    assert s.answer("said") == "Age of 9 years"
    assert s.answer("nope") == ""
    s.set_language("km")
    assert s.answer("said") == "អាយុ"
    incremental = s.answer("said")
    s.recompute()
    assert s.answer("said") == incremental


def test_a_calculation_reading_its_own_field_is_refused_as_odk_collect_does() -> None:
    # JavaRosa's DAG counts a calculation's own node among what triggers it: a cycle, and
    # ODK Collect refuses the form. The error says so, and what to write instead.
    with pytest.raises(FormLoadError) as refused:
        form(
            """
            | survey |          |      |       |                                      |
            |        | type     | name | label | calculation                          |
            |        | geopoint | geo  | Where | coalesce(${geo}, '11.55 104.92 0 5') |
            """
        )
    assert refused.value.code == "FORM011"
    assert "row 2" in str(refused.value) and "'default'" in str(refused.value)


def test_once_keeps_a_first_value_without_reading_its_own_field() -> None:
    s = session(
        """
        | survey |           |       |       |                                  |
        |        | type      | name  | label | calculation                      |
        |        | text      | where | Where |                                  |
        |        | calculate | first |       | once(coalesce(${where}, ''))     |
        """
    )
    s.set_answer("where", "Phnom Penh")
    s.set_answer("where", "Battambang")
    assert s.answer("first") == "Phnom Penh"
