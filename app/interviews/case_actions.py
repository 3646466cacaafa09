"""What a form does to a case, as the form itself declares it (``forms.entities``).

An update form names its action (``fieldcase:case_action``: a follow-up visit, a referral, a
closure, or a plain update) and which of its questions hold what that action reads
(``fieldcase:case_role``: the visit's date and worker, the referral's recipient, consent and
purpose, the closure's status and reason). Nothing here knows a form by its id: an organisation's
own follow-up form, with its own id and question names, records a follow-up like the shipped one.

A version made before forms declared this (the shipped forms before 2026120601, kept in a
workspace for the drafts and submissions made on them, or a version a supervisor published then)
declares nothing. It does what the shipped form of the same id declares today, for the questions
it has by the same names, which is what it did when it was made.
"""

from __future__ import annotations

from dataclasses import replace

from app.errors import BadInput
from app.interviews.form_library import IN_USE, SOURCE_PUBLISHED, FormLibrary
from forms import FormDefinition
from forms.entities import CASES, CaseDeclaration, case_declaration


def declaration_of(definition: FormDefinition) -> CaseDeclaration | None:
    """The form's case declaration; an update form that declares no action or role takes the
    shipped form's of the same id (see the module's docstring)."""
    declaration = case_declaration(definition)
    if declaration is None or declaration.declared or declaration.mode != "update":
        return declaration
    try:
        shipped = FormLibrary().get(definition.form_id)  # the shipped forms only: no store
    except BadInput:  # no shipped form has this id
        return declaration
    theirs = case_declaration(shipped)
    if shipped is definition or theirs is None or not theirs.declared:
        return declaration
    names = {f.name for f in definition.fields}
    roles = {role: name for role, name in theirs.roles.items() if name in names}
    return replace(declaration, action=theirs.action, roles=roles)


def form_for(library: FormLibrary, action: str) -> str | None:
    """The form a new interview of ``action`` (``create``, ``follow_up``...) uses: one open to new
    interviews, a form the team published before a shipped one, then by id. A form whose every
    version declaring it was withdrawn comes only when no other does (starting it then says it
    was withdrawn); None when no form declares the action. Runs on the database thread (the
    library reads the store)."""
    found: list[tuple[bool, bool, str]] = []
    for version in library.versions():
        declaration = declaration_of(library.get(version.form_id, version.version))
        if declaration is not None and (declaration.dataset, declaration.action) == (CASES, action):
            found.append(
                (version.status != IN_USE, version.source != SOURCE_PUBLISHED, version.form_id)
            )
    return min(found)[2] if found else None


def forms_declaring(library: FormLibrary, action: str) -> set[str]:
    """The ids of every form with a version here that declares ``action`` (``create``: the forms
    that open cases, the intakes), withdrawn or not: their submissions are still read."""
    found = set()
    for version in library.versions():
        declaration = declaration_of(library.get(version.form_id, version.version))
        if declaration is not None and (declaration.dataset, declaration.action) == (CASES, action):
            found.add(version.form_id)
    return found
