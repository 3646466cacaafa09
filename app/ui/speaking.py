"""The app's own words in a language other than the interface's, for a moment (GUI thread).

A printed case file is read by a partner in their language, whatever language the worker's
screen is in: ``speaking(code)`` puts that language's translator first and its locale as the
default while a block runs, so ``translate`` and ``date_text`` give that language's words and
dates, then puts everything back. The windows on screen are not told (no LanguageChange reaches
them): they keep their words, and Qt does not reset open dialogs' standard buttons.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTranslator

from app.ui.i18n import QM_DIR


class _OnlyLanguage(QTranslator):
    """The app's words in one language, whatever the interface language: a text this language
    lacks reads as its English source, never in the interface's language."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.inner: QTranslator | None = None
        if language != "en":
            inner = QTranslator(self)
            if inner.load(str(QM_DIR / f"fieldcase_{language}.qm")):
                self.inner = inner

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if self.inner is None:
            return source
        look_up = self.inner.translate  # a translator's own look-up, not an interface string
        return look_up(context, source, disambiguation, n) or source

    def isEmpty(self) -> bool:
        return False


class _QuietLanguageChange(QObject):
    """Keeps a passing translator from telling every window that the language changed (Qt would
    reset the standard buttons of open dialogs to its own words)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() == QEvent.Type.LanguageChange and watched is self.parent()


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """GUI thread: for the duration of the block, the app's words (``translate``) and dates
    (``date_text``) are in ``language``; the interface keeps its own language on screen."""
    app = QCoreApplication.instance()
    if app is None:
        yield
        return
    translator = _OnlyLanguage(language)
    quiet = _QuietLanguageChange(app)
    app.installEventFilter(quiet)
    before = QLocale()
    app.installTranslator(translator)
    QLocale.setDefault(QLocale(language))
    try:
        yield
    finally:
        app.removeTranslator(translator)
        QLocale.setDefault(before)
        app.removeEventFilter(quiet)
        quiet.deleteLater()
