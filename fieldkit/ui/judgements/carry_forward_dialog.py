"""Carry an earlier inspection's recommendations into this (follow-up) inspection, to be tracked here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QListWidgetItem, QWidget

from fieldkit.domain.recommendations import STATUSES
from fieldkit.domain.recommendations import label as status_label
from fieldkit.ui.judgements.form_dialog import FormDialog, problem_text
from fieldkit.ui.judgements.recommendation_dialogs import UUID_ROLE, checked_ids
from fieldkit.ui.language import current


class CarryForwardDialog(FormDialog):
    """`inspections`: InspectionRows other than this one (archived included); their recommendations are
    read on the database thread when one is chosen."""

    def __init__(self, services, tasks, inspections, parent: QWidget | None = None):
        super().__init__(parent)
        self._services, self._tasks = services, tasks
        self._finished = False  # closed while its list was being read
        self.finished.connect(lambda _r: setattr(self, "_finished", True))
        self.setWindowTitle(self.tr("Carry recommendations forward"))
        self.save_button.setText(self.tr("&Carry forward"))
        self.note(self.tr("The recommendations ticked are copied into this inspection with their wording and "
                          "status and a link back to where they came from. Closed ones start here as open. "
                          "Carrying one twice adds nothing."))
        self.source = QComboBox()
        for row in inspections:
            text = row.title
            if row.status == "archived":
                text += " " + self.tr("(archived)")
            self.source.addItem(text, row.uuid)
        self.row(self.tr("&From inspection"), self.source)
        self.recs = QListWidget()
        self.recs.setMinimumHeight(200)
        self.row(self.tr("&Recommendations"), self.recs)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #555;")
        self.form.addRow(self.status)
        self.source.currentIndexChanged.connect(lambda _i: self.load_source())
        self.recs.itemChanged.connect(lambda _i: self._update())
        self.resize(640, 520)
        self.load_source()

    def load_source(self) -> None:
        uuid = self.source.currentData()
        self.recs.clear()
        self._update()
        if not uuid:
            return
        self.status.setText(self.tr("Reading…"))
        services = self._services
        self._tasks.submit(lambda: services.recommendations.list(uuid), on_done=lambda f: self._on_listed(f, uuid))

    def _on_listed(self, future, uuid: str) -> None:
        if self._finished or uuid != self.source.currentData():
            return  # another inspection was chosen meanwhile
        if future.exception() is not None:
            self.status.setText(self.tr("Could not read its recommendations: %1").replace(
                "%1", problem_text(future.exception())))
            return
        self.recs.blockSignals(True)
        lang = current()
        for r in future.result():
            rec = r.recommendation
            item = QListWidgetItem(f"{rec.number}. {rec.topic or rec.text} — "
                                   f"{status_label(STATUSES, rec.status, lang)}")
            item.setToolTip(f"{rec.text}\n{rec.status_text(lang)}")
            item.setData(UUID_ROLE, r.uuid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            # What is still open is what a follow-up tracks; closed ones can be ticked too.
            item.setCheckState(Qt.CheckState.Unchecked if rec.status == "closed" else Qt.CheckState.Checked)
            self.recs.addItem(item)
        self.recs.blockSignals(False)
        self._update()

    def _update(self) -> None:
        n, total = len(self.chosen()), self.recs.count()
        if self.source.count() and total == 0:
            self.status.setText(self.tr("That inspection has no recommendations."))
        elif total:
            self.status.setText(self.tr("%1 of %2 ticked.").replace("%1", str(n)).replace("%2", str(total)))
        self.save_button.setEnabled(n > 0)

    def chosen(self) -> list[str]:
        return checked_ids(self.recs)

    def set_ticked(self, uuids: set[str]) -> None:
        for i in range(self.recs.count()):
            item = self.recs.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(UUID_ROLE) in uuids else Qt.CheckState.Unchecked)
