"""Judgements: one per framework node, made and moderated by people, never computed.

A judgement holds a grade from the node's scale (or, for an ungraded framework, a narrative assessment),
an optional qualified composite ("adequate and, in one or two aspects, good", 001 ¶101), the rationale,
supporting and contrary evidence with quoted passages, limiting factors and, where the grade departs from
what the evidence distribution suggests, the reason. Status moves draft → proposed → moderated → agreed →
locked; only the lead inspector moderates, agrees and locks (domain.md §6.3).

Pure Python: imports only `fieldkit.domain`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from fieldkit.domain.inspection import ValidationError

if TYPE_CHECKING:
    from fieldkit.domain.framework import Framework, Node, Scale

STATUSES = ("draft", "proposed", "moderated", "agreed", "locked")
LEAD_ONLY_STATUSES = frozenset({"moderated", "agreed", "locked"})

# The qualifier of a composite grade; 001 ¶101 uses "in one or two aspects".
EXTENTS: tuple[tuple[str, str, str], ...] = (
    ("one_or_two", "in one or two aspects", "mewn un neu ddwy agwedd"),
    ("some", "in some aspects", "mewn rhai agweddau"),
    ("many", "in many aspects", "mewn llawer o agweddau"),
)
EXTENT_CODES = tuple(e[0] for e in EXTENTS)

# Allowed moves, and whether only the lead may make them. Locked is final: a locked judgement is the
# one the report was written from.
_MOVES: dict[tuple[str, str], bool] = {
    ("draft", "proposed"): False,
    ("proposed", "draft"): False,
    ("proposed", "moderated"): True,
    ("moderated", "agreed"): True,
    ("agreed", "locked"): True,
    ("moderated", "proposed"): True,
    ("moderated", "draft"): True,
    ("agreed", "moderated"): True,
    ("agreed", "draft"): True,
}


class JudgementRefused(PermissionError):
    """A change the rules do not allow (a non-lead moderating, an edit of a locked judgement...)."""


@dataclass(frozen=True)
class EvidenceLink:
    """An evidence item cited by a judgement or finding, with the passage quoted from it, if any."""

    evidence: str
    passage: str = ""

    def to_data(self) -> dict[str, str]:
        return {"evidence": self.evidence, "passage": self.passage}

    @classmethod
    def from_data(cls, data: Any) -> EvidenceLink:
        if isinstance(data, EvidenceLink):  # FindingService.promote hands links over already built
            return data
        if isinstance(data, str):
            return cls(data)
        return cls(str(data.get("evidence", "")), str(data.get("passage") or ""))


def links_from(value: Any) -> tuple[EvidenceLink, ...]:
    return tuple(EvidenceLink.from_data(v) for v in value or ())


@dataclass(frozen=True)
class Judgement:
    node: str
    grade: str | None = None
    also_grade: str | None = None
    also_extent: str | None = None
    narratives: Mapping[str, str] = field(default_factory=dict)
    rationale: str = ""
    supporting: tuple[EvidenceLink, ...] = ()
    contrary: tuple[EvidenceLink, ...] = ()
    limiting_factors: str = ""
    departure_reason: str = ""
    include_nominated: bool = False
    status: str = "draft"
    proposed_by: str = ""
    moderated_by: str = ""
    agreed_by: str = ""
    locked_by: str = ""

    def to_data(self) -> dict[str, Any]:
        return {
            "node": self.node, "grade": self.grade, "also_grade": self.also_grade,
            "also_extent": self.also_extent, "narratives": dict(sorted(self.narratives.items())),
            "rationale": self.rationale, "supporting": [link.to_data() for link in self.supporting],
            "contrary": [link.to_data() for link in self.contrary], "limiting_factors": self.limiting_factors,
            "departure_reason": self.departure_reason, "include_nominated": self.include_nominated,
            "status": self.status, "proposed_by": self.proposed_by, "moderated_by": self.moderated_by,
            "agreed_by": self.agreed_by, "locked_by": self.locked_by,
        }

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Judgement:
        d = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        d["supporting"] = links_from(d.get("supporting"))
        d["contrary"] = links_from(d.get("contrary"))
        d["narratives"] = dict(d.get("narratives") or {})
        return cls(**d)

    @property
    def evidence_uuids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(link.evidence for link in (*self.supporting, *self.contrary)))

    def with_changes(self, **changes: Any) -> Judgement:
        return replace(self, **changes)


def grade_text(judgement: Judgement, scale: Scale | None, language: str = "en") -> str:
    """"Adequate and, in one or two aspects, good": the grade as the report prints it; "" if ungraded."""
    if scale is None or not judgement.grade:
        return ""

    def label(code: str) -> str:
        level = scale.level(code)
        return level.label_cy if language == "cy" else level.label_en

    main = label(judgement.grade)
    if not judgement.also_grade:
        return main
    extent = next((cy if language == "cy" else en for c, en, cy in EXTENTS if c == judgement.also_extent), "")
    also = label(judgement.also_grade).lower()
    joiner = "a" if language == "cy" else "and"
    return f"{main} {joiner}, {extent}, {also}" if extent else f"{main} {joiner} {also}"


def node_scale(framework: Framework, node: Node) -> Scale | None:
    return framework.scale(node.scale) if node.graded and node.scale else None


def validate_judgement(judgement: Judgement, framework: Framework, *, suggested: str | None = None) -> Judgement:
    """Every problem at once, each naming its field. `suggested` is what the evidence distribution
    suggests (decision support); a grade departing from it needs a reason once beyond draft."""
    problems: list[str] = []
    try:
        node = framework.node(judgement.node)
    except KeyError:
        raise ValidationError([f"node: the framework has no node {judgement.node!r}"]) from None
    scale = node_scale(framework, node)
    rated = {level.code for level in scale.rated_levels} if scale else set()
    if judgement.status not in STATUSES:
        problems.append(f"status: one of {', '.join(STATUSES)}")
    if scale is None:
        if judgement.grade or judgement.also_grade:
            problems.append(f"grade: node {node.code} is not graded; write a narrative assessment instead")
    else:
        if judgement.grade and judgement.grade not in rated:
            problems.append(f"grade: {judgement.grade!r} is not on the scale {scale.code} ({', '.join(sorted(rated))})")
        if judgement.also_grade:
            if judgement.also_grade not in rated:
                problems.append(f"qualifying grade: {judgement.also_grade!r} is not on the scale {scale.code}")
            elif judgement.also_grade == judgement.grade:
                problems.append("qualifying grade: must differ from the grade")
            if not judgement.grade:
                problems.append("grade: required with a qualifying grade")
            if judgement.also_extent not in EXTENT_CODES:
                problems.append(f"qualifying extent: one of {', '.join(EXTENT_CODES)}")
    known_slots = {n.code for n in node.narratives} | {"assessment"}
    for slot in judgement.narratives:
        if slot not in known_slots:
            problems.append(f"narratives.{slot}: node {node.code} has no such narrative")
    for name, links in (("supporting", judgement.supporting), ("contrary", judgement.contrary)):
        for i, link in enumerate(links):
            if not link.evidence:
                problems.append(f"{name}[{i}].evidence: required")
    both = {link.evidence for link in judgement.supporting} & {link.evidence for link in judgement.contrary}
    if both:
        problems.append(f"contrary: an item cannot be both supporting and contrary evidence ({len(both)})")
    if judgement.status != "draft":
        if not judgement.rationale.strip():
            problems.append("rationale: required beyond draft")
        if scale is not None and not judgement.grade:
            problems.append("grade: required beyond draft")
        if scale is None and not any(t.strip() for t in judgement.narratives.values()):
            problems.append("assessment: a narrative assessment is required beyond draft")
        if departs(judgement, suggested) and not judgement.departure_reason.strip():
            problems.append(f"departure reason: required, the grade departs from what the evidence suggests "
                            f"({suggested})")
    if problems:
        raise ValidationError(problems)
    return judgement


def departs(judgement: Judgement, suggested: str | None) -> bool:
    return bool(suggested and judgement.grade and judgement.grade != suggested)


def check_move(current: Judgement, target: str, *, actor: str, is_lead: bool) -> None:
    """Raise `JudgementRefused` unless `actor` may move the judgement from its status to `target`."""
    if target not in STATUSES:
        raise ValueError(f"status: one of {', '.join(STATUSES)}")
    if current.status == "locked":
        raise JudgementRefused("a locked judgement never changes")
    lead_only = _MOVES.get((current.status, target))
    if lead_only is None:
        raise JudgementRefused(f"a judgement cannot move from {current.status} to {target}")
    if lead_only and not is_lead:
        raise JudgementRefused(f"only the lead inspector can make a judgement {target}")
    if (current.status, target) == ("proposed", "draft") and not is_lead and actor != current.proposed_by:
        raise JudgementRefused("only the inspector who proposed it or the lead can return it to draft")


def check_edit(current: Judgement, *, is_lead: bool) -> None:
    """Content edits: anyone on the team in draft or proposed; the lead once moderated; nobody once locked."""
    if current.status == "locked":
        raise JudgementRefused("a locked judgement never changes")
    if current.status in ("moderated", "agreed") and not is_lead:
        raise JudgementRefused(f"only the lead inspector can edit a {current.status} judgement")


def moved(current: Judgement, target: str, actor: str) -> Judgement:
    """The judgement at `target`, with who moved it there recorded (and later sign-offs cleared)."""
    order = STATUSES.index(target)
    stamps = {"proposed_by": 1, "moderated_by": 2, "agreed_by": 3, "locked_by": 4}
    changes: dict[str, Any] = {"status": target}
    for key, at in stamps.items():
        if at > order:
            changes[key] = ""
    key = {1: "proposed_by", 2: "moderated_by", 3: "agreed_by", 4: "locked_by"}.get(order)
    if key and STATUSES.index(current.status) < order:
        changes[key] = actor
    return replace(current, **changes)
