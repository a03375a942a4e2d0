"""One input widget per field kind of an evidence type, all with the same small interface.

Each field widget has `value()`, `set_value(v)` and a `changed` signal; the editor builds its form from
the type's field specs, so every evidence method gets a typed form without a hand-written one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
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
    def __init__(self, spec, parent=None):
        super().__init__(spec, parent)
        self.edit = QSpinBox()
        self.edit.setRange(0, 1_000_000)
        self.edit.setAccessibleName(label(spec))
        self.edit.valueChanged.connect(lambda _v: self.changed.emit())
        self.layout_.addWidget(self.edit)

    def value(self):
        return int(self.edit.value())

    def set_value(self, value):
        self.edit.blockSignals(True)
        self.edit.setValue(int(value or 0))
        self.edit.blockSignals(False)

    def focus_widget(self):
        return self.edit


class BoolField(FieldWidget):
    def __init__(self, spec, parent=None):
        super().__init__(spec, parent)
        self.box = QCheckBox(label(spec))
        self.box.setAccessibleName(label(spec))
        self.box.toggled.connect(lambda _on: self.changed.emit())
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
        self.layout_.addWidget(self.list)

    def set_options(self, options: list[tuple[str, str]]) -> None:
        current = self.value() if self.list.count() else []
        self.list.blockSignals(True)
        self.list.clear()
        for code, text in options:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in current else Qt.CheckState.Unchecked)
            self.list.addItem(item)
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

    def focus_widget(self):
        return self.list


class RecordsField(FieldWidget):
    """A list of small records (participants, quotes, questions): one table row each."""

    def __init__(self, spec, parent=None):
        super().__init__(spec, parent)
        self.subs = list(spec.fields)
        self.table = QTableWidget(0, len(self.subs))
        self.table.setHorizontalHeaderLabels([label(s) for s in self.subs])
        self.table.setAccessibleName(label(spec))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(110)
        self.table.itemChanged.connect(self._on_item_changed)
        self.add_button = QPushButton(self.tr("Add row"))
        self.add_button.setAccessibleName(self.tr("Add row to %1").replace("%1", label(spec)))
        self.remove_button = QPushButton(self.tr("Remove row"))
        self.remove_button.setAccessibleName(self.tr("Remove row from %1").replace("%1", label(spec)))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        self.layout_.addWidget(self.table)
        self.layout_.addLayout(buttons)
        self._loading = False

    def _on_item_changed(self, _item) -> None:
        if not self._loading:
            self.changed.emit()

    def _cell(self, row: int, col: int, sub, value) -> None:
        if sub.kind == "bool":
            item = QTableWidgetItem()
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
            self.table.setItem(row, col, item)
        elif sub.kind == "choice":
            combo = QComboBox()
            combo.setAccessibleName(label(sub))
            combo.addItem("—", None)
            for code, en, cy in sub.choices:
                combo.addItem(pick(en, cy), code)
            combo.setCurrentIndex(max(0, combo.findData(value)) if value is not None else 0)
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            self.table.setCellWidget(row, col, combo)
        else:
            self.table.setItem(row, col, QTableWidgetItem("" if value is None else str(value)))

    def add_row(self, values: dict | None = None) -> None:
        values = values if isinstance(values, dict) else {}
        self._loading = True
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, sub in enumerate(self.subs):
            self._cell(row, col, sub, values.get(sub.key))
        self._loading = False
        if not values:
            self.table.setCurrentCell(row, 0)
            self.changed.emit()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def value(self):
        rows = []
        for r in range(self.table.rowCount()):
            rec = {}
            for c, sub in enumerate(self.subs):
                if sub.kind == "bool":
                    rec[sub.key] = self.table.item(r, c).checkState() == Qt.CheckState.Checked
                elif sub.kind == "choice":
                    rec[sub.key] = self.table.cellWidget(r, c).currentData()
                elif sub.kind == "int":
                    text = self.table.item(r, c).text().strip() if self.table.item(r, c) else ""
                    rec[sub.key] = int(text) if text.isdigit() else None
                else:
                    rec[sub.key] = self.table.item(r, c).text() if self.table.item(r, c) else ""
            rows.append(rec)
        return rows

    def set_value(self, value):
        if value == self.value():
            return
        self._loading = True
        self.table.setRowCount(0)
        self._loading = False
        for rec in value or []:
            self.add_row(rec)

    def focus_widget(self):
        return self.table


class ChecklistField(FieldWidget):
    """Grades per checklist item from the pinned framework: {checklist: {item: level, "_overall": level}}."""

    def __init__(self, spec, checklists, scales, parent=None):
        super().__init__(spec, parent)
        self._combos: dict[tuple[str, str], QComboBox] = {}
        rows = []
        for cl in checklists:
            for item in cl.items:
                rows.append((cl, item.code, pick(item.title_en, item.title_cy), item.scale))
            if cl.overall is not None:
                rows.append((cl, "_overall", pick(cl.overall.title_en, cl.overall.title_cy), cl.overall.scale))
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Checklist item"), self.tr("Grade")])
        self.table.setAccessibleName(label(spec))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for r, (cl, code, text, scale_code) in enumerate(rows):
            title = QTableWidgetItem(text)
            title.setFlags(title.flags() & ~Qt.ItemFlag.ItemIsEditable)
            title.setToolTip(f"{pick(cl.title_en, cl.title_cy)}: {text}")
            self.table.setItem(r, 0, title)
            combo = QComboBox()
            combo.setAccessibleName(text)
            combo.addItem("—", None)
            for level in scales[scale_code].levels:
                combo.addItem(pick(level.label_en, level.label_cy), level.code)
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            self.table.setCellWidget(r, 1, combo)
            self._combos[(cl.code, code)] = combo
        self.table.setMinimumHeight(min(420, 30 + 30 * len(rows)))
        self.layout_.addWidget(self.table)

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
