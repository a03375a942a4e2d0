"""What every report shares: the cover block, the profile's notice, and turning the story into a PDF."""

from __future__ import annotations

import re

from fieldkit.reports.document import Progress, Story, build_pdf
from fieldkit.reports.model import RenderedReport, ReportContext
from fieldkit.reports.strings import format_date, t


def report_title(ctx: ReportContext, *, plural: bool = False) -> str:
    key = "kind.records" if ctx.kind == "record" and plural else f"kind.{ctx.kind}"
    return t(key, ctx.language)


def fieldwork_text(ctx: ReportContext) -> str:
    start, end = format_date(ctx.fieldwork_start, ctx.language), format_date(ctx.fieldwork_end, ctx.language)
    if start and end:
        return t("date_range", ctx.language, start=start, end=end)
    return start or end


def start(ctx: ReportContext, title: str, *, extra: list[tuple[str, str]] = (), cover_page: bool = False) -> Story:
    """A story opened with the cover block: title, inspection, body, framework, fieldwork, version."""
    story = Story(ctx)
    lang = ctx.language
    fw = ctx.framework
    lines = [
        (t("inspected_body", lang), ctx.inspected_body),
        (t("framework", lang), ctx.pick(fw.title_en, fw.title_cy)),
        (t("fieldwork", lang), fieldwork_text(ctx)),
        (t("version", lang), t(f"profile.{ctx.profile}", lang)),
        *extra,
    ]
    notes = [story.t(f"profile_note.{ctx.profile}", body=ctx.inspected_body)]
    if "cy" in fw.languages:
        notes.append(story.esc(t("also_welsh", lang)))
    story.cover(title, ctx.inspection_title, lines, notes, top=55 if cover_page else 8)
    return story


def finish(story: Story, title: str, *, progress: Progress | None = None, stem: str | None = None) -> RenderedReport:
    ctx = story.ctx
    pdf, pages = build_pdf(story, title, progress=progress)
    return RenderedReport(pdf=pdf, pages=pages, kind=ctx.kind, profile=ctx.profile, language=ctx.language,
                          suggested_name=suggested_name(ctx, stem))


def suggested_name(ctx: ReportContext, stem: str | None = None) -> str:
    base = re.sub(r"[^A-Za-z0-9]+", "-", ctx.redact(stem or ctx.inspection_title)).strip("-").lower()[:60]
    return f"{base or 'inspection'}-{ctx.kind}-{ctx.profile}-{ctx.language}.pdf"


def fill_placeholders(text: str, body: str) -> str:
    """Framework descriptors say "[the region]" where the report names the body inspected."""
    return re.sub(r"\[[^\]\n]{2,40}\]", body, text)
