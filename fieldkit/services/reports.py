"""The PDF outputs of issue 6: assemble plain report data from the other services, render it, save it audited.

`assemble` reads the store (on the database thread in the app) and decides who is who for the profile:
team names as recorded, or replaced by roles where the report leaves the team; child pseudonyms, with ages
only internally; never-to-write names withheld. `render_data` lays the data out (CPU only, any thread).
Nothing is written to disk until `save`, which writes atomically and adds an audit event.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fieldkit.domain import decision_support as ds
from fieldkit.domain import evidence as ev
from fieldkit.domain.inspection import ValidationError
from fieldkit.domain.judgement import grade_text, node_scale
from fieldkit.reports.model import (
    DEFAULT_MARKING,
    KINDS,
    PROFILES,
    ConcernEntry,
    EvidenceEntry,
    EvidenceReport,
    Lookups,
    MethodologyReport,
    NodeJudgement,
    QuestionnaireReport,
    RecommendationsReport,
    RecordReport,
    RenderedReport,
    ReportContext,
    ReportRefused,
    SafeguardingLog,
    SampleLine,
    TeamEntry,
)
from fieldkit.reports.strings import t

if TYPE_CHECKING:
    from fieldkit.services.container import Services
    from fieldkit.services.evidence import EvidenceItem

Progress = Callable[[float], None]
ReportData = RecordReport | EvidenceReport | MethodologyReport | QuestionnaireReport | SafeguardingLog | \
    RecommendationsReport

__all__ = ["KINDS", "PROFILES", "ReportRefused", "ReportService", "RenderedReport"]

_TITLES = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr")


def safeguarding_refusal(profile: str) -> str:
    return (f"the safeguarding referral log is restricted to the internal profile (asked for {profile!r}); "
            "it is never produced for the inspected body or for publication")


class ReportService:
    def __init__(self, services: Services):
        self._services = services

    # -- the whole job ------------------------------------------------------------------------------

    def render(self, inspection_uuid: str, kind: str, *, profile: str = "internal", language: str = "en",
               marking: str | None = None, items: Iterable[str] | None = None,
               progress: Progress | None = None) -> RenderedReport:
        data = self.assemble(inspection_uuid, kind, profile=profile, language=language, marking=marking, items=items)
        return self.render_data(data, progress=progress)

    def render_data(self, data: ReportData, *, progress: Progress | None = None) -> RenderedReport:
        from fieldkit.reports.render import render  # reportlab loads on the first report, not with the services

        return render(data, progress=progress)

    def save(self, report: RenderedReport, path: str | Path, *, inspection_uuid: str,
             replace: bool = False) -> Path:
        """Write the PDF (atomically: never a half-written file) and audit who saved which report."""
        from fieldkit.storage.atomic import write_atomic

        target = Path(path)
        if not target.parent.is_dir():
            raise ValidationError([f"out: no folder {target.parent}"])
        if target.exists() and not replace:
            raise ValidationError([f"out: {target} already exists"])
        write_atomic(target, report.pdf, replace=replace)
        digest = hashlib.sha256(report.pdf).hexdigest()
        store = self._services.store
        store.records.audit(actor=store.user, action=f"report-saved:{report.kind}:{report.profile}:"
                            f"{report.language}:sha256={digest}", entity="report", uuid=inspection_uuid)
        return target

    # -- assembling ---------------------------------------------------------------------------------

    def assemble(self, inspection_uuid: str, kind: str, *, profile: str = "internal", language: str = "en",
                 marking: str | None = None, items: Iterable[str] | None = None) -> ReportData:
        if kind not in KINDS:
            raise ValidationError([f"kind: one of {', '.join(KINDS)}, not {kind!r}"])
        if profile not in PROFILES:
            raise ValidationError([f"profile: one of {', '.join(PROFILES)}, not {profile!r}"])
        if language not in ("en", "cy"):
            raise ValidationError([f"language: en or cy, not {language!r}"])
        if kind == "safeguarding-log" and profile != "internal":
            raise ReportRefused(safeguarding_refusal(profile))
        s = self._services
        insp = s.inspections.get(inspection_uuid)
        ctx = self._context(inspection_uuid, insp, kind, profile, language, marking)
        if kind == "safeguarding-log":
            return self._safeguarding(inspection_uuid, ctx)
        if kind == "recommendations":
            rows = s.recommendations.list(inspection_uuid)
            return RecommendationsReport(ctx, tuple(s.recommendations.progress_table(inspection_uuid, language)),
                                         {r.uuid: r.recommendation for r in rows})
        live = _in_report_order(s.evidence.items(inspection_uuid))
        chosen = live
        if kind == "record" and items is not None:
            chosen = self._chosen(inspection_uuid, live, list(items))
        refs = _references(live, chosen)
        entries = tuple(EvidenceEntry(refs[i.uuid], i.uuid, i.type_code, i.data, ctx.person(i.author), i.deleted)
                        for i in chosen)
        lookups = self._lookups(inspection_uuid, ctx, refs)
        if kind == "record":
            return RecordReport(ctx, entries, lookups)
        if kind == "questionnaire":
            return QuestionnaireReport(ctx, tuple(e for e in entries if e.type_code == "survey"), lookups)
        if kind == "methodology":
            return MethodologyReport(ctx, entries, lookups, self._team(inspection_uuid, ctx),
                                     self._sample_plan(inspection_uuid))
        return self._evidence_report(inspection_uuid, ctx, live, entries, lookups)

    def _context(self, inspection_uuid: str, insp, kind: str, profile: str, language: str,
                 marking: str | None) -> ReportContext:
        s = self._services
        fw = s.inspections.framework(inspection_uuid)
        people: dict[str, str] = {}
        redactions: list[tuple[str, str]] = []
        if profile != "internal":
            withheld = t("withheld_name", language)
            redactions += [(name, withheld) for name in s.evidence.never_write(inspection_uuid) if name.strip()]
        if profile == "published":
            people, names = self._roles(inspection_uuid, language)
            redactions += names
        return ReportContext(
            kind=kind, profile=profile, language=language, inspection_title=insp.title,
            inspected_body=insp.inspected_body, framework=fw,
            marking=(marking if marking is not None else DEFAULT_MARKING[profile]).strip(),
            fieldwork_start=insp.fieldwork_start, fieldwork_end=insp.fieldwork_end, scope=insp.scope,
            limitations=insp.limitations, disabled_nodes=tuple(insp.disabled_nodes), redactions=tuple(redactions),
            people=people, unknown_person=t("role.unknown", language) if profile == "published" else "",
            pdf_author=fw.publisher_en if profile == "published" else "")

    def _roles(self, inspection_uuid: str, language: str) -> tuple[dict[str, str], list[tuple[str, str]]]:
        """Published: every member of the team, and anyone else who wrote a record, by role only."""
        from fieldkit.domain.privacy import given_names

        s = self._services
        people: dict[str, str] = {}
        redactions: list[tuple[str, str]] = []
        team = [m for _u, m in sorted(s.inspections.team(inspection_uuid), key=lambda x: (x[1].name, x[0]))]
        known = given_names()
        for m in team:
            role = t(f"role.{m.role}", language)
            people.setdefault(m.name, role)
            redactions.append((m.name, role))
            parts = m.name.split()
            if parts and parts[0].casefold() in known and len(parts[0]) > 2:
                redactions.append((parts[0], role))  # "Rhian said…"
            if len(parts) > 1:
                redactions += [(f"{title} {parts[-1]}", role) for title in _TITLES]
        unknown = t("role.unknown", language)
        for name in s.evidence.authors(inspection_uuid):
            if name and name not in people:
                people[name] = unknown
                redactions.append((name, unknown))
        user = s.store.user
        if user and user not in people:
            people[user] = unknown
            redactions.append((user, unknown))
        return people, redactions

    def _chosen(self, inspection_uuid: str, live: list[EvidenceItem], wanted: list[str]) -> list[EvidenceItem]:
        by_id = {i.uuid: i for i in live}
        out: list[EvidenceItem] = []
        problems = []
        for text in wanted:
            matches = [u for u in by_id if u == text or (len(text) >= 6 and u.startswith(text))]
            if len(matches) == 1:
                item = by_id[matches[0]]
            elif not matches:
                try:
                    item = self._services.evidence.get(text)  # a withdrawn item, by its full id
                except KeyError:
                    item = None
                if item is None or item.inspection_uuid != inspection_uuid:
                    problems.append(f"items: no evidence item {text} in this inspection")
                    continue
            else:
                problems.append(f"items: evidence id {text} is ambiguous")
                continue
            if item.uuid not in {i.uuid for i in out}:
                out.append(item)
        if problems:
            raise ValidationError(problems)
        order = {i.uuid: n for n, i in enumerate(live)}
        return sorted(out, key=lambda i: (order.get(i.uuid, len(order)), i.uuid))

    def _lookups(self, inspection_uuid: str, ctx: ReportContext, refs: dict[str, str]) -> Lookups:
        s = self._services
        sites = s.inspections.sites(inspection_uuid)
        children = {}
        for uuid, child in s.inspections.children(inspection_uuid):
            children[uuid] = (t("child_age", ctx.language, name=child.pseudonym, age=child.age) if ctx.internal
                              else child.pseudonym)
        return Lookups(sites={u: site.name for u, site in sites}, site_areas={u: site.area for u, site in sites},
                       children=children, refs=refs)

    def _team(self, inspection_uuid: str, ctx: ReportContext) -> tuple[TeamEntry, ...]:
        order = {"lead": 0, "inspector": 1, "assistant": 2}
        team = sorted(self._services.inspections.team(inspection_uuid),
                      key=lambda x: (order.get(x[1].role, 9), x[1].name, x[0]))
        return tuple(TeamEntry(ctx.person(m.name), m.role) for _u, m in team)

    def _sample_plan(self, inspection_uuid: str) -> tuple[SampleLine, ...]:
        lines = []
        for row in self._services.evidence.sample_progress(inspection_uuid):
            tg = row.target
            lines.append(SampleLine(tg.type_code, tg.target, row.done, row.site_name, tg.where_field, tg.where_value,
                                    tg.sub_target, row.sub_done, tg.sub_rule, tg.note))
        return tuple(sorted(lines, key=lambda x: (x.type_code, x.site_name, x.where_value or "", x.target)))

    def _evidence_report(self, inspection_uuid: str, ctx: ReportContext, live: list[EvidenceItem],
                         entries: tuple[EvidenceEntry, ...], lookups: Lookups) -> EvidenceReport:
        s = self._services
        fw = ctx.framework
        rows = s.judgements.list(inspection_uuid)
        judgements: dict[str, NodeJudgement] = {}
        for r in rows:  # framework order, oldest first: a duplicate from a second laptop does not replace it
            if r.judgement.node not in judgements:
                try:
                    scale = node_scale(fw, fw.node(r.judgement.node))
                except KeyError:
                    continue
                judgements[r.judgement.node] = NodeJudgement(r.judgement, grade_text(r.judgement, scale, ctx.language))
        facts = [ds.EvidenceFact(i.uuid, i.type_code, i.author, i.data) for i in live]
        concerns = s.judgements.concerns(inspection_uuid) if ctx.internal else []
        off = set(ctx.disabled_nodes)
        support: dict[str, ds.DecisionSupport] = {}
        for node in fw.iter_nodes():
            if ds.codes_ancestors(fw, node.code) & off:
                continue
            j = judgements.get(node.code)
            support[node.code] = ds.decision_support(fw, node.code, facts, concerns=concerns,
                                                     include_nominated=bool(j and j.judgement.include_nominated))
        findings = tuple((r.uuid, r.finding) for r in s.findings.list(inspection_uuid))
        recommendations = tuple((r.uuid, r.recommendation) for r in s.recommendations.list(inspection_uuid))
        return EvidenceReport(ctx, entries, lookups, judgements, support, findings, recommendations)

    def _safeguarding(self, inspection_uuid: str, ctx: ReportContext) -> SafeguardingLog:
        s = self._services
        items = _in_report_order(s.evidence.items(inspection_uuid))
        refs = _references(items, items)
        sites = {u: site.name for u, site in s.inspections.sites(inspection_uuid)}
        rows = sorted(s.concerns.list(inspection_uuid), key=lambda r: (r.concern.raised_at, r.uuid))
        width = max(2, len(str(len(rows))))
        entries = tuple(ConcernEntry(f"S{n:0{width}d}", r.uuid, r.concern, r.children,
                                     refs.get(r.concern.evidence or "", ""), sites.get(r.concern.site or "", ""))
                        for n, r in enumerate(rows, 1))
        return SafeguardingLog(ctx, entries)


def _type_order(code: str) -> int:
    return ev.TYPE_CODES.index(code) if code in ev.TYPE_CODES else len(ev.TYPE_CODES)


def _in_report_order(items: Iterable[EvidenceItem]) -> list[EvidenceItem]:
    """By evidence date, then method, title and id: the same data always numbers the same way."""
    def key(i: EvidenceItem) -> tuple[Any, ...]:
        return (str(i.data.get("evidence_date") or ""), _type_order(i.type_code), str(i.data.get("title") or ""),
                i.uuid)

    return sorted(items, key=key)


def _references(live: list[EvidenceItem], chosen: list[EvidenceItem]) -> dict[str, str]:
    """"E007": the item's place in the whole register, so a selection keeps the numbers of the full report."""
    width = max(3, len(str(len(live))))
    refs = {i.uuid: f"E{n:0{width}d}" for n, i in enumerate(live, 1)}
    for i in chosen:
        refs.setdefault(i.uuid, f"W-{i.uuid[:8]}")  # withdrawn: outside the register's numbering
    return refs
