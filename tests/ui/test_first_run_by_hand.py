"""First run, by hand: the folder is checked as soon as it is chosen (the form stays as typed), and
creating the workspace shows its steps while the window keeps answering."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from pytestqt.qtbot import QtBot

from app.ui.first_run import folder_problem
from app.ui.i18n import install_language
from app.ui.language_memory import laptop_workspace
from app.ui.main import DesktopApp
from app.workspace import login_screen
from app.workspace.folder import Workspace
from app.workspace.store import Store
from tests.ui.by_hand import WAIT, bring_forward, choose, click, press, type_text
from tests.ui.desktop import start_desktop

PASSWORD = "supervisor password 1"
KHMER = "ខ្មែរ"


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    """A language chosen on the first-run screen is installed for the whole process: the next
    test starts in English again."""
    yield
    install_language("en")
    QLocale.setDefault(QLocale("en"))


def _fill_in(qtbot: QtBot, desktop: DesktopApp) -> None:
    first = desktop.first_run
    assert first is not None
    for field, text in (
        (first.user_name, "Ana"),
        (first.password, PASSWORD),
        (first.password_again, PASSWORD),
    ):
        click(qtbot, field)
        type_text(text)


def test_a_folder_that_is_not_empty_is_named_at_once_and_the_form_stays(
    qtbot: QtBot, tmp_path: Path, desktops: list[DesktopApp]
) -> None:
    taken = tmp_path / "Documents"
    taken.mkdir()
    (taken / "letter.odt").write_bytes(b"someone's own file")
    desktop = start_desktop(qtbot, taken)
    desktops.append(desktop)
    first = desktop.first_run
    assert first is not None
    bring_forward(qtbot, desktop.window)
    # said on arrival, before anything is typed, under the folder itself
    assert first.folder.text() == str(taken)
    assert first.folder_error.isVisible()
    assert first.folder_error.text() == (
        "This folder is not empty. Choose an empty folder, or type the name of a new one."
    )
    assert not first.create_button.isEnabled()
    _fill_in(qtbot, desktop)

    new = tmp_path / "Documents" / "fieldcase"  # a new folder inside it is fine
    click(qtbot, first.folder)
    press(qtbot, Qt.Key.Key_End)
    type_text("/fieldcase")
    assert first.folder.text() == str(new)
    assert not first.folder_error.isVisible()
    assert first.create_button.isEnabled()
    assert (first.user_name.text(), first.password.text()) == ("Ana", PASSWORD)  # kept

    click(qtbot, first.create_button)
    qtbot.waitUntil(lambda: first.pages.currentIndex() == 1, timeout=WAIT)
    assert (new / "workspace.json").is_file()
    assert (taken / "letter.odt").read_bytes() == b"someone's own file"
    assert laptop_workspace() == new  # opened next time the app starts without --workspace
    assert login_screen.asks_name(new)  # a workspace made here asks users to type their name
    box = first.written_down
    click(qtbot, box, QPoint(8, box.height() // 2))
    click(qtbot, first.continue_button)
    qtbot.waitUntil(
        lambda: desktop.window.stack.currentWidget() is desktop.window.home, timeout=WAIT
    )
    assert "Ana" in desktop.window.status_user.text()


def test_a_workspace_folder_is_refused_by_name_when_typed(
    qtbot: QtBot, tmp_path: Path, desktops: list[DesktopApp]
) -> None:
    existing = tmp_path / "old"
    Workspace.create(existing, "Bo", PASSWORD)[0].lock()
    desktop = start_desktop(qtbot, tmp_path / "new")
    desktops.append(desktop)
    first = desktop.first_run
    assert first is not None
    bring_forward(qtbot, desktop.window)
    assert not first.folder_error.isVisible() and first.create_button.isEnabled()
    click(qtbot, first.folder)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(str(existing))
    assert first.folder_error.text() == (
        "This folder already holds a fieldcase workspace. Choose another folder."
    )
    assert not first.create_button.isEnabled()
    click(qtbot, first.password_again)
    press(qtbot, Qt.Key.Key_Return)  # Enter in the form does not create it either
    assert first.pages.currentIndex() == 0 and not first.progress.isVisible()


@pytest.fixture
def held_database() -> Iterator[threading.Event]:
    """Creating the encrypted database waits until the test lets it go on."""
    go_on = threading.Event()
    migrate = Store.migrate

    def held(store: Store, *args: object, **kwargs: object) -> object:
        go_on.wait(WAIT / 1000)
        return migrate(store, *args, **kwargs)  # type: ignore[arg-type]

    Store.migrate = held  # type: ignore[assignment,method-assign]
    yield go_on
    Store.migrate = migrate  # type: ignore[method-assign]
    go_on.set()


def test_creating_shows_each_step_and_the_window_keeps_answering(
    qtbot: QtBot,
    workspace_path: Path,
    desktops: list[DesktopApp],
    held_database: threading.Event,
) -> None:
    desktop = start_desktop(qtbot, workspace_path)
    desktops.append(desktop)
    first = desktop.first_run
    assert first is not None
    bring_forward(qtbot, desktop.window)
    steps: list[str] = []
    first.step_reached.connect(steps.append)
    assert not first.progress.isVisible() and not first.step_label.isVisible()
    _fill_in(qtbot, desktop)
    press(qtbot, Qt.Key.Key_Return)  # Enter in the last field creates it

    qtbot.waitUntil(lambda: steps == ["key", "recovery", "database"], timeout=WAIT)
    qtbot.waitUntil(
        lambda: first.step_label.text() == "Creating the encrypted database…", timeout=WAIT
    )
    assert first.progress.isVisible() and first.progress.maximum() == 0  # a busy bar
    assert not first.create_button.isEnabled()
    assert not first.user_name.isEnabled() and not first.password.isEnabled()
    # the window answers while the database is being made: another language, at once
    choose(qtbot, first.language, KHMER)
    assert first.step_label.text() not in ("", "Creating the encrypted database…")
    assert first.pages.currentIndex() == 0

    held_database.set()
    qtbot.waitUntil(lambda: first.pages.currentIndex() == 1, timeout=WAIT)
    assert steps == ["key", "recovery", "database", "finish"]
    assert not first.progress.isVisible()
    assert first.code.text() != ""


@pytest.mark.parametrize(
    ("make", "problem"),
    [
        (lambda p: None, None),  # does not exist yet: made at creation
        (lambda p: p.mkdir(), None),  # empty
        (lambda p: (p.mkdir(), (p / "x").write_text("x")), "not_empty"),
        (lambda p: p.write_text("x"), "not_folder"),
    ],
)
def test_what_is_wrong_with_a_folder(tmp_path: Path, make: object, problem: str | None) -> None:
    folder = tmp_path / "w"
    make(folder)  # type: ignore[operator]
    assert folder_problem(folder) == problem
    assert folder_problem(Path("relative/w")) == "relative"


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_a_folder_nobody_may_write_in(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    assert folder_problem(locked / "w") == "not_writable"
