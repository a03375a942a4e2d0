"""Evidence register over the service, loading rows a page at a time so 100,000 items stay quick.

The service sorts and filters in SQL; the model only holds the pages it has been asked to show.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from fieldkit.ui.language import pick

PAGE = 200
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole,
                    ROW_ROLE})
COLUMNS = ("evidence_date", "type", "title", "site", "author", "flags", "corroboration", "updated_at")
# Each text marked for pyside6-lupdate, which collects only literal texts; translated where shown (`_tr`).
_HEADERS = (
    QT_TRANSLATE_NOOP("EvidenceRegisterModel", "Date"), QT_TRANSLATE_NOOP("EvidenceRegisterModel", "Method"),
    QT_TRANSLATE_NOOP("EvidenceRegisterModel", "Title"), QT_TRANSLATE_NOOP("EvidenceRegisterModel", "Site"),
    QT_TRANSLATE_NOOP("EvidenceRegisterModel", "Author"), QT_TRANSLATE_NOOP("EvidenceRegisterModel", "Flags"),
    QT_TRANSLATE_NOOP("EvidenceRegisterModel", "Corroboration"),
    QT_TRANSLATE_NOOP("EvidenceRegisterModel", "Last edited"))
_WORDS = (("safeguarding", QT_TRANSLATE_NOOP("EvidenceRegisterModel", "Safeguarding")),
          ("good_practice", QT_TRANSLATE_NOOP("EvidenceRegisterModel", "Good practice")),
          ("nominated", QT_TRANSLATE_NOOP("EvidenceRegisterModel", "Nominated")),
          ("corroborated", QT_TRANSLATE_NOOP("EvidenceRegisterModel", "Corroborated")),
          ("contradicted", QT_TRANSLATE_NOOP("EvidenceRegisterModel", "Contradicted")),
          ("uncorroborated", QT_TRANSLATE_NOOP("EvidenceRegisterModel", "Uncorroborated")),
          ("untitled", QT_TRANSLATE_NOOP("EvidenceRegisterModel", "(untitled)")))
# Column to the service's sort key (fieldkit.storage.evidence_index.SORTS); every column sorts.
SORT_KEYS = {"evidence_date": "evidence_date", "type": "type", "title": "title", "site": "site",
             "author": "author", "flags": "flags", "corroboration": "corroboration", "updated_at": "updated_at"}


def _local(iso_utc: str | None) -> str:
    """A stored UTC time as this laptop's local "YYYY-MM-DD HH:MM" (now when None)."""
    try:
        moment = datetime.fromisoformat(iso_utc) if iso_utc else datetime.now(UTC)
    except ValueError:
        return (iso_utc or "")[:16].replace("T", " ")
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _tr(text: str) -> str:
    return QCoreApplication.translate("EvidenceRegisterModel", text)


class EvidenceRegisterModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._service = None
        self._inspection = None
        self._filter = None
        self._count = 0
        self._pages: dict[int, list] = {}
        self._texts: dict[str, tuple] = {}
        self._words: dict[str, str] = {}
        self._today = ""
        self.sort_key = "evidence_date"
        self.descending = True
        self.deleted_view = False

    def configure(self, service, inspection_uuid: str, flt, *, deleted_view: bool = False) -> None:
        self.beginResetModel()
        self._service, self._inspection, self._filter = service, inspection_uuid, flt
        self.deleted_view = deleted_view
        self._pages.clear()
        self._texts: dict[str, tuple] = {}
        self._words: dict[str, str] = {}
        self._today = _local(None)[:10]
        if service is None:
            self._count = 0
        elif deleted_view:
            self._pages[0] = list(service.deleted(inspection_uuid))
            self._count = len(self._pages[0])
        else:
            self._pages[0], self._count = service.first_page(inspection_uuid, flt, sort=self.sort_key,
                                                             descending=self.descending, limit=PAGE)
        self.endResetModel()

    def show_first_page(self, service, inspection_uuid: str, flt, rows: list, count: int) -> None:
        """Like `configure`, with the first page and count already read (in the background)."""
        self.beginResetModel()
        self._service, self._inspection, self._filter = service, inspection_uuid, flt
        self.deleted_view = False
        self._pages.clear()
        self._texts = {}
        self._words = {}
        self._today = _local(None)[:10]
        self._pages[0], self._count = list(rows), count
        self.endResetModel()

    def refresh(self) -> None:
        self.configure(self._service, self._inspection, self._filter, deleted_view=self.deleted_view)

    def update_row(self, line) -> bool:
        """Show a re-read register line in place (the editor saved it); False if it is not loaded.

        The row keeps its position until the next reload, so it does not jump away while being edited."""
        for page, rows in self._pages.items():
            for i, old in enumerate(rows):
                if old.uuid == line.uuid:
                    rows[i] = line
                    r = (0 if self.deleted_view else page * PAGE) + i
                    self.dataChanged.emit(self.index(r, 0), self.index(r, len(COLUMNS) - 1))
                    return True
        return False

    def loaded_row_of(self, uuid: str) -> int | None:
        """The row of `uuid` among the pages already loaded (no query)."""
        for page, rows in self._pages.items():
            for i, old in enumerate(rows):
                if old.uuid == uuid:
                    return (0 if self.deleted_view else page * PAGE) + i
        return None

    def row_at(self, row: int):
        if not 0 <= row < self._count:
            return None
        if self.deleted_view:
            return self._pages[0][row]
        page = row // PAGE
        if page not in self._pages:
            self._pages[page] = self._service.query(self._inspection, self._filter, sort=self.sort_key,
                                                    descending=self.descending, offset=page * PAGE, limit=PAGE)
        rows = self._pages[page]
        offset = row - page * PAGE
        return rows[offset] if offset < len(rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(_HEADERS):
                return _tr(_HEADERS[section])
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(COLUMNS[column]) if 0 <= column < len(COLUMNS) else None
        if key is None or self.deleted_view or self._service is None:
            return
        self.layoutAboutToBeChanged.emit()
        self.sort_key, self.descending = key, order == Qt.SortOrder.DescendingOrder
        self._pages.clear()
        # The row count stays as it is inside a layout change; a reload picks up items added meanwhile.
        self._pages[0] = self._service.first_page(self._inspection, self._filter, sort=key,
                                                  descending=self.descending, limit=PAGE)[0]
        self.layoutChanged.emit()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        # Called for every role of every visible cell on each repaint: unhandled roles return at once,
        # and a row's texts are made once, not once per cell and role.
        if role not in _ROLES or not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == ROW_ROLE:
            return row
        texts = self._texts.get(row.uuid)
        if texts is None or texts[0] is not row:
            texts = self._texts[row.uuid] = (row, self._cells(row))
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[index.column()] == "updated_at":
            return _local(row.updated_at)
        return texts[1][index.column()]

    def _cells(self, row) -> tuple[str, ...]:
        words = self._words
        if not words:  # translated once per reload, not per row
            words.update({k: _tr(v) for k, v in _WORDS})
        flags = [words[k] for k, on in (("safeguarding", row.safeguarding), ("good_practice", row.good_practice),
                                        ("nominated", row.nominated)) if on]
        stamp = _local(row.updated_at)  # today's edits by time, older ones by date; the tooltip has both
        edited = stamp[11:] if stamp[:10] == self._today else stamp[:10]
        return (row.evidence_date or "", pick(row.type_label_en, row.type_label_cy), row.title or words["untitled"],
                row.site_name or "", row.author, ", ".join(flags), words.get(row.corroboration or "", ""), edited)
