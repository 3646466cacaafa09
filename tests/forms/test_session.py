"""FormSession: answers, relevance, validation, repeats, recompute, in forms written as tables."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from forms.display import choices, label, pages
from forms.errors import AnswerError
from forms.session import FormSession
from tests.forms.conftest import form, session

NESTED = """
| survey |             |          |                 |             |
|        | type        | name     | label           | relevant    |
|        | integer     | age      | Age             |             |
|        | begin group | minor    | Minor           | ${age} < 18 |
|        | text        | guardian | Guardian        |             |
|        | begin group | school   | School          | ${age} >= 6 |
|        | text        | grade    | Grade           |             |
|        | end group   |          |                 |             |
|        | end group   |          |                 |             |
|        | text        | job      | Job             | ${age} >= 15 |
"""


@pytest.mark.parametrize(
    ("age", "guardian", "grade", "job"),
    [
        (3, True, False, False),
        (10, True, True, False),
        (16, True, True, True),
        (30, False, False, True),
        (None, False, False, False),
    ],
)
def test_relevance_is_inherited_through_nested_groups(
    age: int | None, guardian: bool, grade: bool, job: bool
) -> None:
    s = session(NESTED)
    s.set_answer("age", age)
    assert s.state("guardian").relevant is guardian
    assert s.state("grade").relevant is grade
    assert s.state("job").relevant is job


def test_irrelevant_answers_are_kept_but_left_out_of_the_submission() -> None:
    from forms.submission import finish

    s = session(NESTED)
    s.set_answer("age", 10)
    s.set_answer("grade", "4")
    s.set_answer("age", 30)
    assert s.answer("grade") == "4"  # kept: switching back restores it
    sub = finish(s)
    assert b"<grade>" not in sub.xml and b"<minor>" not in sub.xml
    assert "minor" not in sub.data
    s.set_answer("age", 10)
    assert s.state("grade").relevant and s.answer("grade") == "4"


MESSAGES = """
| survey |          |        |                    |                   |             |                                |                               |          |                                    |                                  |
|        | type     | name   | label::English (en) | label::Khmer (km) | constraint  | constraint_message::English (en) | constraint_message::Khmer (km) | required | required_message::English (en)     | required_message::Khmer (km)     |
|        | integer  | age    | Age                | អាយុ              | . <= 120    | Too old                        | ចាស់ពេក                        | yes      | Age is needed                      | ត្រូវការអាយុ                    |
|        | text     | name   | Name               | ឈ្មោះ             |             |                                |                               | ${age} < 18 |                                 |                                  |
"""


@pytest.mark.parametrize(
    ("lang", "too_old", "needed"),
    [
        ("km", "ចាស់ពេក", "ត្រូវការអាយុ"),
        ("en", "Too old", "Age is needed"),
        ("Khmer (km)", "ចាស់ពេក", "ត្រូវការអាយុ"),
        (None, "Too old", "Age is needed"),
        ("lo", "Too old", "Age is needed"),  # not in the form: the default language
    ],
)
def test_required_and_constraint_messages_in_two_languages(
    lang: str | None, too_old: str, needed: str
) -> None:
    s = session(MESSAGES, language=lang)
    state = s.state("age")
    assert state.required and not state.valid and state.message == needed
    s.set_answer("age", 130)
    state = s.state("age")
    assert not state.valid and state.message == too_old
    s.set_answer("age", 12)
    assert s.state("age").valid and s.state("age").message is None
    # dynamic required, default message
    assert s.state("name").required and s.state("name").message == "This field is required."
    assert not s.complete
    s.set_answer("name", "Dara")
    assert s.complete


def test_labels_follow_the_language_and_outputs() -> None:
    s = session(MESSAGES, language="km")
    assert label(s, "age") == "អាយុ"
    assert label(s, "age", "English (en)") == "Age"


REPEATS = """
| survey |              |         |                |                                      |              |
|        | type         | name    | label          | calculation                          | relevant     |
|        | integer      | n       | How many       |                                      |              |
|        | begin repeat | member  | Member         |                                      |              |
|        | text         | mname   | Name           |                                      |              |
|        | integer      | mage    | Age            |                                      |              |
|        | calculate    | pos     |                | position(..)                         |              |
|        | calculate    | prev    |                | if(position(..) > 1, indexed-repeat(${mname}, ${member}, position(..) - 1), '') |  |
|        | note         | hello   | Hello ${mname} |                                      | ${mage} > 0 |
|        | end repeat   |         |                |                                      |              |
|        | calculate    | total   |                | sum(${mage})                         |              |
|        | calculate    | second  |                | indexed-repeat(${mname}, ${member}, 2) |            |
"""


def test_repeats_position_and_indexed_repeat() -> None:
    s = session(REPEATS)
    assert s.repeat_count("member") == 1
    s.set_answer("member[1]/mname", "Dara")
    s.set_answer("member[1]/mage", 30)
    assert s.add_repeat("member") == "member[2]"
    s.set_answer("member[2]/mname", "Sokha")
    s.set_answer("member[2]/mage", 12)
    s.add_repeat("member")
    s.set_answer("member[3]/mname", "Vanna")
    assert s.answer("total") == ""  # sum() over a blank age is NaN, stored blank as in Collect
    s.set_answer("member[3]/mage", 0)
    assert [s.answer(f"member[{i}]/pos") for i in (1, 2, 3)] == ["1", "2", "3"]
    assert [s.answer(f"member[{i}]/prev") for i in (1, 2, 3)] == ["", "Dara", "Sokha"]
    assert s.answer("total") == "42"
    assert s.answer("second") == "Sokha"
    assert label(s, "member[2]/hello") == "Hello Sokha"
    assert s.state("member[3]/hello").relevant is False
    s.remove_repeat("member[1]")
    assert s.repeat_count("member") == 2
    assert [s.answer(f"member[{i}]/pos") for i in (1, 2)] == ["1", "2"]
    assert s.answer("member[2]/prev") == "Sokha"
    assert s.answer("second") == "Vanna"
    assert s.answer("total") == "12"


def test_references_inside_a_repeat_mean_the_same_instance() -> None:
    # JavaRosa contextualises /data/member/mage read from member[2] to member[2]/mage.
    s = session(
        """
        | survey |              |      |       |                      |
        |        | type         | name | label | constraint           |
        |        | begin repeat | m    | M     |                      |
        |        | integer      | a    | A     |                      |
        |        | integer      | b    | B     | . > ${a}             |
        |        | end repeat   |      |       |                      |
        """
    )
    s.set_answer("m[1]/a", 5)
    s.add_repeat("m")
    s.set_answer("m[2]/a", 50)
    s.set_answer("m[1]/b", 10)
    s.set_answer("m[2]/b", 10)
    assert s.state("m[1]/b").valid
    assert not s.state("m[2]/b").valid


def test_repeat_count() -> None:
    s = session(
        """
        | survey |              |      |       |              |
        |        | type         | name | label | repeat_count |
        |        | integer      | n    | N     |              |
        |        | begin repeat | kid  | Kid   | ${n}         |
        |        | text         | kname | Name |              |
        |        | end repeat   |      |       |              |
        """
    )
    assert s.repeat_count("kid") == 0
    s.set_answer("n", 3)
    assert s.repeat_count("kid") == 3
    s.set_answer("kid[3]/kname", "c")
    s.set_answer("n", "២")  # Khmer digit two
    assert s.repeat_count("kid") == 2
    with pytest.raises(AnswerError, match="jr:count"):
        s.add_repeat("kid")


def test_nested_repeats() -> None:
    s = session(
        """
        | survey |              |        |       |                            |
        |        | type         | name   | label | calculation                |
        |        | begin repeat | house  | House |                            |
        |        | begin repeat | person | P     |                            |
        |        | text         | pname  | Name  |                            |
        |        | calculate    | where  |       | concat(position(../..), '.', position(..)) |
        |        | end repeat   |        |       |                            |
        |        | end repeat   |        |       |                            |
        """
    )
    s.add_repeat("house")
    s.add_repeat("person", parent="house[2]")
    s.set_answer("house[2]/person[2]/pname", "x")
    keys = [st.key for st in s.field_states()]
    assert keys == [
        "house[1]/person[1]/pname",
        "house[1]/person[1]/where",
        "house[2]/person[1]/pname",
        "house[2]/person[1]/where",
        "house[2]/person[2]/pname",
        "house[2]/person[2]/where",
    ]
    assert s.answer("house[2]/person[2]/where") == "2.2"


CHOICES = """
| survey |                  |          |          |                         |
|        | type             | name     | label    | choice_filter           |
|        | select_one country | country | Country |                         |
|        | select_one province | province | Province | country = ${country} |
| choices |           |        |              |         |
|         | list_name | name   | label        | country |
|         | country   | kh     | Cambodia     |         |
|         | country   | th     | Thailand     |         |
|         | province  | pp     | Phnom Penh   | kh      |
|         | province  | sr     | Siem Reap    | kh      |
|         | province  | bkk    | Bangkok      | th      |
"""


def test_choice_filter() -> None:
    s = session(CHOICES)
    assert choices(s, "province") == []
    s.set_answer("country", "kh")
    assert [c.value for c in choices(s, "province")] == ["pp", "sr"]
    s.set_answer("country", "th")
    assert [(c.value, c.label) for c in choices(s, "province")] == [("bkk", "Bangkok")]
    with pytest.raises(AnswerError, match="not a choice"):
        s.set_answer("province", "nowhere")


@pytest.mark.parametrize(
    ("qtype", "given", "stored"),
    [
        ("integer", "៤២", "42"),
        ("integer", "๔๒", "42"),
        ("integer", "໔໒", "42"),
        ("integer", "၄၂", "42"),
        ("integer", "４２", "42"),
        ("integer", " -7 ", "-7"),
        ("decimal", "៣.៥", "3.5"),
        ("decimal", "2.50", "2.5"),
        ("date", "២០២៤-០៥-០១", "2024-05-01"),
        ("date", "2024-05-01T10:00:00", "2024-05-01"),
        ("time", "9:05", "09:05:00.000"),
        ("time", "23:59:59.5+07:00", "23:59:59.500+07:00"),
        ("datetime", "2024-05-01T10:00:00+07:00", "2024-05-01T10:00:00.000+07:00"),
        ("geopoint", "11.55 104.92", "11.55 104.92 0 0"),
        ("geopoint", "11.55 104.92 10 5", "11.55 104.92 10 5"),
        ("text", "e\u0301", "\u00e9"),  # NFC
        ("image", "photo-1.jpg", "photo-1.jpg"),
        ("file", "consent.pdf", "consent.pdf"),
        ("acknowledge", True, "OK"),
        ("barcode", "ABC-123", "ABC-123"),
    ],
)
def test_question_types_store_what_odk_stores(qtype: str, given: object, stored: str) -> None:
    s = session(
        f"""
        | survey |          |      |       |
        |        | type     | name | label |
        |        | {qtype}  | q    | Q     |
        """
    )
    s.set_answer("q", given)
    assert s.answer("q") == stored


@pytest.mark.parametrize(
    ("qtype", "given"),
    [
        ("integer", "1.5"),
        ("integer", "abc"),
        ("decimal", "1,5"),
        ("date", "2024-02-30"),
        ("time", "25:00"),
        ("geopoint", "91 0"),
        ("select_one yn", "maybe"),
        ("select_multiple yn", "yes maybe"),
    ],
)
def test_bad_answers_are_refused(qtype: str, given: str) -> None:
    s = session(
        f"""
        | survey |          |      |       |
        |        | type     | name | label |
        |        | {qtype}  | q    | Q     |
        | choices |           |      |       |
        |         | list_name | name | label |
        |         | yn        | yes  | Yes   |
        |         | yn        | no   | No    |
        """
    )
    with pytest.raises(AnswerError) as info:
        s.set_answer("q", given)
    assert "'q'" in str(info.value)
    assert s.answer("q") == ""


def test_metadata_defaults_readonly_notes_and_calculates() -> None:
    s = session(
        """
        | survey |            |          |          |           |             |           |
        |        | type       | name     | label    | default   | calculation | read_only |
        |        | start      | start    |          |           |             |           |
        |        | end        | end      |          |           |             |           |
        |        | today      | today    |          |           |             |           |
        |        | deviceid   | deviceid |          |           |             |           |
        |        | username   | username |          |           |             |           |
        |        | integer    | n        | N        | 3         |             |           |
        |        | date       | visit    | Visit    | today()   |             |           |
        |        | text       | fixed    | Fixed    | abc       |             | yes       |
        |        | note       | info     | Info     |           |             |           |
        |        | hidden     | secret   |          |           |             |           |
        |        | calculate  | double   |          |           | ${n} * 2    |           |
        """,
        properties={"deviceid": "fieldcase:laptop-7", "username": "dara"},
    )
    assert s.answer("start") == "2024-05-01T09:30:00.000Z"
    assert s.answer("today") == "2024-05-01"
    assert s.answer("deviceid") == "fieldcase:laptop-7"
    assert s.answer("username") == "dara"
    assert s.answer("n") == "3"
    assert s.answer("visit") == "2024-05-01"
    assert s.answer("double") == "6"
    assert s.answer("/data/meta/instanceID").startswith("uuid:")
    for key in ("fixed", "info", "double", "start"):
        with pytest.raises(AnswerError):
            s.set_answer(key, "x")
    s.set_answer("secret", "s3")
    s.set_answer("n", 10)
    assert s.answer("double") == "20"
    s.clear_answer("n")
    assert s.answer("double") == ""


def test_field_list_pages() -> None:
    s = session(
        """
        | survey |             |       |       |            |             |
        |        | type        | name  | label | appearance | relevant    |
        |        | integer     | a     | A     |            |             |
        |        | begin group | page  | Page  | field-list |             |
        |        | text        | b     | B     |            |             |
        |        | text        | c     | C     |            | ${a} > 1    |
        |        | end group   |       |       |            |             |
        |        | note        | d     | D     |            |             |
        """
    )
    assert [p.keys for p in pages(s)] == [("a",), ("b",), ("d",)]
    s.set_answer("a", 5)
    assert [p.keys for p in pages(s)] == [("a",), ("b", "c"), ("d",)]


def test_runtime_error_in_one_bind_does_not_crash_the_session() -> None:
    s = session(
        """
        | survey |          |      |       |                        |                     |
        |        | type     | name | label | relevant               | constraint          |
        |        | integer  | a    | A     |                        | regex(., '(')       |
        |        | text     | b    | B     | date('x') = today()    |                     |
        |        | text     | c    | C     |                        |                     |
        """
    )
    assert "relevant" in s.field_errors["b"]
    assert s.state("b").relevant  # a failing relevance shows the question
    s.set_answer("a", 3)
    assert not s.state("a").valid and "constraint" in s.field_errors["a"]
    s.set_answer("c", "still working")
    assert s.answer("c") == "still working"


def test_custom_normaliser_hook() -> None:
    calls: list[tuple[str, str]] = []

    def buddhist_era(text: str, qtype: str) -> str:
        calls.append((text, qtype))
        if qtype == "date" and text[:4].isdigit() and int(text[:4]) > 2400:
            return f"{int(text[:4]) - 543}{text[4:]}"
        return text

    s = session(
        """
        | survey |      |      |       |
        |        | type | name | label |
        |        | date | d    | D     |
        |        | text | t    | T     |
        """,
        normaliser=buddhist_era,
    )
    s.set_answer("d", "2567-05-01")
    s.set_answer("t", "2567")
    assert s.answer("d") == "2024-05-01"
    assert s.answer("t") == "2567"
    assert ("2567-05-01", "date") in calls


# --- incremental recompute gives the same answers as a full recompute ---------------------------

BIG = """
| survey |              |      |       |                                |                  |                 |              |
|        | type         | name | label | calculation                    | relevant         | constraint      | repeat_count |
|        | integer      | a    | A     |                                |                  | . < 100         |              |
|        | integer      | b    | B     |                                | ${a} > 2         |                 |              |
|        | calculate    | c    |       | ${a} + ${b}                    |                  |                 |              |
|        | calculate    | d    |       | if(${c} > 10, 'hi', 'lo')      |                  |                 |              |
|        | text         | e    | E     |                                | ${d} = 'hi'      |                 |              |
|        | calculate    | f    |       | concat(${d}, ${e})             |                  |                 |              |
|        | integer      | g    | G     |                                |                  | . > ${c}        |              |
|        | begin group  | grp  | Grp   |                                | ${g} != 7        |                 |              |
|        | integer      | h    | H     |                                | ${a} < 50        |                 |              |
|        | calculate    | hh   |       | coalesce(${h}, 'none')         |                  |                 |              |
|        | end group    |      |       |                                |                  |                 |              |
|        | begin repeat | r    | R     |                                | ${a} != 3        |                 |              |
|        | integer      | x    | X     |                                |                  | . != ${a}       |              |
|        | calculate    | y    |       | ${x} + ${hh}                   |                  |                 |              |
|        | end repeat   |      |       |                                |                  |                 |              |
|        | calculate    | tot  |       | sum(${y})                      |                  |                 |              |
|        | calculate    | cnt  |       | count(${r})                    |                  |                 |              |
|        | begin repeat | k    | K     |                                |                  |                 | ${b} mod 4   |
|        | calculate    | kp   |       | position(..) * ${a}            |                  |                 |              |
|        | end repeat   |      |       |                                |                  |                 |              |
"""

_STEP = st.one_of(
    st.tuples(
        st.sampled_from(["a", "b", "e", "g", "h", "r[1]/x", "r[2]/x"]),
        st.one_of(st.none(), st.integers(-5, 120)),
    ),
    st.tuples(st.just("+r"), st.none()),
    st.tuples(st.just("-r"), st.none()),
)


@settings(max_examples=80, deadline=None)
@given(st.lists(_STEP, max_size=14))
def test_incremental_updates_match_full_recompute(steps: list[tuple[str, int | None]]) -> None:
    definition = form(BIG)
    s = FormSession(definition, seed=1)
    for key, value in steps:
        if key == "+r":
            s.add_repeat("r")
        elif key == "-r":
            if s.repeat_count("r") > 0:
                s.remove_repeat(f"r[{s.repeat_count('r')}]")
        elif key.startswith("r[") and int(key[2]) > s.repeat_count("r"):
            continue
        else:
            s.set_answer(key, value)
    incremental = [(x.key, x.value, x.relevant, x.valid) for x in s.field_states()]
    s.recompute()
    full = [(x.key, x.value, x.relevant, x.valid) for x in s.field_states()]
    assert incremental == full


def test_trigger_sets_a_value_when_its_question_changes() -> None:
    s = session(
        """
        | survey |          |         |         |           |             |
        |        | type     | name    | label   | trigger   | calculation |
        |        | integer  | weight  | Weight  |           |             |
        |        | dateTime | weighed | Weighed | ${weight} | now()       |
        """
    )
    assert s.answer("weighed") == ""
    s.set_answer("weight", 52)
    assert s.answer("weighed") == "2024-05-01T09:30:00.000Z"


def test_readonly_is_inherited_from_a_group() -> None:
    s = session(
        """
        | survey |             |      |       |           |
        |        | type        | name | label | read_only |
        |        | integer     | a    | A     |           |
        |        | begin group | g    | G     | ${a} > 1  |
        |        | text        | t    | T     |           |
        |        | end group   |      |       |           |
        """
    )
    s.set_answer("t", "x")
    s.set_answer("a", 5)
    assert s.state("t").readonly
    with pytest.raises(AnswerError, match="read-only"):
        s.set_answer("t", "y")


def test_choices_from_an_external_file_are_empty_but_answers_are_kept() -> None:
    s = session(
        """
        | survey |                                |      |       |
        |        | type                           | name | label |
        |        | select_one_from_file towns.csv | town | Town  |
        """
    )
    assert choices(s, "town") == []
    s.set_answer("town", "battambang")
    assert s.answer("town") == "battambang"


def test_defaults_inside_repeats() -> None:
    s = session(
        """
        | survey |              |      |       |         |
        |        | type         | name | label | default |
        |        | begin repeat | r    | R     |         |
        |        | date         | d    | D     | today() |
        |        | integer      | n    | N     | 4       |
        |        | end repeat   |      |       |         |
        """
    )
    s.add_repeat("r")
    assert [s.answer(f"r[{i}]/d") for i in (1, 2)] == ["2024-05-01", "2024-05-01"]
    assert [s.answer(f"r[{i}]/n") for i in (1, 2)] == ["4", "4"]


def test_relevance_per_repeat_instance_and_filters_with_current() -> None:
    s = session(
        """
        | survey |                  |        |        |                      |                              |
        |        | type             | name   | label  | relevant             | choice_filter                |
        |        | select_one kind  | first  | First  |                      |                              |
        |        | begin repeat     | item   | Item   |                      |                              |
        |        | select_one kind  | kind   | Kind   |                      |                              |
        |        | select_one kind  | other  | Other  |                      | name != current()/../kind    |
        |        | text             | detail | Detail | ${kind} = 'b'        |                              |
        |        | end repeat       |        |        |                      |                              |
        | choices |           |      |       |
        |         | list_name | name | label |
        |         | kind      | a    | A     |
        |         | kind      | b    | B     |
        |         | kind      | c    | C     |
        """
    )
    s.add_repeat("item")
    s.set_answer("item[1]/kind", "a")
    s.set_answer("item[2]/kind", "b")
    assert [c.value for c in choices(s, "item[1]/other")] == ["b", "c"]
    assert [c.value for c in choices(s, "item[2]/other")] == ["a", "c"]
    assert not s.state("item[1]/detail").relevant
    assert s.state("item[2]/detail").relevant


def test_run_form_with_nested_repeats_and_counts() -> None:
    from forms.run import run_form

    definition = form(
        """
        | survey |              |        |       |              |
        |        | type         | name   | label | repeat_count |
        |        | integer      | n      | N     |              |
        |        | begin repeat | house  | House | ${n}         |
        |        | begin repeat | person | P     |              |
        |        | text         | pname  | Name  |              |
        |        | end repeat   |        |       |              |
        |        | end repeat   |        |       |              |
        """
    )
    result, _ = run_form(
        definition,
        {"house": [{"person": [{"pname": "a"}, {"pname": "b"}]}, {"person": []}], "n": 2},
    )
    assert list(result["fields"]) == ["n", "house[1]/person[1]/pname", "house[1]/person[2]/pname"]
    with pytest.raises(AnswerError, match="has 2 instance"):
        run_form(definition, {"n": 2, "house": [{}, {}, {}]})


def test_constraint_that_cannot_run_says_so() -> None:
    s = session(
        """
        | survey |         |      |       |                |
        |        | type    | name | label | constraint     |
        |        | text    | t    | T     | regex(., '[')  |
        """
    )
    s.set_answer("t", "x")
    state = s.state("t")
    assert not state.valid
    assert state.message is not None and state.message.startswith("The constraint could not be")


def test_non_relevant_answers_read_as_blank_in_logic() -> None:
    # JavaRosa: a reference to a non-relevant node gives no value, though the answer is kept.
    s = session(
        """
        | survey |             |          |          |             |                            |
        |        | type        | name     | label    | relevant    | calculation                |
        |        | integer     | age      | Age      |             |                            |
        |        | begin group | minor    | Minor    | ${age} < 18 |                            |
        |        | text        | guardian | Guardian |             |                            |
        |        | integer     | siblings | Siblings |             |                            |
        |        | end group   |          |          |             |                            |
        |        | calculate   | who      |          |             | concat('g:', ${guardian})  |
        |        | calculate   | people   |          |             | 1 + coalesce(${siblings}, 0) |
        """
    )
    s.set_answer("age", 12)
    s.set_answer("guardian", "Srey")
    s.set_answer("siblings", 3)
    assert (s.answer("who"), s.answer("people")) == ("g:Srey", "4")
    s.set_answer("age", 40)
    assert (s.answer("who"), s.answer("people")) == ("g:", "1")
    assert s.answer("guardian") == "Srey"  # kept
    s.set_answer("age", 12)
    assert (s.answer("who"), s.answer("people")) == ("g:Srey", "4")
    s.recompute()
    assert (s.answer("who"), s.answer("people")) == ("g:Srey", "4")


def test_two_languages_at_once_for_interpreters() -> None:
    s = session(MESSAGES, language="en")
    assert (label(s, "age", "km"), label(s, "age", "en"), label(s, "age")) == ("អាយុ", "Age", "Age")
    assert s.set_language("km") == "Khmer (km)"
    assert s.state("age").message == "ត្រូវការអាយុ"


def test_hints_and_pages_through_repeats() -> None:
    from forms.display import hint

    s = session(
        """
        | survey |              |       |                    |                 |            |
        |        | type         | name  | label::English (en) | hint::English (en) | appearance |
        |        | begin repeat | visit | Visit              |                 |            |
        |        | date         | when  | When               | Day of the visit |           |
        |        | begin group  | who   | Who                |                 | field-list |
        |        | text         | staff | Staff              |                 |            |
        |        | text         | place | Place              |                 |            |
        |        | end group    |       |                    |                 |            |
        |        | end repeat   |       |                    |                 |            |
        """
    )
    s.add_repeat("visit")
    assert hint(s, "visit[2]/when") == "Day of the visit"
    assert [p.keys for p in pages(s)] == [
        ("visit[1]/when",),
        ("visit[1]/staff", "visit[1]/place"),
        ("visit[2]/when",),
        ("visit[2]/staff", "visit[2]/place"),
    ]
