"""Output 3: the methodology annex, generated from the evidence register (seed 004's "Methodology", seed
001's Annex B). Every number is counted here from the items; none is typed in.

Items nominated by the inspected body are counted apart and listed on their own, never in the sample
figures. A fieldwork day is a date on which an item was gathered at a site (surveys and documents
received are not fieldwork).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.pdfbase.pdfmetrics import stringWidth

from fieldkit.domain import evidence as ev
from fieldkit.reports.common import finish, report_title, start
from fieldkit.reports.document import Progress, Rotated, Story
from fieldkit.reports.fields import FieldFormatter
from fieldkit.reports.model import EvidenceEntry, MethodologyReport, RenderedReport, SampleLine
from fieldkit.reports.strings import format_date, lower_first, percent, t
from fieldkit.reports.styles import BOLD, FRAME_WIDTH

NOT_FIELDWORK = frozenset({"survey", "document_register"})
BREAKDOWN = {
    "case_file_reading": "law_type", "court_report_reading": "report_kind", "case_track": "law_type",
    "practice_observation": "setting", "interview": "interviewee_role", "group_discussion": "group_type",
    "stakeholder_meeting": "organisation_type", "survey": "population", "record_scrutiny": "record_kind",
    "document_register": "how_obtained",
}
MIN_COLUMN = 26.0  # points: below this a site column cannot hold its counts


@dataclass
class MethodFacts:
    """What the annex says, counted from the items (also what the tests check against)."""

    sampled: list[EvidenceEntry] = field(default_factory=list)
    nominated: list[EvidenceEntry] = field(default_factory=list)
    fieldwork_dates: list[str] = field(default_factory=list)
    site_days: dict[str, set[str]] = field(default_factory=dict)  # site uuid → dates
    site_items: Counter[str] = field(default_factory=Counter)
    by_method: Counter[str] = field(default_factory=Counter)
    by_method_site: Counter[tuple[str, str]] = field(default_factory=Counter)  # (type, site uuid or "")
    by_selection: Counter[tuple[str, str]] = field(default_factory=Counter)  # (type, selection method or "")
    tracked_files: int = 0


def method_facts(entries: Sequence[EvidenceEntry]) -> MethodFacts:
    f = MethodFacts()
    tracked: set[str] = set()
    for e in entries:
        if e.type_code == "case_track":
            tracked.update(str(u) for u in e.data.get("case_file_readings") or ())
    for e in entries:
        if ev.is_nominated(e.data):
            f.nominated.append(e)
            continue
        f.sampled.append(e)
        site = str(e.data.get("site") or "")
        f.by_method[e.type_code] += 1
        f.by_method_site[(e.type_code, site)] += 1
        f.by_selection[(e.type_code, str(e.data.get("selection_method") or ""))] += 1
        when = str(e.data.get("evidence_date") or "")
        if site and when and e.type_code not in NOT_FIELDWORK:
            f.site_days.setdefault(site, set()).add(when)
            f.site_items[site] += 1
        if e.type_code == "case_file_reading" and e.uuid in tracked:
            f.tracked_files += 1
    f.fieldwork_dates = sorted({d for days in f.site_days.values() for d in days})
    return f


def render_methodology(report: MethodologyReport, *, progress: Progress | None = None) -> RenderedReport:
    ctx = report.context
    title = report_title(ctx)
    story = start(ctx, title)
    _Writer(story, report).write()
    return finish(story, title, progress=progress)


class _Writer:
    def __init__(self, story: Story, report: MethodologyReport):
        self.s = story
        self.report = report
        self.ctx = report.context
        self.lang = self.ctx.language
        self.fmt = FieldFormatter(self.ctx, report.lookups)
        self.facts = method_facts(report.entries)
        self.sites = report.lookups.sites

    def write(self) -> None:
        self.fieldwork()
        self.included()
        self.by_method_site()
        self.samples()
        self.sample_plan()
        self.surveys()
        self.team()
        if self.ctx.profile == "published":
            self.s.note(self.s.t("draft_seen", body=self.ctx.inspected_body))

    def _site_order(self) -> list[str]:
        return sorted(self.sites, key=lambda u: (self.sites[u].casefold(), u))

    # -- fieldwork -----------------------------------------------------------------------------------

    def fieldwork(self) -> None:
        s, f, lang = self.s, self.facts, self.lang
        s.heading(t("fieldwork", lang), 1, toc=False)
        if not f.fieldwork_dates:
            s.text(t("no_fieldwork", lang))
            return
        areas = []
        for uuid in self._site_order():
            if uuid in f.site_days:
                area = self.report.lookups.site_areas.get(uuid) or self.sites[uuid]
                if area not in areas:
                    areas.append(area)
        s.para(s.t("fieldwork_days", days=len(f.fieldwork_dates), start=format_date(f.fieldwork_dates[0], lang),
                   end=format_date(f.fieldwork_dates[-1], lang), n=len(areas), areas=", ".join(areas)))
        rows = []
        for uuid in self._site_order():
            if uuid in f.site_days:
                rows.append([s.esc(self.sites[uuid]), s.esc(self.report.lookups.site_areas.get(uuid, "")),
                             str(len(f.site_days[uuid])), str(f.site_items[uuid])])
        rows.append([s.esc(t("total", lang)), "", str(len(f.fieldwork_dates)), str(sum(f.site_items.values()))])
        s.table([s.esc(t(k, lang)) for k in ("site", "area", "days", "items")], rows, [0.36, 0.34, 0.15, 0.15],
                numeric=(2, 3), total_row=True)
        s.note(s.esc(t("fieldwork_days_note", lang)))

    def included(self) -> None:
        """001 Annex B's list: each method with its count and what it was made of."""
        s, f = self.s, self.facts
        s.para(s.t("method_intro", body=self.ctx.inspected_body))
        bullets = []
        for et in ev.EVIDENCE_TYPES:
            n = f.by_method.get(et.code, 0)
            if not n:
                continue
            text = f"<b>{s.esc(et.label(self.lang))}</b>: {n}"
            detail = self._breakdown(et, [e for e in f.sampled if e.type_code == et.code])
            if detail:
                text += f" ({s.esc(detail)})"
            bullets.append(text)
        s.bullets(bullets)
        s.space(4)

    def _breakdown(self, et: ev.EvidenceType, items: list[EvidenceEntry]) -> str:
        key = BREAKDOWN.get(et.code)
        if key is None:
            return ""
        spec = et.field(key)
        counts = Counter(str(e.data.get(key) or "") for e in items)
        parts = [f"{lower_first(self.fmt.choice(spec, code))} {counts[code]}" for code in spec.choice_codes
                 if counts.get(code)]
        if counts.get(""):
            parts.append(f"{lower_first(t('not_recorded', self.lang))} {counts['']}")
        if len(parts) == 1 and not counts.get(""):
            return parts[0].rsplit(" ", 1)[0]  # one kind only: name it without repeating the count
        return "; ".join(parts)

    def by_method_site(self) -> None:
        s, f, lang = self.s, self.facts, self.lang
        if not f.sampled:
            return
        s.heading(t("by_method_site", lang), 1, toc=False)
        sites = [u for u in self._site_order() if any(f.by_method_site.get((et.code, u)) for et in ev.EVIDENCE_TYPES)]
        no_site = any(f.by_method_site.get((et.code, "")) for et in ev.EVIDENCE_TYPES)
        columns = sites + ([""] if no_site else [])
        methods = [et for et in ev.EVIDENCE_TYPES if f.by_method.get(et.code)]
        labels = [self.ctx.redact(self.sites[u] if u else t("no_site", lang)) for u in columns]
        labels.append(t("total", lang))
        first = 0.3 * FRAME_WIDTH
        other = (FRAME_WIDTH - first) / len(labels)
        words = max(stringWidth(w, BOLD, 8.2) for label in labels for w in label.split())
        if other >= MIN_COLUMN:
            # Headers that do not fit across their column are turned to read upwards.
            header = [s.esc(t("method", lang))] + [s.esc(x) if words + 9 <= other else Rotated(x) for x in labels]
            rows = [[s.esc(et.label(lang))] + [str(f.by_method_site.get((et.code, u), 0)) for u in columns]
                    + [str(f.by_method[et.code])] for et in methods]
            rows.append([s.esc(t("total", lang))]
                        + [str(sum(f.by_method_site.get((et.code, u), 0) for et in methods)) for u in columns]
                        + [str(sum(f.by_method.values()))])
            s.table(header, rows, [first] + [other] * (len(columns) + 1), numeric=range(1, len(columns) + 2),
                    total_row=True)
        else:  # too many sites for one row of columns: one line per site and method
            rows = [[s.esc(self.sites[u] if u else t("no_site", lang)), s.esc(et.label(lang)),
                     str(f.by_method_site[(et.code, u)])]
                    for u in columns for et in methods if f.by_method_site.get((et.code, u))]
            rows.append([s.esc(t("total", lang)), "", str(sum(f.by_method.values()))])
            s.table([s.esc(t(k, lang)) for k in ("site", "method", "number")], rows, [0.4, 0.45, 0.15],
                    numeric=(2,), total_row=True)

    # -- samples ---------------------------------------------------------------------------------------

    def samples(self) -> None:
        s, f, lang = self.s, self.facts, self.lang
        s.heading(t("samples", lang), 1, toc=False)
        selection = next(spec for spec in ev.COMMON_FIELDS if spec.key == "selection_method")
        rows = []
        for et in ev.EVIDENCE_TYPES:
            found = [(code, n) for (tc, code), n in f.by_selection.items() if tc == et.code and code]
            if not found:
                continue
            order = {c: i for i, c in enumerate(selection.choice_codes)}
            for code, n in sorted(found, key=lambda x: order.get(x[0], 99)):
                rows.append([s.esc(et.label(lang)), s.esc(self.fmt.choice(selection, code)), str(n)])
            missing = f.by_selection.get((et.code, ""), 0)
            if missing:
                rows.append([s.esc(et.label(lang)), s.esc(t("not_recorded", lang)), str(missing)])
        if rows:
            s.table([s.esc(t(k, lang)) for k in ("method", "how_selected", "number")], rows, [0.4, 0.45, 0.15],
                    numeric=(2,))
        files = f.by_method.get("case_file_reading", 0)
        if files and f.tracked_files:
            s.para(s.t("tracked", n=files, k=f.tracked_files))
        s.heading(t("nominated_heading", lang), 2, toc=False)
        if not f.nominated:
            s.text(t("no_nominated", lang))
            return
        s.para(s.t("nominated_text", n=len(f.nominated), body=self.ctx.inspected_body))
        rows = []
        for e in f.nominated:
            what = self.fmt.title(e)
            note = str(e.data.get("selection_note") or "").strip()
            rows.append([e.ref, s.esc(self.fmt.type_label(e.type_code)),
                         s.esc(format_date(str(e.data.get("evidence_date") or ""), lang)),
                         s.esc(" – ".join(x for x in (what, note) if x))])
        s.table([s.esc(t(k, lang)) for k in ("ref", "method", "date", "summary")], rows, [0.09, 0.24, 0.17, 0.5])

    def sample_plan(self) -> None:
        s, lang = self.s, self.lang
        lines: Sequence[SampleLine] = self.report.sample_plan
        if not lines:
            return
        s.heading(t("sample_plan", lang), 2, toc=False)
        rows = []
        for line in lines:
            et = ev.evidence_type(line.type_code)
            what = et.label(lang)
            if line.where_field and line.where_value:
                spec = et.field(line.where_field)
                what += f": {self.fmt.choice(spec, line.where_value)}"
            what += f" ({line.site_name or t('all_sites', lang)})"
            if line.note.strip():
                what += f" – {line.note.strip()}"
            achieved = str(line.done)
            target = str(line.target)
            if line.sub_target is not None and line.sub_rule:
                rule = t("sub_target", lang, rule=t(f"rule.{line.sub_rule}", lang))
                target += f"; {rule} {line.sub_target}"
                achieved += f"; {rule} {line.sub_done or 0}"
            rows.append([s.esc(what), s.esc(target), s.esc(achieved)])
        s.table([s.esc(t(k, lang)) for k in ("method", "target", "achieved")], rows, [0.5, 0.25, 0.25])

    def surveys(self) -> None:
        s, lang = self.s, self.lang
        surveys = [e for e in self.facts.sampled if e.type_code == "survey"]
        s.heading(t("surveys", lang), 1, toc=False)
        if not surveys:
            s.text(t("no_surveys", lang))
            return
        spec = ev.SURVEY.field("population")
        rows = []
        unknown = s.esc(t("not_known", lang))
        for e in surveys:
            distributed = e.data.get("distributed")
            received = ev.survey_response_count(e.data)
            rate = ev.survey_rate(e.data)
            rows.append([s.esc(self.fmt.title(e) or e.ref), s.esc(self.fmt.choice(spec, e.data.get("population"))),
                         str(distributed) if isinstance(distributed, int) and distributed else unknown,
                         str(received) if received is not None else unknown,
                         f"{percent(received or 0, distributed)}%" if rate is not None else unknown])
        s.table([s.esc(t(k, lang)) for k in ("survey", "population", "distributed", "responses", "response_rate")],
                rows, [0.32, 0.24, 0.14, 0.14, 0.16], numeric=(2, 3, 4))

    def team(self) -> None:
        s, lang = self.s, self.lang
        s.heading(t("team", lang), 1, toc=False)
        team = self.report.team
        if not team:
            s.text(t("no_team", lang))
            return
        by_role: dict[str, list[str]] = {}
        for member in team:
            by_role.setdefault(member.role, []).append(member.name)
        parts = []
        for role in ("lead", "inspector", "assistant"):
            names = by_role.get(role)
            if not names:
                continue
            label = t(f"roles.{role}", lang)
            if self.ctx.profile == "published":  # staff by role only: say how many, not who
                parts.append(f"<b>{s.esc(label)}:</b> {len(names)}.")
            else:
                parts.append(f"<b>{s.esc(label)}:</b> {s.esc(', '.join(names))}.")
        s.para(" ".join(parts))
