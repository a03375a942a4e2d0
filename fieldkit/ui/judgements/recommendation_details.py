"""The selected recommendation in full, beside the responses that cover it with their actions."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
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
        # A list to choose a response (Enter edits, Delete withdraws) and the chosen one in full, wrapped.
        self.responses = QListWidget()
        self.responses.setAccessibleName(self.tr("Responses to the selected recommendation"))
        self.responses.setMaximumHeight(66)
        self.response_view = QTextBrowser()
        self.response_view.setAccessibleName(self.tr("The selected response"))
        self.edit_response_button = QPushButton(self.tr("Edit response…"))
        self.edit_response_button.setAccessibleName(self.tr("Edit the selected response"))
        # No letter is left free beside the workspace tabs and this page's buttons: Enter on a response edits it.
        self.edit_response_button.setToolTip(self.tr("Edit the selected response (Enter)"))
        self.remove_response_button = QPushButton(self.tr("&Withdraw response"))
        self.remove_response_button.setAccessibleName(self.tr("Withdraw the selected response"))
        self.remove_response_button.setToolTip(self.tr("Withdraw the selected response (Delete)"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_response_button)
        buttons.addWidget(self.remove_response_button)
        buttons.addStretch(1)
        self.responses_box = QGroupBox(self.tr("Responses from the inspected body"))
        box = QVBoxLayout(self.responses_box)
        box.addWidget(self.responses)
        box.addWidget(self.response_view, 1)
        box.addLayout(buttons)
        self.none_label = QLabel(self.tr("No response covers this recommendation yet: Add response… records one."))
        self.none_label.setWordWrap(True)
        self.none_label.setStyleSheet("color: #555;")
        box.insertWidget(0, self.none_label)
        self._numbers: dict[str, int] = {}
        self._shown: list = []
        self.responses.currentRowChanged.connect(lambda _r: self._show_response())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.details)
        splitter.addWidget(self.responses_box)
        splitter.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def show_recommendation(self, row, recs, responses, findings, framework) -> None:
        """`row` (or None), with the inspection's recommendations, responses and findings to name links."""
        self.details.setHtml(self._html(row, findings, framework) if row is not None else "")
        self._numbers = {r.uuid: r.recommendation.number for r in recs}
        self._shown = [x for x in responses if row is not None and row.uuid in x.response.recommendations]
        self.responses.blockSignals(True)
        self.responses.clear()
        for resp_row in self._shown:
            item = QListWidgetItem(self._heading(resp_row.response))
            item.setData(UUID_ROLE, resp_row.uuid)
            self.responses.addItem(item)
        self.responses.blockSignals(False)
        self.responses.setCurrentRow(0 if self._shown else -1)
        self._show_response()
        self.none_label.setVisible(row is not None and not self._shown)
        self.responses.setVisible(bool(self._shown))
        self.response_view.setVisible(bool(self._shown))

    def current_response(self) -> str | None:
        item = self.responses.currentItem()
        return item.data(UUID_ROLE) if item is not None else None

    def _heading(self, resp) -> str:
        covers = [str(self._numbers[u]) for u in resp.recommendations if u in self._numbers]
        text = self.tr("%1, covering recommendations %2") if len(covers) > 1 else self.tr(
            "%1, covering recommendation %2")
        return text.replace("%1", resp.responder or self.tr("Response")).replace("%2", ", ".join(covers))

    def _show_response(self) -> None:
        uuid = self.current_response()
        resp_row = next((x for x in self._shown if x.uuid == uuid), None)
        self.response_view.setHtml(self._response_html(resp_row.response) if resp_row is not None else "")

    def _response_html(self, resp) -> str:
        parts = [f"<p><b>{escape(self._heading(resp))}</b></p>"]
        if resp.actions:
            head = "".join(f"<th align='left'>{escape(h)}</th>"
                           for h in (self.tr("Action"), self.tr("By"), self.tr("Owner")))
            rows = "".join(f"<tr><td>{escape(a.text)}</td><td>{escape(a.by or '')}</td><td>{escape(a.owner)}</td></tr>"
                           for a in resp.actions)
            parts.append(f"<table cellspacing='0' cellpadding='3' width='100%'><tr>{head}</tr>{rows}</table>")
        by = resp.by or ""
        if resp.by_note:
            by = f"{by} ({resp.by_note})" if by else resp.by_note
        for name, value in ((self.tr("Overall improvement target:"), resp.improvement_target),
                            (self.tr("By:"), by), (self.tr("Owner:"), resp.owner),
                            (self.tr("Monitoring body:"), resp.monitoring_body),
                            (self.tr("Received:"), resp.received or "")):
            if value:
                parts.append(f"<p><b>{escape(name)}</b> {escape(value)}</p>")
        return "".join(parts)

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
