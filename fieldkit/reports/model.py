"""What a renderer is handed: plain data assembled by `fieldkit.services.reports`, never a database.

The service decides who is who (a team member's name, or their role where names are replaced) and what
may be shown; the renderers apply the profile rules again on what they print (quotations, child details,
the restricted log), so that no caller can hand them a published report with a name in it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from fieldkit.domain.decision_support import DecisionSupport
from fieldkit.domain.findings import Finding
from fieldkit.domain.framework import Framework
from fieldkit.domain.judgement import Judgement
from fieldkit.domain.recommendations import ProgressRow, Recommendation
from fieldkit.domain.safeguarding import Concern

KINDS = ("record", "evidence-report", "methodology", "questionnaire", "safeguarding-log", "recommendations")
PROFILES = ("internal", "factual-accuracy", "published")

DEFAULT_MARKING = {"internal": "OFFICIAL-SENSITIVE", "factual-accuracy": "OFFICIAL-SENSITIVE", "published": ""}


class ReportRefused(PermissionError):
    """A report the profile does not allow (the safeguarding log outside the internal profile)."""


@dataclass(frozen=True)
class ReportContext:
    """Who the report is for and what it is about.

    `redactions` are (text, replacement) pairs applied to every string printed, longest first, as whole
    words: team names → roles, never-to-write names → "[name withheld]". Several words ("Rhian Evans",
    "Dr Evans") match in any case; a single word (a given name) only as written, so that "Will" the
    inspector does not take "will" out of every sentence."""

    kind: str
    profile: str
    language: str
    inspection_title: str
    inspected_body: str
    framework: Framework
    marking: str = ""
    fieldwork_start: str | None = None
    fieldwork_end: str | None = None
    scope: str = ""
    limitations: str = ""
    disabled_nodes: tuple[str, ...] = ()
    redactions: tuple[tuple[str, str], ...] = ()
    people: Mapping[str, str] = field(default_factory=dict)  # a recorded name → how this report shows it
    unknown_person: str = ""  # set where names are replaced: anyone not in `people` is shown as this
    pdf_author: str = ""

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"kind: one of {', '.join(KINDS)}")
        if self.profile not in PROFILES:
            raise ValueError(f"profile: one of {', '.join(PROFILES)}")
        if self.language not in ("en", "cy"):
            raise ValueError("language: en or cy")

    @property
    def internal(self) -> bool:
        return self.profile == "internal"

    @property
    def quotes_cleared_only(self) -> bool:
        """Outside the team only quotations marked may-publish are shown (the draft previews the publication)."""
        return self.profile != "internal"

    def pick(self, english: str, welsh: str | None) -> str:
        return welsh if self.language == "cy" and welsh else english

    @cached_property
    def _patterns(self) -> list[tuple[re.Pattern[str], dict[str, str]]]:
        pairs = sorted(((a.strip(), b) for a, b in self.redactions if a.strip()), key=lambda p: (-len(p[0]), p[0]))
        out = []
        several = [p for p in pairs if " " in p[0]]
        single = [p for p in pairs if " " not in p[0]]
        for phrases, flags in ((several, re.IGNORECASE), (single, 0)):
            if not phrases:
                continue
            replacement: dict[str, str] = {}
            for a, b in phrases:
                replacement.setdefault(a.casefold() if flags else a, b)
            alternatives = "|".join(re.escape(a) for a, _ in phrases)
            out.append((re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", flags), replacement))
        return out

    def redact(self, text: str) -> str:
        if not text:
            return text
        for pattern, replacement in self._patterns:
            folded = bool(pattern.flags & re.IGNORECASE)
            text = pattern.sub(lambda m, r=replacement, f=folded: r.get(m.group(0).casefold() if f else m.group(0), ""),
                               text)
        return text

    def person(self, name: str) -> str:
        """A recorded name as this report shows it (a role where names are replaced)."""
        if not name:
            return ""
        if name in self.people:
            return self.people[name]
        return self.unknown_person or self.redact(name)


@dataclass(frozen=True)
class EvidenceEntry:
    """One evidence item with its report reference ("E012"); `author` is already as the report shows it."""

    ref: str
    uuid: str
    type_code: str
    data: Mapping[str, Any]
    author: str
    deleted: bool = False


@dataclass(frozen=True)
class Lookups:
    """Names for the ids an item holds: sites, child pseudonyms (with age where allowed), other items."""

    sites: Mapping[str, str] = field(default_factory=dict)
    site_areas: Mapping[str, str] = field(default_factory=dict)
    children: Mapping[str, str] = field(default_factory=dict)
    refs: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class TeamEntry:
    name: str  # as the report shows it (a role where names are replaced)
    role: str  # lead | inspector | assistant


@dataclass(frozen=True)
class SampleLine:
    """A sample-plan line with what was achieved (nominated items are left out unless it says so)."""

    type_code: str
    target: int
    done: int
    site_name: str = ""
    where_field: str | None = None
    where_value: str | None = None
    sub_target: int | None = None
    sub_done: int | None = None
    sub_rule: str | None = None
    note: str = ""


@dataclass(frozen=True)
class NodeJudgement:
    judgement: Judgement
    grade_text: str  # in the report's language, "" when ungraded


@dataclass(frozen=True)
class RecordReport:
    context: ReportContext
    entries: tuple[EvidenceEntry, ...]
    lookups: Lookups


@dataclass(frozen=True)
class EvidenceReport:
    context: ReportContext
    entries: tuple[EvidenceEntry, ...]
    lookups: Lookups
    judgements: Mapping[str, NodeJudgement]  # by node code
    support: Mapping[str, DecisionSupport]  # by node code
    findings: tuple[tuple[str, Finding], ...]  # (uuid, finding), in the service's order
    recommendations: tuple[tuple[str, Recommendation], ...]


@dataclass(frozen=True)
class MethodologyReport:
    context: ReportContext
    entries: tuple[EvidenceEntry, ...]
    lookups: Lookups
    team: tuple[TeamEntry, ...]
    sample_plan: tuple[SampleLine, ...] = ()


@dataclass(frozen=True)
class QuestionnaireReport:
    context: ReportContext
    entries: tuple[EvidenceEntry, ...]  # survey items only
    lookups: Lookups


@dataclass(frozen=True)
class ConcernEntry:
    ref: str
    uuid: str
    concern: Concern
    children: tuple[str, ...]  # pseudonyms
    evidence_ref: str = ""
    site_name: str = ""


@dataclass(frozen=True)
class SafeguardingLog:
    context: ReportContext
    concerns: tuple[ConcernEntry, ...]


@dataclass(frozen=True)
class RecommendationsReport:
    context: ReportContext
    rows: tuple[ProgressRow, ...]
    recommendations: Mapping[str, Recommendation]  # by uuid, for carried-from notes


@dataclass(frozen=True)
class RenderedReport:
    """A finished PDF in memory; nothing is written until the user saves it."""

    pdf: bytes
    pages: int
    kind: str
    profile: str
    language: str
    suggested_name: str
