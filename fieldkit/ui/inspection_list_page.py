"""The inspections on this laptop: create from a framework, open, archive, or start the demo."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldkit.ui.models.inspection_table import EDITED, ROW_ROLE, SORT_ROLE, InspectionTableModel


class InspectionListPage(QWidget):
    """Signals:
        open_requested(str): the user chose an inspection to open.
        new_requested: the user asked for a new inspection.
        demo_requested: the user asked for the demo inspection.
        archive_requested(str, bool): archive (True) or bring back (False) an inspection.
    """

    open_requested = Signal(str)
    new_requested = Signal()
    demo_requested = Signal()
    archive_requested = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.model = InspectionTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(EDITED, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._on_table_activated)
        self.new_button = QPushButton()
        self.open_button = QPushButton()
        self.archive_button = QPushButton()
        self.demo_button = QPushButton()
        self.show_archived = QCheckBox()
        self.new_button.clicked.connect(self.new_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.archive_button.clicked.connect(self._on_archive_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        buttons = QHBoxLayout()
        for b in (self.new_button, self.open_button, self.archive_button, self.demo_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.show_archived)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(buttons)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        self._retranslate()
        self._update_buttons()

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Inspections on this laptop"))
        self.new_button.setText(self.tr("&New inspection…"))
        self.new_button.setAccessibleName(self.tr("New inspection"))
        self.open_button.setText(self.tr("&Open"))
        self.open_button.setAccessibleName(self.tr("Open inspection"))
        self.demo_button.setText(self.tr("Create &demo inspection"))
        self.demo_button.setAccessibleName(self.tr("Create demo inspection"))
        self.show_archived.setText(self.tr("Show a&rchived"))
        self.table.setAccessibleName(self.tr("Inspections"))
        self.empty_label.setText(self.tr(
            "No inspections yet. Create one from a framework, or create the demo inspection to look around."))
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def set_rows(self, rows) -> None:
        self.model.set_rows(rows)
        self.empty_label.setVisible(not rows)
        if rows and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self._update_buttons()

    def selected_row(self):
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(ROW_ROLE) if indexes else None

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.open_button.setEnabled(row is not None)
        self.archive_button.setEnabled(row is not None)
        archived = row is not None and row.status == "archived"
        self.archive_button.setText(self.tr("&Bring back") if archived else self.tr("&Archive"))
        self.archive_button.setAccessibleName(self.archive_button.text().replace("&", ""))

    def _on_table_activated(self, index) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.open_requested.emit(row.uuid)

    def _on_open_button_clicked(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_requested.emit(row.uuid)

    def _on_archive_button_clicked(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.archive_requested.emit(row.uuid, row.status != "archived")
