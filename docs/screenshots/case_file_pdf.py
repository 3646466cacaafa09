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

from datetime import UTC, datetime
from pathlib import Path

from stage import OUT, application, cheap_test_workspaces, throwaway

# isort: split
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument

from app.team.case_book import case_book
from app.ui.case_file_pdf import gather, render, save
from app.workspace.folder import Workspace

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
    from tests.ui import casefile

    cheap_test_workspaces()
    app = application(styled=False, prefer_bundled=True)
    with throwaway() as tmp:
        path = tmp / "ws"
        case = casefile.make_case_file(path)
        session = Workspace.at(path).login("ana", casefile.PASSWORD)
        book = case_book(session)
        for language in ("km", "my"):
            languages = [language, "en"]
            data = gather(book, case.case_id, languages)
            pdf = render(data, languages, datetime.now(UTC))
            written = save(book, tmp / f"case-file-{language}.pdf", pdf, case.case_id, languages)
            page_one(written, OUT / f"case-file-{language}.png")
            print(f"case-file-{language}.png: page 1 of {pdf.pages}")
        session.lock()
    app.quit()


if __name__ == "__main__":
    main()
