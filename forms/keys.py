"""Keys: how fields are named from outside -- ``family[2]/name``.

A key is a field's XLSForm name prefixed by its enclosing repeat instances with 1-based numbers
(``house[2]/person[1]/pname``); groups do not appear. A name the form uses for more than one node
(an XForm may repeat a name in different groups) is not enough to tell them apart: such a field's
key is its path below the root instead, groups included (``g1/a``, ``g2/a``,
``family[2]/g/a``). This is the naming of ``forms run``'s output and answers and of every
``FormSession`` method that takes a field. An instance number left out means 1; any node may also
be named by its path below the root.
"""

from __future__ import annotations

import re

from forms.definition import FormDefinition
from forms.errors import AnswerError
from forms.instance import Node

_PART = re.compile(r"^([^\[\]/]+)(?:\[(\d+)\])?$")


def key_of(definition: FormDefinition, node: Node) -> str:
    lineage: list[Node] = []  # the node and its ancestors below the root
    n: Node | None = node
    while n is not None and n.parent is not None and n.parent.parent is not None:
        lineage.append(n)
        n = n.parent
    if not lineage:
        return node.name
    if node.name in definition.ambiguous:
        steps = reversed(lineage)
    else:
        steps = reversed([n for n in lineage if n is node or n.gpath in definition.repeats])
    return "/".join(
        f"{n.name}[{n.index()}]" if n.gpath in definition.repeats else n.name for n in steps
    )


def resolve_key(definition: FormDefinition, data: Node, key: str) -> Node:
    """The node a key names; AnswerError ANS001 (no such name) or ANS005 (no such instance)."""
    matches = [_PART.match(p) for p in key.split("/")]
    parts = [m for m in matches if m is not None]
    if not parts or len(parts) != len(matches):
        raise AnswerError("ANS001", name=key)
    path = "/".join(m.group(1) for m in parts)
    if path in definition.paths:  # a path below the root: one part per step
        wanted = [int(m.group(2) or 1) for m in parts]
        steps = path.split("/")
    else:
        indexes = {m.group(1): int(m.group(2) or 1) for m in parts}
        name = parts[-1].group(1)
        gpath = definition.gpath_of(name)
        if gpath is None and name in definition.ambiguous:
            where = sorted(p for p, g in definition.paths.items() if g.endswith(f"/{name}"))
            raise AnswerError("ANS010", name=name, paths=", ".join(where))
        if gpath is None:
            raise AnswerError("ANS001", name=name)
        steps = gpath[len(data.gpath) + 1 :].split("/")
        wanted = [indexes.get(step, 1) for step in steps]
    node = data
    for step, index in zip(steps, wanted, strict=True):
        same = [c for c in node.children if c.name == step]
        if f"{node.gpath}/{step}" not in definition.repeats:
            index = 1
        if not 1 <= index <= len(same):
            raise AnswerError("ANS005", name=step, index=index)
        node = same[index - 1]
    return node
