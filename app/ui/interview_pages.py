"""How an interview is paged: the screens of a form (``forms.display.pages`` plus stand-ins for
repeats with no instance), and the last page that lists what is missing before Finish."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from forms import FormSession, display

KEY_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Screen:
    """One page: a form page (``keys``), or the stand-in of a repeat with no instance yet."""

    title: str
    keys: tuple[str, ...]
    instance: str = ""  # the repeat instance the page belongs to ("family[2]")
    empty_repeat: str = ""  # the repeat's name, on the stand-in page


def instance_of(key: str) -> str:
    """``hh[1]/member[2]/name`` -> ``hh[1]/member[2]``; "" outside repeats."""
    parts = key.split("/")
    inside = [i for i, part in enumerate(parts[:-1]) if part.endswith("]")]
    return "/".join(parts[: inside[-1] + 1]) if inside else ""


def screens(form: FormSession) -> list[Screen]:
    found = [Screen(p.title, p.keys, instance_of(p.keys[0])) for p in display.pages(form)]
    definition = form.definition
    order = {gpath: i for i, gpath in enumerate(definition.controls)}
    for gpath, count in definition.repeats.items():
        holders = form.nodes(gpath.rsplit("/", 1)[0])
        if count is not None or not holders or not form.relevant(holders[0]):
            continue
        if any(child.gpath == gpath for child in holders[0].children):
            continue
        control = definition.controls.get(gpath)
        name = gpath.rsplit("/", 1)[-1]
        title = display.render(form, control.label, holders[0]) if control else name
        position = order.get(gpath, len(order))
        at = next(
            (
                i
                for i, s in enumerate(found)
                if s.keys and order.get(form.node(s.keys[0]).gpath, 0) > position
            ),
            len(found),
        )
        found.insert(at, Screen(title or name, (), "", name))
    return found


class FinishPage(QWidget):
    """The last page: what still needs an answer or a correction (a click goes there), and
    the Finish button, enabled once nothing is missing."""

    chosen = Signal(str)  # the key of the question to go to

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("Review and finish"), self)
        heading.setObjectName("pageTitle")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.problems = QListWidget(self)
        self.problems.setWordWrap(True)
        self.problems.setAccessibleName(self.tr("Questions to complete"))
        self.problems.itemClicked.connect(self._chosen)
        self.problems.itemActivated.connect(self._chosen)
        self.finish_button = QPushButton(self.tr("Finish the interview"), self)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        column = QVBoxLayout(self)
        for widget in (heading, self.summary, self.problems, self.error):
            column.addWidget(widget)
        column.addWidget(self.finish_button, 0, Qt.AlignmentFlag.AlignRight)

    def _chosen(self, item: QListWidgetItem) -> None:
        self.chosen.emit(item.data(KEY_ROLE))

    def show_problems(self, problems: list[tuple[str, str]], finishing: bool) -> None:
        """``problems``: (key, what to show) in form order."""
        self.problems.clear()
        for key, text in problems:
            item = QListWidgetItem(text)
            item.setData(KEY_ROLE, key)
            self.problems.addItem(item)
        if problems:
            self.summary.setText(
                self.tr("%n question(s) still need an answer or a correction:", "", len(problems))
            )
        else:
            self.summary.setText(
                self.tr(
                    "Everything needed is answered. Finishing saves the interview for good: "
                    "it cannot be changed afterwards."
                )
            )
        self.problems.setVisible(bool(problems))
        self.finish_button.setEnabled(not problems and not finishing)
