"""Grade distributions as horizontal 100% stacked bars (001 Annex D), drawn with reportlab.graphics.

One bar per checklist item: the share of readings at each level, the count printed in each segment wide
enough to hold it, the item's title wrapped on the left and a legend of the scale's levels underneath.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from fieldkit.domain.decision_support import Distribution
from fieldkit.reports.styles import BINARY_COLOURS, FAMILY, GRADE_COLOURS, GREY, INK, NA_COLOUR, RULE

LABEL_SIZE = 7.4
LABEL_WIDTH = 205.0
BAR = 11.0
ROW_GAP = 7.0
LEGEND = 26.0
AXIS = 14.0


def level_colours(labels: Sequence[tuple[str, bool]]) -> list[str]:
    """A colour per level, best first; N/A levels grey. `labels` are (label, not_applicable)."""
    rated = [label for label, na in labels if not na]
    palette = BINARY_COLOURS if len(rated) == 2 else GRADE_COLOURS
    out, i = [], 0
    for _label, na in labels:
        if na:
            out.append(NA_COLOUR)
        else:
            out.append(palette[min(i, len(palette) - 1)])
            i += 1
    return out


def _text_colour(hex_colour: str):
    c = colors.HexColor(hex_colour)
    luminance = 0.299 * c.red + 0.587 * c.green + 0.114 * c.blue
    return colors.white if luminance < 0.55 else INK


def _wrap(text: str, width: float, lines: int = 3) -> list[str]:
    chars = max(12, int(width / (LABEL_SIZE * 0.56)))
    wrapped = textwrap.wrap(text, chars) or [""]
    if len(wrapped) > lines:
        wrapped = wrapped[:lines]
        wrapped[-1] = wrapped[-1].rstrip(" ,.;") + "…"
    while wrapped and stringWidth(max(wrapped, key=len), FAMILY, LABEL_SIZE) > width and chars > 12:
        chars -= 2
        wrapped = textwrap.wrap(text, chars)[:lines]
    return wrapped


def distribution_chart(rows: Sequence[Distribution], titles: Sequence[str], level_labels: Sequence[str],
                       width: float) -> Drawing:
    """`rows` share one scale; `titles` are the bar labels and `level_labels` the scale's, one per level (already
    in the report's language and redacted). N/A levels are left out of the shares."""
    rated = [i for i, lv in enumerate(rows[0].levels) if not lv.not_applicable]  # shares of rated items only
    level_labels = [level_labels[i] for i in rated]
    fills = level_colours([(label, False) for label in level_labels])
    wrapped = [_wrap(title, LABEL_WIDTH - 8) for title in titles]
    heights = [max(BAR, len(w) * (LABEL_SIZE + 1.6)) for w in wrapped]
    plot_h = sum(heights) + ROW_GAP * len(rows)
    height = plot_h + AXIS + LEGEND
    drawing = Drawing(width, height, initialFontName=FAMILY, initialFontSize=LABEL_SIZE)
    x0 = LABEL_WIDTH
    plot_w = width - x0 - 6
    top = height
    # Gridlines and the percentage axis.
    for i in range(5):
        x = x0 + plot_w * i / 4
        drawing.add(Line(x, LEGEND + AXIS, x, top, strokeColor=RULE, strokeWidth=0.3))
        drawing.add(String(x, LEGEND + AXIS - 9, f"{25 * i}%", fontName=FAMILY, fontSize=6.6, fillColor=GREY,
                           textAnchor="middle"))
    y = top
    for dist, lines, h in zip(rows, wrapped, heights, strict=True):
        y -= ROW_GAP / 2 + h
        bar_y = y + (h - BAR) / 2
        for j, line in enumerate(lines):
            ty = y + h - (j + 1) * (LABEL_SIZE + 1.6) + 1.5 + (h - len(lines) * (LABEL_SIZE + 1.6)) / 2
            drawing.add(String(x0 - 6, ty, line, fontName=FAMILY, fontSize=LABEL_SIZE, fillColor=INK,
                               textAnchor="end"))
        levels = [dist.levels[i] for i in rated]
        total = sum(lv.count for lv in levels)
        x = x0
        for lv, fill in zip(levels, fills, strict=True):
            if not total or not lv.count:
                continue
            w = plot_w * lv.count / total
            drawing.add(Rect(x, bar_y, w, BAR, fillColor=colors.HexColor(fill), strokeColor=colors.white,
                             strokeWidth=0.4))
            label = str(lv.count)
            if w >= stringWidth(label, FAMILY, 6.8) + 3:
                drawing.add(String(x + w / 2, bar_y + 3.1, label, fontName=FAMILY, fontSize=6.8,
                                   fillColor=_text_colour(fill), textAnchor="middle"))
            x += w
        if not total:
            drawing.add(String(x0 + 2, bar_y + 3, "–", fontName=FAMILY, fontSize=7, fillColor=GREY))
        y -= ROW_GAP / 2
    # Legend: a swatch and the level's label, in scale order.
    lx = x0
    for label, fill in zip(level_labels, fills, strict=True):
        drawing.add(Rect(lx, 6, 8, 8, fillColor=colors.HexColor(fill), strokeColor=None))
        drawing.add(String(lx + 11, 7.2, label, fontName=FAMILY, fontSize=7.2, fillColor=INK))
        lx += 11 + stringWidth(label, FAMILY, 7.2) + 14
    return drawing
