"""Output 2: the inspection's evidence report, in the framework's structure (seed 001's shape).

Cover, contents, an introduction, then one section per framework node: the expectation or "In this section
… assesses" descriptor, the judgement's narratives, the findings (good practice in a box, each
recommendation straight after the findings it arises from), the grade distribution as a table and a bar
chart (001 Annex D), the judgement with its rationale and status, and the evidence linked to the node.
Body paragraphs are numbered through the whole report.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from fieldkit.domain.decision_support import DecisionSupport, Distribution, EvidenceFact, recorded_distributions
from fieldkit.domain.findings import Finding, category_title
from fieldkit.domain.framework import Node
from fieldkit.domain.recommendations import Recommendation
from fieldkit.reports.charts import distribution_chart
from fieldkit.reports.common import fill_placeholders, finish, report_title, start
from fieldkit.reports.document import Progress, Story
from fieldkit.reports.fields import FieldFormatter
from fieldkit.reports.model import EvidenceEntry, EvidenceReport, NodeJudgement, RenderedReport
from fieldkit.reports.placement import Placement, place
from fieldkit.reports.strings import format_date, percent, t
from fieldkit.reports.styles import (
    BOLD,
    FRAME_WIDTH,
    GOOD_PRACTICE_FILL,
    GOOD_PRACTICE_RULE,
    NAVY,
    RECOMMENDATION_FILL,
)

SUMMARY_CHARS = 420


def render_evidence_report(report: EvidenceReport, *, progress: Progress | None = None) -> RenderedReport:
    ctx = report.context
    lang = ctx.language
    title = report_title(ctx)
    story = start(ctx, title, extra=[(t("evidence_items", lang), str(len(report.entries)))], cover_page=True)
    story.page_break()
    story.contents()
    story.page_break()
    _Writer(story, report).write()
    return finish(story, title, progress=progress)


class _Writer:
    def __init__(self, story: Story, report: EvidenceReport):
        self.story = story
        self.report = report
        self.ctx = report.context
        self.lang = self.ctx.language
        self.fw = self.ctx.framework
        self.fmt = FieldFormatter(self.ctx, report.lookups)
        self.entries: dict[str, EvidenceEntry] = {e.uuid: e for e in report.entries}
        self.findings: dict[str, Finding] = dict(report.findings)
        self.recommendations: dict[str, Recommendation] = dict(report.recommendations)
        self.placement: Placement = place(self.fw, self.ctx.disabled_nodes, report.findings, report.recommendations,
                                          [(e.uuid, e.data) for e in report.entries])
        self._sections = 0

    def write(self) -> None:
        s, ctx = self.story, self.ctx
        s.heading(t("about", self.lang), 0)
        s.para(s.t("about_text", body=ctx.inspected_body, framework=ctx.pick(self.fw.title_en, self.fw.title_cy),
                   n=len(self.report.entries)), numbered=True)
        if ctx.scope.strip():
            s.para(s.t("scope", text=ctx.scope.strip()), numbered=True)
        if ctx.limitations.strip():
            s.para(s.t("limitations", text=ctx.limitations.strip()), numbered=True)
        for node, depth in self.placement.nodes:
            self.node(node, depth)
        p = self.placement
        if p.unplaced_findings:
            s.page_break()
            s.heading(t("unplaced_findings", self.lang), 0)
            for uuid in p.unplaced_findings:
                self.finding(uuid)
        if p.unplaced_recommendations:
            s.heading(t("unplaced_recommendations", self.lang), 0)
            for uuid in p.unplaced_recommendations:
                self.recommendation(uuid)
        if p.unlinked_evidence:
            s.page_break()
            s.heading(t("unlinked_evidence", self.lang), 0)
            self.evidence_table(p.unlinked_evidence)

    # -- one node ----------------------------------------------------------------------------------------

    def node(self, node: Node, depth: int) -> None:
        s, ctx, lang = self.story, self.ctx, self.lang
        if depth == 0 and self._sections:
            s.page_break()
        self._sections += depth == 0
        s.heading(f"{node.code} {ctx.pick(node.title_en, node.title_cy)}", depth)
        descriptor = ctx.pick(node.descriptor_en, node.descriptor_cy).strip()
        if descriptor:
            for part in [p.strip() for p in descriptor.split("\n\n") if p.strip()]:
                s.text(fill_placeholders(part.replace("\n", " "), ctx.inspected_body), numbered=True)
        judged = self.report.judgements.get(node.code)
        if judged is not None:
            for narrative in node.narratives:
                text = str(judged.judgement.narratives.get(narrative.code) or "").strip()
                if text:
                    s.para(f"<b>{s.esc(ctx.pick(narrative.title_en, narrative.title_cy))}.</b> {s.esc(text)}",
                           numbered=True)
        for uuid in self.placement.findings_at.get(node.code, ()):
            self.finding(uuid)
        support = self.report.support.get(node.code)
        if support is not None:
            self.distributions(node, support)
        self.judgement(node, judged)
        for uuid in self.placement.after_node.get(node.code, ()):
            self.recommendation(uuid)
        if support is not None and support.concerns and ctx.internal:
            parent = self.fw.parent(node.code)
            above = self.report.support.get(parent.code) if parent is not None else None
            if above is None or len(above.concerns) != len(support.concerns):  # said once, where it is news
                s.note(s.t("concerns_linked", n=len(support.concerns)))
        linked = self.placement.evidence_at.get(node.code, ())
        if linked:
            s.heading(t("evidence_for", lang), 2, toc=False)
            self.evidence_table(list(linked))

    # -- findings and recommendations ------------------------------------------------------------------------

    def finding(self, uuid: str) -> None:
        s = self.story
        f = self.findings[uuid]
        refs = self._refs(link.evidence for link in f.evidence)
        if f.category == "good_practice":
            body = [s.esc(f.text)]
            if refs:
                body.append(f"<font size=8 color='#5A5A5A'>{s.esc(t('evidence_items', self.lang))}: "
                            f"{s.esc(refs)}</font>")
            s.box(s.esc(category_title(self.fw, "good_practice", self.lang, plural=True)), body,
                  fill=GOOD_PRACTICE_FILL, rule=GOOD_PRACTICE_RULE)
        else:
            label = category_title(self.fw, f.category, self.lang)
            tail = f" <font color='#5A5A5A'>({s.esc(refs)})</font>" if refs else ""
            s.para(f"<b>{s.esc(label)}.</b> {s.esc(f.text)}{tail}", numbered=True)
        for rec in self.placement.after_finding.get(uuid, ()):
            self.recommendation(rec)

    def recommendation(self, uuid: str) -> None:
        s = self.story
        r = self.recommendations[uuid]
        title = t("recommendation_n", self.lang, n=r.number)
        if r.topic.strip():
            title += f": {r.topic.strip()}"
        body = [f"<b>{s.esc(r.text)}</b>"]
        if r.purpose.strip():
            body.append(s.esc(r.purpose.strip()))
        s.box(s.esc(title), body, fill=RECOMMENDATION_FILL, rule=NAVY)

    # -- the evidence base -------------------------------------------------------------------------------

    def distributions(self, node: Node, support: DecisionSupport) -> None:
        s, ctx = self.story, self.ctx
        head = support.headline
        if node.graded and head is not None and head.rated:
            parts = ", ".join(f"{lv.count} {ctx.pick(lv.label_en, lv.label_cy)}" for lv in head.rated_levels()
                              if lv.count)
            title = ctx.pick(head.title_en, head.title_cy)
            markup = s.t("headline", title=title[:1].lower() + title[1:], n=head.rated, parts=parts)
            lead, prop = head.leading(), support.proportion
            if lead is not None:
                label = ctx.pick(lead.label_en, lead.label_cy)
                word = ctx.pick(prop.word_en or "", prop.word_cy) if prop is not None else ""
                markup += " " + s.t("leading" if word else "leading_no_word", label=label, count=lead.count,
                                    total=head.rated, pct=percent(lead.count, head.rated), word=word)
            s.para(markup, numbered=True)
        if support.sufficiency.nominated_excluded:
            s.note(s.t("nominated_left_out", n=support.sufficiency.nominated_excluded))
        self.recorded_grades(node)
        informing = [c for c in self.fw.checklists if node.code in c.informs]
        for checklist in informing:
            rows = [d for d in support.distributions if d.checklist == checklist.code]
            by_scale: dict[str, list[Distribution]] = {}
            for d in rows:
                by_scale.setdefault(d.scale, []).append(d)
            for scale_code, dists in by_scale.items():
                if not any(d.rated or d.not_applicable for d in dists):
                    continue
                name = t("distribution_of", self.lang, title=ctx.pick(checklist.title_en, checklist.title_cy))
                if len(by_scale) > 1:
                    scale = self.fw.scale(scale_code)
                    name += f" ({ctx.pick(scale.title_en, scale.title_cy)})"
                self.distribution_block(name, dists)

    def recorded_grades(self, node: Node) -> None:
        """Grades recorded on the items themselves (001's public law reports, observations), for the items
        linked to this node; nominated items are not counted."""
        if not node.graded or not node.scale:
            return
        facts = [EvidenceFact(e.uuid, e.type_code, e.author, e.data)
                 for e in (self.entries[u] for u in self.placement.evidence_at.get(node.code, ()) if u in self.entries)
                 if e.data.get("selection_method") != "nominated" and not e.data.get("checklist")]
        dists = recorded_distributions(facts, self.fw.scale(node.scale))
        if dists:
            titles = [t("grade_recorded", self.lang, method=self.fmt.type_label(d.item.removeprefix("grade:")))
                      for d in dists]
            self.distribution_block(t("grades_recorded", self.lang), dists, titles)

    def distribution_block(self, name: str, dists: list[Distribution], titles: list[str] | None = None) -> None:
        s, ctx = self.story, self.ctx
        scale = self.fw.scale(dists[0].scale)
        show_na = any(d.not_applicable for d in dists)
        levels = [lv for lv in scale.levels if show_na or not lv.not_applicable]
        labels = [ctx.pick(lv.label_en, lv.label_cy) for lv in levels]
        header = [s.esc(t("checklist_item", self.lang))] + [s.esc(x) for x in labels] + [s.esc(t("total", self.lang))]
        body = []
        titles = titles or [ctx.pick(d.title_en, d.title_cy) for d in dists]
        for d, title in zip(dists, titles, strict=True):
            cells = [f"<b>{s.esc(title)}</b>" if d.item == "_overall" else s.esc(title)]
            cells += [str(d.count(lv.code)) for lv in levels]
            cells.append(str(d.rated))
            body.append(cells)
        n = len(levels)
        numbers = [max(30.0, stringWidth(x, BOLD, 8.2) + 10) for x in [*labels, t("total", self.lang)]]
        widths = [max(FRAME_WIDTH - sum(numbers), FRAME_WIDTH * 0.4), *numbers]
        s.keep_room(40 * mm)
        s.heading(name, 2, toc=False)
        s.table(header, body, widths, numeric=range(1, n + 2))
        chart = distribution_chart(dists, [ctx.redact(x) for x in titles],
                                   [ctx.redact(ctx.pick(lv.label_en, lv.label_cy)) for lv in scale.levels],
                                   FRAME_WIDTH)
        s.keep_room(chart.height + 6 * mm)
        s.note(s.t("chart_of"))
        s.add(chart)
        s.space(8)

    def judgement(self, node: Node, judged: NodeJudgement | None) -> None:
        s, ctx, lang = self.story, self.ctx, self.lang
        if judged is None:
            if node.graded:
                s.note(s.esc(t("no_judgement", lang)))
            return
        j = judged.judgement
        rationale = j.rationale.strip()
        if judged.grade_text:
            lead = f"<b>{s.t('judgement_line', grade=judged.grade_text)}.</b>"
            s.para(f"{lead} {s.esc(rationale)}" if rationale else lead, numbered=True)
        elif rationale:
            s.para(f"<b>{s.esc(t('judgement', lang))}.</b> {s.esc(rationale)}", numbered=True)
        if j.limiting_factors.strip():
            s.note(s.t("limiting_factors", text=j.limiting_factors.strip()))
        if j.departure_reason.strip():
            s.note(s.t("departure", text=j.departure_reason.strip()))
        cited = self._refs(link.evidence for link in j.supporting)
        if cited:
            s.note(s.t("evidence_cited", refs=cited))
        against = self._refs(link.evidence for link in j.contrary)
        if against:
            s.note(s.t("contrary_cited", refs=against))
        status = t(f"status.{j.status}", lang) if j.status in _STATUSES else j.status
        who = [s.t(f"{key}_by", who=ctx.person(name)) for key in ("proposed", "moderated", "agreed", "locked")
               if (name := getattr(j, f"{key}_by"))]
        people = "; ".join(who)
        s.note(s.t("judgement_status", status=status) + (f" {people[:1].upper()}{people[1:]}." if who else ""))

    def evidence_table(self, uuids: list[str]) -> None:
        s, lang = self.story, self.lang
        rows = []
        for uuid in uuids:
            e = self.entries.get(uuid)
            if e is None:
                continue
            site = self.report.lookups.sites.get(str(e.data.get("site") or ""), "")
            parts = []
            title = self.fmt.title(e)
            if title:
                parts.append(f"<b>{s.esc(title)}</b>")
            grade = self.fmt.grade(e)
            if grade:
                parts.append(s.t("grade_short", grade=grade))
            summary = str(e.data.get("summary") or e.data.get("good_practice_summary") or "").strip()
            if len(summary) > SUMMARY_CHARS:
                summary = summary[:SUMMARY_CHARS].rsplit(" ", 1)[0] + " …"
            if summary:
                parts.append(s.esc(summary))
            if e.data.get("selection_method") == "nominated":
                parts.append(f"<i>({s.esc(t('nominated', lang))})</i>")
            rows.append([e.ref, s.esc(self.fmt.type_label(e.type_code)),
                         s.esc(format_date(str(e.data.get("evidence_date") or ""), lang)), s.esc(site),
                         " ".join(parts) or "—"])
        if rows:
            header = [s.esc(t(k, lang)) for k in ("ref", "method", "date", "site", "summary")]
            s.table(header, rows, [33, 72, 66, 74, FRAME_WIDTH - 245])

    def _refs(self, uuids) -> str:
        refs = [self.report.lookups.refs.get(u) for u in dict.fromkeys(uuids)]
        return ", ".join(r for r in refs if r)


_STATUSES = frozenset({"draft", "proposed", "moderated", "agreed", "locked"})
