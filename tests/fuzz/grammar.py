"""Hypothesis strategies for the form fuzzer: XLSForms as markdown tables, XPath expressions built
from a grammar of valid and invalid pieces, and answers of every shape a person (or a broken
answers file) might give.

The generated forms are the kind a form author writes, mistakes included: unknown types, names
that are not XML names or repeat, groups left open, references to questions that do not exist,
unbalanced brackets, functions with the wrong number of arguments, cycles between calculations,
select lists missing from the choices sheet, half-translated labels. What is never generated is
a ``|`` inside a cell: the markdown table cannot hold one (the expression fuzzer covers ``|``).
"""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import strategies as st

import forms  # noqa: F401  (registers the function library)
from forms.evaluate import FUNCTIONS, LAZY_FUNCTIONS

FUNCTION_NAMES = sorted({*FUNCTIONS, *LAZY_FUNCTIONS})
SCRIPTS = ["សុខ ដារ៉ា", "မောင်မောင်", "สมชาย", "ສົມພອນ", "Nguyễn Thị", "王芳", "Dara"]
LANGUAGES = ["English (en)", "Khmer (km)", "Thai (th)", "Burmese (my)", "Lao (lo)", "xx"]
GOOD_NAMES = [
    "age",
    "name",
    "sex",
    "dob",
    "village",
    "consent",
    "score",
    "n1",
    "n2",
    "_x",
    "é",
    "q",
]
BAD_NAMES = ["1st", "has space", "a/b", "ដារ៉ា", "", "x.y", "-a", "a:b"]

QUESTION_TYPES = [
    "text",
    "integer",
    "decimal",
    "date",
    "time",
    "dateTime",
    "note",
    "calculate",
    "acknowledge",
    "geopoint",
    "hidden",
    "barcode",
    "image",
    "range",
    "trigger",
]
META_TYPES = ["start", "end", "today", "deviceid", "username", "audit"]
BROKEN_TYPES = ["foo", "select_one", "begin", "end", "integer integer", "select_one  ", "rank"]


def one_in(draw: st.DrawFn, n: int) -> bool:
    """True about once in ``n`` draws. Hypothesis favours the ends of an integer range, so the
    rare case sits in the middle of it, and shrinking (towards 0) leads to the common case."""
    return draw(st.integers(0, 4 * n - 1)) % n == n // 2 if n > 1 else True


def _quote(text: str) -> str:
    return "'" + text.replace("'", "") + "'"


@st.composite
def expression(draw: st.DrawFn, names: list[str], depth: int = 3) -> str:
    """An expression over ``names`` (references ``${name}``); most are valid, some are not."""
    ref = st.integers(0, 119).flatmap(
        lambda n: st.sampled_from(names if names and n % 30 != 29 else ["missing"])
    )
    leaf = st.one_of(
        ref.map(lambda n: "${" + n + "}"),
        st.integers(-(10**6), 10**6).map(str),
        st.sampled_from(["0.5", "-0", "99999999999999999999999", ".5", "3.", "1 div 0"]),
        st.sampled_from([*SCRIPTS, "", "yes", "2024-02-29", "12:30", "a b"]).map(_quote),
        st.sampled_from([".", "..", "/data", "position(..)", "current()", "today()", "now()"]),
        st.sampled_from(["true()", "false()", "random()", "uuid()", "pi()", "last()"]),
    )
    if depth <= 0:
        return draw(leaf)
    sub = expression(names, depth - 1)
    choice = draw(st.integers(0, 9))
    if choice <= 2:
        return draw(leaf)
    if choice <= 5:
        op = draw(
            st.sampled_from(
                ["+", "-", "*", "div", "mod", "=", "!=", "<", "<=", ">", ">=", "and", "or"]
            )
        )
        return f"{draw(sub)} {op} {draw(sub)}"
    if choice <= 7:
        name = draw(st.sampled_from(FUNCTION_NAMES))
        args = draw(st.lists(sub, max_size=4))
        return f"{name}({', '.join(args)})"
    if choice == 8 or draw(st.integers(0, 6)):
        return f"({draw(sub)})"
    # a broken one: unbalanced, stray tokens, an unknown function, a half reference
    broken = draw(
        st.sampled_from(
            [
                "(",
                ")",
                "1e3",
                "${",
                "${}",
                "nofunction(1)",
                "1 +",
                "[1]",
                "@",
                "$x",
                "::",
                "'",
                "and",
                "${age",
                "//*",
                "..[",
                ",",
                "instance('nothere')/root/item",
                "jr:choice-name(${sex}, '${sex}')",
            ]
        )
    )
    return f"{draw(sub)} {broken}" if draw(st.booleans()) else broken


@dataclass
class XlsForm:
    survey: list[dict[str, str]]
    choices: list[dict[str, str]]
    settings: dict[str, str]

    def markdown(self) -> str:
        lines: list[str] = []
        lines += _sheet("survey", self.survey)
        if self.choices:
            lines += _sheet("choices", self.choices)
        if self.settings:
            lines += _sheet("settings", [self.settings])
        return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return " ".join(text.replace("|", "/").split())


def _sheet(name: str, rows: list[dict[str, str]]) -> list[str]:
    columns: list[str] = []
    for row in rows:
        for column in row:
            if column not in columns:
                columns.append(column)
    if not columns:
        columns = ["type"]
    out = [f"| {name} | " + " | ".join(columns) + " |"]
    for row in rows:
        out.append("| | " + " | ".join(_cell(row.get(c, "")) for c in columns) + " |")
    return out


@st.composite
def xlsform(draw: st.DrawFn) -> XlsForm:
    """A whole XLSForm: survey rows with groups and repeats, choices, translations, settings."""
    languages = draw(st.lists(st.sampled_from(LANGUAGES), max_size=3, unique=True))
    lists = draw(
        st.lists(st.sampled_from(["yn", "sex", "place", "empty"]), max_size=3, unique=True)
    )
    choices: list[dict[str, str]] = []
    for list_name in lists:
        if list_name == "empty" and one_in(draw, 10):
            continue  # a list the survey names but the choices sheet lacks
        values = draw(
            st.lists(
                st.sampled_from(["1", "2", "yes", "no", "f", "m", "ក", "3"]),
                min_size=1,
                max_size=5,
                unique=True,
            )
        )
        if one_in(draw, 30):  # a blank, a space or a duplicate choice name
            values.append(draw(st.sampled_from(["", "x y", values[0]])))
        for value in values:
            row = {"list_name": list_name, "name": value, "label": draw(st.sampled_from(SCRIPTS))}
            for lang in languages:
                if not one_in(draw, 4):
                    row[f"label::{lang}"] = draw(st.sampled_from(SCRIPTS))
            if one_in(draw, 6):
                row["filter"] = draw(st.sampled_from(["a", "b", ""]))
            choices.append(row)
    names = draw(st.lists(st.sampled_from(GOOD_NAMES), min_size=1, max_size=11, unique=True))
    if one_in(draw, 20):  # a name that is not an XML name, or a duplicate
        names.insert(
            draw(st.integers(0, len(names))), draw(st.sampled_from([*BAD_NAMES, names[0]]))
        )
    usable = [n for n in names if n in GOOD_NAMES]
    survey: list[dict[str, str]] = []
    open_blocks: list[str] = []
    for name in names:
        kind = draw(st.integers(0, 39))
        if kind < 2 and len(open_blocks) < 3:
            block = draw(st.sampled_from(["group", "repeat"]))
            survey.append(
                _question(draw, f"begin {block}", name, usable, languages, block=block == "repeat")
            )
            open_blocks.append(block)
            continue
        if kind < 4 and open_blocks:
            survey.append({"type": f"end {open_blocks.pop()}"})
        if kind == 4:
            qtype = draw(st.sampled_from(META_TYPES))
        elif kind == 5 and one_in(draw, 4):
            qtype = draw(st.sampled_from(BROKEN_TYPES))
        elif kind < 9 and (lists or one_in(draw, 10)):
            select = draw(st.sampled_from(["select_one", "select_multiple", "rank"]))
            known = ["nolist"] if not lists or one_in(draw, 25) else lists
            qtype = f"{select} {draw(st.sampled_from(known))}"
        else:
            qtype = draw(st.sampled_from(QUESTION_TYPES))
        survey.append(_question(draw, qtype, name, usable, languages))
    while open_blocks and not one_in(draw, 10):  # now and then a block is left open
        survey.append({"type": f"end {open_blocks.pop()}"})
    settings: dict[str, str] = {}
    if draw(st.booleans()):
        settings["form_title"] = draw(st.sampled_from(SCRIPTS))
        settings["form_id"] = draw(st.sampled_from(["fuzz", "intake", "bad id", "x"]))
        if draw(st.booleans()):
            settings["version"] = draw(st.sampled_from(["1", "2024010101", "v 1"]))
        if languages and one_in(draw, 4):
            settings["default_language"] = draw(st.sampled_from([*languages, "zz"]))
    return XlsForm(survey, choices, settings)


def _question(
    draw: st.DrawFn,
    qtype: str,
    name: str,
    names: list[str],
    languages: list[str],
    block: bool = False,
) -> dict[str, str]:
    row = {"type": qtype, "name": name, "label": draw(st.sampled_from(SCRIPTS))}
    for lang in languages:
        if not one_in(draw, 4):
            row[f"label::{lang}"] = draw(st.sampled_from(SCRIPTS)) + " ${" + name + "}"
    columns = {
        "relevant": 4,
        "constraint": 4,
        "calculation": 3 if qtype == "calculate" else 10,
        "required": 5,
        "default": 10,
        "read_only": 12,
        "choice_filter": 8 if qtype.startswith("select") else 30,
        "trigger": 15,
    }
    for column, rarity in columns.items():
        if one_in(draw, rarity + 1):
            if column == "required" and not one_in(draw, 4):
                row[column] = draw(st.sampled_from(["yes", "true()", "no", "yes", "maybe"]))
            elif column == "trigger":
                row[column] = "${" + draw(st.sampled_from([*names, "missing"])) + "}"
            else:
                row[column] = draw(expression(names, depth=draw(st.integers(0, 3))))
    if qtype == "calculate" and "calculation" not in row and not one_in(draw, 15):
        row["calculation"] = draw(expression(names, depth=1))
    if "constraint" in row and draw(st.booleans()):
        row["constraint_message"] = draw(st.sampled_from(SCRIPTS))
        for lang in languages:
            row[f"constraint_message::{lang}"] = draw(st.sampled_from(SCRIPTS))
    if "required" in row and draw(st.booleans()):
        row["required_message"] = draw(st.sampled_from(SCRIPTS))
    if block and one_in(draw, 4):
        row["repeat_count"] = draw(
            st.sampled_from(["2", "0", "-1", "${" + (names[0] if names else "x") + "}", "1 div 0"])
        )
    if qtype == "range" and draw(st.booleans()):
        row["parameters"] = draw(st.sampled_from(["start=0 end=10 step=1", "start=5 end=1", "x"]))
    if one_in(draw, 7):
        row["hint"] = draw(st.sampled_from(SCRIPTS))
    if one_in(draw, 11):
        row["appearance"] = draw(st.sampled_from(["minimal", "field-list", "table-list", "odd"]))
    return row


# Answers: right and wrong types, every script's digits, Buddhist-era years, Zawgyi, huge numbers.
ANSWER = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(
        [
            "",
            "17",
            "១៧",
            "๑๗",
            "၁၇",
            "໑໗",
            "2024-02-29",
            "2567-05-01",
            "2023-02-29",
            "12:30",
            "25:61",
            "2024-05-01T09:30:00Z",
            "1 2",
            "yes",
            "1",
            "m",
            "x y",
            "11.5 104.9 0 5",
            "91 200",
            "မြန်မာ",
            "ေမာင္ေမာင္",
            "1e400",
            "NaN",
            "-0",
            " 3 ",
            "\u200b",
            "a\x00b",
        ]
    ),
    st.text(max_size=12),
    st.lists(st.sampled_from(["1", "2", "yes", "no", "x"]), max_size=3),
)
