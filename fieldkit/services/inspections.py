"""Use cases for inspections: create from a framework, edit, archive, and the people and places in them."""

from __future__ import annotations

import uuid as uuidlib
from collections import Counter
from dataclasses import dataclass, replace
from typing import Any

from fieldkit.domain.framework import Framework
from fieldkit.domain.inspection import Child, Inspection, InspectionOverview, Site, TeamMember, ValidationError
from fieldkit.services.frameworks import FrameworkService
from fieldkit.services.store import OpenStore
from fieldkit.storage.records import Head

INSPECTION = "inspection"
SITE = "site"
TEAM_MEMBER = "team_member"
CHILD = "child"  # the pseudonym register: never exported from this laptop
NEVER_WRITE = "never_write"  # real names an inspector must never type (privacy checker): never exported
LOCAL_ONLY_ENTITIES = frozenset({CHILD, NEVER_WRITE})


@dataclass(frozen=True)
class InspectionRow:
    uuid: str
    title: str
    inspected_body: str
    framework_id: str
    framework_version: str
    framework_title: str
    status: str
    fieldwork_start: str | None
    fieldwork_end: str | None
    updated_at: str


class InspectionService:
    def __init__(self, store: OpenStore, frameworks: FrameworkService):
        self._store = store
        self._records = store.records
        self._frameworks = frameworks

    @property
    def _author(self) -> str:
        return self._store.user

    def _row(self, head: Head) -> InspectionRow:
        insp = Inspection.from_data(head.data or {})
        try:
            title = self._frameworks.get(insp.framework_id, insp.framework_version).title_en
        except KeyError:
            title = insp.framework_id
        return InspectionRow(head.uuid, insp.title, insp.inspected_body, insp.framework_id,
                             insp.framework_version, title, insp.status, insp.fieldwork_start,
                             insp.fieldwork_end, head.updated_at)

    def list(self, *, include_archived: bool = False) -> list[InspectionRow]:
        rows = [self._row(h) for h in self._records.list(INSPECTION)]
        if not include_archived:
            rows = [r for r in rows if r.status != "archived"]
        return sorted(rows, key=lambda r: r.updated_at, reverse=True)

    def get(self, uuid: str) -> Inspection:
        head = self._records.get(uuid)
        if head is None or head.entity != INSPECTION or head.deleted:
            raise KeyError(f"no inspection {uuid}")
        return Inspection.from_data(head.data or {})

    def resolve_id(self, text: str) -> str:
        """Accept a full id or an unambiguous prefix of at least 6 characters (for the CLI)."""
        matches = [h.uuid for h in self._records.list(INSPECTION, include_deleted=True)
                   if h.uuid == text or (len(text) >= 6 and h.uuid.startswith(text))]
        if len(matches) != 1:
            raise KeyError(f"no inspection {text}" if not matches else f"inspection id {text} is ambiguous")
        return matches[0]

    def create(self, *, title: str, inspected_body: str, framework_id: str, framework_version: str | None = None,
               fieldwork_start: str | None = None, fieldwork_end: str | None = None,
               notice_date: str | None = None, scope: str = "", limitations: str = "",
               disabled_nodes: tuple[str, ...] = ()) -> str:
        fw = self._frameworks.get(framework_id, framework_version)
        known = {n.code for n in fw.iter_nodes()}
        unknown = [c for c in disabled_nodes if c not in known]
        if unknown:
            raise KeyError(f"framework {fw.id} has no node {', '.join(unknown)}")
        _check_switchable(fw, disabled_nodes)
        insp = Inspection(
            title=title, inspected_body=inspected_body, framework_id=fw.id, framework_version=fw.version,
            framework_sha256=fw.content_sha256, fieldwork_start=fieldwork_start, fieldwork_end=fieldwork_end,
            notice_date=notice_date, scope=scope, limitations=limitations, disabled_nodes=tuple(disabled_nodes),
        ).validate()
        # Pin first: the inspection must never point at a framework version the store does not hold.
        self._frameworks.pin(fw)
        # An inspection is its own scope, so its record carries its own id as inspection_uuid.
        new_id = str(uuidlib.uuid4())
        head = self._records.create(INSPECTION, insp.to_data(), author=self._author, uuid=new_id,
                                    inspection_uuid=new_id)
        return head.uuid

    def update(self, uuid: str, **changes: Any) -> Inspection:
        current = self.get(uuid)
        frozen = {"framework_id", "framework_version", "framework_sha256"} & changes.keys()
        if frozen:
            raise ValueError("the framework an inspection pinned never changes")
        if "disabled_nodes" in changes:
            changes["disabled_nodes"] = tuple(changes["disabled_nodes"])
        updated = replace(current, **changes).validate()
        self._records.update(uuid, updated.to_data(), author=self._author)
        return updated

    def set_nodes(self, uuid: str, *, off: tuple[str, ...] = (), on: tuple[str, ...] = ()) -> tuple[str, ...]:
        """Switch optional framework nodes (MCSI key functions) off, or back on, after creation.

        Returns the nodes now switched off, in framework order. Nothing recorded against a node is touched:
        evidence, judgements and findings stay, and come back into view when the node is switched on."""
        both = sorted(set(off) & set(on))
        if both:
            raise ValidationError([f"{code}: asked to switch both off and on" for code in both])
        insp = self.get(uuid)
        fw = self._frameworks.get(insp.framework_id, insp.framework_version)
        _check_switchable(fw, off, on)
        wanted = (set(insp.disabled_nodes) | set(off)) - set(on)
        ordered = tuple(n.code for n in fw.iter_nodes() if n.code in wanted)
        if ordered != insp.disabled_nodes:
            self.update(uuid, disabled_nodes=ordered)
        return ordered

    def archive(self, uuid: str) -> None:
        self.update(uuid, status="archived")

    def unarchive(self, uuid: str) -> None:
        self.update(uuid, status="active")

    def framework(self, uuid: str) -> Framework:
        insp = self.get(uuid)
        return self._frameworks.get(insp.framework_id, insp.framework_version)

    # -- sites, team, children -------------------------------------------------------------------

    def add_site(self, inspection_uuid: str, site: Site) -> str:
        self.get(inspection_uuid)
        return self._records.create(SITE, site.validate().to_data(), author=self._author,
                                    inspection_uuid=inspection_uuid).uuid

    def add_team_member(self, inspection_uuid: str, member: TeamMember) -> str:
        self.get(inspection_uuid)
        return self._records.create(TEAM_MEMBER, member.validate().to_data(), author=self._author,
                                    inspection_uuid=inspection_uuid).uuid

    def add_child(self, inspection_uuid: str, child: Child) -> str:
        self.get(inspection_uuid)
        taken = {c.pseudonym.casefold() for _, c in self.children(inspection_uuid)}
        if child.pseudonym.casefold() in taken:
            raise ValueError(f"pseudonym {child.pseudonym} is already in the register")
        return self._records.create(CHILD, child.validate().to_data(), author=self._author,
                                    inspection_uuid=inspection_uuid).uuid

    def update_site(self, uuid: str, site: Site) -> None:
        self._records.update(uuid, site.validate().to_data(), author=self._author)

    def update_team_member(self, uuid: str, member: TeamMember) -> None:
        self._records.update(uuid, member.validate().to_data(), author=self._author)

    def remove(self, uuid: str) -> None:
        """Sites, team members and register entries become tombstones, restorable from history."""
        self._records.delete(uuid, author=self._author)

    def sites(self, inspection_uuid: str) -> list[tuple[str, Site]]:
        heads = self._records.list(SITE, inspection_uuid=inspection_uuid)
        return [(h.uuid, Site.from_data(h.data or {})) for h in heads]

    def team(self, inspection_uuid: str) -> list[tuple[str, TeamMember]]:
        return [(h.uuid, TeamMember.from_data(h.data or {}))
                for h in self._records.list(TEAM_MEMBER, inspection_uuid=inspection_uuid)]

    def children(self, inspection_uuid: str) -> list[tuple[str, Child]]:
        return [(h.uuid, Child.from_data(h.data or {}))
                for h in self._records.list(CHILD, inspection_uuid=inspection_uuid)]

    def overview(self, uuid: str) -> InspectionOverview:
        insp = self.get(uuid)
        head = self._records.get(uuid)
        fw = self._frameworks.get(insp.framework_id, insp.framework_version)
        return InspectionOverview(uuid, insp, fw.title_en, self.sites(uuid), self.team(uuid),
                                  self.children(uuid), head.updated_at if head else "")

    def summary(self, uuid: str) -> dict[str, Any]:
        """For scripts: title, framework, and counts of records by type and by status."""
        insp = self.get(uuid)
        fw = self._frameworks.get(insp.framework_id, insp.framework_version)
        heads = [h for h in self._records.list_all(inspection_uuid=uuid) if h.uuid != uuid]
        by_type: Counter[str] = Counter()
        by_status: dict[str, Counter[str]] = {}
        for h in heads:
            key = "deleted" if h.deleted else "current"
            by_type[h.entity] += 0 if h.deleted else 1
            status = (h.data or {}).get("status") if not h.deleted else "deleted"
            by_status.setdefault(h.entity, Counter())[status or key] += 1
        return {
            "id": uuid, "title": insp.title, "inspected_body": insp.inspected_body, "status": insp.status,
            "framework": {"id": fw.id, "version": fw.version, "title": fw.title_en, "title_cy": fw.title_cy},
            "fieldwork": {"start": insp.fieldwork_start, "end": insp.fieldwork_end, "notice": insp.notice_date},
            "counts": dict(sorted(by_type.items())),
            "by_status": {e: dict(sorted(c.items())) for e, c in sorted(by_status.items())},
            "judgements": _live_statuses(by_status.get("judgement")),
            "open_concerns": sum(n for s, n in (by_status.get("concern") or {}).items()
                                 if s in ("open", "response_received", "continued_oversight")),
            "concerns": _live_statuses(by_status.get("concern")),
            "recommendations": _live_statuses(by_status.get("recommendation")),
        }


def _check_switchable(fw: Framework, off, on=()) -> None:
    """Only a framework's optional nodes can be switched off; each problem names the node and the framework."""
    nodes = {n.code: n for n in fw.iter_nodes()}
    problems = []
    for code in dict.fromkeys((*off, *on)):
        if code not in nodes:
            problems.append(f"{code}: no such node in framework {fw.id} {fw.version} "
                            f"(optional ones: {', '.join(n.code for n in fw.optional_nodes()) or 'none'})")
        elif not nodes[code].optional and code in off:
            problems.append(f"{code}: not optional in framework {fw.id} {fw.version}, so it cannot be switched off")
    if problems:
        raise ValidationError(problems)


def _live_statuses(counts: Counter[str] | None) -> dict[str, int]:
    return {k: v for k, v in sorted((counts or {}).items()) if k != "deleted"}
