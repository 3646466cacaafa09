"""The body of an XForm: its questions, groups and repeats, their labels, hints and choices.

Labels and hints are either itext references (translated, looked up per language) or literal text;
both may contain ``<output value="..."/>`` parts that a screen fills in.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from forms.instance import local_name

XF = "{http://www.w3.org/2002/xforms}"

ITEXT_REF = re.compile(r"""^\s*jr:itext\(\s*['"]([^'"]+)['"]\s*\)\s*$""")


@dataclass(frozen=True, slots=True)
class Output:
    """``<output value="..."/>`` inside a label: replaced by the expression's value."""

    expr: str


Part = str | Output


@dataclass(frozen=True, slots=True)
class Text:
    """A label, hint or message: an itext id (translated) or literal parts."""

    itext_id: str | None = None
    parts: tuple[Part, ...] = ()


@dataclass(frozen=True, slots=True)
class Choice:
    value: str
    label: Text


@dataclass(frozen=True, slots=True)
class Itemset:
    """Choices read from an instance (``choice_filter`` becomes a predicate in ``nodeset``)."""

    nodeset: str
    value_ref: str
    label_ref: str
    instance_id: str | None


@dataclass(slots=True)
class Control:
    """A body element: a question, a group or a repeat."""

    gpath: str
    kind: str  # input select1 select upload trigger range rank group repeat
    label: Text | None = None
    hint: Text | None = None
    appearance: str = ""
    mediatype: str = ""
    choices: list[Choice] | None = None
    itemset: Itemset | None = None
    children: list[Control] = field(default_factory=list)

    @property
    def field_list(self) -> bool:
        return "field-list" in self.appearance.split()


def read_parts(element: ET.Element) -> tuple[Part, ...]:
    """Text with ``<output value="..."/>`` children, whitespace collapsed as ODK shows it."""
    parts: list[Part] = []
    if element.text:
        parts.append(element.text)
    for child in element:
        if local_name(child.tag) == "output":
            ref = child.get("value") or child.get("ref") or ""
            parts.append(Output(ref.strip()))
        if child.tail:
            parts.append(child.tail)
    if parts and isinstance(parts[0], str):
        parts[0] = parts[0].lstrip()
    if parts and isinstance(parts[-1], str):
        parts[-1] = parts[-1].rstrip()
    return tuple(p for p in parts if p != "")


_CONTROL_TAGS = {"input", "select1", "select", "upload", "trigger", "range", "rank", "group"}


def read_body(parent: ET.Element, controls: dict[str, Control]) -> list[Control]:
    out: list[Control] = []
    for el in parent:
        kind = local_name(el.tag)
        if kind == "repeat":
            gpath = (el.get("nodeset") or "").strip()
            control = Control(gpath, "repeat", appearance=el.get("appearance", ""))
            control.label = read_label(el, "label")
            control.children = read_body(el, controls)
        elif kind in _CONTROL_TAGS:
            gpath = (el.get("ref") or el.get("nodeset") or "").strip()
            control = Control(gpath, kind, appearance=el.get("appearance", ""))
            control.label = read_label(el, "label")
            control.hint = read_label(el, "hint")
            control.mediatype = el.get("mediatype", "")
            if kind == "group":
                control.children = read_body(el, controls)
            if kind in ("select1", "select", "rank"):
                _read_choices(el, control)
        else:
            continue
        if gpath:
            if kind != "group" or gpath not in controls:  # a repeat wins over its group
                controls[gpath] = control
        out.append(control)
    return out


def read_label(el: ET.Element, tag: str) -> Text | None:
    child = el.find(f"{XF}{tag}")
    if child is None:
        return None
    ref = child.get("ref")
    if ref:
        m = ITEXT_REF.match(ref)
        if m:
            return Text(itext_id=m.group(1))
    return Text(parts=read_parts(child))


def _read_choices(el: ET.Element, control: Control) -> None:
    itemset = el.find(f"{XF}itemset")
    if itemset is not None:
        nodeset = itemset.get("nodeset", "")
        m = re.match(r"""\s*instance\(\s*['"]([^'"]+)['"]\s*\)""", nodeset)
        value_el = itemset.find(f"{XF}value")
        label_el = itemset.find(f"{XF}label")
        control.itemset = Itemset(
            nodeset=nodeset,
            value_ref=value_el.get("ref", "value") if value_el is not None else "value",
            label_ref=label_el.get("ref", "label") if label_el is not None else "label",
            instance_id=m.group(1) if m else None,
        )
        return
    choices: list[Choice] = []
    for item in el.findall(f"{XF}item"):
        value_el = item.find(f"{XF}value")
        value = (value_el.text or "").strip() if value_el is not None else ""
        choices.append(Choice(value, read_label(item, "label") or Text(parts=(value,))))
    control.choices = choices
