"""Render the PDF outputs of the demo inspections and save pages of them as the PNGs in docs/screenshots/reports/.

    .venv/bin/python scripts/render_report_pngs.py [OUT_DIR]

Builds the demos in a temporary store the way scripts/screenshot.py does (`create_demo_inspection`, with the
store's user, Rhian Evans, as lead), renders every output through the real command line (`fieldkit report`, so
`ReportService.assemble`, the renderers and the audited save), and turns the chosen page of each PDF into a
PNG with `pdftoppm -png -r 60` (A4 at 60 dpi: 497 x 702). A page is chosen by number or by the first page
whose text (`pdftotext`) holds a phrase, so the renders follow the layout when it moves. RENDER_DPI=150 in
the environment gives larger renders for a closer look (into OUT_DIR, not the docs). The report dialog's
screenshot (report-dialog.png) is a screen of the app, not made here. Needs poppler-utils.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots" / "reports"
PASSPHRASE = "report renders passphrase 1"
RESOLUTION = int(os.environ.get("RENDER_DPI", "60"))  # dpi, as the existing renders


@dataclass(frozen=True)
class Render:
    png: str  # file name in docs/screenshots/reports/
    shape: str  # the demo: ofsted-2007 (Cafcass East Midlands) or ciw-2018 (Cafcass Cymru)
    kind: str
    profile: str = "internal"
    lang: str = "en"
    page: int = 1  # or the first page holding `find`
    find: str = ""
    items: int = 0  # for kind record: the first N court report readings of the demo


RENDERS = (
    Render("evidence-record.png", "ofsted-2007", "record", items=3),
    Render("evidence-report-contents.png", "ofsted-2007", "evidence-report", page=2),
    Render("evidence-report-first-section.png", "ofsted-2007", "evidence-report",
           find="This report sets out the evidence base"),  # "About this report" is on the contents page too
    Render("evidence-report-court-reports.png", "ofsted-2007", "evidence-report",
           find="Grades: Private law court reports"),
    Render("methodology-published-cy.png", "ciw-2018", "methodology", profile="published", lang="cy"),
    Render("questionnaire-published-cy.png", "ciw-2018", "questionnaire", profile="published", lang="cy"),
    Render("safeguarding-log.png", "ofsted-2007", "safeguarding-log"),
    Render("recommendations.png", "ofsted-2007", "recommendations"),
)


def build_demo(data_dir: Path, shape: str) -> tuple[str, list[str]]:
    """A store in `data_dir` holding the whole demo of `shape`: (inspection id, its court report readings)."""
    from fieldkit.paths import AppPaths
    from fieldkit.services.container import Services
    from fieldkit.services.demo_conclusions import create_demo_inspection
    from fieldkit.services.store import LocalStore
    from fieldkit.storage.keystore import KdfParams

    fast = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
    store = LocalStore(AppPaths.under(data_dir)).create(PASSPHRASE, display_name="Rhian Evans", params=fast)
    try:
        services = Services.over(store)
        uuid = create_demo_inspection(services, shape)
        readings = sorted((i.data.get("evidence_date") or "", i.data.get("title") or "", i.uuid)
                          for i in services.evidence.items(uuid) if i.type_code == "court_report_reading")
        return uuid, [u for _, _, u in readings]
    finally:
        store.close()


def page_text(pdf: Path, page: int) -> str:
    return subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-layout", str(pdf), "-"],
                          check=True, capture_output=True, text=True).stdout


def pick_page(pdf: Path, r: Render) -> int:
    if not r.find:
        return r.page
    pages = int(next(line.split()[-1] for line in subprocess.run(
        ["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout.splitlines()
        if line.startswith("Pages:")))
    for page in range(1, pages + 1):
        if r.find in page_text(pdf, page):
            return page
    raise SystemExit(f"{r.png}: no page of {pdf.name} holds {r.find!r}")


def main(argv: list[str]) -> int:
    from fieldkit.cli import main as fieldkit

    for tool in ("pdftoppm", "pdftotext", "pdfinfo"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} not found: install poppler-utils")
    if RESOLUTION != 60 and not argv:
        raise SystemExit("RENDER_DPI is for a closer look: give an OUT_DIR (the docs keep 60 dpi)")
    out = Path(argv[0]) if argv else OUT
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="fk-report-pngs-"))
    os.environ["FIELDKIT_PASSPHRASE"] = PASSPHRASE  # read by the CLI, as in a script
    try:
        demos = {shape: (tmp / shape, *build_demo(tmp / shape, shape)) for shape in dict.fromkeys(
            r.shape for r in RENDERS)}
        rendered: dict[tuple, Path] = {}
        for r in RENDERS:
            data_dir, uuid, readings = demos[r.shape]
            key = (r.shape, r.kind, r.profile, r.lang, r.items)
            pdf = rendered.get(key)
            if pdf is None:
                pdf = tmp / f"{len(rendered):02d}-{r.shape}-{r.kind}-{r.profile}-{r.lang}.pdf"
                args = ["--data-dir", str(data_dir), "report", "--inspection", uuid, "--kind", r.kind,
                        "--profile", r.profile, "--lang", r.lang, "--out", str(pdf)]
                if r.items:
                    args += ["--items", *readings[:r.items]]
                if fieldkit(args) != 0:
                    raise SystemExit(f"{r.png}: fieldkit report failed")
                rendered[key] = pdf
            page = pick_page(pdf, r)
            target = out / r.png
            subprocess.run(["pdftoppm", "-png", "-r", str(RESOLUTION), "-f", str(page), "-l", str(page),
                            "-singlefile", str(pdf), str(target.with_suffix(""))], check=True)
            print(f"{target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}: page {page} of "
                  f"{pdf.name}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
