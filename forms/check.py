"""``forms check``: does a form load, and is it fully translated?

A form author runs this before handing a form out. For each file it reports whether it loads (or
the first error, with sheet and row), its id, version and number of fields, and for every language
the form declares how many texts lack a translation there, by kind:

- ``labels``: question, group and note labels;
- ``hints``;
- ``choices``: choice labels;
- ``messages``: constraint and required messages.

A text counts as missing in a language when the language has no text for it, or only pyxform's
``-`` placeholder, while another language has it. One line per form (``format_line``), or JSON.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from forms.definition import FormDefinition, is_placeholder
from forms.errors import FormError
from forms.load import load_form
from forms.media import instances_with_media, media_beside

KINDS = ("labels", "hints", "choices", "messages")


@dataclass(slots=True)
class LanguageGaps:
    language: str
    labels: int = 0
    hints: int = 0
    choices: int = 0
    messages: int = 0
    missing_ids: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.labels + self.hints + self.choices + self.messages


@dataclass(slots=True)
class CheckReport:
    path: str
    loaded: bool
    error: str | None = None
    code: str | None = None
    form_id: str = ""
    version: str = ""
    fields: int = 0
    languages: list[LanguageGaps] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def complete_translations(self) -> bool:
        return all(g.total == 0 for g in self.languages)

    @property
    def ok(self) -> bool:
        return self.loaded and self.complete_translations

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["ok"] = self.ok
        for lang in out["languages"]:
            lang["total"] = sum(lang[k] for k in KINDS)
        return out


def _usage(definition: FormDefinition) -> dict[str, str]:
    """Which kind of text each itext id is, from where the form uses it."""
    kinds: dict[str, str] = {}
    for control in definition.controls.values():
        for text, kind in ((control.label, "labels"), (control.hint, "hints")):
            if text is not None and text.itext_id:
                kinds[text.itext_id] = kind
        for choice in control.choices or ():
            if choice.label.itext_id:
                kinds[choice.label.itext_id] = "choices"
        if control.itemset is not None and control.itemset.instance_id:
            doc = definition.secondary.get(control.itemset.instance_id)
            for node in doc.iter() if doc is not None else ():
                if node.name == "itextId" and node.value:
                    kinds[node.value] = "choices"
    for bind in definition.binds.values():
        for text in (bind.constraint_msg, bind.required_msg):
            if text is not None and text.itext_id:
                kinds[text.itext_id] = "messages"
    return kinds


def _kind(text_id: str) -> str:
    """The kind of a text no part of the form names, guessed from pyxform's id scheme."""
    if text_id.endswith(":hint") or text_id.endswith(":guidance_hint"):
        return "hints"
    if text_id.endswith(":jr:constraintMsg") or text_id.endswith(":jr:requiredMsg"):
        return "messages"
    if ":" in text_id:
        return "labels"
    return "choices"  # pyxform names choice texts ``list-N``


def translation_gaps(definition: FormDefinition) -> list[LanguageGaps]:
    """Per declared language, the texts another language has and this one lacks."""
    present: dict[str, set[str]] = {}
    for lang, texts in definition.itext.items():
        present[lang] = {
            tid for tid, forms in texts.items() if "" in forms and not is_placeholder(forms[""])
        }
    wanted: set[str] = set().union(*present.values()) if present else set()
    usage = _usage(definition)
    result: list[LanguageGaps] = []
    for lang in definition.languages:
        gaps = LanguageGaps(lang)
        for tid in sorted(wanted - present.get(lang, set())):
            kind = usage.get(tid) or _kind(tid)
            setattr(gaps, kind, getattr(gaps, kind) + 1)
            gaps.missing_ids.append(tid)
        result.append(gaps)
    return result


def check_file(path: str | Path) -> CheckReport:
    try:
        definition = load_form(path)
        media = media_beside(Path(path), definition)
        instances_with_media(definition, media)  # a data file beside the form must read
    except FormError as exc:
        return CheckReport(str(path), loaded=False, error=str(exc), code=exc.code)
    for file_name in sorted(set(definition.external.values()) - set(media)):
        definition.warnings.append(
            f"the form reads the data file '{file_name}', which is not beside it (nor in "
            f"'{Path(path).stem}-media/'): its choices and pulldata() stay blank until the app "
            "supplies it"
        )
    return CheckReport(
        str(path),
        loaded=True,
        form_id=definition.form_id,
        version=definition.version,
        fields=len(definition.fields),
        languages=translation_gaps(definition),
        warnings=list(definition.warnings),
    )


def format_line(report: CheckReport) -> str:
    """One human-readable line, e.g.::

    intake.xlsx: ok, form 'intake' version '3', 41 fields; English (en) complete;
      Khmer (km) missing 2 labels, 1 message
    """
    if not report.loaded:
        return f"{report.path}: error {report.error}"
    head = f"{report.path}: {'ok' if report.ok else 'incomplete translations'}, "
    head += f"form '{report.form_id}' version '{report.version}', {report.fields} fields"
    if report.warnings:
        count = len(report.warnings)
        head += f", {count} warning{'s' if count > 1 else ''} (see --json)"
    if not report.languages:
        return head + "; one language"
    parts: list[str] = []
    for gaps in report.languages:
        if gaps.total == 0:
            parts.append(f"{gaps.language} complete")
            continue
        counts = [
            f"{getattr(gaps, k)} {k[:-1] if getattr(gaps, k) == 1 else k}"
            for k in KINDS
            if getattr(gaps, k)
        ]
        parts.append(f"{gaps.language} missing {', '.join(counts)}")
    return head + "; " + "; ".join(parts)
