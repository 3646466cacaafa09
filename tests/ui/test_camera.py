"""Photos from the laptop's camera for image questions, through the real widgets (offscreen).

The only stand-in is the camera device itself: this machine has none, so a ``QVideoFrameInput``
takes its place and feeds frames into the dialog's real ``QMediaCaptureSession`` (and from there
its ``QVideoSink``, preview and JPEG encoding, as a camera's frames go). The workspace is the real
SQLCipher workspace of ``tests/ui/test_form_view.py``; the stored attachment is read back and
decoded. Two tests stand in for the system instead: one makes importing Qt Multimedia fail (a
laptop without libpulse0), one makes the system refuse the camera (Linux never does).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from app.interviews import attachments
from app.interviews.interview import Interview
from app.ui import camera_dialog
from app.ui.attachment_widget import AttachmentEditor, decode_image
from app.ui.camera_dialog import CameraDialog, camera_unavailable_reason
from app.workspace.folder import Workspace
from tests.optional import import_or_skip
from tests.ui import test_form_view
from tests.ui.desktop import shut_down, started_and_logged_in
from tests.ui.test_attachment_widget import EVIDENCE
from tests.ui.test_form_view import PASSWORD, WAIT, Desk, open_interview

QtMultimedia = import_or_skip("PySide6.QtMultimedia", "the camera's tests")
QMediaDevices, QVideoFrame, QVideoFrameInput = (
    QtMultimedia.QMediaDevices,
    QtMultimedia.QVideoFrame,
    QtMultimedia.QVideoFrameInput,
)
desk = test_form_view.desk  # the same fixture: a workspace on the task runner's thread

ROOT = Path(__file__).resolve().parents[2]
LEFT, RIGHT = QColor("#d02020"), QColor("#2040d0")
IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG", b"BM", b"GIF8", b"II*\x00", b"MM\x00*")
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".bmp", ".gif", ".webp", ".tif", ".tiff"}


def pattern(width: int, height: int, left: QColor = LEFT, right: QColor = RIGHT) -> QImage:
    """A frame a person would tell apart: the left half one colour, the right half another."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(right)
    painter = QPainter(image)
    painter.fillRect(0, 0, width // 2, height, left)
    painter.end()
    return image


def near(actual: QColor, expected: QColor, tolerance: int = 40) -> bool:
    """JPEG moves colours a little; a different colour is far off."""
    return all(
        abs(a - b) <= tolerance
        for a, b in (
            (actual.red(), expected.red()),
            (actual.green(), expected.green()),
            (actual.blue(), expected.blue()),
        )
    )


def has_pattern(image: QImage, left: QColor = LEFT, right: QColor = RIGHT) -> bool:
    w, h = image.width(), image.height()
    return near(image.pixelColor(w // 4, h // 2), left) and near(
        image.pixelColor(3 * w // 4, h // 2), right
    )


def _editor(widget: object) -> AttachmentEditor:
    editor = widget.boxes["passport"].editor  # type: ignore[attr-defined]
    assert isinstance(editor, AttachmentEditor)
    return editor


def click(qtbot: QtBot, button: object) -> None:
    assert button.isVisible() and button.isEnabled()  # type: ignore[attr-defined]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_camera(qtbot: QtBot, editor: AttachmentEditor) -> tuple[CameraDialog, QVideoFrameInput]:
    frames = QVideoFrameInput(editor)
    editor.take_photo(source=frames)
    dialog = editor.camera_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    return dialog, frames


def show_frame(qtbot: QtBot, dialog: CameraDialog, frames: QVideoFrameInput, image: QImage) -> None:
    """Send one frame as the camera would and wait until the preview shows it."""
    assert not dialog.take_button.isEnabled()  # nothing to take before a frame is seen
    assert frames.sendVideoFrame(QVideoFrame(image))
    qtbot.waitUntil(dialog.take_button.isEnabled, timeout=WAIT)
    shown = dialog.preview.pixmap()
    assert shown is not None and not shown.isNull()
    assert has_pattern(shown.toImage(), *colours_of(image))


def colours_of(image: QImage) -> tuple[QColor, QColor]:
    w, h = image.width(), image.height()
    return image.pixelColor(w // 4, h // 2), image.pixelColor(3 * w // 4, h // 2)


def stored_photo(desk: Desk, interview: Interview) -> tuple[attachments.Attachment, QImage]:
    file_name = interview.form.answer("passport")
    kept = desk.db(lambda: attachments.by_file_name(desk.session.store, file_name))
    data = desk.db(lambda: attachments.read(desk.session.store, kept.id))
    return kept, decode_image(data)


def closed(dialog: CameraDialog) -> bool:
    """Closed (and deleted once the event loop got to it)."""
    return not isValid(dialog) or not dialog.isVisible()


def take_and_use(qtbot: QtBot, dialog: CameraDialog) -> None:
    click(qtbot, dialog.take_button)
    assert dialog.retake_button.isVisible() and dialog.use_button.isVisible()
    assert not dialog.take_button.isVisible()
    click(qtbot, dialog.use_button)


def test_a_camera_photo_is_kept_in_the_workspace_and_shown(qtbot: QtBot, desk: Desk) -> None:
    interview = desk.db(lambda: Interview.start(desk.session, desk.book, EVIDENCE))
    editor = _editor(open_interview(qtbot, desk, interview))
    assert editor.camera_button in editor.focus_widgets()  # reachable with Tab
    dialog, frames = open_camera(qtbot, editor)
    assert not dialog.cameras.isVisible()  # one source: no list of cameras
    show_frame(qtbot, dialog, frames, pattern(1280, 720))
    take_and_use(qtbot, dialog)
    qtbot.waitUntil(lambda: bool(interview.form.answer("passport")), timeout=WAIT)

    kept, stored = stored_photo(desk, interview)
    assert kept.question == "passport" and kept.media_type == "image/jpeg"
    assert kept.original_name == "photo.jpg"
    assert (stored.width(), stored.height()) == (1280, 720)
    assert has_pattern(stored)
    thumb = editor.preview.pixmap()
    assert thumb is not None and not thumb.isNull() and has_pattern(thumb.toImage())
    assert "photo.jpg" in editor.name.text()
    assert not editor.message.isVisibleTo(editor)  # not scaled down: nothing to say
    # the dialog is gone and no more frames reach a session
    assert editor.camera_dialog is None and closed(dialog)
    assert not frames.sendVideoFrame(QVideoFrame(pattern(64, 64)))


def test_a_large_camera_frame_is_scaled_down_like_a_file_photo(qtbot: QtBot, desk: Desk) -> None:
    interview = desk.db(lambda: Interview.start(desk.session, desk.book, EVIDENCE))
    editor = _editor(open_interview(qtbot, desk, interview))
    dialog, frames = open_camera(qtbot, editor)
    show_frame(qtbot, dialog, frames, pattern(4000, 3000))
    take_and_use(qtbot, dialog)
    qtbot.waitUntil(lambda: bool(interview.form.answer("passport")), timeout=WAIT)
    _, stored = stored_photo(desk, interview)
    assert (stored.width(), stored.height()) == (2000, 1500)
    assert has_pattern(stored)
    assert "4000" in editor.message.text()  # says a smaller copy was kept


def test_retake_discards_the_frozen_frame(qtbot: QtBot, desk: Desk) -> None:
    interview = desk.db(lambda: Interview.start(desk.session, desk.book, EVIDENCE))
    editor = _editor(open_interview(qtbot, desk, interview))
    dialog, frames = open_camera(qtbot, editor)
    green = pattern(1280, 720, QColor("#20a040"), QColor("#20a040"))
    show_frame(qtbot, dialog, frames, green)
    click(qtbot, dialog.take_button)
    click(qtbot, dialog.retake_button)
    assert dialog.take_button.isVisible() and not dialog.use_button.isVisible()
    assert not dialog.take_button.isEnabled()  # the frozen frame is gone: wait for a new one
    show_frame(qtbot, dialog, frames, pattern(1280, 720))
    take_and_use(qtbot, dialog)
    qtbot.waitUntil(lambda: bool(interview.form.answer("passport")), timeout=WAIT)
    _, stored = stored_photo(desk, interview)
    assert has_pattern(stored)  # the new frame, not the green one


def test_cancel_keeps_nothing_and_leaves_the_previous_answer(qtbot: QtBot, desk: Desk) -> None:
    interview = desk.db(lambda: Interview.start(desk.session, desk.book, EVIDENCE))
    editor = _editor(open_interview(qtbot, desk, interview))
    dialog, frames = open_camera(qtbot, editor)
    show_frame(qtbot, dialog, frames, pattern(800, 600))
    take_and_use(qtbot, dialog)
    qtbot.waitUntil(lambda: bool(interview.form.answer("passport")), timeout=WAIT)
    before = interview.form.answer("passport")

    dialog, frames = open_camera(qtbot, editor)
    show_frame(qtbot, dialog, frames, pattern(800, 600, RIGHT, LEFT))
    click(qtbot, dialog.take_button)
    click(qtbot, dialog.cancel_button)
    qtbot.waitUntil(lambda: closed(dialog), timeout=WAIT)
    qtbot.waitUntil(lambda: desk.tasks.pending == 0, timeout=WAIT)
    assert interview.form.answer("passport") == before
    assert desk.db(lambda: desk.session.store.scalar("SELECT count(*) FROM attachments")) == 1
    _, stored = stored_photo(desk, interview)
    assert has_pattern(stored)  # still the first photo
    assert editor.camera_dialog is None
    assert not frames.sendVideoFrame(QVideoFrame(pattern(64, 64)))  # the source was let go


def test_nothing_of_the_photo_is_written_to_disk(
    qtbot: QtBot, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Where Qt would put a picture (~/Pictures) or a temporary file: inside this test's folder
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "home").mkdir()
    (tmp_path / "tmp").mkdir()

    def files() -> set[Path]:
        return {p for p in tmp_path.rglob("*") if p.is_file()}

    interview = desk.db(lambda: Interview.start(desk.session, desk.book, EVIDENCE))
    editor = _editor(open_interview(qtbot, desk, interview))
    before = files()
    dialog, frames = open_camera(qtbot, editor)
    show_frame(qtbot, dialog, frames, pattern(1280, 720))
    take_and_use(qtbot, dialog)
    qtbot.waitUntil(lambda: bool(interview.form.answer("passport")), timeout=WAIT)
    qtbot.waitUntil(lambda: desk.tasks.pending == 0, timeout=WAIT)
    new = files() - before
    assert not [p for p in new if p.suffix.lower() in IMAGE_SUFFIXES]
    images = [p for p in files() if p.read_bytes()[:4].startswith(IMAGE_MAGIC)]
    assert images == []  # the workspace holds it encrypted only


def test_without_a_camera_the_button_is_disabled_and_says_why(qtbot: QtBot, desk: Desk) -> None:
    if QMediaDevices.videoInputs():
        pytest.skip("this machine has a camera")
    interview = desk.db(lambda: Interview.start(desk.session, desk.book, EVIDENCE))
    editor = _editor(open_interview(qtbot, desk, interview))
    assert editor.camera_button.isVisible() and not editor.camera_button.isEnabled()
    assert "No camera was found" in editor.camera_button.toolTip()
    assert editor.note.isVisible() and "No camera was found" in editor.note.text()
    assert "camera" in editor.note.text() and "file" in editor.note.text()
    assert editor.choose_button.isEnabled()  # a file still works

    # the dialog itself, on the real (absent) camera: says so and offers nothing to take
    dialog = CameraDialog(editor)
    dialog.open()
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    assert "No camera was found" in dialog.message.text() and dialog.message.isVisible()
    assert not dialog.take_button.isEnabled()
    click(qtbot, dialog.cancel_button)
    assert dialog.photo() is None and not dialog.running()


def test_when_qt_multimedia_cannot_load_the_reason_is_clear(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)  # the import raises
    with pytest.raises(ImportError):
        from PySide6.QtMultimedia import QMediaDevices as _  # noqa: F401
    reason = camera_unavailable_reason()
    assert reason is not None
    assert "cannot be used on this laptop" in reason and "from files" in reason
    editor = AttachmentEditor(image=True)
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.camera_button.isEnabled()
    assert editor.camera_button.toolTip() == reason
    assert reason in editor.note.text() and editor.note.isVisible()
    assert editor.choose_button.isEnabled()


def test_a_file_question_has_no_camera_button(qtbot: QtBot) -> None:
    editor = AttachmentEditor(image=False)
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.camera_button.isVisible()
    assert editor.camera_button not in editor.focus_widgets()
    assert "camera" not in editor.note.text()


def test_a_refused_camera_shows_why_and_takes_nothing(
    qtbot: QtBot, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(camera_dialog, "camera_permission_granted", lambda: False)
    interview = desk.db(lambda: Interview.start(desk.session, desk.book, EVIDENCE))
    editor = _editor(open_interview(qtbot, desk, interview))
    dialog, frames = open_camera(qtbot, editor)
    assert "not allowed to use the camera" in dialog.message.text()
    assert dialog.message.isVisible()
    assert not frames.sendVideoFrame(QVideoFrame(pattern(64, 64)))  # nothing receives frames
    assert not dialog.take_button.isEnabled()
    click(qtbot, dialog.cancel_button)
    assert interview.form.answer("passport") == ""


def test_leaving_the_interview_closes_the_camera(qtbot: QtBot, desk: Desk) -> None:
    interview = desk.db(lambda: Interview.start(desk.session, desk.book, EVIDENCE))
    widget = open_interview(qtbot, desk, interview)
    editor = _editor(widget)
    dialog, frames = open_camera(qtbot, editor)
    show_frame(qtbot, dialog, frames, pattern(640, 480))
    click(qtbot, dialog.take_button)
    widget.hide()  # what the main window's screen change does
    assert not dialog.isVisible() and not dialog.running()
    assert editor.camera_dialog is None
    assert not frames.sendVideoFrame(QVideoFrame(pattern(64, 64)))
    assert interview.form.answer("passport") == ""  # the frozen frame was not kept


def test_locking_the_app_closes_the_camera(qtbot: QtBot, workspace_path: Path) -> None:
    Workspace.create(workspace_path, "ana", PASSWORD)[0].lock()
    desktop = started_and_logged_in(qtbot, workspace_path, "ana", PASSWORD)
    case_tasks = desktop.case_tasks
    assert case_tasks is not None
    case_tasks.read(
        # the form holds an image question, and no shipped form does: it is opened the way
        # "New interview" opens a chosen form (the interview, no person yet, the first page)
        lambda book: (Interview.start(book.session, book, EVIDENCE), "", ""),
        desktop.interviews._show,
        lambda exc: pytest.fail(str(exc)),
    )
    qtbot.waitUntil(lambda: desktop.interviews.widget is not None, timeout=WAIT)
    widget = desktop.interviews.widget
    editor = _editor(widget)
    qtbot.waitUntil(editor.isVisible, timeout=WAIT)
    dialog, frames = open_camera(qtbot, editor)
    show_frame(qtbot, dialog, frames, pattern(640, 480))
    desktop.lock()
    # at once, not when the interview screen is deleted later
    assert isValid(dialog) and not dialog.isVisible() and not dialog.running()
    assert not frames.sendVideoFrame(QVideoFrame(pattern(64, 64)))  # no session gets frames
    assert desktop.window.stack.currentWidget() is desktop.login
    shut_down(qtbot, desktop)


def test_opening_the_editor_module_does_not_load_qt_multimedia() -> None:
    probe = (
        "import sys, app.ui.attachment_widget, app.ui.camera_dialog, app.ui.form_view; "
        "print('PySide6.QtMultimedia' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
