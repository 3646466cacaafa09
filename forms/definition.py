"""FormDefinition: an XForm read into what a session needs -- fields, binds, texts and choices.

Built from XForm XML (what pyxform produces, or what another tool wrote). The definition is
immutable after loading and shared by every session of the form; sessions copy its instance.
Every problem is a ``FormLoadError`` naming the element (or, for XLSForms, the sheet and row that
``locate`` maps an instance path to).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from forms.body import (
    ITEXT_REF,
    Choice,
    Control,
    Itemset,
    Output,
    Part,
    Text,
    read_body,
    read_parts,
)
from forms.errors import FormLoadError, Location
from forms.instance import Node, document, local_name

XF = "{http://www.w3.org/2002/xforms}"
H = "{http://www.w3.org/1999/xhtml}"
JR = "{http://openrosa.org/javarosa}"
ENTITIES = "{http://www.opendatakit.org/xforms/entities}"
ODK = "{http://www.opendatakit.org/xforms}"
# What a form does to a case, declared on its binds (forms/entities.py): ``bind::fieldcase:...``
# columns of the XLSForm, under this namespace (the settings sheet's ``namespaces``).
FIELDCASE_NS = "urn:fieldcase:xforms"
FIELDCASE = "{" + FIELDCASE_NS + "}"

if TYPE_CHECKING:
    from forms.graph import LogicGraph

Locate = Callable[[str, str], Location]  # (instance path, attribute/column) -> location


@dataclass(slots=True)
class Bind:
    gpath: str
    type: str = "string"
    calculate: str | None = None
    relevant: str | None = None
    required: str | None = None
    constraint: str | None = None
    readonly: str | None = None
    constraint_msg: Text | None = None
    required_msg: Text | None = None
    preload: str | None = None
    preload_params: str | None = None
    save_to: str | None = None  # ODK entities: the case property this answer is saved to
    case_action: str | None = None  # fieldcase:case_action: what the form does to its case
    case_role: str | None = None  # fieldcase:case_role: what this answer is to that action


@dataclass(slots=True)
class Field:
    """A leaf the form collects or computes (what ``forms run`` lists)."""

    name: str
    gpath: str
    kind: str  # question calculate note metadata hidden
    qtype: str  # XLSForm-like type: integer select_one image geopoint ...
    control: Control | None
    bind: Bind


@dataclass(frozen=True, slots=True)
class SetValue:
    event: str  # odk-instance-first-load, odk-new-repeat, xforms-value-changed
    ref: str
    value: str | None
    source: str = ""  # xforms-value-changed: the question whose change fires it (XLSForm trigger)
    geopoint: bool = False  # odk:setgeopoint: the value is the device's location, not ``value``


@dataclass(slots=True)
class FormDefinition:
    form_id: str
    version: str
    title: str
    xml: str
    primary: Node  # document node of the primary instance, repeat templates removed
    templates: dict[str, Node]  # repeat gpath -> template instance
    initial_counts: dict[str, int]  # repeat gpath -> instances the form starts with
    secondary: dict[str, Node]
    external: dict[str, str]  # instance id -> file name (jr://file-csv/cases.csv -> cases.csv)
    binds: dict[str, Bind]
    body: list[Control]
    controls: dict[str, Control]
    fields: list[Field]
    repeats: dict[str, str | None]  # repeat gpath -> jr:count expression
    groups: set[str]
    itext: dict[str, dict[str, dict[str, tuple[Part, ...]]]]  # lang -> id -> form -> parts
    languages: list[str]
    default_language: str | None
    setvalues: list[SetValue]
    names: dict[str, str]  # XLSForm name -> gpath (the first, for a name used twice)
    locate: Locate
    child_order: dict[str, list[str]]  # gpath -> names of its children, templates included
    warnings: list[str] = field(default_factory=list)
    logic: LogicGraph | None = None
    paths: dict[str, str] = field(default_factory=dict)  # path below the root -> gpath
    ambiguous: set[str] = field(default_factory=set)  # names used by more than one node

    def gpath_of(self, name: str) -> str | None:
        """The gpath a name, a path below the root (``g1/a``) or a gpath stands for; None when
        there is none, or when a name is used in two places (say which by its path)."""
        gpath = self.paths.get(name)
        if gpath is not None:
            return gpath
        if name in self.ambiguous:
            return None
        if name.startswith("/"):
            return name if self.paths.get(name.split("/", 2)[-1]) == name else None
        return self.names.get(name)

    def field(self, name: str) -> Field | None:
        gpath = self.names.get(name)
        return next((f for f in self.fields if f.gpath == gpath), None)

    def resolve_language(self, code: str | None) -> str | None:
        """``km`` -> ``Khmer (km)``; an exact name also works; else the default language."""
        if code:
            for lang in self.languages:
                if lang == code or lang.endswith(f"({code})") or lang.lower() == code.lower():
                    return lang
        return self.default_language

    def text(self, text: Text | None, lang: str | None, form: str = "") -> tuple[Part, ...]:
        """The parts of ``text`` in ``lang``; falls back to the default language, then any."""
        if text is None:
            return ()
        if text.itext_id is None:
            return text.parts
        order = [lang, self.default_language, *self.languages]
        for candidate in order:
            if candidate is None:
                continue
            forms = self.itext.get(candidate, {}).get(text.itext_id)
            if forms is not None and form in forms and not is_placeholder(forms[form]):
                return forms[form]
        return ()


def is_placeholder(parts: tuple[Part, ...]) -> bool:
    """pyxform writes ``-`` where a translation is missing; we treat it as missing."""
    return parts == ("-",) or parts == ()


_TYPE_NAMES = {
    "int": "integer",
    "decimal": "decimal",
    "date": "date",
    "time": "time",
    "dateTime": "datetime",
    "geopoint": "geopoint",
    "geotrace": "geotrace",
    "geoshape": "geoshape",
    "barcode": "barcode",
    "boolean": "boolean",
}


def element_location(tag: str, attr: str, value: str) -> Location:
    return Location(element=f'<{tag} {attr}="{value}">')


def xform_locate(gpath: str, attribute: str) -> Location:
    return Location(element=f'<bind nodeset="{gpath}">', column=attribute or None)


def read_xform(xml: str, locate: Locate = xform_locate) -> FormDefinition:
    """Read XForm XML into a FormDefinition; raises FormLoadError naming the element."""
    try:
        root = ET.fromstring(xml)
    except ET.ParseError as exc:
        raise FormLoadError("FORM004", detail=str(exc)) from exc
    head = root.find(f"{H}head")
    model = head.find(f"{XF}model") if head is not None else None
    body = root.find(f"{H}body")
    if head is None or model is None:
        raise FormLoadError("FORM005", what="<h:head><model> element")
    instances = model.findall(f"{XF}instance")
    if not instances or len(instances[0]) == 0:
        raise FormLoadError("FORM005", what="primary <instance> in its <model>")
    main_el = instances[0][0]
    title_el = head.find(f"{H}title")
    primary = document(main_el)
    data = primary.children[0]
    child_order = {n.gpath: [c.name for c in n.children] for n in data.iter() if n.children}
    templates, initial = _split_templates(data)
    secondary = {
        # an external instance (src="jr://file-csv/...") is not shipped with the form: empty
        inst.get("id", ""): document(inst[0] if len(inst) else ET.Element("root"), inst.get("id"))
        for inst in instances[1:]
        if inst.get("id")
    }
    external = {
        inst.get("id", ""): src.rsplit("/", 1)[-1]
        for inst in instances[1:]
        if inst.get("id") and (src := inst.get("src") or "").startswith("jr://")
    }
    itext, languages, default = _read_itext(model)
    binds = _read_binds(model, locate)
    setvalues = _read_setvalues(model, body)
    controls: dict[str, Control] = {}
    body_controls = read_body(body, controls) if body is not None else []
    repeats: dict[str, str | None] = {
        c.gpath: None for c in controls.values() if c.kind == "repeat"
    }
    if body is not None:
        for rep in body.iter(f"{XF}repeat"):
            count = rep.get(f"{JR}count")
            repeats[rep.get("nodeset", "")] = count.strip() if count else None
    for gpath in templates:
        repeats.setdefault(gpath, None)
    groups = {c.gpath for c in controls.values() if c.kind == "group"}
    definition = FormDefinition(
        form_id=main_el.get("id", local_name(main_el.tag)),
        version=main_el.get("version", ""),
        title=(title_el.text or "") if title_el is not None else "",
        xml=xml,
        primary=primary,
        templates=templates,
        initial_counts=initial,
        secondary=secondary,
        external=external,
        binds=binds,
        body=body_controls,
        controls=controls,
        fields=[],
        repeats=repeats,
        groups=groups,
        itext=itext,
        languages=languages,
        default_language=default,
        setvalues=setvalues,
        names={},
        locate=locate,
        child_order=child_order,
    )
    _collect_fields(definition, data)
    from forms.static_checks import check_expressions

    check_expressions(definition)  # every expression parses, calls known functions, reads paths
    from forms.entities import check_declaration

    check_declaration(definition)  # what the form does to a case can be done
    from forms.graph import LogicGraph

    definition.logic = LogicGraph.build(definition)  # a calculation cycle fails the load here
    return definition


def _split_templates(data: Node) -> tuple[dict[str, Node], dict[str, int]]:
    """Take repeat templates out of the instance; remember how many instances it starts with."""
    templates: dict[str, Node] = {}
    counts: dict[str, int] = {}
    for node in list(data.iter()):
        if node.parent is None:
            continue
        if "template" in node.attrs:
            template = node.copy()
            template.attrs.pop("template", None)
            templates[node.gpath] = template
            node.parent.children.remove(node)
    for node in data.iter():
        if node.gpath in templates:
            counts[node.gpath] = counts.get(node.gpath, 0) + 1
    for gpath in templates:
        counts.setdefault(gpath, 0)
    return templates, counts


def _read_itext(
    model: ET.Element,
) -> tuple[dict[str, dict[str, dict[str, tuple[Part, ...]]]], list[str], str | None]:
    itext: dict[str, dict[str, dict[str, tuple[Part, ...]]]] = {}
    languages: list[str] = []
    default: str | None = None
    block = model.find(f"{XF}itext")
    if block is None:
        return itext, languages, default
    for translation in block.findall(f"{XF}translation"):
        lang = translation.get("lang", "")
        languages.append(lang)
        if translation.get("default") is not None and default is None:
            default = lang
        texts = itext.setdefault(lang, {})
        for text in translation.findall(f"{XF}text"):
            forms = texts.setdefault(text.get("id", ""), {})
            for value in text.findall(f"{XF}value"):
                forms[value.get("form", "")] = read_parts(value)
    if default is None and languages:  # pyxform's unnamed language is "default"
        default = "default" if "default" in languages else languages[0]
    return itext, languages, default


def _message(value: str | None) -> Text | None:
    if value is None:
        return None
    m = ITEXT_REF.match(value)
    if m:
        return Text(itext_id=m.group(1))
    return Text(parts=(value,))


def _read_binds(model: ET.Element, locate: Locate) -> dict[str, Bind]:
    binds: dict[str, Bind] = {}
    for el in model.findall(f"{XF}bind"):
        gpath = (el.get("nodeset") or el.get("ref") or "").strip()
        if not gpath:
            raise FormLoadError("FORM005", element_location("bind", "nodeset", ""), what="nodeset")
        bind = binds.setdefault(gpath, Bind(gpath))
        bind.type = local_name(el.get("type", bind.type)).split(":")[-1]
        for attr in ("calculate", "relevant", "required", "constraint", "readonly"):
            if el.get(attr) is not None:
                setattr(bind, attr, el.get(attr))
        bind.constraint_msg = _message(el.get(f"{JR}constraintMsg")) or bind.constraint_msg
        bind.required_msg = _message(el.get(f"{JR}requiredMsg")) or bind.required_msg
        bind.preload = el.get(f"{JR}preload") or bind.preload
        bind.preload_params = el.get(f"{JR}preloadParams") or bind.preload_params
        bind.save_to = el.get(f"{ENTITIES}saveto") or bind.save_to
        bind.case_action = el.get(f"{FIELDCASE}case_action") or bind.case_action
        bind.case_role = el.get(f"{FIELDCASE}case_role") or bind.case_role
    return binds


def _read_setvalues(model: ET.Element, body: ET.Element | None) -> list[SetValue]:
    """setvalue actions; one inside a body control fires when that control's value changes."""
    found: list[SetValue] = []
    actions = (f"{XF}setvalue", f"{ODK}setgeopoint")
    pairs = [(el, "") for tag in actions for el in model.iter(tag)]
    if body is not None:
        for control in body.iter():
            for tag in actions:
                for el in control.findall(tag):
                    pairs.append((el, (control.get("ref") or "").strip()))
    for el, source in pairs:
        geopoint = el.tag == f"{ODK}setgeopoint"
        value = el.get("value")
        if value is None and not geopoint:
            text = el.text or ""
            value = f"'{text}'" if "'" not in text else f'"{text}"'
        for event in (el.get("event") or "").split():
            ref = (el.get("ref") or "").strip()
            found.append(SetValue(event, ref, value, source, geopoint))
    return found


def _collect_fields(definition: FormDefinition, data: Node) -> None:
    """Every leaf of the primary instance (and of repeat templates), in document order."""
    seen: set[str] = set()

    def visit(node: Node) -> None:
        template = definition.templates.get(node.gpath)
        source = template if template is not None else node
        if source.gpath in seen:
            return
        seen.add(source.gpath)
        name = source.name
        if source.gpath != data.gpath:
            if definition.names.setdefault(name, source.gpath) != source.gpath:
                definition.ambiguous.add(name)
            definition.paths[source.gpath[len(data.gpath) + 1 :]] = source.gpath
        if not source.children and source.gpath not in definition.repeats:
            if not source.gpath.startswith(f"{data.gpath}/meta/"):
                definition.fields.append(_field(definition, source))
            return
        for c in source.children:
            visit(c)

    for c in data.children:
        visit(c)
    for gpath in definition.templates:
        if gpath not in seen:
            visit(definition.templates[gpath])


def _field(definition: FormDefinition, node: Node) -> Field:
    bind = definition.binds.get(node.gpath) or Bind(node.gpath)
    control = definition.controls.get(node.gpath)
    qtype = _TYPE_NAMES.get(bind.type, "text")
    if control is None:
        if bind.preload:
            kind, qtype = "metadata", bind.preload_params or bind.preload
        elif bind.calculate is not None:
            kind, qtype = "calculate", "calculate"
        else:
            kind, qtype = "hidden", "hidden"
    else:
        kind = "question"
        if control.kind == "select1":
            qtype = "select_one"
        elif control.kind in ("select", "rank"):
            qtype = "select_multiple" if control.kind == "select" else "rank"
        elif control.kind == "upload":
            qtype = "image" if control.mediatype.startswith("image") else "file"
        elif control.kind == "trigger":
            qtype = "acknowledge"
        elif control.kind == "range":
            qtype = "range"
        elif bind.readonly and bind.readonly.strip() == "true()" and bind.calculate is None:
            kind, qtype = "note", "note"
    return Field(node.name, node.gpath, kind, qtype, control, bind)


__all__ = ["Choice", "Control", "Itemset", "Output", "Part", "Text"]
