"""One typographic scale for every report: A4, DejaVu Sans, navy headings, numbered body paragraphs."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from fieldkit.reports.fonts import BOLD, FAMILY, ITALIC

PAGE = A4
LEFT = RIGHT = 22 * mm
TOP = 26 * mm
BOTTOM = 22 * mm
FRAME_WIDTH = PAGE[0] - LEFT - RIGHT

NAVY = colors.HexColor("#1F3864")
INK = colors.HexColor("#1A1A1A")
GREY = colors.HexColor("#5A5A5A")
RULE = colors.HexColor("#9AA5B8")
HEADER_FILL = colors.HexColor("#DCE3EE")
ZEBRA = colors.HexColor("#F4F6FA")
GOOD_PRACTICE_FILL = colors.HexColor("#EAF3E6")
GOOD_PRACTICE_RULE = colors.HexColor("#4E8A3E")
RECOMMENDATION_FILL = colors.HexColor("#EEF1F7")
MARKING = colors.HexColor("#8B0000")

# Grade colours, best level first (ColorBrewer RdYlBu, distinguishable in greyscale and by most colour-blind
# readers); N/A is grey. Binary scales use the two ends.
GRADE_COLOURS = ("#2C7BB6", "#ABD9E9", "#FDAE61", "#D7191C", "#7B3294", "#008837")
BINARY_COLOURS = ("#2C7BB6", "#D7191C")
NA_COLOUR = "#BDBDBD"

BODY_SIZE = 9.5
BODY_LEADING = 13.2
NUMBER_GUTTER = 9 * mm


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    numbered: ParagraphStyle
    bullet: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_bold_right: ParagraphStyle
    box_title: ParagraphStyle
    box_body: ParagraphStyle
    quote: ParagraphStyle
    marking: ParagraphStyle
    toc1: ParagraphStyle
    toc2: ParagraphStyle
    meta_label: ParagraphStyle


@lru_cache(maxsize=1)
def styles() -> Styles:
    def style(name: str, **kw) -> ParagraphStyle:
        base = {"fontName": FAMILY, "bulletFontName": FAMILY, "fontSize": BODY_SIZE, "leading": BODY_LEADING,
                "textColor": INK, "alignment": TA_LEFT}
        base.update(kw)
        return ParagraphStyle(name, **base)

    return Styles(
        title=style("Title", fontName=BOLD, fontSize=22, leading=27, textColor=NAVY, spaceAfter=6),
        subtitle=style("Subtitle", fontSize=13, leading=17, textColor=NAVY, spaceAfter=14),
        h1=style("H1", fontName=BOLD, fontSize=15, leading=19, textColor=NAVY, spaceBefore=14, spaceAfter=7,
                 keepWithNext=1),
        h2=style("H2", fontName=BOLD, fontSize=12, leading=15.5, textColor=NAVY, spaceBefore=11, spaceAfter=5,
                 keepWithNext=1),
        h3=style("H3", fontName=BOLD, fontSize=10.2, leading=13.5, textColor=NAVY, spaceBefore=8, spaceAfter=3,
                 keepWithNext=1),
        body=style("Body", spaceAfter=5),
        numbered=style("Numbered", leftIndent=NUMBER_GUTTER, bulletIndent=0, spaceAfter=5, bulletFontName=FAMILY,
                       bulletFontSize=BODY_SIZE),
        bullet=style("Bullet", leftIndent=NUMBER_GUTTER + 4 * mm, bulletIndent=NUMBER_GUTTER, spaceAfter=2.5),
        small=style("Small", fontSize=8, leading=10.5, textColor=GREY),
        note=style("Note", fontName=ITALIC, fontSize=8.6, leading=11.5, textColor=GREY, spaceAfter=6),
        cell=style("Cell", fontSize=8.2, leading=10.4),
        cell_bold=style("CellBold", fontName=BOLD, fontSize=8.2, leading=10.4),
        cell_right=style("CellRight", fontSize=8.2, leading=10.4, alignment=2),
        cell_bold_right=style("CellBoldRight", fontName=BOLD, fontSize=8.2, leading=10.4, alignment=2),
        box_title=style("BoxTitle", fontName=BOLD, fontSize=BODY_SIZE, leading=BODY_LEADING, textColor=NAVY,
                        spaceAfter=2),
        box_body=style("BoxBody", spaceAfter=0),
        quote=style("Quote", fontName=ITALIC, leftIndent=NUMBER_GUTTER + 4 * mm, rightIndent=6 * mm, spaceAfter=1),
        marking=style("Marking", fontName=BOLD, fontSize=10, leading=12, textColor=MARKING, alignment=TA_CENTER),
        toc1=style("TOC1", fontName=BOLD, fontSize=10, leading=15, leftIndent=0, textColor=NAVY),
        toc2=style("TOC2", fontSize=9.2, leading=12.5, leftIndent=8 * mm),
        meta_label=style("MetaLabel", fontName=BOLD, fontSize=9, leading=12.5, textColor=GREY),
    )
