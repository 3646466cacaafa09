"""Input the way a person gives it, for user-path tests: mouse clicks on visible widgets, keys
pressed into whatever has the keyboard focus, menus opened from the menu bar (a click on the
title or Alt+letter) and submenus reached by hover, click or the arrow keys.

Nothing here calls a widget's own methods to make something happen; the tests only read what
is on screen. A menu action is found by its text as shown, and clicked where it is drawn
(``QMenu.actionGeometry``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QMainWindow,
    QMenu,
    QPushButton,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

WAIT = 20_000  # ms: generous, the machines running the tests are shared
NONE = Qt.KeyboardModifier.NoModifier
ALT = Qt.KeyboardModifier.AltModifier
LEFT = Qt.MouseButton.LeftButton


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
    """One key press and release into the widget with the keyboard focus (an open menu takes
    the keys while it is open, as on a real screen)."""
    target = QApplication.activePopupWidget() or focus()
    qtbot.keyClick(target, key, modifier)


def type_text(text: str) -> None:
    """One key event per character into the focused widget (any script, unlike keyClicks)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(focus(), QKeyEvent(kind, 0, NONE, char))


def click(qtbot: QtBot, widget: QWidget, pos: QPoint | None = None) -> None:
    assert widget.isVisible(), f"{widget!r} is not on screen"
    qtbot.mouseClick(widget, LEFT, pos=pos if pos is not None else widget.rect().center())


def double_click(qtbot: QtBot, widget: QWidget, pos: QPoint) -> None:
    """Press, release, press again: QTest's double-click event alone lacks the first press, which
    item views need to know what was pressed."""
    click(qtbot, widget, pos)
    qtbot.mouseDClick(widget, LEFT, pos=pos)


def bring_forward(qtbot: QtBot, window: QWidget) -> None:
    """The window shown and active: keyboard shortcuts and mnemonics reach the active window."""
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)


def open_menu_by_click(qtbot: QtBot, window: QMainWindow, menu: QMenu) -> None:
    """A click on the menu's title in the menu bar; returns once the menu is open."""
    bar = window.menuBar()
    rect = bar.actionGeometry(menu.menuAction())
    assert rect.isValid() and not rect.isEmpty(), f"{menu.title()!r} is not in the menu bar"
    click(qtbot, bar, rect.center())
    qtbot.waitUntil(menu.isVisible, timeout=WAIT)


def action_named(menu: QMenu, text: str) -> QAction:
    """The first visible action whose text, without its mnemonic '&', contains ``text``."""
    for action in menu.actions():
        if action.isVisible() and text in action.text().replace("&", ""):
            return action
    shown = [a.text() for a in menu.actions() if a.isVisible()]
    raise AssertionError(f"no {text!r} in the menu; it shows {shown}")


def action_point(menu: QMenu, action: QAction) -> QPoint:
    rect = menu.actionGeometry(action)
    assert rect.isValid() and not rect.isEmpty(), f"{action.text()!r} is not drawn in the menu"
    return rect.center()


def hover(qtbot: QtBot, menu: QMenu, action: QAction) -> None:
    """The mouse over an action, arriving from the menu's left edge (a person's pointer moves:
    Qt opens a submenu on movement, not on a pointer that appears from nowhere)."""
    target = action_point(menu, action)
    for x in range(2, target.x() + 1, max(1, target.x() // 8)):
        qtbot.mouseMove(menu, QPoint(x, target.y()))
    qtbot.mouseMove(menu, target)


def click_action(qtbot: QtBot, menu: QMenu, action: QAction) -> None:
    assert menu.isVisible(), f"the menu {menu.title()!r} is not open"
    hover(qtbot, menu, action)
    click(qtbot, menu, action_point(menu, action))


def scroll_into_view(area: QScrollArea, widget: QWidget) -> None:
    """Turn the mouse wheel over ``area`` until ``widget`` is wholly in view (or the page ends)."""
    viewport = area.viewport()
    bar = area.verticalScrollBar()
    centre = viewport.rect().center()
    for _ in range(100):
        top = widget.mapTo(viewport, QPoint(0, 0)).y()
        if top >= 0 and top + widget.height() <= viewport.height():
            return
        before = bar.value()
        wheel = QWheelEvent(
            QPointF(centre),
            QPointF(viewport.mapToGlobal(centre)),
            QPoint(0, 0),
            QPoint(0, -120 if top > 0 else 120),  # one notch down (or up)
            Qt.MouseButton.NoButton,
            NONE,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(viewport, wheel)
        if bar.value() == before:
            break
    raise AssertionError(f"{widget!r} cannot be scrolled into view")


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Click the box (its list opens), Escape (it closes, the box keeps the focus), then the
    arrow keys until ``text`` shows, as a person picks from a list by keyboard."""
    click(qtbot, combo)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(combo.hasFocus, timeout=WAIT)
    press(qtbot, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        press(qtbot, Qt.Key.Key_Down)
    assert combo.currentText() == text


def modal_button(qtbot: QtBot, text: str) -> QPushButton:
    """The visible button whose text (without '&') is ``text`` on the window that now blocks
    the others (a confirmation): waits for that window to show."""

    def found() -> QPushButton | None:
        modal = QApplication.activeModalWidget()
        if modal is None or not modal.isVisible():
            return None
        for button in modal.findChildren(QPushButton):
            if button.isVisible() and button.text().replace("&", "") == text:
                return button
        return None

    qtbot.waitUntil(lambda: found() is not None, timeout=WAIT)
    button = found()
    assert button is not None
    return button
