"""Asking before a file leaves the encryption (an identified export, a printed case file).

The warning says who can read the file once written and how to keep it; Cancel is the default and
the Escape button, so Enter never writes it. The caller gives the words (in its own translation
context) and what to do once the person chose to write.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget
from shiboken6 import isValid


def ask_before_leaving(
    parent: QWidget,
    title: str,
    text: str,
    advice: str,
    write_label: str,
    cancel_label: str,
    write: Callable[[], None],
    done: Callable[[], None],
) -> QMessageBox:
    """Open the warning (window-modal, not blocking); ``write`` runs when the person chose to
    write and ``parent`` still exists, ``done`` once the warning is answered either way."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(advice)
    write_button = box.addButton(write_label, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(cancel_label, QMessageBox.ButtonRole.RejectRole)
    write_button.setAutoDefault(False)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)

    def answered() -> None:
        done()
        if box.clickedButton() is write_button and isValid(parent):
            write()
        box.deleteLater()

    box.finished.connect(answered)
    box.open()
    return box
