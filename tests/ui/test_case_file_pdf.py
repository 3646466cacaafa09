"""Issue 17 (what to build): a printable case file. From the case view, "Print case file…" (or
Ctrl+P) asks the language(s) and where to save, warns that the file leaves the encryption, and
writes a PDF whose words are the forms' labels in the languages chosen; the print is audited.
An interpreter has no such action; a folder that cannot be written, or a full disk, is said in
words and leaves no file behind.

The PDF is read back with Qt's own PDF reader (QPdfDocument). Qt's PDF writer maps each glyph to
the character the font's table gives it, so text taken out of a PDF in Khmer (or Burmese, Lao,
Thai) lacks the characters drawn as subscripts or ligatures: a Khmer label is looked for as Qt
writes that same label alone into a PDF (``as_pdf_text``), which is what a person copying text
out of the file gets. The rendering itself is checked by eye (docs/screenshots/case_file_pdf.py).
"""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QGuiApplication, QPainter, QPdfWriter, QTextDocument
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QAbstractButton, QApplication, QMenu
from pytestqt.qtbot import QtBot

from app.errors import PermissionDenied
from app.ui.case_file_dialog import CaseFileDialog
from app.ui.case_view import CaseView
from app.ui.fonts import register_bundled_fonts
from app.ui.i18n import QM_DIR, install_language
from app.ui.main import DesktopApp
from app.workspace import audit
from app.workspace.folder import Workspace
from app.workspace.roles import Role
from tests.conftest import CHEAP
from tests.ui.by_hand import (
    ALT,
    WAIT,
    bring_forward,
    choose,
    click,
    modal_button,
    press,
    type_text,
)
from tests.ui.casefile import CODES, FAMILY, GIVEN, PASSWORD, CaseFile, make_case_file
from tests.ui.desktop import log_in, shut_down, start_desktop
from tests.ui.test_case_in_language import form_words, open_the_case

WRITE = "Write the unencrypted PDF"
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    register_bundled_fonts()  # as the app does when it starts (app/ui/main.py)
    yield
    install_language("en")
    QLocale.setDefault(QLocale("en"))


def squeezed(text: str) -> str:
    return "".join(text.split())


def khmer(text: str) -> str:
    """Only the Khmer letters of ``text``: a glyph with no character of its own (a subscript
    consonant) comes out of a PDF as a stand-in that differs from one file to the next."""
    return "".join(ch for ch in text if "\u1780" <= ch <= "\u17ff" or "\u19e0" <= ch <= "\u19ff")


def pdf_pages(path: Path) -> list[str]:
    document = QPdfDocument()
    document.load(str(path))
    assert document.status() == QPdfDocument.Status.Ready, document.error()
    return [document.getAllText(page).text() for page in range(document.pageCount())]


def as_pdf_text(words: str) -> str:
    """The Khmer letters of ``words`` as Qt's PDF writer puts them into a PDF and its reader
    takes them out again."""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultFont(QFont(QGuiApplication.font()))
    document.setPlainText(words)
    painter = QPainter(writer)
    document.drawContents(painter)
    painter.end()
    buffer.close()
    reader = QPdfDocument()
    reader_buffer = QBuffer(array)
    reader_buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader.load(reader_buffer)
    found = khmer(reader.getAllText(0).text())
    assert len(found) * 2 >= len(khmer(words)), f"{words!r} comes out as {found!r}"
    return found


def print_dialog(qtbot: QtBot, view: CaseView) -> CaseFileDialog:
    qtbot.waitUntil(
        lambda: isinstance(view.dialog, CaseFileDialog) and view.dialog.isVisible(), timeout=WAIT
    )
    dialog = view.dialog
    assert isinstance(dialog, CaseFileDialog)
    bring_forward(qtbot, dialog)
    return dialog


def save_as_by_keys(qtbot: QtBot, path: Path) -> None:
    """Alt+S to the "Save as" box, everything in it selected and replaced by typing."""
    press(qtbot, Qt.Key.Key_S, ALT)
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(str(path))


def audit_rows(path: Path, action: str) -> tuple[list[tuple[str, str]], bool]:
    session = Workspace.at(path).login("ana", PASSWORD)
    try:
        rows = [
            (str(r[0]), str(r[1]))
            for r in session.store.query(
                "SELECT object, detail FROM audit WHERE action = ?", (action,)
            )
        ]
        return rows, audit.verify(session.store).ok
    finally:
        session.lock()


def visible_texts() -> list[str]:
    """Every visible button's text and every visible menu entry's, in every window, without '&'."""
    texts = []
    for window in QApplication.topLevelWidgets():
        if window.isVisible():
            texts += [b.text() for b in window.findChildren(QAbstractButton) if b.isVisible()]
            for menu in window.findChildren(QMenu):
                texts += [a.text() for a in menu.actions() if a.isVisible()]
    return [t.replace("&", "") for t in texts]


def withdraw_research_consent(path: Path, case: CaseFile) -> None:
    from app.team.case_book import case_book

    session = Workspace.at(path).login("ana", PASSWORD)
    case_book(session).withdraw_consent(case.case_id, "research", date(2026, 11, 25))
    session.lock()


def test_a_supervisor_prints_the_case_file_in_khmer_beside_english(
    qtbot: QtBot, workspace_path: Path, tmp_path: Path, desktops: list[DesktopApp]
) -> None:
    case: CaseFile = make_case_file(workspace_path)
    withdraw_research_consent(workspace_path, case)
    desktop = start_desktop(qtbot, workspace_path)
    desktops.append(desktop)
    log_in(qtbot, desktop, "ana", PASSWORD)
    bring_forward(qtbot, desktop.window)
    view = open_the_case(qtbot, desktop, rows=5)  # and the consent withdrawn

    click(qtbot, view.print_button)
    dialog = print_dialog(qtbot, view)
    press(qtbot, Qt.Key.Key_L, ALT)  # Language: Khmer, English beside it
    choose(qtbot, dialog.language, "ខ្មែរ")
    press(qtbot, Qt.Key.Key_B, ALT)
    choose(qtbot, dialog.beside, "English")
    target = tmp_path / "for the partner" / "case-file.pdf"
    target.parent.mkdir()
    save_as_by_keys(qtbot, target)
    press(qtbot, Qt.Key.Key_Return)  # the dialog's default button: Write PDF
    click(qtbot, modal_button(qtbot, WRITE))  # the warning: it leaves the encryption
    qtbot.waitUntil(lambda: "saved" in dialog.status.text(), timeout=WAIT)
    assert str(target) in dialog.status.text() and not dialog.error.text()
    assert [p.name for p in target.parent.iterdir()] == ["case-file.pdf"]  # no temporary file

    pages = pdf_pages(target)
    for number, page in enumerate(pages, 1):  # the header: confidential, the case, page N of M
        assert "Confidential" in page and case.case_id in page, page[:200]
        assert f" {number} " in page and f" {len(pages)}" in page
    text = "\n".join(pages)
    flat = squeezed(text)
    for code in CODES:
        assert code not in text, f"{code!r} printed"
    gender_km, transgender_km = form_words("intake", "prs_Gender", "TransgenderFeminine", "km")
    _, labour_km = form_words("intake", "vic_TypeOfExploitation", "ForcedLabour", "km")
    living_km, family_km = form_words("follow_up", "living_situation", "with_family", "km")
    printed_khmer = khmer(text)
    for words in (gender_km, transgender_km, labour_km, living_km, family_km, FAMILY, GIVEN):
        assert as_pdf_text(words) in printed_khmer, f"{words!r} not printed"
    _, sexual_km = form_words("intake", "vic_TypeOfExploitation", "SexualExploitation", "km")
    assert as_pdf_text(sexual_km) not in printed_khmer  # words of answers not given are not
    gender, transgender = form_words("intake", "prs_Gender", "TransgenderFeminine", "en")
    living, family = form_words("follow_up", "living_situation", "with_family", "en")
    # the app's own words in Khmer too, whatever the interface language (English here)
    khmer_words = QTranslator()
    assert khmer_words.load(str(QM_DIR / "fieldcase_km.qm"))
    confidential_km = khmer_words.translate("CaseFilePdf", "Confidential: do not copy or pass on")
    timeline_km = khmer_words.translate("CaseView", "Timeline")
    for words in (confidential_km, timeline_km):
        assert words and as_pdf_text(words) in printed_khmer, f"{words!r} not printed"
    research = "Use for statistics and research"  # the consent withdrawn since the intake
    for words in (gender, transgender, living, family, "Forced labour", "Confidential", research):
        assert squeezed(words) in flat, f"{words!r} not printed"

    click(qtbot, dialog.close_button)
    shut_down(qtbot, desktop)
    printed, chain_ok = audit_rows(workspace_path, audit.Action.PRINT)
    assert chain_ok
    assert [obj for obj, _ in printed] == [f"case:{case.case_id}"]
    detail = json.loads(printed[0][1])
    assert detail["file"] == str(target) and detail["languages"] == ["km", "en"]


def test_an_interpreter_has_no_print_action(
    qtbot: QtBot, workspace_path: Path, desktops: list[DesktopApp]
) -> None:
    case = make_case_file(workspace_path)  # chi is its interpreter
    desktop = start_desktop(qtbot, workspace_path)
    desktops.append(desktop)
    login = desktop.login  # an interpreter gets no case list: log_in() would wait for one
    assert login is not None
    qtbot.waitUntil(lambda: login.user.findText("chi") >= 0, timeout=WAIT)
    login.user.setCurrentText("chi")
    qtbot.keyClicks(login.password, PASSWORD)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desktop.interpreter.screen is not None, timeout=WAIT)
    bring_forward(qtbot, desktop.window)
    screen = desktop.interpreter.screen
    assert screen is not None
    qtbot.waitUntil(screen.switch_button.isVisible, timeout=WAIT)

    assert not any("Print" in text for text in visible_texts())
    press(qtbot, Qt.Key.Key_P, CTRL)
    qtbot.wait(200)
    assert not any(isinstance(w, CaseFileDialog) for w in QApplication.topLevelWidgets())
    shut_down(qtbot, desktop)

    # and the core gives an interpreter no session on the cases at all: nothing to print from
    with pytest.raises(PermissionDenied):
        Workspace.at(workspace_path).login("chi", PASSWORD)
    assert case.case_id


def social_worker(path: Path) -> None:
    session = Workspace.at(path).login("ana", PASSWORD)
    session.add_user("sok", Role.SOCIAL_WORKER, PASSWORD, cost=CHEAP)
    session.lock()


def test_a_folder_that_cannot_be_written_or_a_full_disk_leaves_no_file(
    qtbot: QtBot,
    workspace_path: Path,
    tmp_path: Path,
    desktops: list[DesktopApp],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make_case_file(workspace_path)
    social_worker(workspace_path)
    desktop = start_desktop(qtbot, workspace_path)
    desktops.append(desktop)
    log_in(qtbot, desktop, "sok", PASSWORD)  # a social worker may print too
    bring_forward(qtbot, desktop.window)
    view = open_the_case(qtbot, desktop)
    click(qtbot, view.timeline.viewport())  # the keyboard focus in the case view
    press(qtbot, Qt.Key.Key_P, CTRL)
    dialog = print_dialog(qtbot, view)

    # a "folder" that is a file (a USB stick pulled out reads the same): nothing can go there
    blocker = tmp_path / "not a folder"
    blocker.write_bytes(b"")
    if os.geteuid() != 0:  # root writes through permissions: only a non-root run can test them
        blocker = tmp_path / "read-only"
        blocker.mkdir(mode=0o500)
    save_as_by_keys(qtbot, blocker / "case-file.pdf")
    press(qtbot, Qt.Key.Key_Return)
    click(qtbot, modal_button(qtbot, WRITE))
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=WAIT)
    assert "cannot be written in the folder" in dialog.error.text()
    assert str(blocker) in dialog.error.text() and "saved" not in dialog.status.text()

    # a full disk: the first write fails, the temporary file goes, the old file is untouched
    folder = tmp_path / "usb"
    folder.mkdir()
    (folder / "case-file.pdf").write_bytes(b"the copy printed last week")

    def full(fd: int, data: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("app.workspace.durable.os.write", full)
    bring_forward(qtbot, dialog)
    save_as_by_keys(qtbot, folder / "case-file.pdf")
    press(qtbot, Qt.Key.Key_Return)
    click(qtbot, modal_button(qtbot, WRITE))
    qtbot.waitUntil(lambda: "disk is full" in dialog.error.text(), timeout=WAIT)
    assert [p.name for p in folder.iterdir()] == ["case-file.pdf"]
    assert (folder / "case-file.pdf").read_bytes() == b"the copy printed last week"
    monkeypatch.undo()

    click(qtbot, dialog.close_button)
    shut_down(qtbot, desktop)
    printed, chain_ok = audit_rows(workspace_path, audit.Action.PRINT)
    assert printed == [] and chain_ok
