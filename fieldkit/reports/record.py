"""Output 1: evidence records, one item or a selection, every field with its label, checklist grades as a
table and the quotations (only those cleared for publication outside the team)."""

from __future__ import annotations

from reportlab.lib.units import mm

from fieldkit.reports.common import finish, report_title, start
from fieldkit.reports.document import Progress, Story
from fieldkit.reports.fields import FieldFormatter
from fieldkit.reports.model import EvidenceEntry, RecordReport, RenderedReport
from fieldkit.reports.strings import format_date, t


def render_record(report: RecordReport, *, progress: Progress | None = None) -> RenderedReport:
    ctx = report.context
    lang = ctx.language
    title = report_title(ctx, plural=len(report.entries) != 1)
    story = start(ctx, title, extra=[(t("evidence_items", lang), str(len(report.entries)))])
    fmt = FieldFormatter(ctx, report.lookups)
    if not report.entries:
        story.text(t("no_items", lang))
    for i, entry in enumerate(report.entries):
        if i:
            story.keep_room(70 * mm)
        entry_block(story, fmt, entry)
    stem = None
    if len(report.entries) == 1:
        stem = f"{ctx.inspection_title}-{report.entries[0].ref}"
    return finish(story, title, progress=progress, stem=stem)


def entry_block(story: Story, fmt: FieldFormatter, entry: EvidenceEntry) -> None:
    ctx = story.ctx
    lang = ctx.language
    heading = f"{entry.ref} · {fmt.type_label(entry.type_code)}"
    if fmt.title(entry):
        heading += f": {fmt.title(entry)}"
    story.heading(heading, 0)
    meta = [f"<b>{story.esc(t('recorded_by', lang))}:</b> {story.esc(entry.author)}"]
    when = format_date(str(entry.data.get("evidence_date") or ""), lang)
    if when:
        meta.append(story.esc(when))
    site = fmt.lookups.sites.get(str(entry.data.get("site") or ""))
    if site:
        meta.append(story.esc(site))
    story.para(" · ".join(meta), style=story.s.small)
    story.space(3)
    if entry.deleted:
        story.note(story.esc(t("deleted_item", lang)))

    shown, empty = fmt.lines(entry)
    if shown:
        story.key_values([(line.label, line.value) for line in shown], (t("field", lang), t("value", lang)))
    if empty:
        story.note(story.t("not_recorded_fields", fields=", ".join(empty)))

    for checklist_title, grades in fmt.checklist_rows(entry):
        story.heading(t("checklist_grades", lang) + f": {checklist_title}", 2, toc=False)
        story.table([story.esc(t("item", lang)), story.esc(t("grade", lang))],
                    [[f"<b>{story.esc(item)}</b>" if overall else story.esc(item),
                      f"<b>{story.esc(grade)}</b>" if overall else story.esc(grade)]
                     for item, grade, overall in grades], [0.78, 0.22])

    quotes, withheld = fmt.quotes(entry)
    if quotes or withheld:
        story.heading(t("quotations", lang), 2, toc=False)
    for q in quotes:
        quote_block(story, fmt, q)
    if withheld:
        story.note(story.t("quotes_withheld", n=withheld))


def quote_block(story: Story, fmt: FieldFormatter, q) -> None:
    lang = story.ctx.language
    story.para(f"“{story.esc(str(q.get('text', '')).strip())}”", style=story.s.quote)
    who = str(q.get("attribution_class") or "").strip()
    language = q.get("language")
    spec_lang = None
    if language:
        from fieldkit.domain.evidence import QUOTE_FIELDS

        spec_lang = next(f for f in QUOTE_FIELDS if f.key == "language")
    bits = []
    if who:
        bits.append(story.esc(who))
    if spec_lang is not None:
        bits.append(story.esc(fmt.choice(spec_lang, language)))
    if bits:
        story.para("— " + ", ".join(bits), style=story.s.quote)
    translation = str(q.get("translation") or "").strip()
    if translation:
        story.para(f"{story.esc(t('translation', lang))}: “{story.esc(translation)}”", style=story.s.quote)
    story.space(4)
