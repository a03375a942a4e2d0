"""One input widget per field kind of an evidence type, all with the same small interface.

Each field widget has `value()`, `set_value(v)` and a `changed` signal; the editor builds its form from
the type's field specs, so every evidence method gets a typed form without a hand-written one.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldkit.ui.language import pick


def label(spec) -> str:
    return pick(spec.label_en, spec.label_cy)


class FieldWidget(QWidget):
    changed = Signal()
    focus_lost = Signal()

    def __init__(self, spec, parent: QWidget | None = None):
        super().__init__(parent)
        self.spec = spec
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        return self


class _FocusWatch(QObject):
    """Reports a widget losing the focus (not to its own popup), so a pending edit is committed at once."""

    def __init__(self, owner: FieldWidget, watched: QWidget):
        super().__init__(watched)
        self._owner = owner
        watched.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.FocusOut and event.reason() != Qt.FocusReason.PopupFocusReason:
            self._owner.focus_lost.emit()
        return False


def _watch_focus(owner: FieldWidget, widget: QWidget) -> None:
    _FocusWatch(owner, widget)


class _FocusOutPlainText(QPlainTextEdit):
    focus_lost = Signal()

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.focus_lost.emit()
        super().focusOutEvent(event)


class TextField(FieldWidget):
    def __init__(self, spec, parent=None):
        super().__init__(spec, parent)
        self.edit = QLineEdit()
        self.edit.setAccessibleName(label(spec))
        self.edit.textEdited.connect(self.changed)
        self.edit.editingFinished.connect(self.focus_lost)
        self.layout_.addWidget(self.edit)

    def value(self):
        return self.edit.text()

    def set_value(self, value):
        if self.edit.text() != (value or ""):
            self.edit.setText(value or "")

    def focus_widget(self):
        return self.edit


class LongTextField(FieldWidget):
    def __init__(self, spec, parent=None):
        super().__init__(spec, parent)
        self.edit = _FocusOutPlainText()
        self.edit.setTabChangesFocus(True)
        self.edit.setAccessibleName(label(spec))
        self.edit.setMinimumHeight(80)
        self.edit.textChanged.connect(self._on_text_changed)
        self.edit.focus_lost.connect(self.focus_lost)
        self._setting = False
        self.layout_.addWidget(self.edit)

    def _on_text_changed(self):
        if not self._setting:
            self.changed.emit()

    def value(self):
        return self.edit.toPlainText()

    def set_value(self, value):
        if self.edit.toPlainText() != (value or ""):
            self._setting = True
            try:
                self.edit.setPlainText(value or "")
            finally:
                self._setting = False

    def focus_widget(self):
        return self.edit


class DateField(FieldWidget):
    """ISO date or empty; the minimum date stands for 'not set'."""

    def __init__(self, spec, parent=None):
        super().__init__(spec, parent)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setMinimumDate(QDate(1990, 1, 1))
        self.edit.setSpecialValueText(self.tr("not set"))
        self.edit.setDate(self.edit.minimumDate())
        self.edit.setAccessibleName(label(spec))
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())
        _watch_focus(self, self.edit)
        self.layout_.addWidget(self.edit)

    def value(self):
        d = self.edit.date()
        return None if d == self.edit.minimumDate() else d.toString("yyyy-MM-dd")

    def set_value(self, value):
        self.edit.blockSignals(True)
        self.edit.setDate(QDate.fromString(value, "yyyy-MM-dd") if value else self.edit.minimumDate())
        self.edit.blockSignals(False)

    def focus_widget(self):
        return self.edit


class IntField(FieldWidget):
    """A whole number or 'not set' (the spin box's lowest value): a blank count is not a count of 0."""

    def __init__(self, spec, parent=None):
        super().__init__(spec, parent)
        self.edit = QSpinBox()
        self._unset = (spec.minimum if spec.minimum is not None else 0) - 1
        self.edit.setRange(self._unset, spec.maximum if spec.maximum is not None else 1_000_000)
        self.edit.setSpecialValueText(self.tr("not set"))
        self.edit.setValue(self._unset)
        self.edit.setAccessibleName(label(spec))
        self.edit.valueChanged.connect(lambda _v: self.changed.emit())
        _watch_focus(self, self.edit)
        self.layout_.addWidget(self.edit)

    def value(self):
        v = int(self.edit.value())
        return None if v == self._unset else v

    def set_value(self, value):
        self.edit.blockSignals(True)
        self.edit.setValue(int(value) if isinstance(value, int) and not isinstance(value, bool) else self._unset)
        self.edit.blockSignals(False)

    def focus_widget(self):
        return self.edit


class BoolField(FieldWidget):
    def __init__(self, spec, parent=None):
        super().__init__(spec, parent)
        self.box = QCheckBox(label(spec))
        self.box.setAccessibleName(label(spec))
        self.box.toggled.connect(lambda _on: self.changed.emit())
        _watch_focus(self, self.box)
        self.layout_.addWidget(self.box)

    def value(self):
        return self.box.isChecked()

    def set_value(self, value):
        self.box.blockSignals(True)
        self.box.setChecked(bool(value))
        self.box.blockSignals(False)

    def focus_widget(self):
        return self.box


class ChoiceField(FieldWidget):
    """A single choice from (code, label) options; the empty first entry means 'not recorded'."""

    def __init__(self, spec, options: list[tuple[str, str]], parent=None):
        super().__init__(spec, parent)
        self.combo = QComboBox()
        self.combo.setAccessibleName(label(spec))
        self.set_options(options)
        self.combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        _watch_focus(self, self.combo)
        self.layout_.addWidget(self.combo)

    def set_options(self, options: list[tuple[str, str]]) -> None:
        current = self.value() if self.combo.count() else None
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem("—", None)
        for code, text in options:
            self.combo.addItem(text, code)
        self.combo.blockSignals(False)
        if current is not None:
            self.set_value(current)

    def value(self):
        return self.combo.currentData()

    def set_value(self, value):
        self.combo.blockSignals(True)
        index = self.combo.findData(value) if value is not None else 0
        self.combo.setCurrentIndex(max(0, index))
        self.combo.blockSignals(False)

    def focus_widget(self):
        return self.combo


class MultiChoiceField(FieldWidget):
    """Several codes from (code, label) options, as a checkable list."""

    def __init__(self, spec, options: list[tuple[str, str]], parent=None):
        super().__init__(spec, parent)
        self.list = QListWidget()
        self.list.setAccessibleName(label(spec))
        self.list.setMaximumHeight(150)
        self.set_options(options)
        self.list.itemChanged.connect(lambda _i: self.changed.emit())
        _watch_focus(self, self.list)
        self.layout_.addWidget(self.list)

    def set_options(self, options: list[tuple[str, str]]) -> None:
        current = self.value() if self.list.count() else []
        self._options = list(options)
        self.list.blockSignals(True)
        self.list.clear()
        for code, text in options:
            self._add(code, text, code in current)
        self.list.blockSignals(False)
        self._keep(current)

    def _add(self, code: str, text: str, checked: bool) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.addItem(item)

    def _keep(self, codes) -> None:
        """A stored code the options do not list (an older linked item, say) stays, ticked: editing
        another field must never drop it."""
        listed = {self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())}
        self.list.blockSignals(True)
        for code in codes:
            if code not in listed:
                self._add(code, self.tr("%1 (not listed)").replace("%1", str(code)), True)
        self.list.blockSignals(False)

    def value(self):
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def set_value(self, value):
        wanted = set(value or ())
        self.list.blockSignals(True)
        for i in range(self.list.count()):
            item = self.list.item(i)
            code = item.data(Qt.ItemDataRole.UserRole)
            item.setCheckState(Qt.CheckState.Checked if code in wanted else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._keep(list(value or ()))

    def focus_widget(self):
        return self.list


class RecordsField(FieldWidget):
    """A list of small records (participants, quotes, questions): one table row each.

    The rows live here as dicts; the table shows them and each cell's editor (`record_cells`) writes
    back while it is used, so a quote is autosaved as it is typed, not when its cell closes.
    """

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


class ChecklistField(FieldWidget):
    """Grades per checklist item from the pinned framework: {checklist: {item: level, "_overall": level}}.

    Which checklists apply can change with the item (a court report's kind): `set_checklists` rebuilds
    the rows, and grades of checklists that no longer apply are left out of the value.
    """

    def __init__(self, spec, checklists, scales, parent=None):
        super().__init__(spec, parent)
        self._combos: dict[tuple[str, str], QComboBox] = {}
        self._scales = scales
        self.codes: tuple[str, ...] = ()
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Checklist item"), self.tr("Grade")])
        self.table.setAccessibleName(label(spec))
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        _watch_focus(self, self.table)
        self.layout_.addWidget(self.table)
        self.set_checklists(checklists)

    def set_checklists(self, checklists) -> None:
        codes = tuple(cl.code for cl in checklists)
        if codes == self.codes:
            return
        kept = self.value()
        self.codes = codes
        rows = []
        for cl in checklists:
            for item in cl.items:
                rows.append((cl, item.code, pick(item.title_en, item.title_cy), item.scale))
            if cl.overall is not None:
                rows.append((cl, "_overall", pick(cl.overall.title_en, cl.overall.title_cy), cl.overall.scale))
        self._combos.clear()
        self.table.setRowCount(0)
        self.table.setRowCount(len(rows))
        for r, (cl, code, text, scale_code) in enumerate(rows):
            title = QTableWidgetItem(text)
            title.setFlags(title.flags() & ~Qt.ItemFlag.ItemIsEditable)
            title.setToolTip(f"{pick(cl.title_en, cl.title_cy)}: {text}")
            self.table.setItem(r, 0, title)
            combo = QComboBox()
            combo.setAccessibleName(text)
            combo.addItem("—", None)
            for level in self._scales[scale_code].levels:
                combo.addItem(pick(level.label_en, level.label_cy), level.code)
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            _watch_focus(self, combo)
            self.table.setCellWidget(r, 1, combo)
            self._combos[(cl.code, code)] = combo
        self.table.resizeRowsToContents()
        # As tall as its rows (up to a screenful), so no blank band under a short checklist.
        height = (self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
                  + sum(self.table.rowHeight(r) for r in range(len(rows))))
        self.table.setFixedHeight(min(480, max(60, height)))
        self.set_value(kept)

    def value(self):
        out: dict[str, dict[str, str]] = {}
        for (cl, code), combo in self._combos.items():
            if combo.currentData() is not None:
                out.setdefault(cl, {})[code] = combo.currentData()
        return out

    def set_value(self, value):
        value = value or {}
        for (cl, code), combo in self._combos.items():
            combo.blockSignals(True)
            level = value.get(cl, {}).get(code)
            combo.setCurrentIndex(max(0, combo.findData(level)) if level is not None else 0)
            combo.blockSignals(False)

    def focus_widget(self):
        return self.table
