"""The evidence report of a 2,000-item inspection, against a bare reportlab script laying out the same
paragraphs, tables and charts, measured in the same run (interleaved).

    .venv/bin/python -m bench.reports [--items 2000] [--runs 3] [--no-accel]

The inspection (bench/report_data.py) is built through the real services in an encrypted store. Both
sides start from the same assembled report data: the app's side is `ReportService.render_data` (our
renderers: redaction, profile rules, placement, the page furniture); the baseline builds the same
flowables straight from that data with plain reportlab (the same fonts, styles, headings with contents,
paragraphs, Paragraph-celled tables with repeated headers, one Drawing per chart, page numbers) and no
FieldKit code. Reading the records (`assemble`) is timed apart. Both sides run in one process, so both use
reportlab's C helpers from rl_accel (a dependency) or, with --no-accel, neither; the notes say which. Prints
a table and JSON; writes bench/results/reports.json.
"""

from __future__ import annotations

import argparse
import io
import json
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

from bench.stats import Result, Summary

RESULTS = Path(__file__).resolve().parent / "results"
TARGET_RATIO = 1.5
PASSPHRASE = "benchmark passphrase, long enough to pass"


def accel() -> str:
    """Whether reportlab's text widths and number formatting run in C (`rl_accel`) in this process. Both
    sides run in the same process and the same reportlab, so both get it or neither does."""
    from importlib.metadata import PackageNotFoundError, version

    from reportlab.lib import rl_accel

    in_c = sorted(name for name in ("instanceStringWidthTTF", "fp_str", "escapePDF")
                  if getattr(getattr(rl_accel, name), "__module__", "") == "_rl_accel")
    try:
        dist = f"rl_accel {version('rl_accel')}"
    except PackageNotFoundError:
        dist = "rl_accel not installed"
    return f"{dist}; in C for both sides: {', '.join(in_c) or 'nothing (pure Python)'}"


def build_store(root: Path, items: int):
    from bench.report_data import add_bulk_evidence
    from fieldkit.paths import AppPaths
    from fieldkit.services.container import Services
    from fieldkit.services.store import LocalStore
    from fieldkit.storage.keystore import KdfParams

    store = LocalStore(AppPaths.under(root / "data")).create(
        PASSPHRASE, display_name="Bench Lead", params=KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1))
    services = Services.over(store)
    insp = services.inspections.create(title="Inspection of Cafcass East Midlands (benchmark)",
                                       inspected_body="Cafcass East Midlands", framework_id="ofsted-hmica-2007",
                                       fieldwork_start="2007-06-11", fieldwork_end="2007-07-13")
    add_bulk_evidence(services, insp, items)
    return store, services, insp


# ------------------------------------------------------------------------------------- the bare script


def bare_render(data) -> tuple[bytes, int]:
    """The same report laid out with plain reportlab, straight from the data (no FieldKit rendering code)."""
    from reportlab.graphics.shapes import Drawing, Rect, String
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.platypus.tableofcontents import TableOfContents

    from fieldkit.domain.evidence import evidence_type

    font, bold = "DejaVuSans", "DejaVuSans-Bold"  # registered by the app's first render in this process
    body = ParagraphStyle("b", fontName=font, fontSize=9.5, leading=13.2, spaceAfter=5)
    numbered = ParagraphStyle("n", parent=body, leftIndent=9 * mm, bulletFontName=font)
    cell = ParagraphStyle("c", fontName=font, fontSize=8.2, leading=10.4)
    head = [ParagraphStyle(f"h{i}", fontName=bold, fontSize=s, leading=s * 1.3, spaceBefore=10, spaceAfter=5,
                           keepWithNext=1) for i, s in enumerate((15, 12, 10.2))]
    ctx = data.context
    fw = ctx.framework
    width = A4[0] - 44 * mm
    story: list = [Paragraph("Inspection evidence report", head[0]), Paragraph(escape(ctx.inspection_title), body),
                   PageBreak()]
    toc = TableOfContents()
    toc.levelStyles = [ParagraphStyle("t1", fontName=bold, fontSize=10, leading=15),
                       ParagraphStyle("t2", fontName=font, fontSize=9.2, leading=12.5, leftIndent=8 * mm)]
    story += [toc, PageBreak()]
    grid = TableStyle([("FONT", (0, 0), (-1, -1), font, 8.2), ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.navy),
                       ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ROWBACKGROUNDS", (0, 1), (-1, -1),
                                                              ["white", colors.HexColor("#F4F6FA")])])
    number = [0]

    def para(text: str) -> None:
        number[0] += 1
        story.append(Paragraph(text, numbered, bulletText=f"{number[0]}."))

    entries = {e.uuid: e for e in data.entries}
    tagged: dict[str, list] = {}
    informing: dict[str, list[str]] = {}
    for c in fw.checklists:
        for code in c.informs:
            informing.setdefault(c.code, []).append(code)
    for e in data.entries:
        codes = list(e.data.get("criteria") or ())
        for code, grades in (e.data.get("checklist") or {}).items():
            if grades:
                codes += informing.get(code, [])
        for code in dict.fromkeys(codes):
            tagged.setdefault(code, []).append(e)
    findings_at: dict[str, list] = {}
    for _uuid, f in data.findings:
        if f.nodes:
            findings_at.setdefault(f.nodes[0], []).append(f)

    def walk(nodes, depth):
        for node in nodes:
            if depth == 0:
                story.append(PageBreak())
            title = f"{node.code} {node.title_en}"
            h = Paragraph(escape(title), head[min(depth, 2)])
            h.toc = (depth, title) if depth < 2 else None
            story.append(h)
            if node.descriptor_en:
                para(escape(node.descriptor_en.replace("\n", " ")))
            for f in findings_at.get(node.code, []):
                para(f"<b>{f.category}.</b> {escape(f.text)}")
            support = data.support.get(node.code)
            if support is not None:
                for c in fw.checklists:
                    if node.code not in c.informs:
                        continue
                    dists = [d for d in support.distributions if d.checklist == c.code]
                    if not dists:
                        continue
                    levels = [lv.label_en for lv in dists[0].levels]
                    rows = [[Paragraph(x, cell) for x in ["Checklist item", *levels, "Total"]]]
                    rows += [[Paragraph(escape(d.title_en), cell), *[Paragraph(str(lv.count), cell) for lv in d.levels],
                              Paragraph(str(d.rated), cell)] for d in dists]
                    story.append(Table(rows, colWidths=[width * 0.46] + [width * 0.54 / (len(levels) + 1)]
                                       * (len(levels) + 1), repeatRows=1, style=grid))
                    drawing = Drawing(width, 20 * len(dists) + 30, initialFontName=font)
                    for i, d in enumerate(dists):
                        y = 20 * (len(dists) - i) + 10
                        drawing.add(String(200, y + 2, d.title_en[:40], fontName=font, fontSize=7.4, textAnchor="end"))
                        x, total = 205.0, max(d.rated, 1)
                        for lv in d.levels:
                            w = (width - 210) * lv.count / total
                            drawing.add(Rect(x, y, w, 11, fillColor=colors.steelblue, strokeColor=colors.white))
                            x += w
                    story.append(drawing)
            judged = data.judgements.get(node.code)
            if judged is not None:
                para(f"<b>Judgement: {escape(judged.grade_text)}.</b> {escape(judged.judgement.rationale)}")
            here = tagged.get(node.code, [])
            if here:
                rows = [[Paragraph(x, cell) for x in ("Ref.", "Method", "Date", "Site", "Summary")]]
                for e in here:
                    summary = str(e.data.get("summary") or "")[:420]
                    rows.append([Paragraph(e.ref, cell), Paragraph(evidence_type(e.type_code).label_en, cell),
                                 Paragraph(str(e.data.get("evidence_date") or ""), cell),
                                 Paragraph(escape(data.lookups.sites.get(str(e.data.get("site")), "")), cell),
                                 Paragraph(f"<b>{escape(str(e.data.get('title') or ''))}</b> {escape(summary)}",
                                           cell)])
                story.append(Table(rows, colWidths=[33, 72, 66, 74, width - 245], repeatRows=1, style=grid))
                story.append(Spacer(1, 7))
            walk(node.children, depth + 1)

    walk(fw.nodes, 0)
    del entries

    class Doc(BaseDocTemplate):
        def afterFlowable(self, flowable):  # noqa: N802 (reportlab API)
            entry = getattr(flowable, "toc", None)
            if entry:
                key = f"k{id(flowable)}"
                self.canv.bookmarkPage(key)
                self.notify("TOCEntry", (entry[0], entry[1], self.page, key))

    def furniture(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 7.6)
        canvas.drawString(22 * mm, A4[1] - 17 * mm, ctx.inspection_title)
        canvas.drawRightString(A4[0] - 22 * mm, 8 * mm, f"Page {doc.page}")
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = Doc(buffer, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=26 * mm, bottomMargin=22 * mm,
              invariant=1, initialFontName=font)
    doc.addPageTemplates([PageTemplate("p", [Frame(22 * mm, 22 * mm, width, A4[1] - 48 * mm, id="f", leftPadding=0,
                                                   rightPadding=0, topPadding=0, bottomPadding=0)], onPage=furniture)])
    doc.multiBuild(story)
    return buffer.getvalue(), doc.page


# -------------------------------------------------------------------------------------------- measuring


def run(items: int, runs: int, tmp_root: Path | None = None) -> tuple[Result, dict]:
    result = Result(f"evidence report, {items} items", "s", target_on="ratio", target=TARGET_RATIO,
                    baseline_label="bare reportlab script, same paragraphs/tables/charts/contents from the same data")
    root = Path(tempfile.mkdtemp(prefix="fk-reports-", dir=tmp_root))
    store = None
    try:
        t0 = time.perf_counter()
        store, services, insp = build_store(root, items)
        build_s = time.perf_counter() - t0
        assemble: list[float] = []
        for _ in range(runs):
            t0 = time.perf_counter()
            data = services.reports.assemble(insp, "evidence-report", profile="internal")
            assemble.append(time.perf_counter() - t0)
        app_pdf = services.reports.render_data(data)  # warm-up (fonts, imports) for both sides
        bare_pdf, bare_pages = bare_render(data)
        app, bare = [], []
        for _ in range(runs):  # interleaved: the machine is shared and noisy
            t0 = time.perf_counter()
            app_pdf = services.reports.render_data(data)
            app.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            bare_pdf, bare_pages = bare_render(data)
            bare.append(time.perf_counter() - t0)
        result.measured = Summary.of(app)
        result.baseline = Summary.of(bare)
        result.ratio = statistics.median(app) / statistics.median(bare)
        result.ratio_note = "median render_data / median bare script"
        result.notes += [
            f"{items} items; our PDF {app_pdf.pages} pages {len(app_pdf.pdf) / 1e6:.2f} MB, "
            f"bare {bare_pages} pages {len(bare_pdf) / 1e6:.2f} MB",
            f"reading the records (assemble): median {statistics.median(assemble):.2f} s; end to end "
            f"(assemble + render) {statistics.median(assemble) + statistics.median(app):.2f} s",
            f"building the store: {build_s:.1f} s",
            accel(),
        ]
        detail = {"items": items, "runs": runs, "app_s": app, "bare_s": bare, "assemble_s": assemble,
                  "app_pages": app_pdf.pages, "bare_pages": bare_pages, "build_s": build_s,
                  "accel": accel()}
        return result, detail
    except Exception as exc:  # reported, never fatal
        result.error = f"{exc.__class__.__name__}: {exc}"
        return result, {}
    finally:
        if store is not None:
            store.close()
        shutil.rmtree(root, ignore_errors=True)


def measure(runs: int, tmp_root: Path, items: int = 2000) -> Result:
    return run(items, runs, tmp_root)[0]


def main(argv: list[str] | None = None) -> int:
    from bench.__main__ import table

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-accel", action="store_true",
                        help="both sides without rl_accel (reportlab's pure-Python fallbacks), to see what it does")
    args = parser.parse_args(argv)
    if args.no_accel:
        import sys

        if "reportlab.lib.rl_accel" in sys.modules:
            raise SystemExit("--no-accel: reportlab is already loaded")
        sys.modules["_rl_accel"] = None  # reportlab.lib.rl_accel falls back to its Python functions
    result, detail = run(args.items, args.runs)
    print(table([result]))
    doc = {"result": result.to_json(), "detail": detail}
    print(json.dumps(doc, indent=2))
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "reports.json").write_text(json.dumps(doc, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
