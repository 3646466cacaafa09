"""Column headers that stay readable in every language.

A column given a fixed width in English (``Next follow-up``: 140 px) is too narrow for the same
header in Khmer or Burmese, whose words are longer and whose script is wider. ``fit_headers``
widens each interactive column to what its header needs (text, margins and the sort arrow, as the
style draws them) whenever the headers change (a language switch emits ``headerDataChanged``),
never narrowing it below the width it was given; stretched columns take the rest as before.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView


def fit_headers(header: QHeaderView) -> None:
    """Widen the interactive sections of ``header`` to their text now and after every change."""

    def fit(*_: object) -> None:
        if header.orientation() != Qt.Orientation.Horizontal:
            return
        for section in range(header.count()):
            if header.sectionResizeMode(section) != QHeaderView.ResizeMode.Interactive:
                continue
            if header.isSectionHidden(section):
                continue
            base = header.property(f"base_width_{section}")
            if base is None:
                base = header.sectionSize(section)
                header.setProperty(f"base_width_{section}", base)
            needed = header.sectionSizeFromContents(section).width()
            header.resizeSection(section, max(int(base), needed))

    fit()
    model = header.model()
    if model is not None:
        model.headerDataChanged.connect(fit)
