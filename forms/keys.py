"""Keys: how fields are named from outside -- ``family[2]/name``.

A key is a field's XLSForm name prefixed by its enclosing repeat instances with 1-based numbers
(``house[2]/person[1]/pname``); groups do not appear. This is the naming of ``forms run``'s output
and of every ``FormSession`` method that takes a field. An instance number left out means 1.
"""

from __future__ import annotations

import re

from forms.definition import FormDefinition
from forms.errors import AnswerError
from forms.instance import Node

_PART = re.compile(r"^([^\[\]/]+)(?:\[(\d+)\])?$")


def key_of(definition: FormDefinition, node: Node) -> str:
    own = node.gpath in definition.repeats
    parts = [f"{node.name}[{node.index()}]" if own else node.name]
    for a in node.ancestors():
        if a.gpath in definition.repeats:
            parts.append(f"{a.name}[{a.index()}]")
    return "/".join(reversed(parts))


def resolve_key(definition: FormDefinition, data: Node, key: str) -> Node:
    """The node a key names; AnswerError ANS001 (no such name) or ANS005 (no such instance)."""
    matches = [_PART.match(p) for p in key.split("/")]
    parts = [m for m in matches if m is not None]
    if not parts or len(parts) != len(matches):
        raise AnswerError("ANS001", name=key)
    indexes = {m.group(1): int(m.group(2) or 1) for m in parts}
    name = parts[-1].group(1)
    gpath = definition.names.get(name)
    if gpath is None:
        raise AnswerError("ANS001", name=name)
    node = data
    for step in gpath[len(data.gpath) + 1 :].split("/"):
        same = [c for c in node.children if c.name == step]
        wanted = indexes.get(step, 1) if f"{node.gpath}/{step}" in definition.repeats else 1
        if not 1 <= wanted <= len(same):
            raise AnswerError("ANS005", name=step, index=wanted)
        node = same[wanted - 1]
    return node
