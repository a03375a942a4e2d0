"""Create an inspection from a framework, choosing which of its optional parts are inspected."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from fieldkit.services.errors import ValidationError
from fieldkit.ui.forms.ui_new_inspection_dialog import Ui_NewInspectionDialog
from fieldkit.ui.language import pick


class NewInspectionDialog(QDialog):
    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_NewInspectionDialog()
        self.ui.setupUi(self)
        self._services = services
        self.created_uuid: str | None = None
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.ui.error_label.setStyleSheet("color: #b71c1c;")
        today = QDate.currentDate()
        self.ui.notice_date.setDate(today)
        self.ui.start_date.setDate(today.addDays(14))
        self.ui.end_date.setDate(today.addDays(25))
        self._infos = services.frameworks.available()
        for info in self._infos:
            label = f"{pick(info.title_en, info.title_cy)} ({info.version})"
            self.ui.framework_combo.addItem(label)
        self.ui.framework_combo.currentIndexChanged.connect(self._on_framework_changed)
        self.ui.button_box.accepted.connect(self._on_accepted)
        self.ui.button_box.rejected.connect(self.reject)
        self._on_framework_changed(self.ui.framework_combo.currentIndex())

    def _on_framework_changed(self, index: int) -> None:
        self.ui.nodes_list.clear()
        if index < 0:
            return
        info = self._infos[index]
        fw = self._services.frameworks.get(info.framework_id, info.version)
        for node in fw.nodes:
            item = QListWidgetItem(f"{node.code}  {pick(node.title_en, node.title_cy)}")
            item.setData(Qt.ItemDataRole.UserRole, node.code)
            flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
            if not node.optional:
                flags &= ~Qt.ItemFlag.ItemIsEnabled  # mandatory parts cannot be switched off
            item.setFlags(flags)
            item.setCheckState(Qt.CheckState.Checked)
            self.ui.nodes_list.addItem(item)

    def disabled_nodes(self) -> tuple[str, ...]:
        out = []
        for i in range(self.ui.nodes_list.count()):
            item = self.ui.nodes_list.item(i)
            if item.checkState() != Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return tuple(out)

    def _on_accepted(self) -> None:
        index = self.ui.framework_combo.currentIndex()
        if index < 0:
            self.ui.error_label.setText(self.tr("Choose a framework."))
            return
        info = self._infos[index]
        try:
            self.created_uuid = self._services.inspections.create(
                title=self.ui.title_edit.text().strip(),
                inspected_body=self.ui.body_edit.text().strip(),
                framework_id=info.framework_id,
                framework_version=info.version,
                notice_date=self.ui.notice_date.date().toString("yyyy-MM-dd"),
                fieldwork_start=self.ui.start_date.date().toString("yyyy-MM-dd"),
                fieldwork_end=self.ui.end_date.date().toString("yyyy-MM-dd"),
                scope=self.ui.scope_edit.toPlainText(),
                limitations=self.ui.limitations_edit.toPlainText(),
                disabled_nodes=self.disabled_nodes(),
            )
        except ValidationError as exc:
            self.ui.error_label.setText("\n".join(exc.problems))
            return
        self.accept()
