"""The framework's nodes as a tree of tick boxes, for linking a finding or recommendation to them.

The order of the ticked codes matters: the first linked node is the one the quantifier checker counts
against, so nodes already linked keep their place and newly ticked ones join at the end.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from fieldkit.ui.language import pick

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


def node_label(node) -> str:
    return f"{node.code} {pick(node.title_en, node.title_cy)}"


def node_names(framework, codes) -> list[str]:
    """"1.3 Court reports" for each code; a code the framework lacks (merged from elsewhere) as it is."""
    names = []
    for code in codes:
        try:
            names.append(node_label(framework.node(code)))
        except (KeyError, AttributeError):
            names.append(code)
    return names


class NodeChecklist(QTreeWidget):
    """Signals: changed(list[str]) with the ticked codes, first linked first."""

    changed = Signal(list)

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setAccessibleName(name)
        self.setMinimumHeight(140)
        self._order: list[str] = []
        self._items: dict[str, QTreeWidgetItem] = {}
        self._filling = False
        self.itemChanged.connect(self._on_item_changed)

    def set_framework(self, framework, checked: list[str] | tuple[str, ...] = ()) -> None:
        self._filling = True
        try:
            self.clear()
            self._items = {}
            self._order = [c for c in checked]
            if framework is not None:
                for node in framework.nodes:
                    self.addTopLevelItem(self._item(node, set(checked)))
            self.expandAll()
        finally:
            self._filling = False

    def _item(self, node, checked: set[str]) -> QTreeWidgetItem:
        item = QTreeWidgetItem([node_label(node)])
        item.setData(0, CODE_ROLE, node.code)
        item.setToolTip(0, pick(node.descriptor_en, node.descriptor_cy) or node_label(node))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Checked if node.code in checked else Qt.CheckState.Unchecked)
        self._items[node.code] = item
        for child in node.children:
            item.addChild(self._item(child, checked))
        return item

    def _on_item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        if self._filling:
            return
        code = item.data(0, CODE_ROLE)
        on = item.checkState(0) == Qt.CheckState.Checked
        if on and code not in self._order:
            self._order.append(code)
        elif not on and code in self._order:
            self._order.remove(code)
        self.changed.emit(self.checked())

    def checked(self) -> list[str]:
        return list(self._order)

    def set_checked(self, code: str, on: bool = True) -> None:
        """Tick or untick one node, as a click or the space bar on it does."""
        item = self._items[code]
        item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
