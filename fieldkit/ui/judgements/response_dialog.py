"""The inspected body's response (001 Annex A): the recommendations it covers, its actions with by-dates and
owners, the overall improvement target, and who monitors it. One response may cover several (002 L80–94)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldkit.domain.recommendations import Response
from fieldkit.ui.judgements.form_dialog import DayOrMonthEdit, FormDialog, plain_text
from fieldkit.ui.judgements.recommendation_dialogs import check_list, checked_ids


def rec_label(rec) -> str:
    return f"{rec.number}. {rec.topic or rec.text}"


class ResponseDialog(FormDialog):
    """`recs`: RecommendationRows of the inspection; `covers`: the ids ticked to start with."""

    def __init__(self, recs, covers, response: Response | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        editing = response is not None
        self.setWindowTitle(self.tr("Edit response") if editing else self.tr("Add response"))
        self.save_button.setText(self.tr("&Save") if editing else self.tr("&Add"))
        response = response or Response(recommendations=tuple(covers))
        self.covers = check_list(self.tr("Recommendations this response covers"),
                                 [(r.uuid, rec_label(r.recommendation)) for r in recs], set(response.recommendations))
        self.covers.setMinimumHeight(100)
        self.row(self.tr("&Covers"), self.covers)
        self.responder = QLineEdit(response.responder)
        self.responder.setPlaceholderText(self.tr("e.g. Cafcass"))
        self.row(self.tr("Res&ponder"), self.responder)

        self.actions = QTableWidget(0, 3)
        self.actions.setHorizontalHeaderLabels([self.tr("Action"), self.tr("By"), self.tr("Owner")])
        self.actions.setAccessibleName(self.tr("Actions"))
        self.actions.verticalHeader().hide()
        self.actions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actions.setTabKeyNavigation(False)  # Tab leaves the table; arrows move, F2 or typing edits
        self.actions.setMinimumHeight(130)
        header = self.actions.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.actions.setToolTip(self.tr("By: a day (YYYY-MM-DD) or a month (YYYY-MM)"))
        self.add_action_button = QPushButton(self.tr("Add ac&tion"))
        self.add_action_button.setAccessibleName(self.tr("Add an action"))
        self.remove_action_button = QPushButton(self.tr("Remove act&ion"))
        self.remove_action_button.setAccessibleName(self.tr("Remove the selected action"))
        action_buttons = QHBoxLayout()
        action_buttons.addWidget(self.add_action_button)
        action_buttons.addWidget(self.remove_action_button)
        action_buttons.addStretch(1)
        actions_box = QWidget()
        col = QVBoxLayout(actions_box)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.actions)
        col.addLayout(action_buttons)
        self.row(self.tr("&Actions (“Cafcass will: …”)"), actions_box)
        self.form.labelForField(actions_box).setBuddy(self.actions)
        for a in response.actions:
            self.add_action(a.text, a.by or "", a.owner)

        self.target = plain_text(self.tr("Overall improvement target"), 60)
        self.target.setPlainText(response.improvement_target)
        self.row(self.tr("Overall improvement &target"), self.target)
        self.by = DayOrMonthEdit()
        self.by.setText(response.by or "")
        self.row(self.tr("&By"), self.by)
        self.by_note = QLineEdit(response.by_note)
        self.by_note.setPlaceholderText(self.tr("e.g. notification will be immediate, but national documents need "
                                                "amendments"))
        self.row(self.tr("By-date &note"), self.by_note)
        self.owner = QLineEdit(response.owner)
        self.owner.setPlaceholderText(self.tr("e.g. service managers"))
        self.row(self.tr("&Owner"), self.owner)
        self.monitoring = QLineEdit(response.monitoring_body)
        self.monitoring.setPlaceholderText(self.tr("e.g. CMT and SPIB"))
        self.row(self.tr("&Monitoring body"), self.monitoring)
        self.received = DayOrMonthEdit()
        self.received.setText(response.received or "")
        self.row(self.tr("Date &received"), self.received)

        self.add_action_button.clicked.connect(lambda: self.add_action(edit=True))
        self.remove_action_button.clicked.connect(self.remove_action)
        self.resize(720, 780)

    def add_action(self, text: str = "", by: str = "", owner: str = "", *, edit: bool = False) -> int:
        row = self.actions.rowCount()
        self.actions.insertRow(row)
        for col, value in enumerate((text, by, owner)):
            self.actions.setItem(row, col, QTableWidgetItem(value))
        if edit:
            self.actions.setCurrentCell(row, 0)
            self.actions.setFocus()
            self.actions.editItem(self.actions.item(row, 0))
        return row

    def remove_action(self) -> None:
        row = self.actions.currentRow()
        if row >= 0:
            self.actions.removeRow(row)

    def values(self) -> dict:
        actions = []
        for row in range(self.actions.rowCount()):
            text, by, owner = ((self.actions.item(row, c).text() if self.actions.item(row, c) else "").strip()
                               for c in range(3))
            if text or by or owner:  # a row left wholly blank is not an action
                actions.append({"text": text, "by": by or None, "owner": owner})
        return {"recommendations": checked_ids(self.covers), "responder": self.responder.text().strip(),
                "actions": actions, "improvement_target": self.target.toPlainText().strip(), "by": self.by.value(),
                "by_note": self.by_note.text().strip(), "owner": self.owner.text().strip(),
                "monitoring_body": self.monitoring.text().strip(), "received": self.received.value()}
