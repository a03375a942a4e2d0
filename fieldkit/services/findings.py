"""Findings (strengths, areas for improvement, good practice), each linked to nodes and evidence."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from fieldkit.domain.findings import CATEGORY_CODES, Finding, validate_finding
from fieldkit.domain.inspection import ValidationError
from fieldkit.domain.judgement import EvidenceLink, links_from
from fieldkit.services import references as refs
from fieldkit.services.evidence import EvidenceFilter, EvidenceService
from fieldkit.services.inspections import InspectionService
from fieldkit.services.store import OpenStore

FINDING = "finding"
EVIDENCE = "evidence"


@dataclass(frozen=True)
class FindingRow:
    uuid: str
    rev: int
    finding: Finding
    author: str
    updated_at: str


class FindingService:
    def __init__(self, store: OpenStore, inspections: InspectionService, evidence: EvidenceService):
        self._store = store
        self._records = store.records
        self._inspections = inspections
        self._evidence = evidence

    @property
    def _user(self) -> str:
        return self._store.user

    def _check(self, inspection_uuid: str, f: Finding, before: Finding | None = None) -> Finding:
        validate_finding(f, self._inspections.framework(inspection_uuid))
        refs.require(refs.missing(self._records, inspection_uuid, "evidence", EVIDENCE,
                                  [link.evidence for link in f.evidence],
                                  [link.evidence for link in before.evidence] if before else ()))
        return f

    def add(self, inspection_uuid: str, *, category: str, text: str, nodes: list[str] | tuple[str, ...] = (),
            evidence: Any = (), promoted_from: str | None = None) -> FindingRow:
        self._inspections.get(inspection_uuid)
        position = 1 + max((r.finding.position for r in self.list(inspection_uuid, category)), default=0)
        f = self._check(inspection_uuid, Finding(category, text, tuple(nodes), links_from(evidence), promoted_from,
                                                 position))
        head = self._records.create(FINDING, f.to_data(), author=self._user, inspection_uuid=inspection_uuid)
        return self.get(head.uuid)

    def update(self, uuid: str, **changes: Any) -> FindingRow:
        row = self.get(uuid)
        if "evidence" in changes:
            changes["evidence"] = links_from(changes["evidence"])
        if "nodes" in changes:
            changes["nodes"] = tuple(changes["nodes"])
        f = self._check(self._inspection_of(uuid), replace(row.finding, **changes), before=row.finding)
        self._records.update(uuid, f.to_data(), author=self._user, expected_rev=row.rev)
        return self.get(uuid)

    def remove(self, uuid: str) -> None:
        self.get(uuid)
        self._records.delete(uuid, author=self._user)

    def get(self, uuid: str) -> FindingRow:
        head = self._records.get(uuid)
        if head is None or head.entity != FINDING or head.deleted:
            raise KeyError(f"no finding {uuid}")
        return FindingRow(head.uuid, head.rev, Finding.from_data(head.data or {}), head.author, head.updated_at)

    def _inspection_of(self, uuid: str) -> str:
        head = self._records.get(uuid)
        return head.inspection_uuid or "" if head else ""

    def list(self, inspection_uuid: str, category: str | None = None) -> list[FindingRow]:
        rows = [FindingRow(h.uuid, h.rev, Finding.from_data(h.data or {}), h.author, h.updated_at)
                for h in self._records.list(FINDING, inspection_uuid=inspection_uuid)]
        if category is not None:
            if category not in CATEGORY_CODES:
                raise ValueError(f"category: one of {', '.join(CATEGORY_CODES)}")
            rows = [r for r in rows if r.finding.category == category]
        order = {c: i for i, c in enumerate(CATEGORY_CODES)}
        return sorted(rows, key=lambda r: (order.get(r.finding.category, 9), r.finding.position, r.updated_at))

    def promote(self, evidence_uuid: str, text: str | None = None) -> FindingRow:
        """A good-practice finding from an evidence item flagged as good practice, keeping the link back."""
        head = self._records.get(evidence_uuid)
        if head is None or head.entity != EVIDENCE or head.deleted:
            raise KeyError(f"no evidence item {evidence_uuid}")
        data = (head.data or {}).get("data") or {}
        if data.get("good_practice") is not True:
            raise ValidationError(["good practice: only an item flagged as good practice can be promoted"])
        already = [r for r in self.list(head.inspection_uuid or "", "good_practice")
                   if r.finding.promoted_from == evidence_uuid]
        if already:
            return already[0]
        summary = text or data.get("good_practice_summary") or data.get("title") or ""
        if not str(summary).strip():
            raise ValidationError(["good practice summary: write one on the evidence item before promoting it"])
        nodes = [c for c in data.get("criteria") or () if isinstance(c, str)]
        return self.add(head.inspection_uuid or "", category="good_practice", text=str(summary), nodes=nodes,
                        evidence=[EvidenceLink(evidence_uuid)], promoted_from=evidence_uuid)

    def good_practice_candidates(self, inspection_uuid: str) -> list[tuple[str, str]]:
        """(evidence id, summary) of flagged items not yet promoted; found through the register's flag, so
        only the flagged items are read."""
        promoted = {r.finding.promoted_from for r in self.list(inspection_uuid, "good_practice")}
        flagged = self._evidence.uuids(inspection_uuid, EvidenceFilter(flag="good_practice"))
        out = []
        for uuid in flagged:
            if uuid in promoted:
                continue
            head = self._records.get(uuid)
            data = ((head.data or {}).get("data") or {}) if head is not None and not head.deleted else {}
            if data.get("good_practice") is True:
                out.append((uuid, str(data.get("good_practice_summary") or data.get("title") or "")))
        return out
