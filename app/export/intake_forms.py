"""Which forms an export reads as intakes (the forms that open cases), and which intake's labels a
de-identified table in a language reads: found from the versions the submissions here were made
on, each read from the workspace's own copy (milliseconds) rather than by converting the shipped
XLSForms (seconds)."""

from __future__ import annotations

from app.errors import BadInput
from app.interviews.case_actions import declaration_of, form_for
from app.interviews.form_library import FormLibrary, version_key
from app.workspace.session import Session
from forms import FormDefinition
from forms.entities import CASES, CREATE


def intake_forms(session: Session, library: FormLibrary) -> list[str]:
    """The ids of the forms with submissions here of which some version declares that it opens
    cases (the intakes). A form without submissions has none to read, so it is not looked at."""
    return sorted({definition.form_id for definition in intake_versions(session, library)})


def intake_versions(session: Session, library: FormLibrary) -> list[FormDefinition]:
    """The versions submissions here were made on that declare that they open cases (the
    intakes), found from the versions the submissions were made on, each read from the
    workspace's copy (``FormLibrary.stored``, milliseconds) where it holds one, else the
    library's (the shipped XLSForms converted, seconds)."""
    found: list[FormDefinition] = []
    versions = session.store.query("SELECT DISTINCT form_id, form_version FROM submissions")
    for form_id, version in sorted((str(r[0]), str(r[1])) for r in versions):
        definition = library.stored(form_id, version)
        if definition is None:
            try:
                definition = library.get(form_id, version)
            except BadInput:  # not on this laptop: its submissions cannot be read as intakes
                continue
        declaration = declaration_of(definition)
        if declaration is not None and (declaration.dataset, declaration.action) == (CASES, CREATE):
            found.append(definition)
    return found


def labelling_intake(session: Session, library: FormLibrary) -> FormDefinition | None:
    """The intake form whose labels a de-identified table in a language reads: the newest
    version the people's intakes were made on (a form the team published before a shipped one,
    then by id), read as the plain export reads its forms, from the workspace's copy. Only with
    no intake submitted at all is the library asked which form a new intake would use, which
    converts every shipped XLSForm (seconds); None when no form opens cases or every version
    of it was withdrawn (the codes stay)."""
    made_on = intake_versions(session, library)
    if made_on:
        published = {
            (str(r[0]), str(r[1]))
            for r in session.store.query("SELECT form_id, version FROM forms")
        }
        return max(
            made_on,
            key=lambda d: ((d.form_id, d.version) in published, version_key(d.version)),
        )  # the first of equals: the lowest id (``made_on`` is by id)
    form_id = form_for(library, CREATE)
    if form_id is None:
        return None
    try:
        return library.get(form_id)
    except BadInput:  # every version withdrawn
        return None
