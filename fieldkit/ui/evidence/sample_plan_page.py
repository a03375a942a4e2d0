"""The sample plan: targets per method and site, with live progress against them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldkit.domain.evidence import EVIDENCE_TYPES, evidence_type
from fieldkit.services.errors import ValidationError
from fieldkit.ui.language import pick


class SampleTargetDialog(QDialog):
    def __init__(self, sites: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add sample target"))
        self.method = QComboBox()
        for t in EVIDENCE_TYPES:
            self.method.addItem(pick(t.label_en, t.label_cy), t.code)
        self.site = QComboBox()
        self.site.addItem(self.tr("All sites"), None)
        for uuid, name in sites:
            self.site.addItem(name, uuid)
        self.target = QSpinBox()
        self.target.setRange(0, 10_000)
        self.target.setValue(10)
        self.sub_target = QSpinBox()
        self.sub_target.setRange(0, 10_000)
        self.sub_rule = QComboBox()
        self.sub_rule.addItem(self.tr("no sub-target"), None)
        self.sub_rule.addItem(self.tr("of them tracked"), "tracked")
        self.sub_rule.addItem(self.tr("of them good practice"), "good_practice")
        self.sub_rule.addItem(self.tr("of them with a safeguarding flag"), "safeguarding")
        self.include_nominated = QCheckBox(self.tr("Count items nominated by the inspected body"))
        self.note = QLineEdit()
        self.error = QLabel()
        self.error.setStyleSheet("color: #b71c1c;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        for text, widget in ((self.tr("&Method"), self.method), (self.tr("&Site"), self.site),
                             (self.tr("&Target"), self.target), (self.tr("Su&b-target"), self.sub_target),
                             (self.tr("Sub-target &counts"), self.sub_rule), (self.tr("&Note"), self.note)):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            form.addRow(label, widget)
        form.addRow("", self.include_nominated)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._on_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.value = None

    def _on_accepted(self) -> None:
        from fieldkit.services.evidence import SampleTarget  # noqa: PLC0415

        rule = self.sub_rule.currentData()
        try:
            self.value = SampleTarget(
                type_code=self.method.currentData(), target=int(self.target.value()),
                site_uuid=self.site.currentData(), sub_target=int(self.sub_target.value()) if rule else None,
                sub_rule=rule, include_nominated=self.include_nominated.isChecked(),
                note=self.note.text().strip()).validate()
        except ValidationError as exc:
            self.error.setText("\n".join(exc.problems))
            return
        self.accept()


class SamplePlanPage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = None
        self.inspection_uuid: str | None = None
        self.rows = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.add_button.clicked.connect(self.add_target)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self._retranslate()

    def _retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Targets for each method and site, and how many items meet them so far. Items nominated by the "
            "inspected body are left out of the count unless a target says otherwise."))
        self.table.setHorizontalHeaderLabels([self.tr("Method"), self.tr("Site"), self.tr("Done"),
                                              self.tr("Target"), self.tr("Progress")])
        self.table.setAccessibleName(self.tr("Sample plan"))
        self.add_button.setText(self.tr("&Add target…"))
        self.add_button.setAccessibleName(self.tr("Add sample target"))
        self.remove_button.setText(self.tr("Remo&ve target"))
        self.remove_button.setAccessibleName(self.tr("Remove sample target"))
        if self._services is not None:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def load(self, services, inspection_uuid: str) -> None:
        """Progress reads every item of the inspection: counted when the tab is shown, not on open."""
        self._services, self.inspection_uuid = services, inspection_uuid
        self.rows = []
        self.table.setRowCount(0)
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        if self._services is None:
            return
        self.rows = self._services.evidence.sample_progress(self.inspection_uuid)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            et = evidence_type(row.target.type_code)
            method = pick(et.label_en, et.label_cy)
            if row.target.where_value:
                method += f" ({row.target.where_value})"
            cells = [method, row.site_name or self.tr("All sites"), str(row.done), str(row.target.target)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
            bar = QProgressBar()
            bar.setRange(0, max(1, row.target.target))
            bar.setValue(min(row.done, max(1, row.target.target)))
            detail = self.tr("%1 of %2").replace("%1", str(row.done)).replace("%2", str(row.target.target))
            if row.target.sub_target is not None:
                detail += "; " + self.tr("%1 of %2 %3").replace("%1", str(row.sub_done or 0)).replace(
                    "%2", str(row.target.sub_target)).replace("%3", row.target.sub_rule.replace("_", " "))
            if row.nominated_excluded:
                detail += "; " + self.tr("%1 nominated not counted").replace("%1", str(row.nominated_excluded))
            bar.setFormat(detail)
            bar.setAccessibleName(f"{method}: {detail}")
            self.table.setCellWidget(r, 4, bar)

    def add_target(self) -> None:
        if self._services is None:
            return
        sites = [(u, s.name) for u, s in self._services.inspections.sites(self.inspection_uuid)]
        dialog = SampleTargetDialog(sites, self)
        if dialog.exec() and dialog.value is not None:
            self._services.evidence.add_sample_target(self.inspection_uuid, dialog.value)
            self.refresh()

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if self._services is None or not 0 <= row < len(self.rows):
            return
        self._services.evidence.remove_sample_target(self.rows[row].uuid)
        self.refresh()
