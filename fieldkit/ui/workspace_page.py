"""One inspection: its framework as a navigable tree beside an overview of dates, sites, team and scope."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from fieldkit.ui.autosave import Autosaver
from fieldkit.ui.language import pick
from fieldkit.ui.node_switches import NodeSwitchBox

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
OVERVIEW = "__overview__"


class _FocusOutEdit(QPlainTextEdit):
    focus_lost = Signal()

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.focus_lost.emit()
        super().focusOutEvent(event)


def _table(headers: list[str], name: str) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().hide()
    t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    t.setTabKeyNavigation(False)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    t.setAccessibleName(name)
    t.setMinimumHeight(120)
    return t


class WorkspacePage(QWidget):
    """Signals:
        add_site_requested, add_member_requested, add_child_requested, add_question_set_requested: the
            buttons beside each list.
    """

    add_site_requested = Signal()
    add_member_requested = Signal()
    add_child_requested = Signal()
    add_question_set_requested = Signal()

    def __init__(self, autosaver: Autosaver, parent: QWidget | None = None, *, tasks=None, prompts=None):
        super().__init__(parent)
        self._autosaver = autosaver
        self._services = None
        self.uuid: str | None = None
        self._framework = None
        self._loading = False

        self.tree_model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Framework"))
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current_changed)

        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_overview())
        self.stack.addWidget(self._build_node_page())
        from fieldkit.ui.evidence.register_page import EvidenceRegisterPage  # noqa: PLC0415
        from fieldkit.ui.evidence.sample_plan_page import SamplePlanPage  # noqa: PLC0415

        self.register = EvidenceRegisterPage(autosaver)
        self.sample_plan = SamplePlanPage()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.stack, "")
        self.tabs.addTab(self.register, "")
        self.tabs.addTab(self.sample_plan, "")
        self.tabs.currentChanged.connect(self._on_tab_changed)
        # Judgements, safeguarding, findings, recommendations and moderation (issue 4); the window passes the
        # task runner and prompts they need. Without them (bare tests of the overview) they are left out.
        self.conclusions = None
        if tasks is not None:
            from fieldkit.ui.judgements.tabs import ConclusionTabs  # noqa: PLC0415

            self.conclusions = ConclusionTabs(autosaver, tasks, prompts, self.tabs)
            self.node_judgement_host.addWidget(self.conclusions.judgement)
            self.conclusions.open_node.connect(self.select_node)
            self.conclusions.open_evidence.connect(self.open_evidence)
            self.register.editor.raise_concern_requested.connect(self.raise_concern_from)

        right = QWidget()
        rl = QVBoxLayout(right)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        if self.conclusions is not None:
            title_row.addWidget(self.conclusions.badge)
        rl.addLayout(title_row)
        rl.addWidget(self.tabs, 1)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([320, 760])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._retranslate()

    # -- construction ----------------------------------------------------------------------------

    def _build_overview(self) -> QWidget:
        self.dates_box = QGroupBox()
        self.dates_form = QFormLayout(self.dates_box)
        self.body_value, self.framework_value = QLabel(), QLabel()
        self.notice_value, self.fieldwork_value = QLabel(), QLabel()
        self.body_label, self.framework_label = QLabel(), QLabel()
        self.notice_label, self.fieldwork_label = QLabel(), QLabel()
        for lab, val in ((self.body_label, self.body_value), (self.framework_label, self.framework_value),
                         (self.notice_label, self.notice_value), (self.fieldwork_label, self.fieldwork_value)):
            val.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            val.setWordWrap(True)
            self.dates_form.addRow(lab, val)

        self.sites_box, self.sites_table, self.add_site_button = self._list_box(self.add_site_requested)
        self.team_box, self.team_table, self.add_member_button = self._list_box(self.add_member_requested)
        self.children_box, self.children_table, self.add_child_button = self._list_box(self.add_child_requested)
        self.sets_box, self.sets_table, self.add_set_button = self._list_box(self.add_question_set_requested)

        self.scope_box = QGroupBox()
        sl = QFormLayout(self.scope_box)
        self.scope_label, self.limitations_label = QLabel(), QLabel()
        self.scope_edit, self.limitations_edit = _FocusOutEdit(), _FocusOutEdit()
        for lab, edit, field in ((self.scope_label, self.scope_edit, "scope"),
                                 (self.limitations_label, self.limitations_edit, "limitations")):
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(90)
            lab.setBuddy(edit)
            edit.textChanged.connect(lambda f=field, e=edit: self._on_text_edited(f, e))
            edit.focus_lost.connect(self._autosaver.flush)
            sl.addRow(lab, edit)

        body = QWidget()
        grid = QVBoxLayout(body)
        top = QHBoxLayout()
        self.node_switches = NodeSwitchBox(self._autosaver)  # optional nodes switched on/off after creation
        self.node_switches.changed.connect(lambda off: self._build_tree(self._framework, off))
        left = QVBoxLayout()
        left.addWidget(self.dates_box, 1)
        left.addWidget(self.node_switches)
        top.addLayout(left, 1)
        top.addWidget(self.scope_box, 2)
        grid.addLayout(top)
        lists = QHBoxLayout()
        lists.addWidget(self.sites_box, 3)
        lists.addWidget(self.team_box, 2)
        lists.addWidget(self.children_box, 2)
        grid.addLayout(lists, 1)
        sets = QHBoxLayout()
        sets.addWidget(self.sets_box, 3)
        sets.addStretch(4)
        grid.addLayout(sets)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        return scroll

    def _list_box(self, signal) -> tuple[QGroupBox, QTableWidget, QPushButton]:
        box = QGroupBox()
        table = _table(["", ""], "")
        button = QPushButton()
        button.clicked.connect(signal)
        lay = QVBoxLayout(box)
        lay.addWidget(table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(button)
        lay.addLayout(row)
        return box, table, button

    def _build_node_page(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        self.node_meta = QLabel()
        self.node_meta.setStyleSheet("color: #555;")
        self.node_descriptor = QLabel()
        self.node_descriptor.setWordWrap(True)
        self.node_descriptor.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.node_scale = QLabel()
        self.node_scale.setWordWrap(True)
        self.node_scale.setTextFormat(Qt.TextFormat.RichText)
        self.node_evidence = QLabel()
        self.node_evidence.setWordWrap(True)
        self.node_evidence_button = QPushButton()
        self.node_evidence_button.clicked.connect(
            lambda: self.show_evidence_for(self.tree.currentIndex().data(CODE_ROLE)))
        ev_row = QHBoxLayout()
        ev_row.addWidget(self.node_evidence, 1)
        ev_row.addWidget(self.node_evidence_button)
        for w in (self.node_meta, self.node_descriptor, self.node_scale):
            lay.addWidget(w)
        lay.addLayout(ev_row)
        self.node_judgement_host = QVBoxLayout()
        lay.addLayout(self.node_judgement_host)
        lay.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # Text wraps to the window; only the page's height scrolls (a sideways scroll hides half the judgement).
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(page)
        return scroll

    def _retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("&Inspection"))
        self.tabs.setTabText(1, self.tr("&Evidence"))
        self.tabs.setTabText(2, self.tr("Sample &plan"))
        self.node_evidence_button.setText(self.tr("Show &evidence"))
        self.node_evidence_button.setAccessibleName(self.tr("Show evidence tagged with this criterion"))
        self.tree.setAccessibleName(self.tr("Framework"))
        self.dates_box.setTitle(self.tr("Inspection"))
        self.body_label.setText(self.tr("Inspected body"))
        self.framework_label.setText(self.tr("Framework"))
        self.notice_label.setText(self.tr("Notice date"))
        self.fieldwork_label.setText(self.tr("Fieldwork"))
        self.scope_box.setTitle(self.tr("Scope and limitations"))
        self.scope_label.setText(self.tr("&Scope"))
        self.limitations_label.setText(self.tr("&Limitations"))
        self.scope_edit.setAccessibleName(self.tr("Scope"))
        self.limitations_edit.setAccessibleName(self.tr("Limitations"))
        self.sites_box.setTitle(self.tr("Areas and sites"))
        self.sites_table.setColumnCount(3)
        self.sites_table.setHorizontalHeaderLabels([self.tr("Site"), self.tr("Area"), self.tr("Valid")])
        self.sites_table.setAccessibleName(self.tr("Areas and sites"))
        self.add_site_button.setText(self.tr("Add &site…"))
        self.add_site_button.setAccessibleName(self.tr("Add site"))
        self.team_box.setTitle(self.tr("Team"))
        self.team_table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role")])
        self.team_table.setAccessibleName(self.tr("Team"))
        self.add_member_button.setText(self.tr("Add &team member…"))
        self.add_member_button.setAccessibleName(self.tr("Add team member"))
        self.children_box.setTitle(self.tr("Child pseudonym register"))
        self.children_table.setHorizontalHeaderLabels([self.tr("Pseudonym"), self.tr("Age")])
        self.children_table.setAccessibleName(self.tr("Child pseudonym register"))
        self.add_child_button.setText(self.tr("Add c&hild…"))
        self.add_child_button.setAccessibleName(self.tr("Add child"))
        self.sets_box.setTitle(self.tr("Question sets for structured interviews"))
        self.sets_table.setColumnCount(3)
        self.sets_table.setHorizontalHeaderLabels([self.tr("Question set"), self.tr("Version"), self.tr("Questions")])
        self.sets_table.setAccessibleName(self.tr("Question sets"))
        self.add_set_button.setText(self.tr("Add &question set…"))
        self.add_set_button.setAccessibleName(self.tr("Add a question set or a new version of one"))
        if self.conclusions is not None:
            self.conclusions.retranslate()
        if self._services is not None and self.uuid is not None:
            self.load(self._services, self.uuid)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- loading ---------------------------------------------------------------------------------

    def kind_name(self, kind: str) -> str:
        return {"section": self.tr("section"), "key_function": self.tr("key function"), "area": self.tr("area"),
                "sub_area": self.tr("sub-area"), "criterion": self.tr("criterion"), "aspect": self.tr("aspect"),
                "lens": self.tr("lens"), "checklist_item": self.tr("checklist item")}.get(kind, kind.replace("_", " "))

    def role_label(self, role: str) -> str:
        return {"lead": self.tr("Lead inspector"), "inspector": self.tr("Inspector"),
                "assistant": self.tr("Inspection assistant")}.get(role, role)

    def load(self, services, uuid: str) -> None:
        self._services, self.uuid = services, uuid
        ov = services.inspections.overview(uuid)
        fw = services.inspections.framework(uuid)
        self._framework = fw
        insp = ov.inspection
        self._loading = True
        try:
            self.title.setText(insp.title)
            self.body_value.setText(insp.inspected_body)
            self.framework_value.setText(f"{pick(fw.title_en, fw.title_cy)} ({fw.version})")
            self.notice_value.setText(insp.notice_date or "—")
            self.fieldwork_value.setText(f"{insp.fieldwork_start or '?'} – {insp.fieldwork_end or '?'}")
            if self.scope_edit.toPlainText() != insp.scope:
                self.scope_edit.setPlainText(insp.scope)
            if self.limitations_edit.toPlainText() != insp.limitations:
                self.limitations_edit.setPlainText(insp.limitations)
            self._fill(self.sites_table, [(s.name, s.area, f"{s.valid_from or ''} – {s.valid_to or ''}".strip(" –"))
                                          for _, s in ov.sites])
            self._fill(self.team_table, [(m.name, self.role_label(m.role)) for _, m in ov.team])
            self._fill(self.children_table, [(c.pseudonym, str(c.age)) for _, c in ov.children])
            self._fill(self.sets_table, [(qs.name, qs.version, str(len(qs.questions)))
                                         for _, qs in services.evidence.question_sets.list(uuid)])
            self._build_tree(fw, set(insp.disabled_nodes))
            self.node_switches.load(services, uuid, fw, set(insp.disabled_nodes))
        finally:
            self._loading = False
        if self.register.inspection_uuid != uuid:
            self.register.load(services, uuid)
        self.sample_plan.load(services, uuid)
        if self.conclusions is not None:
            self.conclusions.load(services, uuid)

    def _fill(self, table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                table.setItem(r, c, QTableWidgetItem(value))

    def _build_tree(self, fw, disabled: set[str]) -> None:
        current = self.tree.currentIndex().data(CODE_ROLE) or OVERVIEW
        self.tree_model.clear()
        root = self.tree_model.invisibleRootItem()
        overview = QStandardItem(self.tr("Overview"))
        overview.setData(OVERVIEW, CODE_ROLE)
        overview.setEditable(False)
        root.appendRow(overview)
        select = overview

        def add(parent: QStandardItem, node, off: bool) -> None:
            nonlocal select
            off = off or node.code in disabled
            text = f"{node.code}  {pick(node.title_en, node.title_cy)}"
            if off:
                text += "  " + self.tr("(not inspected)")
            item = QStandardItem(text)
            item.setData(node.code, CODE_ROLE)
            item.setEditable(False)
            item.setToolTip(pick(node.title_en, node.title_cy))
            if off:
                item.setForeground(QColor("#888888"))
            parent.appendRow(item)
            if node.code == current:
                select = item
            for child in node.children:
                add(item, child, off)

        for node in fw.nodes:
            add(root, node, False)
        self.tree.expandToDepth(0)
        self.tree.setCurrentIndex(select.index())

    # -- interaction -----------------------------------------------------------------------------

    def _on_tree_current_changed(self, current, _previous) -> None:
        code = current.data(CODE_ROLE)
        self.tabs.setCurrentIndex(0)
        if code in (None, OVERVIEW) or self._framework is None:
            self.stack.setCurrentIndex(0)
            return
        self._autosaver.flush()  # navigation commits pending edits at once
        node = self._framework.node(code)
        self.stack.setCurrentIndex(1)
        kind = self.kind_name(node.kind)
        graded = self.tr("graded") if node.graded else self.tr("not graded")
        self.node_meta.setText(f"{node.code} · {kind} · {graded}")
        self.node_descriptor.setText(pick(node.descriptor_en, node.descriptor_cy) or pick(node.title_en, node.title_cy))
        self._show_node_evidence(code)
        if self.conclusions is not None:
            self.node_evidence.hide()  # the decision support beside the judgement says it, documents counted once
            self.node_evidence_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            self.conclusions.judgement.load(self._services, self.uuid, self._framework, node)
        scale = self._framework.scale(node.scale) if node.graded and node.scale else None
        if scale is None:
            self.node_scale.setText("")
            return
        rows = "".join(
            f"<tr><td style='padding:4px 12px 4px 0'><b>{pick(level.label_en, level.label_cy)}</b></td>"
            f"<td style='padding:4px 0'>{pick(level.definition_en, level.definition_cy)}</td></tr>"
            for level in scale.levels
        )
        self.node_scale.setText(f"<p><b>{pick(scale.title_en, scale.title_cy)}</b></p><table>{rows}</table>")

    def _show_node_evidence(self, code: str) -> None:
        """Every criterion shows what evidence it has, or lacks."""
        from fieldkit.services.evidence import EvidenceFilter  # noqa: PLC0415

        rows = self._services.evidence.query(self.uuid, EvidenceFilter(criterion=code), limit=100_000)
        methods = {r.type_code for r in rows}
        if not rows:
            text = self.tr("No evidence is tagged with this criterion yet.")
            style = "color: #b71c1c;"
        elif len(methods) == 1:
            text = self.tr("%1 items of evidence, all from one method: look for corroboration.").replace(
                "%1", str(len(rows)))
            style = "color: #8a4b00;"
        else:
            text = self.tr("%1 items of evidence from %2 methods.").replace("%1", str(len(rows))).replace(
                "%2", str(len(methods)))
            style = "color: #1b5e20;"
        self.node_evidence.setText(text)
        self.node_evidence.setStyleSheet(style)

    def _on_tab_changed(self, index: int) -> None:
        self._autosaver.flush()
        if self.tabs.widget(index) is self.sample_plan:
            self._autosaver.flush_now()  # progress must count what was just typed
            self.sample_plan.refresh()

    def select_node(self, code: str) -> None:
        """From the moderation view (or anywhere) to a framework node and its judgement."""
        matches = self.tree_model.match(self.tree_model.index(0, 0), CODE_ROLE, code, 1,
                                        Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly)
        if matches:
            self.tree.setCurrentIndex(matches[0])
            self.tabs.setCurrentIndex(0)

    def raise_concern_from(self, evidence_uuid: str) -> None:
        """From an evidence item to a safeguarding concern about it: what is typed is saved first."""
        self._autosaver.flush_now()
        self.tabs.setCurrentWidget(self.conclusions.concerns)
        self.conclusions.concerns.raise_from_evidence(evidence_uuid)

    def open_evidence(self, uuid: str) -> None:
        """A cited item, opened in the evidence register."""
        self.tabs.setCurrentWidget(self.register)
        self.register.open_item(uuid)

    def show_evidence_for(self, code: str) -> None:
        """From a framework node to the evidence tagged with it."""
        combo = self.register.criterion_filter
        combo.setCurrentIndex(max(0, combo.findData(code)))
        self.tabs.setCurrentWidget(self.register)

    def _on_text_edited(self, field: str, edit: QPlainTextEdit) -> None:
        if self._loading or self._services is None or self.uuid is None:
            return
        services, uuid, text = self._services, self.uuid, edit.toPlainText()
        self._autosaver.schedule(f"{uuid}:{field}", lambda: services.inspections.update(uuid, **{field: text}))
