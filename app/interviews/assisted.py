"""An interview an interpreter helps with: a draft sealed to them, filled in on their login.

The interpreter's session opens no database (app/workspace/interpreter_session.py), so this is
not an ``Interview``: it has no case book, no attachments store and no finish. It offers what the
interview screen needs of a draft, the same way an ``Interview`` does (``form``, ``definition``,
``draft_id``, ``interpreter``, ``snapshot`` taken on the GUI thread, ``persist`` on the database
thread), and nothing that would need the workspace key:

- the form is the version the draft was started on: the XForm sealed with the draft when the
  workspace keeps one, else the version shipped with the app;
- ``snapshot`` keeps everything of the stored draft but its answers (case, link, interpreter:
  not the interpreter's to change, and the social worker's session takes only the answers in);
- ``finish`` and ``link_to_case`` refuse: finishing stays the social worker's.
"""

from __future__ import annotations

from typing import Any

from app.errors import BadInput, PermissionDenied
from app.interviews.form_library import FormLibrary
from app.interviews.interview import DRAFT_FORMAT, normalise_answer
from app.workspace.interpreter_session import InterpreterSession
from forms import (
    AnswerError,
    FormDefinition,
    FormLoadError,
    FormSession,
    load_xform,
    resume,
    to_draft,
)

FINISH_REFUSED = "only the social worker who runs the interview finishes it"


class AssistedInterview:
    finishes = False  # the interview screen offers no Finish
    looks_up_cases = False  # nor the earlier cases of the same person

    def __init__(
        self, session: InterpreterSession, form: FormSession, draft_id: str, stored: dict[str, Any]
    ) -> None:
        self.session = session
        self.form = form
        self.draft_id: str | None = draft_id
        self.stored = stored
        self.case_id: str | None = stored.get("case_id")
        self.interpreter: str | None = session.user
        self.linked_case: str | None = stored.get("linked_case")

    @classmethod
    def open(cls, session: InterpreterSession, draft_id: str) -> AssistedInterview:
        draft = session.load_draft(draft_id)
        stored = draft.data
        if stored.get("format") != DRAFT_FORMAT:
            raise BadInput("this draft was not made by an interview")
        definition = _definition(draft.xform, str(stored["form_id"]), str(stored["version"]))
        try:
            form = resume(
                definition,
                stored["draft"],
                normaliser=normalise_answer,
                properties={"username": session.user},
            )
        except AnswerError as exc:
            raise BadInput(f"this draft cannot be opened: {exc}") from exc
        return cls(session, form, draft.draft_id, stored)

    @property
    def definition(self) -> FormDefinition:
        return self.form.definition

    def snapshot(self) -> dict[str, Any]:
        return {**self.stored, "draft": to_draft(self.form)}

    def persist(self, data: dict[str, Any]) -> str:
        assert self.draft_id is not None
        return self.session.save_draft(self.draft_id, data)

    def finish(self) -> Any:
        raise PermissionDenied(FINISH_REFUSED)

    def link_to_case(self, case_id: str | None) -> None:
        raise PermissionDenied(FINISH_REFUSED)


def _definition(xform: str | None, form_id: str, version: str) -> FormDefinition:
    if xform is not None:
        try:
            return load_xform(xform)
        except FormLoadError as exc:
            raise BadInput(f"version {version} of form {form_id} does not load: {exc}") from exc
    return FormLibrary().get(form_id, version)
