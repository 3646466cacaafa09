"""A photo from the laptop's camera for an image question, taken in memory and never on disk.

``CameraDialog`` shows a live preview and keeps one frame: a ``QMediaCaptureSession`` sends the
camera's frames to a ``QVideoSink`` the dialog owns; each frame is turned into a ``QImage`` and
shown scaled; **Take photo** freezes the last one, **Retake** goes back to the live picture, and
**Use this photo** encodes the frozen frame as JPEG into a ``QBuffer`` (``photo()``). Nothing goes
through ``QImageCapture`` (whose ``captureToFile`` writes the picture to the user's Pictures
folder): a photo of a person's identity document must never touch the disk unencrypted. The
attachment editor keeps the bytes in the workspace as it keeps a chosen file.

The video source is a ``QCamera`` on the chosen camera (a list when there are several; cameras
plugged in later are offered). A test passes ``source=`` a ``QVideoFrameInput`` instead and sends
it frames; the rest (session, sink, preview, encoding) is the same.

The camera is stopped whenever the dialog is done or hidden, and with the dialog (it is the
camera's parent). The editor closes the dialog when the interview is hidden (the app locks).

Qt Multimedia (PySide6-Addons; on Linux it needs the system's libpulse0) is imported only inside
functions, never when this module is imported: the login window comes up without it.
``camera_unavailable_reason`` says in plain words why the camera cannot be used, if it cannot.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QCoreApplication, QElapsedTimer, QIODevice, Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QCamera, QCameraDevice, QVideoFrame, QVideoFrameInput

PHOTO_QUALITY = 90
PREVIEW_SIZE = (640, 400)
PREVIEW_MS = 66  # the live picture is redrawn at most about 15 times a second


def camera_permission_denied() -> bool:
    """True when the system refused this app the camera (macOS and Windows privacy settings)."""
    from PySide6.QtCore import QCameraPermission

    app = QCoreApplication.instance()
    if app is None:
        return False
    return app.checkPermission(QCameraPermission()) == Qt.PermissionStatus.Denied


def camera_permission_granted() -> bool:
    from PySide6.QtCore import QCameraPermission

    app = QCoreApplication.instance()
    return app is not None and (
        app.checkPermission(QCameraPermission()) == Qt.PermissionStatus.Granted
    )


def camera_unavailable_reason() -> str | None:
    """None when a camera can be used; else why not, in plain words (translated)."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:  # PySide6-Addons missing, or a system library it needs (libpulse0)
        return QCoreApplication.translate(
            "CameraDialog",
            "The camera cannot be used on this laptop: a part of the system that fieldcase needs "
            "for it is missing. Photos can still be chosen from files.",
        )
    if not QMediaDevices.videoInputs():
        return QCoreApplication.translate(
            "CameraDialog",
            "No camera was found on this laptop. Plug one in, or choose the photo from a file.",
        )
    if camera_permission_denied():
        return QCoreApplication.translate(
            "CameraDialog",
            "fieldcase is not allowed to use the camera. Allow it in the system's privacy "
            "settings, or choose the photo from a file.",
        )
    return None


def jpeg_bytes(image: QImage) -> bytes | None:
    """The image as JPEG, encoded in memory (no file)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.convertToFormat(QImage.Format.Format_RGB32).save(buffer, "JPEG", PHOTO_QUALITY):
        return None
    return bytes(buffer.data().data())


class CameraDialog(QDialog):
    """Camera (when several), live preview, Take photo / Retake / Use this photo, Cancel."""

    def __init__(
        self, parent: QWidget | None = None, *, source: QVideoFrameInput | None = None
    ) -> None:
        super().__init__(parent)
        from PySide6.QtMultimedia import QMediaCaptureSession, QMediaDevices, QVideoSink

        self.source = source  # None: a QCamera on the chosen device
        self.camera: QCamera | None = None
        self.live: QImage | None = None  # the last frame shown
        self.taken: QImage | None = None  # the frozen frame
        self._latest: QVideoFrame | None = None  # the newest frame, not yet shown
        self._preview_due = False
        self._since_preview = QElapsedTimer()
        self._since_preview.start()
        self._photo: bytes | None = None
        self._allowed = False
        self._running = False
        self._closed = False
        self.session = QMediaCaptureSession(self)
        self.sink = QVideoSink(self)
        self.sink.videoFrameChanged.connect(self._frame_arrived)  # queued to this thread
        self.devices = QMediaDevices(self)

        self.camera_label = QLabel(self)
        self.cameras = QComboBox(self)
        self.camera_label.setBuddy(self.cameras)
        self.preview = QLabel(self)
        self.preview.setMinimumSize(*PREVIEW_SIZE)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("background: #202020; color: white;")
        self.preview.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("error")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self.message.hide()
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.take_button = QPushButton(self)
        self.retake_button = QPushButton(self)
        self.use_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        choice = QHBoxLayout()
        choice.addWidget(self.camera_label)
        choice.addWidget(self.cameras, 1)
        buttons = QHBoxLayout()
        for button in (self.take_button, self.retake_button, self.use_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        column = QVBoxLayout(self)
        column.addLayout(choice)
        column.addWidget(self.preview, 1)
        column.addWidget(self.message)
        column.addWidget(self.hint)
        column.addLayout(buttons)
        self.take_button.clicked.connect(self.take)
        self.retake_button.clicked.connect(self.retake)
        self.use_button.clicked.connect(self.use)
        self.cancel_button.clicked.connect(self.reject)
        self.cameras.activated.connect(self._camera_chosen)
        self.retranslate()
        self._show_state()

        self.session.setVideoSink(self.sink)
        if source is None:
            self.devices.videoInputsChanged.connect(self._devices_changed)
            self._fill_cameras()
        else:
            self._set_choice_visible(False)
        self._ask_permission()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Take a photo"))
        self.camera_label.setText(self.tr("&Camera:"))
        self.hint.setText(
            self.tr(
                "Hold the document flat, close enough to fill the picture, in good light. Take "
                "the photo when the writing is sharp. The photo is kept only in this workspace."
            )
        )
        self.take_button.setText(self.tr("&Take photo"))
        self.retake_button.setText(self.tr("&Retake"))
        self.use_button.setText(self.tr("&Use this photo"))
        self.cancel_button.setText(self.tr("Cancel"))
        if self.live is None and self.taken is None and not self.message.isVisible():
            self.preview.setText(self.tr("Starting the camera…"))

    # -- the source -----------------------------------------------------------------------------

    def _ask_permission(self) -> None:
        """macOS and Windows ask the person once; Linux always allows."""
        from PySide6.QtCore import QCameraPermission

        app = QCoreApplication.instance()
        permission = QCameraPermission()
        if app.checkPermission(permission) == Qt.PermissionStatus.Undetermined:
            app.requestPermission(permission, self, self._permission_answered)
        else:
            self._permission_answered()

    def _permission_answered(self, _answer: object = None) -> None:
        if not camera_permission_granted():
            self._say(
                self.tr(
                    "fieldcase is not allowed to use the camera. Allow it in the system's privacy "
                    "settings, or choose the photo from a file."
                )
            )
            return
        self._allowed = True
        self._start()

    def _start(self) -> None:
        if not self._allowed or self._closed:
            return
        if self.source is not None:
            self.session.setVideoFrameInput(self.source)
            self._running = True
            return
        device = self.cameras.currentData()
        if device is None:
            self._say(
                self.tr(
                    "No camera was found on this laptop. Plug one in, or choose the photo from a "
                    "file."
                )
            )
            return
        self._use_device(device)

    def _use_device(self, device: QCameraDevice) -> None:
        from PySide6.QtMultimedia import QCamera

        self._stop_camera()
        self._say("")
        self.live = None
        camera = QCamera(device, self)
        camera.errorOccurred.connect(self._camera_failed)
        self.camera = camera
        self.session.setCamera(camera)
        camera.start()
        self._running = True
        self._show_state()

    def _camera_failed(self, error: Any, detail: str) -> None:
        from PySide6.QtMultimedia import QCamera

        if error == QCamera.Error.NoError:
            return
        self.live = None  # Take waits for the camera to work again
        text = self.tr(
            "The camera stopped working. Another program may be using it, or it was unplugged. "
            "Close the other program or plug the camera in, then try again."
        )
        self._say(f"{text} ({detail})" if detail else text)
        self._show_state()

    def _fill_cameras(self) -> None:
        from PySide6.QtMultimedia import QMediaDevices

        current = self.cameras.currentData()
        wanted = current.id() if current is not None else QMediaDevices.defaultVideoInput().id()
        self.cameras.clear()
        for device in QMediaDevices.videoInputs():
            self.cameras.addItem(device.description(), device)
            if device.id() == wanted:
                self.cameras.setCurrentIndex(self.cameras.count() - 1)
        self._set_choice_visible(self.cameras.count() > 1)

    def _set_choice_visible(self, visible: bool) -> None:
        self.camera_label.setVisible(visible)
        self.cameras.setVisible(visible)

    def _devices_changed(self) -> None:
        """A camera plugged in or out: offer what is there; start one if none was running."""
        had = self.cameras.currentData()
        self._fill_cameras()
        now = self.cameras.currentData()
        if now is None:
            self._stop_camera()
            self._start()  # says no camera was found
        elif had is None or had.id() != now.id():
            self._start()

    def _camera_chosen(self, _index: int) -> None:
        device = self.cameras.currentData()
        if device is not None and self._allowed:
            self._use_device(device)

    def _stop_camera(self) -> None:
        camera, self.camera = self.camera, None
        if camera is not None:
            camera.errorOccurred.disconnect(self._camera_failed)
            camera.stop()
            self.session.setCamera(None)
            camera.deleteLater()

    def stop(self) -> None:
        """No more frames: the camera is off (its light too), the test source is detached."""
        self._stop_camera()
        if self.source is not None:
            self.session.setVideoFrameInput(None)
        self._running = False

    def running(self) -> bool:
        return self._running

    # -- frames ---------------------------------------------------------------------------------

    def _frame_arrived(self, frame: QVideoFrame) -> None:
        """Keep the newest frame; turn one into a picture at most every ``PREVIEW_MS``. A camera
        sends 30 frames a second, and converting and scaling each on the GUI thread would make a
        weak laptop's screen lag behind the person holding the document."""
        if not self._running or self.taken is not None:
            return
        self._latest = frame
        if not self._preview_due:
            self._preview_due = True
            wait = max(0, PREVIEW_MS - int(self._since_preview.elapsed()))
            QTimer.singleShot(wait, self, self._show_latest)

    def _show_latest(self) -> None:
        self._preview_due = False
        frame, self._latest = self._latest, None
        if frame is None or not self._running or self.taken is not None:
            return
        image = frame.toImage()
        if image.isNull():
            return
        self._since_preview.restart()
        self.live = image
        self._show_image(image, smooth=False)
        self._show_state()

    def _show_image(self, image: QImage, smooth: bool = True) -> None:
        size = self.preview.contentsRect().size()
        self.preview.setPixmap(
            QPixmap.fromImage(
                image.scaled(
                    size,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation
                    if smooth
                    else Qt.TransformationMode.FastTransformation,
                )
            )
        )

    def take(self) -> None:
        if self.live is None:
            return
        self.taken = self.live
        self._show_image(self.taken)
        self._show_state()
        self.use_button.setFocus()

    def retake(self) -> None:
        """Back to the live picture; Take uses a frame that comes after this."""
        self.taken = None
        self.live = None
        self.preview.clear()
        self._show_state()
        self.take_button.setFocus()
        if self.camera is not None and not self.camera.isActive():
            self._start()  # it failed meanwhile: try it again

    def use(self) -> None:
        if self.taken is None:
            return
        data = jpeg_bytes(self.taken)
        if data is None:
            self._say(self.tr("The photo could not be made. Take it again."))
            return
        self._photo = data
        self.accept()

    def photo(self) -> bytes | None:
        """The photo as JPEG bytes (in memory), once "Use this photo" was pressed."""
        return self._photo

    # -- showing and closing --------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        if text and self.live is None and self.taken is None:
            self.preview.clear()  # not "Starting the camera…": it will not start

    def _show_state(self) -> None:
        frozen = self.taken is not None
        self.take_button.setVisible(not frozen)
        self.take_button.setEnabled(self.live is not None)
        self.take_button.setDefault(not frozen)
        self.retake_button.setVisible(frozen)
        self.use_button.setVisible(frozen)
        self.use_button.setDefault(frozen)

    def done(self, result: int) -> None:
        self._closed = True
        self.stop()
        super().done(result)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._running:
            self._start()  # shown again after it was hidden (minimised)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.taken is not None:
            self._show_image(self.taken)

    def hideEvent(self, event: Any) -> None:
        self.stop()
        super().hideEvent(event)
