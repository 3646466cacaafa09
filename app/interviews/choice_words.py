"""Words for the codes cases hold: the choice labels of the form that opens cases (the intake), in
the language asked for. The supervisors' overview (app/cases/overview.py) counts codes; the words
for them come from here, since the case domain does not read forms.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from app.cases.book import CITIZENSHIP
from app.cases.overview import EXPLOITATION, Words
from app.errors import BadInput
from app.interviews.case_actions import form_for
from app.interviews.form_library import FormLibrary
from forms.entities import CREATE

KINDS = {"citizenship": CITIZENSHIP, "exploitation": EXPLOITATION}


def labels_for(
    codes: Mapping[str, Iterable[str]], language: str | None, library: FormLibrary | None = None
) -> dict[str, dict[str, str]]:
    """The intake form's choice labels, in ``language`` (a code such as ``km``; the form's default
    language when it has not that one), of ``codes`` per kind (``citizenship``, ``exploitation``).
    A code the form does not offer is left out (the screen shows the code), and so is every code
    when no form opens cases."""
    from forms import FormSession
    from forms.display import choice_label

    library = library or FormLibrary()
    form_id = form_for(library, CREATE)
    if form_id is None:
        return {kind: {} for kind in codes}
    try:
        definition = library.get(form_id)
    except BadInput:  # every version withdrawn
        return {kind: {} for kind in codes}
    session = FormSession(definition, language=language)
    labels: dict[str, dict[str, str]] = {}
    for kind, wanted in codes.items():
        gpath = definition.names.get(KINDS.get(kind, kind))
        found = {c: choice_label(session, gpath, c) for c in wanted if c} if gpath else {}
        labels[kind] = {c: text for c, text in found.items() if text}
    return labels


def words_from(library: FormLibrary) -> Words:
    """The overview's ``words``, read from ``library`` (keep it between calls: forms load once)."""

    def words(
        codes: Mapping[str, Iterable[str]], language: str | None
    ) -> dict[str, dict[str, str]]:
        return labels_for(codes, language, library)

    return words
