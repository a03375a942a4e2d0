"""Evidence items: create, edit (a new version each time), tombstone and restore; the register's lines,
filters, sorting and full-text search; the sample plan and its progress; the privacy checker.

An evidence record (entity "evidence") holds `{"type": type code, "author": who gathered it,
"data": {...}}`, `data` validated by `fieldkit.domain.evidence`. Every write also updates the register
line (`storage/evidence_index.py`) and the FTS5 text (`storage/search_index.py`) in the same transaction.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlmodel import Session

from fieldkit.domain import evidence as ev
from fieldkit.domain.framework import Framework
from fieldkit.domain.inspection import ValidationError
from fieldkit.services.frameworks import FrameworkService
from fieldkit.services.inspections import CHILD, NEVER_WRITE, SITE, InspectionService
from fieldkit.services.store import OpenStore
from fieldkit.storage import evidence_index as idx
from fieldkit.storage import search_index
from fieldkit.storage.records import Head, Version

EVIDENCE = "evidence"
SAMPLE_TARGET = "sample_target"

__all__ = [
    "EVIDENCE", "NEVER_WRITE", "SAMPLE_TARGET", "EvidenceDeleteRefused", "EvidenceFilter", "EvidenceItem",
    "EvidenceRow", "EvidenceService", "EvidenceVersion", "SampleProgressRow", "SampleTarget",
    "ValidationError",
]


class EvidenceDeleteRefused(ValueError):
    """Evidence that may not be deleted (a safeguarding concern)."""


@dataclass(frozen=True)
class EvidenceItem:
    uuid: str
    inspection_uuid: str
    type_code: str
    rev: int
    data: dict[str, Any]
    author: str
    updated_at: str
    deleted: bool


@dataclass(frozen=True)
class EvidenceVersion:
    """One entry of an item's history; `data` is None for a tombstone."""

    rev: int
    base_rev: int | None
    hlc: str
    origin_device: str
    editor: str
    deleted: bool
    data: dict[str, Any] | None


@dataclass(frozen=True)
class EvidenceRow:
    """One line of the evidence register."""

    uuid: str
    type_code: str
    type_label_en: str
    type_label_cy: str
    title: str
    evidence_date: str | None
    author: str
    site_uuid: str | None
    site_name: str
    criteria: tuple[str, ...]
    good_practice: bool
    safeguarding: bool
    nominated: bool
    corroboration: str | None
    updated_at: str


@dataclass(frozen=True)
class EvidenceFilter:
    type_code: str | None = None
    author: str | None = None
    site_uuid: str | None = None
    criterion: str | None = None
    flag: str | None = None  # "good_practice" | "safeguarding" | "nominated"
    date_from: str | None = None
    date_to: str | None = None
    search: str | None = None


@dataclass(frozen=True)
class SampleTarget:
    """A sample-plan line: e.g. 50 case file readings in North Wales, 30 of them tracked.

    `where_field`/`where_value` narrow the items counted (e.g. report_kind = s31). `sub_target` counts
    the items that also meet `sub_rule`: "tracked" (referenced by a case track), "good_practice" or
    "safeguarding". Items nominated by the inspected body count only with `include_nominated`.
    """

    type_code: str
    target: int
    site_uuid: str | None = None
    where_field: str | None = None
    where_value: str | None = None
    sub_target: int | None = None
    sub_rule: str | None = None
    include_nominated: bool = False
    note: str = ""

    SUB_RULES = ("tracked", "good_practice", "safeguarding")

    def to_data(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> SampleTarget:
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})

    def validate(self) -> SampleTarget:
        problems = []
        try:
            et = ev.evidence_type(self.type_code)
        except KeyError:
            problems.append(f"method: unknown evidence type {self.type_code!r}")
            et = None
        if isinstance(self.target, bool) or not isinstance(self.target, int) or self.target < 0:
            problems.append("target: a whole number, 0 or more")
        if (self.where_field is None) != (self.where_value is None):
            problems.append("where: give both the field and the value, or neither")
        elif et is not None and self.where_field is not None:
            try:
                spec = et.field(self.where_field)
                if spec.kind == "choice" and self.where_value not in spec.choice_codes:
                    problems.append(f"where: {self.where_value!r} is not a choice of {self.where_field}")
            except KeyError:
                problems.append(f"where: {self.type_code} has no field {self.where_field!r}")
        if self.sub_target is not None:
            if isinstance(self.sub_target, bool) or not isinstance(self.sub_target, int) or self.sub_target < 0:
                problems.append("sub-target: a whole number, 0 or more")
            elif isinstance(self.target, int) and self.sub_target > self.target:
                problems.append("sub-target: more than the target")
            if self.sub_rule not in self.SUB_RULES:
                problems.append(f"sub-target rule: one of {', '.join(self.SUB_RULES)}")
        if problems:
            raise ValidationError(problems)
        return self


@dataclass(frozen=True)
class SampleProgressRow:
    target: SampleTarget
    done: int
    uuid: str = ""
    sub_done: int | None = None
    site_name: str = ""
    nominated_excluded: int = 0

    @property
    def complete(self) -> bool:
        return self.done >= self.target.target and (
            self.target.sub_target is None or (self.sub_done or 0) >= self.target.sub_target)


@dataclass
class _Cache:
    frameworks: dict[str, Framework] = field(default_factory=dict)
    fresh: set[str] = field(default_factory=set)  # inspections whose register lines are known current


class EvidenceService:
    def __init__(self, store: OpenStore, inspections: InspectionService, frameworks: FrameworkService):
        self._store = store
        self._records = store.records
        self._inspections = inspections
        self._frameworks = frameworks
        self._cache = _Cache()
        self._user: str | None = None
        from fieldkit.services.question_sets import QuestionSets

        self.question_sets = QuestionSets(store, inspections)
        self._lock = threading.Lock()

    @property
    def _author(self) -> str:
        # Read once: inside a write transaction no other session may be opened (see `framework`).
        if self._user is None:
            self._user = self._store.user
        return self._user

    @property
    def inspections(self) -> InspectionService:
        return self._inspections

    def transaction(self):
        """One write transaction for several creates (pass it as `session=`); all or nothing."""
        return self._records.transaction()

    def exists(self, uuid: str, *, session: Session | None = None) -> bool:
        """Whether any record (of any kind) has this id."""
        if session is not None:
            return idx.head(session, uuid) is not None
        return self._records.get(uuid) is not None

    # -- reference data -----------------------------------------------------------------------------

    def framework(self, inspection_uuid: str, *, session: Session | None = None) -> Framework:
        """The framework version the inspection pinned (cached: a pin never changes).

        Inside a write transaction pass its `session`: the engine keeps one connection per thread, so
        opening (and closing) another session there would roll the transaction's work back."""
        fw = self._cache.frameworks.get(inspection_uuid)
        if fw is None:
            if session is not None:
                fw = idx.pinned_framework(session, inspection_uuid)
                if fw is None:
                    raise KeyError(f"no inspection {inspection_uuid}")
            else:
                fw = self._inspections.framework(inspection_uuid)
            self._cache.frameworks[inspection_uuid] = fw
        return fw

    def types(self) -> tuple[ev.EvidenceType, ...]:
        return ev.EVIDENCE_TYPES

    # -- validation -----------------------------------------------------------------------------------

    def validate(self, inspection_uuid: str, type_code: str, data: Mapping[str, Any], *,
                 session: Session | None = None, draft: bool = False) -> list[str]:
        """Every problem with `data` (against the pinned framework and the inspection's register).

        `draft=True` leaves out required fields still empty (see `validate_evidence`)."""
        problems = ev.validate_evidence(type_code, data, framework=self.framework(inspection_uuid, session=session),
                                        draft=draft)
        if problems and problems[0].startswith("type:"):
            return problems
        if session is None:
            with Session(self._store.engine) as s:
                return problems + self._reference_problems(s, inspection_uuid, type_code, data)
        return problems + self._reference_problems(session, inspection_uuid, type_code, data)

    def _reference_problems(self, s: Session, inspection_uuid: str, type_code: str,
                            data: Mapping[str, Any]) -> list[str]:
        problems: list[str] = []

        def check(uuid: str, entity: str, what: str, where: str) -> Head | None:
            head = idx.head(s, uuid)
            if head is None or head.entity != entity or head.inspection_uuid != inspection_uuid:
                problems.append(f"{where}: no {what} {uuid} in this inspection")
                return None
            return head

        site = data.get("site")
        if isinstance(site, str) and site:
            check(site, SITE, "site", "site")
        for child in ev.children_in(type_code, data):
            check(child, CHILD, "child in the register", "child")
        if type_code == "interview" and data.get("question_set") and data.get("question_set_version"):
            from fieldkit.domain.question_sets import answer_problems

            qs = self.question_sets.find(inspection_uuid, str(data["question_set"]), str(data["question_set_version"]),
                                         session=s)
            if qs is not None:  # a set typed by hand, not on record, is taken as it is
                problems.extend(answer_problems(qs, data.get("answers")))
        for key, ref, allowed in ev.evidence_refs_in(type_code, data):
            head = check(ref, EVIDENCE, "evidence item", key.replace("_", " "))
            if head is not None and allowed and head.data and head.data.get("type") not in allowed:
                problems.append(f"{key.replace('_', ' ')}: {ref} is a {head.data.get('type')}, "
                                f"not {' or '.join(allowed)}")
        return problems

    def _require_valid(self, s: Session, inspection_uuid: str, type_code: str, data: Mapping[str, Any]) -> None:
        # Drafts are stored as typed: an autosave must never be refused for a field not yet filled in.
        # Wrong shapes, unknown keys, bad references and grades off the scale are still refused.
        problems = self.validate(inspection_uuid, type_code, data, session=s, draft=True)
        if problems:
            raise ValidationError(problems)

    # -- writing --------------------------------------------------------------------------------------

    def create(self, inspection_uuid: str, type_code: str, data: dict[str, Any], *,
               session: Session | None = None, uuid: str | None = None) -> EvidenceItem:
        """A new evidence item by this store's user. Refuses invalid data with `ValidationError`; a draft
        with required fields still empty is accepted (the editor lists what is still to complete)."""
        data = dict(data)
        author = self._author
        with self._in(session) as s:
            insp = idx.head(s, inspection_uuid)
            if insp is None or insp.entity != "inspection" or insp.deleted:
                raise KeyError(f"no inspection {inspection_uuid}")
            self._require_valid(s, inspection_uuid, type_code, data)
            record = {"type": type_code, "author": author, "data": data}
            head = self._records.create(EVIDENCE, record, author=author, inspection_uuid=inspection_uuid,
                                        uuid=uuid, session=s)
            self._reindex(s, head, record, new=True)
            return self._item(head, record)

    def update(self, uuid: str, data: dict[str, Any], *, expected_rev: int | None = None) -> EvidenceItem:
        """Replace the item's data (a new version; nothing is written if it is unchanged).

        Undo is an update with the previous data. `expected_rev` refuses an edit based on an older
        version with `StaleEdit`.
        """
        with self._records.transaction() as s:
            head = self._live_head(s, uuid)
            record = dict(head.data or {})
            type_code = record["type"]
            self._require_valid(s, head.inspection_uuid or "", type_code, data)
            record["data"] = dict(data)
            new = self._records.update(uuid, record, author=self._author, expected_rev=expected_rev, session=s)
            if new.rev != head.rev:
                self._reindex(s, new, record)
            return self._item(new, record)

    def delete(self, uuid: str) -> EvidenceItem:
        """A tombstone: the item leaves the register for the Deleted view, every version stays.

        Safeguarding evidence cannot be deleted (`EvidenceDeleteRefused`).
        """
        with self._records.transaction() as s:
            head = self._head(s, uuid)
            if head.deleted:
                return self._item(head, self._record(s, head))
            record = dict(head.data or {})
            if record.get("data", {}).get("safeguarding") is True:
                raise EvidenceDeleteRefused("safeguarding evidence cannot be deleted")
            new = self._records.delete(uuid, author=self._author, session=s)
            idx.mark_deleted(s, uuid, deleted=True, updated_at=new.updated_at, hlc=new.hlc)
            search_index.remove(s, uuid)
            return self._item(new, record)

    def restore(self, uuid: str) -> EvidenceItem:
        with self._records.transaction() as s:
            head = self._head(s, uuid)
            if not head.deleted:
                return self._item(head, dict(head.data or {}))
            new = self._records.restore(uuid, author=self._author, session=s)
            record = dict(new.data or {})
            self._reindex(s, new, record)
            return self._item(new, record)

    # -- reading --------------------------------------------------------------------------------------

    def get(self, uuid: str) -> EvidenceItem:
        """The current item; a deleted one comes back with `deleted=True` and its last data."""
        with Session(self._store.engine) as s:
            head = self._head(s, uuid)
            return self._item(head, self._record(s, head))

    def history(self, uuid: str) -> list[EvidenceVersion]:
        """Every version, oldest first; restoring an earlier one is an update with its data."""
        versions = self._records.history(uuid)
        if not versions or versions[0].entity != EVIDENCE:
            raise KeyError(f"no evidence item {uuid}")
        return [self._version(v) for v in versions]

    def count(self, inspection_uuid: str, flt: EvidenceFilter = EvidenceFilter()) -> int:
        self._ensure_fresh(inspection_uuid)
        with Session(self._store.engine) as s:
            return idx.count(s, inspection_uuid, self._criteria(flt))

    def query(self, inspection_uuid: str, flt: EvidenceFilter = EvidenceFilter(), *, sort: str = "evidence_date",
              descending: bool = True, offset: int = 0, limit: int = 200) -> list[EvidenceRow]:
        """One page of register lines. `sort`: evidence_date, updated_at, type, title, author, site,
        corroboration or flags (ties broken by id, so pages never overlap)."""
        sites = self._site_names(inspection_uuid)
        labels = {t.code: t.label_en for t in ev.EVIDENCE_TYPES}
        self._ensure_fresh(inspection_uuid)
        with Session(self._store.engine) as s:
            lines = idx.query(s, inspection_uuid, self._criteria(flt), sort=sort, descending=descending,
                              offset=offset, limit=limit, site_names=sites, type_labels=labels)
        return [self._row(line, sites) for line in lines]

    def first_page(self, inspection_uuid: str, flt: EvidenceFilter = EvidenceFilter(), *,
                   sort: str = "evidence_date", descending: bool = True,
                   limit: int = 200) -> tuple[list[EvidenceRow], int]:
        """The first `limit` register lines and how many match, in one query (the register's keystroke)."""
        sites = self._site_names(inspection_uuid)
        labels = {t.code: t.label_en for t in ev.EVIDENCE_TYPES}
        self._ensure_fresh(inspection_uuid)
        with Session(self._store.engine) as s:
            idx.keep_register_in_memory(s)
            lines, total = idx.page_and_count(s, inspection_uuid, self._criteria(flt), sort=sort,
                                              descending=descending, limit=limit, site_names=sites,
                                              type_labels=labels)
        return [self._row(line, sites) for line in lines], total

    def survey_rates(self, uuids: Iterable[str]) -> dict[str, tuple[int | None, int | None, float | None]]:
        """(responses, distributed, response rate) of each survey; rate None without a denominator."""
        out = {}
        for uuid in uuids:
            item = self.get(uuid)
            if item.type_code == "survey":
                distributed = item.data.get("distributed")
                out[uuid] = (ev.survey_response_count(item.data),
                             distributed if isinstance(distributed, int) else None, ev.survey_rate(item.data))
        return out

    def row(self, uuid: str) -> EvidenceRow | None:
        """One register line by id (after an edit, to refresh it in place), None if there is none."""
        with Session(self._store.engine) as s:
            line = idx.lines(s, [uuid]).get(uuid)
        return None if line is None else self._row(line, self._site_names(line.inspection_uuid))

    def rows(self, inspection_uuid: str, uuids: Iterable[str]) -> dict[str, EvidenceRow]:
        """The register lines of just these items (those cited by a judgement or finding), by id."""
        wanted = list(dict.fromkeys(uuids))
        if not wanted:
            return {}
        sites = self._site_names(inspection_uuid)
        self._ensure_fresh(inspection_uuid)
        with Session(self._store.engine) as s:
            found = idx.lines(s, wanted)
        return {u: self._row(line, sites) for u, line in found.items() if line.inspection_uuid == inspection_uuid}

    def uuids(self, inspection_uuid: str, flt: EvidenceFilter = EvidenceFilter()) -> list[str]:
        self._ensure_fresh(inspection_uuid)
        with Session(self._store.engine) as s:
            return idx.uuids(s, inspection_uuid, self._criteria(flt))

    def deleted(self, inspection_uuid: str) -> list[EvidenceRow]:
        """The Deleted view: tombstoned items, newest deletion first."""
        sites = self._site_names(inspection_uuid)
        self._ensure_fresh(inspection_uuid)
        with Session(self._store.engine) as s:
            lines = idx.query(s, inspection_uuid, idx.Criteria(deleted=True), sort="updated_at", descending=True,
                              offset=0, limit=1_000_000)
        return [self._row(line, sites) for line in lines]

    def authors(self, inspection_uuid: str) -> list[str]:
        """Everyone with evidence in the inspection (for the register's author filter)."""
        from sqlalchemy import select

        from fieldkit.storage.tables import EvidenceIndex

        self._ensure_fresh(inspection_uuid)
        with Session(self._store.engine) as s:
            q = select(EvidenceIndex.author).where(EvidenceIndex.inspection_uuid == inspection_uuid).distinct()  # type: ignore[arg-type]
            return sorted(s.execute(q).scalars())

    def items(self, inspection_uuid: str, type_code: str | None = None) -> list[EvidenceItem]:
        """Every live item (with data), oldest first; for reports and export, not for the register."""
        out = []
        for head in self._records.list(EVIDENCE, inspection_uuid=inspection_uuid):
            record = head.data or {}
            if type_code is None or record.get("type") == type_code:
                out.append(self._item(head, record))
        return out

    def items_by_uuid(self, inspection_uuid: str, uuids: Iterable[str]) -> list[EvidenceItem]:
        """These live items with their data, in the same order as `items` (unknown or deleted ones left out)."""
        wanted = list(dict.fromkeys(uuids))
        heads = []
        with Session(self._store.engine) as s:
            for start in range(0, len(wanted), 500):
                heads += [h for h in idx.heads_by_uuid(s, wanted[start:start + 500])
                          if h.entity == EVIDENCE and not h.deleted and h.inspection_uuid == inspection_uuid]
        heads.sort(key=lambda h: h.hlc)
        return [self._item(h, h.data or {}) for h in heads]

    def rebuild_index(self, inspection_uuid: str) -> int:
        """Recreate the register lines and search text of an inspection from the record heads.

        Runs by itself when the lines are behind the heads (e.g. after records were merged in)."""
        with self._records.transaction() as s:
            n = self._rebuild(s, inspection_uuid)
        self._cache.fresh.add(inspection_uuid)
        return n

    # -- sample plan ----------------------------------------------------------------------------------

    def add_sample_target(self, inspection_uuid: str, target: SampleTarget) -> str:
        self._inspections.get(inspection_uuid)
        self._check_target_site(inspection_uuid, target.validate())
        return self._records.create(SAMPLE_TARGET, target.to_data(), author=self._author,
                                    inspection_uuid=inspection_uuid).uuid

    def update_sample_target(self, uuid: str, target: SampleTarget) -> None:
        head = self._records.get(uuid)
        if head is None or head.entity != SAMPLE_TARGET or head.deleted:
            raise KeyError(f"no sample target {uuid}")
        self._check_target_site(head.inspection_uuid or "", target.validate())
        self._records.update(uuid, target.to_data(), author=self._author)

    def remove_sample_target(self, uuid: str) -> None:
        head = self._records.get(uuid)
        if head is None or head.entity != SAMPLE_TARGET:
            raise KeyError(f"no sample target {uuid}")
        self._records.delete(uuid, author=self._author)

    def sample_targets(self, inspection_uuid: str) -> list[tuple[str, SampleTarget]]:
        return [(h.uuid, SampleTarget.from_data(h.data or {}))
                for h in self._records.list(SAMPLE_TARGET, inspection_uuid=inspection_uuid)]

    def _check_target_site(self, inspection_uuid: str, target: SampleTarget) -> None:
        if target.site_uuid is not None and target.site_uuid not in self._site_names(inspection_uuid):
            raise ValidationError([f"site: no site {target.site_uuid} in this inspection"])

    def sample_progress(self, inspection_uuid: str) -> list[SampleProgressRow]:
        """Each target with the live items that count towards it (nominated ones only if it says so)."""
        targets = self.sample_targets(inspection_uuid)
        if not targets:
            return []
        sites = self._site_names(inspection_uuid)
        items = self.items(inspection_uuid)
        tracked: set[str] = set()
        for item in items:
            if item.type_code == "case_track":
                for _key, ref, _types in ev.evidence_refs_in(item.type_code, item.data):
                    tracked.add(ref)
        rows = []
        for uuid, t in targets:
            matching = [i for i in items if i.type_code == t.type_code
                        and (t.site_uuid is None or i.data.get("site") == t.site_uuid)
                        and (t.where_field is None or i.data.get(t.where_field) == t.where_value)]
            counted = [i for i in matching if t.include_nominated or not ev.is_nominated(i.data)]
            sub_done = None
            if t.sub_target is not None:
                rule = {
                    "tracked": lambda i: i.uuid in tracked,
                    "good_practice": lambda i: i.data.get("good_practice") is True,
                    "safeguarding": lambda i: i.data.get("safeguarding") is True,
                }.get(t.sub_rule or "", lambda i: False)
                sub_done = sum(1 for i in counted if rule(i))
            rows.append(SampleProgressRow(t, len(counted), uuid, sub_done, sites.get(t.site_uuid or "", ""),
                                          len(matching) - len(counted)))
        return rows

    # -- privacy --------------------------------------------------------------------------------------

    def never_write(self, inspection_uuid: str) -> list[str]:
        head = self._never_write_head(inspection_uuid)
        return list((head.data or {}).get("names", [])) if head else []

    def set_never_write(self, inspection_uuid: str, names: Iterable[str]) -> list[str]:
        """The names the inspector must never type for this inspection (kept on this laptop only)."""
        self._inspections.get(inspection_uuid)
        clean = list(dict.fromkeys(n.strip() for n in names if n and n.strip()))
        head = self._never_write_head(inspection_uuid)
        if head is None:
            self._records.create(NEVER_WRITE, {"names": clean}, author=self._author, inspection_uuid=inspection_uuid)
        else:
            self._records.update(head.uuid, {"names": clean}, author=self._author)
        return clean

    def _never_write_head(self, inspection_uuid: str) -> Head | None:
        heads = self._records.list(NEVER_WRITE, inspection_uuid=inspection_uuid)
        return heads[0] if heads else None

    def privacy_context(self, inspection_uuid: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(register pseudonyms, never-to-write names): what `scan` needs, fetched once per editor."""
        pseudonyms = tuple(c.pseudonym for _, c in self._inspections.children(inspection_uuid))
        return pseudonyms, tuple(self.never_write(inspection_uuid))

    def privacy_findings(self, inspection_uuid: str, text: str) -> list:
        """Likely names, addresses, numbers and never-to-write names in `text` (`domain.privacy.Finding`)."""
        from fieldkit.domain.privacy import scan

        pseudonyms, never = self.privacy_context(inspection_uuid)
        return scan(text, known_pseudonyms=pseudonyms, never_write=never)

    # -- internals ------------------------------------------------------------------------------------

    def _in(self, session: Session | None):
        from contextlib import nullcontext

        return nullcontext(session) if session is not None else self._records.transaction()

    def _head(self, s: Session, uuid: str) -> Head:
        head = idx.head(s, uuid)
        if head is None or head.entity != EVIDENCE:
            raise KeyError(f"no evidence item {uuid}")
        return head

    def _live_head(self, s: Session, uuid: str) -> Head:
        head = self._head(s, uuid)
        if head.deleted:
            raise ValueError(f"evidence item {uuid} is deleted: restore it before editing")
        return head

    def _record(self, s: Session, head: Head) -> dict[str, Any]:
        if head.data is not None:
            return head.data
        return idx.last_live_data(s, head.uuid) or {"type": "", "author": head.author, "data": {}}

    def _item(self, head: Head, record: Mapping[str, Any]) -> EvidenceItem:
        return EvidenceItem(head.uuid, head.inspection_uuid or "", record.get("type", ""), head.rev,
                            dict(record.get("data") or {}), record.get("author", head.author), head.updated_at,
                            head.deleted)

    def _version(self, v: Version) -> EvidenceVersion:
        data = dict((v.data or {}).get("data") or {}) if v.data is not None else None
        return EvidenceVersion(v.rev, v.base_rev, v.hlc, v.origin_device, v.author, v.deleted, data)

    def _line(self, head: Head, record: Mapping[str, Any]) -> idx.Line:
        data = record.get("data") or {}
        title = data.get("title") or ""
        criteria = tuple(c for c in data.get("criteria") or () if isinstance(c, str))
        return idx.Line(
            uuid=head.uuid, inspection_uuid=head.inspection_uuid or "", type_code=record.get("type", ""),
            title=title if isinstance(title, str) else "", evidence_date=data.get("evidence_date") or None,
            author=record.get("author", head.author), site_uuid=data.get("site") or None, criteria=criteria,
            good_practice=data.get("good_practice") is True, safeguarding=data.get("safeguarding") is True,
            nominated=ev.is_nominated(data), corroboration=data.get("corroboration") or None,
            updated_at=head.updated_at, hlc=head.hlc, deleted=head.deleted)

    def _reindex(self, s: Session, head: Head, record: Mapping[str, Any], *, new: bool = False) -> None:
        if head.deleted:
            search_index.remove(s, head.uuid)
            idx.put(s, self._line(head, record))
            return
        try:
            body = ev.searchable_text(record.get("type", ""), record.get("data") or {})
        except KeyError:
            body = ""
        doc = search_index.put(s, uuid=head.uuid, inspection_uuid=head.inspection_uuid, entity=EVIDENCE,
                               body=body, new=new)
        idx.put(s, self._line(head, record), search_rowid=doc)

    def _rebuild(self, s: Session, inspection_uuid: str) -> int:
        idx.clear(s, inspection_uuid)
        heads = idx.heads(s, inspection_uuid, EVIDENCE)
        for head in heads:
            self._reindex(s, head, self._record(s, head))
        return len(heads)

    def _ensure_fresh(self, inspection_uuid: str) -> None:
        if inspection_uuid in self._cache.fresh:
            return
        with self._lock:
            with Session(self._store.engine) as s:
                stale = idx.is_stale(s, inspection_uuid, EVIDENCE)
            if stale:
                with self._records.transaction() as w:
                    self._rebuild(w, inspection_uuid)
            else:
                with self._records.transaction() as w:
                    idx.drop_tags_of_deleted(w, inspection_uuid)  # reads only, unless an older version left some
            self._cache.fresh.add(inspection_uuid)

    def forget_index_state(self) -> None:
        """Make the next read check the register lines against the heads (after a merge or import)."""
        self._cache.fresh.clear()

    def _criteria(self, flt: EvidenceFilter) -> idx.Criteria:
        if flt.flag is not None and flt.flag not in idx.FLAGS:
            raise ValueError(f"unknown flag {flt.flag!r}: one of {', '.join(idx.FLAGS)}")
        return idx.Criteria(type_code=flt.type_code, author=flt.author, site_uuid=flt.site_uuid,
                            criterion=flt.criterion, flag=flt.flag, date_from=flt.date_from, date_to=flt.date_to,
                            search=flt.search)

    def _site_names(self, inspection_uuid: str) -> dict[str, str]:
        return {uuid: site.name for uuid, site in self._inspections.sites(inspection_uuid)}

    def _row(self, line: idx.Line, sites: Mapping[str, str]) -> EvidenceRow:
        try:
            et = ev.evidence_type(line.type_code)
            en, cy = et.label_en, et.label_cy
        except KeyError:
            en = cy = line.type_code
        return EvidenceRow(line.uuid, line.type_code, en, cy, line.title, line.evidence_date, line.author,
                           line.site_uuid, sites.get(line.site_uuid or "", ""), line.criteria, line.good_practice,
                           line.safeguarding, line.nominated, line.corroboration, line.updated_at)
