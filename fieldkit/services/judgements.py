"""Judgements per framework node with their decision support, the quantifier checker and moderation.

The service records what people decide: it validates, versions and enforces who may move a judgement
on, but never sets a grade itself. Decision support is computed from the evidence register on request.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from fieldkit.domain import decision_support as ds
from fieldkit.domain.agreement import ChecklistAgreement, agreement
from fieldkit.domain.framework import Framework
from fieldkit.domain.judgement import (
    Judgement,
    JudgementRefused,
    check_edit,
    check_move,
    grade_text,
    moved,
    node_scale,
    validate_judgement,
)
from fieldkit.domain.quantifiers import QuantifierFlag, check_quantifiers
from fieldkit.services.evidence import EvidenceService
from fieldkit.services.inspections import InspectionService
from fieldkit.services.store import OpenStore
from fieldkit.storage.records import Head

JUDGEMENT = "judgement"
CONCERN = "concern"

__all__ = ["JUDGEMENT", "JudgementRefused", "JudgementRow", "JudgementService"]


@dataclass(frozen=True)
class JudgementRow:
    uuid: str
    rev: int
    judgement: Judgement
    node_title_en: str
    node_title_cy: str
    grade_en: str
    grade_cy: str
    author: str
    updated_at: str


@dataclass(frozen=True)
class JudgementVersion:
    rev: int
    editor: str
    hlc: str
    judgement: Judgement


class JudgementService:
    def __init__(self, store: OpenStore, inspections: InspectionService, evidence: EvidenceService):
        self._store = store
        self._records = store.records
        self._inspections = inspections
        self._evidence = evidence

    @property
    def _user(self) -> str:
        return self._store.user

    # -- who may do what ----------------------------------------------------------------------------

    def is_lead(self, inspection_uuid: str, name: str | None = None) -> bool:
        """Whether `name` (default: whoever unlocked this store) is a lead inspector of the team."""
        who = (name or self._user).casefold()
        return any(m.role == "lead" and m.name.casefold() == who for _, m in self._inspections.team(inspection_uuid))

    # -- reading ------------------------------------------------------------------------------------

    def framework(self, inspection_uuid: str) -> Framework:
        return self._evidence.framework(inspection_uuid)

    def _row(self, fw: Framework, head: Head) -> JudgementRow:
        j = Judgement.from_data(head.data or {})
        try:
            node = fw.node(j.node)
            scale = node_scale(fw, node)
            titles = node.title_en, node.title_cy
        except KeyError:
            scale, titles = None, (j.node, j.node)
        return JudgementRow(head.uuid, head.rev, j, titles[0], titles[1], grade_text(j, scale, "en"),
                            grade_text(j, scale, "cy"), head.author, head.updated_at)

    def list(self, inspection_uuid: str) -> list[JudgementRow]:
        """Every judgement, in framework order."""
        fw = self.framework(inspection_uuid)
        order = {n.code: i for i, n in enumerate(fw.iter_nodes())}
        rows = [self._row(fw, h) for h in self._records.list(JUDGEMENT, inspection_uuid=inspection_uuid)]
        return sorted(rows, key=lambda r: (order.get(r.judgement.node, len(order)), r.updated_at))

    def for_node(self, inspection_uuid: str, node: str) -> JudgementRow | None:
        """The node's judgement. Two laptops may each have started one before the lead merged them; the
        older is returned and `duplicates` lists the rest for the lead to settle."""
        rows = [r for r in self.list(inspection_uuid) if r.judgement.node == node]
        return rows[0] if rows else None

    def duplicates(self, inspection_uuid: str) -> dict[str, list[str]]:
        by_node: dict[str, list[str]] = {}
        for r in self.list(inspection_uuid):
            by_node.setdefault(r.judgement.node, []).append(r.uuid)
        return {k: v for k, v in by_node.items() if len(v) > 1}

    def get(self, uuid: str) -> JudgementRow:
        head = self._records.get(uuid)
        if head is None or head.entity != JUDGEMENT or head.deleted:
            raise KeyError(f"no judgement {uuid}")
        return self._row(self.framework(head.inspection_uuid or ""), head)

    def history(self, uuid: str) -> list[JudgementVersion]:
        return [JudgementVersion(v.rev, v.author, v.hlc, Judgement.from_data(v.data or {}))
                for v in self._records.history(uuid) if v.entity == JUDGEMENT and v.data is not None]

    def by_status(self, inspection_uuid: str) -> dict[str, int]:
        return dict(sorted(Counter(r.judgement.status for r in self.list(inspection_uuid)).items()))

    # -- decision support ---------------------------------------------------------------------------

    def facts(self, inspection_uuid: str) -> list[ds.EvidenceFact]:
        """Every live evidence item, for views over the whole inspection (agreement, sufficiency)."""
        return [ds.EvidenceFact(i.uuid, i.type_code, i.author, i.data) for i in self._evidence.items(inspection_uuid)]

    def facts_for(self, inspection_uuid: str, node: str) -> list[ds.EvidenceFact]:
        """Only the items that can bear on `node`: tagged with it or a node below it (the register's
        criterion index), or of a type graded on a checklist that informs it; `decision_support` then
        applies the exact rule. At 100,000 items this reads a node's share, not the whole inspection."""
        from fieldkit.domain.evidence import EVIDENCE_TYPES  # noqa: PLC0415
        from fieldkit.services.evidence import EvidenceFilter  # noqa: PLC0415

        fw = self.framework(inspection_uuid)
        codes = ds.codes_under(fw, node)
        uuids: list[str] = []
        for code in sorted(codes):
            uuids += self._evidence.uuids(inspection_uuid, EvidenceFilter(criterion=code))
        kinds = {k for c in fw.checklists if ds.informs(c, codes) for k in c.applies_to}
        for et in EVIDENCE_TYPES:
            if kinds & set(et.checklist_kinds):
                uuids += self._evidence.uuids(inspection_uuid, EvidenceFilter(type_code=et.code))
        return [ds.EvidenceFact(i.uuid, i.type_code, i.author, i.data)
                for i in self._evidence.items_by_uuid(inspection_uuid, uuids)]

    def concerns(self, inspection_uuid: str) -> list[tuple[str, dict[str, Any]]]:
        return [(h.uuid, h.data or {}) for h in self._records.list(CONCERN, inspection_uuid=inspection_uuid)]

    def decision_support(self, inspection_uuid: str, node: str, *, include_nominated: bool | None = None,
                         facts: list[ds.EvidenceFact] | None = None) -> ds.DecisionSupport:
        """Distribution, proportion word, median grade, sufficiency and linked concerns for one node.
        `include_nominated` defaults to what the node's judgement says."""
        if include_nominated is None:
            row = self.for_node(inspection_uuid, node)
            include_nominated = bool(row and row.judgement.include_nominated)
        return ds.decision_support(self.framework(inspection_uuid), node,
                                   facts if facts is not None else self.facts_for(inspection_uuid, node),
                                   concerns=self.concerns(inspection_uuid), include_nominated=include_nominated)

    def quantifier_flags(self, inspection_uuid: str, node: str, text: str, *, language: str = "en",
                         support: ds.DecisionSupport | None = None) -> list[QuantifierFlag]:
        support = support or self.decision_support(inspection_uuid, node)
        dists = [d for d in (support.headline, *support.distributions) if d is not None]
        return check_quantifiers(text, dists, self.framework(inspection_uuid).proportion_words, language=language)

    def sufficiency(self, inspection_uuid: str) -> dict[str, ds.Sufficiency]:
        """Every criterion with what evidence it has, skipping nodes switched off for the inspection."""
        fw = self.framework(inspection_uuid)
        off = set(self._inspections.get(inspection_uuid).disabled_nodes)
        enabled = [n.code for n in fw.iter_nodes() if not (ds.codes_ancestors(fw, n.code) & off)]
        return ds.sufficiency_by_node(fw, self.facts(inspection_uuid), enabled=enabled)

    def agreement(self, inspection_uuid: str) -> list[ChecklistAgreement]:
        return agreement(self.framework(inspection_uuid), self.facts(inspection_uuid))

    # -- writing ------------------------------------------------------------------------------------

    def _suggested(self, inspection_uuid: str, j: Judgement) -> str | None:
        return ds.decision_support(self.framework(inspection_uuid), j.node, self.facts_for(inspection_uuid, j.node),
                                   include_nominated=j.include_nominated).suggested

    def _check(self, inspection_uuid: str, j: Judgement) -> Judgement:
        suggested = self._suggested(inspection_uuid, j) if j.status != "draft" else None
        return validate_judgement(j, self.framework(inspection_uuid), suggested=suggested)

    def save(self, inspection_uuid: str, node: str, **changes: Any) -> JudgementRow:
        """Create the node's judgement or edit its content (not its status: see `move`)."""
        if "status" in changes or any(k.endswith("_by") for k in changes):
            raise ValueError("a judgement's status changes only through move()")
        row = self.for_node(inspection_uuid, node)
        if row is None:
            self._inspections.get(inspection_uuid)
            j = self._check(inspection_uuid, Judgement(node=node).with_changes(**_coerce(changes)))
            head = self._records.create(JUDGEMENT, j.to_data(), author=self._user, inspection_uuid=inspection_uuid)
            return self.get(head.uuid)
        check_edit(row.judgement, is_lead=self.is_lead(inspection_uuid))
        j = self._check(inspection_uuid, row.judgement.with_changes(**_coerce(changes)))
        self._records.update(row.uuid, j.to_data(), author=self._user, expected_rev=row.rev)
        return self.get(row.uuid)

    def move(self, uuid: str, target: str) -> JudgementRow:
        """Propose, moderate, agree, lock or return a judgement; who may do which is in the domain rules."""
        row = self.get(uuid)
        head = self._records.get(uuid)
        inspection_uuid = head.inspection_uuid if head else ""
        check_move(row.judgement, target, actor=self._user, is_lead=self.is_lead(inspection_uuid or ""))
        j = self._check(inspection_uuid or "", moved(row.judgement, target, self._user))
        self._records.update(uuid, j.to_data(), author=self._user, expected_rev=row.rev)
        return self.get(uuid)

    def delete(self, uuid: str) -> None:
        """Only a draft can be withdrawn; anything proposed or beyond is part of the inspection's record."""
        row = self.get(uuid)
        if row.judgement.status != "draft":
            raise JudgementRefused("only a draft judgement can be deleted; return it to draft first")
        self._records.delete(uuid, author=self._user)


def _coerce(changes: dict[str, Any]) -> dict[str, Any]:
    from fieldkit.domain.judgement import links_from

    out = dict(changes)
    for key in ("supporting", "contrary"):
        if key in out:
            out[key] = links_from(out[key])
    if "narratives" in out:
        out["narratives"] = {k: v for k, v in dict(out["narratives"]).items() if v is not None}
    for key in ("grade", "also_grade", "also_extent"):
        if key in out and out[key] == "":
            out[key] = None
    return out
