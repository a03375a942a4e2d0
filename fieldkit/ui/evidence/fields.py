"""One input widget per field kind of an evidence type, all with the same small interface.

Each field widget has `value()`, `set_value(v)` and a `changed` signal; the editor builds its form from
the type's field specs, so every evidence method gets a typed form without a hand-written one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
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
