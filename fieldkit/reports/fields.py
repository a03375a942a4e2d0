"""An evidence item's fields as label and value, in the report's language, from the evidence type's specs.

Values are plain text (the caller escapes them): choices by their label, sites and children by name,
other items by their report reference, framework criteria by code and title. Quotations and checklists
are laid out apart (see `record.py`); what a profile withholds is decided here.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from fieldkit.domain import evidence as ev
from fieldkit.reports.model import EvidenceEntry, Lookups, ReportContext
from fieldkit.reports.strings import format_date, t

# Inspected-body file and record references: for the team's own use, never outside it.
INTERNAL_ONLY_FIELDS = frozenset({"file_reference", "report_reference", "record_reference"})
LAID_OUT_APART = frozenset({"quotes", "checklist", "title"})


@dataclass(frozen=True)
class FieldLine:
    label: str
    value: str  # plain text; sub-records are listed one per line
    key: str


class FieldFormatter:
    def __init__(self, ctx: ReportContext, lookups: Lookups):
        self.ctx = ctx
        self.lookups = lookups
        self.language = ctx.language

    def label(self, spec: ev.FieldSpec) -> str:
        return self.ctx.pick(spec.label_en, spec.label_cy)

    def type_label(self, type_code: str) -> str:
        try:
            et = ev.evidence_type(type_code)
        except KeyError:
            return type_code
        return et.label(self.language)

    def choice(self, spec: ev.FieldSpec, code: Any) -> str:
        try:
            return spec.choice_label(str(code), self.language)
        except KeyError:
            return str(code)

    def criterion(self, code: str) -> str:
        try:
            node = self.ctx.framework.node(code)
        except KeyError:
            return code
        return f"{code} {self.ctx.pick(node.title_en, node.title_cy)}"

    def value(self, spec: ev.FieldSpec, value: Any) -> str:
        kind = spec.kind
        lang = self.language
        if kind in ("text", "longtext"):
            return str(value).strip()
        if kind == "date":
            return format_date(str(value), lang)
        if kind == "int":
            return str(value)
        if kind == "bool":
            return t("yes" if value else "no", lang)
        if kind == "choice":
            return self.choice(spec, value)
        if kind == "multichoice":
            return "; ".join(self.choice(spec, v) for v in value or ())
        if kind == "child":
            return self.lookups.children.get(str(value), "?")
        if kind == "children":
            return ", ".join(self.lookups.children.get(str(v), "?") for v in value or ())
        if kind == "site":
            return self.lookups.sites.get(str(value), "?")
        if kind == "evidence_refs":
            return ", ".join(self.lookups.refs.get(str(v), "?") for v in value or ())
        if kind == "criteria":
            return "; ".join(self.criterion(str(c)) for c in value or ())
        if kind == "records":
            return "\n".join(self.record_line(spec, item) for item in value or () if isinstance(item, Mapping))
        return str(value)

    def record_line(self, spec: ev.FieldSpec, item: Mapping[str, Any]) -> str:
        parts = []
        for sub in spec.fields:
            v = item.get(sub.key)
            if _empty(v, sub.kind) or (sub.kind == "bool" and not v):
                continue
            if sub.kind == "records":
                inner = "; ".join(self.record_line(sub, x) for x in v if isinstance(x, Mapping))
                parts.append(f"{self.label(sub)}: {inner}")
            elif sub.kind == "bool":
                parts.append(self.label(sub))
            else:
                parts.append(f"{self.label(sub)}: {self.value(sub, v)}")
        return " · ".join(parts) if parts else "—"

    def lines(self, entry: EvidenceEntry) -> tuple[list[FieldLine], list[str]]:
        """(the fields that hold something, the labels of those that do not); every field is one or other."""
        et = ev.evidence_type(entry.type_code)
        data = self._visible(entry)
        shown: list[FieldLine] = []
        empty: list[str] = []
        for spec in et.all_fields:
            if spec.key in LAID_OUT_APART:
                continue
            value = data.get(spec.key)
            if spec.key in INTERNAL_ONLY_FIELDS and not self.ctx.internal and not _empty(value, spec.kind):
                shown.append(FieldLine(self.label(spec), t("field_withheld", self.language), spec.key))
                continue
            if _empty(value, spec.kind):
                empty.append(self.label(spec))
                continue
            shown.append(FieldLine(self.label(spec), self.value(spec, value), spec.key))
        return shown, empty

    def _visible(self, entry: EvidenceEntry) -> Mapping[str, Any]:
        """Survey comments not marked quotable stay inside the team."""
        data = entry.data
        if entry.type_code != "survey" or self.ctx.internal:
            return data
        responses = [r if not isinstance(r, Mapping) or r.get("quotable") else {**r, "free_text": ""}
                     for r in data.get("responses") or ()]
        return {**data, "responses": responses}

    def quotes(self, entry: EvidenceEntry) -> tuple[list[Mapping[str, Any]], int]:
        """(the quotations this profile may show, how many were left out)."""
        quotes = [q for q in entry.data.get("quotes") or ()
                  if isinstance(q, Mapping) and str(q.get("text", "")).strip()]
        if not self.ctx.quotes_cleared_only:
            return quotes, 0
        shown = [q for q in quotes if q.get("may_publish") is True]
        return shown, len(quotes) - len(shown)

    def title(self, entry: EvidenceEntry) -> str:
        return str(entry.data.get("title") or "").strip()

    def grade(self, entry: EvidenceEntry) -> str:
        """The item's own overall grade, if it has one (a checklist's overall rating, or a grade field)."""
        checklists = entry.data.get("checklist")
        if isinstance(checklists, Mapping):
            for code, grades in checklists.items():
                if isinstance(grades, Mapping) and grades.get("_overall"):
                    try:
                        checklist = self.ctx.framework.checklist(code)
                        scale = self.ctx.framework.scale(checklist.overall.scale) if checklist.overall else None
                        level = scale.level(grades["_overall"]) if scale else None
                    except KeyError:
                        level = None
                    if level is not None:
                        return self.ctx.pick(level.label_en, level.label_cy)
        et = ev.evidence_type(entry.type_code)
        for key in ("overall_grade", "grade"):
            value = entry.data.get(key)
            if value and value != "not_graded":
                try:
                    return et.field(key).choice_label(str(value), self.language)
                except KeyError:
                    return str(value)
        return ""

    def checklist_rows(self, entry: EvidenceEntry) -> Iterator[tuple[str, list[tuple[str, str, bool]]]]:
        """(checklist title, [(item title, grade label, is_overall)]) for each checklist the item was graded on."""
        fw = self.ctx.framework
        checklists = entry.data.get("checklist")
        if not isinstance(checklists, Mapping):
            return
        for code in sorted(checklists, key=lambda c: _checklist_order(fw, c)):
            grades = checklists[code]
            if not isinstance(grades, Mapping) or not grades:
                continue
            try:
                checklist = fw.checklist(code)
            except KeyError:
                yield code, [(k, str(v), k == "_overall") for k, v in sorted(grades.items())]
                continue
            rows: list[tuple[str, str, bool]] = []
            if checklist.overall is not None and "_overall" in grades:
                rows.append((self.ctx.pick(checklist.overall.title_en, checklist.overall.title_cy),
                             self._level(checklist.overall.scale, grades["_overall"]), True))
            for item in checklist.items:
                if item.code in grades:
                    rows.append((self.ctx.pick(item.title_en, item.title_cy),
                                 self._level(item.scale, grades[item.code]), False))
            yield self.ctx.pick(checklist.title_en, checklist.title_cy), rows

    def _level(self, scale_code: str, level_code: str) -> str:
        try:
            level = self.ctx.framework.scale(scale_code).level(str(level_code))
        except KeyError:
            return str(level_code)
        return self.ctx.pick(level.label_en, level.label_cy)


def _empty(value: Any, kind: str) -> bool:
    """Nothing recorded: None, blank text, an empty list or checklist (False is a recorded answer)."""
    if value is None:
        return True
    if kind in ev.LIST_KINDS or kind == "records":
        return not value
    if kind == "checklist":
        return not value
    if kind == "bool":
        return False
    return isinstance(value, str) and not value.strip()


def _checklist_order(framework, code: str) -> tuple[int, str]:
    for i, c in enumerate(framework.checklists):
        if c.code == code:
            return i, code
    return len(framework.checklists), code
