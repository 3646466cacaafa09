"""Image and file questions through the real widgets (offscreen): a large photo is scaled down in
memory and kept in the workspace, a file past the limit is refused with its size, Remove forgets
it, and the case view lists a case's attachments and saves a copy (audited)."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from app.interviews import attachments
from app.interviews.interview import Interview
from app.ui.attachment_widget import AttachmentEditor, decode_image
from app.ui.case_attachments import CaseAttachments
from app.ui.case_table import CaseTasks
from app.workspace import settings as workspace_settings
from forms import load_markdown
from tests.ui import test_form_view
from tests.ui.test_form_view import WAIT, Desk, open_interview, page_with

desk = test_form_view.desk  # the same fixture: a workspace on the task runner's thread

EVIDENCE = load_markdown(
    textwrap.dedent(
        """
        | survey   |          |          |                |
        |          | type     | name     | label          |
        |          | image    | passport | Passport photo |
        |          | file     | consent  | Signed consent |
        | settings |          |          |                |
        |          | form_id  | version  |                |
        |          | evidence | 1        |                |
        """
    )
)


def _editor(widget: object, key: str) -> AttachmentEditor:
    editor = widget.boxes[key].editor  # type: ignore[attr-defined]
    assert isinstance(editor, AttachmentEditor)
    return editor


def _large_photo(path: Path) -> Path:
    image = QImage(3000, 1500, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7"))
    assert image.save(str(path), "JPEG", 90)
    return path


def test_a_large_photo_is_scaled_down_and_kept_in_the_workspace(
    qtbot: QtBot, desk: Desk, tmp_path: Path
) -> None:
    interview = desk.db(lambda: Interview.start(desk.session, desk.book, EVIDENCE))
    widget = open_interview(qtbot, desk, interview)
    editor = _editor(widget, "passport")
    editor.choose(str(_large_photo(tmp_path / "passport.jpg")))
    qtbot.waitUntil(lambda: bool(interview.form.answer("passport")), timeout=WAIT)
    file_name = interview.form.answer("passport")
    kept = desk.db(lambda: attachments.by_file_name(desk.session.store, file_name))
    assert kept.question == "passport" and kept.media_type == "image/jpeg"
    data = desk.db(lambda: attachments.read(desk.session.store, kept.id))
    stored = decode_image(data)
    assert (stored.width(), stored.height()) == (2000, 1000)
    assert editor.preview.pixmap() is not None and not editor.preview.pixmap().isNull()
    assert "passport.jpg" in editor.name.text()
    assert "3000" in editor.message.text()  # says it was made smaller

    editor.remove()
    qtbot.waitUntil(lambda: desk.tasks.pending == 0, timeout=WAIT)
    assert interview.form.answer("passport") == ""
    assert desk.db(lambda: attachments.get(desk.session.store, kept.id)) is None


def test_a_photo_kept_before_any_answer_makes_the_one_draft(
    qtbot: QtBot, desk: Desk, tmp_path: Path
) -> None:
    """The app stores no draft until something is answered (issue 17, defect 9): a photo taken
    first makes it, once, and the answers after it go to the same draft."""
    interview = desk.db(lambda: Interview.start(desk.session, desk.book, EVIDENCE, save=False))
    widget = open_interview(qtbot, desk, interview)
    assert desk.db(desk.session.drafts) == []
    _editor(widget, "passport").choose(str(_large_photo(tmp_path / "passport.jpg")))
    qtbot.waitUntil(lambda: bool(interview.form.answer("passport")), timeout=WAIT)
    widget.flush()
    qtbot.waitUntil(lambda: desk.tasks.pending == 0 and not widget.saver.pending, timeout=WAIT)
    drafts = desk.db(desk.session.drafts)
    assert [d["id"] for d in drafts] == [interview.draft_id]
    kept = desk.db(lambda: attachments.for_draft(desk.session.store, interview.draft_id))
    assert [a.question for a in kept] == ["passport"]


def test_a_file_past_the_limit_is_refused_with_a_clear_message(
    qtbot: QtBot, desk: Desk, tmp_path: Path
) -> None:
    desk.db(lambda: workspace_settings.set_attachment_limit(desk.session, 1))
    interview = desk.db(lambda: Interview.start(desk.session, desk.book, EVIDENCE))
    widget = open_interview(qtbot, desk, interview)
    widget.go_to(page_with(widget, "consent"))
    editor = _editor(widget, "consent")
    qtbot.waitUntil(lambda: editor.limit == 1_000_000, timeout=WAIT)
    big = tmp_path / "consent.pdf"
    big.write_bytes(os.urandom(1_500_000))
    editor.choose(str(big))
    assert "1.5 MB" in editor.message.text() and "1.0 MB" in editor.message.text()
    assert editor.message.isVisibleTo(editor)
    qtbot.waitUntil(lambda: desk.tasks.pending == 0, timeout=WAIT)
    assert interview.form.answer("consent") == ""
    assert desk.db(lambda: desk.session.store.scalar("SELECT count(*) FROM attachments")) == 0


def test_the_case_view_lists_attachments_and_saves_an_audited_copy(
    qtbot: QtBot, desk: Desk, tmp_path: Path
) -> None:
    def make() -> tuple[str, attachments.Attachment]:
        case_id = desk.book.open_case({"prs_First_Name": "Dara"}, "intake")
        interview = Interview.start(desk.session, desk.book, EVIDENCE, case_id=case_id)
        assert interview.draft_id is not None
        kept = attachments.add(
            desk.session, b"%PDF-1.4 signed", original_name="consent.pdf", question="consent",
            draft_id=interview.draft_id,
        )  # fmt: skip
        interview.set_answer("consent", kept.file_name)
        done = interview.finish()
        desk.book.follow_up(case_id, desk.book.today(), {}, submission_id=done.submission_id)
        return case_id, kept

    case_id, kept = desk.db(make)
    tasks = CaseTasks(desk.tasks, desk.book, lambda _: None)
    box = CaseAttachments()
    qtbot.addWidget(box)
    box.load(tasks, case_id)
    qtbot.waitUntil(lambda: box.list.topLevelItemCount() == 1, timeout=WAIT)
    assert box.list.topLevelItem(0).text(1) == "consent.pdf"
    box.list.setCurrentItem(box.list.topLevelItem(0))
    assert box.save_button.isEnabled() and not box.open_button.isEnabled()  # not an image
    target = tmp_path / "out" / "copy.pdf"
    target.parent.mkdir()
    box.save(kept, str(target))
    qtbot.waitUntil(lambda: target.exists(), timeout=WAIT)
    assert target.read_bytes() == b"%PDF-1.4 signed"
    audited = desk.db(
        lambda: desk.session.store.scalar(
            "SELECT count(*) FROM audit WHERE action = 'export' AND object = ?",
            (f"attachment:{kept.id}",),
        )
    )
    assert audited == 1
