"""Text size: larger or smaller text for the whole app, remembered on this laptop.

Social workers read long questions, sometimes in a second script, on small laptop screens; some
need larger text, and Khmer or Burmese marks need the room. View > Larger text (Ctrl++),
Smaller text (Ctrl+-) and Normal size (Ctrl+0) scale the application font in steps from 85 % to
200 %. Every widget that uses the application font follows at once; widgets that derive a
larger font from it (the interviewee's language in interpreter mode, titles) recompute theirs on
Qt's font-change event. The size is a property of the laptop (it is needed on the login screen,
before anyone is known) and holds nothing personal, so it lives in the user's Qt settings, not
in the encrypted workspace.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

STEPS = (0.85, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)
SETTING = "display/text_scale"
TITLE_PT = 20.0  # the screen titles' size at 100 %

STYLE = """
QLabel#title {{ font-size: {title:.1f}pt; font-weight: 600; margin: 8px 0; }}
QLabel#error {{ color: #b00020; }}
"""


def style_sheet(scale: float) -> str:
    return STYLE.format(title=TITLE_PT * scale)


_base_point_size: float | None = None  # the app font's size at 100 %, taken once per process


def _settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "fieldcase", "fieldcase"
    )


class TextSize(QObject):
    """The app's text scale: read at start, changed from the View menu, saved at once."""

    changed = Signal(float)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        global _base_point_size
        if _base_point_size is None:
            base = QGuiApplication.font().pointSizeF()
            _base_point_size = base if base > 0 else 10.0
        self.base_point_size = _base_point_size
        stored = _settings().value(SETTING, 1.0)
        try:
            wanted = float(stored)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            wanted = 1.0
        self.scale = min(STEPS, key=lambda step: abs(step - wanted))
        self.menu: QMenu | None = None
        self.larger = QAction(self)
        self.larger.setShortcuts([QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")])
        self.larger.triggered.connect(lambda: self.step(+1))
        self.smaller = QAction(self)
        self.smaller.setShortcuts([QKeySequence(QKeySequence.StandardKey.ZoomOut)])
        self.smaller.triggered.connect(lambda: self.step(-1))
        self.normal = QAction(self)
        self.normal.setShortcuts([QKeySequence("Ctrl+0")])  # a list: see MainWindow
        self.normal.triggered.connect(lambda: self.set_scale(1.0))
        self._apply()
        self.retranslate()

    def install(self, window: QMainWindow) -> None:
        """Put the View menu in ``window``'s menu bar; the shortcuts work on every screen."""
        self.menu = window.menuBar().addMenu("")
        for action in (self.larger, self.smaller, self.normal):
            self.menu.addAction(action)
            window.addAction(action)
        self.retranslate()

    def step(self, direction: int) -> None:
        index = STEPS.index(self.scale) + direction
        self.set_scale(STEPS[max(0, min(len(STEPS) - 1, index))])

    def set_scale(self, scale: float) -> None:
        scale = min(STEPS, key=lambda step: abs(step - scale))
        if scale == self.scale:
            return
        self.scale = scale
        settings = _settings()
        settings.setValue(SETTING, scale)
        settings.sync()
        self._apply()
        self.changed.emit(scale)

    def _apply(self) -> None:
        # The style sheet first: re-polishing after the font change would put back the fonts
        # that widgets derived from the old size.
        app = QApplication.instance()
        sheet = style_sheet(self.scale)
        if isinstance(app, QApplication) and app.styleSheet() != sheet:  # re-polishing is not free
            app.setStyleSheet(sheet)
        font = QGuiApplication.font()
        font.setPointSizeF(self.base_point_size * self.scale)
        QGuiApplication.setFont(font)
        self.larger.setEnabled(self.scale < STEPS[-1])
        self.smaller.setEnabled(self.scale > STEPS[0])

    def retranslate(self) -> None:
        if self.menu is not None:
            self.menu.setTitle(self.tr("&View"))
        self.larger.setText(self.tr("&Larger text"))
        self.smaller.setText(self.tr("&Smaller text"))
        self.normal.setText(self.tr("&Normal text size"))
