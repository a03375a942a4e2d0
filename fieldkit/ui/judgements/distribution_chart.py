"""A horizontal bar chart of one grade distribution, painted directly (no chart library at start-up).

The same counts are in the table beside it; the chart's accessible description reads them out too, so a
screen reader gets the numbers and not just "chart".
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from fieldkit.ui.language import pick

# Colour-blind-safe sequence from best to worst (Okabe–Ito), grey for N/A.
_COLOURS = ("#009E73", "#56B4E9", "#E69F00", "#D55E00", "#CC79A7", "#0072B2")
_NA = "#9E9E9E"


class DistributionChart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._levels: list[tuple[str, int, bool]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Grade distribution chart"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_distribution(self, dist) -> None:
        self._levels = [(pick(lv.label_en, lv.label_cy), lv.count, lv.not_applicable) for lv in dist.levels] \
            if dist is not None else []
        self.setAccessibleDescription(", ".join(f"{label}: {count}" for label, count, _ in self._levels))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(320, 12 + 24 * max(1, len(self._levels)))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self.sizeHint()

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt override)
        if not self._levels:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = p.fontMetrics()
        label_w = max(fm.horizontalAdvance(label) for label, _, _ in self._levels) + 12
        count_w = fm.horizontalAdvance("0000") + 8
        top, row_h = 6, 24
        bar_w = max(10, self.width() - label_w - count_w - 8)
        biggest = max(1, max(count for _, count, _ in self._levels))
        text = self.palette().color(QPalette.ColorRole.WindowText)
        for i, (label, count, na) in enumerate(self._levels):
            y = top + i * row_h
            p.setPen(text)
            right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            p.drawText(QRectF(0, y, label_w - 8, row_h - 4), right, label)
            width = bar_w * count / biggest
            p.fillRect(QRectF(label_w, y + 3, width, row_h - 10), QColor(_NA if na else _COLOURS[i % len(_COLOURS)]))
            p.drawText(QRectF(label_w + width + 6, y, count_w, row_h - 4), Qt.AlignmentFlag.AlignVCenter, str(count))
        p.end()
