"""The interview screen on the shipped intake (in Khmer), through the real widgets (offscreen).

The workspace, the case book and the Interview are made on the task runner's database thread, as
the app does, and handed to the widget; the widget saves drafts and finishes there too.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

import app.ui.main  # noqa: F401  (applies the PySide6 reference workaround before widgets exist)
from app.cases.book import CaseBook
from app.interviews.form_library import FormLibrary
from app.interviews.interview import Finished, Interview
from app.team.case_book import case_book
from app.ui import fonts
from app.ui.form_view import InterviewWidget
from app.ui.tasks import TaskRunner
from app.workspace.folder import Workspace
from app.workspace.session import Session
from forms import load_markdown
from forms.display import label
from tests.app.form_filler import TODAY, fill_required

WAIT = 10_000
LIBRARY = FormLibrary()
PASSWORD = "shelter password 1"


@dataclass
class Desk:
    tasks: TaskRunner
    session: Session
    book: CaseBook
    widgets: list[InterviewWidget] = field(default_factory=list)

    def db(self, work: Callable[[], Any]) -> Any:
        """Run ``work`` on the database thread and wait for it (tests only)."""
        return self.tasks.run_database(work, lambda _: None, lambda _: None).result(timeout=30)


@pytest.fixture
def desk(qtbot: QtBot, workspace_path: Path) -> Iterator[Desk]:
    tasks = TaskRunner()
    created = tasks.run_database(
        lambda: Workspace.create(workspace_path, "ana", PASSWORD), lambda _: None, lambda _: None
    )
    session = created.result(timeout=30)[0]
    books = tasks.run_database(
        lambda: case_book(session, today=lambda: TODAY), lambda _: None, lambda _: None
    )
    desk = Desk(tasks, session, books.result(timeout=30))
    yield desk
    # What the app does before it locks: save what is typed, wait, and stop saving. (pytest-qt
    # may have closed and deleted the widgets already; closing saved them.)
    for widget in [w for w in desk.widgets if isValid(w)]:
        widget.flush()
    qtbot.waitUntil(lambda: desk.tasks.pending == 0, timeout=WAIT)
    for widget in [w for w in desk.widgets if isValid(w)]:
        widget.saver.stop()
    desk.db(session.lock)
    tasks.shutdown()


def open_interview(
    qtbot: QtBot, desk: Desk, interview: Interview | None = None, **options: Any
) -> InterviewWidget:
    interpreter = options.pop("interpreter", None)
    if interview is None:
        interview = desk.db(
            lambda: Interview.start(
                desk.session, desk.book, LIBRARY.get("intake"), interpreter=interpreter
            )
        )
    widget = InterviewWidget(interview, desk.tasks, **{"language": "km", **options})
    qtbot.addWidget(widget)
    desk.widgets.append(widget)
    widget.resize(1000, 700)
    widget.show()
    widget.activateWindow()  # shortcuts (Alt+Left/Right) work in the active window
    qtbot.waitUntil(widget.isActiveWindow, timeout=WAIT)
    return widget


def page_with(widget: InterviewWidget, key: str) -> int:
    return next(i for i, s in enumerate(widget.screens) if key in s.keys)


def click(qtbot: QtBot, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())


def type_text(target: Any, text: str) -> None:
    """Type any script, one key event per character (QTest.keyClicks knows only ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def wait_saved(qtbot: QtBot, widget: InterviewWidget) -> None:
    widget.flush()
    qtbot.waitUntil(lambda: not widget.saver.pending, timeout=WAIT)


def test_consent_and_age_decide_whether_the_child_page_appears(qtbot: QtBot, desk: Desk) -> None:
    widget = open_interview(qtbot, desk)
    assert widget.page_title.text() == "ព័ត៌មានលម្អិតអំពីការសម្ភាស"  # Khmer page titles
    assert [s.keys[0] for s in widget.screens] == ["interview_date", "consent_script"]
    qtbot.keyClick(
        widget.boxes["social_worker"].editor.line, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier
    )
    assert "con_Consent" in widget.boxes  # Alt+Right turned the page
    click(qtbot, widget.boxes["con_Consent"].editor.buttons["TRUE"])
    assert widget.interview.form.answer("con_Consent") == "TRUE"
    qtbot.keyClick(
        widget.boxes["con_Consent"].editor.buttons["TRUE"],
        Qt.Key.Key_Return,
        Qt.KeyboardModifier.ControlModifier,
    )
    age = widget.boxes["age"].editor.line
    type_text(age, "១៥")  # Khmer digits: the engine folds them
    assert widget.interview.form.answer("age") == "15"
    assert any("guardian_present" in s.keys for s in widget.screens)
    titles = [widget.page_list.item(i).text() for i in range(widget.page_list.count())]
    assert any(t.startswith("ការការពារកុមារ") for t in titles)
    age.selectAll()
    qtbot.keyClicks(age, "30")
    assert widget.interview.form.answer("age") == "30"
    assert not any("guardian_present" in s.keys for s in widget.screens)
    assert "age" in widget.boxes and widget.page_title.text() == "អំពីបុគ្គលនោះ"  # still here
    qtbot.keyClick(age, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert "con_Consent" in widget.boxes


def test_refused_consent_leads_to_the_thank_you_note_and_finish(qtbot: QtBot, desk: Desk) -> None:
    widget = open_interview(qtbot, desk)
    widget.go_to(page_with(widget, "con_Consent"))
    click(qtbot, widget.boxes["con_Consent"].editor.buttons["FALSE"])
    note = widget.boxes["consent_refused_note"]
    assert note.label.text().startswith("សូមថ្លែងអំណរគុណ") and note.editor is None
    assert len(widget.screens) == 2  # nothing more is asked
    fill_required(widget.interview.form, widget.answer)
    widget.go_to(len(widget.screens))
    assert widget.on_finish_page and widget.finish_button.isEnabled()
    with qtbot.waitSignal(widget.finished, timeout=WAIT) as done:
        click(qtbot, widget.finish_button)
    result = done.args[0]
    assert isinstance(result, Finished) and result.case_id is None
    assert desk.db(desk.book.count) == 0
    assert desk.db(desk.session.submission_ids) == [result.submission_id]


def test_a_blank_required_question_is_listed_and_a_click_goes_to_it(
    qtbot: QtBot, desk: Desk
) -> None:
    widget = open_interview(qtbot, desk)
    last = widget.page_list.item(widget.page_list.count() - 1)
    click_item(qtbot, widget.page_list, last)
    assert widget.on_finish_page and not widget.finish_button.isEnabled()
    keys = [
        widget.problems.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.problems.count())
    ]
    assert "social_worker" in keys and "con_Consent" in keys
    item = widget.problems.item(keys.index("con_Consent"))
    assert "ការយល់ព្រម" in item.text()  # the page it is on, in Khmer
    click_item(qtbot, widget.problems, item)
    assert not widget.on_finish_page and "con_Consent" in widget.boxes
    box = widget.boxes["con_Consent"]
    assert box.message.text() == "សូមឆ្លើយសំណួរនេះ មុននឹងបន្ត។"  # the form's own message, in Khmer
    assert box.message.isVisibleTo(widget)


def click_item(qtbot: QtBot, view: Any, item: Any) -> None:
    rect = view.visualItemRect(item)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_draft_saved_as_typed_resumes_in_a_new_widget(qtbot: QtBot, desk: Desk) -> None:
    widget = open_interview(qtbot, desk)
    interview = widget.interview
    persisted: list[dict[str, Any]] = []
    original = interview.persist
    interview.persist = lambda data: persisted.append(data) or original(data)  # type: ignore[method-assign]
    qtbot.keyClicks(widget.boxes["social_worker"].editor.line, "Sokha Chea")
    combo = widget.boxes["interview_country"].editor.combo  # 17 countries: a combo box
    combo.setCurrentIndex(combo.findData("TH"))
    combo.activated.emit(combo.currentIndex())
    wait_saved(qtbot, widget)
    assert 1 <= len(persisted) <= 3  # ten keys and a choice, a few saves
    assert widget.save_status.text() == "Draft saved"
    draft_id = interview.draft_id
    assert draft_id is not None
    resumed = desk.db(lambda: Interview.resume(desk.session, desk.book, LIBRARY, draft_id))
    again = open_interview(qtbot, desk, resumed)
    assert again.boxes["social_worker"].editor.line.text() == "Sokha Chea"
    assert again.boxes["interview_country"].editor.combo.currentData() == "TH"


def test_declined_and_dont_know_are_one_click_away(qtbot: QtBot, desk: Desk) -> None:
    widget = open_interview(qtbot, desk)
    widget.answer("con_Consent", "TRUE")
    widget.go_to(page_with(widget, "documents_held"))
    documents = widget.boxes["documents_held"]
    declined = documents.quick["declined"]
    assert declined.isVisibleTo(widget) and declined.text() == "មិនព្រមឆ្លើយ"
    click(qtbot, declined)
    assert widget.interview.form.answer("documents_held") == "declined"
    assert declined.isChecked() and "declined" not in documents.editor.buttons  # once only
    assert not any(b.isChecked() for b in documents.editor.buttons.values())
    citizenship = widget.boxes["prs_Citizenship"]  # a long list: a combo, buttons beside it
    click(qtbot, citizenship.quick["dont_know"])
    assert widget.interview.form.answer("prs_Citizenship") == "dont_know"
    assert citizenship.editor.combo.findData("dont_know") < 0  # the button, not the list too
    assert (
        citizenship.editor.combo.currentData() == "" and citizenship.quick["dont_know"].isChecked()
    )
    assert "declined" not in widget.boxes["prs_Gender"].quick  # the form does not offer it
    estimate = widget.boxes["age_is_estimate"]  # radio buttons: a clear button undoes a click
    assert not estimate.clear_button.isVisibleTo(widget)
    click(qtbot, estimate.editor.buttons["yes"])
    assert widget.interview.form.answer("age_is_estimate") == "yes"
    click(qtbot, estimate.clear_button)
    assert widget.interview.form.answer("age_is_estimate") == ""
    assert not estimate.editor.buttons["yes"].isChecked()


def test_interpreter_mode_shows_two_languages(qtbot: QtBot, desk: Desk) -> None:
    widget = open_interview(qtbot, desk, interpreter="Dara Kim")
    assert widget.interpreter_label.text() == "Interpreter: Dara Kim"
    assert widget.interview.snapshot()["interpreter"] == "Dara Kim"
    widget.go_to(page_with(widget, "consent_script"))
    consent = widget.boxes["consent_script"]
    assert not consent.second_label.isVisibleTo(widget)
    widget.interpreter_mode.setChecked(True)
    widget.interviewee_language.setCurrentIndex(widget.interviewee_language.findData("Lao (lo)"))
    form = widget.interview.form
    assert consent.label.text() == label(form, "consent_script", "km")
    assert consent.second_label.text() == label(form, "consent_script", "lo")
    assert consent.second_label.text().startswith("ອ່ານຂໍ້ຄວາມນີ້")  # read out in Lao
    assert consent.second_label.isVisibleTo(widget)
    assert consent.second_label.font().pointSizeF() > consent.label.font().pointSizeF()
    choices = widget.boxes["con_Consent"].editor
    row_text = choices.buttons["TRUE"].parentWidget().findChildren(QLabel)[0].text()
    assert "បាទ/ចាស" in row_text and "ແມ່ນ" in row_text


def test_a_buddhist_era_date_typed_is_stored_iso(qtbot: QtBot, desk: Desk) -> None:
    widget = open_interview(qtbot, desk)
    widget.answer("con_Consent", "TRUE")
    widget.go_to(page_with(widget, "prs_Birthdate"))
    assert "age" in widget.boxes
    line = widget.boxes["prs_Birthdate"].editor.line
    qtbot.keyClicks(line, "15/3/2569")
    assert line.text() == "15/3/2569"  # not rewritten while typed
    assert widget.interview.form.answer("prs_Birthdate") == "2026-03-15"
    assert "age" not in widget.boxes  # a birth date makes the age question go away
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert line.text() == "2026-03-15"
    assert widget.boxes["prs_Birthdate"].editor.understood.text() != ""
    assert widget.boxes["prs_Birthdate"].message.text() == ""


def test_finish_emits_the_result_and_opens_the_case(qtbot: QtBot, desk: Desk) -> None:
    widget = open_interview(qtbot, desk)
    for key, value in {"con_Consent": "TRUE", "prs_First_Name": "សុខា", "age": "30"}.items():
        widget.answer(key, value)
    fill_required(widget.interview.form, widget.answer)
    qtbot.keyClick(widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    widget.go_to(len(widget.screens))
    assert widget.problems.count() == 0 and widget.finish_button.isEnabled()
    with qtbot.waitSignal(widget.finished, timeout=WAIT) as done:
        click(qtbot, widget.finish_button)
    result = done.args[0]
    assert result.event_type == "create" and result.case_id is not None
    rows = desk.db(lambda: desk.book.list_cases().rows)
    assert [r.case_id for r in rows] == [result.case_id]
    assert desk.db(desk.session.drafts) == []
    assert widget.save_status.text() == "Finished and saved"


def test_enter_goes_to_the_next_question_and_tab_walks_the_page(qtbot: QtBot, desk: Desk) -> None:
    widget = open_interview(qtbot, desk)
    worker = widget.boxes["social_worker"].editor.line
    place = widget.boxes["interview_place"].editor.line
    widget.activateWindow()
    worker.setFocus()
    qtbot.waitUntil(worker.hasFocus, timeout=WAIT)
    qtbot.keyClick(worker, Qt.Key.Key_Return)
    assert place.hasFocus()
    walk = [worker]
    while walk[-1] is not widget.next_button and len(walk) < 200:
        walk.append(next_tab_stop(widget, walk[-1]))
    expected = [w for box in widget.boxes.values() for w in box.focus_widgets()]
    assert [w for w in walk if w in expected] == expected[expected.index(worker) :]
    assert widget.back_button in walk and walk[-1] is widget.next_button
    widget.next_button.setFocus()
    qtbot.keyClick(widget.next_button, Qt.Key.Key_Return)  # a focused button is pressed
    assert widget.index == 1
    widget.back_button.setFocus()
    qtbot.keyClick(widget.back_button, Qt.Key.Key_Return)
    assert widget.index == 0


def next_tab_stop(widget: InterviewWidget, current: Any) -> Any:
    candidate = current.nextInFocusChain()
    while not (candidate.focusPolicy() & Qt.FocusPolicy.TabFocus and candidate.isVisibleTo(widget)):
        candidate = candidate.nextInFocusChain()
    return candidate


def test_a_burmese_label_is_never_clipped(qtbot: QtBot, desk: Desk) -> None:
    fonts.register_bundled_fonts()
    widget = open_interview(qtbot, desk, language="my")
    box = widget.boxes["interview_place"]
    assert box.label.text() == "အင်တာဗျူးသည့် နေရာ"
    for text_label in (box.label, box.hint):
        metrics = QFontMetrics(text_label.font())
        assert text_label.sizeHint().height() >= metrics.height()
        assert text_label.minimumHeight() >= metrics.height()


HOUSEHOLD = """
| survey |              |             |                 |          |
|        | type         | name        | label           | required |
|        | text         | household   | Household name  | yes      |
|        | begin repeat | member      | Member          |          |
|        | text         | member_name | Name            | yes      |
|        | integer      | member_age  | Age             |          |
|        | end repeat   |             |                 |          |
"""


def test_repeats_are_added_and_removed_and_messages_are_our_own(qtbot: QtBot, desk: Desk) -> None:
    definition = load_markdown(textwrap.dedent(HOUSEHOLD))
    interview = desk.db(lambda: Interview.start(desk.session, desk.book, definition))
    widget = open_interview(qtbot, desk, interview, language="en")
    widget.confirm = lambda _text: True
    assert [s.instance for s in widget.screens] == ["", "member[1]", "member[1]"]
    assert widget.boxes["household"].message.text() == ""  # not nagged on the first pass
    widget.forward()
    click(qtbot, widget.add_button)
    assert [s.instance for s in widget.screens][-2:] == ["member[2]", "member[2]"]
    assert widget.screens[widget.index].instance == "member[2]"
    qtbot.keyClicks(widget.boxes["member[2]/member_name"].editor.line, "Dara")
    assert widget.interview.form.answer("member[2]/member_name") == "Dara"
    widget.go_to(page_with(widget, "member[1]/member_age"))
    age = widget.boxes["member[1]/member_age"].editor.line
    qtbot.keyClicks(age, "abc")
    qtbot.keyClick(age, Qt.Key.Key_Tab)
    age.editingFinished.emit()
    assert widget.boxes["member[1]/member_age"].message.text() == (
        "Type a whole number, for example 25."
    )
    assert age.text() == "abc"  # kept for correcting, not stored
    assert widget.interview.form.answer("member[1]/member_age") == ""
    click(qtbot, widget.remove_button)
    assert widget.interview.form.repeat_count("member") == 1
    assert widget.interview.form.answer("member[1]/member_name") == "Dara"
    widget.go_to(page_with(widget, "member[1]/member_name"))
    click(qtbot, widget.remove_button)
    assert widget.interview.form.repeat_count("member") == 0
    stand_in = [s for s in widget.screens if s.empty_repeat == "member"]
    assert stand_in and widget.repeat_empty.isVisibleTo(widget)
    click(qtbot, widget.add_button)
    assert widget.interview.form.repeat_count("member") == 1
    widget.go_to(0)
    assert widget.boxes["household"].message.text() == "Please answer this question."


def test_a_failed_save_is_shown_and_tried_again(qtbot: QtBot, desk: Desk) -> None:
    widget = open_interview(qtbot, desk)
    interview = widget.interview
    original = interview.persist
    failures = [OSError("disk unplugged")]

    def persist(data: dict[str, Any]) -> str:
        if failures:
            raise failures.pop()
        return original(data)

    interview.persist = persist  # type: ignore[method-assign]
    widget.answer("social_worker", "Sokha")
    widget.flush()
    qtbot.waitUntil(lambda: widget.save_status.text().startswith("Not saved"), timeout=WAIT)
    assert widget.saver.pending  # the answer is still waiting to be stored
    widget.answer("interview_place", "Shelter")
    wait_saved(qtbot, widget)
    assert widget.save_status.text() == "Draft saved"
    draft_id = interview.draft_id
    assert draft_id is not None
    stored = desk.db(lambda: desk.session.load_draft(draft_id))
    resumed = desk.db(lambda: Interview.resume(desk.session, desk.book, LIBRARY, draft_id))
    assert stored["form_id"] == "intake"
    assert resumed.form.answer("social_worker") == "Sokha"
    assert resumed.form.answer("interview_place") == "Shelter"


def test_a_follow_up_opened_from_a_case_records_the_visit(qtbot: QtBot, desk: Desk) -> None:
    def intake() -> str | None:
        interview = Interview.start(desk.session, desk.book, LIBRARY.get("intake"))
        for key, value in {"con_Consent": "TRUE", "prs_First_Name": "Dara", "age": 25}.items():
            interview.set_answer(key, value)
        fill_required(interview.form, interview.set_answer)
        return interview.finish().case_id

    case_id = desk.db(intake)
    follow_up = desk.db(
        lambda: Interview.start(desk.session, desk.book, LIBRARY.get("follow_up"), case_id=case_id)
    )
    widget = open_interview(qtbot, desk, follow_up, language="th")
    case_box = widget.boxes["case_id"]  # filled by the app, shown read-only
    assert case_box.editor is not None and not case_box.editor.isEnabled()
    widget.answer("followup_date", "2026-11-20")
    widget.answer("recommend_closure", "no")
    fill_required(widget.interview.form, widget.answer)
    widget.go_to(len(widget.screens))
    with qtbot.waitSignal(widget.finished, timeout=WAIT) as done:
        click(qtbot, widget.finish_button)
    assert done.args[0].event_type == "follow_up" and done.args[0].case_id == case_id
    state = desk.db(lambda: desk.book.state(case_id))
    assert [e.type for e in state.timeline] == ["create", "follow_up"]


def test_closing_the_screen_keeps_the_last_answer(qtbot: QtBot, desk: Desk) -> None:
    interview = desk.db(
        lambda: Interview.start(desk.session, desk.book, LIBRARY.get("intake"), language="lo")
    )
    widget = InterviewWidget(interview, desk.tasks, language="lo")  # not qtbot's: deleted here
    widget.show()
    type_text(widget.boxes["social_worker"].editor.line, "ສົມໃຈ")
    widget.close()  # hidden at once: the save is not left to the timer
    widget.deleteLater()
    qtbot.waitUntil(lambda: desk.tasks.pending == 0, timeout=WAIT)
    draft_id = interview.draft_id
    assert draft_id is not None
    resumed = desk.db(lambda: Interview.resume(desk.session, desk.book, LIBRARY, draft_id))
    assert resumed.form.answer("social_worker") == "ສົມໃຈ"


def test_the_form_title_speaks_the_interface_language(qtbot: QtBot, desk: Desk) -> None:
    assert open_interview(qtbot, desk).title.text() == "ការទទួលករណី៖ ការកំណត់អត្តសញ្ញាណ និងការចុះឈ្មោះ"
    english = open_interview(qtbot, desk, language="en")
    assert english.title.text() == "Intake: identification and registration"


# -- Burmese typed in Zawgyi: the question asks before converting ---------------------------------

ZAWGYI = "ေအးေအးမြန္"  # Aye Aye Mon, typed in Zawgyi
UNICODE = "အေးအေးမွန်"


def _name_box(qtbot: QtBot, desk: Desk, text: str) -> tuple[InterviewWidget, Any]:
    widget = open_interview(qtbot, desk, language="en")
    widget.go_to(page_with(widget, "con_Consent"))
    click(qtbot, widget.boxes["con_Consent"].editor.buttons["TRUE"])
    widget.go_to(page_with(widget, "prs_First_Name"))
    box = widget.boxes["prs_First_Name"]
    line = box.editor.line
    line.setFocus()
    type_text(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)  # the person leaves the field
    return widget, box


def test_zawgyi_is_converted_when_the_person_agrees(qtbot: QtBot, desk: Desk) -> None:
    widget, box = _name_box(qtbot, desk, ZAWGYI)
    qtbot.waitUntil(box.zawgyi.isVisible, timeout=5000)
    assert box.zawgyi.preview.text() == UNICODE
    assert widget.interview.form.answer("prs_First_Name") == ZAWGYI  # nothing changed yet
    click(qtbot, box.zawgyi.use_button)
    assert widget.interview.form.answer("prs_First_Name") == UNICODE
    assert box.editor.line.text() == UNICODE and not box.zawgyi.isVisible()


def test_it_is_not_zawgyi_keeps_the_answer_and_the_prompt_away(qtbot: QtBot, desk: Desk) -> None:
    widget, box = _name_box(qtbot, desk, ZAWGYI)
    qtbot.waitUntil(box.zawgyi.isVisible, timeout=5000)
    click(qtbot, box.zawgyi.keep_button)
    assert widget.interview.form.answer("prs_First_Name") == ZAWGYI
    widget.refresh()
    assert not box.zawgyi.isVisible()


def test_unicode_burmese_and_other_scripts_are_left_alone(qtbot: QtBot, desk: Desk) -> None:
    widget, box = _name_box(qtbot, desk, UNICODE)
    widget.refresh()
    assert widget.interview.form.answer("prs_First_Name") == UNICODE
    assert not box.zawgyi.isVisible()
    box.editor.line.clear()
    type_text(box.editor.line, "សុខា")
    qtbot.keyClick(box.editor.line, Qt.Key.Key_Return)
    assert not box.zawgyi.isVisible()
