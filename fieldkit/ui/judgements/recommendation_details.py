"""The selected recommendation in full, beside the responses that cover it with their actions."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldkit.domain.findings import category_title
from fieldkit.ui.judgements.node_checklist import node_names
from fieldkit.ui.language import current

UUID_ROLE = Qt.ItemDataRole.UserRole + 1


class RecommendationDetails(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Recommendation details"))
        self.details.setOpenLinks(False)
        self.responses = QTreeWidget()
        self.responses.setColumnCount(3)
        self.responses.setHeaderLabels([self.tr("Response and actions"), self.tr("By"), self.tr("Owner")])
        self.responses.setAccessibleName(self.tr("Responses to the selected recommendation"))
        self.responses.setAllColumnsShowFocus(True)
        self.responses.setWordWrap(True)
        header = self.responses.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.edit_response_button = QPushButton(self.tr("E&dit response…"))
        self.edit_response_button.setAccessibleName(self.tr("Edit the selected response"))
        self.remove_response_button = QPushButton(self.tr("Remo&ve response"))
        self.remove_response_button.setAccessibleName(self.tr("Remove the selected response"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_response_button)
        buttons.addWidget(self.remove_response_button)
        buttons.addStretch(1)
        self.responses_box = QGroupBox(self.tr("Responses from the inspected body"))
        box = QVBoxLayout(self.responses_box)
        box.addWidget(self.responses)
        box.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.responses_box, 1)

    def show_recommendation(self, row, recs, responses, findings, framework) -> None:
        """`row` (or None), with the inspection's recommendations, responses and findings to name links."""
        self.details.setHtml(self._html(row, findings, framework) if row is not None else "")
        self.responses.clear()
        if row is not None:
            numbers = {r.uuid: r.recommendation.number for r in recs}
            for resp_row in responses:
                if row.uuid in resp_row.response.recommendations:
                    self.responses.addTopLevelItem(self._response_item(resp_row, numbers))
            self.responses.expandAll()

    def current_response(self) -> str | None:
        item = self.responses.currentItem()
        return item.data(0, UUID_ROLE) if item is not None else None

    def _response_item(self, resp_row, numbers: dict[str, int]) -> QTreeWidgetItem:
        resp = resp_row.response
        covers = ", ".join(str(numbers[u]) for u in resp.recommendations if u in numbers)
        head = self.tr("%1, covering recommendations %2").replace("%1", resp.responder or self.tr("Response")) \
            .replace("%2", covers)
        if resp.improvement_target:
            head += " — " + self.tr("target: %1").replace("%1", resp.improvement_target)
        by = resp.by or ""
        if resp.by_note:
            by = f"{by} ({resp.by_note})" if by else resp.by_note
        item = QTreeWidgetItem([head, by, resp.owner])
        item.setData(0, UUID_ROLE, resp_row.uuid)
        tip = [head]
        if resp.monitoring_body:
            tip.append(self.tr("Monitored by %1").replace("%1", resp.monitoring_body))
        if resp.received:
            tip.append(self.tr("Received %1").replace("%1", resp.received))
        item.setToolTip(0, "\n".join(tip))
        for a in resp.actions:
            child = QTreeWidgetItem([a.text, a.by or "", a.owner])
            child.setData(0, UUID_ROLE, resp_row.uuid)
            child.setToolTip(0, a.text)
            item.addChild(child)
        return item

    def _html(self, row, findings, framework) -> str:
        rec = row.recommendation
        lang = current()
        title = self.tr("Recommendation %1").replace("%1", str(rec.number))
        if rec.topic:
            title += f": {rec.topic}"
        parts = [f"<h3>{escape(title)}</h3>", f"<p>{escape(rec.text)}</p>"]

        def field(name: str, value: str) -> None:
            if value:
                parts.append(f"<p><b>{escape(name)}</b> {escape(value)}</p>")

        field(self.tr("Purpose:"), rec.purpose)
        field(self.tr("Addressed to:"), rec.addressee)
        field(self.tr("Status:"), rec.status_text(lang))
        field(self.tr("Next review:"), rec.next_review or "")
        if rec.carried_from:
            cf = rec.carried_from
            field(self.tr("Carried forward from:"), self.tr("recommendation %1 of “%2”").replace(
                "%1", str(cf.number)).replace("%2", cf.inspection_title))
        by_uuid = {f.uuid: f.finding for f in findings}
        if rec.findings:
            items = []
            for uuid in rec.findings:
                f = by_uuid.get(uuid)
                text = (f"{category_title(framework, f.category, lang)}: {f.text}" if f is not None
                        else self.tr("(a finding no longer in this inspection)"))
                items.append(f"<li>{escape(text)}</li>")
            heading = self.tr("Linked findings:")
            parts.append(f"<p><b>{escape(heading)}</b></p><ul>{''.join(items)}</ul>")
        field(self.tr("Linked nodes:"), "; ".join(node_names(framework, rec.nodes)))
        heading = self.tr("Progress")
        parts.append(f"<p><b>{escape(heading)}</b></p>")
        if rec.progress:
            rows = "".join(f"<li>{escape(p.at)} — {escape(p.text)}"
                           + (f" <i>({escape(p.author)})</i>" if p.author else "") + "</li>" for p in rec.progress)
            parts.append(f"<ul>{rows}</ul>")
        else:
            none_yet = self.tr("No progress recorded yet.")
            parts.append(f"<p>{escape(none_yet)}</p>")
        return "".join(parts)
