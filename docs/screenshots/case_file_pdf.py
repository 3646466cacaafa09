"""Pictures of a printed case file (issue 17): page 1 of the PDF, rendered back to an image by Qt's
own PDF reader (``QPdfDocument.render``), in Khmer and in Burmese, each with English beside it::

    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python docs/screenshots/case_file_pdf.py

writes docs/screenshots/case-file-km.png and case-file-my.png (and keeps the PDFs in a throw-away
folder). The case is the one the user-path tests use (tests/ui/casefile.py: a real intake and
follow-up, and a conflict on the gender), in a throw-away workspace. The bundled fonts are used
whatever the machine has, so the picture is the same everywhere.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSize  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402
from PySide6.QtPdf import QPdfDocument  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.team.case_book import case_book  # noqa: E402
from app.ui.case_file_pdf import gather, render, save  # noqa: E402
from app.ui.fonts import register_bundled_fonts  # noqa: E402
from app.workspace import keyslots  # noqa: E402
from app.workspace.folder import Workspace  # noqa: E402
from app.workspace.keyslots import KdfCost  # noqa: E402

OUT = Path(__file__).resolve().parent
WIDTH = 1100  # pixels across page 1 in the picture


def page_one(pdf: Path, out: Path) -> None:
    document = QPdfDocument()
    document.load(str(pdf))
    size = document.pagePointSize(0)
    height = round(WIDTH * size.height() / size.width())
    page = document.render(0, QSize(WIDTH, height))
    framed = QImage(WIDTH + 2, height + 2, QImage.Format.Format_RGB32)
    framed.fill(QColor("#8a8a8a"))  # a thin edge: where the white page ends on a white README
    painter = QPainter(framed)
    painter.fillRect(1, 1, WIDTH, height, QColor("white"))  # the page is drawn on no background
    painter.drawImage(1, 1, page)
    painter.end()
    framed.save(str(out))


def main() -> None:
    import tests.conftest as test_settings
    from tests.ui import casefile

    test_settings.CHEAP = KdfCost(1, 8192, 1)  # a throw-away workspace: a cheap password cost
    keyslots.DEFAULT_COST = test_settings.CHEAP
    app = QApplication(sys.argv[:1])
    register_bundled_fonts(prefer_bundled=True)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ws"
        case = casefile.make_case_file(path)
        session = Workspace.at(path).login("ana", casefile.PASSWORD)
        book = case_book(session)
        for language in ("km", "my"):
            languages = [language, "en"]
            data = gather(book, case.case_id, languages)
            pdf = render(data, languages, datetime.now(UTC))
            written = save(
                book, Path(tmp) / f"case-file-{language}.pdf", pdf, case.case_id, languages
            )
            page_one(written, OUT / f"case-file-{language}.png")
            print(f"case-file-{language}.png: page 1 of {pdf.pages}")
        session.lock()
    app.quit()


if __name__ == "__main__":
    main()
