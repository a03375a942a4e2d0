"""Recommendations with stable numbers, the inspected body's responses, progress and closure, and carrying
them into a follow-up inspection."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import Any

from fieldkit.domain.inspection import ValidationError
from fieldkit.domain.recommendations import (
    Action,
    CarriedFrom,
    ProgressRow,
    ProgressUpdate,
    Recommendation,
    Response,
    duplicate_numbers,
    progress_rows,
    validate_recommendation,
    validate_response,
)
from fieldkit.services import references as refs
from fieldkit.services.inspections import InspectionService
from fieldkit.services.store import OpenStore

RECOMMENDATION = "recommendation"
RESPONSE = "recommendation_response"
FINDING = "finding"


@dataclass(frozen=True)
class RecommendationRow:
    uuid: str
    rev: int
    recommendation: Recommendation
    updated_at: str


@dataclass(frozen=True)
class ResponseRow:
    uuid: str
    rev: int
    response: Response
    updated_at: str


def _progress(value: Any) -> tuple[ProgressUpdate, ...]:
    return tuple(p if isinstance(p, ProgressUpdate) else ProgressUpdate(p.get("at", ""), p.get("text", ""),
                                                                         p.get("author", "")) for p in value or ())


def _actions(value: Any) -> tuple[Action, ...]:
    return tuple(a if isinstance(a, Action) else Action(a.get("text", ""), a.get("by"), a.get("owner", ""))
                 for a in value or ())


class RecommendationService:
    def __init__(self, store: OpenStore, inspections: InspectionService):
        self._store = store
        self._records = store.records
        self._inspections = inspections

    @property
    def _user(self) -> str:
        return self._store.user

    # -- recommendations ----------------------------------------------------------------------------

    def _check_links(self, inspection_uuid: str, r: Recommendation, before: Recommendation | None = None) -> None:
        problems = refs.missing(self._records, inspection_uuid, "findings", FINDING, r.findings,
                                before.findings if before else ())
        if set(r.nodes) - set(before.nodes if before else ()):
            problems += refs.unknown_nodes(self._inspections.framework(inspection_uuid), r.nodes)
        refs.require(problems)

    def add(self, inspection_uuid: str, *, text: str, **fields: Any) -> RecommendationRow:
        """A new recommendation takes the next number; numbers never move unless `renumber` moves them."""
        self._inspections.get(inspection_uuid)
        number = 1 + self._highest_number(inspection_uuid)
        fields = _coerce(fields)
        r = validate_recommendation(Recommendation(number=number, text=text, **fields))
        self._check_links(inspection_uuid, r)
        head = self._records.create(RECOMMENDATION, r.to_data(), author=self._user, inspection_uuid=inspection_uuid)
        return self.get(head.uuid)

    def _highest_number(self, inspection_uuid: str) -> int:
        """The highest number ever given, withdrawn recommendations included: a number is never reused."""
        highest = 0
        for head in self._records.list(RECOMMENDATION, inspection_uuid=inspection_uuid, include_deleted=True):
            if head.data is not None:
                highest = max(highest, int(head.data.get("number") or 0))
            else:
                numbers = (int((v.data or {}).get("number") or 0) for v in self._records.history(head.uuid))
                highest = max(highest, *numbers)
        return highest

    def update(self, uuid: str, **changes: Any) -> RecommendationRow:
        if "number" in changes:
            raise ValueError("a recommendation's number changes only through renumber()")
        row = self.get(uuid)
        r = validate_recommendation(replace(row.recommendation, **_coerce(changes)))
        self._check_links(self._inspection_of(uuid), r, before=row.recommendation)
        self._records.update(uuid, r.to_data(), author=self._user, expected_rev=row.rev)
        return self.get(uuid)

    def set_status(self, uuid: str, status: str, *, reason: str | None = None, note: str | None = None,
                   next_review: str | None = None) -> RecommendationRow:
        changes: dict[str, Any] = {"status": status, "closure_reason": reason or None}
        if note is not None:
            changes["status_note"] = note
        if next_review is not None:
            changes["next_review"] = next_review or None
        return self.update(uuid, **changes)

    def add_progress(self, uuid: str, text: str, *, at: str) -> RecommendationRow:
        row = self.get(uuid)
        return self.update(uuid, progress=(*row.recommendation.progress, ProgressUpdate(at, text, self._user)))

    def renumber(self, inspection_uuid: str, numbers: dict[str, int]) -> list[RecommendationRow]:
        """Give recommendations new numbers, explicitly and in one audited transaction."""
        rows = {r.uuid: r for r in self.list(inspection_uuid)}
        unknown = [u for u in numbers if u not in rows]
        if unknown:
            raise KeyError(f"no recommendation {unknown[0]} in this inspection")
        after = [replace(r.recommendation, number=numbers.get(u, r.recommendation.number)) for u, r in rows.items()]
        clash = duplicate_numbers(after)
        if clash:
            raise ValidationError([f"number: {n} would be used twice" for n in clash])
        user = self._user  # read before the transaction: another session inside it would roll it back
        with self._records.transaction() as s:
            for u, n in numbers.items():
                row = rows[u]
                if row.recommendation.number == n:
                    continue
                r = validate_recommendation(replace(row.recommendation, number=n))
                self._records.update(u, r.to_data(), author=user, expected_rev=row.rev, session=s)
            self._records.audit(actor=user, action="renumber", entity=RECOMMENDATION, uuid=inspection_uuid,
                                session=s)
        return self.list(inspection_uuid)

    def remove(self, uuid: str) -> None:
        """Withdraw a recommendation. Its number is not reused, so later numbers stay where they were."""
        self.get(uuid)
        self._records.delete(uuid, author=self._user)

    def get(self, uuid: str) -> RecommendationRow:
        head = self._records.get(uuid)
        if head is None or head.entity != RECOMMENDATION or head.deleted:
            raise KeyError(f"no recommendation {uuid}")
        return RecommendationRow(head.uuid, head.rev, Recommendation.from_data(head.data or {}), head.updated_at)

    def _inspection_of(self, uuid: str) -> str:
        head = self._records.get(uuid)
        return (head.inspection_uuid or "") if head else ""

    def list(self, inspection_uuid: str) -> list[RecommendationRow]:
        rows = [RecommendationRow(h.uuid, h.rev, Recommendation.from_data(h.data or {}), h.updated_at)
                for h in self._records.list(RECOMMENDATION, inspection_uuid=inspection_uuid)]
        return sorted(rows, key=lambda r: (r.recommendation.number, r.updated_at))

    def by_status(self, inspection_uuid: str) -> dict[str, int]:
        return dict(sorted(Counter(r.recommendation.status for r in self.list(inspection_uuid)).items()))

    def carry_forward(self, uuids: list[str], into_inspection: str) -> list[RecommendationRow]:
        """Carry an earlier inspection's recommendations into a follow-up, to be tracked there."""
        self._inspections.get(into_inspection)
        carried = []
        for uuid in uuids:
            src = self.get(uuid)
            source_inspection = self._inspection_of(uuid)
            if source_inspection == into_inspection:
                raise ValueError("a recommendation is carried into a different (follow-up) inspection")
            already = [r for r in self.list(into_inspection)
                       if r.recommendation.carried_from and r.recommendation.carried_from.recommendation == uuid]
            if already:
                carried.append(already[0])
                continue
            title = self._inspections.get(source_inspection).title
            r = src.recommendation
            carried.append(self.add(
                into_inspection, text=r.text, purpose=r.purpose, addressee=r.addressee, topic=r.topic,
                status="open" if r.status == "closed" else r.status, closure_reason=None
                if r.status == "closed" else r.closure_reason,
                status_note=r.status_note, next_review=r.next_review,
                carried_from=CarriedFrom(source_inspection, title, uuid, r.number)))
        return carried

    # -- responses ----------------------------------------------------------------------------------

    def _check_response(self, inspection_uuid: str, resp: Response, before: Response | None = None) -> Response:
        validate_response(resp)
        refs.require(refs.missing(self._records, inspection_uuid, "recommendations", RECOMMENDATION,
                                  resp.recommendations, before.recommendations if before else ()))
        return resp

    def add_response(self, inspection_uuid: str, *, recommendations: list[str], **fields: Any) -> ResponseRow:
        if "actions" in fields:
            fields["actions"] = _actions(fields["actions"])
        resp = self._check_response(inspection_uuid, Response(recommendations=tuple(recommendations), **fields))
        head = self._records.create(RESPONSE, resp.to_data(), author=self._user, inspection_uuid=inspection_uuid)
        return self.get_response(head.uuid)

    def update_response(self, uuid: str, **changes: Any) -> ResponseRow:
        row = self.get_response(uuid)
        if "actions" in changes:
            changes["actions"] = _actions(changes["actions"])
        if "recommendations" in changes:
            changes["recommendations"] = tuple(changes["recommendations"])
        resp = self._check_response(self._inspection_of(uuid), replace(row.response, **changes), before=row.response)
        self._records.update(uuid, resp.to_data(), author=self._user, expected_rev=row.rev)
        return self.get_response(uuid)

    def remove_response(self, uuid: str) -> None:
        self.get_response(uuid)
        self._records.delete(uuid, author=self._user)

    def get_response(self, uuid: str) -> ResponseRow:
        head = self._records.get(uuid)
        if head is None or head.entity != RESPONSE or head.deleted:
            raise KeyError(f"no response {uuid}")
        return ResponseRow(head.uuid, head.rev, Response.from_data(head.data or {}), head.updated_at)

    def responses(self, inspection_uuid: str) -> list[ResponseRow]:
        return [ResponseRow(h.uuid, h.rev, Response.from_data(h.data or {}), h.updated_at)
                for h in self._records.list(RESPONSE, inspection_uuid=inspection_uuid)]

    def progress_table(self, inspection_uuid: str, language: str = "en") -> list[ProgressRow]:
        """Recommendation | action plan | progress | status, in number order (003's table)."""
        recs = [(r.uuid, r.recommendation) for r in self.list(inspection_uuid)]
        return progress_rows(recs, [r.response for r in self.responses(inspection_uuid)], language)


def _coerce(fields: dict[str, Any]) -> dict[str, Any]:
    out = dict(fields)
    if "progress" in out:
        out["progress"] = _progress(out["progress"])
    for key in ("findings", "nodes"):
        if key in out:
            out[key] = tuple(out[key])
    if isinstance(out.get("carried_from"), dict):
        out["carried_from"] = CarriedFrom(**out["carried_from"])
    return out
