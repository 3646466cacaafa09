"""What a screen cuts off: every visible label, button, box title and column header whose text
needs more room than it was given, measured with the widget's own font (``fontMetrics``).

- A label on one line: its text's width fits its contents' width. A label that wraps: the height
  it needs at its width fits its height. Rich text is measured as a document at that width.
- A button, check box or radio button: its size hint (text, icon and frame, as the style draws
  them) fits its size; a button that opens a menu also has room for the menu's arrow.
- A combo box: the text shown fits the room the style leaves beside its arrow.
- A group box's title fits its width; a column header's text fits its section.

Each finding names the widget's class, object name or text, and the room needed and given.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

SLACK = 1  # px: rounding between measuring and drawing


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.width() > 0 and widget.height() > 0


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _label(label: QLabel) -> str | None:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    room = label.contentsRect()
    room.adjust(label.margin(), label.margin(), -label.margin(), -label.margin())
    if GuiQt.mightBeRichText(text) or label.textFormat() == Qt.TextFormat.RichText:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        if label.wordWrap():
            document.setTextWidth(room.width())
            needed = document.size().height()
            return None if needed <= room.height() + SLACK else f"{needed:.0f} > {room.height()}"
        needed = document.idealWidth()
        return None if needed <= room.width() + SLACK else f"{needed:.0f} > {room.width()}"
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        return None if needed <= label.height() + SLACK else f"height {needed} > {label.height()}"
    shown = _plain(text) if label.buddy() is not None else text
    widest = max(label.fontMetrics().horizontalAdvance(line) for line in shown.split("\n"))
    if widest > room.width() + SLACK:
        return f"width {widest} > {room.width()}"
    tall = label.sizeHint().height()
    if tall > label.height() + SLACK:
        return f"height {tall} > {label.height()}"
    return None


def _sized(widget: QWidget) -> str | None:
    hint = widget.sizeHint()
    if hint.width() > widget.width() + SLACK:
        return f"width {hint.width()} > {widget.width()}"
    if hint.height() > widget.height() + SLACK:
        return f"height {hint.height()} > {widget.height()}"
    return None


def _menu_button(button: QAbstractButton) -> str | None:
    """A button that opens a menu has room for its text and, beside it, the menu's arrow (a
    tool button's arrow was drawn over the end of "Calendar")."""
    menu = getattr(button, "menu", None)
    if not callable(menu) or menu() is None:
        return None
    style = button.style()
    needed = (
        button.fontMetrics().horizontalAdvance(_plain(button.text()))
        + style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
        + 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
    )
    return (
        None if needed <= button.width() + SLACK else f"text and arrow {needed} > {button.width()}"
    )


def _combo(combo: QComboBox) -> str | None:
    """The text shown in the box fits the room the style leaves beside its arrow."""
    if combo.isEditable() or not combo.currentText():
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    room = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    needed = combo.fontMetrics().horizontalAdvance(combo.currentText())
    if combo.iconSize().width() and not combo.itemIcon(combo.currentIndex()).isNull():
        needed += combo.iconSize().width() + 4
    return None if needed <= room.width() + SLACK else f"text {needed} > {room.width()}"


def _group(box: QGroupBox) -> str | None:
    title = _plain(box.title())
    if not title:
        return None
    needed = box.fontMetrics().horizontalAdvance(title)
    return None if needed <= box.width() + SLACK else f"title {needed} > {box.width()}"


def _headers(header: QHeaderView) -> list[str]:
    found = []
    model = header.model()
    if model is None:
        return found
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) == 0:
            continue
        text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        needed = header.sectionSizeFromContents(section).width()  # text, margins, sort arrow
        size = header.sectionSize(section)
        if header.orientation() == Qt.Orientation.Horizontal and needed > size + SLACK:
            found.append(f"header {str(text)!r}: {needed} > {size}")
    return found


def _name(widget: QWidget) -> str:
    text = ""
    for attribute in ("text", "title", "currentText"):
        getter = getattr(widget, attribute, None)
        if callable(getter):
            text = str(getter())
            break
    short = text if len(text) <= 50 else text[:47] + "…"
    return f"{type(widget).__name__}({widget.objectName() or short!r})"


def clipped(root: QWidget) -> list[str]:
    """Every text ``root`` and its visible children cut off, one line each."""
    findings: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget, root) and widget is not root:
            continue
        problem: str | None = None
        if isinstance(widget, QLabel):
            problem = _label(widget)
        elif isinstance(widget, QComboBox):
            problem = _combo(widget)
        elif isinstance(widget, QAbstractButton):
            if isinstance(widget.parentWidget(), QHeaderView):
                continue
            problem = _sized(widget) or _menu_button(widget)
        elif isinstance(widget, QGroupBox):
            problem = _group(widget)
        elif isinstance(widget, QAbstractItemView):
            header = getattr(widget, "horizontalHeader", None) or getattr(widget, "header", None)
            if header is not None and header().isVisible():
                findings += [f"{_name(widget)}: {f}" for f in _headers(header())]
        if problem:
            findings.append(f"{_name(widget)}: {problem}")
    return findings
