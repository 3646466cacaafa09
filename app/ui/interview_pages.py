"""How an interview is paged: the screens of a form (``forms.display.pages`` plus stand-ins for
repeats with no instance), and the last page: what is missing, then every answer given (question
and answer labels in the interface language, as the finished submission will read), before the
irreversible Finish."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.dates import date_text, moment_text
from forms import FormSession, display

if TYPE_CHECKING:
    from app.ui.submission_text import Line
    from forms.instance import Node

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


def answers_so_far(form: FormSession) -> dict[str, Any]:
    """The draft's relevant answers shaped as a submission's data (groups as objects, repeats as
    lists, values as strings), for ``submission_lines`` to read them as the submission will."""
    definition = form.definition

    def shape(node: Node) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for child in node.children:
            if not child.relevant or "template" in child.attrs:
                continue
            if child.gpath in definition.repeats:
                out.setdefault(child.name, []).append(shape(child))
            elif child.children or child.gpath in definition.groups:
                out[child.name] = shape(child)
            else:
                out[child.name] = child.value
        return out

    return shape(form.data)


class FinishPage(QWidget):
    """The last page: what still needs an answer or a correction (a click goes there), every
    answer given so far to read over, and the Finish button, enabled once nothing is missing."""

    chosen = Signal(str)  # the key of the question to go to
    unlink_requested = Signal()  # "Undo the link": the intake opens a new case after all

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("Review and finish"), self)
        heading.setObjectName("pageTitle")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        # An intake linked to an earlier case of the same person (app/ui/same_person.py)
        self.link_box = QFrame(self)
        self.link_box.setObjectName("linkedCase")
        self.link_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.link_text = QLabel(self.link_box)
        self.link_text.setWordWrap(True)
        self.unlink_button = QPushButton(self.tr("Undo the link: open a new case"), self.link_box)
        self.unlink_button.setAutoDefault(False)
        self.unlink_button.clicked.connect(self.unlink_requested)
        link_row = QHBoxLayout(self.link_box)
        link_row.addWidget(self.link_text, 1)
        link_row.addWidget(self.unlink_button, 0, Qt.AlignmentFlag.AlignTop)
        self.link_box.setVisible(False)
        self.problems = QListWidget(self)
        self.problems.setWordWrap(True)
        self.problems.setAccessibleName(self.tr("Questions to complete"))
        self.problems.itemClicked.connect(self._chosen)
        self.problems.itemActivated.connect(self._chosen)
        self.answers_label = QLabel(self.tr("The answers, as they will be saved:"), self)
        self.answers_label.setWordWrap(True)
        self.answers = QTreeWidget(self)
        self.answers.setColumnCount(2)
        self.answers.setHeaderLabels([self.tr("Question"), self.tr("Answer")])
        self.answers.setWordWrap(True)
        self.answers.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.answers.setAccessibleName(self.tr("The answers, as they will be saved:"))
        self.finish_button = QPushButton(self.tr("Finish the interview"), self)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        column = QVBoxLayout(self)
        for widget in (heading, self.link_box, self.summary, self.problems, self.answers_label):
            column.addWidget(widget)
        column.addWidget(self.answers, 1)
        column.addWidget(self.error)
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

    def show_link(self, text: str) -> None:
        """What finishing does with an intake linked to an earlier case ("": not linked)."""
        self.link_text.setText(text)
        self.link_box.setVisible(bool(text))

    def show_answers(self, lines: list[Line]) -> None:
        """Every question answered so far and its answer (``submission_lines``), under the
        headings of its groups; dates in the app's one date style."""
        self.answers.clear()
        parents: list[QTreeWidgetItem] = []
        bold = QFont(self.answers.font())
        bold.setBold(True)
        for line in lines:
            del parents[line.depth :]
            if line.answer is None:
                item = QTreeWidgetItem([line.text, ""])
                item.setFont(0, bold)
                item.setFirstColumnSpanned(True)
            else:
                if not line.answer:
                    continue  # only what was answered: what is missing is listed above
                answer = line.answer
                if line.qtype == "date":
                    answer = date_text(answer)
                elif line.qtype == "datetime":
                    answer = moment_text(answer)
                item = QTreeWidgetItem([line.text, answer])
                item.setToolTip(0, line.text)
                item.setToolTip(1, answer)
            if parents:
                parents[-1].addChild(item)
            else:
                self.answers.addTopLevelItem(item)
            if line.answer is None:
                parents.append(item)
        self.answers.expandAll()
        self.answers.setColumnWidth(0, max(240, self.answers.viewport().width() // 2))
