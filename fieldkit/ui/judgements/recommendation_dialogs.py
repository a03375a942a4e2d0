"""Dialogs for one recommendation: its wording and links, its status, and a progress update."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

from fieldkit.domain.findings import category_title
from fieldkit.domain.recommendations import CLOSURE_REASONS, STATUSES, Recommendation
from fieldkit.ui.judgements.form_dialog import DayOrMonthEdit, FormDialog, plain_text
from fieldkit.ui.judgements.node_checklist import NodeChecklist
from fieldkit.ui.language import current

UUID_ROLE = Qt.ItemDataRole.UserRole + 1


def checked_ids(widget: QListWidget) -> list[str]:
    return [widget.item(i).data(UUID_ROLE) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


def check_list(name: str, entries: list[tuple[str, str]], ticked) -> QListWidget:
    """A list of tick boxes, one per (id, text)."""
    widget = QListWidget()
    widget.setAccessibleName(name)
    for uuid, text in entries:
        item = QListWidgetItem(text)
        item.setData(UUID_ROLE, uuid)
        item.setToolTip(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if uuid in ticked else Qt.CheckState.Unchecked)
        widget.addItem(item)
    return widget


def tick(widget: QListWidget, uuid: str, on: bool = True) -> None:
    for i in range(widget.count()):
        if widget.item(i).data(UUID_ROLE) == uuid:
            widget.item(i).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            return
    raise KeyError(uuid)


class RecommendationDialog(FormDialog):
    """`findings`: FindingRows of the inspection, to link the recommendation to those it comes from."""

    def __init__(self, framework, findings, number: int, rec: Recommendation | None = None,
                 addressee: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        editing = rec is not None
        self.setWindowTitle(self.tr("Edit recommendation %1").replace("%1", str(number)) if editing
                            else self.tr("Add recommendation"))
        self.save_button.setText(self.tr("&Save") if editing else self.tr("&Add"))
        rec = rec or Recommendation(number=number, text="", addressee=addressee)
        self.number = QLabel(str(number) if editing else self.tr("%1 (the next number)").replace("%1", str(number)))
        self.row(self.tr("Number"), self.number)
        self.topic = QLineEdit(rec.topic)
        self.topic.setPlaceholderText(self.tr("A short label for the summary list, e.g. “Case recording”"))
        self.row(self.tr("&Topic"), self.topic)
        self.text = plain_text(self.tr("Recommendation"), 90)
        self.text.setPlainText(rec.text)
        self.row(self.tr("&Recommendation"), self.text)
        self.purpose = QLineEdit(rec.purpose)
        self.purpose.setPlaceholderText(self.tr("in order to …"))
        self.row(self.tr("&Purpose (“in order to …”)"), self.purpose)
        self.addressee = QLineEdit(rec.addressee)
        self.addressee.setPlaceholderText(self.tr("Who is to act, e.g. Cafcass HQ"))
        self.row(self.tr("A&ddressed to"), self.addressee)
        entries = [(r.uuid, f"{category_title(framework, r.finding.category, current())}: {r.finding.text}")
                   for r in findings]
        self.findings = check_list(self.tr("Linked findings"), entries, set(rec.findings))
        self.findings.setMinimumHeight(90)
        self.row(self.tr("Linked &findings"), self.findings)
        self.nodes = NodeChecklist(self.tr("Linked framework nodes"))
        self.nodes.set_framework(framework, rec.nodes)
        self.row(self.tr("Linked &nodes"), self.nodes)
        self.resize(660, 720)

    def values(self) -> dict:
        return {"text": self.text.toPlainText().strip(), "topic": self.topic.text().strip(),
                "purpose": self.purpose.text().strip(), "addressee": self.addressee.text().strip(),
                "findings": checked_ids(self.findings), "nodes": self.nodes.checked()}


class StatusDialog(FormDialog):
    """Open, Proposed for closure or Closed (with its reason), a note in the progress table's words, and
    the next review as a day or a month."""

    def __init__(self, rec: Recommendation, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Status of recommendation %1").replace("%1", str(rec.number)))
        self.save_button.setText(self.tr("&Set status"))
        lang = current()
        self.status = QComboBox()
        for code, en, cy in STATUSES:
            self.status.addItem(cy if lang == "cy" else en, code)
        self.status.setCurrentIndex(max(0, self.status.findData(rec.status)))
        self.row(self.tr("&Status"), self.status)
        self.reason = QComboBox()
        self.reason.addItem(self.tr("— no reason given —"), None)
        for code, en, cy in CLOSURE_REASONS:
            self.reason.addItem(cy if lang == "cy" else en, code)
        self.reason.setCurrentIndex(max(0, self.reason.findData(rec.closure_reason)))
        self.row(self.tr("&Reason"), self.reason)
        self.note_edit = QLineEdit(rec.status_note)
        self.note_edit.setPlaceholderText(self.tr("e.g. to be reviewed in May 2009"))
        self.row(self.tr("Status &note"), self.note_edit)
        self.next_review = DayOrMonthEdit()
        self.next_review.setText(rec.next_review or "")
        self.row(self.tr("Ne&xt review"), self.next_review)
        self.note(self.tr("A closed recommendation needs its reason; an open one has none. The next review is a "
                          "day (2009-05-21) or just a month (2009-05)."))
        self.status.currentIndexChanged.connect(self._on_status)
        self._on_status()

    def _on_status(self, _index: int = 0) -> None:
        is_open = self.status.currentData() == "open"
        if is_open:
            self.reason.setCurrentIndex(0)
        self.reason.setEnabled(not is_open)

    def set_status(self, code: str, reason: str | None = None) -> None:
        self.status.setCurrentIndex(self.status.findData(code))
        self.reason.setCurrentIndex(self.reason.findData(reason) if reason else 0)

    def values(self) -> dict:
        return {"status": self.status.currentData(), "reason": self.reason.currentData(),
                "note": self.note_edit.text().strip(), "next_review": self.next_review.text().strip()}


class ProgressDialog(FormDialog):
    def __init__(self, rec: Recommendation, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Progress on recommendation %1").replace("%1", str(rec.number)))
        self.save_button.setText(self.tr("&Add progress"))
        self.at = DayOrMonthEdit()
        self.at.setText(date.today().isoformat())
        self.row(self.tr("&When"), self.at)
        self.text = plain_text(self.tr("Progress"), 90)
        self.text.setPlaceholderText(self.tr("What has been done, in the progress report's words"))
        self.row(self.tr("&Progress"), self.text)
        if rec.progress:
            last = rec.progress[-1]
            self.note(self.tr("Last update (%1): %2").replace("%1", last.at).replace("%2", last.text))
        self.resize(560, 320)

    def values(self) -> dict:
        return {"at": self.at.text().strip(), "text": self.text.toPlainText().strip()}
