"""Drafts and finished submissions: what leaves a session.

A *draft* is everything needed to resume: the whole primary instance (non-relevant answers too, so
switching a group back restores them), the language, the form's id and version. It is a JSON-able
dict (``to_draft``) or UTF-8 bytes (``draft_bytes``); the app encrypts and stores it -- this
package never writes files.

A *submission* is what ODK would send: the instance XML without non-relevant nodes (inherited
relevance), with ``meta/instanceID``, the form id and version on the root; plus the same data as
JSON (groups as objects, repeats as lists of objects, values as strings).
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Any

from forms.definition import FormDefinition
from forms.errors import AnswerError
from forms.instance import Node, document, to_element
from forms.normalise import TextNormaliser
from forms.repeats import stamp_instance
from forms.session import FormSession

DRAFT_FORMAT = "fieldcase-draft/1"


def to_draft(session: FormSession) -> dict[str, Any]:
    """The session as a JSON-able dict (see ``resume``)."""
    definition = session.definition
    return {
        "format": DRAFT_FORMAT,
        "form_id": definition.form_id,
        "version": definition.version,
        "language": session.language,
        "instance": ET.tostring(to_element(session.data), encoding="unicode"),
    }


def draft_bytes(session: FormSession) -> bytes:
    return json.dumps(to_draft(session), ensure_ascii=False, sort_keys=True).encode("utf-8")


def resume(
    definition: FormDefinition,
    draft: dict[str, Any] | bytes,
    *,
    normaliser: TextNormaliser | None = None,
    **session_options: Any,
) -> FormSession:
    """A session continuing ``draft``; AnswerError (ANS007) if it belongs to another form."""
    if isinstance(draft, bytes):
        try:
            draft = json.loads(draft.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise AnswerError("ANS007", detail=f"not a draft: {exc}") from None
    if not isinstance(draft, dict) or draft.get("format") != DRAFT_FORMAT:
        raise AnswerError("ANS007", detail="not a fieldcase draft")
    if draft.get("form_id") != definition.form_id:
        raise AnswerError("ANS007", detail=f"form '{draft.get('form_id')}'")
    try:
        element = ET.fromstring(str(draft.get("instance", "")))
    except ET.ParseError as exc:
        raise AnswerError("ANS007", detail=f"damaged instance: {exc}") from None
    instance = definition.primary.copy()
    _overlay(definition, instance.children[0], document(element, strip=False).children[0])
    session_options.setdefault("language", draft.get("language"))
    return FormSession(definition, normaliser=normaliser, instance=instance, **session_options)


def _overlay(definition: FormDefinition, fresh: Node, saved: Node) -> None:
    """Copy a draft's answers onto a fresh instance of the form, matching by name and repeat
    instance, so a draft survives a new version of its form: questions added since start blank,
    answers to questions removed since are dropped."""
    fresh.value = saved.value if not fresh.children else fresh.value
    fresh.attrs.update({k: v for k, v in saved.attrs.items() if k not in ("id", "version")})
    names = list(dict.fromkeys(c.name for c in saved.children))
    for name in names:
        saved_children = [c for c in saved.children if c.name == name]
        gpath = f"{fresh.gpath}/{name}"
        if gpath in definition.repeats:
            for old in [c for c in fresh.children if c.gpath == gpath]:
                fresh.children.remove(old)
            for item in saved_children:
                _overlay(definition, stamp_instance(definition, fresh, gpath), item)
            continue
        target = fresh.child(name)
        if target is not None:
            _overlay(definition, target, saved_children[0])


@dataclass(frozen=True, slots=True)
class Submission:
    form_id: str
    version: str
    instance_id: str
    xml: bytes
    data: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return {
            "form_id": self.form_id,
            "version": self.version,
            "instance_id": self.instance_id,
            "data": self.data,
        }


def finish(session: FormSession, allow_incomplete: bool = False) -> Submission:
    """Stamp ``end``, check completeness, and build the submission (XML and JSON)."""
    session.stamp_end()
    invalid = session.validate()
    if invalid and not allow_incomplete:
        names = ", ".join(s.key for s in invalid[:5]) + (", ..." if len(invalid) > 5 else "")
        raise AnswerError("ANS008", detail=f"{len(invalid)} field(s) to fix: {names}")
    pruned = _relevant_copy(session, session.data)
    assert pruned is not None  # the root is always relevant
    definition = session.definition
    pruned.attrs["id"] = definition.form_id
    if definition.version:
        pruned.attrs["version"] = definition.version
    meta = pruned.child("meta")
    instance_id = ""
    if meta is not None and meta.child("instanceID") is not None:
        instance_id = meta.child("instanceID").value  # type: ignore[union-attr]
    body = ET.tostring(to_element(pruned), encoding="unicode")
    xml = f"<?xml version='1.0' encoding='UTF-8'?>\n{body}".encode()
    return Submission(
        form_id=definition.form_id,
        version=definition.version,
        instance_id=instance_id,
        xml=xml,
        data=_as_json(session, pruned),
    )


def _relevant_copy(session: FormSession, node: Node) -> Node | None:
    if not node.relevant:
        return None
    clone = Node(node.name, None, node.value)
    clone.gpath = node.gpath
    clone.attrs = {k: v for k, v in node.attrs.items() if k != "template"}
    for c in node.children:
        kept = _relevant_copy(session, c)
        if kept is not None:
            clone.append(kept)
    return clone


def _as_json(session: FormSession, node: Node) -> dict[str, Any]:
    """Groups as objects, repeats as lists of objects, leaves as their string values."""
    definition = session.definition
    out: dict[str, Any] = {}
    for c in node.children:
        if c.gpath in definition.repeats:
            out.setdefault(c.name, []).append(_as_json(session, c))
        elif c.children or c.gpath in definition.groups:
            out[c.name] = _as_json(session, c)
        else:
            out[c.name] = c.value
    return out
