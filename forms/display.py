"""What a screen shows of a session: labels, hints, messages, choices and pages, in a language.

Labels may hold ``<output value="..."/>`` (``Hello ${name}`` in XLSForm); they are evaluated for
the node they belong to, so a label inside ``family[2]`` shows that member's name. A text missing
in the chosen language falls back to the form's default language (pyxform's ``-`` placeholder
counts as missing).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from forms.definition import Control, Output, Text
from forms.errors import FormError
from forms.evaluate import evaluate
from forms.instance import Node
from forms.values import to_string

if TYPE_CHECKING:
    from forms.session import FormSession


@dataclass(frozen=True, slots=True)
class ChoiceOption:
    value: str
    label: str


@dataclass(frozen=True, slots=True)
class Page:
    """One screen: a field-list group's fields, or a single question."""

    title: str
    keys: tuple[str, ...]


def render(session: FormSession, text: Text | None, node: Node, lang: str | None = None) -> str:
    """``text`` in ``lang`` (a code like ``km`` or a form language name; default: the session's
    language), its outputs evaluated for ``node``. For interpreters, call it once per language."""
    chosen = session.definition.resolve_language(lang) if lang else session.language
    parts = session.definition.text(text, chosen)
    out: list[str] = []
    for part in parts:
        if isinstance(part, Output):
            try:
                out.append(to_string(evaluate(part.expr, node, session.env)))
            except FormError:
                out.append("")
        else:
            out.append(part)
    return " ".join("".join(out).split()) if out else ""


def message_text(session: FormSession, text: Text | None, node: Node) -> str:
    return render(session, text, node)


def label(session: FormSession, key: str, lang: str | None = None) -> str:
    node = session.node(key)
    control = session.definition.controls.get(node.gpath)
    return render(session, control.label if control else None, node, lang)


def hint(session: FormSession, key: str, lang: str | None = None) -> str:
    node = session.node(key)
    control = session.definition.controls.get(node.gpath)
    return render(session, control.hint if control else None, node, lang)


def choices(session: FormSession, key: str, lang: str | None = None) -> list[ChoiceOption]:
    """The choices a select offers now: choice filters applied, labels in ``lang``."""
    node = session.node(key)
    control = session.definition.controls.get(node.gpath)
    if control is None:
        return []
    return _options(session, control, node, lang, filtered=True)


def _options(
    session: FormSession, control: Control, node: Node, lang: str | None, filtered: bool
) -> list[ChoiceOption]:
    if control.choices is not None:
        return [
            ChoiceOption(c.value, render(session, c.label, node, lang)) for c in control.choices
        ]
    itemset = control.itemset
    if itemset is None:
        return []
    try:
        if filtered or itemset.instance_id is None:
            items = evaluate(itemset.nodeset, node, session.env)
        else:
            items = evaluate(f"instance('{itemset.instance_id}')//item", node, session.env)
    except FormError as exc:  # a broken choice filter shows no choices; the field says why
        session.state_of(node).errors["choice_filter"] = exc.detail
        return []
    if not isinstance(items, list):
        return []
    options: list[ChoiceOption] = []
    for item in items:
        if not isinstance(item, Node):
            continue
        try:
            value = to_string(evaluate(itemset.value_ref, item, session.env))
            options.append(ChoiceOption(value, _item_label(session, itemset.label_ref, item, lang)))
        except FormError as exc:
            session.state_of(node).errors["choice_filter"] = exc.detail
    return options


def _item_label(session: FormSession, label_ref: str, item: Node, lang: str | None) -> str:
    ref = label_ref.strip()
    if ref.startswith("jr:itext(") and ref.endswith(")"):
        text_id = to_string(evaluate(ref[len("jr:itext(") : -1], item, session.env))
        return render(session, Text(itext_id=text_id), item, lang)
    return to_string(evaluate(ref, item, session.env))


def choice_label(session: FormSession, gpath: str, value: str) -> str:
    """jr:choice-name(): the label of ``value`` among the choices of the question at ``gpath``."""
    control = session.definition.controls.get(gpath)
    if control is None:
        return ""
    nodes = session._by_gpath.get(gpath) or [session.data]
    for option in _options(session, control, nodes[0], None, filtered=False):
        if option.value == value:
            return option.label
    return ""


def pages(session: FormSession) -> list[Page]:
    """The screens of the form as ODK Collect pages it: relevant fields only."""
    result: list[Page] = []
    fields = {f.gpath for f in session.definition.fields if f.kind in ("question", "note")}

    def fields_under(node: Node) -> tuple[str, ...]:
        return tuple(
            session.key(n) for n in node.iter() if n.gpath in fields and session.relevant(n)
        )

    def walk(controls: list[Control], parents: list[Node]) -> None:
        for control in controls:
            if control.kind == "group" and control.gpath in session.definition.repeats:
                walk(control.children, parents)  # pyxform's group wrapping a repeat
                continue
            for node in _nodes_for(session, control, parents):
                if not session.relevant(node):
                    continue
                title = render(session, control.label, node)
                if control.kind == "group" and control.field_list:
                    keys = fields_under(node)
                    if keys:
                        result.append(Page(title, keys))
                elif control.kind in ("group", "repeat"):
                    walk(control.children, [node])
                elif node.gpath in fields:
                    result.append(Page(title, (session.key(node),)))

    walk(session.definition.body, [session.data])
    return result


def _nodes_for(session: FormSession, control: Control, parents: list[Node]) -> list[Node]:
    found: list[Node] = []
    for parent in parents:
        found.extend(n for n in parent.iter() if n.gpath == control.gpath)
    if control.kind == "repeat":
        return found
    return found[:1] if len(parents) == 1 and len(found) > 1 else found
