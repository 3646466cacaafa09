"""Incremental logic equals a full recompute: lookups in secondary instances, ``current()``,
nested repeats (issue 22)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from forms.definition import FormDefinition
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


# --- property: lookups, current() and nested repeats, incremental == full after every step ------

# Calculations each scope may hold; {prev} is an earlier calculation (so there is no cycle).
_TOP = [
    "instance('ab')/root/item[name = ${tchoice}]/label",
    "sum(instance('ab')/root/item[name = ${tchoice}]/score) + count(${hh})",
    "count(instance('ab')/root/item[score > ${tn}])",
    "sum(${age})",
    "count(${person})",
    "join(' ', ${prev})",
    "count(/data/hh[choice = /data/tchoice])",
]
_HH = [
    "instance('ab')/root/item[name = ${choice}]/label",
    "instance('ab')/root/item[name = ${tchoice}]/label",
    "count(instance('ab')/root/item[score <= current()/../n])",
    "count(${person})",
    "sum(${age}) + ${n}",
    "position(..)",
    "concat(${prev}, ':', ${choice})",
    "count(/data/hh[choice = current()/../choice])",
    "indexed-repeat(${choice}, ${hh}, 1)",
]
_PERSON = [
    "instance('ab')/root/item[name = ${pchoice}]/label",
    "instance('ab')/root/item[name = ${choice}]/label",
    "instance('ab')/root/item[name = ${pchoice}]/score * ${age}",
    "count(instance('ab')/root/item[score > current()/../age])",
    "count(/data/hh[choice = current()/../pchoice])",
    "concat(${prev}, '-', position(..))",
    "instance('ab')/root/item[label = ${prev}]/name",
    "indexed-repeat(${age}, ${hh}, 1, ${person}, 2)",
]
_SCOPES = {"top": _TOP, "hh": _HH, "person": _PERSON}


_RELEVANT = {"top": "${tn} > 1", "hh": "${n} != 2", "person": "${age} > 0"}


def _lookup_form(calcs: tuple[tuple[str, int, bool], ...]) -> str:
    rows: dict[str, list[str]] = {"top": [], "hh": [], "person": []}
    names: list[str] = ["tn"]
    for i, (scope, which, shown_if) in enumerate(calcs):
        template = _SCOPES[scope][which % len(_SCOPES[scope])]
        expr = template.replace("${prev}", "${" + names[-1] + "}")
        relevant = _RELEVANT[scope] if shown_if else ""
        rows[scope].append(f"| | calculate | c{i} | | {expr} | {relevant} |")
        names.append(f"c{i}")
    return "\n".join(
        [
            "| survey | | | | | |",
            "| | type | name | label | calculation | relevant |",
            "| | integer | tn | TN | | |",
            "| | select_one ab | tchoice | T | | |",
            *rows["top"],
            "| | begin_repeat | hh | HH | | |",
            "| | select_one ab | choice | C | | |",
            "| | integer | n | N | | |",
            *rows["hh"],
            "| | begin_repeat | person | P | | ${n} > 0 |",
            "| | select_one ab | pchoice | PC | | |",
            "| | integer | age | Age | | |",
            *rows["person"],
            "| | end_repeat | | | | |",
            "| | end_repeat | | | | |",
            "| choices | | | | |",
            "| | list_name | name | label | score |",
            "| | ab | a | A | 1 |",
            "| | ab | b | B | 2 |",
            "| | ab | c | C | 3 |",
        ]
    )


_CHOICE = st.sampled_from(["a", "b", "c", None])
_NUMBER = st.one_of(st.none(), st.integers(-1, 4))
_I = st.integers(1, 3)
_LOOKUP_STEP = st.one_of(
    st.tuples(st.just("tn"), _I, _I, _NUMBER),
    st.tuples(st.just("tchoice"), _I, _I, _CHOICE),
    st.tuples(st.just("choice"), _I, _I, _CHOICE),
    st.tuples(st.just("n"), _I, _I, _NUMBER),
    st.tuples(st.just("pchoice"), _I, _I, _CHOICE),
    st.tuples(st.just("age"), _I, _I, _NUMBER),
    st.tuples(st.sampled_from(["+hh", "-hh", "+person", "-person"]), _I, _I, st.none()),
)
_CALCS = st.lists(
    st.tuples(st.sampled_from(["top", "hh", "person"]), st.integers(0, 8), st.booleans()),
    min_size=1,
    max_size=6,
)


def _step(s: FormSession, step: tuple[str, int, int, object]) -> None:
    what, i, j, value = step
    hh = s.repeat_count("hh")
    if what == "+hh":
        s.add_repeat("hh")
    elif what in ("tn", "tchoice"):
        s.set_answer(what, value)
    elif i > hh:
        return
    elif what == "-hh":
        s.remove_repeat(f"hh[{i}]")
    elif what in ("choice", "n"):
        s.set_answer(f"hh[{i}]/{what}", value)
    elif what == "+person":
        s.add_repeat("person", f"hh[{i}]")
    elif j <= s.repeat_count("person", f"hh[{i}]"):
        if what == "-person":
            s.remove_repeat(f"hh[{i}]/person[{j}]")
        else:
            s.set_answer(f"hh[{i}]/person[{j}]/{what}", value)


_FORMS: dict[tuple[tuple[str, int, bool], ...], FormDefinition] = {}


@settings(max_examples=200, deadline=None, database=None)
@given(_CALCS, st.lists(_LOOKUP_STEP, min_size=1, max_size=16))
def test_lookups_current_and_nested_repeats_match_a_full_recompute_after_every_step(
    calcs: list[tuple[str, int, bool]], steps: list[tuple[str, int, int, object]]
) -> None:
    """A generated form -- calculations at the top, in a repeat and in a repeat nested in it,
    looking up a secondary instance by an answer (pyxform's current()/../x), by current()
    explicitly, across repeats and through earlier calculations, some with a relevance -- is
    answered, grown and shrunk step by step; after every step the session equals a full
    recompute."""
    key = tuple(calcs)
    if key not in _FORMS:
        _FORMS[key] = form(_lookup_form(key))
    s = FormSession(_FORMS[key], seed=1)
    s.add_repeat("hh")  # two instances of each from the start: what one reads of the other
    s.add_repeat("person", "hh[1]")
    s.add_repeat("person", "hh[2]")
    for step in steps:
        _step(s, step)
        incremental = snapshot(s)
        s.recompute()
        assert incremental == snapshot(s), f"after {step}"


def test_an_answer_in_one_instance_updates_what_other_instances_read_of_it() -> None:
    # An answer in r[1] reruns r[1]'s own logic only -- except logic that reads other
    # instances: indexed-repeat(), a predicate on the repeat, a total outside it.
    s = session(
        """
        | survey |              |       |       |                                    |
        |        | type         | name  | label | calculation                        |
        |        | begin_repeat | r     | R     |                                    |
        |        | integer      | x     | X     |                                    |
        |        | calculate    | twice |       | ${x} * 2                           |
        |        | calculate    | first |       | indexed-repeat(${x}, ${r}, 1)      |
        |        | calculate    | above |       | count(/data/r[x > current()/../x]) |
        |        | end_repeat   |       |       |                                    |
        |        | calculate    | total |       | sum(${twice})                      |
        """
    )
    s.add_repeat("r")
    s.set_answer("r[2]/x", 5)
    s.set_answer("r[1]/x", 7)
    assert [s.answer(f"r[{i}]/twice") for i in (1, 2)] == ["14", "10"]
    assert [s.answer(f"r[{i}]/first") for i in (1, 2)] == ["7", "7"]
    assert [s.answer(f"r[{i}]/above") for i in (1, 2)] == ["0", "1"]
    assert s.answer("total") == "24"
    assert_matches_full_recompute(s)
