"""Removing from this laptop the record versions central has acknowledged (and no longer needed here).

Guarded (storage/purge.py): only versions a receipt acknowledged, never what a record shows, never one
side of a conflict, never the version Restore would bring back, never a version something kept was
built on; safeguarding records are never acknowledged before central holds them. `plan` is the dry run;
`purge` removes exactly what a fresh plan allows, in one transaction, and notes it in the audit log.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlmodel import Session

from fieldkit.services.store import OpenStore
from fieldkit.storage import purge as guard

__all__ = ["PurgeChanged", "PurgeReport", "PurgeService"]


class PurgeChanged(ValueError):
    """What may be purged changed since the dry run was shown; nothing was removed."""


@dataclass(frozen=True)
class PurgeReport:
    inspection_uuid: str
    versions: tuple[tuple[str, str, str, int], ...]  # (entity, uuid, origin_device, rev) that go
    by_entity: dict[str, int]
    attachments: int  # files that go with them
    kept: dict[str, int]  # why other versions stay
    removed: bool = False

    @property
    def count(self) -> int:
        return len(self.versions)

    def lines(self) -> list[str]:
        verb = "removed" if self.removed else "would remove"
        out = [f"{verb} {self.count} acknowledged version(s) and {self.attachments} attached file(s)"]
        out += [f"  {entity}: {n}" for entity, n in self.by_entity.items()]
        out += [f"kept {n}: {reason}" for reason, n in self.kept.items()]
        return out


def _report(p: guard.PurgePlan, *, removed: bool = False) -> PurgeReport:
    versions = tuple(sorted((v.entity, v.uuid, v.origin_device, v.rev) for v in p.removable))
    return PurgeReport(p.inspection_uuid, versions, dict(sorted(Counter(v[0] for v in versions).items())),
                       len(p.blobs), p.kept, removed)


class PurgeService:
    def __init__(self, store: OpenStore):
        self._store = store

    def _require(self, inspection_uuid: str) -> None:
        head = self._store.records.get(inspection_uuid)
        if head is None or head.entity != "inspection":
            raise KeyError(f"no inspection {inspection_uuid}")

    def plan(self, inspection_uuid: str) -> PurgeReport:
        """The dry run: what a purge would remove now, and why the rest stays."""
        self._require(inspection_uuid)
        with Session(self._store.engine) as s:
            return _report(guard.plan(s, inspection_uuid))

    def purge(self, inspection_uuid: str, *, expected: PurgeReport | None = None) -> PurgeReport:
        """Remove what the guard allows. With `expected` (the dry run shown), refuse if that changed."""
        self._require(inspection_uuid)
        if self._store.status.read_only:
            raise PurgeChanged("the store is open read-only; nothing was removed")
        actor = self._store.user
        with self._store.records.transaction() as s:
            p = guard.plan(s, inspection_uuid)
            report = _report(p, removed=True)
            if expected is not None and report.versions != expected.versions:
                raise PurgeChanged(f"what may be purged changed since the preview ({expected.count} then, "
                                   f"{report.count} now): look again; nothing was removed")
            if p.removable:
                guard.remove(s, p)
                self._store.records.audit(actor=actor, action="purge", entity="inspection", uuid=inspection_uuid,
                                          session=s)
        return report
