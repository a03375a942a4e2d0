"""Children are picked from the inspection's pseudonym register, or added to it where they are needed.

One `ChildDirectory` per editor holds the register's entries; every picker over it refreshes when a
child is added, so a pseudonym created in one row is offered in the next one at once.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

NEW = "__new_child__"


class ChildDirectory(QObject):
    """The pseudonym register of one inspection, as (uuid, "pseudonym (age)") options."""

    changed = Signal()

    def __init__(self, services, inspection_uuid: str, parent: QObject | None = None):
        super().__init__(parent)
        self._services, self._inspection = services, inspection_uuid
        self.options: list[tuple[str, str]] = []
        self.reload()

    def reload(self) -> None:
        self.options = [(uuid, f"{c.pseudonym} ({c.age})")
                        for uuid, c in self._services.inspections.children(self._inspection)]
        self.changed.emit()

    def label(self, uuid: str | None) -> str:
        for code, text in self.options:
            if code == uuid:
                return text
        return "" if not uuid else self.tr("(not in the register)")

    def add(self, child) -> str:
        """Add a validated `Child` to the register (one short write) and return its uuid."""
        uuid = self._services.inspections.add_child(self._inspection, child)
        self.reload()
        return uuid

    def ask_new(self, parent: QWidget, on_added) -> None:
        """Ask for a pseudonym and an age (window-modal, non-blocking); `on_added(uuid)` once added."""
        from fieldkit.ui.entry_dialogs import ChildDialog  # noqa: PLC0415

        dialog = ChildDialog(parent)
        dialog.setObjectName("new_child_dialog")

        def accepted() -> None:
            try:
                uuid = self.add(dialog.value)
            except ValueError as exc:  # e.g. the pseudonym is already in the register
                dialog.error_label.setText(str(exc))
                dialog.open()
                return
            on_added(uuid)

        dialog.accepted.connect(accepted)
        dialog.open()
        self.last_dialog = dialog


class ChildCombo(QComboBox):
    """One child: "—", the register's entries, then "New pseudonym…" which adds one in place.

    `new_requested` asks the owner to run `ChildDirectory.ask_new` and then call `take_new(uuid)`: a
    table cell's editor closes when the dialog takes the focus, so the table does it, not the editor.
    """

    picked = Signal()
    new_requested = Signal()

    def __init__(self, directory: ChildDirectory, parent: QWidget | None = None):
        super().__init__(parent)
        self.directory = directory
        self._value: str | None = None
        self._filling = False
        self.fill()
        directory.changed.connect(self.fill)
        self.activated.connect(self._on_activated)

    def fill(self) -> None:
        self._filling = True
        self.clear()
        self.addItem("—", None)
        for code, text in self.directory.options:
            self.addItem(text, code)
        if self._value and self.findData(self._value) < 0:
            self.addItem(self.directory.label(self._value), self._value)
        self.addItem(self.tr("New pseudonym…"), NEW)
        self.setCurrentIndex(max(0, self.findData(self._value)) if self._value else 0)
        self._filling = False

    def value(self) -> str | None:
        return self._value

    def set_value(self, uuid: str | None) -> None:
        self._value = uuid or None
        self.fill()

    def _on_activated(self, index: int) -> None:
        if self._filling:
            return
        code = self.itemData(index)
        if code == NEW:
            self.setCurrentIndex(max(0, self.findData(self._value)) if self._value else 0)
            self.new_requested.emit()
            return
        if code != self._value:
            self._value = code
            self.picked.emit()

    def take_new(self, uuid: str) -> None:
        self._value = uuid
        self.fill()
        self.picked.emit()


class NewChildButton(QWidget):
    """"New pseudonym…" beside a list of children: adds to the register and ticks the new child."""

    added = Signal(str)

    def __init__(self, directory: ChildDirectory, parent: QWidget | None = None):
        super().__init__(parent)
        self.directory = directory
        self.button = QPushButton(self.tr("New pseudonym…"))
        self.button.setAccessibleName(self.tr("Add a child to the pseudonym register"))
        self.button.clicked.connect(lambda: directory.ask_new(self.window(), self.added.emit))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(self.button)


def _fields():
    from fieldkit.ui.evidence import fields  # noqa: PLC0415 (fields imports this module's users)

    return fields


class ChildField(_fields().FieldWidget):
    """A field holding one child of the register (a case track's child)."""

    def __init__(self, spec, directory: ChildDirectory, parent: QWidget | None = None):
        super().__init__(spec, parent)
        f = _fields()
        self.combo = ChildCombo(directory)
        self.combo.setAccessibleName(f.label(spec))
        self.combo.picked.connect(self.changed)
        self.combo.new_requested.connect(lambda: directory.ask_new(self.window(), self._take_new))
        f._watch_focus(self, self.combo)
        self.layout_.addWidget(self.combo)

    def _take_new(self, uuid: str) -> None:
        self.combo.take_new(uuid)

    def value(self):
        return self.combo.value()

    def set_value(self, value):
        if value != self.combo.value():
            self.combo.set_value(value)

    def focus_widget(self):
        return self.combo


class ChildrenField(_fields().MultiChoiceField):
    """Several children of the register, ticked in a list, with "New pseudonym…" to add one in place."""

    def __init__(self, spec, directory: ChildDirectory, parent: QWidget | None = None):
        super().__init__(spec, directory.options, parent)
        self.directory = directory
        directory.changed.connect(lambda: self.set_options(directory.options))
        self.new_button = NewChildButton(directory)
        self.new_button.added.connect(self._take_new)
        self.layout_.addWidget(self.new_button)

    def _take_new(self, uuid: str) -> None:
        self.set_value([*self.value(), uuid])
        self.changed.emit()
