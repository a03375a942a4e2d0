"""The conflicts view: teammates' versions of the same record side by side, and the lead's decision.

Each open conflict is listed; choosing one shows every version in its own column with the fields that
differ marked. "Keep mine" / "Keep theirs" save that version again as the resolution; "Combine…" opens a
field-by-field editor. Either way the resolution is a new version whose parents are every head, so the
conflict closes here and, once the resolution is exported, at central too.
"""

from __future__ import annotations

import html
import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

DIFFERS = "#fff3c4"


def split_fields(data: dict[str, Any] | None) -> tuple[dict[str, Any] | None, dict[str, Any]]:
    """(wrapper, fields): an evidence record keeps its fields in `data`, other records at the top."""
    if not data:
        return None, {}
    if isinstance(data.get("data"), dict):
        return {k: v for k, v in data.items() if k != "data"}, dict(data["data"])
    return None, dict(data)


def join_fields(wrapper: dict[str, Any] | None, fields: dict[str, Any]) -> dict[str, Any]:
    return {**wrapper, "data": fields} if wrapper is not None else dict(fields)


def shown_value(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def when(hlc: str) -> str:
    """A version's clock as a local date and time (its first 13 digits are milliseconds since 1970)."""
    from datetime import datetime  # noqa: PLC0415

    try:
        return datetime.fromtimestamp(int(hlc[:13]) / 1000).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return hlc


def _spec(data: dict[str, Any] | None, key: str):
    from fieldkit.domain.evidence import evidence_type  # noqa: PLC0415

    type_code = (data or {}).get("type")
    if not isinstance(type_code, str) or not isinstance((data or {}).get("data"), dict):
        return None
    try:
        return evidence_type(type_code).field(key)
    except KeyError:
        return None


def field_label(data: dict[str, Any] | None, key: str) -> str:
    """An evidence field's label in the interface language; other records show their keys."""
    from fieldkit.ui.language import pick  # noqa: PLC0415

    spec = _spec(data, key)
    return pick(spec.label_en, spec.label_cy) if spec is not None else key


def field_text(data: dict[str, Any] | None, key: str, value: Any) -> str:
    """A value as the editor would show it: choice codes by their label, the rest as text."""
    from fieldkit.ui.language import pick  # noqa: PLC0415

    spec = _spec(data, key)
    if spec is not None and spec.choices and isinstance(value, str):
        for code, en, cy in spec.choices:
            if code == value:
                return pick(en, cy)
    return shown_value(value)


def record_title(data: dict[str, Any] | None) -> str:
    _, fields = split_fields(data)
    for key in ("title", "name", "pseudonym", "text", "grade"):
        if isinstance(fields.get(key), str) and fields[key].strip():
            return fields[key].strip()[:60]
    return ""


class ConflictsDialog(QDialog):
    def __init__(self, services, inspection_uuid: str | None, tasks, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.inspection_uuid = inspection_uuid
        self.tasks = tasks
        self.views: list = []
        self.current = None
        self.keep_buttons: list[QPushButton] = []
        self.panes: list[QTextBrowser] = []
        self.setWindowTitle(self.tr("Conflicts"))
        self.resize(1000, 620)

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Open conflicts"))
        self.detail = QWidget()
        self.detail_layout = QVBoxLayout(self.detail)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.columns = QHBoxLayout()
        self.combine_button = QPushButton(self.tr("&Combine (edit)…"))
        self.combine_button.setAccessibleName(self.tr("Combine the versions field by field"))
        self.detail_layout.addWidget(self.heading)
        self.detail_layout.addLayout(self.columns, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.combine_button)
        self.detail_layout.addLayout(row)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 700])
        self.list.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Result"))
        buttons = QDialogButtonBox()
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show)
        self.combine_button.clicked.connect(self.combine)
        self.refresh()

    # -- loading -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        team, inspection = self.services.team, self.inspection_uuid
        self.tasks.submit(lambda: team.conflicts(inspection), on_done=self._on_loaded)

    def _on_loaded(self, future) -> None:
        if future.exception() is not None:
            self.status.setText(self.tr("The conflicts could not be read: %1").replace("%1", str(future.exception())))
            return
        self.views = future.result()
        self.list.clear()
        for view in self.views:
            title = next((record_title(s.data) for s in view.sides if record_title(s.data)), view.uuid[:8])
            kind = self.tr("edited on both sides") if view.kind == "edit-vs-edit" else self.tr("edited and deleted")
            text = f"{view.entity}: {title} ({kind})"
            if view.protected:
                text += " · " + self.tr("a person decides")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, view.conflict_id)
            self.list.addItem(item)
        if self.views:
            self.intro.setText(self.tr("Records changed differently by members of the team: %1. Compare the "
                                       "versions, then keep one or combine them.").replace("%1", str(len(self.views))))
            self.list.setCurrentRow(0)
        else:
            self.intro.setText(self.tr("No conflicts: every record has one current version."))
            self._show(-1)

    # -- showing one ---------------------------------------------------------------------------------

    def _clear_columns(self) -> None:
        while self.columns.count():
            item = self.columns.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.keep_buttons, self.panes = [], []

    def _show(self, row: int) -> None:
        self._clear_columns()
        self.current = self.views[row] if 0 <= row < len(self.views) else None
        self.combine_button.setEnabled(self.current is not None)
        if self.current is None:
            self.heading.setText("")
            return
        view = self.current
        self.heading.setText(self.tr("Record %1 (%2).").replace("%1", view.uuid).replace("%2", view.entity)
                             + (" " + self.tr("Judgements and safeguarding records never get an automatic "
                                              "winner: nothing changes until you decide.") if view.protected else ""))
        all_fields = [split_fields(s.data)[1] for s in view.sides]
        keys = sorted({k for f in all_fields for k in f})
        differing = {k for k in keys if len({json.dumps(f.get(k), sort_keys=True) for f in all_fields}) > 1}
        mine = self._mine(view)
        pairs = sorted(zip(view.sides, all_fields, strict=True), key=lambda p: p[0] is not mine)  # mine first
        for side, fields in pairs:
            column = QVBoxLayout()
            box = QWidget()
            box.setLayout(column)
            who = self.tr("Mine") if side is mine else self.tr("Theirs")
            label = QLabel(f"<b>{html.escape(who)}</b> · {html.escape(side.author)} · {html.escape(when(side.hlc))}"
                           + (" · " + html.escape(self.tr("shown now")) if side.shown else ""))
            pane = QTextBrowser()
            pane.setAccessibleName(self.tr("Version by %1").replace("%1", side.author))
            pane.setHtml(self._html(side, fields, keys, differing))
            keep = QPushButton(self.tr("Keep &mine") if side is mine else
                               self.tr("Keep &theirs") if len(view.sides) == 2 else self.tr("Keep this version"))
            keep.setAccessibleName(self.tr("Keep the version by %1").replace("%1", side.author))
            keep.clicked.connect(lambda _=False, ref=side.ref: self.keep(ref))
            column.addWidget(label)
            column.addWidget(pane, 1)
            column.addWidget(keep)
            self.columns.addWidget(box, 1)
            self.keep_buttons.append(keep)
            self.panes.append(pane)

    @staticmethod
    def _mine(view):
        mine = [s for s in view.sides if s.mine] or [s for s in view.sides if s.shown]
        return mine[0] if len(mine) == 1 else None

    def _html(self, side, fields: dict[str, Any], keys: list[str], differing: set[str]) -> str:
        if side.deleted:
            return "<p><i>" + html.escape(self.tr("Deleted in this version.")) + "</i></p>"
        rows = []
        for key in keys:
            style = f' style="background:{DIFFERS}"' if key in differing else ""
            rows.append(f"<tr{style}><td><b>{html.escape(field_label(side.data, key))}</b></td>"
                        f"<td>{html.escape(field_text(side.data, key, fields.get(key)))}</td></tr>")
        return "<table cellpadding='3'>" + "".join(rows) + "</table>"

    # -- deciding ------------------------------------------------------------------------------------

    def keep(self, ref: str) -> None:
        if self.current is not None:
            self._resolve(self.current.conflict_id, keep=ref)

    def combine(self) -> None:
        if self.current is None:
            return
        editor = CombineDialog(self.current, self._mine(self.current), self)
        self.combine_dialog = editor
        editor.accepted.connect(lambda: self._resolve(self.current.conflict_id, data=editor.value))
        editor.open()

    def _resolve(self, conflict_id: str, **how) -> None:
        team = self.services.team
        self.status.setText(self.tr("Saving the resolution…"))
        self.tasks.submit(lambda: team.resolve(conflict_id, **how), on_done=self._on_resolved)

    def _on_resolved(self, future) -> None:
        exc = future.exception()
        if exc is not None:
            self.status.setText(self.tr("Not resolved: %1").replace("%1", str(exc)))
            self.status.setStyleSheet("color: #b71c1c;")
            return
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Resolved. The resolution goes to the central record with your next export."))
        self.refresh()


class CombineDialog(QDialog):
    """Field by field: each version's value, and the result to save (editable; double-click a value to
    take it)."""

    def __init__(self, view, mine, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = view
        self.value: dict[str, Any] | None = None
        self.setWindowTitle(self.tr("Combine versions"))
        self.resize(900, 480)
        base = mine or next(s for s in view.sides if not s.deleted)
        self.wrapper, base_fields = split_fields(base.data)
        self.sides_fields = [split_fields(s.data)[1] for s in view.sides]
        self.keys = sorted({k for f in self.sides_fields for k in f})
        self.table = QTableWidget(len(self.keys), len(view.sides) + 2)
        self.table.setAccessibleName(self.tr("Fields of the combined version"))
        headers = [self.tr("Field")] + [f"{s.author} ({when(s.hlc)})" for s in view.sides] + [self.tr("Result")]
        self.table.setHorizontalHeaderLabels(headers)
        bold = QFont()
        bold.setBold(True)
        for row, key in enumerate(self.keys):
            values = [shown_value(f.get(key)) for f in self.sides_fields]
            name = QTableWidgetItem(field_label(base.data, key))
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            if len(set(values)) > 1:
                name.setFont(bold)
                name.setBackground(QBrush(QColor(DIFFERS)))
            self.table.setItem(row, 0, name)
            for col, (side, raw) in enumerate(zip(view.sides, values, strict=True), start=1):
                cell = QTableWidgetItem(field_text(side.data, key, self.sides_fields[col - 1].get(key)))
                cell.setData(Qt.ItemDataRole.UserRole, raw)  # what double-click takes (a choice's code)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, col, cell)
            self.table.setItem(row, len(view.sides) + 1, QTableWidgetItem(shown_value(base_fields.get(key))))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for col in range(1, len(view.sides) + 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.resizeRowsToContents()
        self.table.cellDoubleClicked.connect(self._take)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b71c1c;")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox()
        save = buttons.addButton(self.tr("Save combined version"), QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        save.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Double-click a value to take it into the result, or type the result.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _take(self, row: int, col: int) -> None:
        if 1 <= col <= len(self.view.sides):
            self.table.item(row, len(self.view.sides) + 1).setText(
                self.table.item(row, col).data(Qt.ItemDataRole.UserRole))

    def set_result(self, key: str, text: str) -> None:
        self.table.item(self.keys.index(key), len(self.view.sides) + 1).setText(text)

    def save(self) -> None:
        fields: dict[str, Any] = {}
        for row, key in enumerate(self.keys):
            text = self.table.item(row, len(self.view.sides) + 1).text()
            if text == "":
                continue
            originals = [f[key] for f in self.sides_fields if key in f]
            if originals and all(isinstance(v, str) for v in originals):
                fields[key] = text
                continue
            try:
                fields[key] = json.loads(text)
            except ValueError:
                if originals and any(isinstance(v, str) for v in originals):
                    fields[key] = text
                    continue
                self.problem.setText(self.tr("%1: not a valid value (%2)").replace("%1", key).replace("%2", text))
                return
        self.value = join_fields(self.wrapper, fields)
        self.accept()
