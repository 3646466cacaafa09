"""An interview: one form being filled on this laptop, from first answer to case events.

Every change of an answer is saved at once as the draft (one encrypted row, rewritten): a power cut
loses at most the answer being typed. Finishing turns the draft into an immutable submission and,
in the same transaction, into case events, as the form declares (``forms.entities``):

- a form that *creates* a case (the intake, when its ``create_if`` holds: consent given) opens a
  case with the answers saved to case properties -- or, when the worker linked the intake to an
  earlier case of the same person (``link_to_case``, app/cases/matching.py), records those answers
  on that case instead, as an ``update`` event naming the submission;
- a form that *updates* a case is recorded as the event of the action it declares
  (``app/interviews/case_actions.py``): a ``follow_up`` visit on the date its ``visit_date``
  question holds, a ``referral`` to its ``recipient`` with the ``consent`` given for that
  recipient and ``purpose``, a closure (``close``: its ``status`` and ``reason``), or an
  ``update``, the default.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.cases import events
from app.cases.book import CaseBook
from app.cases.state import CaseState
from app.errors import BadInput
from app.interviews import attachments
from app.interviews.case_actions import declaration_of
from app.interviews.entity_lists import case_media, reads_cases
from app.interviews.form_library import FormLibrary
from app.text.dates import DateNotUnderstood, parse_date
from app.workspace.session import Session
from forms import AnswerError, FormDefinition, FormSession, entities, finish, resume, to_draft
from forms.entities import CaseDeclaration, case_declaration, case_properties, creates_case

DRAFT_FORMAT = "fieldcase-interview-1"


def normalise_answer(text: str, qtype: str) -> str:
    """The app's hook into the form engine: dates typed the region's ways (Buddhist Era years,
    native digits, Thai month names) become ISO dates; everything else passes through."""
    if qtype == "date" and text and not _is_iso(text):
        try:
            return parse_date(text).isoformat()
        except DateNotUnderstood:
            return text  # the engine reports it as an invalid date
    return text


def _is_iso(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _case_for_form(
    book: CaseBook, definition: FormDefinition, stored: dict[str, Any]
) -> CaseState | None:
    """The case a resumed draft's form reads (``cases.csv``), or None."""
    case_id = stored.get("case_id")
    if not case_id or not reads_cases(definition):
        return None
    return book.state(str(case_id))


@dataclass(frozen=True)
class Finished:
    submission_id: str
    case_id: str | None
    event_type: str | None


class Interview:
    def __init__(
        self,
        session: Session,
        book: CaseBook,
        form: FormSession,
        draft_id: str | None,
        case_id: str | None,
        interpreter: str | None,
    ) -> None:
        self.session = session
        self.book = book
        self.form = form
        self.draft_id = draft_id
        self.case_id = case_id
        self.interpreter = interpreter
        self.linked_case: str | None = None  # an intake linked to an earlier case of the person

    @property
    def definition(self) -> FormDefinition:
        return self.form.definition

    # -- starting and resuming ------------------------------------------------------------------

    @classmethod
    def start(
        cls,
        session: Session,
        book: CaseBook,
        definition: FormDefinition,
        *,
        case_id: str | None = None,
        interpreter: str | None = None,
        language: str | None = None,
        now: Callable[[], dt.datetime] | None = None,
        save: bool = True,
    ) -> Interview:
        """``now`` fixes the form's clock (demo data and tests); the real clock otherwise.
        ``save=False``: no draft is stored until the first ``persist`` (the desktop app makes
        none for an interview opened and left without an answer)."""
        library = FormLibrary().on(book.store)
        if library.is_withdrawn(definition.form_id, definition.version):
            raise BadInput(
                f"version {definition.version} of form {definition.form_id} was withdrawn:"
                " new interviews use the newest version"
            )
        library.keep(definition)  # its drafts open after an app update ships a newer version
        declaration = case_declaration(definition)
        updates = declaration is not None and declaration.mode == "update"
        if updates and case_id is None:
            raise BadInput(
                f"the form {definition.form_id} is filled for a case: open it from the case"
            )
        # the case exists and the user may see it (an audited view)
        state = book.state(case_id) if case_id is not None else None
        form = FormSession(
            definition,
            language=language,
            normaliser=normalise_answer,
            properties={"deviceid": book.device, "username": session.user},
            now=now,
            media=case_media(definition, state),
        )
        if declaration is not None and updates and case_id is not None:
            if declaration.id_field:
                form.set_answer(declaration.id_field, case_id, prefill=True)
        interview = cls(session, book, form, None, case_id, interpreter)
        if save:
            interview.save()
        return interview

    @classmethod
    def resume(
        cls, session: Session, book: CaseBook, library: FormLibrary, draft_id: str
    ) -> Interview:
        stored = session.load_draft(draft_id)
        if stored.get("format") != DRAFT_FORMAT:
            raise BadInput("this draft was not made by an interview")
        if library.store is None:  # the versions published to the team open drafts too
            library = library.on(book.store)
        definition = library.get(stored["form_id"], stored["version"])
        try:
            form = resume(
                definition,
                stored["draft"],
                normaliser=normalise_answer,
                properties={"deviceid": book.device, "username": session.user},
                media=case_media(definition, _case_for_form(book, definition, stored)),
            )
        except AnswerError as exc:
            raise BadInput(f"this draft cannot be opened: {exc}") from exc
        interview = cls(
            session, book, form, draft_id, stored.get("case_id"), stored.get("interpreter")
        )
        interview.linked_case = stored.get("linked_case")
        return interview

    # -- answering ------------------------------------------------------------------------------

    def save(self) -> None:
        self.persist(self.snapshot())

    def snapshot(self) -> dict[str, Any]:
        """The draft as it stands (pure: no database). In the desktop app the GUI thread takes the
        snapshot and the database thread stores it with ``persist``."""
        return {
            "format": DRAFT_FORMAT,
            "form_id": self.definition.form_id,
            "version": self.definition.version,
            "case_id": self.case_id,
            "interpreter": self.interpreter,
            "linked_case": self.linked_case,
            "draft": to_draft(self.form),
        }

    def persist(self, data: dict[str, Any]) -> str:
        """Store a snapshot as the draft (creating it the first time); returns the draft id."""
        self.draft_id = self.session.save_draft(
            self.definition.form_id,
            self.definition.version,
            data,
            draft_id=self.draft_id,
            interpreter=self.interpreter,
        )
        return self.draft_id

    def set_answer(self, key: str, value: object) -> None:
        """Set and save at once. A value the question cannot take raises ``AnswerError``, and
        nothing is saved (the previous answer stays)."""
        self.form.set_answer(key, value)
        self.save()

    def clear_answer(self, key: str) -> None:
        self.form.clear_answer(key)
        self.save()

    def add_repeat(self, repeat: str, parent: str | None = None) -> str:
        key = self.form.add_repeat(repeat, parent)
        self.save()
        return key

    def remove_repeat(self, key: str) -> None:
        self.form.remove_repeat(key)
        self.save()

    def link_to_case(self, case_id: str | None) -> None:
        """A form that creates a case (the intake) will finish onto the existing case
        ``case_id`` instead (the worker found the person's earlier case); None undoes the link.
        Pure: saved with the next snapshot. A form that updates a case cannot be linked."""
        declaration = case_declaration(self.definition)
        if case_id is not None and (declaration is None or declaration.mode != "create"):
            raise BadInput("only a form that opens a case can be added to an existing one")
        self.linked_case = case_id

    # -- finishing ------------------------------------------------------------------------------

    def finish(self) -> Finished:
        """Submission and case events, in one transaction. ``AnswerError`` lists what is missing."""
        if self.draft_id is None:
            self.save()
        assert self.draft_id is not None
        submission = finish(self.form)
        record = {
            **submission.to_json(),
            "xml": submission.xml.decode("utf-8"),
            "author": self.session.user,
            "interpreter": self.interpreter,
        }
        declaration = case_declaration(self.definition)
        with self.session.store.atomic():
            draft_id = self.draft_id
            kept = attachments.manifest(self.session.store, draft_id, record.get("data"))
            if kept:
                record["attachments"] = kept  # other laptops fetch them by these ids
            submission_id = self.session.finalise_draft(draft_id, record)
            attachments.link_to_submission(
                self.session.store, draft_id, submission_id, [a["id"] for a in kept]
            )
            self.book.carrier.put_submission(submission_id, record)
            case_id, event_type = None, None
            if declaration is not None and declaration.dataset == entities.CASES:
                if declaration.mode == "create" and self.linked_case is not None:
                    if creates_case(self.form, declaration):  # (no consent: no case touched)
                        case_id, event_type = self.linked_case, events.UPDATE
                        props = case_properties(self.form, declaration, keep_blank=False)
                        self.book.update(case_id, props, submission_id=submission_id)
                elif declaration.mode == "create":
                    if creates_case(self.form, declaration):
                        props = case_properties(self.form, declaration, keep_blank=True)
                        case_id = self.book.open_case(props, self.definition.form_id, submission_id)
                        event_type = events.CREATE
                else:
                    case_id = self.case_id
                    if case_id is None and declaration.id_field:
                        case_id = self.form.answer(declaration.id_field) or None
                    if case_id is None:
                        raise BadInput("this form updates a case, but no case was given")
                    props = case_properties(self.form, declaration, keep_blank=False)
                    event_type = self._record_update(case_id, props, submission_id)
        self.draft_id = None
        return Finished(submission_id, case_id, event_type)

    def _record_update(self, case_id: str, props: dict[str, str], submission_id: str) -> str:
        """The event of the action the form declares, with the answers its roles name."""
        declaration = declaration_of(self.definition)
        assert declaration is not None  # (an update form)
        answer = self._role_answer(declaration)
        if declaration.action == entities.FOLLOW_UP:
            visit = answer("visit_date")
            when = dt.date.fromisoformat(visit) if visit else dt.date.today()
            self.book.follow_up(case_id, when, props, submission_id)
            return events.FOLLOW_UP
        if declaration.action == entities.REFERRAL:
            consent = {
                "given": entities.consent_given(answer("consent")),
                "recipient": answer("recipient"),
                "purpose": answer("purpose"),
            }
            self.book.refer(case_id, answer("recipient"), consent, note=submission_id)
            self.book.update(case_id, props)
            return events.REFERRAL
        if declaration.action == entities.CLOSE:
            self.book.close(case_id, answer("status"), answer("reason"))
            if props:
                self.book.update(case_id, props)
            return events.CLOSE
        self.book.update(case_id, props)
        return events.UPDATE

    def _role_answer(self, declaration: CaseDeclaration) -> Callable[[str], str]:
        """The answer of the question holding a case role ("" when the form has none)."""

        def answer(role: str) -> str:
            name = declaration.field_for(role)
            return self.form.answer(name) if name else ""

        return answer
