"""Help → "Install update…" as a supervisor uses it: the folder (or a .zip / .tar.gz of it) is
chosen in Qt's own file chooser by keyboard (typed, then Enter), the dialog says in one line what
it found: the version, the key that signed it and "verified", or why it was refused; Install is
possible only after "verified". Help → "Go back to version X…" then offers the version the update
replaced, after a confirmation naming both; the status bar's news keeps to one line in Burmese.

The release keys shipped in the program are swapped for the test's throwaway key where a release
must verify (the app itself offers no way to add one: tests/adversary/test_tampered_release.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from app.system.releases import install as install_module
from app.system.releases import trust
from app.system.releases.install import current, running_version
from app.system.releases.manifest import this_platform
from app.system.releases.minisign import SecretKey
from app.team.case_book import case_book
from app.team.release_news import SETTING
from app.ui.main import DesktopApp
from app.ui.update_dialog import UpdateDialog
from app.workspace.folder import Workspace
from tests.adversary.release_kit import bundle, installed
from tests.conftest import CHEAP
from tests.ui.by_hand import (
    WAIT,
    action_named,
    bring_forward,
    click,
    click_action,
    modal_button,
    open_menu_by_click,
    press,
    type_text,
)
from tests.ui.desktop import log_in, start_desktop

PASSWORD = "supervisor password 1"
KEY = SecretKey.generate()


@pytest.fixture
def trusted_here(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(trust, "shipped_keys", lambda: [KEY.public_key()])
    yield


def _desktop(
    qtbot: QtBot,
    path: Path,
    desktops: list[DesktopApp],
    announcement: str | None = None,
    language: str = "en",
) -> DesktopApp:
    session, _ = Workspace.create(path, "Ana", PASSWORD, cost=CHEAP)
    if announcement is not None:  # what the team's server said at the last sync
        store = case_book(session).store
        with store.atomic():
            store.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)", (SETTING, announcement)
            )
    session.lock()
    desktop = start_desktop(qtbot, path, language)
    desktops.append(desktop)
    log_in(qtbot, desktop, "Ana", PASSWORD)
    bring_forward(qtbot, desktop.window)
    return desktop


def _open_dialog(qtbot: QtBot, desktop: DesktopApp) -> UpdateDialog:
    window = desktop.window
    menu = desktop.updates.menu
    qtbot.waitUntil(lambda: menu.menuAction().isVisible(), timeout=WAIT)
    open_menu_by_click(qtbot, window, menu)
    click_action(qtbot, menu, action_named(menu, "Install update"))
    qtbot.waitUntil(lambda: isinstance(desktop.updates.dialog, UpdateDialog), timeout=WAIT)
    dialog = desktop.updates.dialog
    assert isinstance(dialog, UpdateDialog)
    bring_forward(qtbot, dialog)
    return dialog


def _choose_by_keyboard(qtbot: QtBot, dialog: UpdateDialog, folder: Path) -> None:
    click(qtbot, dialog.choose_button)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QFileDialog), timeout=WAIT)
    chooser = QApplication.activeModalWidget()
    assert chooser is not None and chooser.isVisible()
    bring_forward(qtbot, chooser)
    type_text(str(folder))
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not chooser.isVisible(), timeout=WAIT)


def _says(qtbot: QtBot, dialog: UpdateDialog, words: str) -> None:
    qtbot.waitUntil(lambda: words in dialog.result_line.text(), timeout=WAIT)


def test_a_release_signed_by_an_unknown_key_is_refused_in_one_line(
    qtbot: QtBot, workspace_path: Path, tmp_path: Path, desktops: list[DesktopApp]
) -> None:
    release = bundle(tmp_path / "usb" / "fieldcase-99.0.0", "99.0.0", KEY, this_platform())
    dialog = _open_dialog(qtbot, _desktop(qtbot, workspace_path, desktops))
    assert f"This laptop runs fieldcase {running_version()}." in dialog.intro.text()
    _choose_by_keyboard(qtbot, dialog, release)
    _says(qtbot, dialog, "Refused: the update is signed by a key fieldcase does not trust.")
    assert "\n" not in dialog.result_line.text()
    assert KEY.key_id_hex in dialog.detail.text()
    assert not dialog.install_button.isEnabled()


def test_a_verified_release_shows_its_version_and_key_and_installs(
    qtbot: QtBot,
    workspace_path: Path,
    tmp_path: Path,
    desktops: list[DesktopApp],
    trusted_here: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root = installed(tmp_path / "install", running_version(), KEY)
    monkeypatch.setattr(install_module, "install_root", lambda: root)
    release = bundle(tmp_path / "usb" / "fieldcase-99.0.0", "99.0.0", KEY, this_platform())
    dialog = _open_dialog(qtbot, _desktop(qtbot, workspace_path, desktops))
    _choose_by_keyboard(qtbot, dialog, release)
    _says(qtbot, dialog, f"fieldcase 99.0.0 · signed by release key {KEY.key_id_hex} · verified")
    assert dialog.install_button.isEnabled()
    click(qtbot, dialog.install_button)
    _says(qtbot, dialog, "Installed: fieldcase 99.0.0 starts the next time fieldcase is opened")
    assert current(root) == "99.0.0"
    assert not dialog.install_button.isEnabled()


def test_a_changed_file_is_refused_and_a_developer_copy_installs_nothing(
    qtbot: QtBot,
    workspace_path: Path,
    tmp_path: Path,
    desktops: list[DesktopApp],
    trusted_here: None,
) -> None:
    release = bundle(tmp_path / "usb" / "fieldcase-99.0.0", "99.0.0", KEY, this_platform())
    program = release / "fieldcase"
    good = program.read_bytes()
    program.write_bytes(good.replace(b"fieldcase", b"fieldcasX"))
    dialog = _open_dialog(qtbot, _desktop(qtbot, workspace_path, desktops))
    _choose_by_keyboard(qtbot, dialog, release)
    _says(qtbot, dialog, "Refused: the update's files do not match its signed list")
    assert "fieldcase was changed" in dialog.detail.text()
    assert not dialog.install_button.isEnabled()
    program.write_bytes(good)
    _choose_by_keyboard(qtbot, dialog, release)
    _says(qtbot, dialog, "verified")
    click(qtbot, dialog.install_button)  # the tests run from a checkout, not a bundle
    _says(qtbot, dialog, "runs from a developer's copy: it cannot install updates.")


def test_the_status_bar_says_a_newer_version_is_on_the_server_only_when_it_verifies(
    qtbot: QtBot,
    tmp_path: Path,
    desktops: list[DesktopApp],
    trusted_here: None,
) -> None:
    import json

    from app.system.releases.manifest import MANIFEST, SIGNATURE

    release = bundle(tmp_path / "server" / "99.0.0", "99.0.0", KEY, this_platform())
    offer = {
        "version": "99.0.0",
        "platform": this_platform(),
        "manifest": (release / MANIFEST).read_text(),
        "signature": (release / SIGNATURE).read_text(),
    }
    desktop = _desktop(qtbot, tmp_path / "ws1", desktops, json.dumps([offer]))
    news = desktop.updates.news
    text = "A newer version 99.0.0 is available from your team's server."
    qtbot.waitUntil(lambda: news.isVisible() and news.text() == text, timeout=WAIT)
    dialog = _open_dialog(qtbot, desktop)
    assert dialog.server_button.isVisible()
    assert "Download 99.0.0 from your team's server" in dialog.server_button.text()

    forged = dict(offer, manifest=offer["manifest"].replace("99.0.0", "98.0.0"))
    other = _desktop(qtbot, tmp_path / "ws2", desktops, json.dumps([forged]))
    qtbot.waitUntil(lambda: other.tasks.pending == 0, timeout=WAIT)  # the news was read
    assert not other.updates.news.isVisible()


def test_an_archive_is_chosen_installed_and_the_previous_version_can_come_back(
    qtbot: QtBot,
    workspace_path: Path,
    tmp_path: Path,
    desktops: list[DesktopApp],
    trusted_here: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import shutil

    running = running_version()
    root = installed(tmp_path / "install", running, KEY)
    monkeypatch.setattr(install_module, "install_root", lambda: root)
    release = bundle(tmp_path / "build" / "fieldcase-99.0.0", "99.0.0", KEY, this_platform())
    archive = Path(shutil.make_archive(str(tmp_path / "usb" / "fieldcase-99.0.0"), "gztar",
                                       release.parent))  # fmt: skip
    desktop = _desktop(qtbot, workspace_path, desktops)
    menu = desktop.updates.menu
    open_menu_by_click(qtbot, desktop.window, menu)
    assert [a.text() for a in menu.actions() if a.isVisible()] == ["Install &update…"]
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not menu.isVisible(), timeout=WAIT)

    dialog = _open_dialog(qtbot, desktop)
    assert ".tar.gz" in dialog.intro.text()
    _choose_by_keyboard(qtbot, dialog, archive)
    _says(qtbot, dialog, f"fieldcase 99.0.0 · signed by release key {KEY.key_id_hex} · verified")
    click(qtbot, dialog.install_button)
    _says(qtbot, dialog, "Installed: fieldcase 99.0.0 starts the next time fieldcase is opened")
    assert current(root) == "99.0.0"
    click(qtbot, dialog.close_button)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)

    bring_forward(qtbot, desktop.window)
    open_menu_by_click(qtbot, desktop.window, menu)
    click_action(qtbot, menu, action_named(menu, f"Go back to version {running}…"))
    confirm = QApplication.activeModalWidget()
    cancel = modal_button(qtbot, "Cancel")
    confirm = QApplication.activeModalWidget()
    assert confirm is not None
    said = " ".join(label.text() for label in confirm.findChildren(QLabel))
    assert f"Go back to fieldcase {running}?" in said
    assert (
        f"fieldcase {running} will start the next time fieldcase is opened, instead of 99.0.0"
        in said
    )
    click(qtbot, cancel)
    qtbot.waitUntil(lambda: not confirm.isVisible(), timeout=WAIT)
    assert current(root) == "99.0.0"

    open_menu_by_click(qtbot, desktop.window, menu)
    click_action(qtbot, menu, action_named(menu, f"Go back to version {running}…"))
    click(qtbot, modal_button(qtbot, f"Go back to {running}"))
    status = desktop.window.statusBar()
    qtbot.waitUntil(
        lambda: (
            status.currentMessage()
            == f"fieldcase {running} starts the next time fieldcase is opened."
        ),
        timeout=WAIT,
    )
    assert current(root) == running
    open_menu_by_click(qtbot, desktop.window, menu)  # nothing older is installed now
    assert [a.text() for a in menu.actions() if a.isVisible()] == ["Install &update…"]
    press(qtbot, Qt.Key.Key_Escape)


def _lines_drawn(label: QLabel) -> int:
    """How many lines of text a person sees in ``label``: bands of rows with ink in its picture,
    apart by blank rows."""
    image = label.grab().toImage()
    background = image.pixelColor(0, 0).lightness()
    inked = [
        any(abs(image.pixelColor(x, y).lightness() - background) > 80 for x in range(image.width()))
        for y in range(image.height())
    ]
    bands, previous = 0, False
    for row in inked:
        bands += row and not previous
        previous = row
    return bands


def test_the_news_keeps_to_one_line_in_burmese_with_the_whole_sentence_on_hover(
    qtbot: QtBot, tmp_path: Path, desktops: list[DesktopApp], trusted_here: None
) -> None:
    import json

    from app.system.releases.manifest import MANIFEST, SIGNATURE
    from app.ui.i18n import install_language

    release = bundle(tmp_path / "server" / "99.0.0", "99.0.0", KEY, this_platform())
    offer = {
        "version": "99.0.0",
        "platform": this_platform(),
        "manifest": (release / MANIFEST).read_text(),
        "signature": (release / SIGNATURE).read_text(),
    }
    try:
        assert install_language("my")
        desktop = _desktop(qtbot, tmp_path / "ws", desktops, json.dumps([offer]), language="my")
        desktop.window.resize(900, 600)
        news = desktop.updates.news
        qtbot.waitUntil(lambda: news.isVisible() and "99.0.0" in news.toolTip(), timeout=WAIT)
        whole = news.toolTip()
        assert "ဗားရှင်း" in whole  # in Burmese
        # the window as narrow as it goes: the news then has about 390 px, the sentence about 400
        # in this font; how much room is left depends on what else the status bar shows and on
        # the fonts loaded, so where the whole sentence fits it must be shown whole
        desktop.window.resize(420, 600)
        qtbot.waitUntil(lambda: news.width() > 0 and _lines_drawn(news) > 0, timeout=WAIT)
        assert _lines_drawn(news) == 1  # one line, not two
        shown = news.shown_text()  # as painted; its text() stays the whole sentence
        if news.fontMetrics().horizontalAdvance(whole) <= news.width():
            assert shown == whole
            return
        assert shown != whole and shown.endswith("…")  # shortened, and says so
        assert whole.startswith(shown[:-1])
    finally:
        install_language("en")
