"""Question sets added from the Inspection tab: a blank set, a new version started from one on record,
and the dialog's refusals (a version already on record, a question without English wording), which
store nothing."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from fieldkit.ui.question_set_dialog import QuestionSetDialog, next_version
from tests.ui.conftest import unlock


def _open(qtbot, make_window, existing_store):
    from fieldkit.services.demo import create_demo

    window = make_window(existing_store)
    unlock(qtbot, window)
    uuid = create_demo(window.session.services.inspections)
    window.open_inspection(uuid)
    return window, uuid


def _sets(window, uuid):
    return {qs.label: qs for _, qs in window.session.services.evidence.question_sets.list(uuid)}


def _set_cell(dialog, row, col, text):
    dialog.questions.item(row, col).setText(text)


def test_a_blank_set_then_a_new_version_started_from_it(qtbot, make_window, existing_store, monkeypatch):
    window, uuid = _open(qtbot, make_window, existing_store)
    before = window.workspace.sets_table.rowCount()

    def first(dialog):
        qtbot.keyClicks(dialog.name, "Tracking interview")
        qtbot.keyClicks(dialog.audience, "practitioners")
        _set_cell(dialog, 0, 1, "How did you gather the child's wishes and feelings?")
        qtbot.mouseClick(dialog.add_question_button, Qt.MouseButton.LeftButton)
        _set_cell(dialog, 1, 1, "What did the court order?")
        _set_cell(dialog, 1, 2, "Beth orchmynnodd y llys?")
        qtbot.mouseClick(dialog.add_question_button, Qt.MouseButton.LeftButton)  # left empty: not a question
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(QuestionSetDialog, "exec", first)
    qtbot.mouseClick(window.workspace.add_set_button, Qt.MouseButton.LeftButton)
    qs = _sets(window, uuid)["Tracking interview v1"]
    assert [(q.id, q.text_cy) for q in qs.questions] == [("Q1", ""), ("Q2", "Beth orchmynnodd y llys?")]
    assert qs.audience == "practitioners"
    assert window.workspace.sets_table.rowCount() == before + 1
    assert window.save_indicator.state == "saved"

    def second(dialog):
        index = next(i for i in range(dialog.start_from.count())
                     if getattr(dialog.start_from.itemData(i), "label", "") == "Tracking interview v1")
        dialog.start_from.setFocus()
        while dialog.start_from.currentIndex() < index:
            qtbot.keyClick(dialog.start_from, Qt.Key.Key_Down)  # by keyboard: activated, so the form fills
        assert (dialog.name.text(), dialog.version.text(), dialog.questions.rowCount()) == ("Tracking interview",
                                                                                           "2", 2)
        _set_cell(dialog, 1, 1, "What did the court order, and when?")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(QuestionSetDialog, "exec", second)
    qtbot.mouseClick(window.workspace.add_set_button, Qt.MouseButton.LeftButton)
    sets = _sets(window, uuid)
    assert sets["Tracking interview v1"].questions[1].text_en == "What did the court order?"  # never changed
    assert sets["Tracking interview v2"].questions[1].text_en == "What did the court order, and when?"
    assert [q.id for q in sets["Tracking interview v2"].questions] == ["Q1", "Q2"]


def test_refusals_name_the_problem_and_store_nothing(qtbot, make_window, existing_store, monkeypatch):
    from fieldkit.domain.question_sets import Question, QuestionSet

    window, uuid = _open(qtbot, make_window, existing_store)
    window.session.services.evidence.question_sets.add(uuid, QuestionSet("Managers", "1", (Question("M1", "Who?"),)))
    existing = [qs for _, qs in window.session.services.evidence.question_sets.list(uuid)]
    before = _sets(window, uuid)
    dialog = QuestionSetDialog(existing)
    qtbot.addWidget(dialog)
    dialog.start_with(existing[0])
    dialog.version.setText(existing[0].version)
    dialog.add_question()
    _set_cell(dialog, dialog.questions.rowCount() - 1, 2, "Cwestiwn heb Saesneg")  # Welsh only
    _set_cell(dialog, 0, 0, "bad id!")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    text = dialog.error_label.text()
    assert f"{existing[0].label} is already on record" in text
    assert f"Question {dialog.questions.rowCount()} has no English wording." in text
    assert "Question 1: its number must be" in text
    assert dialog.result() == 0 and dialog.value is None
    assert _sets(window, uuid) == before


def test_next_version():
    assert [next_version(v) for v in ("1", "1.2", "2026a", "")] == ["2", "1.3", "2026a.1", "1"]
