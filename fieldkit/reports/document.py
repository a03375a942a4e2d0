"""The page and the story: A4 template with running header and footer, "Page X of Y", contents and PDF
outlines, numbered paragraphs, and a byte-stable build to memory.

Every report is laid out through `Story` and built by `build_pdf`. The header carries the protective
marking and the inspection's title; the footer repeats the marking and numbers the pages. `invariant=1`
keeps timestamps and random ids out of the file, so the same data gives the same bytes.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import IndexingFlowable, TableOfContents

from fieldkit.reports import fonts
from fieldkit.reports.model import ReportContext
from fieldkit.reports.strings import t
from fieldkit.reports.styles import (
    BODY_SIZE,
    BOLD,
    BOTTOM,
    FAMILY,
    FRAME_WIDTH,
    GREY,
    HEADER_FILL,
    LEFT,
    MARKING,
    NAVY,
    PAGE,
    RIGHT,
    RULE,
    TOP,
    ZEBRA,
    styles,
)

Progress = Callable[[float], None]
FRAME_HEIGHT = PAGE[1] - TOP - BOTTOM
CELL_PAD_X = 8.0  # left + right padding of a table cell
CELL_PAD_Y = 5.5  # top + bottom
LONG_VALUE = 1500  # characters: a longer value is laid out below its table, not in a cell


class Heading(Paragraph):
    """A heading that goes into the contents (level 0 or 1) and the PDF outline."""

    def __init__(self, text: str, style, level: int, key: str, plain: str):
        super().__init__(text, style)
        self.toc_level = level
        self.key = key
        self.plain = plain


class Rotated(Flowable):
    """A table header turned a quarter to read bottom to top, for matrices with many narrow columns."""

    def __init__(self, text: str, size: float = 7.8):
        super().__init__()
        self.text = text
        self.size = size

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab API)
        self.width = self.size + 2
        self.height = stringWidth(self.text, BOLD, self.size) + 2
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFont(BOLD, self.size)
        canvas.translate(self.size, 1)
        canvas.rotate(90)
        canvas.drawString(0, 0, self.text)
        canvas.restoreState()


class Story:
    """Builds the flowables of one report; paragraph numbers run through the whole document."""

    def __init__(self, ctx: ReportContext):
        fonts.register()  # before the first Paragraph: markup maps <b> to the family's faces
        self.ctx = ctx
        self.s = styles()
        self.flow: list = []
        self.paragraphs = 0
        self._keys = 0

    # -- text ------------------------------------------------------------------------------------------

    def esc(self, text: object) -> str:
        """Redacted and escaped for Paragraph markup (the caller adds any <b>/<i> around it)."""
        return escape(self.ctx.redact(str(text))).replace("\n", "<br/>")

    def t(self, key: str, **values: object) -> str:
        """A fixed string of the report, with values redacted and escaped."""
        return t(key, self.ctx.language, **{k: self.esc(v) for k, v in values.items()})

    # -- flowables -------------------------------------------------------------------------------------

    def add(self, *flowables) -> None:
        self.flow.extend(flowables)

    def heading(self, text: str, level: int, *, toc: bool = True) -> Heading | Paragraph:
        style = (self.s.h1, self.s.h2, self.s.h3)[min(level, 2)]
        markup = self.esc(text)
        if toc and level <= 1:
            self._keys += 1
            h = Heading(markup, style, level, f"h{self._keys}", self.ctx.redact(text))
        else:
            h = Paragraph(markup, style)
        self.flow.append(h)
        return h

    def para(self, markup: str, *, numbered: bool = False, style=None) -> Paragraph:
        """`markup` is already escaped (from `esc`/`t`); numbered paragraphs get the next number."""
        if numbered:
            self.paragraphs += 1
            p = Paragraph(markup, style or self.s.numbered, bulletText=f"{self.paragraphs}.")
        else:
            p = Paragraph(markup, style or self.s.body)
        self.flow.append(p)
        return p

    def text(self, text: str, **kw) -> Paragraph:
        return self.para(self.esc(text), **kw)

    def bullets(self, items: Iterable[str]) -> None:
        """`items` are markup (already escaped)."""
        for item in items:
            self.flow.append(Paragraph(item, self.s.bullet, bulletText="•"))

    def note(self, markup: str) -> None:
        self.flow.append(Paragraph(markup, self.s.note))

    def space(self, height: float = 4) -> None:
        self.flow.append(Spacer(1, height))

    def page_break(self) -> None:
        self.flow.append(PageBreak())

    def keep_room(self, height: float) -> None:
        self.flow.append(CondPageBreak(height))

    def box(self, title: str, body_markup: list[str], *, fill, rule) -> None:
        """A shaded box with a coloured left rule: good practice, recommendations (001's call-outs)."""
        cells = [[Paragraph(title, self.s.box_title)]] + [[Paragraph(m, self.s.box_body)] for m in body_markup]
        table = Table(cells, colWidths=[FRAME_WIDTH - 9 * mm], hAlign="RIGHT")
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), FAMILY, BODY_SIZE),
            ("BACKGROUND", (0, 0), (-1, -1), fill),
            ("LINEBEFORE", (0, 0), (0, -1), 2.2, rule),
            ("LEFTPADDING", (0, 0), (-1, -1), 7),
            ("RIGHTPADDING", (0, 0), (-1, -1), 7),
            ("TOPPADDING", (0, 0), (-1, 0), 5),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
            ("TOPPADDING", (0, 1), (-1, -1), 1),
        ]))
        self.flow.append(Spacer(1, 2))
        self.flow.append(KeepTogether([table]) if len(body_markup) < 8 else table)
        self.flow.append(Spacer(1, 6))

    def table(self, header: list[str], rows: list[list], widths: list[float], *, numeric: Iterable[int] = (),
              total_row: bool = False, indent: float = 0, share: float = 1.0) -> Table:
        """A ruled table with a repeating header row; cells are markup strings or flowables.

        `widths` are fractions of the available width (they are scaled to fit it exactly); `share` narrows
        the table to that part of the frame's width."""
        s = self.s
        numeric = set(numeric)
        avail = FRAME_WIDTH * share - indent
        scale = avail / sum(widths)
        col_widths = [w * scale for w in widths]

        def cell(value, col: int, bold: bool = False):
            if not isinstance(value, str):
                return value
            if col in numeric:
                return Paragraph(value, s.cell_bold_right if bold else s.cell_right)
            return Paragraph(value, s.cell_bold if bold else s.cell)

        data = [[h if not isinstance(h, str) else Paragraph(h, s.cell_bold_right if i in numeric else s.cell_bold)
                 for i, h in enumerate(header)]]
        last = len(rows) - 1
        for r, row in enumerate(rows):
            data.append([cell(v, i, bold=total_row and r == last) for i, v in enumerate(row)])
        heights = _row_heights(data, col_widths)
        # A row taller than most of a page (a very long note) may break inside itself; others never do.
        tall = max(heights, default=0) > 0.8 * FRAME_HEIGHT
        table = Table(data, colWidths=col_widths, rowHeights=None if tall else heights, repeatRows=1, splitByRow=1,
                      splitInRow=1 if tall else 0, hAlign="RIGHT" if indent else "LEFT")
        commands = [
            ("FONT", (0, 0), (-1, -1), FAMILY, 8.2),  # reportlab sets the cell font even for Paragraph cells
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, NAVY),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, NAVY),
            ("LINEBELOW", (0, -1), (-1, -1), 0.8, NAVY),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD_X / 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD_X / 2),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PAD_Y - 2.5),
        ]
        for col in sorted(numeric):
            commands.append(("ALIGN", (col, 0), (col, -1), "RIGHT"))
        commands.append(("VALIGN", (0, 0), (-1, 0), "BOTTOM"))
        if len(data) > 3:
            commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1 if not total_row else -2), ["white", ZEBRA]))
        if total_row and rows:
            commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.6, NAVY))
        table.setStyle(TableStyle(commands))
        self.flow.append(table)
        self.flow.append(Spacer(1, 7))
        return table

    def key_values(self, rows: list[tuple[str, str]], header: tuple[str, str]) -> None:
        """Label and value (plain text) in a two-column table; a value too long for a table row follows the
        table under its label, so that no row can outgrow a page."""
        short = [(k, v) for k, v in rows if len(v) <= LONG_VALUE]
        if short:
            self.table([self.esc(header[0]), self.esc(header[1])],
                       [[f"<b>{self.esc(k)}</b>", self.esc(v)] for k, v in short], [0.3, 0.7])
        for k, v in rows:
            if len(v) > LONG_VALUE:
                self.flow.append(Paragraph(f"<b>{self.esc(k)}</b>", self.s.h3))
                for part in (p for p in v.split("\n") if p.strip()):
                    self.flow.append(Paragraph(self.esc(part), self.s.body))

    def cover(self, title: str, subtitle: str, lines: list[tuple[str, str]], notes: list[str],
              top: float = 8) -> None:
        """The first page's title block: what the report is, for which inspection, and for whom."""
        s = self.s
        self.flow.append(Spacer(1, top * mm))
        self.flow.append(Paragraph(self.esc(title), s.title))
        self.flow.append(Paragraph(self.esc(subtitle), s.subtitle))
        rows = [[Paragraph(self.esc(label), s.meta_label), Paragraph(self.esc(value), s.body)]
                for label, value in lines if value]
        if rows:
            table = Table(rows, colWidths=[42 * mm, FRAME_WIDTH - 42 * mm], hAlign="LEFT")
            table.setStyle(TableStyle([
                ("FONT", (0, 0), (-1, -1), FAMILY, BODY_SIZE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("LINEABOVE", (0, 0), (-1, 0), 0.6, RULE),
                ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
                ("TOPPADDING", (0, 0), (-1, 0), 5),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 5),
            ]))
            self.flow.append(table)
        self.flow.append(Spacer(1, 5 * mm))
        for markup in notes:
            self.flow.append(Paragraph(markup, s.note))

    def contents(self) -> None:
        toc = TableOfContents(tableStyle=TableStyle([
            ("FONT", (0, 0), (-1, -1), FAMILY, BODY_SIZE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]))
        toc.levelStyles = [self.s.toc1, self.s.toc2]
        toc.dotsMinLevel = 0
        self.flow.append(Spacer(1, 6 * mm))
        self.flow.append(Paragraph(self.esc(t("contents", self.ctx.language)), self.s.h2))
        self.flow.append(toc)


def _row_heights(data: list[list], widths: list[float]) -> list[float]:
    """Each row's height, measured once here: without them reportlab re-wraps every remaining cell each
    time a long table breaks across a page (quadratic in the rows), in each of the build's passes."""
    heights = []
    for row in data:
        tallest = 0.0
        for cell, width in zip(row, widths, strict=True):
            if isinstance(cell, Flowable):
                tallest = max(tallest, cell.wrap(width - CELL_PAD_X, 1e6)[1])
        heights.append(tallest + CELL_PAD_Y)
    return heights


# -------------------------------------------------------------------------------------------- page furniture


class PageTotal(IndexingFlowable):
    """Counts the pages of each pass; multiBuild runs again until the count the footers used is the real one.

    (The usual "NumberedCanvas" defers every page to the end, which points all PDF bookmarks at page 1.)"""

    def __init__(self):
        super().__init__()
        self.known: int | None = None
        self.counted = 0

    def beforeBuild(self) -> None:  # noqa: N802 (reportlab API)
        self.counted = 0

    def afterBuild(self) -> None:  # noqa: N802 (reportlab API)
        self._satisfied = self.known == self.counted
        self.known = self.counted

    def isSatisfied(self) -> bool:  # noqa: N802 (reportlab API)
        return self._satisfied

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab API)
        return 0, 0

    def draw(self) -> None:
        pass


def _furniture(canvas: Canvas, page: int, total: int | None, header_left: str, header_right: str,
               marking: str, page_label: Callable[[int, str], str]) -> None:
    width, height = PAGE
    canvas.saveState()
    if marking:
        canvas.setFillColor(MARKING)
        canvas.setFont(BOLD, 9.5)
        canvas.drawCentredString(width / 2, height - 11 * mm, marking)
        canvas.drawCentredString(width / 2, 8 * mm, marking)
    canvas.setFillColor(GREY)
    canvas.setFont(FAMILY, 7.6)
    canvas.drawString(LEFT, height - 17 * mm, _fit(canvas, header_left, width * 0.62 - LEFT, 7.6))
    canvas.drawRightString(width - RIGHT, height - 17 * mm, _fit(canvas, header_right, width * 0.38 - RIGHT - 4 * mm,
                                                                  7.6))
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(LEFT, height - 18.8 * mm, width - RIGHT, height - 18.8 * mm)
    canvas.line(LEFT, 14.5 * mm, width - RIGHT, 14.5 * mm)
    canvas.drawRightString(width - RIGHT, 8 * mm, page_label(page, str(total) if total else "?"))
    canvas.restoreState()


def _fit(canvas: Canvas, text: str, width: float, size: float) -> str:
    """Shorten a header text with an ellipsis so that it never runs into the other side."""
    if canvas.stringWidth(text, FAMILY, size) <= width:
        return text
    while text and canvas.stringWidth(text + "…", FAMILY, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class _Doc(BaseDocTemplate):
    def __init__(self, buffer, ctx: ReportContext, title: str, progress: Progress | None):
        super().__init__(
            buffer, pagesize=PAGE, leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP, bottomMargin=BOTTOM,
            title=ctx.redact(title), author=ctx.pdf_author or ctx.framework.publisher_en,
            subject=ctx.redact(ctx.inspection_title), creator="FieldKit", producer="FieldKit (reportlab)",
            lang="cy-GB" if ctx.language == "cy" else "en-GB", displayDocTitle=1, invariant=1,
            initialFontName=FAMILY, initialFontSize=9.5, initialLeading=13,
        )
        self.total = PageTotal()
        language = ctx.language
        header_left, header_right, marking = ctx.redact(ctx.inspection_title), ctx.redact(title), ctx.marking

        def on_page(canvas: Canvas, doc: _Doc) -> None:
            doc.total.counted = doc.page
            _furniture(canvas, doc.page, doc.total.known, header_left, header_right, marking,
                       lambda x, y: t("page", language, x=x, y=y))

        frame = Frame(LEFT, BOTTOM, FRAME_WIDTH, PAGE[1] - TOP - BOTTOM, id="body", leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
        self._outline_levels: list[int] = []
        self._report_progress = progress
        self._pass = 1
        self._size = 1
        self._reported = 0.0
        if progress is not None:
            self.setProgressCallBack(self._on_progress)

    # Two passes at least: the first counts the pages (and fills the contents), the second prints them.
    EXPECTED_PASSES = 2

    def _on_progress(self, kind: str, value: int) -> None:
        if kind == "PASS":
            self._pass = value
        elif kind == "SIZE_EST":
            self._size = max(value, 1)
        elif kind == "PROGRESS" and self._report_progress is not None:
            # Split tables put pieces back on the story, so the raw count can step back: never report less.
            done = min(self._pass, self.EXPECTED_PASSES) - 1 + min(value / self._size, 1.0)
            fraction = min(done / self.EXPECTED_PASSES, 0.99)
            if fraction > self._reported:
                self._reported = fraction
                self._report_progress(fraction)

    def afterFlowable(self, flowable) -> None:  # noqa: N802 (reportlab API)
        if isinstance(flowable, Heading):
            self.notify("TOCEntry", (flowable.toc_level, flowable.plain, self.page, flowable.key))
            self.canv.bookmarkPage(flowable.key)
            # An outline may not skip a level: a sub-heading before any heading goes in at the top.
            level = min(flowable.toc_level, (self._outline_levels[-1] + 1) if self._outline_levels else 0)
            self.canv.addOutlineEntry(flowable.plain, flowable.key, level=level, closed=level > 0)
            self._outline_levels.append(level)

    def handle_documentBegin(self) -> None:  # noqa: N802 (reportlab API)
        self._outline_levels = []
        super().handle_documentBegin()


def build_pdf(story: Story, title: str, *, progress: Progress | None = None) -> tuple[bytes, int]:
    """Lay out the story into a PDF in memory; returns (bytes, page count)."""
    fonts.register()
    buffer = io.BytesIO()
    doc = _Doc(buffer, story.ctx, title, progress)
    flow = [doc.total, *(story.flow or [Spacer(1, 1)])]
    doc.multiBuild(flow)
    if progress is not None:
        progress(1.0)
    return buffer.getvalue(), doc.page
