"""Safeguarding escalations: raise, refer, record the response, keep under oversight, close with a reason.

There is no delete. Each change is a new version of the concern record, so its whole handling can be
read back; export sends concerns in every bundle and the merge never auto-resolves them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from fieldkit.domain.safeguarding import Concern, validate_concern
from fieldkit.services import references as refs
from fieldkit.services.inspections import CHILD, InspectionService
from fieldkit.services.store import OpenStore

CONCERN = "concern"
EVIDENCE = "evidence"

__all__ = ["CONCERN", "ConcernDeleteRefused", "ConcernRow", "ConcernService"]


class ConcernDeleteRefused(PermissionError):
    """Safeguarding concerns are never deleted: they are closed with a reason."""


@dataclass(frozen=True)
class ConcernRow:
    uuid: str
    rev: int
    concern: Concern
    children: tuple[str, ...]  # pseudonyms, for display ("" for one in another laptop's register)
    updated_at: str

    def to_json(self) -> dict[str, Any]:
        d = self.concern.to_data()
        d.update(id=self.uuid, rev=self.rev, child_pseudonyms=list(self.children), updated_at=self.updated_at)
        return d


def now_minute() -> str:
    return datetime.now().replace(second=0, microsecond=0).isoformat(timespec="minutes")


class ConcernService:
    def __init__(self, store: OpenStore, inspections: InspectionService):
        self._store = store
        self._records = store.records
        self._inspections = inspections

    @property
    def _user(self) -> str:
        return self._store.user

    def _check_refs(self, inspection_uuid: str, c: Concern, before: Concern | None = None) -> None:
        records = self._records
        problems = refs.missing(records, inspection_uuid, "children", CHILD, c.children,
                                before.children if before else ())
        problems += refs.missing(records, inspection_uuid, "evidence", EVIDENCE, [c.evidence] if c.evidence else (),
                                 [before.evidence] if before and before.evidence else ())
        if set(c.nodes) - set(before.nodes if before else ()):
            problems += refs.unknown_nodes(self._inspections.framework(inspection_uuid), c.nodes)
        refs.require(problems)

    def raise_concern(self, inspection_uuid: str, *, concern: str, severity: str, **fields: Any) -> ConcernRow:
        self._inspections.get(inspection_uuid)
        fields.setdefault("raised_at", now_minute())
        fields.setdefault("raised_by", self._user)
        c = validate_concern(Concern.from_data({"concern": concern, "severity": severity, **fields}))
        self._check_refs(inspection_uuid, c)
        head = self._records.create(CONCERN, c.to_data(), author=self._user, inspection_uuid=inspection_uuid)
        return self.get(head.uuid)

    def update(self, uuid: str, **changes: Any) -> ConcernRow:
        row = self.get(uuid)
        data = {**row.concern.to_data(), **changes}
        c = validate_concern(Concern.from_data(data))
        head = self._records.get(uuid)
        self._check_refs(head.inspection_uuid or "", c, before=row.concern)
        self._records.update(uuid, c.to_data(), author=self._user, expected_rev=row.rev)
        return self.get(uuid)

    def record_referral(self, uuid: str, *, referred_to: str, route: str, referred_at: str | None = None) -> ConcernRow:
        return self.update(uuid, referred_to=referred_to, route=route, referred_at=referred_at or now_minute(),
                           referred_by=self._user)

    def record_response(self, uuid: str, *, response: str, response_at: str | None = None) -> ConcernRow:
        return self.update(uuid, response=response, response_at=response_at or now_minute(),
                           status="response_received")

    def set_status(self, uuid: str, status: str, *, reason: str = "") -> ConcernRow:
        return self.update(uuid, status=status, closed_reason=reason if status == "closed" else "")

    def add_note(self, uuid: str, text: str) -> ConcernRow:
        row = self.get(uuid)
        notes = [*row.concern.notes, {"at": now_minute(), "by": self._user, "text": text}]
        return self.update(uuid, notes=notes)

    def delete(self, uuid: str) -> None:
        raise ConcernDeleteRefused("a safeguarding concern cannot be deleted; close it with a reason instead")

    def get(self, uuid: str) -> ConcernRow:
        head = self._records.get(uuid)
        if head is None or head.entity != CONCERN:
            raise KeyError(f"no safeguarding concern {uuid}")
        return self._row(head.uuid, head.rev, head.data or {}, head.updated_at)

    def _pseudonyms(self) -> dict[str, str]:
        return {h.uuid: (h.data or {}).get("pseudonym", "") for h in self._records.list(CHILD)}

    def _row(self, uuid: str, rev: int, data: dict[str, Any], updated_at: str,
             names: dict[str, str] | None = None) -> ConcernRow:
        c = Concern.from_data(data)
        names = names if names is not None else self._pseudonyms()
        return ConcernRow(uuid, rev, c, tuple(names.get(x, "") for x in c.children), updated_at)

    def list(self, inspection_uuid: str, *, open_only: bool = False) -> list[ConcernRow]:
        """Newest raised first; open ones first of all when both are listed."""
        names = self._pseudonyms()
        rows = [self._row(h.uuid, h.rev, h.data or {}, h.updated_at, names)
                for h in self._records.list(CONCERN, inspection_uuid=inspection_uuid)]
        if open_only:
            rows = [r for r in rows if r.concern.is_open]
        rows.sort(key=lambda r: r.concern.raised_at, reverse=True)
        rows.sort(key=lambda r: not r.concern.is_open)  # stable: open first, each part newest first
        return rows

    def open_count(self, inspection_uuid: str) -> int:
        return sum(1 for r in self.list(inspection_uuid) if r.concern.is_open)

    def by_status(self, inspection_uuid: str) -> dict[str, int]:
        return dict(sorted(Counter(r.concern.status for r in self.list(inspection_uuid)).items()))

    def raise_from_evidence(self, evidence_uuid: str, *, concern: str, severity: str, **fields: Any) -> ConcernRow:
        head = self._records.get(evidence_uuid)
        if head is None or head.entity != EVIDENCE:
            raise KeyError(f"no evidence item {evidence_uuid}")
        data = (head.data or {}).get("data") or {}
        fields.setdefault("nodes", [c for c in data.get("criteria") or () if isinstance(c, str)])
        fields.setdefault("site", data.get("site") or None)
        return self.raise_concern(head.inspection_uuid or "", concern=concern, severity=severity,
                                  evidence=evidence_uuid, **fields)

    def replace_children(self, uuid: str, children: list[str]) -> ConcernRow:
        return self.update(uuid, children=list(children))

