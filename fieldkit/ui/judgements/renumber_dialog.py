"""Renumber recommendations: every one listed with a box for its new number, applied in one audited step.

Numbers are what the report, the response and the progress table refer to, so they never move by
themselves; this dialog is the only way to move them, and says so.
"""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSpinBox, QWidget

from fieldkit.domain.recommendations import duplicate_numbers
from fieldkit.ui.judgements.form_dialog import FormDialog


class RenumberDialog(FormDialog):
    """`recs`: RecommendationRows in number order."""

    def __init__(self, recs, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Renumber recommendations"))
        self.save_button.setText(self.tr("Re&number"))
        self.explanation = self.note(self.tr(
            "Renumbering is recorded in the audit trail under your name. Responses, progress and links stay with "
            "each recommendation; only the numbers the report shows change. Each number may be used once."),
            plain=True)
        self.spins: dict[str, QSpinBox] = {}
        self._old: dict[str, int] = {}
        inner = QWidget()
        rows = QFormLayout(inner)
        biggest = max((r.recommendation.number for r in recs), default=0)
        for r in recs:
            rec = r.recommendation
            spin = QSpinBox()
            spin.setRange(1, max(999, biggest + len(recs)))
            spin.setValue(rec.number)
            spin.setMaximumWidth(90)
            spin.setAccessibleName(self.tr("New number for recommendation %1: %2").replace(
                "%1", str(rec.number)).replace("%2", rec.topic or rec.text))
            summary = rec.topic or rec.text
            label = QLabel(self.tr("No. %1 — %2").replace("%1", str(rec.number)).replace(
                "%2", summary if len(summary) <= 70 else summary[:69] + "…"))
            label.setToolTip(rec.text)
            label.setBuddy(spin)
            rows.addRow(label, spin)
            self.spins[r.uuid] = spin
            self._old[r.uuid] = rec.number
            spin.valueChanged.connect(lambda _v: self._check())
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setMinimumHeight(min(420, 40 + 34 * len(recs)))
        self.form.addRow(scroll)
        self.sequence_button = QPushButton(self.tr("Number &1, 2, 3… in the order shown"))
        self.sequence_button.setAccessibleName(self.tr("Number the recommendations from 1 in the order shown"))
        self.sequence_button.clicked.connect(self.number_in_order)
        sequence_row = QHBoxLayout()
        sequence_row.addWidget(self.sequence_button)
        sequence_row.addStretch(1)
        self.form.addRow(sequence_row)
        self.clash = QLabel()
        self.clash.setWordWrap(True)
        self.clash.setStyleSheet("color: #b71c1c;")
        self.form.addRow(self.clash)
        self.resize(640, 560)
        self._check()

    def set_number(self, uuid: str, number: int) -> None:
        self.spins[uuid].setValue(number)

    def number_in_order(self) -> None:
        for n, spin in enumerate(self.spins.values(), start=1):
            spin.setValue(n)

    def numbers(self) -> dict[str, int]:
        return {uuid: spin.value() for uuid, spin in self.spins.items()}

    def changed(self) -> dict[str, int]:
        return {uuid: n for uuid, n in self.numbers().items() if self._old[uuid] != n}

    def _check(self) -> None:
        clash = duplicate_numbers(SimpleNamespace(number=n) for n in self.numbers().values())
        self.clash.setText(self.tr("Used more than once: %1").replace("%1", ", ".join(map(str, clash)))
                           if clash else "")
        self.clash.setVisible(bool(clash))
