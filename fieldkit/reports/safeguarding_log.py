"""Output 5: the safeguarding referral log, for the inspection team only (001 ¶40: issues "referred for
immediate review" and kept under "continued oversight"). Refused for any other profile."""

from __future__ import annotations

from fieldkit.domain.safeguarding import ROUTES, SEVERITIES, STATUSES, label
from fieldkit.reports.common import finish, report_title, start
from fieldkit.reports.document import Progress, Story
from fieldkit.reports.model import ConcernEntry, RenderedReport, ReportRefused, SafeguardingLog
from fieldkit.reports.strings import format_date, t


def render_safeguarding_log(report: SafeguardingLog, *, progress: Progress | None = None) -> RenderedReport:
    ctx = report.context
    if not ctx.internal:
        raise ReportRefused(f"the safeguarding referral log is restricted to the internal profile, not {ctx.profile}")
    lang = ctx.language
    title = report_title(ctx)
    story = start(ctx, title)
    story.para(f"<b>{story.esc(t('restricted', lang))}</b>")
    concerns = report.concerns
    if not concerns:
        story.text(t("no_concerns", lang))
        return finish(story, title, progress=progress)
    open_count = sum(1 for c in concerns if c.concern.is_open)
    story.para(story.t("concern_counts", n=len(concerns), open=open_count))
    rows = [[c.ref, story.esc(format_date(c.concern.raised_at, lang)),
             story.esc(label(SEVERITIES, c.concern.severity, lang)), story.esc(c.concern.referred_to or "–"),
             story.esc(label(STATUSES, c.concern.status, lang))] for c in concerns]
    story.table([story.esc(t(k, lang)) for k in ("ref", "raised", "severity", "referred_to", "status")], rows,
                [0.09, 0.22, 0.22, 0.27, 0.2])
    for c in concerns:
        concern_block(story, c)
    return finish(story, title, progress=progress)


def concern_block(story: Story, entry: ConcernEntry) -> None:
    ctx = story.ctx
    lang = ctx.language
    c = entry.concern
    story.keep_room(60)
    story.heading(f"{entry.ref} · {label(SEVERITIES, c.severity, lang)} · {label(STATUSES, c.status, lang)}", 1)
    rows = [[t("concern", lang), c.concern],
            [t("raised", lang), f"{format_date(c.raised_at, lang)}, {t('by', lang, who=ctx.person(c.raised_by))}"]]
    if entry.children:
        rows.append([t("children", lang), ", ".join(entry.children)])
    where = [x for x in (entry.evidence_ref, entry.site_name) if x]
    if where:
        rows.append([t("evidence_item", lang), " · ".join(where)])
    if c.nodes:
        rows.append([t("framework", lang), "; ".join(_node(ctx, code) for code in c.nodes)])
    if c.referred_to or c.referred_at:
        referral = c.referred_to
        if c.route:
            referral += f" ({label(ROUTES, c.route, lang)})"
        if c.referred_at:
            referral += f", {format_date(c.referred_at, lang)}"
        if c.referred_by:
            referral += f", {t('by', lang, who=ctx.person(c.referred_by))}"
        rows.append([t("referred_to", lang), referral])
    if c.response or c.response_at:
        rows.append([t("response", lang), f"{c.response} ({format_date(c.response_at, lang)})" if c.response_at
                     else c.response])
    status = t("closed_reason", lang, text=c.closed_reason) if c.closed_reason else label(STATUSES, c.status, lang)
    rows.append([t("status", lang), status])
    for note in c.notes:
        rows.append([t("oversight_notes", lang), f"{format_date(str(note.get('at', '')), lang)}, "
                     f"{ctx.person(str(note.get('by', '')))}: {note.get('text', '')}"])
    story.key_values(rows, (t("field", lang), t("value", lang)))


def _node(ctx, code: str) -> str:
    try:
        node = ctx.framework.node(code)
    except KeyError:
        return code
    return f"{code} {ctx.pick(node.title_en, node.title_cy)}"
