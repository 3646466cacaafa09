"""An app update that ships a newer version of a form never strands a draft made on the old one."""

from __future__ import annotations

from pathlib import Path

from app.interviews.form_library import SOURCE_SHIPPED, FormLibrary
from app.interviews.interview import Interview
from app.team.case_book import case_book
from app.workspace.session import Session
from tests.app.form_files import intake_with_version
from tests.app.form_filler import TODAY, fill_required


def test_a_draft_on_the_old_shipped_version_opens_after_an_update(
    session: Session, tmp_path: Path
) -> None:
    book = case_book(session, today=lambda: TODAY)
    old = FormLibrary().get("intake")
    draft = Interview.start(session, book, old)
    draft.set_answer("con_Consent", "TRUE")
    draft.set_answer("prs_First_Name", "ສົມສີ")
    assert draft.draft_id is not None

    # the next release ships only a newer intake
    release = tmp_path / "release"
    release.mkdir()
    intake_with_version(release, "2099010101", "Intake (corrected)")
    updated = FormLibrary(folders=(release,)).on(session.store)

    resumed = Interview.resume(session, book, updated, draft.draft_id)
    assert resumed.definition.version == old.version
    assert resumed.form.answer("prs_First_Name") == "ສົມສີ"
    fill_required(resumed.form, resumed.set_answer)
    resumed.set_answer("age", 30)
    assert resumed.finish().case_id is not None

    versions = {
        (v.version, v.status, v.source) for v in updated.versions() if v.form_id == "intake"
    }
    assert ("2099010101", "in use", SOURCE_SHIPPED) in versions
    assert (old.version, "older", SOURCE_SHIPPED) in versions
    assert updated.get("intake").version == "2099010101"  # new interviews use the new one


def test_an_untouched_form_is_not_kept(session: Session) -> None:
    book = case_book(session, today=lambda: TODAY)
    Interview.start(session, book, FormLibrary().get("intake"))
    kept = [r[0] for r in session.store.query("SELECT form_id FROM kept_forms")]
    assert kept == ["intake"]  # only what an interview used, once
    Interview.start(session, book, FormLibrary().get("intake"))
    assert session.store.scalar("SELECT count(*) FROM kept_forms") == 1
