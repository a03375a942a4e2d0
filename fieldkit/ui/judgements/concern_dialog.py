"""Raise or update a safeguarding concern: what was seen, which children, who was told, what came back."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fieldkit.domain.safeguarding import ROUTES, SEVERITIES, STATUSES
from fieldkit.ui.language import current, pick

UUID_ROLE = Qt.ItemDataRole.UserRole + 1
_FORMAT = "yyyy-MM-ddTHH:mm"


def _when_edit(name: str) -> QDateTimeEdit:
    edit = QDateTimeEdit()
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setCalendarPopup(True)
    edit.setAccessibleName(name)
    return edit


def _qdt(value: str) -> QDateTime:
    """Stored as 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM' (a space is accepted for the T too)."""
    value = value.replace(" ", "T")
    return QDateTime.fromString((value if "T" in value else value + "T00:00")[:16], _FORMAT)


def _choices(combo: QComboBox, choices, blank: str | None = None) -> None:
    if blank is not None:
        combo.addItem(blank, None)
    for code, en, cy in choices:
        combo.addItem(cy if current() == "cy" else en, code)


class ConcernDialog(QDialog):
    """`values()` gives the fields for ConcernService.raise_concern / update."""

    def __init__(self, overview, framework, evidence_rows, concern=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Safeguarding concern") if concern else self.tr("Raise a safeguarding concern"))
        self.concern = QPlainTextEdit()
        self.concern.setTabChangesFocus(True)
        self.concern.setAccessibleName(self.tr("Concern"))
        self.concern.setPlaceholderText(self.tr("What was seen or read, and why a child may be at risk. "
                                                "Pseudonyms only; staff by role."))
        self.severity = QComboBox()
        _choices(self.severity, SEVERITIES)
        self.children = QListWidget()
        self.children.setMaximumHeight(100)
        for uuid, child in overview.children:
            item = QListWidgetItem(self.tr("%1, aged %2").replace("%1", child.pseudonym).replace("%2", str(child.age)))
            item.setData(UUID_ROLE, uuid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.children.addItem(item)
        self.evidence = QComboBox()
        self.evidence.addItem(self.tr("— none —"), None)
        for row in evidence_rows:
            mark = "⚠ " if row.safeguarding else ""
            self.evidence.addItem(f"{mark}{row.title or '(untitled)'} · {row.evidence_date or '—'}", row.uuid)
        self.node = QComboBox()
        self.node.addItem(self.tr("— none —"), None)
        for n in framework.iter_nodes():
            self.node.addItem(f"{n.code}  {pick(n.title_en, n.title_cy)}", n.code)
        self.site = QComboBox()
        self.site.addItem(self.tr("— none —"), None)
        for uuid, site in overview.sites:
            self.site.addItem(site.name, uuid)
        self.raised_at = _when_edit(self.tr("Raised at"))
        self.raised_at.setDateTime(QDateTime.currentDateTime())
        self.referred = QCheckBox(self.tr("&Referred on"))
        self.referred_to = QLineEdit()
        self.referred_to.setPlaceholderText(self.tr("A role, never a name: e.g. regional director"))
        self.referred_to.setAccessibleName(self.tr("Referred to (role)"))
        self.route = QComboBox()
        _choices(self.route, ROUTES)
        self.route.setAccessibleName(self.tr("How referred"))
        self.referred_at = _when_edit(self.tr("Referred at"))
        self.referred_at.setDateTime(QDateTime.currentDateTime())
        self.responded = QCheckBox(self.tr("Res&ponse received"))
        self.response = QPlainTextEdit()
        self.response.setTabChangesFocus(True)
        self.response.setMaximumHeight(70)
        self.response.setAccessibleName(self.tr("Response"))
        self.response_at = _when_edit(self.tr("Response received at"))
        self.response_at.setDateTime(QDateTime.currentDateTime())
        self.status = QComboBox()
        _choices(self.status, STATUSES)
        self.status.setAccessibleName(self.tr("Status"))
        self.closed_reason = QLineEdit()
        self.closed_reason.setAccessibleName(self.tr("Reason for closing"))

        form = QFormLayout()
        rows = [(self.tr("&Concern"), self.concern), (self.tr("&Severity"), self.severity),
                (self.tr("C&hildren"), self.children), (self.tr("&Evidence item"), self.evidence),
                (self.tr("Framework &node"), self.node), (self.tr("S&ite"), self.site),
                (self.tr("&Raised at"), self.raised_at)]
        for text, widget in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
            if not widget.accessibleName():
                widget.setAccessibleName(text.replace("&", ""))
        form.addRow("", self.referred)
        for text, widget in ((self.tr("Referred &to"), self.referred_to), (self.tr("&How"), self.route),
                             (self.tr("&When"), self.referred_at)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", self.responded)
        for text, widget in ((self.tr("Wh&at came back"), self.response), (self.tr("When it c&ame"), self.response_at)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.status_label = QLabel(self.tr("Stat&us"))
        self.status_label.setBuddy(self.status)
        form.addRow(self.status_label, self.status)
        reason_label = QLabel(self.tr("Reason for c&losing"))
        reason_label.setBuddy(self.closed_reason)
        form.addRow(reason_label, self.closed_reason)
        buttons = QDialogButtonBox()
        accept = self.tr("Save") if concern else self.tr("Raise concern")
        buttons.addButton(accept, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.referred.toggled.connect(self._sync)
        self.responded.toggled.connect(self._sync)
        self.status.currentIndexChanged.connect(lambda _i: self._sync())
        if concern is not None:
            self._fill(concern)
        self._sync()
        self.resize(640, 720)

    def _fill(self, c) -> None:
        self.concern.setPlainText(c.concern)
        self.severity.setCurrentIndex(max(0, self.severity.findData(c.severity)))
        for i in range(self.children.count()):
            item = self.children.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(UUID_ROLE) in c.children else Qt.CheckState.Unchecked)
        self.evidence.setCurrentIndex(max(0, self.evidence.findData(c.evidence)))
        self.node.setCurrentIndex(max(0, self.node.findData(c.nodes[0] if c.nodes else None)))
        self.site.setCurrentIndex(max(0, self.site.findData(c.site)))
        self.raised_at.setDateTime(_qdt(c.raised_at))
        self.referred.setChecked(bool(c.referred_at))
        self.referred_to.setText(c.referred_to)
        self.route.setCurrentIndex(max(0, self.route.findData(c.route)))
        if c.referred_at:
            self.referred_at.setDateTime(_qdt(c.referred_at))
        self.responded.setChecked(bool(c.response_at))
        self.response.setPlainText(c.response)
        if c.response_at:
            self.response_at.setDateTime(_qdt(c.response_at))
        self.status.setCurrentIndex(max(0, self.status.findData(c.status)))
        self.closed_reason.setText(c.closed_reason)

    def _sync(self) -> None:
        for w in (self.referred_to, self.route, self.referred_at):
            w.setEnabled(self.referred.isChecked())
        for w in (self.response, self.response_at):
            w.setEnabled(self.responded.isChecked())
        self.closed_reason.setEnabled(self.status.currentData() == "closed")

    def values(self) -> dict:
        children = [self.children.item(i).data(UUID_ROLE) for i in range(self.children.count())
                    if self.children.item(i).checkState() == Qt.CheckState.Checked]
        node = self.node.currentData()
        values = {
            "concern": self.concern.toPlainText().strip(), "severity": self.severity.currentData(),
            "children": children, "evidence": self.evidence.currentData(), "nodes": [node] if node else [],
            "site": self.site.currentData(), "raised_at": self.raised_at.dateTime().toString(_FORMAT),
            "status": self.status.currentData(),
            "closed_reason": self.closed_reason.text().strip() if self.status.currentData() == "closed" else "",
        }
        if self.referred.isChecked():
            values.update(referred_to=self.referred_to.text().strip(), route=self.route.currentData(),
                          referred_at=self.referred_at.dateTime().toString(_FORMAT))
        else:
            values.update(referred_to="", route=None, referred_at=None)
        if self.responded.isChecked():
            values.update(response=self.response.toPlainText().strip(),
                          response_at=self.response_at.dateTime().toString(_FORMAT))
        else:
            values.update(response="", response_at=None)
        return values
