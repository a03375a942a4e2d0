"""Recommendations, the inspected body's responses to them, and their progress to closure.

Numbers are stable within an inspection (001 links responses by number, not text, because the wording
drifts between body and annex); renumbering is an explicit act. One response may answer several
recommendations (002 L80–94). Status follows 003's progress table: Open, Proposed for closure ("To
close"), Closed, each closure with its reason, and a next review date for open ones (domain.md §3.7).

Pure Python: imports only `fieldkit.domain`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from fieldkit.domain.inspection import ValidationError

STATUSES: tuple[tuple[str, str, str], ...] = (
    ("open", "Open", "Agored"),
    ("proposed_closure", "Proposed for closure", "Cynigir ei chau"),
    ("closed", "Closed", "Wedi cau"),
)
STATUS_CODES = tuple(s[0] for s in STATUSES)

CLOSURE_REASONS: tuple[tuple[str, str, str], ...] = (
    ("actioned", "Actioned", "Wedi'i gweithredu"),
    ("superseded", "Superseded: no further action", "Wedi'i disodli: dim camau pellach"),
    ("handled_another_way", "Handled another way", "Wedi'i thrin mewn ffordd arall"),
    ("kept_open_externally", "Closed here, kept open by an external party",
     "Wedi cau yma, ar agor gan barti allanol"),
)
REASON_CODES = tuple(r[0] for r in CLOSURE_REASONS)

_DAY_OR_MONTH = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")


def label(choices: tuple[tuple[str, str, str], ...], code: str | None, language: str = "en") -> str:
    for c, en, cy in choices:
        if c == code:
            return cy if language == "cy" else en
    return code or ""


def check_day_or_month(value: str | None, name: str, problems: list[str]) -> None:
    """By-dates are a day or just a month ("by April 2005", 000 L476): YYYY-MM-DD or YYYY-MM."""
    if not value:
        return
    if not _DAY_OR_MONTH.match(value):
        problems.append(f"{name}: a day (YYYY-MM-DD) or a month (YYYY-MM): {value!r}")
        return
    try:
        date.fromisoformat(value if len(value) == 10 else value + "-01")
    except ValueError:
        problems.append(f"{name}: not a real date: {value!r}")


@dataclass(frozen=True)
class ProgressUpdate:
    at: str
    text: str
    author: str = ""

    def to_data(self) -> dict[str, str]:
        return {"at": self.at, "text": self.text, "author": self.author}


@dataclass(frozen=True)
class CarriedFrom:
    """Where a follow-up inspection's recommendation came from."""

    inspection: str
    inspection_title: str
    recommendation: str
    number: int

    def to_data(self) -> dict[str, Any]:
        return {"inspection": self.inspection, "inspection_title": self.inspection_title,
                "recommendation": self.recommendation, "number": self.number}


@dataclass(frozen=True)
class Recommendation:
    number: int
    text: str
    purpose: str = ""  # the "in order to …" clause (000 L214)
    addressee: str = ""
    topic: str = ""  # the short label of 001's summary list (L248–257)
    findings: tuple[str, ...] = ()
    nodes: tuple[str, ...] = ()
    status: str = "open"
    closure_reason: str | None = None
    status_note: str = ""
    next_review: str | None = None
    progress: tuple[ProgressUpdate, ...] = ()
    carried_from: CarriedFrom | None = None

    def to_data(self) -> dict[str, Any]:
        return {
            "number": self.number, "text": self.text, "purpose": self.purpose, "addressee": self.addressee,
            "topic": self.topic, "findings": list(self.findings), "nodes": list(self.nodes),
            "status": self.status, "closure_reason": self.closure_reason, "status_note": self.status_note,
            "next_review": self.next_review, "progress": [p.to_data() for p in self.progress],
            "carried_from": self.carried_from.to_data() if self.carried_from else None,
        }

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Recommendation:
        carried = data.get("carried_from")
        return cls(
            number=int(data.get("number") or 0), text=str(data.get("text", "")), purpose=data.get("purpose", ""),
            addressee=data.get("addressee", ""), topic=data.get("topic", ""),
            findings=tuple(data.get("findings") or ()), nodes=tuple(data.get("nodes") or ()),
            status=data.get("status", "open"), closure_reason=data.get("closure_reason"),
            status_note=data.get("status_note", ""), next_review=data.get("next_review"),
            progress=tuple(ProgressUpdate(p.get("at", ""), p.get("text", ""), p.get("author", ""))
                           for p in data.get("progress") or ()),
            carried_from=CarriedFrom(**carried) if carried else None,
        )

    def status_text(self, language: str = "en") -> str:
        """"Open – to be reviewed in May 2009" in the progress table's words."""
        parts = [label(STATUSES, self.status, language)]
        if self.closure_reason:
            parts.append(label(CLOSURE_REASONS, self.closure_reason, language))
        text = ". ".join(parts)
        if self.status_note:
            text += f" – {self.status_note}"
        return text


def validate_recommendation(r: Recommendation) -> Recommendation:
    problems: list[str] = []
    if r.number < 1:
        problems.append("number: a whole number from 1")
    if not r.text.strip():
        problems.append("text: required")
    if r.status not in STATUS_CODES:
        problems.append(f"status: one of {', '.join(STATUS_CODES)}")
    if r.closure_reason is not None and r.closure_reason not in REASON_CODES:
        problems.append(f"closure reason: one of {', '.join(REASON_CODES)}")
    if r.status == "closed" and not r.closure_reason:
        problems.append("closure reason: required to close a recommendation")
    if r.status == "open" and r.closure_reason:
        problems.append("closure reason: an open recommendation has none")
    check_day_or_month(r.next_review, "next review", problems)
    for i, p in enumerate(r.progress):
        if not p.text.strip():
            problems.append(f"progress[{i}].text: required")
        check_day_or_month(p.at, f"progress[{i}].at", problems)
    if problems:
        raise ValidationError(problems)
    return r


@dataclass(frozen=True)
class Action:
    text: str
    by: str | None = None
    owner: str = ""

    def to_data(self) -> dict[str, Any]:
        return {"text": self.text, "by": self.by, "owner": self.owner}


@dataclass(frozen=True)
class Response:
    """The inspected body's response (001 Annex A; 000 L474–496): one may cover several recommendations."""

    recommendations: tuple[str, ...]
    responder: str = ""
    actions: tuple[Action, ...] = ()
    improvement_target: str = ""
    by: str | None = None
    by_note: str = ""  # "notification will be immediate, but national documents need amendments" (001 L873)
    owner: str = ""
    monitoring_body: str = ""
    received: str | None = None

    def to_data(self) -> dict[str, Any]:
        return {
            "recommendations": list(self.recommendations), "responder": self.responder,
            "actions": [a.to_data() for a in self.actions], "improvement_target": self.improvement_target,
            "by": self.by, "by_note": self.by_note, "owner": self.owner, "monitoring_body": self.monitoring_body,
            "received": self.received,
        }

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Response:
        return cls(
            recommendations=tuple(data.get("recommendations") or ()), responder=data.get("responder", ""),
            actions=tuple(Action(a.get("text", ""), a.get("by"), a.get("owner", ""))
                          for a in data.get("actions") or ()),
            improvement_target=data.get("improvement_target", ""), by=data.get("by"),
            by_note=data.get("by_note", ""), owner=data.get("owner", ""),
            monitoring_body=data.get("monitoring_body", ""), received=data.get("received"))


def validate_response(r: Response) -> Response:
    problems: list[str] = []
    if not r.recommendations:
        problems.append("recommendations: a response answers at least one recommendation")
    if not r.actions and not r.improvement_target.strip():
        problems.append("actions: at least one action or an overall improvement target")
    for i, a in enumerate(r.actions):
        if not a.text.strip():
            problems.append(f"actions[{i}].text: required")
        check_day_or_month(a.by, f"actions[{i}].by", problems)
    check_day_or_month(r.by, "by", problems)
    check_day_or_month(r.received, "received", problems)
    if problems:
        raise ValidationError(problems)
    return r


@dataclass(frozen=True)
class ProgressRow:
    """One row of the progress table (003's shape)."""

    uuid: str
    number: int
    recommendation: str
    action_plan: tuple[str, ...]
    progress: tuple[str, ...]
    status: str
    status_text: str
    next_review: str | None


def progress_rows(recs: Iterable[tuple[str, Recommendation]], responses: Iterable[Response],
                  language: str = "en") -> list[ProgressRow]:
    responses = list(responses)
    rows = []
    for uuid, r in sorted(recs, key=lambda x: x[1].number):
        plan = tuple(a.text for resp in responses if uuid in resp.recommendations for a in resp.actions)
        rows.append(ProgressRow(uuid, r.number, r.text, plan, tuple(p.text for p in r.progress), r.status,
                                r.status_text(language), r.next_review))
    return rows


def duplicate_numbers(recs: Iterable[Recommendation]) -> list[int]:
    """Numbers used twice (two laptops each drafting "Recommendation 5" before the lead merged them)."""
    seen: dict[int, int] = {}
    for r in recs:
        seen[r.number] = seen.get(r.number, 0) + 1
    return sorted(n for n, k in seen.items() if k > 1)
