"""The inspection's recommendations in number order, the selected one's details and responses, and the
actions of the progress table: status, progress, responses, explicit renumbering and carrying forward.

Reads and writes run on the database thread. A refused write is shown and its dialog stays open with what
was typed, so nothing is lost and nothing half-done is stored.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldkit.domain.recommendations import duplicate_numbers
from fieldkit.ui.judgements.carry_forward_dialog import CarryForwardDialog
from fieldkit.ui.judgements.form_dialog import problem_text
from fieldkit.ui.judgements.recommendation_details import RecommendationDetails
from fieldkit.ui.judgements.recommendation_dialogs import ProgressDialog, RecommendationDialog, StatusDialog
from fieldkit.ui.judgements.renumber_dialog import RenumberDialog
from fieldkit.ui.judgements.response_dialog import ResponseDialog
from fieldkit.ui.language import current

UUID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("number", "topic", "text", "status", "next_review")


def _read(services, inspection_uuid: str):
    inspection = services.inspections.get(inspection_uuid)
    return (services.inspections.framework(inspection_uuid), inspection.inspected_body,
            services.recommendations.list(inspection_uuid), services.recommendations.responses(inspection_uuid),
            services.findings.list(inspection_uuid))


class RecommendationsPage(QWidget):
    """Signals: open_evidence(uuid), for symmetry with the other workspace pages (recommendations cite
    findings, not evidence items, so nothing here emits it yet)."""

    open_evidence = Signal(str)

    def __init__(self, tasks, prompts, parent: QWidget | None = None):
        super().__init__(parent)
        self._tasks, self._prompts = tasks, prompts
        self._services = None
        self._inspection = ""
        self._framework = None
        self._addressee = ""
        self._recs: list = []
        self._responses: list = []
        self._findings: list = []
        self._selected: str | None = None
        self.dialog = None  # the dialog open on this page, if any
        self._build()

    # -- construction --------------------------------------------------------------------------------

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        self.add_button = self._button(self.tr("&Add…"), self.tr("Add a recommendation"), self.add)
        self.edit_button = self._button(self.tr("E&dit…"), self.tr("Edit the selected recommendation"), self.edit)
        self.remove_button = self._button(self.tr("Rem&ove"), self.tr("Remove the selected recommendation"),
                                          self.remove)
        self.remove_button.setToolTip(self.tr("Withdraw the selected recommendation (Delete); the others keep "
                                              "their numbers"))
        self.renumber_button = self._button(self.tr("Ren&umber…"), self.tr("Renumber the recommendations"),
                                            self.renumber)
        self.status_button = self._button(self.tr("Set s&tatus…"),
                                          self.tr("Set the status of the selected recommendation"), self.set_status)
        self.progress_button = self._button(self.tr("Add progre&ss…"),
                                            self.tr("Add a progress update to the selected recommendation"),
                                            self.add_progress)
        self.response_button = self._button(self.tr("Add respo&nse…"),
                                            self.tr("Add the inspected body's response"), self.add_response)
        self.carry_button = self._button(self.tr("&Carry forward…"),
                                         self.tr("Carry recommendations forward from an earlier inspection"),
                                         self.carry_forward)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button, self.renumber_button, self.status_button,
                  self.progress_button, self.response_button, self.carry_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.duplicates = QLabel()
        self.duplicates.setObjectName("duplicateNumbers")
        self.duplicates.setWordWrap(True)
        self.duplicates.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.duplicates.hide()
        self.summary = QLabel()
        self.summary.setStyleSheet("color: #555;")

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr("No."), self.tr("Topic"), self.tr("Recommendation"),
                                              self.tr("Status"), self.tr("Next review")])
        self.table.setAccessibleName(self.tr("Recommendations"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(1, 210)
        header.resizeSection(3, 300)

        self.detail_pane = RecommendationDetails()
        # Short names for what tests and keyboard users reach most.
        self.details, self.responses = self.detail_pane.details, self.detail_pane.responses
        self.edit_response_button = self.detail_pane.edit_response_button
        self.remove_response_button = self.detail_pane.remove_response_button
        self.edit_response_button.clicked.connect(self.edit_response)
        self.remove_response_button.clicked.connect(self.remove_response)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail_pane)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

        self.table.currentCellChanged.connect(lambda row, _c, _pr, _pc: self._on_current(row))
        self.table.activated.connect(lambda _index: self.edit())
        self.responses.currentItemChanged.connect(lambda _cur, _prev: self._update_buttons())
        self.responses.itemActivated.connect(lambda _item: self.edit_response())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, activated=self.remove,
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.responses, activated=self.remove_response,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self._update_buttons()

    # -- loading -------------------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        # Other tabs change what this page lists (a finding added, an item flagged as good practice).
        super().showEvent(event)
        if not event.spontaneous():
            self.reload()

    def load(self, services, inspection_uuid: str) -> None:
        self._services, self._inspection = services, inspection_uuid
        self._selected = None
        self.reload()

    def reload(self, select: str | None = None) -> None:
        if self._services is None:
            return
        if select is not None:
            self._selected = select
        services, inspection = self._services, self._inspection
        self._tasks.submit(lambda: _read(services, inspection), on_done=lambda f: self._on_loaded(f, inspection))

    def _on_loaded(self, future, inspection: str) -> None:
        if inspection != self._inspection:
            return
        if future.exception() is not None:
            self._prompts.error(self.tr("Recommendations"), self.tr("The recommendations could not be read: %1")
                                .replace("%1", problem_text(future.exception())))
            return
        self._framework, self._addressee, self._recs, self._responses, self._findings = future.result()
        self._fill()

    def _fill(self) -> None:
        lang = current()
        selected = self._selected
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._recs))
        current_row = 0 if self._recs else -1
        for i, r in enumerate(self._recs):
            rec = r.recommendation
            cells = (str(rec.number), rec.topic, rec.text, rec.status_text(lang), rec.next_review or "")
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                item.setData(UUID_ROLE, r.uuid)
                if col == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, col, item)
            if r.uuid == selected:
                current_row = i
        self.table.blockSignals(False)
        if current_row >= 0:
            self.table.selectRow(current_row)
            self.table.setCurrentCell(current_row, 0)
        self._on_current(current_row)
        clash = duplicate_numbers(r.recommendation for r in self._recs)
        self.duplicates.setText(self.tr(
            "⚠ More than one recommendation has the number %1 (this can happen when two laptops' work is "
            "merged). Use Renumber… to give each its own number.").replace("%1", ", ".join(map(str, clash))))
        self.duplicates.setVisible(bool(clash))
        counts = {}
        for r in self._recs:
            counts[r.recommendation.status] = counts.get(r.recommendation.status, 0) + 1
        self.summary.setText(self.tr("%1 recommendations: %2 open, %3 proposed for closure, %4 closed.")
                             .replace("%1", str(len(self._recs))).replace("%2", str(counts.get("open", 0)))
                             .replace("%3", str(counts.get("proposed_closure", 0)))
                             .replace("%4", str(counts.get("closed", 0))) if self._recs else
                             self.tr("No recommendations yet."))

    def _on_current(self, row: int) -> None:
        r = self._recs[row] if 0 <= row < len(self._recs) else None
        self._selected = r.uuid if r is not None else None
        self.detail_pane.show_recommendation(r, self._recs, self._responses, self._findings, self._framework)
        self._update_buttons()

    def _update_buttons(self) -> None:
        loaded = self._services is not None
        has = self._selected is not None
        for b in (self.add_button, self.carry_button):
            b.setEnabled(loaded)
        for b in (self.edit_button, self.remove_button, self.status_button, self.progress_button,
                  self.response_button):
            b.setEnabled(has)
        self.renumber_button.setEnabled(bool(self._recs))
        has_response = self.responses.currentItem() is not None
        self.edit_response_button.setEnabled(has_response)
        self.remove_response_button.setEnabled(has_response)

    def _rec(self, uuid: str | None = None):
        uuid = uuid or self._selected
        return next((r for r in self._recs if r.uuid == uuid), None)

    def select(self, uuid: str) -> None:
        for i, r in enumerate(self._recs):
            if r.uuid == uuid:
                self.table.setCurrentCell(i, 0)
                return
        raise KeyError(uuid)

    def table_rows(self) -> list[tuple[str, ...]]:
        """What the table shows, row by row (No., topic, recommendation, status, next review)."""
        return [tuple(self.table.item(i, c).text() for c in range(len(COLUMNS))) for i in range(self.table.rowCount())]

    # -- dialogs and writes --------------------------------------------------------------------------

    def _open(self, dialog, save) -> None:
        self.dialog = dialog
        dialog.submitted.connect(lambda: save(dialog))
        dialog.finished.connect(lambda _r: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _write(self, dialog, title: str, fn, select=None) -> None:
        """Run `fn` on the database thread; on success close the dialog and show the result, else say why."""
        def done(future):
            open_still = dialog is not None and dialog is self.dialog  # not closed meanwhile
            exc = future.exception()
            if exc is not None:
                if open_still:
                    dialog.save_button.setEnabled(True)
                self._prompts.error(title, self.tr("Nothing was saved:\n%1").replace("%1", problem_text(exc)))
                return
            if open_still:
                dialog.accept()
            result = future.result()
            if isinstance(result, list):  # carried forward: show the first of them
                result = result[0] if result else None
            self.reload(select=select or getattr(result, "uuid", None))

        if dialog is not None:
            dialog.save_button.setEnabled(False)  # one press, one write
        self._tasks.submit(fn, on_done=done)

    def add(self) -> None:
        if self._services is None:
            return
        number = 1 + max((r.recommendation.number for r in self._recs), default=0)
        dialog = RecommendationDialog(self._framework, self._findings, number, addressee=self._addressee,
                                      parent=self)
        services, inspection = self._services, self._inspection

        def save(d):
            v = d.values()
            text = v.pop("text")
            self._write(d, self.tr("Add recommendation"),
                        lambda: services.recommendations.add(inspection, text=text, **v))

        self._open(dialog, save)

    def edit(self) -> None:
        r = self._rec()
        if r is None:
            return
        dialog = RecommendationDialog(self._framework, self._findings, r.recommendation.number, r.recommendation,
                                      parent=self)
        services, uuid = self._services, r.uuid

        def save(d):
            v = d.values()
            self._write(d, self.tr("Edit recommendation"), lambda: services.recommendations.update(uuid, **v))

        self._open(dialog, save)

    def remove(self) -> None:
        r = self._rec()
        if r is None:
            return
        rec = r.recommendation
        if not self._prompts.confirm(self.tr("Remove recommendation"), self.tr(
                "Withdraw recommendation %1?\n\n%2\n\nThe others keep their numbers, and its earlier versions stay "
                "in the record.").replace("%1", str(rec.number)).replace("%2", rec.text),
                self.tr("Withdraw")):
            return
        services, uuid = self._services, r.uuid
        self._selected = None
        self._write(None, self.tr("Remove recommendation"), lambda: services.recommendations.remove(uuid))

    def set_status(self) -> None:
        r = self._rec()
        if r is None:
            return
        dialog = StatusDialog(r.recommendation, self)
        services, uuid = self._services, r.uuid

        def save(d):
            v = d.values()
            self._write(d, self.tr("Set status"), lambda: services.recommendations.set_status(
                uuid, v["status"], reason=v["reason"], note=v["note"], next_review=v["next_review"]))

        self._open(dialog, save)

    def add_progress(self) -> None:
        r = self._rec()
        if r is None:
            return
        dialog = ProgressDialog(r.recommendation, self)
        services, uuid = self._services, r.uuid

        def save(d):
            v = d.values()
            if not v["text"]:
                self._prompts.error(self.tr("Add progress"), self.tr("Nothing was saved:\n%1").replace(
                    "%1", self.tr("progress: write what has been done")))
                return
            self._write(d, self.tr("Add progress"),
                        lambda: services.recommendations.add_progress(uuid, v["text"], at=v["at"]))

        self._open(dialog, save)

    def add_response(self) -> None:
        r = self._rec()
        if self._services is None:
            return
        dialog = ResponseDialog(self._recs, [r.uuid] if r is not None else [], parent=self)
        services, inspection = self._services, self._inspection
        select = r.uuid if r is not None else None

        def save(d):
            v = d.values()
            covers = v.pop("recommendations")
            self._write(d, self.tr("Add response"), lambda: services.recommendations.add_response(
                inspection, recommendations=covers, **v), select=select)

        self._open(dialog, save)

    def _current_response(self):
        uuid = self.detail_pane.current_response()
        return next((x for x in self._responses if x.uuid == uuid), None)

    def edit_response(self) -> None:
        resp = self._current_response()
        if resp is None:
            return
        dialog = ResponseDialog(self._recs, [], resp.response, parent=self)
        services, uuid, select = self._services, resp.uuid, self._selected

        def save(d):
            v = d.values()
            self._write(d, self.tr("Edit response"), lambda: services.recommendations.update_response(uuid, **v),
                        select=select)

        self._open(dialog, save)

    def remove_response(self) -> None:
        resp = self._current_response()
        if resp is None:
            return
        numbers = {r.uuid: r.recommendation.number for r in self._recs}
        covers = ", ".join(str(numbers[u]) for u in resp.response.recommendations if u in numbers)
        if not self._prompts.confirm(self.tr("Withdraw response"), self.tr(
                "Withdraw this response (it covers recommendations %1)? Its earlier versions stay in the record.")
                .replace("%1", covers), self.tr("Withdraw")):
            return
        services, uuid, select = self._services, resp.uuid, self._selected
        self._write(None, self.tr("Withdraw response"), lambda: services.recommendations.remove_response(uuid),
                    select=select)

    def renumber(self) -> None:
        if not self._recs:
            return
        dialog = RenumberDialog(self._recs, self)
        services, inspection, select = self._services, self._inspection, self._selected

        def save(d):
            numbers = d.changed()
            if not numbers:
                d.accept()  # nothing moved: nothing to write or audit
                return
            self._write(d, self.tr("Renumber recommendations"),
                        lambda: services.recommendations.renumber(inspection, numbers), select=select)

        self._open(dialog, save)

    def carry_forward(self) -> None:
        if self._services is None:
            return
        services, inspection = self._services, self._inspection

        def listed(future):
            if future.exception() is not None:
                self._prompts.error(self.tr("Carry forward"), problem_text(future.exception()))
                return
            others = [row for row in future.result() if row.uuid != inspection]
            if not others:
                self._prompts.info(self.tr("Carry forward"), self.tr(
                    "There is no other inspection on this laptop to carry recommendations from."))
                return
            dialog = CarryForwardDialog(services, self._tasks, others, self)

            def save(d):
                chosen = d.chosen()
                self._write(d, self.tr("Carry forward"),
                            lambda: services.recommendations.carry_forward(chosen, inspection))

            self._open(dialog, save)

        self._tasks.submit(lambda: services.inspections.list(include_archived=True), on_done=listed)
