"""Output 4: the questionnaire analysis annex (seed 000's Annex A): for each survey, how many answered, the
response rate where the number distributed is known, and the count of each answer to each question.

Counts come from the survey's tallies and its per-response records together (`tally_totals`). Where
fewer answered a question than responded, the annex says that figures do not necessarily total the
number of responses. Comments outside the team are only those marked quotable.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fieldkit.domain import evidence as ev
from fieldkit.domain.decision_support import Distribution, LevelCount
from fieldkit.reports.charts import distribution_chart
from fieldkit.reports.common import finish, report_title, start
from fieldkit.reports.document import Progress, Story
from fieldkit.reports.fields import FieldFormatter
from fieldkit.reports.model import EvidenceEntry, QuestionnaireReport, RenderedReport
from fieldkit.reports.strings import SURVEY_OPTIONS, lower_first, percent, t
from fieldkit.reports.styles import FRAME_WIDTH

_BUILTIN = {code: (en, cy) for code, en, cy in SURVEY_OPTIONS}
_BUILTIN_ORDER = {code: i for i, (code, _en, _cy) in enumerate(SURVEY_OPTIONS)}
NOT_ANSWERS = frozenset({"no_response"})


def render_questionnaire(report: QuestionnaireReport, *, progress: Progress | None = None) -> RenderedReport:
    ctx = report.context
    title = report_title(ctx)
    story = start(ctx, title)
    fmt = FieldFormatter(ctx, report.lookups)
    if not report.entries:
        story.text(t("no_survey_items", ctx.language))
    for entry in report.entries:
        survey_block(story, fmt, entry)
    return finish(story, title, progress=progress)


def options(framework, question: Mapping[str, Any], counts: Mapping[str, int], language: str
            ) -> list[tuple[str, str, bool]]:
    """(code, label, counts as an answer) for the question's answers, in the scale's order."""
    scale = None
    code = str(question.get("scale") or "")
    if code:
        try:
            scale = framework.scale(code)
        except KeyError:
            scale = None
    out: list[tuple[str, str, bool]] = []
    if scale is not None:
        for level in scale.levels:
            out.append((level.code, level.label_cy if language == "cy" and level.label_cy else level.label_en,
                        not level.not_applicable))
    elif question.get("kind") == "yes_no":
        out = [("yes", t("yes", language), True), ("no", t("no", language), True)]
    known = {c for c, _l, _a in out}
    extra = sorted((c for c in counts if c not in known), key=lambda c: (_BUILTIN_ORDER.get(c, 99), c))
    for c in extra:
        if c in _BUILTIN:
            label = _BUILTIN[c][1 if language == "cy" else 0]
        else:
            label = c.replace("_", " ").strip().capitalize() or c
        out.append((c, label, c not in NOT_ANSWERS))
    if scale is None and not extra and not out:
        return []
    return out


def survey_block(story: Story, fmt: FieldFormatter, entry: EvidenceEntry) -> None:
    ctx = story.ctx
    lang = ctx.language
    data = entry.data
    story.heading(fmt.title(entry) or f"{fmt.type_label('survey')} {entry.ref}", 0)
    n = ev.survey_response_count(data)
    distributed = data.get("distributed")
    population = fmt.choice(ev.SURVEY.field("population"), data.get("population")) if data.get("population") else ""
    totals = ev.tally_totals(data)
    questions = [q for q in data.get("questions") or () if isinstance(q, Mapping)]
    listed = {str(q.get("code")) for q in questions}
    questions += [{"code": code, "text": code} for code in sorted(totals) if code not in listed]

    if n is not None:
        intro = story.t("survey_intro", n=n)
        if population:
            intro += story.t("survey_of", population=lower_first(population))
        rate = ev.survey_rate(data)
        if rate is not None:
            intro += story.t("survey_distributed", d=distributed, rate=percent(n, distributed))
        else:
            intro += story.t("survey_no_rate")
        story.para(intro)
    short = [q for q in questions if q.get("kind") != "free_text" and n is not None
             and _answered(options(ctx.framework, q, totals.get(str(q.get("code")), {}), lang),
                           totals.get(str(q.get("code")), {})) < n]
    if short:
        story.para(f"<i>{story.t('not_total', n=n)}</i>")
    if str(data.get("excluded_note") or "").strip():
        story.note(story.t("excluded_note", text=str(data["excluded_note"]).strip()))

    for q in questions:
        code = str(q.get("code"))
        counts = totals.get(code, {})
        story.heading(str(q.get("text") or code), 2, toc=False)
        if q.get("kind") == "free_text":
            answers = sum(counts.values())
            story.para(story.t("free_text_q", n=answers))
            continue
        opts = options(ctx.framework, q, counts, lang)
        answered = _answered(opts, counts)
        if not counts:
            story.note(story.esc(t("no_answers", lang)))
            continue
        rows = [[story.esc(label), str(counts.get(c, 0)),
                 f"{percent(counts.get(c, 0), answered)}%" if is_answer and answered else "–"]
                for c, label, is_answer in opts]
        rows.append([story.esc(t("answered", lang)), str(answered), "100%" if answered else "–"])
        story.table([story.esc(t(k, lang)) for k in ("answer", "number", "percent")], rows, [0.6, 0.2, 0.2],
                    numeric=(1, 2), total_row=True, share=0.66)
        dist = Distribution("", code, "", "", "", tuple(LevelCount(c, label, label, counts.get(c, 0), not is_answer)
                                                      for c, label, is_answer in opts))
        if answered and any(a for _c, _l, a in opts):
            chart = distribution_chart([dist], [ctx.redact(t("answered", lang) + f" ({answered})")],
                                       [ctx.redact(label) for _c, label, _a in opts], FRAME_WIDTH)
            story.keep_room(chart.height + 4)
            story.add(chart)
            story.space(6)

    comments = [r for r in data.get("responses") or () if isinstance(r, Mapping)
                and str(r.get("free_text") or "").strip()]
    shown = comments if ctx.internal else [r for r in comments if r.get("quotable") is True]
    if comments:
        story.heading(t("comments", lang), 2, toc=False)
    for r in shown:
        story.para(f"“{story.esc(str(r['free_text']).strip())}”", style=story.s.quote)
        who = str(r.get("respondent_class") or "").strip()
        if who:
            story.para("— " + story.esc(who), style=story.s.quote)
        story.space(3)
    if len(shown) < len(comments):
        story.note(story.t("comments_withheld", n=len(comments) - len(shown)))


def _answered(opts: list[tuple[str, str, bool]], counts: Mapping[str, int]) -> int:
    answers = {c for c, _l, is_answer in opts if is_answer}
    return sum(v for c, v in counts.items() if c in answers or (c not in {o[0] for o in opts}))
