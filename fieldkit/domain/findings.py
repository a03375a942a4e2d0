"""Findings: the strengths, areas for improvement and good practice an inspection reports (004 L48–65;
001's "Good practice" boxes), each linked to framework nodes and to the evidence behind it.

Pure Python: imports only `fieldkit.domain`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from fieldkit.domain.inspection import ValidationError
from fieldkit.domain.judgement import EvidenceLink, links_from

if TYPE_CHECKING:
    from fieldkit.domain.framework import Framework

CATEGORIES: tuple[tuple[str, str, str], ...] = (
    ("strength", "Strength", "Cryfder"),
    ("area_for_improvement", "Area for improvement", "Maes i'w wella"),
    ("good_practice", "Good practice", "Arfer da"),
)
CATEGORY_CODES = tuple(c[0] for c in CATEGORIES)
# The framework's own output list each category feeds, when it has one (CIW's "Strengths").
_FRAMEWORK_CATEGORY = {"strength": "strengths", "area_for_improvement": "areas_for_improvement",
                       "good_practice": "good_practice"}


def category_title(framework: Framework | None, code: str, language: str = "en", plural: bool = False) -> str:
    """The framework's heading for the category where it has one, else FieldKit's label."""
    if framework is not None and plural:
        for oc in framework.output_categories:
            if oc.code == _FRAMEWORK_CATEGORY.get(code):
                return oc.title_cy if language == "cy" else oc.title_en
    for c, en, cy in CATEGORIES:
        if c == code:
            if plural:
                en = {"strength": "Strengths", "area_for_improvement": "Areas for improvement"}.get(c, en)
                cy = {"strength": "Cryfderau", "area_for_improvement": "Meysydd i'w gwella"}.get(c, cy)
            return cy if language == "cy" else en
    return code


@dataclass(frozen=True)
class Finding:
    category: str
    text: str
    nodes: tuple[str, ...] = ()
    evidence: tuple[EvidenceLink, ...] = ()
    promoted_from: str | None = None  # the good-practice evidence item this finding was promoted from
    position: int = 0

    def to_data(self) -> dict[str, Any]:
        return {"category": self.category, "text": self.text, "nodes": list(self.nodes),
                "evidence": [link.to_data() for link in self.evidence], "promoted_from": self.promoted_from,
                "position": self.position}

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Finding:
        return cls(str(data.get("category", "")), str(data.get("text", "")), tuple(data.get("nodes") or ()),
                   links_from(data.get("evidence")), data.get("promoted_from"), int(data.get("position") or 0))


def validate_finding(f: Finding, framework: Framework | None = None) -> Finding:
    problems = []
    if f.category not in CATEGORY_CODES:
        problems.append(f"category: one of {', '.join(CATEGORY_CODES)}")
    if not f.text.strip():
        problems.append("text: required")
    if framework is not None:
        known = {n.code for n in framework.iter_nodes()}
        unknown = [c for c in f.nodes if c not in known]
        if unknown:
            problems.append(f"nodes: the framework has no node {', '.join(unknown)}")
    if problems:
        raise ValidationError(problems)
    return f
