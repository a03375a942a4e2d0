"""What the evidence says about one framework node, shown beside its judgement; never the judgement itself.

For the items tagged with a node (or one of its descendants) or graded on a checklist that informs it:
the distribution of checklist grades ("33 private law reports: 1 Good, 7 Adequate, 25 Inadequate"), the
proportion word the counts support under the framework's thresholds (25 of 33 → "most"), the grade at the
distribution's median (a judgement that departs from it needs a reason), evidence sufficiency, and the
safeguarding concerns linked to the node. Items nominated by the inspected body are left out unless asked
(001 ¶30: nominated examples must not distort the statistics).

Pure Python: imports only `fieldkit.domain`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from fieldkit.domain.evidence import GRADE_WORDS, evidence_type, is_nominated

if TYPE_CHECKING:
    from fieldkit.domain.framework import Checklist, Framework, ProportionWord, Scale

OVERALL = "_overall"


@dataclass(frozen=True)
class EvidenceFact:
    """What decision support needs of an evidence item."""

    uuid: str
    type_code: str
    author: str
    data: Mapping[str, Any]

    @property
    def criteria(self) -> tuple[str, ...]:
        return tuple(c for c in self.data.get("criteria") or () if isinstance(c, str))

    @property
    def checklists(self) -> Mapping[str, Mapping[str, str]]:
        value = self.data.get("checklist")
        return value if isinstance(value, Mapping) else {}


@dataclass(frozen=True)
class LevelCount:
    code: str
    label_en: str
    label_cy: str
    count: int
    not_applicable: bool = False


@dataclass(frozen=True)
class Distribution:
    """Counts per level of one checklist item (or of the overall rating, or pooled overall ratings)."""

    checklist: str
    item: str
    title_en: str
    title_cy: str
    scale: str
    levels: tuple[LevelCount, ...]

    @property
    def rated(self) -> int:
        return sum(level.count for level in self.levels if not level.not_applicable)

    @property
    def not_applicable(self) -> int:
        return sum(level.count for level in self.levels if level.not_applicable)

    def count(self, code: str) -> int:
        return next((level.count for level in self.levels if level.code == code), 0)

    def rated_levels(self) -> tuple[LevelCount, ...]:
        return tuple(level for level in self.levels if not level.not_applicable)

    def leading(self) -> LevelCount | None:
        """The level with the most items; on a tie the one listed first on the scale."""
        rated = [level for level in self.rated_levels() if level.count]
        return max(rated, key=lambda level: level.count) if rated else None

    def median(self) -> str | None:
        """The level of the middle item in scale order (best first); the lower of two middles."""
        ordered = [level.code for level in self.rated_levels() for _ in range(level.count)]
        return ordered[len(ordered) // 2] if ordered else None

    def breakdown(self, language: str = "en") -> str:
        """"1 Good, 7 Adequate, 25 Inadequate": the levels that have items, in scale order."""
        return ", ".join(f"{level.count} {level.label_cy if language == 'cy' else level.label_en}"
                         for level in self.rated_levels() if level.count)

    def summary(self, language: str = "en") -> str:
        """"33: 1 Good, 7 Adequate, 25 Inadequate": levels with no items and N/A left out (N/A listed after)."""
        text = f"{self.rated}: {self.breakdown(language)}"
        if self.not_applicable:
            text += f" ({self.not_applicable} N/A)"
        return text


@dataclass(frozen=True)
class Proportion:
    """The word the framework defines for one level's share: 25 of 33 inadequate → "most"."""

    level: str
    label_en: str
    label_cy: str
    count: int
    total: int
    word_en: str | None
    word_cy: str | None

    @property
    def percent(self) -> float:
        return 100.0 * self.count / self.total if self.total else 0.0


@dataclass(frozen=True)
class Sufficiency:
    items: int
    methods: tuple[str, ...]
    nominated_excluded: int
    warnings: tuple[str, ...]  # codes: "no_evidence", "single_method", "nominated_only"


@dataclass(frozen=True)
class LinkedConcern:
    uuid: str
    concern: str
    severity: str
    status: str


@dataclass(frozen=True)
class DecisionSupport:
    node: str
    evidence: tuple[str, ...]
    headline: Distribution | None
    distributions: tuple[Distribution, ...]
    proportion: Proportion | None
    suggested: str | None
    sufficiency: Sufficiency
    concerns: tuple[LinkedConcern, ...]


_REFERENCE_KEYS = {"case_file_reading": "file_reference", "court_report_reading": "report_reference"}


def reading_reference(item: EvidenceFact) -> str | None:
    """The document reference as typed: the inspectee's file reference, the report reference, else the source."""
    key = _REFERENCE_KEYS.get(item.type_code, "source_document")
    value = item.data.get(key) or item.data.get("source_document")
    return value.strip() if isinstance(value, str) and value.strip() else None


def reading_key(item: EvidenceFact) -> str | None:
    """What document a reading is of: the same key on two readings makes them a double reading."""
    value = reading_reference(item)
    return f"{item.type_code}:{' '.join(value.casefold().split())}" if value else None


def one_reading_each(items: Iterable[EvidenceFact]) -> list[EvidenceFact]:
    """Distributions count documents, not readings: of a document read twice (for moderation), the reading
    recorded first stands; the second is compared with it in the agreement view."""
    seen: set[str] = set()
    out = []
    for item in items:
        key = reading_key(item)
        if key is not None and (item.checklists or recorded_grade(item)):
            if key in seen:
                continue
            seen.add(key)
        out.append(item)
    return out


def codes_under(framework: Framework, code: str) -> frozenset[str]:
    node = framework.node(code)
    out = [node.code]
    stack = list(node.children)
    while stack:
        child = stack.pop()
        out.append(child.code)
        stack.extend(child.children)
    return frozenset(out)


def codes_ancestors(framework: Framework, code: str) -> frozenset[str]:
    """The node and every node above it (a node switched off takes its children with it)."""
    out = {code}
    parent = framework.parent(code)
    while parent is not None:
        out.add(parent.code)
        parent = framework.parent(parent.code)
    return frozenset(out)


def informs(checklist: Checklist, codes: frozenset[str]) -> bool:
    return bool(set(checklist.informs) & codes)


def relevant(framework: Framework, code: str, items: Iterable[EvidenceFact]) -> list[EvidenceFact]:
    """Items tagged with the node or a descendant, or graded on a checklist that informs one."""
    codes = codes_under(framework, code)
    informing = {c.code for c in framework.checklists if informs(c, codes)}
    out = []
    for item in items:
        graded_here = any(k in informing and grades for k, grades in item.checklists.items())
        if graded_here or set(item.criteria) & codes:
            out.append(item)
    return out


def _distribution(checklist: str, item: str, title_en: str, title_cy: str, scale: Scale,
                  counts: Counter[str]) -> Distribution:
    levels = tuple(LevelCount(lv.code, lv.label_en, lv.label_cy, counts.get(lv.code, 0), lv.not_applicable)
                   for lv in scale.levels)
    return Distribution(checklist, item, title_en, title_cy, scale.code, levels)


def distributions(framework: Framework, items: Iterable[EvidenceFact]) -> list[Distribution]:
    """The overall rating and every item of each checklist the items were graded on, in framework order."""
    items = list(items)
    out: list[Distribution] = []
    for checklist in framework.checklists:
        graded = [item.checklists.get(checklist.code) for item in items]
        graded = [g for g in graded if g]
        if not graded:
            continue
        if checklist.overall is not None:
            counts = Counter(g[OVERALL] for g in graded if OVERALL in g)
            out.append(_distribution(checklist.code, OVERALL, checklist.overall.title_en, checklist.overall.title_cy,
                                     framework.scale(checklist.overall.scale), counts))
        for ci in checklist.items:
            counts = Counter(g[ci.code] for g in graded if ci.code in g)
            out.append(_distribution(checklist.code, ci.code, ci.title_en, ci.title_cy, framework.scale(ci.scale),
                                     counts))
    return out


def recorded_grade(item: EvidenceFact) -> tuple[str, str] | None:
    """(field key, level) of the grade recorded on the item itself (a court report's overall grade, an
    observation's grade), for items graded outside any checklist (001's public law reports)."""
    try:
        specs = evidence_type(item.type_code).fields
    except KeyError:
        return None
    for spec in specs:
        if spec.kind == "choice" and spec.choices is GRADE_WORDS:
            value = item.data.get(spec.key)
            if isinstance(value, str) and value:
                return spec.key, value
    return None


def recorded_distributions(items: Iterable[EvidenceFact], scale: Scale | None) -> list[Distribution]:
    """One distribution per evidence type of the grades recorded on the items, on the node's scale."""
    if scale is None:
        return []
    by_type: dict[str, Counter[str]] = {}
    for item in items:
        found = recorded_grade(item)
        if found and found[1] in scale.level_codes:
            by_type.setdefault(item.type_code, Counter())[found[1]] += 1
    out = []
    for type_code in sorted(by_type):
        et = evidence_type(type_code)
        out.append(_distribution("", f"grade:{type_code}", f"Grade recorded: {et.label_en}",
                                 f"Gradd a gofnodwyd: {et.label_cy}", scale, by_type[type_code]))
    return out


def headline(framework: Framework, scale: Scale | None, items: list[EvidenceFact],
             dists: list[Distribution]) -> Distribution | None:
    """The distribution a graded node's judgement is read against: one overall rating per item (its
    checklist's overall rating on the node's scale, else the grade recorded on the item); failing any,
    every checklist item graded on that scale."""
    if scale is None:
        return None
    overall_scales = {c.code: c.overall.scale for c in framework.checklists if c.overall is not None}
    counts: Counter[str] = Counter()
    for item in items:
        rating = next((g[OVERALL] for code, g in item.checklists.items()
                       if OVERALL in g and overall_scales.get(code) == scale.code), None)
        if rating is None:
            found = recorded_grade(item)
            rating = found[1] if found else None
        if rating in scale.level_codes:
            counts[rating] += 1
    if counts:
        return _distribution("", OVERALL, "Overall ratings", "Graddau cyffredinol", scale, counts)
    pooled: Counter[str] = Counter()
    for d in dists:
        if d.scale == scale.code and d.item != OVERALL:
            pooled.update({level.code: level.count for level in d.levels})
    if sum(pooled.values()):
        return _distribution("", "", "All checklist items", "Holl eitemau'r rhestrau gwirio", scale, pooled)
    return None


def proportion_for(words: Iterable[ProportionWord], level: LevelCount, total: int) -> Proportion:
    from fieldkit.domain.framework import proportion_word

    word = proportion_word(level.count, total, tuple(words)) if total else None
    return Proportion(level.code, level.label_en, level.label_cy, level.count, total,
                      word.word_en if word else None, word.word_cy if word else None)


def sufficiency(items: list[EvidenceFact], excluded: int) -> Sufficiency:
    methods = tuple(sorted({item.type_code for item in items}))
    warnings = []
    if not items:
        warnings.append("nominated_only" if excluded else "no_evidence")
    elif len(methods) == 1:
        warnings.append("single_method")
    return Sufficiency(len(items), methods, excluded, tuple(warnings))


def decision_support(framework: Framework, code: str, items: Iterable[EvidenceFact], *,
                     concerns: Iterable[tuple[str, Mapping[str, Any]]] = (),
                     include_nominated: bool = False) -> DecisionSupport:
    node = framework.node(code)
    scale = framework.scale(node.scale) if node.graded and node.scale else None
    found = one_reading_each(relevant(framework, code, items))
    kept = [i for i in found if include_nominated or not is_nominated(i.data)]
    codes = codes_under(framework, code)
    dists = distributions(framework, kept) + recorded_distributions(kept, scale)
    head = headline(framework, scale, kept, dists)
    proportion = None
    if head is not None and head.rated:
        lead = head.leading()
        if lead is not None:
            proportion = proportion_for(framework.proportion_words, lead, head.rated)
    ids = {i.uuid for i in found}
    linked = []
    for uuid, c in concerns:
        if set(c.get("nodes") or ()) & codes or c.get("evidence") in ids:
            linked.append(LinkedConcern(uuid, str(c.get("concern", "")), str(c.get("severity", "")),
                                        str(c.get("status", ""))))
    return DecisionSupport(
        node=code, evidence=tuple(i.uuid for i in kept), headline=head, distributions=tuple(dists),
        proportion=proportion, suggested=head.median() if head is not None else None,
        sufficiency=sufficiency(kept, len(found) - len(kept)), concerns=tuple(linked))


def sufficiency_by_node(framework: Framework, items: Iterable[EvidenceFact], *, enabled: Iterable[str] | None = None,
                        include_nominated: bool = False) -> dict[str, Sufficiency]:
    """Every criterion-level node (leaves and graded nodes) with what evidence it has, for the warnings list."""
    items = list(items)
    allowed = set(enabled) if enabled is not None else None
    out = {}
    for node in framework.iter_nodes():
        if allowed is not None and node.code not in allowed:
            continue
        if node.children and not node.graded:
            continue
        found = one_reading_each(relevant(framework, node.code, items))
        kept = [i for i in found if include_nominated or not is_nominated(i.data)]
        out[node.code] = sufficiency(kept, len(found) - len(kept))
    return out
