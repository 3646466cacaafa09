"""Repeat instances: where a new one comes from and where it goes in the instance.

A new instance is a copy of the repeat's template (``jr:template``; without one, the first
instance blanked), placed after the last instance -- or, for a first instance, after the siblings
that come before the repeat in the form, so the submission keeps the form's order.
"""

from __future__ import annotations

from forms.definition import FormDefinition
from forms.errors import AnswerError
from forms.instance import Node


def stamp_instance(definition: FormDefinition, holder: Node, gpath: str) -> Node:
    """Add a new blank instance of repeat ``gpath`` under ``holder``; returns it."""
    template = definition.templates.get(gpath)
    if template is None:
        first = next((c for c in holder.children if c.gpath == gpath), None)
        if first is None:
            raise AnswerError("ANS001", name=gpath.rsplit("/", 1)[-1])
        template = first.copy()
        for n in template.iter():
            n.value = ""
    new = template.copy(holder)
    siblings = [i for i, c in enumerate(holder.children) if c.gpath == gpath]
    at = siblings[-1] + 1 if siblings else insert_point(definition, holder, gpath)
    holder.children.insert(at, new)
    return new


def insert_point(definition: FormDefinition, holder: Node, gpath: str) -> int:
    """Where a first instance goes: after the siblings that precede it in the form."""
    order = definition.child_order.get(holder.gpath, [])
    name = gpath.rsplit("/", 1)[-1]
    if name not in order:
        return len(holder.children)
    before = set(order[: order.index(name)])
    at = 0
    for i, c in enumerate(holder.children):
        if c.name in before:
            at = i + 1
    return at
