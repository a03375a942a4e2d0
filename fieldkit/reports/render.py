"""One entry point for every output: the report data decides which renderer lays it out."""

from __future__ import annotations

from fieldkit.reports.document import Progress
from fieldkit.reports.model import (
    EvidenceReport,
    MethodologyReport,
    QuestionnaireReport,
    RecommendationsReport,
    RecordReport,
    RenderedReport,
    SafeguardingLog,
)


def render(data, *, progress: Progress | None = None) -> RenderedReport:
    if isinstance(data, RecordReport):
        from fieldkit.reports.record import render_record

        return render_record(data, progress=progress)
    if isinstance(data, EvidenceReport):
        from fieldkit.reports.evidence_report import render_evidence_report

        return render_evidence_report(data, progress=progress)
    if isinstance(data, MethodologyReport):
        from fieldkit.reports.methodology import render_methodology

        return render_methodology(data, progress=progress)
    if isinstance(data, QuestionnaireReport):
        from fieldkit.reports.questionnaire import render_questionnaire

        return render_questionnaire(data, progress=progress)
    if isinstance(data, SafeguardingLog):
        from fieldkit.reports.safeguarding_log import render_safeguarding_log

        return render_safeguarding_log(data, progress=progress)
    if isinstance(data, RecommendationsReport):
        from fieldkit.reports.recommendations_table import render_recommendations

        return render_recommendations(data, progress=progress)
    raise TypeError(f"not report data: {type(data).__name__}")
