"""What the export filters can offer: the teams and forms this workspace holds.

The export dialog asks once, on the database thread, so its lists show only real choices (teams
of cases on this laptop, forms of its library or of received submissions), each by its name.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import BadInput
from app.interviews.form_library import FormLibrary
from app.workspace.roles import Permission
from app.workspace.session import Session


@dataclass(frozen=True)
class ExportChoices:
    teams: tuple[str, ...]
    forms: tuple[tuple[str, str], ...]  # (form id, title), by title


def export_choices(session: Session, library: FormLibrary | None = None) -> ExportChoices:
    session.require(Permission.EXPORT)
    store = session.store
    teams = {
        str(r[0]) for r in store.query("SELECT DISTINCT team FROM cases WHERE team IS NOT NULL")
    }
    own = store.scalar("SELECT value FROM settings WHERE key = 'team'")
    if own:
        teams.add(str(own))
    library = library or FormLibrary()
    form_ids = set(library.form_ids())
    form_ids |= {str(r[0]) for r in store.query("SELECT DISTINCT form_id FROM submissions")}
    forms = []
    for form_id in form_ids:
        try:
            title = library.get(form_id).title or form_id
        except BadInput:  # received, but not in this laptop's library: known by its id
            title = form_id
        forms.append((form_id, title))
    return ExportChoices(tuple(sorted(teams)), tuple(sorted(forms, key=lambda f: (f[1], f[0]))))
