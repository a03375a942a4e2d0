"""Table of inspections over the service's plain rows."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

TITLE, BODY, FRAMEWORK, FIELDWORK, STATUS, EDITED = range(6)
# Each text marked for pyside6-lupdate, which collects only literal texts; translated where shown (`_tr`).
_HEADERS = (QT_TRANSLATE_NOOP("InspectionTableModel", "Title"),
            QT_TRANSLATE_NOOP("InspectionTableModel", "Inspected body"),
            QT_TRANSLATE_NOOP("InspectionTableModel", "Framework"),
            QT_TRANSLATE_NOOP("InspectionTableModel", "Fieldwork"),
            QT_TRANSLATE_NOOP("InspectionTableModel", "Status"),
            QT_TRANSLATE_NOOP("InspectionTableModel", "Last edited"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("InspectionTableModel", text)


class InspectionTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []  # services.inspections.InspectionRow

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int):
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(_HEADERS):
            return _tr(_HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == ROW_ROLE:
            return r
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.AccessibleTextRole):
            if col == TITLE:
                return r.title
            if col == BODY:
                return r.inspected_body
            if col == FRAMEWORK:
                return f"{r.framework_title} ({r.framework_version})"
            if col == FIELDWORK:
                if role == SORT_ROLE:
                    return r.fieldwork_start or ""
                return f"{r.fieldwork_start or '?'} – {r.fieldwork_end or '?'}"
            if col == STATUS:
                return (QCoreApplication.translate("InspectionTableModel", "Archived") if r.status == "archived"
                        else QCoreApplication.translate("InspectionTableModel", "Active"))
            if col == EDITED:
                return r.updated_at if role == SORT_ROLE else r.updated_at[:16].replace("T", " ")
        return None
