"""The evidence register: filters, full-text search and a lazily loaded table beside the item editor."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldkit.domain.evidence import EVIDENCE_TYPES
from fieldkit.ui.evidence.editor import EvidenceEditor
from fieldkit.ui.evidence.register_model import ROW_ROLE, EvidenceRegisterModel
from fieldkit.ui.language import pick

# No wait after a keystroke: the search is read in the background, one read at a time, and keystrokes
# typed while a read runs become one read of the newest text when it ends (see `reload`). A countdown
# would only add its length to every keystroke's wait (docs/performance.md, evidence register).
SEARCH_DEBOUNCE_MS = 0


class EvidenceRegisterPage(QWidget):
    """Signals:
        item_changed(str): an item was created, deleted or restored (counts elsewhere may change).
    """

    item_changed = Signal(str)

    def __init__(self, autosaver, parent: QWidget | None = None):
        super().__init__(parent)
        self._autosaver = autosaver
        self._tasks = autosaver.tasks
        self._search_wanted = None
        self._search_running = False
        self._services = None
        self.inspection_uuid: str | None = None
        self.model = EvidenceRegisterModel(self)

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.type_filter = QComboBox()
        self.author_filter = QComboBox()
        self.site_filter = QComboBox()
        self.criterion_filter = QComboBox()
        self.flag_filter = QComboBox()
        self.date_from = self._date_edit()
        self.date_to = self._date_edit()
        self.deleted_view = QCheckBox()
        self.count_label = QLabel()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        for combo in (self.type_filter, self.author_filter, self.site_filter, self.criterion_filter,
                      self.flag_filter):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self.reload())
        self.deleted_view.toggled.connect(lambda _on: self.reload())

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((82, 150, 200, 120, 96, 100, 110, 84)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.activated.connect(lambda _i: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)

        self.new_button = QPushButton()
        self.new_menu = QMenu(self)
        self.new_button.setMenu(self.new_menu)
        self.delete_button = QPushButton()
        self.restore_button = QPushButton()
        self.never_write_button = QPushButton()
        self.never_write_button.clicked.connect(self.open_never_write)
        self.delete_button.clicked.connect(self.delete_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.search.setFocus)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table,
                               context=Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)
        QShortcut(QKeySequence("F6"), self, activated=self.switch_pane)

        self.editor = EvidenceEditor(None, autosaver)
        self.editor.saved_item.connect(self._on_item_saved)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c;")
        self.message.hide()
        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)

        # Filters in two rows above the table, so the table has the page's whole width for its columns.
        filters = QGridLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        self.filter_labels = {}
        for i, (key, widget) in enumerate((("type", self.type_filter), ("site", self.site_filter),
                                           ("author", self.author_filter), ("criterion", self.criterion_filter),
                                           ("flag", self.flag_filter), ("from", self.date_from),
                                           ("to", self.date_to))):
            lab = QLabel()
            lab.setBuddy(widget)
            self.filter_labels[key] = lab
            widget.setMinimumWidth(120)
            row_, col = divmod(i, 4)
            filters.addWidget(lab, row_, 2 * col)
            filters.addWidget(widget, row_, 2 * col + 1)
            filters.setColumnStretch(2 * col + 1, 1)
        filters.addWidget(self.deleted_view, 1, 6, 1, 2)
        for combo in (self.type_filter, self.site_filter, self.author_filter, self.criterion_filter,
                      self.flag_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.never_write_button)
        top.addWidget(self.delete_button)
        top.addWidget(self.restore_button)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addLayout(top)
        ll.addLayout(filters)
        ll.addWidget(self.table, 1)
        ll.addWidget(self.message)
        ll.addWidget(self.count_label)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.placeholder, 1)
        rl.addWidget(self.editor, 1)
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        self._show_editor(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._retranslate()

    @staticmethod
    def _date_edit() -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(QDate(1990, 1, 1))
        edit.setDate(edit.minimumDate())
        return edit

    def _retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search notes, answers and quotes (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search evidence"))
        labels = {"type": self.tr("&Method"), "author": self.tr("A&uthor"), "site": self.tr("S&ite"),
                  "criterion": self.tr("C&riterion"), "flag": self.tr("F&lag"), "from": self.tr("Fro&m"),
                  "to": self.tr("&To")}
        for key, text in labels.items():
            self.filter_labels[key].setText(text)
            self.filter_labels[key].buddy().setAccessibleName(text.replace("&", ""))
        for edit in (self.date_from, self.date_to):
            edit.setSpecialValueText(self.tr("any"))
        self.deleted_view.setText(self.tr("Show &deleted items"))
        self.new_button.setText(self.tr("&New evidence"))
        self.new_button.setAccessibleName(self.tr("New evidence"))
        self.never_write_button.setText(self.tr("Never-to-&write names…"))
        self.never_write_button.setAccessibleName(self.tr("Never-to-write names"))
        self.never_write_button.setToolTip(self.tr("Names the privacy checker must flag in this inspection; "
                                                   "kept on this laptop"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete evidence item"))
        self.restore_button.setText(self.tr("Restore"))
        self.restore_button.setAccessibleName(self.tr("Restore deleted item"))
        self.table.setAccessibleName(self.tr("Evidence register"))
        self.placeholder.setText(self.tr("Select an item to read or edit it, or create new evidence."))
        self.new_menu.clear()
        for etype in EVIDENCE_TYPES:
            action = self.new_menu.addAction(pick(etype.label_en, etype.label_cy))
            action.triggered.connect(lambda _c=False, code=etype.code: self.create(code))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- loading ---------------------------------------------------------------------------------

    def load(self, services, inspection_uuid: str) -> None:
        self._services, self.inspection_uuid = services, inspection_uuid
        self.editor._services = services
        self._show_editor(False)
        self._fill_filters()
        self.reload()

    def _fill_combo(self, combo: QComboBox, options: list[tuple[str | None, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("any"), None)
        for code, text in options:
            combo.addItem(text, code)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
        combo.blockSignals(False)

    def _fill_filters(self) -> None:
        services, insp = self._services, self.inspection_uuid
        self._fill_combo(self.type_filter, [(t.code, pick(t.label_en, t.label_cy)) for t in EVIDENCE_TYPES])
        self._fill_authors()
        self._fill_combo(self.site_filter, [(u, s.name) for u, s in services.inspections.sites(insp)])
        framework = services.inspections.framework(insp)
        self._fill_combo(self.criterion_filter, [(n.code, f"{n.code}  {pick(n.title_en, n.title_cy)}")
                                                 for n in framework.iter_nodes()])
        self._fill_combo(self.flag_filter, [("safeguarding", self.tr("Safeguarding")),
                                            ("good_practice", self.tr("Good practice")),
                                            ("nominated", self.tr("Nominated sample"))])

    def _fill_authors(self) -> None:
        """Everyone who has evidence in the inspection (not the team list: assistants' imports count)."""
        self._fill_combo(self.author_filter,
                         [(a, a) for a in self._services.evidence.authors(self.inspection_uuid)])

    def current_filter(self):
        from fieldkit.services.evidence import EvidenceFilter  # noqa: PLC0415

        def date(edit):
            return None if edit.date() == edit.minimumDate() else edit.date().toString("yyyy-MM-dd")

        return EvidenceFilter(
            type_code=self.type_filter.currentData(), author=self.author_filter.currentData(),
            site_uuid=self.site_filter.currentData(), criterion=self.criterion_filter.currentData(),
            flag=self.flag_filter.currentData(), date_from=date(self.date_from), date_to=date(self.date_to),
            search=self.search.text().strip() or None)

    def reload(self) -> None:
        """Show the register for the current filters. A search is read in the background (over 100,000
        items it can take longer than a keystroke should block typing); one read at a time, and only
        the newest request is read next, so fast typing never queues up stale searches."""
        if self._services is None:
            return
        deleted = self.deleted_view.isChecked()
        self.delete_button.setVisible(not deleted)
        self.restore_button.setVisible(deleted)
        flt = self.current_filter()
        if deleted or not flt.search:
            self._search_wanted = None
            self.model.configure(self._services.evidence, self.inspection_uuid, flt, deleted_view=deleted)
            self._show_count()
            return
        self._search_wanted = flt
        if not self._search_running:
            self._start_search()

    def _start_search(self) -> None:
        flt, self._search_wanted = self._search_wanted, None
        if flt is None:
            return
        self._search_running = True
        self.count_label.setText(self.tr("Searching…"))
        service, insp, model = self._services.evidence, self.inspection_uuid, self.model
        sort, descending = model.sort_key, model.descending
        self._tasks.submit(lambda: service.first_page(insp, flt, sort=sort, descending=descending),
                           on_done=lambda f: self._on_search_done(f, service, insp, flt), uses_db=False)

    def _on_search_done(self, future, service, insp: str, flt) -> None:
        self._search_running = False
        if self._search_wanted is not None:  # typed on meanwhile: this result is already stale
            self._start_search()
            return
        if future.exception() is not None:
            self.show_message(str(future.exception()))
            return
        if self.current_filter() != flt or insp != self.inspection_uuid or self.deleted_view.isChecked():
            return  # the filters changed to something read synchronously since
        rows, count = future.result()
        self.model.show_first_page(service, insp, flt, rows, count)
        self._show_count()

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("Items shown: %1").replace("%1", str(self.model.rowCount())))

    def _on_item_saved(self, uuid: str) -> None:
        """A version reached the disk: re-read that one line in place (no reset, the selection stays)."""
        if self._services is None or self.deleted_view.isChecked():
            return
        line = self._services.evidence.row(uuid)
        if line is not None:
            self.model.update_row(line)

    def selected_row(self):
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(ROW_ROLE) if indexes else None

    def select_uuid(self, uuid: str) -> None:
        loaded = self.model.loaded_row_of(uuid)
        if loaded is not None:
            self.table.selectRow(loaded)
            return
        for r in range(min(self.model.rowCount(), 2000)):
            row = self.model.row_at(r)
            if row is not None and row.uuid == uuid:
                self.table.selectRow(r)
                return

    # -- actions ---------------------------------------------------------------------------------

    def open_selected(self) -> None:
        row = self.selected_row()
        if row is None or self.deleted_view.isChecked():
            return
        self.open_item(row.uuid)

    def open_item(self, uuid: str) -> None:
        self.editor.load(uuid)
        self._show_editor(True)
        first = next(iter(self.editor._widgets.values()), None)
        if first is not None:
            first.focus_widget().setFocus()

    def create(self, type_code: str) -> str:
        item = self._services.evidence.create(self.inspection_uuid, type_code,
                                              {"evidence_date": QDate.currentDate().toString("yyyy-MM-dd")})
        self._fill_authors()
        self.reload()
        self.select_uuid(item.uuid)
        self.open_item(item.uuid)
        self.item_changed.emit(item.uuid)
        return item.uuid

    def _update_buttons(self) -> None:
        selected = bool(self.table.selectionModel().selectedRows())
        self.delete_button.setEnabled(selected)
        self.restore_button.setEnabled(selected)

    def _show_editor(self, shown: bool) -> None:
        """With no item open the register takes the height; an open item gets most of it."""
        self.editor.setVisible(shown)
        self.placeholder.setVisible(not shown)
        self.splitter.setSizes([280, 520] if shown else [640, 60])

    def switch_pane(self) -> None:
        """F6: from the register to the open item's first field and back."""
        if self.editor.isVisible() and not self.editor.isAncestorOf(self.focusWidget()):
            first = next(iter(self.editor._widgets.values()), None)
            if first is not None:
                first.focus_widget().setFocus(Qt.FocusReason.ShortcutFocusReason)
                return
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def open_never_write(self) -> None:
        """The never-to-write list; the open item is checked again against it when the dialog closes."""
        from fieldkit.ui.evidence.never_write_dialog import NeverWriteDialog  # noqa: PLC0415

        if self._services is None:
            return
        self.never_write_dialog = NeverWriteDialog(self._services, self.inspection_uuid, self)
        self.never_write_dialog.finished.connect(lambda _r: self.editor.uuid and self.editor.privacy_changed())
        self.never_write_dialog.open()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def delete_selected(self) -> None:
        from fieldkit.services.evidence import EvidenceDeleteRefused  # noqa: PLC0415

        row = self.selected_row()
        if row is None or self.deleted_view.isChecked():
            return
        self._autosaver.flush_now()
        try:
            self._services.evidence.delete(row.uuid)
        except EvidenceDeleteRefused:
            self.show_message(self.tr("“%1” is safeguarding evidence: it cannot be deleted. Clear its "
                                      "safeguarding flag first if it was set by mistake.").replace(
                                          "%1", row.title or self.tr("(untitled)")))
            return
        self.show_message("")
        if self.editor.uuid == row.uuid:
            self._show_editor(False)
        self.reload()
        self.item_changed.emit(row.uuid)

    def restore_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        self._services.evidence.restore(row.uuid)
        self.deleted_view.setChecked(False)
        self.reload()
        self.select_uuid(row.uuid)
        self.item_changed.emit(row.uuid)
