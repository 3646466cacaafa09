"""Fuzzing the form engine: generated XLSForms and expressions give success or a clear error.

Every generated XLSForm (markdown tables: random types, names, logic from a grammar of valid and
broken expressions, choices, groups, repeats, translations, settings) is loaded with
``load_markdown``; a form that loads is filled by a ``FormSession`` with random answers, repeats
added and removed, languages switched, labels and choices rendered, a draft saved and resumed
and the submission built. Random expression strings go through ``forms.xpath.parse`` and the
evaluator. The only outcomes allowed are success and the engine's own errors (``FormError``
and its kinds): any other exception is a bug in ``forms/``.

Sizes: ``FIELDCASE_FUZZ_FORMS`` and ``FIELDCASE_FUZZ_EXPRESSIONS`` (300 and 1,500 by default;
``make reliability`` runs 10,000 of each). The examples are derandomised (the same every run)
unless ``FIELDCASE_FUZZ_SEED`` is set; the table prints the seed. Hypothesis writes no database.
"""

from __future__ import annotations

import datetime as dt
import os
import time
import xml.etree.ElementTree as ET
from collections import Counter
from typing import Any

import pytest
from hypothesis import HealthCheck, given, note, seed, settings
from hypothesis import strategies as st

from forms import display
from forms.definition import FormDefinition
from forms.errors import EvaluationError, ExpressionError, FormError, FormLoadError
from forms.evaluate import Environment, evaluate
from forms.instance import document
from forms.load import load_markdown
from forms.session import FormSession
from forms.submission import draft_bytes, finish, resume
from forms.xpath import parse
from tests.fuzz.grammar import ANSWER, FUNCTION_NAMES, XlsForm, expression, xlsform
from tests.reliability import record

FORMS = int(os.environ.get("FIELDCASE_FUZZ_FORMS", "300"))
EXPRESSIONS = int(os.environ.get("FIELDCASE_FUZZ_EXPRESSIONS", "1500"))
SEED = os.environ.get("FIELDCASE_FUZZ_SEED")
NOW = dt.datetime(2024, 5, 1, 9, 30, tzinfo=dt.UTC)


def _settings(examples: int) -> Any:
    return settings(
        max_examples=examples,
        deadline=None,
        database=None,
        derandomize=SEED is None,
        suppress_health_check=list(HealthCheck),
        print_blob=True,
    )


def _seeded(test: Any) -> Any:
    return seed(int(SEED))(test) if SEED is not None else test


def _seed_text() -> str:
    return f"seed {SEED}" if SEED is not None else "derandomised"


def check_clear(error: FormError, in_form: bool = True) -> None:
    """A clear error: one line for a person that says where, when it is about a place in a form
    (an expression on its own has its position instead)."""
    text = str(error)
    assert text and len(text.splitlines()) == 1, repr(text)
    assert "Traceback" not in text and "object at 0x" not in text, text
    if in_form and isinstance(error, FormLoadError) and error.code != "FORM001":
        assert error.location is not None, f"no location: {text}"


# --------------------------------------------------------------------------------- whole forms

STEP = st.tuples(
    st.sampled_from(["set", "set", "set", "clear", "add", "remove", "lang"]),
    st.integers(0, 1000),
    ANSWER,
)


def fill(
    definition: FormDefinition, steps: list[tuple[str, int, Any]], stats: Counter[str]
) -> None:
    """Drive a session the way a person and the app do; FormError only, from the calls that may
    refuse (answers, repeats)."""
    languages = [None, *definition.languages, "km", "zz"]
    session = FormSession(definition, language=languages[len(steps) % len(languages)],
                          now=lambda: NOW, seed=0)  # fmt: skip
    repeats = [g.rsplit("/", 1)[-1] for g in definition.repeats]
    for action, pick, value in steps:
        keys = [s.key for s in session.field_states() if s.kind == "question"]
        try:
            if action in ("set", "clear") and keys:
                key = keys[pick % len(keys)]
                if action == "set":
                    session.set_answer(key, value)
                else:
                    session.clear_answer(key)
                stats["answers stored"] += 1
            elif action == "add" and repeats:
                session.add_repeat(repeats[pick % len(repeats)])
                stats["repeats added"] += 1
            elif action == "remove" and repeats:
                name = repeats[pick % len(repeats)]
                count = session.repeat_count(name)
                if count:
                    session.remove_repeat(f"{name}[{pick % count + 1}]")
            elif action == "lang":
                session.set_language(languages[pick % len(languages)])
        except FormError as exc:
            check_clear(exc)
            stats["answers refused (clear error)"] += 1
    states = session.field_states()
    stats["fields shown"] += len(states)
    session.validate()
    for page in display.pages(session):
        for key in page.keys:
            display.label(session, key)
            display.hint(session, key, "km")
            display.choices(session, key)
    stats["field errors recorded"] += len(session.field_errors)
    again = resume(definition, draft_bytes(session), now=lambda: NOW, seed=0)
    answered = {f.gpath for f in definition.fields if f.kind == "question" and not f.bind.calculate}
    kept = {s.key: s.value for s in states if session.node(s.key).gpath in answered}
    resumed = {s.key: s.value for s in again.field_states()}
    assert {key: resumed.get(key) for key in kept} == kept  # every answer survives the draft
    submission = finish(session, allow_incomplete=True)
    ET.fromstring(submission.xml)
    stats["submissions built"] += 1


@pytest.mark.timeout(max(600, FORMS // 4))  # 10,000 forms take about half an hour here
def test_generated_xlsforms_load_and_run_or_say_clearly_what_is_wrong() -> None:
    stats: Counter[str] = Counter()
    codes: Counter[str] = Counter()

    @_seeded
    @_settings(FORMS)
    @given(xlsform(), st.lists(STEP, max_size=25))
    def one(form: XlsForm, steps: list[tuple[str, int, Any]]) -> None:
        stats["forms"] += 1
        md = form.markdown()
        note(md)
        try:
            definition = load_markdown(md)
        except FormError as exc:
            check_clear(exc)
            codes[exc.code] += 1
            stats["refused with a clear error"] += 1
            return
        stats["loaded"] += 1
        fill(definition, steps, stats)

    started = time.monotonic()
    one()
    elapsed = time.monotonic() - started
    located = sum(codes.values())
    print(f"\nform fuzz: {dict(stats)}; error codes {dict(codes)}; {elapsed:.0f} s")
    record(
        "generated XLSForms (loaded, filled, drafted, submitted): only clear errors",
        f"{stats['forms']} forms ({_seed_text()}): {stats['loaded']} ran "
        f"({stats['answers stored']} answers, {stats['submissions built']} submissions), "
        f"{located} refused with a located error, 0 crashes, {elapsed:.0f} s",
        "pass",
    )


# --------------------------------------------------------------------------------- expressions

DOC_XML = (
    "<data><age>17</age><name>សុខ</name><d>2024-02-29</d><e/><sel>1 2</sel>"
    "<family><n>x</n><v>1</v></family><family><n>y</n><v>2</v></family>"
    "<meta><instanceID>uuid:1</instanceID></meta></data>"
)
PIECES = st.sampled_from(
    [
        *(f"{name}(" for name in FUNCTION_NAMES),
        *"( ) [ ] , + - * = != < <= > >= | / // . .. @ :: $".split(),
        *"and or div mod child:: ancestor:: following-sibling:: node() text() * @*".split(),
        "/data/age", "/data/family/v", "family", "n", "../age", "'សុខ'", '"x"', "'", "1",
        "0", "-1", "1e400", "99999999999999999999", "0.5", "instance('x')/root/item",
        "current()/..", "'2024-02-29'", "'2567-05-01'", "'12:30'", "'1 2'", "NaN", "Infinity",
    ]
)  # fmt: skip
EXPRESSION = st.one_of(
    expression(["age", "name", "d", "e", "sel", "family", "v", "n"], depth=4).map(
        lambda text: text.replace("${", "/data/").replace("}", "")
    ),
    st.lists(PIECES, min_size=1, max_size=14).map(" ".join),
    st.lists(PIECES, min_size=1, max_size=14).map("".join),
    st.text(max_size=30),
)


@pytest.mark.timeout(max(600, EXPRESSIONS // 20))
def test_generated_expressions_parse_and_evaluate_or_say_clearly_what_is_wrong() -> None:
    stats: Counter[str] = Counter()

    @_seeded
    @_settings(EXPRESSIONS)
    @given(EXPRESSION)
    def one(text: str) -> None:
        stats["expressions"] += 1
        try:
            tree = parse(text)
        except ExpressionError as exc:
            check_clear(exc, in_form=False)
            assert 0 <= exc.position <= len(text), (exc.position, text)
            stats["syntax errors"] += 1
            return
        doc = document(ET.fromstring(DOC_XML))
        env = Environment(main=doc, now=lambda: NOW)
        for node in (doc.children[0], doc.children[0].children[5].children[1]):
            try:
                evaluate(tree, node, env)
                stats["evaluated"] += 1
            except EvaluationError as exc:
                check_clear(exc, in_form=False)
                stats["evaluation errors"] += 1

    started = time.monotonic()
    one()
    elapsed = time.monotonic() - started
    print(f"\nexpression fuzz: {dict(stats)}; {elapsed:.0f} s")
    record(
        "generated XPath expressions (parsed, evaluated twice): only clear errors",
        f"{stats['expressions']} expressions ({_seed_text()}): {stats['syntax errors']} syntax "
        f"errors with a position, {stats['evaluated']} results, {stats['evaluation errors']} "
        f"evaluation errors, 0 crashes, {elapsed:.0f} s",
        "pass",
    )
