"""Issue 17, found walking it by hand: a choice whose label holds an apostrophe or "&" took an Alt
key of its own. Qt reads "&" in a label's text as the mark of its Alt key, and the choice labels
were rich text with the buttons as their buddies: "Tiếng H'Mông", written "H&#x27;Mông" in HTML,
answered Alt+#; "Food & water" ("&amp;") answered Alt+A and showed as "Food  water". A quick
answer button ("Declined to answer", from the form's own label) read "&" the same way.

A person typing in the first question presses those keys: the keyboard stays where it is, no
choice is taken; the quick answer button says its label with no Alt key.
"""

from __future__ import annotations

import textwrap

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.interviews.interview import Interview
from app.ui.question_widgets import ChoiceEditor, LineEditor
from forms import load_markdown
from tests.ui.by_hand import ALT, click, focus, press
from tests.ui.test_alt_keys import alt_key
from tests.ui.test_form_view import Desk, desk, open_interview  # noqa: F401  (desk: a fixture)

LANGUAGES = """
| survey  |                       |        |                 |            |
|         | type                  | name   | label           | appearance |
|         | begin group           | visit  | The visit       | field-list |
|         | text                  | worker | Social worker   |            |
|         | select_one sp         | spoken | Language spoken |            |
|         | select_multiple needs | needs  | Needs           |            |
|         | end group             |        |                 |            |
| choices |                       |        |                 |            |
|         | list_name             | name   | label           |            |
|         | sp            | hmong     | Tiếng H'Mông        |
|         | sp            | other     | <i>Other</i> & more |
|         | sp            | declined  | Declined & left     |
|         | needs         | food      | Food & water        |
|         | needs         | lt        | Age < 18            |
"""


def test_a_choice_label_with_an_apostrophe_or_ampersand_takes_no_alt_key(
    qtbot: QtBot,
    desk: Desk,  # noqa: F811
) -> None:
    definition = load_markdown(textwrap.dedent(LANGUAGES))
    interview = desk.db(lambda: Interview.start(desk.session, desk.book, definition, save=False))
    screen = open_interview(qtbot, desk, interview, language="en")
    worker = screen.boxes["worker"].editor
    spoken = screen.boxes["spoken"].editor
    needs = screen.boxes["needs"].editor
    assert isinstance(worker, LineEditor) and isinstance(spoken, ChoiceEditor)
    assert isinstance(needs, ChoiceEditor)
    click(qtbot, worker.line)

    for key in (Qt.Key.Key_NumberSign, Qt.Key.Key_A, Qt.Key.Key_L, Qt.Key.Key_Space):
        press(qtbot, key, ALT)
        assert focus() is worker.line, f"Alt+{key.name} took the keyboard to {focus()!r}"
    assert not any(b.isDown() or b.isChecked() for b in spoken.buttons.values())
    assert not any(b.isDown() or b.isChecked() for b in needs.buttons.values())

    declined = screen.boxes["spoken"].quick["declined"]
    assert declined.isVisible()
    assert alt_key(declined.text()) is None  # shown as "Declined & left", no Alt key
    assert declined.text().replace("&&", "&") == "Declined & left"
