"""Incremental logic equals a full recompute: lookups in secondary instances, ``current()``,
nested repeats (issue 22)."""

from __future__ import annotations

from forms.run import run_form
from forms.session import FormSession
from tests.forms.conftest import form, session

# pyxform writes ${choice} inside a repeat, in a predicate on a secondary instance, as
# current()/../choice
LABEL_LOOKUP = """
| survey  |               |        |        |                                                  |
|         | type          | name   | label  | calculation                                      |
|         | begin_repeat  | rep    | Rep    |                                                  |
|         | select_one ab | choice | Choice |                                                  |
|         | calculate     | lbl    |        | instance('ab')/root/item[name = ${choice}]/label |
|         | end_repeat    |        |        |                                                  |
| choices |               |        |        |                                                  |
|         | list_name     | name   | label  |                                                  |
|         | ab            | a      | A      |                                                  |
|         | ab            | b      | B      |                                                  |
"""


def snapshot(s: FormSession) -> list[tuple[str, str, bool, bool]]:
    return [(x.key, x.value, x.relevant, x.valid) for x in s.field_states()]


def assert_matches_full_recompute(s: FormSession) -> None:
    incremental = snapshot(s)
    s.recompute()
    assert incremental == snapshot(s)


def test_a_lookup_by_current_inside_a_repeat_follows_the_answer() -> None:
    result, _ = run_form(form(LABEL_LOOKUP), {"rep": [{"choice": "a"}, {"choice": "b"}]})
    fields = result["fields"]
    assert (fields["rep[1]/lbl"]["value"], fields["rep[2]/lbl"]["value"]) == ("A", "B")


def test_a_lookup_by_current_follows_a_changed_answer() -> None:
    s = session(LABEL_LOOKUP)
    s.set_answer("rep[1]/choice", "b")
    assert s.answer("rep[1]/lbl") == "B"
    s.set_answer("rep[1]/choice", "a")
    assert s.answer("rep[1]/lbl") == "A"
    s.clear_answer("rep[1]/choice")
    assert s.answer("rep[1]/lbl") == ""
    assert_matches_full_recompute(s)


def test_current_in_a_predicate_on_the_form_means_the_node_evaluated_for() -> None:
    s = session(
        """
        | survey |              |        |       |                                          |
        |        | type         | name   | label | calculation                              |
        |        | begin_repeat | people | P     |                                          |
        |        | integer      | age    | Age   |                                          |
        |        | end_repeat   |        |       |                                          |
        |        | begin_repeat | rep    | Rep   |                                          |
        |        | integer      | min    | Min   |                                          |
        |        | calculate    | older  |       | count(${people}[age > current()/../min]) |
        |        | end_repeat   |        |       |                                          |
        """
    )
    s.set_answer("people[1]/age", 30)
    s.set_answer("rep[1]/min", 40)
    assert s.answer("rep[1]/older") == "0"
    s.set_answer("rep[1]/min", 20)
    assert s.answer("rep[1]/older") == "1"
    assert_matches_full_recompute(s)


def test_a_constraint_reading_current_in_a_lookup_is_checked_on_every_answer() -> None:
    s = session(
        """
        | survey  |           |      |       |                                                    |
        |         | type      | name | label | constraint                                         |
        |         | text      | code | Code  | count(instance('ab')/root/item[name = current()]) = 1 |
        |         | select_one ab | pick | Pick |                                                 |
        | choices |           |      |       |                                                    |
        |         | list_name | name | label |                                                    |
        |         | ab        | a    | A     |                                                    |
        """
    )
    s.set_answer("code", "z")
    assert not s.state("code").valid
    s.set_answer("code", "a")
    assert s.state("code").valid
    assert_matches_full_recompute(s)
