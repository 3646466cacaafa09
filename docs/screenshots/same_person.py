"""Screenshot of the same-person warning at intake (issue 17), in a language given.

A throw-away workspace holds two earlier cases (Sokha Chea, written in Latin letters, and a
Sokha Heng in Khmer) and an intake begun for a Cambodian girl born in 2010. The intake is resumed
on the name page and her first name is typed in Khmer, key by key; the warning appears under the
questions once typing pauses (the first picture). Then the first candidate is linked and the
review page shows what Finish will do (the second picture, ``-review`` before ``.png``)::

    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python docs/screenshots/same_person.py en same-person.png
    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python docs/screenshots/same_person.py km same-person-km.png

Without a display it falls back to Qt's offscreen platform (``QWidget.grab``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from stage import (
    CHEAP,
    PASSWORD,
    application,
    close,
    log_in,
    open_window,
    settle,
    snap,
    throwaway,
    wait_for,
)

# isort: split
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from app.interviews.form_library import FormLibrary
from app.interviews.interview import Interview
from app.team.case_book import case_book
from app.ui.form_view import InterviewWidget
from app.workspace.folder import Workspace


def workspace(path: Path) -> str:
    """Two earlier cases and an intake begun (consent, citizenship, date of birth); its id."""
    session, _ = Workspace.create(path, "Ana", PASSWORD, cost=CHEAP)
    book = case_book(session)
    book.open_case(
        {
            "prs_First_Name": "Sokha",
            "prs_Second_Name": "Chea",
            "prs_Gender": "Feminine",
            "prs_Citizenship": "KH",
            "prs_Birthdate": "2010-03-01",
        },
        "intake",
    )
    book.open_case(
        {
            "prs_First_Name": "សុខា",
            "prs_Second_Name": "ហេង",
            "prs_Gender": "Feminine",
            "prs_Citizenship": "KH",
            "age": "17",
        },
        "intake",
    )
    interview = Interview.start(session, book, FormLibrary().on(book.store).get("intake"))
    for key, value in (
        ("social_worker", "Sophea"),
        ("con_Consent", "TRUE"),
        ("prs_Gender", "Feminine"),
        ("prs_Citizenship", "KH"),
        ("prs_Birthdate", "2010-07-15"),
    ):
        interview.set_answer(key, value)
    data = interview.snapshot()
    data["summary"] = {"person": "", "page": "prs_First_Name"}
    draft_id = interview.persist(data)
    session.lock()
    return draft_id


def type_text(widget: QWidget, text: str) -> None:
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def main(language: str, name: str) -> None:
    app = application(language)
    with throwaway() as tmp:
        path = tmp / "ws"
        draft_id = workspace(path)
        desk = open_window(app, path, language, (1100, 760))
        window = desk.window
        log_in(desk)
        wait_for(app, lambda: desk.case_tasks is not None, "the case list")
        settle(app, 1)
        desk.interviews.resume(draft_id, "prs_First_Name")
        wait_for(
            app, lambda: isinstance(window.stack.currentWidget(), InterviewWidget), "the draft"
        )
        screen = window.stack.currentWidget()
        assert isinstance(screen, InterviewWidget)
        line = screen.boxes["prs_First_Name"].editor.line  # type: ignore[union-attr]
        QTest.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(10, line.height() // 2))
        settle(app, 0.3)
        type_text(line, "សុខា")
        panel = screen.same_person.panel
        wait_for(app, panel.isVisible, "the same-person panel")
        settle(app, 1)
        listed = panel.list
        first = listed.topLevelItem(0)
        assert first is not None
        QTest.mouseClick(
            listed.viewport(),
            Qt.MouseButton.LeftButton,
            pos=listed.visualItemRect(first).center(),
        )
        settle(app, 0.5)
        snap(app, window, name)
        QTest.mouseClick(panel.link_button, Qt.MouseButton.LeftButton)
        settle(app, 0.5)
        pages = screen.page_list
        last = pages.item(pages.count() - 1)
        QTest.mouseClick(
            pages.viewport(), Qt.MouseButton.LeftButton, pos=pages.visualItemRect(last).center()
        )
        settle(app, 1)
        assert screen.finish_page.link_box.isVisible(), "the review page shows no link"
        review = name.replace(".png", "-review.png")
        snap(app, window, review)
        close(app, desk)


if __name__ == "__main__":
    main(
        sys.argv[1] if len(sys.argv) > 1 else "en",
        sys.argv[2] if len(sys.argv) > 2 else "same-person.png",
    )
