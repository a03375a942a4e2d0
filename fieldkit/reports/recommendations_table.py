"""Output 6: the recommendations progress table in seed 003's shape: Recommendation | Action plan
proposal | Progress | Status, in number order."""

from __future__ import annotations

from collections import Counter

from fieldkit.domain.recommendations import STATUSES, label
from fieldkit.reports.common import finish, report_title, start
from fieldkit.reports.document import Progress
from fieldkit.reports.model import RecommendationsReport, RenderedReport
from fieldkit.reports.strings import format_date, lower_first, t


def render_recommendations(report: RecommendationsReport, *, progress: Progress | None = None) -> RenderedReport:
    ctx = report.context
    lang = ctx.language
    title = report_title(ctx)
    story = start(ctx, title)
    rows = report.rows
    if not rows:
        story.text(t("no_recommendations", lang))
        return finish(story, title, progress=progress)
    counts = Counter(r.status for r in rows)
    summary = ", ".join(f"{counts[code]} {lower_first(label(STATUSES, code, lang))}" for code, _en, _cy in STATUSES
                        if counts.get(code))
    story.para(story.t("status_counts", n=len(rows), counts=summary))

    def bullets(items) -> str:
        items = [story.esc(x.strip()) for x in items if x and x.strip()]
        return "<br/>".join(f"• {x}" for x in items) if items else "–"

    body = []
    for r in rows:
        cell = f"<b>{story.esc(t('recommendation_n', lang, n=r.number))}:</b><br/>{story.esc(r.recommendation)}"
        rec = report.recommendations.get(r.uuid)
        if rec is not None and rec.carried_from is not None:
            cell += "<br/><i>" + story.t("carried_from", title=rec.carried_from.inspection_title,
                                         n=rec.carried_from.number) + "</i>"
        status = story.esc(r.status_text)
        if r.next_review:
            status += "<br/>" + story.t("next_review", date=format_date(r.next_review, lang))
        body.append([cell, bullets(r.action_plan), bullets(r.progress), status])
    story.table([story.esc(t(k, lang)) for k in ("recommendation", "action_plan", "progress", "status")], body,
                [0.31, 0.23, 0.25, 0.21])
    return finish(story, title, progress=progress)
