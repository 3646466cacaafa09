"""Checks made once when a form loads, so an author hears of a mistake before anyone fills it in.

Every expression of the form (binds, repeat counts, defaults, choice filters, label outputs) must
parse and call only functions the engine knows. Each failure is a ``FormLoadError`` located at the
sheet and row (XLSForm) or the element (XForm). A path to a node the instance lacks is an empty
node-set in XPath (JavaRosa loads such forms): a warning, located the same way, not an error.

A few ODK functions the engine does not implement yet (``UNSUPPORTED``) do not stop a form from
loading: the field using one reports the error when it runs, as the issue asks.
"""

from __future__ import annotations

from collections.abc import Iterator

from forms.body import Output
from forms.definition import FormDefinition
from forms.errors import ExpressionError, FormLoadError
from forms.evaluate import FUNCTIONS, LAZY_FUNCTIONS
from forms.xpath import Binary, Call, Expr, Filter, Negate, Path, parse, references

UNSUPPORTED = frozenset({"geofence", "version"})
CONDITIONS = ("relevant", "required", "readonly", "constraint")


def check_expressions(definition: FormDefinition) -> None:
    known = _known_paths(definition)
    for source, context, attribute in _expressions(definition):
        try:
            tree = parse(source)
        except ExpressionError as exc:
            raise exc.at(definition.locate(context, attribute)) from None
        for name in _calls(tree):
            if name not in FUNCTIONS and name not in LAZY_FUNCTIONS and name not in UNSUPPORTED:
                raise FormLoadError("FORM009", definition.locate(context, attribute), name=name)
        reads, _ = references(tree, context)
        for path in sorted(reads - known):
            definition.warnings.append(
                f"[{definition.locate(context, attribute)}] '{path}' is not in the form: it reads "
                "as an empty node-set (blank), as in ODK Collect; check the name"
            )
        if attribute in CONDITIONS and isinstance(tree, Path) and tree.start is None:
            where = definition.locate(context, attribute)
            definition.warnings.append(
                f"[{where}] '{source.strip()}' used alone as a condition is decided by the "
                "answer, as ODK Collect does (blank is false), though plain XPath 1.0 engines "
                "would call it true: compare it explicitly, e.g. != ''"
            )


def _expressions(definition: FormDefinition) -> Iterator[tuple[str, str, str]]:
    """(expression, context path, attribute) for every expression of the form."""
    for bind in definition.binds.values():
        for attr in ("calculate", "relevant", "required", "constraint", "readonly"):
            source = getattr(bind, attr)
            if source is not None:
                yield source, bind.gpath, attr
    for gpath, count in definition.repeats.items():
        if count:
            yield count, gpath, "repeat_count"
    for sv in definition.setvalues:
        if sv.value:
            yield sv.value, sv.source or sv.ref, "trigger" if sv.source else "default"
    for control in definition.controls.values():
        if control.itemset is not None:
            yield control.itemset.nodeset, control.gpath, "choice_filter"
        for text in (control.label, control.hint):
            for part in text.parts if text is not None else ():
                if isinstance(part, Output):
                    yield part.expr, control.gpath, "label"
    for texts in definition.itext.values():
        for text_id, forms in texts.items():
            for parts in forms.values():
                for part in parts:
                    if isinstance(part, Output):
                        yield part.expr, text_id.split(":", 1)[0], "label"


def _known_paths(definition: FormDefinition) -> set[str]:
    known = {n.gpath for n in definition.primary.iter()}
    for template in definition.templates.values():
        known.update(n.gpath for n in template.iter())
    return known


def _calls(tree: Expr) -> Iterator[str]:
    if isinstance(tree, Call):
        yield tree.name
        for a in tree.args:
            yield from _calls(a)
    elif isinstance(tree, Binary):
        yield from _calls(tree.left)
        yield from _calls(tree.right)
    elif isinstance(tree, Negate):
        yield from _calls(tree.operand)
    elif isinstance(tree, Filter):
        yield from _calls(tree.primary)
        for p in tree.predicates:
            yield from _calls(p)
    elif isinstance(tree, Path):
        if tree.start is not None:
            yield from _calls(tree.start)
        for step in tree.steps:
            for p in step.predicates:
                yield from _calls(p)
