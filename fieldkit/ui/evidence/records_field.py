"""A records field: a list of small records (participants, quotes, questions), one table row each.

The rows live here as dicts; the table shows them and each cell's editor (`record_cells`) writes back
while it is used, so a quote is autosaved as it is typed, not when its cell closes.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QTableWidget, QTableWidgetItem

from fieldkit.ui.evidence.fields import FieldWidget, _watch_focus, label
from fieldkit.ui.language import pick


class RecordsField(FieldWidget):
    """One table row per record; `directory` (a `ChildDirectory`) serves the child columns."""

    def __init__(self, spec, directory=None, parent=None):
        super().__init__(spec, parent)
        from fieldkit.ui.evidence.record_cells import RecordDelegate  # noqa: PLC0415

        self.subs = list(spec.fields)
        self.directory = directory
        self._rows: list[dict] = []
        self._loading = False
        self.table = QTableWidget(0, len(self.subs))
        self.table.setHorizontalHeaderLabels([label(s) for s in self.subs])
        self.table.setAccessibleName(label(spec))
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move, F2 or typing edits
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self.table.setItemDelegate(RecordDelegate(self))
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(60)
        for col, sub in enumerate(self.subs):
            wide = sub.kind in ("text", "longtext")
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch if wide
                                        else QHeaderView.ResizeMode.ResizeToContents)
            tip = pick(sub.help_en, sub.help_cy)
            if tip:
                self.table.horizontalHeaderItem(col).setToolTip(tip)
        if not any(sub.kind in ("text", "longtext") for sub in self.subs):
            header.setStretchLastSection(True)  # no free-text column to take the spare width
        self.table.setMinimumHeight(110)
        self.table.itemChanged.connect(self._on_item_changed)
        _watch_focus(self, self.table)
        self.table.itemDelegate().closeEditor.connect(lambda *_a: self.focus_lost.emit())
        if directory is not None:
            directory.changed.connect(self._refresh_children)
        self.add_button = QPushButton(self.tr("Add row"))
        self.add_button.setAccessibleName(self.tr("Add row to %1").replace("%1", label(spec)))
        self.remove_button = QPushButton(self.tr("Remove row"))
        self.remove_button.setAccessibleName(self.tr("Remove row from %1").replace("%1", label(spec)))
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        self.layout_.addWidget(self.table)
        self.layout_.addLayout(buttons)

    # -- cells -----------------------------------------------------------------------------------

    def cell(self, row: int, col: int):
        if not 0 <= row < len(self._rows):
            return None
        sub = self.subs[col]
        return self._rows[row].get(sub.key, sub.empty())

    def cell_name(self, row: int, col: int) -> str:
        return self.tr("%1, row %2").replace("%1", label(self.subs[col])).replace("%2", str(row + 1))

    def set_cell(self, row: int, col: int, value) -> None:
        """A cell's new value (from its editor, as it changes): kept, shown, and reported."""
        if not 0 <= row < len(self._rows):
            return
        key = self.subs[col].key
        if self._rows[row].get(key, self.subs[col].empty()) == value:
            return
        self._rows[row][key] = value
        self._show(row, col)
        self.changed.emit()

    def _show(self, row: int, col: int) -> None:
        from fieldkit.ui.evidence.record_cells import display  # noqa: PLC0415

        sub, value = self.subs[col], self.cell(row, col)
        self._loading = True
        try:
            item = self.table.item(row, col)
            if item is None:
                item = QTableWidgetItem()
                self.table.setItem(row, col, item)
            if sub.kind == "bool":
                item.setFlags((item.flags() | Qt.ItemFlag.ItemIsUserCheckable) & ~Qt.ItemFlag.ItemIsEditable)
                item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
            else:
                text = display(sub, value, self.directory)
                item.setText(text)
                item.setToolTip(text if len(text) > 30 else "")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{self.cell_name(row, col)}: {item.text()}")
        finally:
            self._loading = False

    def _on_item_changed(self, item) -> None:
        if self._loading:
            return
        sub = self.subs[item.column()]
        if sub.kind == "bool":
            self.set_cell(item.row(), item.column(), item.checkState() == Qt.CheckState.Checked)

    def _refresh_children(self) -> None:
        for col, sub in enumerate(self.subs):
            if sub.kind == "child":
                for row in range(len(self._rows)):
                    self._show(row, col)

    def ask_new_child(self, pindex) -> None:
        """"New pseudonym…" in a child cell: add it to the register, then put it in that cell."""
        col = pindex.column()
        self.directory.ask_new(self.window(), lambda uuid: pindex.isValid() and self.set_cell(pindex.row(), col, uuid))

    def open_nested(self, pindex) -> None:
        """A records cell (a response's answers) opens its own table in a small window."""
        from fieldkit.ui.evidence.record_cells import NestedRecordsDialog  # noqa: PLC0415

        if not pindex.isValid():
            return
        row, col = pindex.row(), pindex.column()
        sub = self.subs[col]
        dialog = NestedRecordsDialog(sub, self.cell_name(row, col), self.directory, self.window())
        dialog.records.set_value(self.cell(row, col))
        dialog.records.changed.connect(
            lambda: pindex.isValid() and self.set_cell(pindex.row(), col, dialog.records.value()))
        dialog.finished.connect(lambda _r: self.focus_lost.emit())
        dialog.open()
        self.nested_dialog = dialog

    # -- rows ------------------------------------------------------------------------------------

    def _blank(self) -> dict:
        return {sub.key: sub.empty() for sub in self.subs}

    def _append(self, rec: dict) -> None:
        self._rows.append(rec)
        row = len(self._rows) - 1
        self.table.insertRow(row)
        for col in range(len(self.subs)):
            self._show(row, col)

    def add_row(self, values: dict | None = None) -> None:
        """A new row (blank unless `values`), made current so typing fills its first cell."""
        rec = self._blank()
        rec.update(values if isinstance(values, dict) else {})
        self._append(rec)
        self.table.setCurrentCell(len(self._rows) - 1, 0)
        self.table.setFocus()
        self.changed.emit()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._rows):
            del self._rows[row]
            self.table.removeRow(row)
            self.changed.emit()

    def value(self):
        return [{**self._blank(), **copy.deepcopy(rec)} for rec in self._rows]

    def set_value(self, value):
        if (value or []) == self.value():
            return
        self.table.setRowCount(0)
        self._rows = []
        for rec in value or []:
            self._append(copy.deepcopy(rec) if isinstance(rec, dict) else {})

    def free_texts(self) -> list[tuple[str, str]]:
        """(where, text) of every free-text cell, nested ones too, for the privacy checker."""
        out: list[tuple[str, str]] = []

        def walk(subs, rows, prefix: str) -> None:
            for r, rec in enumerate(rows):
                for sub in subs:
                    v = rec.get(sub.key) if isinstance(rec, dict) else None
                    where = f"{prefix}{label(sub)} {r + 1}"
                    if sub.kind in ("text", "longtext") and isinstance(v, str) and v.strip():
                        out.append((where, v))
                    elif sub.kind == "records" and isinstance(v, list):
                        walk(sub.fields, v, where + " › ")

        walk(self.subs, self._rows, "")
        return out

    def focus_widget(self):
        return self.table
