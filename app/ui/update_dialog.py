"""The "Install update" dialog: choose a release folder or a .zip / .tar.gz of one (a USB stick's)
or take the release the team's server announces; see it verified; install it beside the running version.

Every check is app/system/releases' (signature by a shipped release key, every file's size and
SHA-256, nothing missing or extra, a newer version for this kind of computer), run off the GUI
thread; the dialog only says the outcome in one line: "fieldcase 0.2.0 · signed by release key
… · verified", or why it was refused (the technical detail, which names a file, below it). Install
stays disabled until a release verified; installing verifies the copy again and switches
versions only at the end (app/system/releases/install.py), so closing the dialog or a power cut
half way leaves the running version the one that starts.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

if TYPE_CHECKING:
    from app.cases.book import CaseBook
    from app.system.releases.install import Installed
    from app.system.releases.manifest import Release
    from app.ui.case_table import CaseTasks
    from app.ui.tasks import TaskRunner


ARCHIVES = (".zip", ".tar.gz", ".tgz")


class ReleaseChooser(QFileDialog):
    """Qt's own file chooser (the same on every system, usable by keyboard) that takes either a
    release folder (one holding the signed manifest, typed or opened) or an archive file; any
    other folder is opened to look inside, as a chooser does."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget, title: str, archives: str) -> None:
        super().__init__(parent, title)
        self.setFileMode(QFileDialog.FileMode.ExistingFile)
        self.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        self.setNameFilter(f"{archives} ({' '.join('*' + suffix for suffix in ARCHIVES)})")

    def accept(self) -> None:
        from app.system.releases.manifest import MANIFEST

        picked = self.selectedFiles()
        path = Path(picked[0]) if picked else Path(self.directory().absolutePath())
        if (path.is_dir() and (path / MANIFEST).exists()) or (
            path.is_file() and path.name.lower().endswith(ARCHIVES)
        ):
            self.chosen.emit(str(path))
            QDialog.accept(self)
            return
        super().accept()


class UpdateDialog(QDialog):
    def __init__(
        self,
        runner: TaskRunner,
        tasks: CaseTasks,
        offer: Release | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from app.system.releases.install import running_version

        self.runner = runner
        self.tasks = tasks
        self.offer = offer  # verified already: what the team's server announces
        self.running = running_version()
        self.source: Path | None = None  # the folder that verified
        self.release: Release | None = None
        self.busy = False
        self.download_folder: Path | None = None
        self.chooser: ReleaseChooser | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self.choose_folder)
        self.server_button = QPushButton()
        self.server_button.clicked.connect(self.download)
        self.server_button.setVisible(offer is not None)
        self.result_line = QLabel()
        self.result_line.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setObjectName("detail")
        self.detail.setWordWrap(True)
        self.install_button = QPushButton()
        self.install_button.setEnabled(False)
        self.install_button.clicked.connect(self.install)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        sources = QHBoxLayout()
        sources.addWidget(self.choose_button)
        sources.addWidget(self.server_button)
        sources.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.install_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(sources)
        layout.addWidget(self.result_line)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.resize(560, 260)
        self._said: tuple[str, ...] = ()
        self.retranslate()
        self.choose_button.setFocus()

    # -- choosing ---------------------------------------------------------------------------------

    def choose_folder(self) -> None:
        """The update's folder or archive, in :class:`ReleaseChooser`."""
        chooser = ReleaseChooser(
            self,
            self.tr("Choose the update: its folder, or its .zip or .tar.gz file"),
            self.tr("fieldcase updates"),
        )
        chooser.chosen.connect(lambda path: self.check(Path(path)))
        chooser.finished.connect(chooser.deleteLater)
        self.chooser = chooser
        chooser.open()

    def check(self, folder: Path) -> None:
        from app.system.releases.install import check_update
        from app.system.releases.trust import shipped_keys

        running = self.running
        self._start(("checking",))
        self.runner.run_network(
            lambda: check_update(folder, running=running, trusted=shipped_keys()),
            lambda release: self._verified(folder, release),
            self._refused,
        )

    def download(self) -> None:
        """The release the team's server announces, downloaded to a temporary folder and then
        checked exactly as a folder chosen by hand."""
        from app.system.releases.manifest import files_to_fetch, this_platform
        from app.system.releases.trust import shipped_keys
        from app.team.release_news import download

        if self.download_folder is not None:
            shutil.rmtree(self.download_folder, ignore_errors=True)
        folder = Path(tempfile.mkdtemp(prefix="fieldcase-update-"))
        self.download_folder = folder

        def files_of(manifest: bytes, signature: str) -> list[tuple[str, int, str | None]]:
            return files_to_fetch(manifest, signature, shipped_keys())

        def work(book: CaseBook) -> None:
            download(book, this_platform(), folder / "release", files_of)

        self._start(("downloading",))
        self.tasks.write_apart(work, lambda _: self.check(folder / "release"), self._refused)

    # -- installing -------------------------------------------------------------------------------

    def install(self) -> None:
        from app.system.releases.install import install, install_root
        from app.system.releases.trust import shipped_keys

        source, running = self.source, self.running
        if source is None or self.busy:
            return

        def work() -> Installed:
            return install(source, root=install_root(), running=running, trusted=shipped_keys())

        self._start(("installing",))
        self.runner.run_network(work, self._installed, self._refused)

    # -- outcomes ---------------------------------------------------------------------------------

    def _start(self, said: tuple[str, ...]) -> None:
        self.busy = True
        self.install_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.server_button.setEnabled(False)
        self._say(said, "")

    def _done(self) -> None:
        self.busy = False
        self.choose_button.setEnabled(True)
        self.server_button.setEnabled(True)

    def _verified(self, folder: Path, release: Release) -> None:
        if not isValid(self):
            return
        self._done()
        self.source, self.release = folder, release
        self.install_button.setEnabled(True)
        self._say(("verified", release.version, release.signer), "")
        self.install_button.setFocus()

    def _installed(self, done: Installed) -> None:
        if not isValid(self):
            return
        self._done()
        self.source = None
        self._say(("installed", done.release.version, done.previous), str(done.folder))

    def _refused(self, exc: BaseException) -> None:
        from app.system.releases.manifest import ReleaseRefused

        if not isValid(self):
            return
        self._done()
        self.source = None
        if isinstance(exc, ReleaseRefused):
            self._say(("refused", exc.refusal.value, exc.version), str(exc))
            return
        from app.ui.error_text import describe_error

        self._say(("error", describe_error(exc)), "")

    def _say(self, said: tuple[str, ...], detail: str) -> None:
        self._said = said
        self.detail.setText(detail)
        self.result_line.setText(self._words(said))

    def _words(self, said: tuple[str, ...]) -> str:
        if not said:
            return ""
        what, *facts = said
        running = self.running
        texts = {
            "checking": self.tr("Checking the update…"),
            "downloading": self.tr("Downloading the update from your team's server…"),
            "installing": self.tr("Installing…"),
            "verified": self.tr("fieldcase %1 · signed by release key %2 · verified"),
            "installed": self.tr(
                "Installed: fieldcase %1 starts the next time fieldcase is opened (%2 is kept)."
            ),
        }
        if what == "refused":
            return self._refusal(facts[0], facts[1], running)
        if what == "error":
            return facts[0]
        text = texts[what]
        for number, fact in enumerate(facts, start=1):
            text = text.replace(f"%{number}", fact)
        return text

    def _refusal(self, kind: str, version: str, running: str) -> str:
        texts = {
            "not_a_release": self.tr(
                "Refused: this folder holds no signed fieldcase release. Nothing was installed."
            ),
            "untrusted_key": self.tr(
                "Refused: the update is signed by a key fieldcase does not trust. "
                "Nothing was installed."
            ),
            "bad_signature": self.tr(
                "Refused: the update was changed after it was signed. Nothing was installed."
            ),
            "files": self.tr(
                "Refused: the update's files do not match its signed list (changed, missing, "
                "added or cut short). Nothing was installed."
            ),
            "platform": self.tr(
                "Refused: this update is for another kind of computer. Nothing was installed."
            ),
            "same_version": self.tr(
                "Refused: version %1 is the version running already. Nothing was installed."
            ),
            "downgrade": self.tr(
                "Refused: version %1 is older than the running version %2. Nothing was installed."
            ),
            "developer_checkout": self.tr(
                "This fieldcase runs from a developer's copy: it cannot install updates. "
                "Nothing was changed."
            ),
        }
        return texts[kind].replace("%1", version).replace("%2", running)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Install an update"))
        self.intro.setText(
            self.tr(
                "This laptop runs fieldcase %1. Choose the folder of a newer version (on a USB "
                "stick, for instance) or its .zip or .tar.gz file: it is installed only if it is "
                "signed by the fieldcase project and nothing in it was changed."
            ).replace("%1", self.running)
        )
        self.choose_button.setText(self.tr("&Choose a folder or file…"))
        if self.offer is not None:
            self.server_button.setText(
                self.tr("&Download %1 from your team's server").replace("%1", self.offer.version)
            )
        self.install_button.setText(self.tr("&Install"))
        self.close_button.setText(self.tr("Close"))
        self.result_line.setText(self._words(self._said))

    def done(self, result: int) -> None:
        if self.chooser is not None and isValid(self.chooser):
            self.chooser.reject()
        if self.download_folder is not None:
            shutil.rmtree(self.download_folder, ignore_errors=True)
            self.download_folder = None
        super().done(result)
