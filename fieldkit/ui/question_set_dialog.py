"""Adding a question set for structured interviews, or a new version of one, from the Inspection tab.

A version on record is never edited (answers are tied to its question ids), so this dialog only adds:
"Start from" copies an existing version's name, audience and questions, and the inspector gives the
change a new version number.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from fieldkit.domain.question_sets import Question, QuestionSet, valid_question_id
from fieldkit.ui.entry_dialogs import _EntryDialog


def next_version(version: str) -> str:
    """"2" after "1", "1.3" after "1.2"; otherwise the same text with ".1" added."""
    head, dot, last = version.rpartition(".")
    if last.isdigit():
        return f"{head}{dot}{int(last) + 1}"
    return f"{version}.1" if version else "1"


class QuestionSetDialog(_EntryDialog):
    def __init__(self, existing: list[QuestionSet], parent: QWidget | None = None):
        super().__init__(self.tr("Add question set"), parent)
        self.resize(760, 520)
        self._existing = existing
        note = QLabel(self.tr("A version on record is never changed: answers are tied to its questions. To change "
                              "a set, start from it and give the change a new version."))
        note.setWordWrap(True)
        self.form.addRow(note)
        self.start_from = self._row(self.tr("&Start from"), QComboBox())
        self.start_from.addItem(self.tr("a blank set"), None)
        for qs in existing:
            self.start_from.addItem(self.tr("%1 (%2 questions)").replace("%1", qs.label)
                                    .replace("%2", str(len(qs.questions))), qs)
        self.start_from.activated.connect(lambda i: self.start_with(self.start_from.itemData(i)))
        self.name = self._row(self.tr("&Name"), QLineEdit())
        self.version = self._row(self.tr("&Version"), QLineEdit("1"))
        self.audience = self._row(self.tr("&Asked of"), QLineEdit())
        self.audience.setPlaceholderText(self.tr("for example practitioners, service managers"))

        self.questions = QTableWidget(0, 3)
        self.questions.setHorizontalHeaderLabels([self.tr("Number"), self.tr("Question (English)"),
                                                  self.tr("Question (Welsh)")])
        self.questions.verticalHeader().hide()
        header = self.questions.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.questions.setTabKeyNavigation(False)  # Tab leaves the table; arrows and F2 work inside it
        self.questions.setMinimumHeight(200)
        self._row(self.tr("&Questions"), self.questions)
        self.add_question_button = QPushButton(self.tr("Add &question"))
        self.add_question_button.setAccessibleName(self.tr("Add a question"))
        self.add_question_button.clicked.connect(lambda: self.add_question())
        self.remove_question_button = QPushButton(self.tr("&Remove question"))
        self.remove_question_button.setAccessibleName(self.tr("Remove the selected question"))
        self.remove_question_button.clicked.connect(self.remove_question)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_question_button)
        row.addWidget(self.remove_question_button)
        self.form.addRow(row)
        self.add_question()

    def start_with(self, qs: QuestionSet | None) -> None:
        """Copy `qs` (None: empty the form); its version becomes the next one."""
        self.name.setText(qs.name if qs else "")
        self.audience.setText(qs.audience if qs else "")
        if qs is None:
            self.version.setText("1")
        else:
            taken = {x.version for x in self._existing if x.name == qs.name}
            version = next_version(qs.version)
            while version in taken:
                version = next_version(version)
            self.version.setText(version)
        self.questions.setRowCount(0)
        for q in (qs.questions if qs else ()):
            self.add_question(q)
        if qs is None:
            self.add_question()

    def add_question(self, q: Question | None = None) -> None:
        values = (q.id, q.text_en, q.text_cy) if q else (self._free_id(), "", "")
        r = self.questions.rowCount()
        self.questions.insertRow(r)
        for c, value in enumerate(values):
            self.questions.setItem(r, c, QTableWidgetItem(value))
        if q is None:
            self.questions.setCurrentCell(r, 1)

    def _free_id(self) -> str:
        used = {self._cell(r, 0) for r in range(self.questions.rowCount())}
        n = self.questions.rowCount() + 1
        while f"Q{n}" in used:
            n += 1
        return f"Q{n}"

    def remove_question(self) -> None:
        r = self.questions.currentRow()
        if r >= 0:
            self.questions.removeRow(r)

    def _cell(self, r: int, c: int) -> str:
        item = self.questions.item(r, c)
        return item.text().strip() if item is not None else ""

    def build(self) -> QuestionSet:
        rows = [(self._cell(r, 0), self._cell(r, 1), self._cell(r, 2)) for r in range(self.questions.rowCount())]
        rows = [x for x in rows if x[1] or x[2]]  # a row without wording is not a question
        return QuestionSet(name=self.name.text().strip(), version=self.version.text().strip(),
                           audience=self.audience.text().strip(),
                           questions=tuple(Question(*x) for x in rows))

    def _on_accepted(self) -> None:
        qs = self.build()
        problems = []
        if not qs.name:
            problems.append(self.tr("Give the set a name."))
        if not qs.version:
            problems.append(self.tr("Give the set a version."))
        elif any(x.name == qs.name and x.version == qs.version for x in self._existing):
            problems.append(self.tr("%1 is already on record: give the change a new version.")
                            .replace("%1", qs.label))
        if not qs.questions:
            problems.append(self.tr("Add at least one question."))
        for n, q in enumerate(qs.questions, 1):
            if not q.text_en:
                problems.append(self.tr("Question %1 has no English wording.").replace("%1", str(n)))
            if not valid_question_id(q.id):
                problems.append(self.tr("Question %1: its number must be 1 to 32 letters, digits, '.', '_' or "
                                        "'-' (for example Q3 or 2.1).").replace("%1", str(n)))
        ids = [q.id for q in qs.questions]
        for dup in sorted({i for i in ids if ids.count(i) > 1}):
            problems.append(self.tr("The number %1 is used twice.").replace("%1", dup))
        if problems:
            self.error_label.setText("\n".join(problems))
            return
        super()._on_accepted()  # the domain's own checks (number format) still apply
