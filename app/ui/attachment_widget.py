"""Image and file questions: a photo from the laptop's camera, or a photo or scan chosen from a
file, kept encrypted in the workspace.

``AttachmentEditor`` is the ``AnswerEditor`` of image and file questions. A chosen file is read
into memory; a camera photo comes from ``CameraDialog`` as JPEG bytes made in memory (named
``photo.jpg``). Both go through ``keep_bytes``: it scales a needlessly large photo down in memory
(``prepare_image``: Qt decodes and encodes from memory, so no plaintext copy is ever written),
checks the workspace's size limit, and keeps the bytes with ``app.interviews.attachments.add`` on the
database thread; the answer it reports is the attachment's file name (``<id>.jpg``, as ODK records
it). A thumbnail is decoded from memory too.

Image questions have **Take photo…** next to **Choose file…**. When the camera cannot be used
(Qt Multimedia cannot be loaded, no camera, the system refuses it: ``camera_unavailable_reason``)
the button is disabled and its tooltip and the note under the editor say why; a camera plugged in
later enables it. The camera dialog is owned by the editor and closed when the editor is hidden
(the interview screen is left, or the app locks), so it never outlives the session.

The interview screen binds each editor to its interview and task runner (``bind``); an editor
that is not bound (a preview) only shows names.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QLocale, Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.interviews import attachments
from app.ui.camera_dialog import CameraDialog, camera_unavailable_reason
from app.ui.error_text import describe_error
from app.ui.question_widgets import AnswerEditor
from app.workspace import settings as workspace_settings

if TYPE_CHECKING:
    from PySide6.QtGui import QHideEvent
    from PySide6.QtMultimedia import QVideoFrameInput

    from app.interviews.interview import Interview
    from app.ui.tasks import TaskRunner

translate = QCoreApplication.translate
THUMBNAIL_PX = 160
JPEG_QUALITY = 85
IMAGE_PATTERNS = "*.jpg *.jpeg *.png *.bmp *.gif *.webp *.tif *.tiff"
CAMERA_PHOTO_NAME = "photo.jpg"


class NotAnImage(ValueError):
    pass


def decode_image(data: bytes) -> QImage:
    """Decode from memory, turned upright as the camera's orientation tag says."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    image = reader.read()
    if image.isNull():
        raise NotAnImage(reader.errorString())
    return image


def encode_image(image: QImage, fmt: str) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, fmt, JPEG_QUALITY if fmt == "JPEG" else -1)
    return bytes(buffer.data().data())


def prepare_image(data: bytes, name: str) -> tuple[bytes, str, str, tuple[int, int] | None]:
    """(bytes, name, media type, original size when it was scaled down). A photo whose long side
    is past ``LARGE_IMAGE_PX`` is scaled to it and re-encoded (JPEG, or PNG when it has
    transparency), which also drops its metadata (a phone's location)."""
    image = decode_image(data)
    width, height = image.width(), image.height()
    if max(width, height) <= attachments.LARGE_IMAGE_PX:
        return data, name, attachments.media_type_of(name), None
    scaled = image.scaled(
        attachments.LARGE_IMAGE_PX,
        attachments.LARGE_IMAGE_PX,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    fmt, suffix, media = (
        ("PNG", ".png", "image/png") if image.hasAlphaChannel() else ("JPEG", ".jpg", "image/jpeg")
    )
    return encode_image(scaled, fmt), Path(name).stem + suffix, media, (width, height)


def thumbnail(data: bytes, size: int = THUMBNAIL_PX) -> QPixmap | None:
    try:
        image = decode_image(data)
    except NotAnImage:
        return None
    return QPixmap.fromImage(
        image.scaled(
            size,
            size,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    )


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def too_large_text(size: int, limit: int) -> str:
    return (
        translate(
            "Attachments",
            "This file is %1; a form can keep files up to %2. Choose a smaller file, or scan "
            "the document at a lower resolution.",
        )
        .replace("%1", size_text(size))
        .replace("%2", size_text(limit))
    )


class ImageViewer(QDialog):
    """A full-size look at an image attachment, decoded from memory."""

    def __init__(self, title: str, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.image = QLabel(self)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        try:
            self.image.setPixmap(QPixmap.fromImage(decode_image(data)))
        except NotAnImage:
            self.image.setText(translate("Attachments", "This image cannot be shown."))
        scroll = QScrollArea(self)
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(scroll, 1)
        column.addWidget(buttons)
        self.resize(900, 700)


class AttachmentEditor(AnswerEditor):
    """Choose file…, Take photo… (images), a thumbnail (images), name and size, Remove; messages
    under them."""

    def __init__(self, image: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = image
        self.interview: Interview | None = None
        self.tasks: TaskRunner | None = None
        self.key = ""
        self.limit = workspace_settings.DEFAULT_ATTACHMENT_LIMIT_MB * 1_000_000
        self.value = ""  # the file name shown now
        self.data: bytes | None = None
        self.choose_button = QPushButton(self.tr("Choose file…"), self)
        self.camera_button = QPushButton(self.tr("Take photo…"), self)
        self.camera_button.setVisible(image)
        self.camera_dialog: CameraDialog | None = None
        self.clear_button = QPushButton(self.tr("Remove"), self)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.preview = QLabel(self)
        self.preview.setFixedSize(THUMBNAIL_PX, THUMBNAIL_PX)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setVisible(image)
        self.name = QLabel(self)
        self.name.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        self.message.hide()
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text);")
        if not image:
            self.note.setText(self.tr("A scan or a document, kept encrypted in this workspace."))
        buttons = QVBoxLayout()
        for button in (self.choose_button, self.camera_button, self.open_button, self.clear_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.preview)
        row.addWidget(self.name, 1)
        row.addLayout(buttons)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.message)
        column.addWidget(self.note)
        self.choose_button.clicked.connect(self._ask)
        self.camera_button.clicked.connect(lambda: self.take_photo())
        self.clear_button.clicked.connect(self.remove)
        self.open_button.clicked.connect(self._open)
        self._show(None)
        if image:
            self._update_camera()
            self._watch_cameras()

    def bind(self, interview: Interview, tasks: TaskRunner, key: str) -> None:
        self.interview, self.tasks, self.key = interview, tasks, key
        store = interview.session.store
        tasks.run_database(
            lambda: workspace_settings.attachment_limit_bytes(store),
            self._set_limit,
            lambda _: None,
        )

    def _set_limit(self, limit: int) -> None:
        self.limit = limit

    # -- choosing -------------------------------------------------------------------------------

    def _ask(self) -> None:
        patterns = [self.tr("Images (%1)").replace("%1", IMAGE_PATTERNS)] if self.image else []
        patterns.append(self.tr("All files (*)"))
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a file"), "", ";;".join(patterns)
        )
        if path:
            self.choose(path)

    def choose(self, path: str) -> None:
        """Read the file at ``path`` and keep it as this answer (``keep_bytes``)."""
        self._say("")
        file = Path(path)
        try:
            size = file.stat().st_size
            # a photo may shrink when scaled down; anything else must fit as it is
            if size > (4 * self.limit if self.image else self.limit):
                self._say(too_large_text(size, self.limit))
                return
            data = file.read_bytes()
        except OSError as exc:
            self._say(self.tr("The file could not be read: %1").replace("%1", exc.strerror or ""))
            return
        self.keep_bytes(data, file.name)

    def keep_bytes(self, data: bytes, name: str) -> None:
        """Check, scale down if needed and keep ``data`` (a file's bytes, or a camera photo) as
        this answer, with ``name`` as its original name."""
        self._say("")
        media, resized = None, None
        if self.image:
            try:
                data, name, media, resized = prepare_image(data, name)
            except NotAnImage:
                self._say(self.tr("This file is not an image that can be shown. Choose a photo."))
                return
        if len(data) > self.limit:
            self._say(too_large_text(len(data), self.limit))
            return
        self._keep(data, name, media, resized)

    # -- the camera -----------------------------------------------------------------------------

    def take_photo(self, source: QVideoFrameInput | None = None) -> None:
        """Open the camera dialog (``source``: a test's frames instead of the camera)."""
        if self.camera_dialog is not None:
            self.camera_dialog.raise_()
            return
        self._say("")
        dialog = CameraDialog(self, source=source)
        self.camera_dialog = dialog
        dialog.finished.connect(lambda result: self._camera_closed(dialog, result))
        dialog.open()  # window-modal: the interview waits, the editor stays its owner

    def _camera_closed(self, dialog: CameraDialog, result: int) -> None:
        if self.camera_dialog is dialog:
            self.camera_dialog = None
        photo = dialog.photo() if result == QDialog.DialogCode.Accepted else None
        dialog.deleteLater()
        if photo:
            self.keep_bytes(photo, CAMERA_PHOTO_NAME)

    def close_camera(self) -> None:
        """Close the camera dialog (and so the camera) without keeping a photo."""
        if self.camera_dialog is not None:
            self.camera_dialog.reject()

    def hideEvent(self, event: QHideEvent) -> None:
        # The interview screen was left or the app locked: the camera must not stay on
        self.close_camera()
        super().hideEvent(event)

    def _watch_cameras(self) -> None:
        """A camera plugged in or out changes the button (cheap: the system tells Qt)."""
        try:
            from PySide6.QtMultimedia import QMediaDevices
        except ImportError:
            return
        self._devices = QMediaDevices(self)
        self._devices.videoInputsChanged.connect(self._update_camera)

    def _update_camera(self) -> None:
        reason = camera_unavailable_reason()
        self.camera_button.setEnabled(reason is None)
        self.camera_button.setToolTip(reason or self.tr("Take the photo with the laptop's camera"))
        note = self.tr(
            "Take the photo with the laptop's camera, or choose a photo or a scan from a file "
            "(taken with a phone or a scanner)."
        )
        self.note.setText(note if reason is None else f"{note} {reason}")

    def _keep(
        self, data: bytes, name: str, media: str | None, resized: tuple[int, int] | None
    ) -> None:
        interview, tasks = self.interview, self.tasks
        if interview is None or tasks is None:
            self._say(self.tr("The file cannot be kept: the interview is not saved yet."))
            return
        session, key, previous = interview.session, self.key, self.value
        snapshot = interview.snapshot()  # the draft is made now if nothing was answered before

        def work() -> attachments.Attachment:
            # On the database thread, in order after any save queued before: a draft made
            # meanwhile is used, never a second one.
            draft_id = interview.draft_id or interview.persist(snapshot)
            kept = attachments.add(
                session, data, original_name=name, question=key, draft_id=draft_id, media_type=media
            )
            if previous:
                attachments.remove_from_draft(session, previous, draft_id)
            return kept

        def done(kept: attachments.Attachment) -> None:
            self._show(kept, data)
            if resized is not None:
                self._say(
                    self.tr("The photo was %1 × %2 pixels; a smaller copy was kept.")
                    .replace("%1", str(resized[0]))
                    .replace("%2", str(resized[1])),
                    error=False,
                )
            self.edited.emit(kept.file_name)
            self.settled.emit()

        tasks.run_database(work, done, self._failed)

    def remove(self) -> None:
        interview, tasks, value = self.interview, self.tasks, self.value
        self._show(None)
        self._say("")
        self.edited.emit(None)
        self.settled.emit()
        if interview is not None and tasks is not None and value and interview.draft_id:
            session, draft_id = interview.session, interview.draft_id
            tasks.run_database(
                lambda: attachments.remove_from_draft(session, value, draft_id),
                lambda _: None,
                self._failed,
            )

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, attachments.AttachmentTooLarge):
            self._say(too_large_text(exc.size, exc.limit))
        else:
            self._say(describe_error(exc))

    def _open(self) -> None:
        if self.data is not None and self.image:
            ImageViewer(self.name.text(), self.data, self).open()

    # -- showing --------------------------------------------------------------------------------

    def _say(self, text: str, error: bool = True) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b00020;" if error else "")
        self.message.setVisible(bool(text))

    def _show(self, kept: attachments.Attachment | None, data: bytes | None = None) -> None:
        self.value = kept.file_name if kept else ""
        self.data = data
        self.clear_button.setEnabled(kept is not None)
        self.open_button.setVisible(self.image and data is not None)
        if kept is None:
            self.name.setText(self.tr("No file chosen."))
            self.preview.clear()
            return
        self.name.setText(f"{kept.original_name}\n{size_text(kept.size)}")
        picture = thumbnail(data) if data is not None and self.image else None
        if picture is not None:
            self.preview.setPixmap(picture)
        else:
            self.preview.clear()

    def show_value(self, value: str) -> None:
        if value == self.value:
            return
        if not value:
            self._show(None)
            return
        interview, tasks = self.interview, self.tasks
        self.value = value
        self.name.setText(value)
        if interview is None or tasks is None:
            return
        session = interview.session

        def load() -> tuple[attachments.Attachment, bytes] | None:
            found = attachments.by_file_name(session.store, value)
            return None if found is None else attachments.view(session, found.id)

        def loaded(result: Any) -> None:
            if self.value != value:
                return  # another file was chosen meanwhile
            if result is None:
                self._say(self.tr("The file %1 is not in this workspace.").replace("%1", value))
                return
            self._show(result[0], result[1])

        tasks.run_database(load, loaded, self._failed)

    def focus_widgets(self) -> list[QWidget]:
        if self.image:
            return [self.choose_button, self.camera_button, self.open_button, self.clear_button]
        return [self.choose_button, self.open_button, self.clear_button]
