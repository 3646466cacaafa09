"""The instance tree: the data a form collects, as XPath sees it.

A ``Node`` is an element of an XForm instance (the primary instance, or a secondary one such as a
choice list). XPath expressions are evaluated directly over these nodes, so the tree stays small
and fast: a name, a string value, attributes, children and a parent. ``gpath`` is the *generic*
path (no repeat indexes, e.g. ``/data/family/name``); logic is compiled per generic path and run
per concrete node.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator


class Node:
    """One element of an instance. ``value`` is its text (leaves); groups hold children."""

    __slots__ = ("attrs", "children", "gpath", "name", "parent", "relevant", "value")

    def __init__(self, name: str, parent: Node | None = None, value: str = "") -> None:
        self.name = name
        self.parent = parent
        self.value = value
        self.children: list[Node] = []
        self.attrs: dict[str, str] = {}
        self.relevant = True  # inherited relevance, kept by the session (primary instance only)
        self.gpath: str = f"{parent.gpath}/{name}" if parent is not None else ""

    def __repr__(self) -> str:
        return f"Node({self.path()!r}, {self.value!r})"

    def append(self, child: Node) -> Node:
        child.parent = self
        self.children.append(child)
        return child

    def child(self, name: str) -> Node | None:
        for c in self.children:
            if c.name == name:
                return c
        return None

    def string_value(self) -> str:
        """XPath string-value: the node's text, or the concatenated text of its descendants.

        A non-relevant node reads as blank, as in JavaRosa (``node.isRelevant() ? value : null``):
        an answer hidden by relevance no longer feeds the form's logic, though it is kept.
        """
        if not self.relevant:
            return ""
        if not self.children:
            return self.value
        return "".join(c.string_value() for c in self.children)

    def iter(self) -> Iterator[Node]:
        """This node and its descendants in document order."""
        yield self
        for c in self.children:
            yield from c.iter()

    def index(self) -> int:
        """1-based position among same-named siblings (the repeat instance number)."""
        if self.parent is None:
            return 1
        i = 0
        for c in self.parent.children:
            if c.name == self.name:
                i += 1
            if c is self:
                return i
        return i

    def path(self) -> str:
        """Concrete path with 1-based indexes on repeated names, e.g. ``/data/family[2]/name``."""
        parts: list[str] = []
        node: Node | None = self
        while node is not None and node.parent is not None:  # the document node has no name
            parent = node.parent
            if sum(1 for c in parent.children if c.name == node.name) > 1:
                parts.append(f"{node.name}[{node.index()}]")
            else:
                parts.append(node.name)
            node = parent
        return "/" + "/".join(reversed(parts))

    def ancestors(self) -> Iterator[Node]:
        node = self.parent
        while node is not None:
            yield node
            node = node.parent

    def root(self) -> Node:
        node = self
        while node.parent is not None:
            node = node.parent
        return node

    def copy(self, parent: Node | None = None) -> Node:
        """A deep copy (used to stamp out repeat instances from their template)."""
        clone = Node(self.name, parent, self.value)
        clone.gpath = self.gpath
        clone.attrs = dict(self.attrs)
        for c in self.children:
            clone.children.append(c.copy(clone))
        return clone


class Attr:
    """An attribute seen as an XPath node (``@id``); read-only."""

    __slots__ = ("name", "parent", "value")

    def __init__(self, name: str, value: str, parent: Node) -> None:
        self.name = name
        self.value = value
        self.parent = parent

    def string_value(self) -> str:
        return self.value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Attr) and other.parent is self.parent and other.name == self.name

    def __hash__(self) -> int:
        return hash((id(self.parent), self.name))


def document(element: ET.Element, instance_id: str | None = None, strip: bool = True) -> Node:
    """A document node (XPath's root, ``/``) holding the tree of ``element``.

    The primary instance's document has gpath ``""`` so its element is ``/data``; a secondary
    instance's is ``instance(ID)`` so its paths never collide with the primary instance's.
    """
    doc = Node("#document")
    if instance_id is not None:
        doc.gpath = f"instance({instance_id})"
    doc.children.append(from_element(element, doc, strip))
    return doc


def local_name(tag: str) -> str:
    return tag.rsplit("}", 1)[-1] if tag.startswith("{") else tag


def from_element(element: ET.Element, parent: Node | None = None, strip: bool = True) -> Node:
    """Build a node tree from an ElementTree element (namespaces dropped from names).

    ``strip`` drops the whitespace around text (an XForm's layout); a draft's instance is read
    with ``strip=False``, since an answer's own spaces are part of it."""
    text = element.text or ""
    node = Node(local_name(element.tag), parent, text.strip() if strip else text)
    for key, value in element.attrib.items():
        node.attrs[local_name(key)] = value
    for child in element:
        node.children.append(from_element(child, node, strip))
    if node.children:
        node.value = ""
    return node


# What XML 1.0 cannot hold: C0 controls but tab, newline and return; surrogates; U+FFFE/U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """``text`` without the characters an XML document cannot carry (a pasted control
    character, a value decoded from base64): they would make the draft unreadable."""
    return _NOT_XML.sub("", text)


def to_element(node: Node) -> ET.Element:
    """The node tree as ElementTree elements (for the submission XML)."""
    element = ET.Element(node.name, {k: v for k, v in node.attrs.items() if k != "template"})
    if node.children:
        for c in node.children:
            element.append(to_element(c))
    else:
        element.text = xml_text(node.value)
    return element
