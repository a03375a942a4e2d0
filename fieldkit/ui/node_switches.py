"""Workspace overview: the framework's optional nodes (MCSI key functions), each ticked while it is inspected.

Unticking switches a node off for this inspection after creation; the change is saved at once through the
autosaver (the save indicator shows it) and the framework tree greys the node. Nothing recorded against
the node is lost: ticking it again brings it all back into view. Frameworks without optional nodes hide
the box.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from fieldkit.ui.language import pick


class NodeSwitchBox(QGroupBox):
    """Signals:
        changed(set): the codes now switched off (already scheduled for saving).
    """

    changed = Signal(set)

    def __init__(self, autosaver, parent: QWidget | None = None):
        super().__init__(parent)
        self._autosaver = autosaver
        self._services = None
        self._uuid: str | None = None
        self._loading = False
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)  # the full title is in the tooltip
        self.list.itemChanged.connect(self._on_item_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list)
        self._retranslate()
        self.hide()

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Parts of the framework inspected"))
        self.intro.setText(self.tr("Untick a part that this inspection does not cover. What was already recorded "
                                   "against it is kept and comes back when it is ticked again."))
        self.list.setAccessibleName(self.tr("Optional parts of the framework"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def load(self, services, uuid: str, framework, disabled: set[str]) -> None:
        self._services, self._uuid = services, uuid
        self._loading = True
        try:
            self.list.clear()
            for node in framework.optional_nodes():
                item = QListWidgetItem(f"{node.code}  {pick(node.title_en, node.title_cy)}")
                item.setToolTip(pick(node.title_en, node.title_cy))
                item.setData(Qt.ItemDataRole.UserRole, node.code)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked if node.code in disabled else Qt.CheckState.Checked)
                self.list.addItem(item)
        finally:
            self._loading = False
        rows = self.list.count()
        if rows:  # as tall as its lines: a handful of key functions, no scrolling
            self.list.setFixedHeight(self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth() + 2)
        self.setVisible(rows > 0)

    def switched_off(self) -> set[str]:
        return {self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() != Qt.CheckState.Checked}

    def _on_item_changed(self, _item) -> None:
        if self._loading or self._services is None or self._uuid is None:
            return
        off = self.switched_off()
        on = {self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())} - off
        inspections, uuid = self._services.inspections, self._uuid
        # The whole state, not the one change: a retried or replaced commit still leaves what is ticked.
        self._autosaver.schedule(f"nodes:{uuid}", lambda: inspections.set_nodes(uuid, off=tuple(off), on=tuple(on)))
        self._autosaver.flush()
        self.changed.emit(off)
